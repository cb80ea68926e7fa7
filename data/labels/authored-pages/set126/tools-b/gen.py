#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 06-10 from speeches.py, so page and gold match by construction.

Markup (see speeches.py): one source line is one printed line, made of segments joined by '‖':
  N|noise   T|title   H1|/H2|/H3| heading (final 。 printed, dropped in gold)   P:类别| paragraph
  PT:类别| paragraph cut off by the page   C| continuation of the previous paragraph on a new printed line
  R| unlabelled line the validator allows   «…» inside T/H/P/C text is injected noise (printed, not in gold)
A page with a "layout" has a document part between the lines '@DOC' and '@END'. There each source line is a
block that is hard-wrapped to layout["width"] (full-width = 1, half-width = 0.5), paginated every
layout["per_page"] lines with the page's running head and footer lines, and footnotes ('F|', printed at the bottom
of the page that holds their marker). 'BRK|' forces a page break. Wrapped pieces of a noise block become separate
noise strings.
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INLINE = re.compile(r"«(.*?)»")
CLOSE = set("，。、；：？！）》”’」』…%,.;:?!)")
OPEN = set("（《“‘「『(")
TOKEN = re.compile(r"[0-9A-Za-z.%]+|.", re.S)


class Gold:
    def __init__(self):
        self.titles, self.heads, self.paras, self.noise = [], [], [], []

    def add_noise(self, s):
        if len(s) < 4:
            raise SystemExit("noise too short: %r" % s)
        if s not in self.noise:
            self.noise.append(s)

    def segment(self, tag, text):
        """Register one segment in the gold; return its printed text."""
        page_text = INLINE.sub(lambda m: m.group(1), text)
        clean = INLINE.sub("", text)
        for m in INLINE.finditer(text):
            self.add_noise(m.group(1))
        if tag == "N":
            self.add_noise(text)
        elif tag == "R":
            pass
        elif tag == "T":
            self.titles.append(clean)
        elif tag in ("H1", "H2", "H3", "H4"):
            self.heads.append({"text": clean.rstrip("。"), "level": int(tag[1])})
        elif tag.startswith("P:") or tag.startswith("PT:"):
            cat = tag.split(":", 1)[1]
            self.paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:")})
        elif tag == "C":
            self.paras[-1]["text"] += clean
        else:
            raise SystemExit("bad tag %r" % tag)
        return page_text


def width(ch):
    return 0.5 if unicodedata.east_asian_width(ch) in ("Na", "H") else 1.0


def wrap(text, limit, indent=""):
    """Hard-wrap like a PDF line layout: numbers and Latin runs stay whole, no closing mark starts a line,
    no opening mark ends one."""
    toks = TOKEN.findall(indent + text)
    lines, cur, w = [], "", 0.0
    for t in toks:
        tw = sum(width(c) for c in t)
        if cur and w + tw > limit and not (len(t) == 1 and t in CLOSE):
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, w = carry, sum(width(c) for c in carry)
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def split_segments(srcline):
    out = []
    for seg in srcline.split("‖"):
        tag, text = seg.split("|", 1)
        out.append((tag, text))
    return out


def plain_line(gold, srcline):
    if not srcline:
        return ""
    return "".join(gold.segment(tag, text) for tag, text in split_segments(srcline))


def doc_lines(gold, blocks, lay):
    """Wrap and paginate the document part; return printed lines."""
    limit, per_page = lay["width"], lay["per_page"]
    pages, cur = [], []           # each page: list of printed lines
    page_notes = []               # footnote markers on the current page
    out = []
    pageno = [lay.get("first_page", 1)]

    def emit_chrome(srcs):
        for s in srcs:
            out.append(plain_line(gold, s))

    def close_page(last=False):
        out.extend(cur)
        notes = [n for n in lay.get("footnotes", []) if n[0] in "".join(cur)]
        if notes:
            rule = lay.get("note_rule", "————————")
            gold.add_noise(rule)
            out.append(rule)
            for _, ntext in notes:
                for piece in wrap(ntext, limit):
                    gold.add_noise(piece)
                    out.append(piece)
        emit_chrome(lay["foot"](pageno[0]))
        if not last:
            pageno[0] += 1
            emit_chrome(lay["head"](pageno[0]))
        cur.clear()

    def put(line):
        cur.append(line)
        if len(cur) >= per_page:
            close_page()

    for src in blocks:
        if src == "BRK|":
            if cur:
                close_page()
            continue
        if not src:
            continue
        segs = split_segments(src)
        tags = {t for t, _ in segs}
        if tags == {"N"}:
            text = "".join(x for _, x in segs)
            for piece in wrap(text, limit):
                gold.add_noise(piece)
                put(piece)
            continue
        if "N" in tags or any("«" in x for _, x in segs):
            raise SystemExit("inline noise in a wrapped block: %r" % src[:30])
        printed = "".join(gold.segment(t, x) for t, x in segs)
        ind = lay.get("indent", "") if segs[0][0][0] in "PH" else ""
        for piece in wrap(printed, limit, ind):
            put(piece)
    if cur:
        close_page(last=True)
    return out


def render(nn, pg):
    gold = Gold()
    src = pg["body"]
    src = (src[1:] if src.startswith("\n") else src).rstrip("\n")
    lay = pg.get("layout")
    lines = []
    srclines = src.split("\n")
    i = 0
    while i < len(srclines):
        s = srclines[i]
        if s == "@DOC":
            j = srclines.index("@END", i)
            lines.extend(doc_lines(gold, srclines[i + 1:j], lay))
            i = j + 1
            continue
        lines.append(plain_line(gold, s))
        i += 1
    return lines, gold


def main():
    for nn, pg in sorted(PAGES.items()):
        lines, g = render(nn, pg)
        if not 8 <= len(g.noise) <= 25:
            raise SystemExit("%s: %d noise strings" % (nn, len(g.noise)))
        text = pg["eol"].join(lines) + pg["eol"]
        if pg["enc"] == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = (b"\xef\xbb\xbf" if pg.get("bom") else b"") + text.encode(pg["enc"])
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {"file": nn + ".txt", "speeches": len(g.titles), "titles": g.titles, "headings": g.heads,
                "paragraphs": g.paras, "noise": g.noise}
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("%s: %d lines, %d titles, %d headings, %d paragraphs, %d noise" % (
            nn, len(lines), len(g.titles), len(g.heads), len(g.paras), len(g.noise)))


if __name__ == "__main__":
    main()
