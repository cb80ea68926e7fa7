#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from speeches.py, so page and gold match by construction.

Source lines are tagged segments joined by ‖ (one printed line):
  N|    noise (whole segment is one noise string)      R|  allowed leftover (salutation, date, speaker, symbols)
  T|    speech title                                   H1| .. H4|  heading (a final 。 is dropped in the gold)
  P:类别| paragraph                                     PT:类别|  paragraph cut off by the page (truncated)
  C|    continuation of the previous paragraph (the page breaks it, e.g. by a pager line in between)
  «…»   inline noise inside any labelled segment (printed on the page, left out of the gold text)
A page with "wrap": W hard-wraps every line that holds no N segment at W display columns (old CMS copies).
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


def wrap(line, width):
    # cut by display columns as an old CMS does: full-width characters take two columns, ASCII one
    out, cur, n = [], "", 0
    for ch in line:
        w = 1 if ord(ch) < 0x2E80 and ch not in "“”‘’…—" else 2
        if n + w > width and cur.strip():
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += w
    if cur.strip():
        out.append(cur)
    return out or [line]


def parse(body, width=None):
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
        out, has_noise = [], False
        for seg in srcline.split("‖"):
            tag, text = seg.split("|", 1)
            page_text = INLINE.sub(lambda m: m.group(1), text)
            clean = INLINE.sub("", text).strip()
            for m in INLINE.finditer(text):
                add_noise(m.group(1))
                has_noise = True
            out.append(page_text)
            if tag == "N":
                add_noise(text.strip())
                has_noise = True
            elif tag == "R":
                pass
            elif tag == "T":
                titles.append(clean)
            elif tag in ("H1", "H2", "H3", "H4"):
                heads.append({"text": clean.rstrip("。"), "level": int(tag[1])})
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:"), "_title": len(titles)})
            elif tag == "C":
                paras[-1]["text"] += clean
            else:
                raise SystemExit("bad tag %r" % tag)
        line = "".join(out)
        if width and not has_noise:
            lines.extend(wrap(line, width))
        else:
            lines.append(line)
    return lines, titles, heads, paras, noise


def main():
    for nn, pg in sorted(PAGES.items()):
        lines, titles, heads, paras, noise = parse(pg["body"], pg.get("wrap"))
        if not 8 <= len(noise) <= 25:
            raise SystemExit("%s: %d noise strings" % (nn, len(noise)))
        text = pg["eol"].join(lines) + pg["eol"]
        for ns in noise:
            if ns not in text:
                raise SystemExit("%s: noise broken on page: %r" % (nn, ns))
        if pg["enc"] == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = (b"\xef\xbb\xbf" if pg["bom"] else b"") + text.encode(pg["enc"])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        for i in range(1, len(titles) + 1):
            n = sum(len(HAN.findall(p["text"])) for p in paras if p["_title"] == i)
            print("   %s speech %d: %d Han in paragraphs" % (nn, i, n))
        for p in paras:
            del p["_title"]
        gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
                "paragraphs": paras, "noise": noise}
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d lines, %d titles, %d headings, %d paragraphs, %d noise" % (
            nn, len(lines), len(titles), len(heads), len(paras), len(noise)))


if __name__ == "__main__":
    main()
