# -*- coding: utf-8 -*-
"""Build OUTDIR/NN.txt (page bytes) and OUTDIR/gold/NN.json from speeches.py.  usage: python3 gen.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, BREAKS  # noqa: E402

MARK = re.compile(r"\{\{(inj|brk|nl)(?::([^}]*))?\}\}")


def encode(text, enc):
    if enc == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(enc)


def decode(data, enc):
    if enc == "utf-16-le-bom":
        assert data[:2] == b"\xff\xfe", "no UTF-16 LE BOM"
        return data[2:].decode("utf-16-le")
    if enc == "utf-8-sig":
        assert data[:3] == b"\xef\xbb\xbf", "no UTF-8 BOM"
    return data.decode(enc)


def render_para(text):
    """-> (page lines for this paragraph (first line continues the current one), gold text, noise list)"""
    lines, noise, gold = [""], [], []
    pos = 0
    for m in MARK.finditer(text):
        seg = text[pos:m.start()]
        lines[-1] += seg
        gold.append(seg)
        kind, arg = m.group(1), m.group(2)
        if kind == "inj":
            lines[-1] += arg
            noise.append(arg)
        elif kind == "brk":
            for s in BREAKS[arg]:
                lines.append(s)
                noise.append(s)
            lines.append("")
        elif kind == "nl":
            lines.append("\0")   # \0 prefix: joined to the previous line by a single line end
        pos = m.end()
    lines[-1] += text[pos:]
    gold.append(text[pos:])
    return lines, "".join(gold), noise


def build(nn):
    pg = PAGES[nn]
    lines = []        # list of page lines
    gold = {"file": f"{nn}.txt", "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}
    speeches = []     # per speech: dict(title, headings, paragraphs) for validate
    noise = []

    def add_noise(s):
        s = s.strip()
        if s and s not in noise:
            noise.append(s)

    for it in pg["items"]:
        k = it[0]
        if k == "N":
            lines.append(it[1]); add_noise(it[1])
        elif k == "T":
            lines.append(it[1]); gold["titles"].append(it[1])
            speeches.append({"title": it[1], "headings": [], "paragraphs": [], "unlabelled": []})
        elif k == "U":
            lines.append(it[1]); speeches[-1]["unlabelled"].append(it[1])
        elif k == "H":
            lines.append(it[1])
            h = {"text": it[1], "level": it[2]}
            gold["headings"].append(h); speeches[-1]["headings"].append(h)
        elif k == "P":
            opts = it[3] if len(it) > 3 else {}
            plines, gtext, pnoise = render_para(it[1])
            first = plines[0]
            if "runin" in opts:
                htext, lvl = opts["runin"]
                h = {"text": htext, "level": lvl}
                gold["headings"].append(h); speeches[-1]["headings"].append(h)
                first = htext + first
            if not opts.get("join_prev"):
                first = pg["indent"] + first
                lines.append(first)
            else:
                lines[-1] += first
            lines.extend(plines[1:])
            p = {"text": gtext, "category": it[2], "truncated": bool(opts.get("truncated"))}
            gold["paragraphs"].append(p); speeches[-1]["paragraphs"].append(p)
            for s in pnoise:
                add_noise(s)
        else:
            raise ValueError(it)
    gold["speeches"] = len(gold["titles"])
    gold["noise"] = noise
    nl = pg["newline"]
    sep = nl + nl if pg["blank_between"] else nl
    # a stray hard break ({{nl}}) or a page-break block is a single line end even on double-spaced pages
    text = ""
    for i, ln in enumerate(lines):
        if i:
            text += nl if ln.startswith("\0") else sep
        text += ln.lstrip("\0")
    text += nl
    return text, gold, speeches


def main():
    for nn in sorted(PAGES):
        text, gold, _ = build(nn)
        with open(os.path.join(OUT, f"{nn}.txt"), "wb") as f:
            f.write(encode(text, PAGES[nn]["encoding"]))
        with open(os.path.join(OUT, "gold", f"{nn}.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(nn, len(gold["paragraphs"]), "paragraphs", len(gold["headings"]), "headings", len(gold["noise"]), "noise")


if __name__ == "__main__":
    main()
