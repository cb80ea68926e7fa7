#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validate set58b pages against gold/NN.json (standard library only).

Checks per page: JSON keys/types, categories, headings without 。, every title/heading/paragraph
found in page order in the normalised page text (NFKC, whitespace removed; noise occurrences are
cut out first, so page headers inside a paragraph and titles repeated in a 目录 do not matter),
labelled spans not overlapping, every noise string present and not inside labelled text, nothing
left over except salutation / speaker / date / signature / ordinal-marker lines (printed as info),
per speech: 开场 first, 结尾 last, >= 1 paragraph each of 形势分析/隐患排查/责任落实 (set58b rule),
Han count of headings+paragraphs within 400-700 (set58b rule).
"""
import glob, html, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_MIN, HAN_MAX = 400, 700
ROLE = r"(书记|县长|市长|区长|镇长|局长|校长|院长|董事长|总经理|经理|主任|主席)"
ALLOWED = [
    ("salutation", re.compile(r"^(尊敬的)?[^。；]{0,30}(同志们|老师们|朋友们|领导)[：:]$")),
    ("speaker", re.compile(r"^[^。，；：]{0,20}" + ROLE + r"[\s　]*[\u4e00-\u9fff]{2,4}$")),
    ("date", re.compile(r"^[（(]?(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月([\d一二三四五六七八九十]{1,3}日)?[）)]?$")),
    ("signature", re.compile(r"^[\u4e00-\u9fff（）]{2,30}(委员会|人民政府|办公室|公司|集团|医院|中学|小学|学校|局)$")),
    ("marker", re.compile(r"^(第[一二三四五六七八九十]+篇|范文[一二三四五六七八九十]+)$")),
]
PUNCT = set("。，、；：！？“”‘’（）()《》…—-·.,;:!?\"'")


def decode(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16-le+BOM"
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be"), "utf-16-be+BOM"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gbk"


def strip_html(t):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", "\n", t)
    return html.unescape(t)


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace())


def validate(gpath):
    errs, infos = [], []
    g = json.load(open(gpath, encoding="utf-8"))
    if list(g.keys()) != KEYS:
        errs.append("keys %s" % list(g.keys()))
        return g.get("file", gpath), errs, infos, {}
    page = os.path.join(ROOT, g["file"])
    text, enc = decode(page)
    if g["file"].lower().endswith((".html", ".htm")):
        text = strip_html(text)
    # ---- types
    if not isinstance(g["speeches"], int) or g["speeches"] != len(g["titles"]):
        errs.append("speeches != len(titles)")
    for t in g["titles"]:
        if not isinstance(t, str) or not t.strip():
            errs.append("bad title %r" % t)
    for h in g["headings"]:
        if set(h) != {"text", "level"} or not isinstance(h["text"], str) or not isinstance(h["level"], int) or h["level"] < 1:
            errs.append("bad heading %r" % h)
        elif h["text"].rstrip().endswith("。"):
            errs.append("heading ends with 。: %s" % h["text"])
    for p in g["paragraphs"]:
        if set(p) != {"text", "category", "truncated"} or not isinstance(p["text"], str) or not isinstance(p["truncated"], bool):
            errs.append("bad paragraph %r" % str(p)[:60])
        elif p["category"] not in CATS:
            errs.append("bad category %s" % p["category"])
    if not isinstance(g["noise"], list) or len(set(g["noise"])) != len(g["noise"]):
        errs.append("noise not a list of unique strings")
    # ---- noise: present, >=4 chars, stripped; mark all occurrences
    mask = [False] * len(text)
    for nz in g["noise"]:
        if len(nz) < 4 or nz != nz.strip():
            errs.append("noise too short / not stripped: %r" % nz)
        if nz not in text:
            errs.append("noise not in page: %r" % nz[:40])
            continue
        i = text.find(nz)
        while i >= 0:
            for k in range(i, i + len(nz)):
                mask[k] = True
            i = text.find(nz, i + 1)
    labelled_norm = [norm(t) for t in g["titles"]] + [norm(h["text"]) for h in g["headings"]] + \
                    [norm(p["text"]) for p in g["paragraphs"]]
    for nz in g["noise"]:
        nn = norm(nz)
        if nn and any(nn in L for L in labelled_norm):
            errs.append("noise inside labelled text: %r" % nz[:40])
    # ---- normalised page without noise, with map to original offsets
    chars, omap = [], []
    for i, ch in enumerate(text):
        if mask[i]:
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                chars.append(c)
                omap.append(i)
    N = "".join(chars)
    covered = [False] * len(N)
    spans = {}

    def locate(kind, items):
        cur, res = 0, []
        for idx, s in enumerate(items):
            ns = norm(s)
            j = N.find(ns, cur) if ns else -1
            while j >= 0 and any(covered[j:j + len(ns)]):
                j = N.find(ns, j + 1)
            if j < 0:
                errs.append("%s %d not found in order: %s" % (kind, idx, s[:30]))
                res.append(None)
                continue
            for k in range(j, j + len(ns)):
                covered[k] = True
            res.append(j)
            cur = j + len(ns)
        spans[kind] = res

    locate("title", g["titles"])
    locate("heading", [h["text"] for h in g["headings"]])
    locate("paragraph", [p["text"] for p in g["paragraphs"]])
    # ---- leftovers grouped by original line
    line_of = []
    ln = 0
    for ch in text:
        line_of.append(ln)
        if ch == "\n":
            ln += 1
    left = {}
    for k, c in enumerate(N):
        if not covered[k]:
            left.setdefault(line_of[omap[k]], []).append(c)
    for lno in sorted(left):
        s = "".join(left[lno])
        if all(c in PUNCT for c in s) and len(s) <= 2:
            continue
        kind = next((name for name, rx in ALLOWED if rx.match(s)), None)
        if kind:
            infos.append("%s: %s" % (kind, s))
        else:
            errs.append("leftover line %d: %s" % (lno + 1, s[:50]))
    # ---- per speech checks
    tpos = spans.get("title", [])
    stats = {"enc": enc, "crlf": "\r\n" in text, "han": []}
    if tpos and None not in tpos:
        nsp = len(tpos)
        cats = [[] for _ in range(nsp)]
        han = [0] * nsp

        def owner(pos):
            o = -1
            for si, tp in enumerate(tpos):
                if tp <= pos:
                    o = si
            return o

        for h, pos in zip(g["headings"], spans["heading"]):
            if pos is not None and owner(pos) >= 0:
                han[owner(pos)] += len(HAN.findall(h["text"]))
        for p, pos in zip(g["paragraphs"], spans["paragraph"]):
            if pos is None:
                continue
            o = owner(pos)
            if o < 0:
                errs.append("paragraph before first title: %s" % p["text"][:20])
                continue
            cats[o].append(p["category"])
            han[o] += len(HAN.findall(p["text"]))
        for si in range(nsp):
            c = cats[si]
            if not c or c[0] != "开场" or c[-1] != "结尾":
                errs.append("speech %d: must start with 开场 and end with 结尾" % (si + 1))
            for core in CORE:
                if c.count(core) < 1:
                    errs.append("speech %d: no %s paragraph" % (si + 1, core))
            if not (HAN_MIN <= han[si] <= HAN_MAX):
                errs.append("speech %d: Han count %d outside %d-%d" % (si + 1, han[si], HAN_MIN, HAN_MAX))
        stats["han"] = han
    return g["file"], errs, infos, stats


def main():
    total = 0
    for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
        f, errs, infos, st = validate(gp)
        total += len(errs)
        print("%s  enc=%s crlf=%s speeches=%s han=%s  info=%d  errors=%d" % (
            f, st.get("enc"), st.get("crlf"), len(st.get("han", [])), st.get("han"), len(infos), len(errs)))
        for i in infos:
            print("    info  " + i)
        for e in errs:
            print("    ERROR " + e)
    print("TOTAL ERRORS %d" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
