#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json from tools/speeches.py (page and gold match by construction)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(nn, pg):
    out_lines = []
    titles, headings, paras, noise = [], [], [], []
    for line in pg["lines"]:
        segs = [line] if isinstance(line, tuple) else line
        buf = []
        for s in segs:
            k = s[0]
            if k == "n":
                buf.append(s[1])
                if s[1] not in noise:
                    noise.append(s[1])
            elif k in ("x", "r"):
                buf.append(s[1])
            elif k == "t":
                buf.append(s[1])
                titles.append(s[1])
            elif k == "h":
                buf.append(s[1])
                headings.append({"text": s[1][:-1] if s[1].endswith("。") else s[1], "level": s[2]})
            elif k == "p":
                buf.append(s[1])
                paras.append({"text": s[1], "category": s[2], "truncated": False})
            elif k == "pi":
                buf.append(s[1] + s[2] + s[3])
                if s[2] not in noise:
                    noise.append(s[2])
                paras.append({"text": s[1] + s[3], "category": s[4], "truncated": False})
            else:
                raise ValueError(k)
        text = "".join(buf)
        if segs[0][0] in ("p", "pi", "h"):
            text = pg["indent"] + text
        out_lines.append(text)
    page = pg["eol"].join(out_lines) + pg["eol"]
    if pg["enc"] == "utf-16-le":
        raw = b"\xff\xfe" + page.encode("utf-16-le")
    elif pg["enc"] == "utf-8":
        raw = (b"\xef\xbb\xbf" if pg["bom"] else b"") + page.encode("utf-8")
    else:
        raw = page.encode(pg["enc"])
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles,
            "headings": headings, "paragraphs": paras, "noise": noise}
    return raw, gold


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn, pg in sorted(PAGES.items()):
        raw, gold = build(nn, pg)
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(nn, len(raw), "bytes,", gold["speeches"], "speech(es),", len(gold["noise"]), "noise")


if __name__ == "__main__":
    main()
