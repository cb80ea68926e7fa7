#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Render set-44 writer-B pages (06-10) and their gold from data_b.PAGES, so page and gold cannot disagree.

Every chrome string goes through chrome(): it returns the text to be written into the page and records it as
gold noise (once, if it has 4 characters or more). Run:  /usr/bin/python3 gen.py   (writes ../NN.txt, ../gold/)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_b  # noqa: E402

OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[(wm|brk):([^\]]+)\]\]")
WS = " \u3000\t"


class Page:
    def __init__(self, page):
        self.page = page
        self.lines = []
        self.gold = {"file": page["file"], "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}
        self.speech_cats = []          # per speech: list of paragraph categories (for the generator's own checks)

    # ---- the one chrome function -------------------------------------------------------------------------
    def chrome(self, s):
        if len(s) >= 4 and s not in self.gold["noise"]:
            self.gold["noise"].append(s)
        return s

    # ---- gold registration -----------------------------------------------------------------------------
    def add_title(self, s):
        self.gold["speeches"] += 1
        self.gold["titles"].append(s.strip(WS))
        self.speech_cats.append([])

    def add_heading(self, lvl, s):
        self.gold["headings"].append({"text": s, "level": lvl})

    def add_para(self, cat, text):
        assert cat in data_b.CATEGORIES, cat
        assert self.speech_cats, "paragraph before any title"
        self.gold["paragraphs"].append({"text": text, "category": cat})
        self.speech_cats[-1].append(cat)

    # ---- paragraph text: markup -> (segments of page text, clean gold text) ----------------------------
    def para_text(self, s):
        """Returns (segments, gold). segments: list of str (page text), separated where a [[brk:]] falls;
        each separator is a list of layout items from page['breaks']."""
        segs, seps, gold, cur, pos = [], [], "", "", 0
        for m in MARK.finditer(s):
            piece = s[pos:m.start()]
            cur += piece
            gold += piece
            if m.group(1) == "wm":
                cur += self.chrome(m.group(2))
            else:
                segs.append(cur)
                seps.append(self.page["breaks"][m.group(2)])
                cur = ""
            pos = m.end()
        cur += s[pos:]
        gold += s[pos:]
        segs.append(cur)
        return segs, seps, gold

    def wrap(self, text, width):
        if not width:
            return [text]
        return [text[i:i + width] for i in range(0, len(text), width)]

    # ---- rendering -------------------------------------------------------------------------------------
    def inline(self, item):
        """Render a part that sits inside a joined line; returns its page text."""
        kind = item[0]
        if kind == "title":
            self.add_title(item[1])
            return item[1]
        if kind == "meta":
            return item[1]
        if kind == "head":
            self.add_heading(item[1], item[2])
            return item[2]
        if kind == "para":
            segs, seps, gold = self.para_text(item[2])
            assert not seps, "no page break inside a joined line"
            self.add_para(item[1], gold)
            return segs[0]
        if kind == "runin":
            _, lvl, h, cat, s, sep = item
            self.add_heading(lvl, h)
            segs, seps, gold = self.para_text(s)
            assert not seps
            self.add_para(cat, gold)
            return h + sep + segs[0]
        raise ValueError(kind)

    def emit_body(self, prefix, segs, seps, width):
        indent = self.page.get("indent", "")
        for i, seg in enumerate(segs):
            text = (prefix if i == 0 else "") + seg
            for j, ln in enumerate(self.wrap(text, width)):
                self.lines.append((indent if (i == 0 and j == 0) else "") + ln)
            if i < len(seps):
                for it in seps[i]:
                    self.item(it)

    def gap(self):
        if self.page.get("gap"):
            self.lines.append("")

    def item(self, it):
        kind = it[0]
        if kind == "noise":
            self.lines.append(self.chrome(it[1]))
        elif kind == "blank":
            self.lines.append("")
        elif kind == "title":
            self.lines.append(self.inline(it))
        elif kind == "meta":
            self.lines.append(it[1])
        elif kind == "head":
            self.lines.append(self.inline(it))
            self.gap()
        elif kind == "para":
            _, cat, s, kw = it
            segs, seps, gold = self.para_text(s)
            self.add_para(cat, gold)
            self.emit_body("", segs, seps, kw.get("wrap", self.page.get("wrap")))
            self.gap()
        elif kind == "runin":
            _, lvl, h, cat, s, sep = it
            self.add_heading(lvl, h)
            segs, seps, gold = self.para_text(s)
            self.add_para(cat, gold)
            self.emit_body(h + sep, segs, seps, self.page.get("wrap"))
            self.gap()
        elif kind == "joined":
            _, parts, sep = it
            self.lines.append(sep.join(self.inline(p) for p in parts))
            if parts[-1][0] in ("para", "runin", "head"):
                self.gap()
        else:
            raise ValueError(kind)

    def render(self):
        for it in self.page["layout"]:
            self.item(it)
        # collapse runs of blank lines the gap logic may have produced
        out = []
        for ln in self.lines:
            if ln == "" and out and out[-1] == "":
                continue
            out.append(ln)
        while out and out[-1] == "":
            out.pop()
        return out


HAN = re.compile(r"[\u3400-\u9fff]")


def han_count(gold):
    return sum(len(HAN.findall(h["text"])) for h in gold["headings"]) + \
        sum(len(HAN.findall(p["text"])) for p in gold["paragraphs"])


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for page in data_b.PAGES:
        pg = Page(page)
        lines = pg.render()
        text = page["newline"].join(lines) + page["newline"]
        enc = page["encoding"]
        data = text.encode("utf-8" if enc == "utf-8-sig" else enc)   # strict: fails on an unencodable char
        if page.get("bom"):
            data = b"\xef\xbb\xbf" + data
        with open(os.path.join(OUT, page["file"]), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, "gold", page["file"].replace(".txt", ".json")), "w", encoding="utf-8") as f:
            json.dump(pg.gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # generator-side sanity checks
        for i, cats in enumerate(pg.speech_cats):
            for c in data_b.CORE:
                assert cats.count(c) >= 2, (page["file"], i, c, cats.count(c))
        n = han_count(pg.gold)
        print(f"{page['file']}: {enc:9s} speeches={pg.gold['speeches']} paragraphs={len(pg.gold['paragraphs'])} "
              f"headings={len(pg.gold['headings'])} noise={len(pg.gold['noise'])} han={n}")


if __name__ == "__main__":
    main()
