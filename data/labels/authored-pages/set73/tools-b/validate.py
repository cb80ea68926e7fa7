#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set 73b: checks gold/NN.json against NN.docx (adapted from validate-template.py).

The .docx is read with the standard library (zipfile + ElementTree), as Word shows it:
  * headers (in the order the sections reference them), then the body, then footnotes/endnotes, then footers;
  * body: paragraphs and tables in document order; every table cell paragraph is its own line; a text box
    (w:txbxContent inside wps:txbx, or a legacy v:textbox) gives its own lines, placed before the line of the
    paragraph that anchors it; of an mc:AlternateContent only mc:Choice is read (mc:Fallback is a copy);
  * runs: w:t text, w:tab -> tab, w:br/w:cr -> line break, deleted text, field codes and hidden (w:vanish)
    runs are not shown; a footnote/endnote reference is shown as a superscript number (e.g. ¹) which is
    not part of any labelled or noise text (it is dropped from the comparison stream).
Checks: schema and key order; noise strings (>=4 chars, distinct, verbatim in a line of the document, never inside
a title/heading/paragraph); every title/heading/paragraph found in page order once noise is masked (NFKC,
whitespace removed); leftover lines (only salutation/speaker/date/signature/short allowed); Han count 900-1400
per speech; category rules.
Usage: validate.py [--gold DIR] [NN ...]   (default: all gold files in ROOT/gold)
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
HAN = re.compile(r"[\u4e00-\u9fff]")
ROLE = "(市长|副市长|县长|区长|书记|主任|院长|局长|厂长|总经理|董事长|主席)"
ALLOWED = [
    ("salutation", re.compile(r"^[^。，]{0,24}(同志们|朋友们|大家)[:：]$")),
    ("date", re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")),
    ("speaker", re.compile(r"^[（(]?[^。，,]{0,20}" + ROLE + r"[\s\u3000]*[\u4e00-\u9fff]{2,4}[）)]?$")),
    ("signature", re.compile(r"^[^。，]{2,24}(人民政府|委员会|办公室|医院|管委会)[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)?$")),
]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
MARKS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")


# ---------------------------------------------------------------- docx reading
class Reader:
    def __init__(self):
        self.lines = []   # (kind, text)

    def block(self, el, kind):
        """Block-level container: w:body, w:tc, w:txbxContent, w:hdr, w:ftr, w:footnote, w:sdtContent."""
        for ch in el:
            if ch.tag == W + "p":
                self.para(ch, kind)
            elif ch.tag == W + "tbl":
                for tr in [x for x in ch if x.tag == W + "tr"]:
                    for tc in [x for x in tr if x.tag == W + "tc"]:
                        self.block(tc, "cell")
            elif ch.tag == W + "sdt":
                c = ch.find(W + "sdtContent")
                if c is not None:
                    self.block(c, kind)
            elif ch.tag in (W + "ins", W + "customXml"):
                self.block(ch, kind)

    def para(self, p, kind):
        buf, boxes = [], []
        self.inline(p, buf, boxes, False)
        for b in boxes:
            self.block(b, "textbox")
        text = "".join(buf)
        for piece in text.split("\n"):
            self.lines.append((kind, piece))

    def inline(self, el, buf, boxes, hidden):
        for ch in el:
            t = ch.tag
            if t in (W + "pPr", W + "del", W + "moveFrom", W + "instrText", W + "delText"):
                continue
            if t == W + "r":
                rpr = ch.find(W + "rPr")
                hid = rpr is not None and rpr.find(W + "vanish") is not None and \
                    rpr.find(W + "vanish").get(W + "val", "true") not in ("0", "false")
                self.inline(ch, buf, boxes, hid)
            elif t == W + "rPr":
                continue
            elif t == W + "t":
                if not hidden:
                    buf.append(ch.text or "")
            elif t == W + "tab":
                if not hidden:
                    buf.append("\t")
            elif t in (W + "br", W + "cr"):
                if not hidden:
                    buf.append("\n")
            elif t == W + "noBreakHyphen":
                buf.append("-")
            elif t in (W + "footnoteReference", W + "endnoteReference"):
                self.refno[t] = self.refno.get(t, 0) + 1
                buf.append(str(self.refno[t]).translate(SUP))
            elif t in (W + "footnoteRef", W + "endnoteRef"):
                buf.append(str(self.curnote).translate(SUP))
            elif t == MC + "AlternateContent":
                c = ch.find(MC + "Choice")
                if c is None:
                    c = ch.find(MC + "Fallback")
                if c is not None:
                    self.inline(c, buf, boxes, hidden)
            elif t == W + "txbxContent":
                boxes.append(ch)
            else:
                self.inline(ch, buf, boxes, hidden)


def read_docx(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    rels = {}
    rp = "word/_rels/document.xml.rels"
    if rp in names:
        for r in ET.fromstring(z.read(rp)):
            rels[r.get("Id")] = (r.get("Type").rsplit("/", 1)[-1], "word/" + r.get("Target").lstrip("/").replace("word/", "", 1))
    doc = ET.fromstring(z.read("word/document.xml"))
    body = doc.find(W + "body")
    rd = Reader()
    rd.refno, rd.curnote = {}, 0
    heads, foots = [], []
    for sp in body.iter(W + "sectPr"):
        for ref in sp:
            rid = ref.get(R + "id")
            if ref.tag == W + "headerReference" and rid in rels and rels[rid][1] not in heads:
                heads.append(rels[rid][1])
            if ref.tag == W + "footerReference" and rid in rels and rels[rid][1] not in foots:
                foots.append(rels[rid][1])
    for h in heads:
        rd.block(ET.fromstring(z.read(h)), "header")
    rd.block(body, "body")
    for kind in ("footnotes", "endnotes"):
        part = [v[1] for v in rels.values() if v[0] == kind]
        if part and part[0] in names:
            root = ET.fromstring(z.read(part[0]))
            for fn in root:
                if fn.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                rd.curnote += 1
                rd.block(fn, kind[:-1])
    for f in foots:
        rd.block(ET.fromstring(z.read(f)), "footer")
    return rd.lines


# ---------------------------------------------------------------- checks
def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace())


def hancount(s):
    return len(HAN.findall(s))


def check(nn, out, gdir):
    errs = []
    gpath = os.path.join(gdir, nn + ".json")
    try:
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
    except Exception as e:  # noqa
        return ["%s: cannot read gold: %s" % (nn, e)], []
    E = lambda m: errs.append("%s: %s" % (nn, m))
    # ---- schema
    if list(g.keys()) != KEYS:
        E("keys %s, want %s" % (list(g.keys()), KEYS))
        return errs, []
    if g["file"] != nn + ".docx":
        E("file field %r" % g["file"])
    if not isinstance(g["speeches"], int) or g["speeches"] != len(g["titles"]) or g["speeches"] < 1:
        E("speeches %r vs %d titles" % (g["speeches"], len(g["titles"])))
    for t in g["titles"]:
        if not isinstance(t, str) or not t.strip():
            E("bad title %r" % (t,))
    for h in g["headings"]:
        if list(h.keys()) != ["text", "level"] or not isinstance(h["level"], int) or not 1 <= h["level"] <= 4:
            E("bad heading %r" % (h,))
        elif h["text"].endswith("。") or h["text"] != h["text"].strip() or not h["text"]:
            E("heading text form %r" % h["text"])
    for p in g["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            E("bad paragraph keys %r" % (list(p.keys()),))
            continue
        if p["category"] not in CATS:
            E("bad category %r" % p["category"])
        if not isinstance(p["truncated"], bool):
            E("truncated not bool in %r" % p["text"][:20])
        if not p["text"] or p["text"] != p["text"].strip():
            E("paragraph text form %r" % p["text"][:20])
    if errs:
        return errs, []
    # ---- page
    ppath = os.path.join(ROOT, g["file"])
    if not os.path.exists(ppath):
        return errs + ["%s: page missing" % nn], []
    try:
        klines = read_docx(ppath)
    except Exception as e:  # noqa
        return errs + ["%s: cannot read docx: %s" % (nn, e)], []
    lines = [t for _, t in klines]
    kinds = {}
    for k, t in klines:
        if t.strip():
            kinds[k] = kinds.get(k, 0) + 1
    stream, lineof = [], []
    for li, ln in enumerate(lines):
        for c in ln:
            if c in MARKS:          # note reference marks are shown but belong to no item
                continue
            for d in norm(c):
                stream.append(d)
                lineof.append(li)
    S = "".join(stream)
    cover = [None] * len(S)
    labelled = g["titles"] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
    nlab = [norm(x) for x in labelled]
    # ---- noise
    seen = set()
    for ns in g["noise"]:
        if not isinstance(ns, str) or len(ns) < 4:
            E("noise shorter than 4: %r" % (ns,))
            continue
        if ns != ns.strip():
            E("noise not trimmed: %r" % ns)
        if ns in seen:
            E("noise duplicated: %r" % ns)
        seen.add(ns)
        if not any(ns in ln for ln in lines):
            E("noise not verbatim in any line of the document: %r" % ns)
        n = norm(ns)
        for x, nx in zip(labelled, nlab):
            if n and n in nx:
                E("noise %r occurs inside labelled text %r" % (ns, x[:24]))
        i = S.find(n)
        while n and i >= 0:
            for k in range(i, i + len(n)):
                cover[k] = "N"
            i = S.find(n, i + 1)
    # noise order = first appearance
    firsts = [(S.find(norm(ns)), ns) for ns in g["noise"] if isinstance(ns, str) and norm(ns) and norm(ns) in S]
    if [x[1] for x in sorted(firsts, key=lambda x: x[0])] != [x[1] for x in firsts]:
        E("noise not in first-appearance order")
    keep = [i for i in range(len(S)) if cover[i] != "N"]
    M = "".join(S[i] for i in keep)

    def find_seq(items, start, what):
        pos, res = start, []
        for it in items:
            n = norm(it)
            j = M.find(n, pos)
            if j < 0:
                alt = M.find(n)
                E("%s not found in order: %r%s" % (what, it[:30], " (found earlier)" if alt >= 0 else ""))
                res.append(None)
                continue
            for k in range(j, j + len(n)):
                cover[keep[k]] = "L"
            res.append(j)
            pos = j + len(n)
        return res

    tpos = find_seq(g["titles"], 0, "title")
    first = min([t for t in tpos if t is not None] or [0])
    hpos = find_seq([h["text"] for h in g["headings"]], first, "heading")
    ppos = find_seq([p["text"] for p in g["paragraphs"]], first, "paragraph")
    spans = []
    for lst, ps in ((g["headings"], hpos), (g["paragraphs"], ppos)):
        for it, j in zip(lst, ps):
            if j is not None:
                spans.append((j, j + len(norm(it["text"]))))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            E("labelled spans overlap at masked offset %d" % b[0])
    # ---- per speech
    bounds = [t if t is not None else 0 for t in tpos] + [len(M) + 1]
    for si in range(len(g["titles"])):
        lo, hi = bounds[si], bounds[si + 1]
        ps = [p for p, j in zip(g["paragraphs"], ppos) if j is not None and lo <= j < hi]
        hs = [h for h, j in zip(g["headings"], hpos) if j is not None and lo <= j < hi]
        if not ps:
            E("speech %d has no paragraphs" % (si + 1))
            continue
        han = sum(hancount(x["text"]) for x in ps + hs)
        out.append("%s speech %d %r: %d paragraphs, %d headings, %d Han" % (nn, si + 1, g["titles"][si], len(ps), len(hs), han))
        if not 900 <= han <= 1400:
            E("speech %d Han count %d outside 900-1400" % (si + 1, han))
        if ps[0]["category"] != "开场":
            E("speech %d first paragraph is %s, not 开场" % (si + 1, ps[0]["category"]))
        if ps[-1]["category"] != "结尾":
            E("speech %d last paragraph is %s, not 结尾" % (si + 1, ps[-1]["category"]))
        for c in CORE:
            k = sum(1 for x in ps if x["category"] == c)
            if k < 2:
                E("speech %d has %d %s paragraphs (<2)" % (si + 1, k, c))
        for x in ps[:-1]:
            if x["truncated"]:
                E("truncated paragraph not at end of speech: %r" % x["text"][:20])
    # ---- leftover lines
    leftovers = []
    per_line = {}
    for i, c in enumerate(S):
        per_line.setdefault(lineof[i], []).append((c, cover[i]))
    for li, chars in sorted(per_line.items()):
        unc = [c for c, cv in chars if cv is None]
        sig = [c for c in unc if not unicodedata.category(c)[0] in "PSZ"]
        if not sig:
            continue
        raw_line = "".join(c for c in lines[li] if c not in MARKS).strip()
        whole = all(cv is None for _, cv in chars)
        if not whole:
            E("line %d partly unlabelled: %r (left: %r)" % (li + 1, raw_line[:40], "".join(unc)[:30]))
            continue
        kind = None
        if len(raw_line) < 4:
            kind = "short"
        else:
            for name, rx in ALLOWED:
                if rx.match(raw_line):
                    kind = name
                    break
        if kind is None:
            E("leftover line %d not allowed: %r" % (li + 1, raw_line[:50]))
        else:
            leftovers.append("%s:%d [%s] %s" % (nn, li + 1, kind, raw_line))
    out.append("%s: docx, %d lines (%s), %d noise strings, leftovers: %s" % (
        nn, len(lines), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), len(g["noise"]),
        "; ".join(l.split(" ", 1)[1] for l in leftovers) or "none"))
    return errs, leftovers


def main():
    args = sys.argv[1:]
    gdir = os.path.join(ROOT, "gold")
    if args[:1] == ["--gold"]:
        gdir, args = args[1], args[2:]
    if not args:
        args = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json"))
    allerr, out = [], []
    for nn in args:
        e, _ = check(nn, out, gdir)
        allerr += e
    for l in out:
        print(l)
    for e in allerr:
        print("ERROR", e)
    print("%d files checked, %d errors" % (len(args), len(allerr)))
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
