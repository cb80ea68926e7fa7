#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Render set-45 writer-B pages (06-10) and their gold from pagedata_b.PAGES.

usage: /usr/bin/python3 gen.py [OUTDIR]      (default: the directory above tools-b/)
Every chrome string goes through Render.chrome(), which writes it and records it as gold noise; every speech line
goes through the title/meta/heading/paragraph recorders, so page and gold are made from the same data.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pagedata_b  # noqa: E402

BREAK, WMARK = "¦", "¤"
NO_LINE_START = "，。、；：？！」』）》”’％%"


class Render:
    def __init__(self, page):
        self.page = page
        self.lines = []
        self.noise = []
        self.titles = []
        self.headings = []
        self.paragraphs = []
        self.para_speech = []     # speech index of each gold paragraph (for validate.py)
        self.metas = []           # speaker / date / unit / salutation lines (in no gold list)
        self.speech = -1

    # ---- the one door for chrome
    def chrome(self, s):
        if len(s.strip()) >= 4 and s not in self.noise:
            self.noise.append(s)
        return s

    # ---- recorders for speech text
    def title(self, s, new=True):
        if new:
            self.titles.append(s)
            self.speech += 1
        return s

    def meta(self, s):
        if s not in self.metas:
            self.metas.append(s)
        return s

    def heading(self, level, s):
        assert level in (1, 2, 3)
        self.headings.append({"text": s.rstrip("。"), "level": level})
        return s

    def paragraph(self, cat, text, trunc=False, wm=()):
        """record the gold paragraph; return the printed text (watermarks in, break marks kept)"""
        assert cat in pagedata_b.CATS, cat
        gold = text.replace(BREAK, "").replace(WMARK, "")
        item = {"text": gold, "category": cat}
        if trunc:
            item["truncated"] = True
        self.paragraphs.append(item)
        self.para_speech.append(self.speech)
        printed = text
        for w in wm:
            assert WMARK in printed
            printed = printed.replace(WMARK, self.chrome(w), 1)
        assert WMARK not in printed
        return printed

    # ---- layout helpers
    @staticmethod
    def wrap(text, width, indent):
        if not width:
            return [indent + text]
        out, line = [], indent
        for ch in text:
            # line-start rule (禁则): closing punctuation hangs at the end of the full line
            if len(line) >= width and ch not in NO_LINE_START:
                out.append(line)
                line = ""
            line += ch
        if line:
            out.append(line)
        return out

    def emit_body(self, printed, opts):
        segs = printed.split(BREAK)
        breaks = opts.get("breaks", [])
        assert len(breaks) == len(segs) - 1
        for i, seg in enumerate(segs):
            self.lines.extend(self.wrap(seg, opts.get("wrap", 0), opts.get("indent", "") if i == 0 else ""))
            if i < len(breaks):
                self.run(breaks[i])

    def run(self, ops):
        for op in ops:
            kind = op[0]
            if kind == "c":
                self.lines.append(self.chrome(op[1]))
            elif kind == "b":
                self.lines.append("")
            elif kind == "t":
                self.lines.append(self.title(op[1]))
            elif kind == "t2":
                assert op[1] == self.titles[-1]
                self.lines.append(self.title(op[1], new=False))
            elif kind == "tw":
                s, cuts = self.title(op[1]), [0] + op[2] + [len(op[1])]
                for a, b in zip(cuts, cuts[1:]):
                    self.lines.append(s[a:b])
            elif kind == "m":
                self.lines.append(self.meta(op[1]))
            elif kind == "h":
                self.lines.append(self.heading(op[1], op[2]))
            elif kind == "p":
                _, cat, text, opts = op
                printed = self.paragraph(cat, text, opts.get("trunc", False), opts.get("wm", ()))
                self.emit_body(printed, opts)
            elif kind == "r":
                _, level, head, cat, text, opts = op
                self.heading(level, head)
                printed = self.paragraph(cat, text, opts.get("trunc", False), opts.get("wm", ()))
                self.emit_body(head + opts.get("sep", "。") + printed, opts)
            elif kind == "g":
                _, pieces, opts = op
                parts = []
                for pc in pieces:
                    if pc[0] == "t":
                        parts.append(self.title(pc[1]))
                    elif pc[0] == "m":
                        parts.append(self.meta(pc[1]))
                    elif pc[0] == "h":
                        parts.append(self.heading(pc[1], pc[2]))
                    elif pc[0] == "p":
                        parts.append(self.paragraph(pc[1], pc[2]))
                    elif pc[0] == "c":
                        parts.append(self.chrome(pc[1]))
                    elif pc[0] == "x":
                        parts.append(pc[1])
                    else:
                        raise ValueError(pc)
                sep = opts.get("sep", "")
                # a raw indent piece is not separated from what follows it
                line = ""
                for i, p in enumerate(parts):
                    if i and pieces[i - 1][0] != "x":
                        line += sep
                    line += p
                self.lines.append(line)
            else:
                raise ValueError(op)

    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def data(self):
        p = self.page
        return p["bom"] + self.text().replace("\n", p["newline"]).encode(p["encoding"])

    def gold(self):
        return {"file": self.page["file"], "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}


def render(page):
    r = Render(page)
    r.run(page["ops"])
    return r


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(os.path.join(outdir, "gold"), exist_ok=True)
    for page in pagedata_b.PAGES:
        r = render(page)
        with open(os.path.join(outdir, page["file"]), "wb") as f:
            f.write(r.data())
        with open(os.path.join(outdir, "gold", page["file"].replace(".txt", ".json")), "w", encoding="utf-8") as f:
            json.dump(r.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(page["file"], page["encoding"], len(r.lines), "lines,", len(r.titles), "speech(es),",
              len(r.headings), "headings,", len(r.paragraphs), "paragraphs,", len(r.noise), "noise")


if __name__ == "__main__":
    main()
