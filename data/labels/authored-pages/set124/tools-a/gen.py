#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from tools/speeches.py (one source, so they match).

Source markup, one page line per source line (see speeches.py for the tags):
  TAG|text, several segments of one printed line joined by '‖';
  «...» inside T/H/P/C text is noise printed inside the sentence and left out of the gold text;
  C|text continues the last title/heading/paragraph on a new printed line (a hard break the source made).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

INLINE = re.compile(r"«(.*?)»")
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]


def build(body):
    src = body.strip("\n").split("\n")
    printed, titles, heads, paras, noise = [], [], [], [], []
    last = None  # (list, index, key) of the last labelled item, for C| continuations

    def noise_add(s):
        if len(s) < 4:
            raise SystemExit("noise shorter than 4: %r" % s)
        if s not in noise:
            noise.append(s)

    for line in src:
        if not line:
            printed.append("")
            continue
        parts = []
        for seg in line.split("‖"):
            tag, text = seg.split("|", 1)
            shown = INLINE.sub(lambda m: m.group(1), text)
            clean = INLINE.sub("", text)
            for m in INLINE.finditer(text):
                noise_add(m.group(1))
            parts.append(shown)
            if tag == "N":
                noise_add(text)
            elif tag == "R":
                pass
            elif tag == "T":
                titles.append(clean)
                last = (titles, len(titles) - 1, None)
            elif re.fullmatch(r"H[1-4]", tag):
                heads.append({"text": clean, "level": int(tag[1])})
                last = (heads, len(heads) - 1, "text")
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                if cat not in CATS:
                    raise SystemExit("bad category %r" % cat)
                paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:")})
                last = (paras, len(paras) - 1, "text")
            elif tag == "C":
                if last is None:
                    raise SystemExit("continuation with nothing before it")
                lst, i, key = last
                if key is None:
                    lst[i] += clean
                else:
                    lst[i][key] += clean
            else:
                raise SystemExit("bad tag %r" % tag)
        printed.append("".join(parts))
    for h in heads:
        h["text"] = h["text"].rstrip("。").strip()
    return printed, titles, heads, paras, noise


def main():
    for nn in sorted(PAGES):
        pg = PAGES[nn]
        printed, titles, heads, paras, noise = build(pg["body"])
        if not 8 <= len(noise) <= 25:
            raise SystemExit("%s: %d noise strings (want 8-25)" % (nn, len(noise)))
        text = pg["eol"].join(printed) + pg["eol"]
        if pg["enc"] == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = (b"\xef\xbb\xbf" if pg.get("bom") else b"") + text.encode(pg["enc"])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
                "paragraphs": paras, "noise": noise}
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %s%s/%s, %d lines, %d speeches, %d headings, %d paragraphs, %d noise" % (
            nn, pg["enc"], "+BOM" if pg.get("bom") else "", "CRLF" if pg["eol"] == "\r\n" else "LF",
            len(printed), len(titles), len(heads), len(paras), len(noise)))


if __name__ == "__main__":
    main()
