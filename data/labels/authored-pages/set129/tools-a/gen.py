#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for this writer's pages from tools/speeches.py (page and gold match by construction).

One source line is one printed line, made of tagged segments joined by ‖:
  N|      noise (the whole segment, stripped, is one noise string)
  R|      unlabelled line the validator allows (salutation, speaker, date, number marks, symbols)
  T|      speech title
  H1|..H4|  outline heading (a final 。 is printed but left out of the gold)
  P:类别|  paragraph            PT:类别|  paragraph the page cuts off (truncated)
  C|      continuation of the previous paragraph (text appended to it)
A source line that starts with "+" is glued to the previous printed line (lost line breaks); any spaces the page
keeps between the glued pieces are written at the start of the segment text and stripped from the gold.
Inside any labelled segment «…» is noise injected into the text: printed, left out of the gold, listed as noise.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INLINE = re.compile(r"«(.*?)»")
HAN = re.compile(r"[\u4e00-\u9fff]")


def parse(body):
    src = body[1:] if body.startswith("\n") else body
    if src.endswith("\n"):
        src = src[:-1]
    lines, titles, heads, paras, noise = [], [], [], [], []

    def add_noise(s):
        s = s.strip()
        if len(s) < 4:
            raise SystemExit("noise too short: %r" % s)
        if s not in noise:
            noise.append(s)

    for srcline in src.split("\n"):
        glue = srcline.startswith("+")
        if glue:
            srcline = srcline[1:]
        if not srcline:
            lines.append("")
            continue
        out = []
        for seg in srcline.split("‖"):
            tag, text = seg.split("|", 1)
            page_text = INLINE.sub(lambda m: m.group(1), text)
            clean = INLINE.sub("", text).strip()
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
                heads.append({"text": clean.rstrip("。"), "level": int(tag[1]), "_s": len(titles)})
            elif tag.startswith("P:") or tag.startswith("PT:"):
                paras.append({"text": clean, "category": tag.split(":", 1)[1],
                              "truncated": tag.startswith("PT:"), "_s": len(titles)})
            elif tag == "C":
                paras[-1]["text"] += clean
            else:
                raise SystemExit("bad tag %r" % tag)
        if glue and lines:
            lines[-1] += "".join(out)
        else:
            lines.append("".join(out))
    return lines, titles, heads, paras, noise


def main():
    for nn, pg in sorted(PAGES.items()):
        lines, titles, heads, paras, noise = parse(pg["body"])
        if not 8 <= len(noise) <= 25:
            raise SystemExit("%s: %d noise strings" % (nn, len(noise)))
        text = pg["eol"].join(lines) + pg["eol"]
        for ns in noise:
            if ns not in text:
                raise SystemExit("%s: noise not on page: %r" % (nn, ns))
        if pg["enc"] == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = (b"\xef\xbb\xbf" if pg.get("bom") else b"") + text.encode(pg["enc"])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        for i in range(1, len(titles) + 1):
            han = sum(len(HAN.findall(x["text"])) for x in paras + heads if x["_s"] == i)
            cats = [p["category"] for p in paras if p["_s"] == i]
            print("   %s speech %d: %d Han, %d paragraphs %s" % (nn, i, han, len(cats), " ".join(cats)))
        for x in paras + heads:
            del x["_s"]
        gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
                "paragraphs": paras, "noise": noise}
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %s%s %s, %d lines, %d titles, %d headings, %d paragraphs, %d noise" % (
            nn, pg["enc"], "+BOM" if pg.get("bom") else "", "CRLF" if pg["eol"] == "\r\n" else "LF",
            len(lines), len(titles), len(heads), len(paras), len(noise)))


if __name__ == "__main__":
    main()
