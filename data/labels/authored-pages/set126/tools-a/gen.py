#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from speeches.py, so page and gold match by construction.

Source markup (one page line per source line, see speeches.py):
  N|  noise line            T|  title            H1|..H4| heading (final 。 printed, dropped in gold)
  P:类别|  paragraph        PT:类别|  paragraph cut off by the page
  C|  continuation of the previous paragraph (after chrome lines the page puts in between)
  R|  unlabelled line the validator allows (salutation, date, speaker, short/symbol line)
  ‖   joins segments printed on one line;  «…» inline noise inside a segment
  @indent X / @noindent   prefix X before lines whose first segment is P or C
  @wrap N / @nowrap       hard-wrap lines whose first segment is P or C at N characters
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
    indent, wrap = "", 0
    counts = []  # Han per speech

    def add_noise(s):
        if len(s) < 4:
            raise SystemExit("noise too short: %r" % s)
        if s not in noise:
            noise.append(s)

    for srcline in src.split("\n"):
        if srcline.startswith("@"):
            cmd, _, arg = srcline[1:].partition(" ")
            if cmd == "indent":
                indent = arg.replace("_", " ")
            elif cmd == "noindent":
                indent = ""
            elif cmd == "wrap":
                wrap = int(arg)
            elif cmd == "nowrap":
                wrap = 0
            else:
                raise SystemExit("bad directive %r" % srcline)
            continue
        if not srcline:
            lines.append("")
            continue
        out = []
        segs = srcline.split("‖")
        body_line = segs[0].split("|", 1)[0].startswith(("P", "C"))
        for seg in segs:
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
                counts.append(0)
            elif tag in ("H1", "H2", "H3", "H4"):
                h = clean.rstrip("。")
                heads.append({"text": h, "level": int(tag[1])})
                counts[-1] += len(HAN.findall(h))
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:")})
                counts[-1] += len(HAN.findall(clean))
            elif tag == "C":
                paras[-1]["text"] += clean
                counts[-1] += len(HAN.findall(clean))
            else:
                raise SystemExit("bad tag %r" % tag)
        line = "".join(out)
        if body_line and wrap:
            chunks, cur = [], ""
            for ch in line:  # fixed-width wrap; closing punctuation stays at the end of the line
                if len(cur) >= wrap and ch not in "。，、；：！？”）》":
                    chunks.append(cur)
                    cur = ""
                cur += ch
            chunks.append(cur)
            lines.append(indent + chunks[0])
            lines.extend(chunks[1:])
        else:
            lines.append((indent if body_line else "") + line)
    return lines, titles, heads, paras, noise, counts


def main():
    for nn, pg in sorted(PAGES.items()):
        lines, titles, heads, paras, noise, counts = parse(pg["body"])
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
        print("%s: %d lines, %d titles, %d headings, %d paragraphs, %d noise, Han per speech %s" % (
            nn, len(lines), len(titles), len(heads), len(paras), len(noise), counts))


if __name__ == "__main__":
    main()
