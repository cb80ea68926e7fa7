#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 06-10 from tools/speeches.py, so page and gold match by construction.

Source markup (one source line = one printed line, before any hard wrap):
  TAG|text, several segments of one printed line joined by '‖'
  N  noise line            R  unlabelled line the validator allows (salutation, speaker, date, short, symbols)
  T  speech title          H1..H4  outline heading (a final 。 is printed but not kept in the gold)
  P:<cat>  paragraph       PT:<cat> paragraph cut off by the page (truncated)
  C  continuation of the previous paragraph after a line break (e.g. a page footer inside the paragraph)
  «...» inside T/H/P/C text: noise injected in the sentence (printed, not in the gold, listed as noise)
Page options: enc, bom, eol, indent (printed before P lines and run-in heading lines), wrap (hard wrap width for
lines made only of H/P/C segments without inline noise, in columns; 0 = none).
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


NO_START = set("，。、；：？！）”’》」』")


def hard_wrap(line, width):
    """Wrap like a plain-text mail client: at `width` columns (a Han or full-width character is two columns),
    never starting a line with closing punctuation (it stays at the end of the line before)."""
    out, cur, col = [], "", 0
    for ch in line:
        w = 1 if ord(ch) < 0x2E80 and ch not in "“”‘’…—" else 2
        if col + w > width and cur and ch not in NO_START:
            out.append(cur)
            cur, col = "", 0
        cur += ch
        col += w
    out.append(cur)
    return out


def parse(pg):
    body = pg["body"]
    src = body[1:] if body.startswith("\n") else body
    if src.endswith("\n"):
        src = src[:-1]
    indent, wrap = pg.get("indent", ""), pg.get("wrap", 0)
    lines, titles, heads, paras, noise = [], [], [], [], []
    last = None  # last labelled item (dict) for C segments

    def add_noise(s):
        if len(s) < 4:
            raise SystemExit("noise too short: %r" % s)
        if s not in noise:
            noise.append(s)

    for srcline in src.split("\n"):
        if not srcline:
            lines.append("")
            continue
        out, tags, has_inline = [], [], False
        for seg in srcline.split("‖"):
            tag, text = seg.split("|", 1)
            tags.append(tag)
            page_text = INLINE.sub(lambda m: m.group(1), text)
            clean = INLINE.sub("", text)
            for m in INLINE.finditer(text):
                add_noise(m.group(1))
                has_inline = True
            out.append(page_text)
            if tag == "N":
                add_noise(text)
            elif tag == "R":
                pass
            elif tag == "T":
                titles.append(clean)
                last = None
            elif tag in ("H1", "H2", "H3", "H4"):
                last = {"text": clean.rstrip("。"), "level": int(tag[1])}
                heads.append(last)
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                last = {"text": clean, "category": cat, "truncated": tag.startswith("PT:")}
                paras.append(last)
            elif tag == "C":
                if last is None:
                    raise SystemExit("C without a previous item: %r" % text[:20])
                last["text"] += clean
            else:
                raise SystemExit("bad tag %r" % tag)
        line = "".join(out)
        body_line = all(t[0] in "HPC" for t in tags)
        if indent and body_line and (tags[0][0] == "P" or (tags[0][0] == "H" and len(tags) > 1)):
            line = indent + line  # paragraphs and run-in heading lines are indented, C lines are not
        if wrap and body_line and not has_inline:
            lines.extend(hard_wrap(line, wrap))
        else:
            lines.append(line)
    return lines, titles, heads, paras, noise


def main():
    for nn, pg in sorted(PAGES.items()):
        lines, titles, heads, paras, noise = parse(pg)
        if not 8 <= len(noise) <= 25:
            raise SystemExit("%s: %d noise strings" % (nn, len(noise)))
        text = pg["eol"].join(lines) + pg["eol"]
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
        print("%s: %d lines, %d titles, %d headings, %d paragraphs, %d noise" % (
            nn, len(lines), len(titles), len(heads), len(paras), len(noise)))


if __name__ == "__main__":
    main()
