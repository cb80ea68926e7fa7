# -*- coding: utf-8 -*-
"""Check gold/NN.json against the pages of set51b.  Standard library only.

Run:  /usr/bin/python3 tools/validate.py
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
HAN = re.compile(r"[\u4e00-\u9fff]")
WS = re.compile(r"\s+")
# encodings of the text pages (the kind of source each imitates)
TXT_ENC = {"06.txt": "utf-8", "07.txt": "gbk", "08.txt": "big5"}
# pages in Traditional script: the miner converts to Simplified; gold is Simplified
T2S_MAP = {"08.txt": "t2s_08.json"}

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ------------------------------------------------------------ page readers
def docx_text(path):
    """document.xml paragraphs (body order, table cells included), one per line;
    headers/footers returned separately (visible, but outside the body)."""
    z = zipfile.ZipFile(path)

    def part(name):
        root = ET.fromstring(z.read(name))
        lines = []
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
            lines.append("".join(buf))
        return "\n".join(lines)

    body = part("word/document.xml")
    extra = [part(n) for n in z.namelist() if re.match(r"word/(header|footer)\d*\.xml$", n)]
    return body, "\n".join(extra)


class _Vis(HTMLParser):
    SKIP = {"script", "style", "head", "title", "noscript", "template"}
    BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th",
             "section", "article", "aside", "header", "footer", "nav", "label", "button", "span", "a",
             "table", "blockquote", "dd", "dt", "dl"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(raw):
    v = _Vis()
    v.feed(raw)
    v.close()
    lines = [ln.strip() for ln in "".join(v.out).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def read_page(fname):
    path = os.path.join(ROOT, fname)
    extra = ""
    if fname.endswith(".docx"):
        text, extra = docx_text(path)
    elif fname.endswith((".html", ".htm")):
        raw = open(path, "rb").read()
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000])
        text = html_text(raw.decode(m.group(1).decode() if m else "utf-8"))
    else:
        raw = open(path, "rb").read()
        text = raw.decode(TXT_ENC.get(fname, "utf-8"))
    return text, extra


# ------------------------------------------------------------ normalisation
def norm(s, cmap=None):
    s = unicodedata.normalize("NFKC", s)
    if cmap:
        s = "".join(cmap.get(c, c) for c in s)
    s = s.replace("**", "")
    return WS.sub("", s)


def strip_markup(text, fname):
    if fname.endswith(".md"):
        text = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", text)
        text = text.replace("**", "")
    return text


# ------------------------------------------------------------ checks
def check(gfile):
    errs, info = [], []
    g = json.load(open(gfile, encoding="utf-8"))
    keys = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
    if set(g) != keys:
        errs.append("gold keys %s" % sorted(set(g) ^ keys))
        return errs, info
    fname = g["file"]
    if not os.path.exists(os.path.join(ROOT, fname)):
        return ["page %s missing" % fname], info
    if g["speeches"] != len(g["titles"]):
        errs.append("speeches=%s but %d titles" % (g["speeches"], len(g["titles"])))
    for h in g["headings"]:
        if not isinstance(h.get("level"), int) or h["level"] < 1:
            errs.append("bad heading level: %r" % h)
        if h["text"].rstrip().endswith("。"):
            errs.append("heading ends with 。: %s" % h["text"])
        if h["text"] != h["text"].strip():
            errs.append("heading not stripped: %r" % h["text"])
    for p in g["paragraphs"]:
        if p.get("category") not in CATS:
            errs.append("bad category %r: %s" % (p.get("category"), p["text"][:20]))
        if not isinstance(p.get("truncated"), bool):
            errs.append("truncated not bool: %s" % p["text"][:20])
        if p["text"] != p["text"].strip():
            errs.append("paragraph not stripped: %r" % p["text"][:20])

    cmap = None
    if fname in T2S_MAP:
        cmap = json.load(open(os.path.join(HERE, T2S_MAP[fname]), encoding="utf-8"))
    text, extra = read_page(fname)
    text = strip_markup(text, fname)
    visible = text + "\n" + extra

    golds = [("title", t) for t in g["titles"]] + [("heading", h["text"]) for h in g["headings"]] + \
            [("paragraph", p["text"]) for p in g["paragraphs"]]
    gnorm = [norm(t) for _, t in golds]

    # noise
    seen = set()
    for n in g["noise"]:
        if len(n) < 4:
            errs.append("noise shorter than 4: %r" % n)
        if n in seen:
            errs.append("noise duplicated: %r" % n)
        seen.add(n)
        if n != n.strip():
            errs.append("noise not stripped: %r" % n)
        if n not in visible:
            errs.append("noise not in page: %r" % n)
        forms = {norm(n), norm(n, cmap)} if cmap else {norm(n)}
        for f in forms:
            for (kind, t), gn in zip(golds, gnorm):
                if f and f in gn:
                    errs.append("noise %r inside %s %r" % (n, kind, t[:20]))

    # page without noise, normalised (and converted to Simplified where the page is Traditional)
    body = text
    for n in sorted(g["noise"], key=len, reverse=True):
        body = body.replace(n, "\n")
    S = norm(body, cmap)
    covered = [False] * len(S)
    for kind, items in (("title", g["titles"]), ("heading", [h["text"] for h in g["headings"]]),
                        ("paragraph", [p["text"] for p in g["paragraphs"]])):
        pos = 0
        for t in items:
            nt = norm(t)
            if not nt:
                errs.append("empty %s" % kind)
                continue
            i = S.find(nt, pos)
            if i < 0:
                j = S.find(nt)
                errs.append("%s %s: %r" % (kind, "out of order" if j >= 0 else "not in page", t[:30]))
                continue
            for k in range(i, i + len(nt)):
                covered[k] = True
            pos = i + len(nt)

    # per speech size and categories (one speech per page in this set)
    if g["speeches"] == 1:
        n_han = sum(len(HAN.findall(t)) for _, t in golds)
        if not 700 <= n_han <= 1300:
            errs.append("speech has %d Han characters (700-1300)" % n_han)
        for c in CORE:
            k = sum(1 for p in g["paragraphs"] if p["category"] == c)
            if k < 2:
                errs.append("only %d paragraphs of %s" % (k, c))
        used = sorted({p["category"] for p in g["paragraphs"]})
        info.append("Han=%d, categories used %d/10" % (n_han, len(used)))
    else:
        info.append("multi-speech page: size/category check per speech not possible from gold shape")

    # leftovers
    left, cur = [], ""
    for ch, c in zip(S, covered):
        if c:
            if cur:
                left.append(cur)
            cur = ""
        else:
            cur += ch
    if cur:
        left.append(cur)
    info.append("uncovered: " + " | ".join(left))
    return errs, info


def main():
    gdir = os.path.join(ROOT, "gold")
    total = 0
    for fn in sorted(os.listdir(gdir)):
        if not fn.endswith(".json"):
            continue
        errs, info = check(os.path.join(gdir, fn))
        total += len(errs)
        print("== %s: %s" % (fn, "OK" if not errs else "%d error(s)" % len(errs)))
        for e in errs:
            print("  ERROR", e)
        for i in info:
            print("  info ", i)
    print("TOTAL ERRORS:", total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
