#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 06-10 from speeches.py, so page and gold match by construction.

Markup (one page line per source line; segments of one printed line joined by '‖'):
  N|text      noise (chrome, captions, comments, ads ...)
  R|text      unlabelled line the validator allows (salutation, speaker, date, short/symbol line)
  T|text      speech title
  H1|..H4|    outline heading (a final 。 is printed but dropped in the gold)
  P:cat|      paragraph;  PT:cat| paragraph cut off by the page
  C|text      continuation of the previous paragraph on a later line (hard wrap / page break);
              joined to it without a separator in the gold
  «...»       inside T/H/P/C text: noise printed inside the sentence, left out of the gold text
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INLINE = re.compile(r"«(.*?)»")


def parse(body):
    src = body[1:] if body.startswith("\n") else body
    if src.endswith("\n"):
        src = src[:-1]
    lines, titles, heads, paras, noise = [], [], [], [], []

    def add_noise(s):
        if len(s) < 4:
            raise SystemExit("noise too short: %r" % s)
        if s not in noise:
            noise.append(s)

    for srcline in src.split("\n"):
        if not srcline:
            lines.append("")
            continue
        out = []
        for seg in srcline.split("‖"):
            tag, text = seg.split("|", 1)
            page_text = INLINE.sub(lambda m: m.group(1), text)
            clean = INLINE.sub("", text)
            for m in INLINE.finditer(text):
                add_noise(m.group(1))
            out.append(page_text)
            if tag == "N":
                add_noise(text)
            elif tag == "R":
                pass
            elif tag == "T":
                titles.append(clean)
            elif tag in ("H1", "H2", "H3", "H4"):
                heads.append({"text": clean.rstrip("。"), "level": int(tag[1])})
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:")})
            elif tag == "C":
                paras[-1]["text"] += clean.strip()
            else:
                raise SystemExit("bad tag %r" % tag)
        lines.append("".join(out))
    return lines, titles, heads, paras, noise


def main():
    for nn, pg in sorted(PAGES.items()):
        lines, titles, heads, paras, noise = parse(pg["body"])
        if not 8 <= len(noise) <= 25:
            raise SystemExit("%s: %d noise strings" % (nn, len(noise)))
        text = pg["eol"].join(lines) + pg["eol"]
        if pg["enc"] == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = (b"\xef\xbb\xbf" if pg["bom"] else b"") + text.encode(pg["enc"])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
                "paragraphs": paras, "noise": noise}
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d lines, %d titles, %d headings, %d paragraphs, %d noise" % (
            nn, len(lines), len(titles), len(heads), len(paras), len(noise)))


if __name__ == "__main__":
    main()
