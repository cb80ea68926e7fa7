#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set80b (pages 06-10): checks gold/NN.json against NN.txt.

Checks: schema and key order; noise strings (>=4 chars, distinct, on the page verbatim, never inside a
title/heading/paragraph); every title/heading/paragraph found in page order once noise is masked
(NFKC, whitespace removed); leftover lines (only salutation/speaker/date/signature/short markers allowed);
Han count 900-1400 per speech; category rules; per-page shape rules (PAGE_RULES below).
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
ROLE = "(校长|市长|副市长|县长|副县长|区长|书记|主任|院长|局长|厂长|总经理|董事长|主席|项目经理)"
ALLOWED = [
    ("salutation", re.compile(r"^[^。，]{0,24}(同志们|朋友们|大家|老师们|乡亲们|兄弟们|工友们)[:：]$")),
    ("date", re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")),
    ("speaker", re.compile(r"^[（(]?[^。，,]{0,20}" + ROLE + r"[\s\u3000]*[\u4e00-\u9fff]{2,4}[）)]?$")),
    ("signature", re.compile(r"^[^。，]{2,24}(人民政府|委员会|办公室|医院|管委会)[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)?$")),
]


def norm(s):
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace())


# expected encoding and line ends per page (set per page in your brief)
EXPECT = {"06": ("utf-8", "LF"), "07": ("utf-8", "LF"), "08": ("utf-8", "LF"),
          "09": ("gb18030", "CRLF"), "10": ("utf-8", "LF")}
# speeches per page
NSPEECH = {"06": 3, "07": 1, "08": 1, "09": 1, "10": 1}


def decode(raw):
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1"), "latin-1"


def hancount(s):
    return len(HAN.findall(s))


def line_index(lines, s, start=0):
    """index of the first line at or after start whose stripped text equals s, or -1"""
    for i in range(start, len(lines)):
        if lines[i].strip() == s:
            return i
    return -1


def page_rules(nn, g, raw, text, lines, E):
    """shape rules each page of this set was built to have"""
    if nn in NSPEECH and g["speeches"] != NSPEECH[nn]:
        E("expected %d speeches, gold has %d" % (NSPEECH[nn], g["speeches"]))
    strip = [l.strip() for l in lines]
    if nn == "06":
        kinds = ["讲话", "主持词", "表态发言"]
        for k, t in enumerate(g["titles"]):
            if k < 3 and not t.endswith(kinds[k]):
                E("speech %d title should end with %s: %r" % (k + 1, kinds[k], t))
            i = line_index(lines, t)
            if i < 1 or strip[i - 1] != "【范文%d】" % (k + 1):
                E("title %r not directly under 【范文%d】" % (t, k + 1))
            elif "【范文%d】" % (k + 1) not in g["noise"]:
                E("marker 【范文%d】 not in noise" % (k + 1))
        if sum(1 for l in strip if l.startswith("本文地址：")) != 3:
            E("want 3 本文地址 lines")
        if sum(1 for l in strip if l == "复制全文") != 3:
            E("want 3 复制全文 buttons")
        if any(l.startswith("本文地址：") for l in strip[:line_index(lines, g["titles"][0])]):
            E("本文地址 line before the first speech")
    if nn == "07":
        for h in g["headings"]:
            bold = "**" + h["text"] + "**"
            if h["level"] == 1 and bold not in strip:
                E("level-1 heading not bold-marked on its own line: %r" % h["text"])
        for p in g["paragraphs"]:
            i = line_index(lines, p["text"])
            if i < 0 or i + 1 >= len(lines) or strip[i + 1] != "":
                E("paragraph not a single line followed by a blank line: %r" % p["text"][:20])
        for need in ("【打印】【关闭】", "附件下载："):
            if need not in strip:
                E("missing chrome line %s" % need)
    if nn == "08":
        if g["headings"]:
            E("the spoken talk has no outline; headings must be empty")
        if "兄弟们：" not in strip:
            E("salutation 兄弟们： missing")
        caps = [l for l in strip if l.startswith("▲")]
        if len(caps) < 2 or any(c not in g["noise"] for c in caps):
            E("▲ captions missing or not labelled noise")
        if not any("点赞" in l and "在看" in l for l in strip):
            E("no 点赞 在看 row")
        if not any(l.startswith("戳上方蓝字") for l in strip):
            E("no 戳上方蓝字 line")
    if nn == "09":
        try:
            if text.encode("gbk") != raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") or \
                    ("\r\n".join(lines) + "\r\n").encode("gbk") != raw:
                E("page is not plain GBK with CRLF")
        except UnicodeEncodeError as e:
            E("page not encodable as GBK: %s" % e)
        b = [i for i, l in enumerate(strip) if l.startswith("廉政提醒")]
        if len(b) != 1:
            E("want one 廉政提醒 banner line")
        else:
            paras = set(p["text"] for p in g["paragraphs"])
            before = strip[b[0] - 1]
            after = strip[b[0] + 1]
            inpara = lambda l: any(l.endswith(x) or l == x for x in paras)
            if not (inpara(before) and inpara(after)):
                E("廉政提醒 banner is not between two paragraphs")
        for need in ("【字体：大 中 小】",):
            if need not in strip:
                E("missing %s" % need)
        if not any(l.startswith("上一条") for l in strip) or not any(l.startswith("下一条") for l in strip):
            E("missing 上一条/下一条")
    if nn == "10":
        for i, l in enumerate(lines):
            j = l.find("。")
            if j >= 0 and j != len(l.rstrip()) - 1:
                E("line %d: text after 。 on the same line" % (i + 1))
        for h in g["headings"]:
            if h["text"][:2] not in ("一、", "二、", "三、", "四、") or h["text"] not in strip:
                E("heading %r not a 一、/二、/三、 line" % h["text"])
        if not any(len(p["text"].split("。")) > 2 for p in g["paragraphs"]):
            E("no paragraph spans several lines")
        for need in ("首页", "办事", "我的", "返回顶部"):
            if not any(l.endswith(need) for l in strip):
                E("bottom bar item %s missing" % need)


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
    ends = "CRLF" if b"\r\n" in raw else "LF"
    if nn in EXPECT and EXPECT[nn] != (enc, ends):
        E("encoding/line ends %s/%s, expected %s/%s" % ((enc, ends) + EXPECT[nn]))
    if ends == "CRLF" and raw.count(b"\n") != raw.count(b"\r\n"):
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
    page_rules(nn, g, raw, text, lines, E)
    out.append("%s: encoding %s, %d lines, %s line ends, %d noise strings, leftovers: %s" % (
        nn, enc, len(lines), "CRLF" if b"\r\n" in raw else "LF", len(g["noise"]),
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
