#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic generator for set 105a: writes NN.txt pages and gold/NN.json from one source.

Item kinds in a page spec:
  ("C", line[, [noise pieces]])  chrome line; default noise = the whole stripped line
  ("K", line)                    unlabelled line kept on purpose (speaker / date / salutation / short)
  ("E",)                         empty line
  ("T", title)                   the speech title line
  ("H", level, text)             stand-alone heading line
  ("RH", level, head, sep, cat, text)  run-in heading glued to its paragraph
  ("P", cat, text[, truncated])  paragraph; "{{x}}" = inline chrome x (noise), "\n" = hard wrap on the page
Everything here (people, places, sites, numbers) is invented.
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INL = re.compile(r"\{\{(.*?)\}\}")

from pages import PAGES  # noqa: E402


def build(page):
    out, titles, heads, paras, noise = [], [], [], [], []
    ind, gap = page["indent"], page["gap"]

    def addnoise(s):
        s = s.strip()
        if len(s) >= 4 and s not in noise:
            noise.append(s)

    def body(line):
        out.append(ind + line)
        if gap:
            out.append("")

    for it in page["items"]:
        k = it[0]
        if k == "C":
            out.append(it[1])
            if len(it) > 2:
                for n in it[2]:
                    addnoise(n)
            else:
                addnoise(it[1])
        elif k == "K":
            out.append(it[1])
        elif k == "E":
            out.append("")
        elif k == "T":
            out.append(it[1])
            titles.append(it[1])
        elif k == "H":
            heads.append({"text": it[2], "level": it[1]})
            body(it[2])
        elif k == "RH":
            _, lv, head, sep, cat, text = it
            heads.append({"text": head, "level": lv})
            paras.append({"text": text, "category": cat, "truncated": False})
            body(head + sep + text)
        elif k == "P":
            cat, text = it[1], it[2]
            trunc = it[3] if len(it) > 3 else False
            for m in INL.findall(text):
                addnoise(m)
            label = INL.sub("", text).replace("\n", "")
            paras.append({"text": label, "category": cat, "truncated": trunc})
            body(INL.sub(lambda m: m.group(1), text))
        else:
            raise ValueError(k)
    while out and out[-1] == "":
        out.pop()
    gold = {"file": page["nn"] + ".txt", "speeches": len(titles), "titles": titles,
            "headings": heads, "paragraphs": paras, "noise": noise}
    return out, gold


def main():
    for page in PAGES:
        lines, gold = build(page)
        nl = "\r\n" if page["ends"] == "CRLF" else "\n"
        text = nl.join(lines) + nl
        enc = page["enc"]
        if enc == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode(enc)
        with open(os.path.join(ROOT, page["nn"] + ".txt"), "wb") as f:
            f.write(raw)
        with open(os.path.join(ROOT, "gold", page["nn"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(page["nn"], enc, page["ends"], len(lines), "lines,", len(gold["noise"]), "noise")


if __name__ == "__main__":
    main()
