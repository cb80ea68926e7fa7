#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set66a gold files.

Checks per page:
  * schema: key order, types, speeches == len(titles), categories, levels, no final 。 on headings
  * page decodes strictly in its expected encoding (04: UTF-16LE BOM + CRLF)
  * each noise string: >= 4 chars, distinct, on the page, not inside any title/heading/paragraph
  * with noise masked (longest first), NFKC, whitespace removed: every title, paragraph and heading is
    found in its list's order, without overlapping another labelled span
  * leftover text per line: only salutation / speaker / date / signature lines, punctuation or markers < 4
  * Han count per speech 900-1400 over headings+paragraphs; first paragraph 开场, last 结尾;
    >= 2 paragraphs each of 形势分析, 隐患排查, 责任落实
Usage: validate.py [goldfile ...]   (default: all gold/*.json)
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ENC = {"01.txt": "utf-8", "02.txt": "utf-8", "03.txt": "big5", "04.txt": "utf-16", "05.txt": "gb18030"}
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WS = re.compile(r"\s+")
ROLE = re.compile(r"(县长|縣長|区长|區長|市长|市長|乡长|鄉長|书记|書記|总经理|總經理|主任|局长|局長)")
DATE = re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")
SALUT = re.compile(r"^(同志们|同志們|各位[^，。]{0,12})[：:]$")
PUNCT = re.compile(r"^[\W_]*$")


def norm(s):
    return WS.sub("", unicodedata.normalize("NFKC", s))


def allowed_leftover(s):
    if len(s) < 4 or PUNCT.match(s):
        return "short/punct"
    if SALUT.match(s):
        return "salutation"
    if DATE.match(s):
        return "date"
    if ROLE.search(s) and len(s) <= 30 and "。" not in s:
        return "speaker/signature"
    return None


def read_page(path, name, errs):
    raw = open(path, "rb").read()
    enc = ENC.get(name, "utf-8")
    if enc == "utf-16":
        if not raw.startswith(b"\xff\xfe"):
            errs.append("04 must start with UTF-16LE BOM")
        text = raw[2:].decode("utf-16-le")
        if "\n" in text.replace("\r\n", ""):
            errs.append("UTF-16 page has bare LF line ends")
        return text
    try:
        return raw.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        errs.append("decode %s failed: %s" % (enc, e))
        return raw.decode(enc, errors="replace")


def check(gpath):
    errs, info = [], []
    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:
        return ["bad json: %s" % e], info
    if list(g.keys()) != KEYS:
        errs.append("keys %s != %s" % (list(g.keys()), KEYS))
        return errs, info
    name = g["file"]
    if name != os.path.basename(gpath).replace(".json", ".txt"):
        errs.append("file name mismatch %s" % name)
    page_path = os.path.join(ROOT, name)
    if not os.path.exists(page_path):
        return errs + ["page missing %s" % name], info
    if not isinstance(g["speeches"], int) or g["speeches"] != len(g["titles"]) or g["speeches"] < 1:
        errs.append("speeches %r != len(titles) %d" % (g["speeches"], len(g["titles"])))
    for h in g["headings"]:
        if list(h.keys()) != ["text", "level"] or not isinstance(h["level"], int) or h["level"] not in (1, 2, 3):
            errs.append("bad heading %r" % h)
        if h["text"].endswith("。"):
            errs.append("heading ends with 。: %s" % h["text"])
    for p in g["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            errs.append("bad paragraph keys %r" % list(p.keys()))
        if p["category"] not in CATS:
            errs.append("bad category %r" % p["category"])
        if not isinstance(p["truncated"], bool):
            errs.append("truncated not bool")
    labelled = g["titles"] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
    page = read_page(page_path, name, errs)

    # noise
    if len(set(g["noise"])) != len(g["noise"]):
        errs.append("duplicate noise strings")
    for n in g["noise"]:
        if len(n) < 4:
            errs.append("noise < 4 chars: %r" % n)
        if n not in page:
            errs.append("noise not on page: %r" % n)
        nn = norm(n)
        for t in labelled:
            if n in t or (nn and nn in norm(t)):
                errs.append("noise %r inside labelled text %r" % (n, t[:20]))

    # masked, normalised page with line map
    lines = page.replace("\r\n", "\n").split("\n")
    order = sorted(g["noise"], key=len, reverse=True)
    chars, lmap = [], []
    for li, line in enumerate(lines):
        m = line
        for n in order:
            m = m.replace(n, "")
        for ch in norm(m):
            chars.append(ch)
            lmap.append(li)
    flat = "".join(chars)
    used = [False] * len(flat)

    def place(kind, items):
        pos = 0
        for t in items:
            nt = norm(t)
            if not nt:
                errs.append("empty %s" % kind)
                continue
            i = flat.find(nt, pos)
            while i >= 0 and any(used[i:i + len(nt)]):
                i = flat.find(nt, i + 1)
            if i < 0:
                errs.append("%s not found in order: %s" % (kind, t[:40]))
                continue
            for k in range(i, i + len(nt)):
                used[k] = True
            pos = i + len(nt)

    place("title", g["titles"])
    place("paragraph", [p["text"] for p in g["paragraphs"]])
    place("heading", [h["text"] for h in g["headings"]])

    left = {}
    for k, ch in enumerate(flat):
        if not used[k]:
            left.setdefault(lmap[k], []).append(ch)
    for li in sorted(left):
        s = "".join(left[li])
        why = allowed_leftover(s)
        if why:
            info.append("leftover line %d (%s): %s" % (li + 1, why, s))
        else:
            errs.append("unlabelled leftover line %d: %s" % (li + 1, s))

    # speech rules (split at 开场 paragraphs when more than one speech)
    paras = g["paragraphs"]
    groups = []
    for p in paras:
        if p["category"] == "开场" or not groups:
            groups.append([])
        groups[-1].append(p)
    if len(groups) != g["speeches"]:
        errs.append("开场 count %d != speeches %d" % (len(groups), g["speeches"]))
    if g["speeches"] == 1:
        han = sum(len(HAN.findall(h["text"])) for h in g["headings"]) + \
            sum(len(HAN.findall(p["text"])) for p in paras)
        info.append("Han count %d" % han)
        if not 900 <= han <= 1400:
            errs.append("Han count %d outside 900-1400" % han)
    for gi, grp in enumerate(groups):
        if grp[0]["category"] != "开场":
            errs.append("speech %d does not start with 开场" % (gi + 1))
        if grp[-1]["category"] != "结尾":
            errs.append("speech %d does not end with 结尾" % (gi + 1))
        for c in CORE:
            n = sum(1 for p in grp if p["category"] == c)
            if n < 2:
                errs.append("speech %d has %d %s paragraphs (< 2)" % (gi + 1, n, c))
    return errs, info


def main():
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    total = 0
    for f in files:
        errs, info = check(f)
        print("== %s: %d errors" % (os.path.basename(f), len(errs)))
        for i in info:
            print("   info  " + i)
        for e in errs:
            print("   ERROR " + e)
        total += len(errs)
    print("TOTAL: %d errors in %d files" % (total, len(files)))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
