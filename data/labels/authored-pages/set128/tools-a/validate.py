#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for this set: checks gold/NN.json against NN.txt.

Checks: schema and key order; noise strings (>=4 chars, distinct, on the page verbatim, never inside a
title/heading/paragraph); every title/heading/paragraph found in page order once noise is masked
(NFKC, whitespace removed); leftover lines (only salutation/speaker/date/signature/short markers allowed);
Han count 900-1400 per speech; category rules.
Usage: validate.py [NN ...]   (default: all gold files)
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
HAN = re.compile(r"[\u4e00-\u9fff]")
ROLE = "(校长|市长|副市长|县长|区长|书记|主任|院长|局长|厂长|总经理|董事长|主席|厅长|镇长|乡长)"
ALLOWED = [
    ("salutation", re.compile(r"^[^。，]{0,24}(同志们|朋友们|大家|老师们|乡亲们)[:：]$")),
    ("date", re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")),
    ("speaker", re.compile(r"^[（(]?[^。，,]{0,20}" + ROLE + r"[\s\u3000]*[\u4e00-\u9fff]{2,4}[）)]?$")),
    ("signature", re.compile(r"^[^。，]{2,24}(人民政府|委员会|办公室|医院|管委会)[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)?$")),
]


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace())


# expected encoding and line ends per page (set per page in your brief)
EXPECT = {
    "01": ("utf-8", "CRLF"),
    "02": ("gb18030", "CRLF"),
    "03": ("utf-8", "LF"),
    "04": ("utf-8", "LF"),
    "05": ("utf-16-le", "CRLF"),
}


def decode(raw):
    # page 05 is UTF-16 LE with a BOM
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16-le"
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1"), "latin-1"


def hancount(s):
    return len(HAN.findall(s))


def check(nn, out):
    errs = []
    gpath = os.path.join(ROOT, "gold", nn + ".json")
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
    if g["file"] != nn + ".txt":
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
    with open(ppath, "rb") as f:
        raw = f.read()
    text, enc = decode(raw)
    ends = "CRLF" if "\r\n" in text else "LF"
    if nn in EXPECT and EXPECT[nn] != (enc, ends):
        E("encoding/line ends %s/%s, expected %s/%s" % ((enc, ends) + EXPECT[nn]))
    if ends == "CRLF" and text.count("\n") != text.count("\r\n"):
        E("mixed line ends")
    lines = text.splitlines()
    # normalized stream with line mapping
    stream, lineof = [], []
    for li, ln in enumerate(lines):
        for c in ln:
            for d in norm(c):
                stream.append(d)
                lineof.append(li)
    S = "".join(stream)
    cover = [None] * len(S)  # None / 'N' / 'L'
    labelled = g["titles"] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
    nlab = [norm(x) for x in labelled]
    # ---- noise
    seen = set()
    for ns in g["noise"]:
        if not isinstance(ns, str) or len(ns) < 4:
            E("noise shorter than 4: %r" % (ns,))
            continue
        if ns in seen:
            E("noise duplicated: %r" % ns)
        seen.add(ns)
        if ns not in text:
            E("noise not on page verbatim: %r" % ns)
        n = norm(ns)
        for x, nx in zip(labelled, nlab):
            if n and n in nx:
                E("noise %r occurs inside labelled text %r" % (ns, x[:24]))
        i = S.find(n)
        while n and i >= 0:
            for k in range(i, i + len(n)):
                cover[k] = "N"
            i = S.find(n, i + 1)
    # masked stream (noise removed) with index map
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
    # headings must not overlap paragraphs (find_seq keeps each list ordered; check interleave sanity)
    spans = []
    for lst, ps in ((g["headings"], hpos), (g["paragraphs"], ppos)):
        for it, j in zip(lst, ps):
            if j is not None:
                spans.append((j, j + len(norm(it["text"]))))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            E("labelled spans overlap at masked offset %d" % b[0])
    # truncated only on a paragraph the page cuts off: must be last of its speech
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
        raw_line = lines[li].strip()
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
    out.append("%s: encoding %s, %d lines, %s line ends, %d noise strings, leftovers: %s" % (
        nn, enc, len(lines), ends, len(g["noise"]),
        "; ".join(l.split(" ", 1)[1] for l in leftovers) or "none"))
    return errs, leftovers


def main():
    args = sys.argv[1:]
    if not args:
        args = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    allerr, out = [], []
    for nn in args:
        e, _ = check(nn, out)
        allerr += e
    for l in out:
        print(l)
    for e in allerr:
        print("ERROR", e)
    print("%d files checked, %d errors" % (len(args), len(allerr)))
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
