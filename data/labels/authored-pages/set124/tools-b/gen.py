#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 06-10 from speeches.py, so page and gold match by construction.

Body syntax (one source line = one printed line unless the page wraps):
  segments joined by '‖' on one printed line, each 'TAG|text'
  TAG: N (noise, whole segment), R (allowed leftover), T (title), H1..H4 (heading, final 。 dropped in gold),
       P:类别 / PT:类别 (paragraph / truncated paragraph), + (continues the last labelled item)
  «…» inside a segment: inline noise printed in place, left out of the gold text
  on a page with "wrap": a lone P/PT/H segment is wrapped to that width like a PDF copy, first line indented;
  '¦' inside its text makes the k-th block of page["breaks"] print after the wrapped line holding that spot.
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
NO_START = "，。、；：？！”’）》」』…"


def cw(ch):
    """Width of a character on a PDF line, in full-width cells (ASCII digits and letters take half)."""
    return 0.5 if ord(ch) < 128 else 1.0


class Page:
    def __init__(self, pg):
        self.pg = pg
        self.lines, self.titles, self.heads, self.paras, self.noise = [], [], [], [], []
        self.last = None
        self.nbreak = 0

    def add_noise(self, s):
        if len(s) < 4:
            raise SystemExit("noise too short: %r" % s)
        if s not in self.noise:
            self.noise.append(s)

    def label(self, tag, text):
        """Record one segment; returns the printed text."""
        page_text = INLINE.sub(lambda m: m.group(1), text)
        clean = INLINE.sub("", text).strip()
        for m in INLINE.finditer(text):
            self.add_noise(m.group(1))
        if tag == "N":
            self.add_noise(text)
        elif tag == "R":
            pass
        elif tag == "T":
            self.titles.append(clean)
            self.last = None
        elif tag in ("H1", "H2", "H3", "H4"):
            self.heads.append({"text": clean.rstrip("。"), "level": int(tag[1])})
            self.last = ("h", len(self.heads) - 1)
        elif tag.startswith("P:") or tag.startswith("PT:"):
            cat = tag.split(":", 1)[1]
            self.paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:")})
            self.last = ("p", len(self.paras) - 1)
        elif tag == "+":
            kind, i = self.last
            if kind == "h":
                self.heads[i]["text"] = (self.heads[i]["text"] + clean).rstrip("。")
            else:
                self.paras[i]["text"] += clean
        else:
            raise SystemExit("bad tag %r" % tag)
        return page_text

    def emit_block(self, block):
        for ln in block.strip("\n").split("\n"):
            self.emit_line(ln, allow_wrap=False)

    def wrap(self, tag, text):
        width = self.pg["wrap"]
        indent = self.pg.get("indent", "")
        cuts = []
        plain = ""
        for ch in text:
            if ch == "¦":
                cuts.append(len(INLINE.sub(lambda m: m.group(1), plain)))
            else:
                plain += ch
        printed = self.label(tag, plain)
        rows, i, first = [], 0, True
        while i < len(printed):
            w = width - (len(indent) if first else 0)
            j, used = i, 0.0
            while j < len(printed) and used + cw(printed[j]) <= w:
                used += cw(printed[j])
                j += 1
            while j < len(printed) and printed[j] in NO_START:
                j += 1
            rows.append((i, (indent if first else "") + printed[i:j]))
            first = False
            i = j
        for k, (start, row) in enumerate(rows):
            self.lines.append(row)
            end = rows[k + 1][0] if k + 1 < len(rows) else len(printed) + 1
            for c in cuts:
                if start <= c < end:
                    self.emit_block(self.pg["breaks"][self.nbreak])
                    self.nbreak += 1

    def emit_line(self, srcline, allow_wrap=True):
        if not srcline:
            self.lines.append("")
            return
        segs = srcline.split("‖")
        if allow_wrap and "wrap" in self.pg and len(segs) == 1:
            tag, text = segs[0].split("|", 1)
            if tag.startswith("P") or tag.startswith("H"):
                self.wrap(tag, text)
                return
        out = []
        for seg in segs:
            tag, text = seg.split("|", 1)
            out.append(self.label(tag, text))
        self.lines.append("".join(out))


def build(pg):
    p = Page(pg)
    body = pg["body"].strip("\n")
    for srcline in body.split("\n"):
        p.emit_line(srcline)
    if p.nbreak != len(pg.get("breaks", [])):
        raise SystemExit("used %d of %d breaks" % (p.nbreak, len(pg.get("breaks", []))))
    return p


def main():
    for nn, pg in sorted(PAGES.items()):
        p = build(pg)
        if not 8 <= len(p.noise) <= 25:
            raise SystemExit("%s: %d noise strings" % (nn, len(p.noise)))
        text = pg["eol"].join(p.lines) + pg["eol"]
        if pg["enc"] == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = (b"\xef\xbb\xbf" if pg.get("bom") else b"") + text.encode(pg["enc"])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {"file": nn + ".txt", "speeches": len(p.titles), "titles": p.titles, "headings": p.heads,
                "paragraphs": p.paras, "noise": p.noise}
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d lines, %d titles, %d headings, %d paragraphs, %d noise" % (
            nn, len(p.lines), len(p.titles), len(p.heads), len(p.paras), len(p.noise)))


if __name__ == "__main__":
    main()
