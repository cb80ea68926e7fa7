#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes the five pages NN.txt and their labels gold/NN.json from one source (tools/pages.py).

Page entries (see pages.py):
  ("C", text)                 chrome line (must be covered by the page's noise list)
  ("X", text)                 allowed unlabelled line: salutation / speaker / date / short marker
  ("", )                      blank line
  ("T", text)                 a speech's own title
  ("H", level, text)          heading standing alone on its line
  ("HP", level, cat, h, p)    run-in heading: line is h + "。" + p  -> heading h, paragraph p
  ("P", cat, text)            paragraph on one line
  ("P+", cat, text)           first part of a paragraph that chrome (a message header, a page break) splits
  ("P=", text)                continuation of the paragraph before it (P+ or HP), on a later line
  ("PT", cat, text)           paragraph cut off by the page (truncated: true)
Run: python3 tools/gen.py   (regenerates pages and gold byte for byte)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(nn, spec):
    lines, titles, headings, paras = [], [], [], []
    for e in spec["lines"]:
        kind = e[0]
        if kind == "":
            lines.append("")
        elif kind in ("C", "X"):
            lines.append(e[1])
        elif kind == "T":
            lines.append(e[1])
            titles.append(e[1])
        elif kind == "H":
            lines.append(e[2])
            headings.append({"text": e[2], "level": e[1]})
        elif kind == "HP":
            _, lvl, cat, h, p = e
            lines.append(h + "。" + p)
            headings.append({"text": h, "level": lvl})
            paras.append({"text": p, "category": cat, "truncated": False})
        elif kind in ("P", "P+", "PT"):
            lines.append(e[2])
            paras.append({"text": e[2], "category": e[1], "truncated": kind == "PT"})
        elif kind == "P=":
            lines.append(e[1])
            paras[-1]["text"] += e[1]
        else:
            raise ValueError(kind)
    eol = "\r\n" if spec["eol"] == "CRLF" else "\n"
    text = eol.join(lines) + eol
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(text.encode(spec["enc"]))
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": headings,
            "paragraphs": paras, "noise": spec["noise"]}
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn in sorted(PAGES):
        build(nn, PAGES[nn])
    print("wrote %d pages" % len(PAGES))


if __name__ == "__main__":
    main()
