#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Render set-44 writer-A pages (NN.txt) and their gold (gold/NN.json) from data_a.PAGES.

Every chrome string passes through Page.chrome(), which both writes it into the page and records it as gold noise,
so page and gold cannot disagree. Usage: /usr/bin/python3 gen.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_a import PAGES  # noqa: E402

INLINE = re.compile(r"\{\{(.+?)\}\}")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
CLOSE = set("，。、；：？！”’）》」")
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"}


class Page:
    def __init__(self, num, spec):
        self.num, self.spec = num, spec
        self.lines = []
        self.gold = {"file": f"{num}.txt", "speeches": spec["speeches"], "titles": [], "headings": [],
                     "paragraphs": [], "noise": []}

    # ---- the one way chrome gets into a page
    def chrome(self, s, inline=False):
        assert s == s.strip() and s, repr(s)
        if len(s) >= 4 and s not in self.gold["noise"]:
            self.gold["noise"].append(s)
        if inline:
            return s
        self.lines.append(s)
        return s

    # ---- speech parts: each returns the text as printed and records the gold
    def title(self, s):
        self.gold["titles"].append(s)
        return s

    def heading(self, level, s):
        assert not s.endswith("。") and level in (1, 2, 3)
        self.gold["headings"].append({"text": s, "level": level})
        return s

    def para(self, cat, s, trunc=False):
        assert cat in CATS, cat
        printed = INLINE.sub(lambda m: self.chrome(m.group(1), inline=True), s)
        gold = INLINE.sub("", s)
        rec = {"text": gold, "category": cat}
        if trunc:
            rec["truncated"] = True
        self.gold["paragraphs"].append(rec)
        return printed

    # ---- rendering of one event into text pieces (no line handling)
    def inline_text(self, ev):
        k = ev[0]
        if k == "title":
            return self.title(ev[1])
        if k in ("meta", "salute"):
            return ev[1]
        if k == "title+salute":
            return self.title(ev[1]) + ev[2]
        if k == "h":
            return self.heading(ev[1], ev[2])
        if k == "p":
            opts = ev[3] if len(ev) > 3 else {}
            return self.para(ev[1], ev[2], opts.get("trunc", False))
        if k == "hp":
            _, level, head, sep, cat, body = ev
            return self.heading(level, head) + sep + self.para(cat, body)
        if k == "ni":
            return self.chrome(ev[1], inline=True)
        raise ValueError(ev)

    def wrap(self, text, width, indent):
        """Hard-wrap at `width` characters; closing punctuation never starts a line (it stays on the line above)."""
        out, cur = [], indent
        for i, ch in enumerate(text):
            cur += ch
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if len(cur) >= width and nxt not in CLOSE:
                out.append(cur)
                cur = ""
        if cur:
            out.append(cur)
        return out

    def render(self):
        sp = self.spec
        for ev in sp["events"]:
            k = ev[0]
            if k == "n":
                self.chrome(ev[1])
            elif k == "b":
                self.lines.append("")
            elif k == "raw":
                assert len(ev[1]) < 4, ev
                self.lines.append(ev[1])
            elif k == "join":
                self.lines.append(" ".join(self.inline_text(x) for x in ev[1]))
            elif k == "p" and sp["layout"] == "wrap":
                opts = ev[3] if len(ev) > 3 else {}
                text = self.inline_text(ev)
                wl = self.wrap(text, sp["wrap"], sp["indent"])
                for i, line in enumerate(wl, 1):
                    self.lines.append(line)
                    for n in opts.get("pb", {}).get(i, []):
                        assert i < len(wl) and line[-1] not in "。！？；", (self.num, line)  # mid-sentence break
                        self.chrome(n)
            elif k in ("p", "hp"):
                self.lines.append(sp["indent"] + self.inline_text(ev))
            else:
                self.lines.append(self.inline_text(ev))
        return self

    def han_count(self):
        g = self.gold
        return sum(len(HAN.findall(x["text"])) for x in g["headings"] + g["paragraphs"])

    def write(self):
        sp = self.spec
        text = sp["newline"].join(self.lines) + sp["newline"]
        data = text.encode(sp["encoding"])
        if sp["bom"]:
            data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[sp["encoding"]] + data
        with open(os.path.join(OUT, f"{self.num}.txt"), "wb") as f:
            f.write(data)
        os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
        with open(os.path.join(OUT, "gold", f"{self.num}.json"), "w", encoding="utf-8") as f:
            json.dump(self.gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


def main():
    for num, spec in sorted(PAGES.items()):
        p = Page(num, spec).render()
        assert len(p.gold["titles"]) == spec["speeches"], num
        n = p.han_count()
        trunc = any(x.get("truncated") for x in p.gold["paragraphs"])
        assert (600 if trunc else 900) <= n <= 1400, (num, n)
        p.write()
        print(f"{num}.txt  speeches={spec['speeches']}  han={n}  headings={len(p.gold['headings'])}  "
              f"paragraphs={len(p.gold['paragraphs'])}  noise={len(p.gold['noise'])}")


if __name__ == "__main__":
    main()
