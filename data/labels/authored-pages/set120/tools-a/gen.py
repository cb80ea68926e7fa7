#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json from tools/speeches.py (page and gold match by construction)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

INJ = re.compile(r"〔〔(.*?)〕〕")


def split_inj(text):
    """Return (page text, gold text, injected strings)."""
    return INJ.sub(lambda m: m.group(1), text), INJ.sub("", text), INJ.findall(text)


def build(nn, page):
    out, titles, heads, paras, noise = [], [], [], [], []
    ind = page["indent"]

    def addnoise(s):
        if s not in noise:
            noise.append(s)

    for it in page["lines"]:
        kind = it[0]
        if kind == "b":
            out.append("")
        elif kind == "n":
            out.append(it[1])
            addnoise(it[1])
        elif kind == "k":
            out.append(it[1])
        elif kind == "t":
            out.append(it[1])
            titles.append(it[1])
        elif kind == "h":
            _, text, level, dot = it
            out.append(ind + text + ("。" if dot else ""))
            heads.append({"text": text, "level": level})
        elif kind == "r":
            _, head, level, text, cat = it
            ptext, gtext, inj = split_inj(text)
            out.append(ind + head + "。" + ptext)
            heads.append({"text": head, "level": level})
            paras.append({"text": gtext, "category": cat, "truncated": False})
            for s in inj:
                addnoise(s)
        elif kind in ("p", "pt"):
            _, text, cat = it
            ptext, gtext, inj = split_inj(text)
            out.append(ind + ptext)
            paras.append({"text": gtext, "category": cat, "truncated": kind == "pt"})
            for s in inj:
                addnoise(s)
        else:
            raise ValueError(kind)
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
            "paragraphs": paras, "noise": noise}
    assert 8 <= len(noise) <= 25, (nn, len(noise))
    text = page["eol"].join(out) + page["eol"]
    if page["enc"] == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = (b"\xef\xbb\xbf" if page["bom"] else b"") + text.encode(page["enc"])
    return raw, gold


def main():
    for nn in sorted(PAGES):
        raw, gold = build(nn, PAGES[nn])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote %s.txt (%d bytes), gold/%s.json" % (nn, len(raw), nn))


if __name__ == "__main__":
    main()
