# -*- coding: utf-8 -*-
"""Build NN.txt and gold/NN.json for every page in speeches.py from its one tagged source."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
INJ = re.compile(r"«(.*?)»")
WS = " \t\u3000"
NO_LINE_START = "，。、；：？！”’）》」』】,.;:?!)"


def clean(text):
    return INJ.sub("", text).strip(WS)


def heading_gold(text):
    t = clean(text)
    if t.startswith("【") and t.endswith("】"):
        t = t[1:-1].strip(WS)
    if t.endswith("。"):
        t = t[:-1]
    return t


def parse(src):
    """Return printed lines [{'text','noise','wrap','pstart'}] and speeches [{'title','headings','paragraphs'}]."""
    lines, speeches, last_par = [], [], None
    for raw in src.split("\n"):
        glue = raw.startswith("+")
        if glue:
            raw = raw[1:]
        rec = {"text": "", "noise": [], "wrap": False, "pstart": False}
        if raw != "":
            for seg in raw.split("‖"):
                tag, text = seg.split("|", 1)
                printed = INJ.sub(lambda m: m.group(1), text)
                rec["text"] += printed
                if tag == "N":
                    rec["noise"].append(text.strip(WS))
                    continue
                rec["wrap"] = True
                rec["noise"].extend(m.strip(WS) for m in INJ.findall(text))
                if tag == "R":
                    continue
                if tag == "T":
                    speeches.append({"title": clean(text), "headings": [], "paragraphs": []})
                    last_par = None
                    continue
                if not speeches:
                    raise ValueError("labelled text before the first title: " + text[:20])
                sp = speeches[-1]
                if tag in ("H1", "H2", "H3", "H4"):
                    sp["headings"].append({"text": heading_gold(text), "level": int(tag[1])})
                elif tag.startswith("P:") or tag.startswith("PT:"):
                    cat = tag.split(":", 1)[1]
                    if cat not in CATS:
                        raise ValueError("bad category " + cat)
                    last_par = {"text": clean(text), "category": cat, "truncated": tag.startswith("PT:")}
                    sp["paragraphs"].append(last_par)
                    if rec["text"] == printed and not glue:
                        rec["pstart"] = True
                elif tag == "C":
                    last_par["text"] += clean(text)
                else:
                    raise ValueError("bad tag " + tag)
        if glue and lines:
            prev = lines[-1]
            prev["text"] += rec["text"]
            prev["noise"] += rec["noise"]
            prev["wrap"] = prev["wrap"] or rec["wrap"]
        else:
            lines.append(rec)
    while lines and lines[-1]["text"] == "" and not lines[-1]["noise"]:
        lines.pop()
    return lines, speeches


def wrap(text, first, width):
    """Break a printed line the way a booklet set it: first line shorter (indent lost in OCR), no closing
    punctuation at the start of a line."""
    out, i, w = [], 0, first
    while i < len(text):
        j = min(i + w, len(text))
        while j < len(text) and text[j] in NO_LINE_START:
            j += 1
        out.append(text[i:j])
        i, w = j, width
    return out


def ocr_layout(lines, cfg):
    """Wrap labelled lines and paginate: running header at the top of each page, page number at its foot."""
    body = []
    for rec in lines:
        if rec["wrap"] and len(rec["text"]) > cfg["width"]:
            first = cfg["first"] if rec["pstart"] else cfg["width"]
            for k, piece in enumerate(wrap(rec["text"], first, cfg["width"])):
                body.append({"text": piece, "noise": rec["noise"] if k == 0 else []})
        else:
            body.append(rec)
    out, page, n = [], cfg["first_page"], 0
    hdr = {"text": cfg["header"], "noise": [cfg["header"]]}
    out += [hdr, {"text": "", "noise": []}]
    for rec in body:
        if n == cfg["lines_per_page"]:
            pn = "·%d·" % page
            out += [{"text": "", "noise": []}, {"text": pn, "noise": [pn]}, {"text": "", "noise": []},
                    hdr, {"text": "", "noise": []}]
            page, n = page + 1, 0
        if n == 0 and rec["text"] == "" and not rec["noise"]:
            continue  # no blank line right under a running header
        out.append(rec)
        n += 1
    pn = "·%d·" % page
    out += [{"text": "", "noise": []}, {"text": pn, "noise": [pn]}]
    return out


def build(num):
    cfg = PAGES[num]
    lines, speeches = parse(cfg["src"])
    if cfg.get("ocr"):
        lines = ocr_layout(lines, cfg["ocr"])
    text = cfg["eol"].join(r["text"] for r in lines) + cfg["eol"]
    noise = []
    for r in lines:
        for s in r["noise"]:
            if s not in noise:
                noise.append(s)
    gold = {"file": num + ".txt", "speeches": len(speeches), "titles": [s["title"] for s in speeches],
            "headings": [h for s in speeches for h in s["headings"]],
            "paragraphs": [p for s in speeches for p in s["paragraphs"]],
            "noise": noise}
    data = (("\ufeff" if cfg["bom"] else "") + text).encode(cfg["enc"])
    return data, gold, speeches


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for num in sorted(PAGES):
        data, gold, _ = build(num)
        with open(os.path.join(ROOT, num + ".txt"), "wb") as f:
            f.write(data)
        with open(os.path.join(ROOT, "gold", num + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(num, len(data), "bytes", gold["speeches"], "speeches", len(gold["paragraphs"]), "paragraphs")


if __name__ == "__main__":
    main()
