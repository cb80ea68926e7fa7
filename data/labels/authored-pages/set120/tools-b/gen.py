#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 06-10 from tools/speeches.py (page and gold match by construction)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

INLINE = re.compile(r"⟦(.*?)⟧")


def build(nn, page):
    lines, titles, headings, paragraphs, noise = [], [], [], [], []
    ind = page["indent"]

    def add_noise(s):
        if s not in noise:
            noise.append(s)

    def para(text, cat, trunc=False):
        for m in INLINE.findall(text):
            add_noise(m)
        clean = INLINE.sub("", text)
        paragraphs.append({"text": clean, "category": cat, "truncated": trunc})
        return INLINE.sub(lambda m: m.group(1), text)

    items = page["items"]
    for k, it in enumerate(items):
        kind = it[0]
        if kind == "N":
            add_noise(it[1])
            lines.append(it[1])
        elif kind == "T":
            titles.append(it[1])
            lines.append(it[1])
        elif kind == "A":
            lines.append(it[1])
        elif kind == "B":
            lines.append("")
            continue
        elif kind == "H":
            end = it[3] if len(it) > 3 else ""
            headings.append({"text": it[1], "level": it[2]})
            lines.append(ind + it[1] + end)
        elif kind == "R":
            headings.append({"text": it[1], "level": it[2]})
            lines.append(ind + it[1] + "。" + para(it[3], it[4]))
        elif kind == "P":
            lines.append(ind + para(it[1], it[2], len(it) > 3 and it[3]))
        else:
            raise ValueError(kind)
        if page["blank"] and k + 1 < len(items):
            lines.append("")
    text = page["eol"].join(lines) + page["eol"]
    if page["enc"] == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = (b"\xef\xbb\xbf" if page["bom"] else b"") + text.encode(page["enc"])
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": headings,
            "paragraphs": paragraphs, "noise": noise}
    return raw, gold


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn in sorted(PAGES):
        raw, gold = build(nn, PAGES[nn])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", nn, len(raw), "bytes,", len(gold["noise"]), "noise")


if __name__ == "__main__":
    main()
