#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Render writer A's five pages and their gold from data_a.PAGES (one structure, so they cannot disagree).
Every chrome string passes through Renderer.chrome(), which writes it into the page and records it as noise."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_a  # noqa: E402

OUT = os.path.dirname(HERE)
INLINE = re.compile(r"⟦(.*?)⟧")
# characters a Chinese typesetter will not put at the start of a line (they stay on the line before)
NO_LINE_START = set("，。、；：？！）》」』”’…—,.;:?!)")


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def wrap(text, width, indent):
    """Hard-wrap like a PDF/print layout: fixed width, first line indented, no line starting with closing punct."""
    s = indent + text
    out, cur = [], ""
    for ch in s:
        if len(cur) >= width and ch not in NO_LINE_START:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


class Renderer:
    def __init__(self, pid, page):
        self.pid, self.page = pid, page
        self.items = []          # ("L", text, is_content) | ("PB",)
        self.noise = []
        self.titles, self.headings, self.paragraphs = [], [], []
        self.speeches = []       # per speech: list of (category, truncated)

    # -- the one door for chrome -------------------------------------------------------------
    def chrome(self, s, inline=False):
        key = s.strip()
        if len(key) >= 4 and key not in self.noise:
            self.noise.append(key)
        if not inline:
            self.items.append(("L", s, False))
        return s

    # -- helpers ---------------------------------------------------------------------------------
    def line(self, s, content=True):
        self.items.append(("L", s, content))

    def blank(self):
        self.items.append(("L", "", False))

    def para_text(self, raw):
        """printed text (inline chrome left in place, recorded as noise) and gold text (inline chrome removed)"""
        for span in INLINE.findall(raw):
            self.chrome(span, inline=True)
        return INLINE.sub(lambda m: m.group(1), raw), INLINE.sub("", raw)

    def add_para(self, raw, cat, trunc=False):
        printed, gold = self.para_text(raw)
        assert cat in data_a.CATS, cat
        d = {"text": gold, "category": cat}
        if trunc:
            d["truncated"] = True
        self.paragraphs.append(d)
        self.speeches[-1].append((cat, trunc))
        return printed

    def emit_content(self, s):
        w = self.page.get("wrap")
        ind = self.page.get("indent", "")
        if w:
            for ln in wrap(s, w, ind):
                self.line(ln)
        else:
            self.line(ind + s)
        if self.page.get("blank_between"):
            self.blank()

    # -- ops -------------------------------------------------------------------------------------
    def run(self):
        for op in self.page["body"]:
            k = op[0]
            if k == "N":
                self.chrome(op[1])
            elif k == "NW":
                w = self.page.get("wrap") or 10 ** 9
                for ln in wrap(op[1], w, self.page.get("indent", "")):
                    self.chrome(ln)
            elif k == "B":
                self.blank()
            elif k == "SP":
                self.speeches.append([])
            elif k == "T":
                self.titles.append(op[1])
                self.line(op[1], content=False)
            elif k == "TS":
                self.titles.append(op[1])
                self.line(op[1] + op[2], content=False)
            elif k == "M":
                self.line(op[1], content=False)
            elif k == "H":
                text, level = op[1], op[2]
                assert not text.endswith("。")
                self.headings.append({"text": text, "level": level})
                self.emit_content(text)
            elif k == "HR":
                text, level, para, cat = op[1:5]
                trunc = len(op) > 5 and op[5]
                self.headings.append({"text": text, "level": level})
                printed = self.add_para(para, cat, trunc)
                self.emit_content(text + "。" + printed)
            elif k in ("P", "PT"):
                self.emit_content(self.add_para(op[1], op[2], k == "PT"))
            elif k == "J":
                parts = [self.add_para(t, c) for t, c in op[1]]
                self.emit_content(op[2].join(parts))
            elif k == "PB":
                self.items.append(("PB",))
            elif k == "KEEP":
                self.items.append(("KEEP", op[1]))
            else:
                raise ValueError(op)
        self.apply_spacing()
        return self.paginate()

    def apply_spacing(self):
        for trig in self.page.get("spaced", []):
            hits = [i for i, it in enumerate(self.items) if it[0] == "L" and it[2] and trig in it[1]]
            assert len(hits) == 1, (self.pid, trig, hits)
            i = hits[0]
            _, s, c = self.items[i]
            self.items[i] = ("L", s.replace(trig, " ".join(trig)), c)

    def paginate(self):
        pg = self.page.get("paginate")
        if not pg:
            assert not any(it[0] == "PB" for it in self.items)
            return [it[1] for it in self.items if it[0] == "L"]
        out, n, count = [], 1, 0
        footer = pg["footer"]
        # footers and headers go through chrome(); collect them in a side list, then splice
        def page_end():
            nonlocal n, count
            f = footer.format(n=n) if isinstance(footer, str) else footer[n - 1]
            out.append("")
            out.append(self.chrome_side(f))
            n += 1
            count = 0

        def page_start():
            nonlocal count
            if pg.get("header"):
                out.append(self.chrome_side(pg["header"]))
                out.append("")
                count = 2
        for it in self.items:
            if it[0] == "PB":
                page_end()
                page_start()
                continue
            if it[0] == "KEEP":
                if count + it[1] > pg["lines"]:
                    page_end()
                    page_start()
                continue
            if count >= pg["lines"]:
                page_end()
                page_start()
            out.append(it[1])
            count += 1
        page_end()
        return out

    def chrome_side(self, s):
        key = s.strip()
        if len(key) >= 4 and key not in self.noise:
            self.noise.append(key)
        return s

    def gold(self):
        return {"file": self.pid + ".txt", "speeches": len(self.speeches), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for pid, page in data_a.PAGES.items():
        r = Renderer(pid, page)
        lines = r.run()
        g = r.gold()
        nl = page["newline"]
        text = nl.join(l.rstrip() for l in lines) + nl
        data = text.encode(page["encoding"])  # strict: fails on an unencodable character
        with open(os.path.join(OUT, pid + ".txt"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, "gold", pid + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        n_han = sum(han(h["text"]) for h in g["headings"]) + sum(han(p["text"]) for p in g["paragraphs"])
        print(f"{pid}.txt  {page['encoding']:8s} {'CRLF' if nl == chr(13) + chr(10) else 'LF  '}  speeches={g['speeches']}"
              f"  headings={len(g['headings'])}  paragraphs={len(g['paragraphs'])}  noise={len(g['noise'])}  han={n_han}")


if __name__ == "__main__":
    main()
