#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set60b (pages 06-10).

For each page: decode it with its expected encoding (BOM / CRLF checked), check the
gold file's shape, mask every occurrence of every noise string, normalise the rest
(NFKC, whitespace removed), find every title, heading and paragraph in page order,
check that no noise string lies inside labelled text, list every leftover line
(only salutation / speaker / date / signature / short marker are allowed) and check
per speech the Han count, opening/closing and the per-core-category minimum.
Exit status 1 if any error.   Usage: /usr/bin/python3 tools/validate.py [NN ...]
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]

# file: (codec, BOM bytes or None, CRLF?, (han min, han max) per speech, core minimum)
EXPECT = {
    "06.txt": ("utf-8", b"\xef\xbb\xbf", False, (900, 1400), 2),
    "07.txt": ("gbk", None, False, (900, 1400), 2),
    "08.txt": ("gb18030", None, True, (900, 1400), 2),
    "09.txt": ("utf-8", None, False, (900, 1400), 2),
    "10.txt": ("gbk", None, False, (600, 900), 1),
}

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")
RE_SALUT = re.compile(r"^(同志们|老师们|同学们|各位[\u4e00-\u9fff、]{1,12}|[\u4e00-\u9fff、]{1,12}们)[:：]$")
RE_SPEAKER = re.compile(r"^[(（]?(副?(市长|县长|区长|乡长|镇长|校长|局长|经理|总经理)|[县市区]委书记|书记)"
                        r"[\u3400-\u4dbf\u4e00-\u9fff]{2,3}[)）]?$")
RE_DATE = re.compile(r"^[(（]?(19|20)\d\d年\d{1,2}月\d{1,2}日[)）]?$")
RE_SIGN = re.compile(r"^[\u4e00-\u9fff]{2,20}(办公室|人民政府|安监局|委员会|有限公司)$")


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace())


def han_count(s):
    return len(HAN.findall(s))


def classify_leftover(s):
    if RE_SALUT.match(s):
        return "salutation"
    if RE_SPEAKER.match(s):
        return "speaker"
    if RE_DATE.match(s):
        return "date"
    if RE_SIGN.match(s):
        return "signature"
    if len(s) <= 3:
        return "short marker"
    return None


def check(name):
    errs, notes = [], []
    stem = name.split(".")[0]
    codec, bom, crlf, (hmin, hmax), coremin = EXPECT[name]
    raw = open(os.path.join(ROOT, name), "rb").read()
    # ---- encoding
    if bom:
        if not raw.startswith(bom):
            errs.append("expected BOM missing")
        raw = raw[len(bom):]
    elif raw[:3] == b"\xef\xbb\xbf" or raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        errs.append("unexpected BOM")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as e:
        errs.append("does not decode as %s: %s" % (codec, e))
        return errs, notes
    if codec in ("gbk", "gb18030"):
        try:
            raw.decode("utf-8")
            errs.append("GB page is also valid UTF-8 (no Chinese in it?)")
        except UnicodeDecodeError:
            pass
    if codec == "gb18030":
        try:
            raw.decode("gbk")
            notes.append("note: GB18030 page has no GB18030-only characters")
        except UnicodeDecodeError:
            notes.append("GB18030-only characters present (GBK decode fails)")
    n_lf = text.count("\n")
    n_crlf = text.count("\r\n")
    if crlf and n_crlf != n_lf:
        errs.append("expected CRLF on every line: %d LF, %d CRLF" % (n_lf, n_crlf))
    if not crlf and n_crlf:
        errs.append("unexpected CRLF")
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        errs.append("stray CR")
    # ---- gold shape
    gold = json.load(open(os.path.join(ROOT, "gold", stem + ".json"), encoding="utf-8"))
    if list(gold.keys()) != ["file", "speeches", "titles", "headings", "paragraphs", "noise"]:
        errs.append("gold keys/order wrong: %s" % list(gold.keys()))
        return errs, notes
    if gold["file"] != name:
        errs.append("gold file field %r != %r" % (gold["file"], name))
    titles, heads, paras, noise = gold["titles"], gold["headings"], gold["paragraphs"], gold["noise"]
    if gold["speeches"] != len(titles) or gold["speeches"] < 1:
        errs.append("speeches=%r but %d titles" % (gold["speeches"], len(titles)))
    for h in heads:
        if list(h.keys()) != ["text", "level"]:
            errs.append("heading keys wrong: %r" % h)
            continue
        if h["level"] not in (1, 2, 3):
            errs.append("bad level %r" % h)
        if h["text"].endswith("。") or not h["text"].strip():
            errs.append("heading ends with 。 or empty: %r" % h["text"])
    for p in paras:
        if list(p.keys()) != ["text", "category", "truncated"]:
            errs.append("paragraph keys wrong: %r" % p)
            continue
        if p["category"] not in CATS:
            errs.append("bad category %r in %r" % (p["category"], p["text"][:20]))
        if not isinstance(p["truncated"], bool):
            errs.append("truncated not bool: %r" % p["text"][:20])
    labelled = [("title", t) for t in titles] + [("heading", h["text"]) for h in heads] + \
               [("paragraph", p["text"]) for p in paras]
    for kind, t in labelled:
        if "\n" in t or t != t.strip():
            errs.append("%s has newline or outer space: %r" % (kind, t[:30]))
    # ---- noise strings
    if len(set(noise)) != len(noise):
        errs.append("noise strings not distinct")
    for s in noise:
        if len(s) < 4 or len(norm(s)) < 4:
            errs.append("noise shorter than 4 chars: %r" % s)
        if s not in text:
            errs.append("noise not on page: %r" % s)
        for kind, t in labelled:
            if s in t or (norm(s) and norm(s) in norm(t)):
                errs.append("noise %r lies inside %s %r" % (s, kind, t[:30]))
    # ---- mask noise
    mask = [False] * len(text)
    for s in sorted(noise, key=len, reverse=True):
        if not s:
            continue
        i = text.find(s)
        while i >= 0:
            for k in range(i, i + len(s)):
                mask[k] = True
            i = text.find(s, i + 1)
    # ---- normalised stream with line map
    stream, smap = [], []
    line = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            line += 1
            continue
        if mask[i]:
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                stream.append(c)
                smap.append(line)
    stream = "".join(stream)
    used = [False] * len(stream)
    lists = {"title": [norm(t) for t in titles], "heading": [norm(h["text"]) for h in heads],
             "paragraph": [norm(p["text"]) for p in paras]}
    ptr = {k: 0 for k in lists}
    found = []  # (pos, kind, index)
    cur = 0
    while True:
        cands = []
        for k, lst in lists.items():
            while ptr[k] < len(lst):
                item = lst[ptr[k]]
                pos = stream.find(item, cur) if item else -1
                if pos < 0:
                    errs.append("%s #%d not found in page order: %r" % (k, ptr[k], item[:40]))
                    ptr[k] += 1
                    continue
                cands.append((pos, k))
                break
        if not cands:
            break
        pos, k = min(cands)
        item = lists[k][ptr[k]]
        for q in range(pos, pos + len(item)):
            used[q] = True
        found.append((pos, k, ptr[k]))
        ptr[k] += 1
        cur = pos + len(item)
    # ---- leftovers
    left = {}
    for q, c in enumerate(stream):
        if not used[q]:
            left.setdefault(smap[q], []).append(c)
    lines = text.split("\n")
    for ln in sorted(left):
        s = "".join(left[ln])
        cls = classify_leftover(s)
        if cls is None:
            errs.append("leftover line %d not labelled: %r" % (ln + 1, s[:60]))
        else:
            notes.append("leftover %-12s line %3d: %s" % (cls, ln + 1, s))
    # ---- speeches
    tpos = sorted(p for p, k, i in found if k == "title")
    if len(tpos) != len(titles):
        errs.append("not all titles found")
    sp = [{"han": 0, "paras": [], "cats": {}} for _ in tpos]
    for pos, k, i in sorted(found):
        if k == "title":
            continue
        idx = max([j for j, t in enumerate(tpos) if t < pos], default=-1)
        if idx < 0:
            errs.append("%s #%d lies before the first title" % (k, i))
            continue
        if k == "heading":
            sp[idx]["han"] += han_count(heads[i]["text"])
        else:
            sp[idx]["han"] += han_count(paras[i]["text"])
            sp[idx]["paras"].append(paras[i]["category"])
    for j, s in enumerate(sp):
        cnt = {c: s["paras"].count(c) for c in CATS if s["paras"].count(c)}
        notes.append("speech %d: han=%d paragraphs=%d %s" % (j + 1, s["han"], len(s["paras"]),
                     " ".join("%s%d" % (c, n) for c, n in cnt.items())))
        if not hmin <= s["han"] <= hmax:
            errs.append("speech %d: han count %d outside %d-%d" % (j + 1, s["han"], hmin, hmax))
        if not s["paras"] or s["paras"][0] != "开场" or s["paras"][-1] != "结尾":
            errs.append("speech %d: does not open with 开场 and close with 结尾" % (j + 1))
        for c in CORE:
            if cnt.get(c, 0) < coremin:
                errs.append("speech %d: %s has %d paragraphs (< %d)" % (j + 1, c, cnt.get(c, 0), coremin))
    return errs, notes


def main():
    names = sys.argv[1:] or sorted(EXPECT)
    names = [n if n.endswith(".txt") else n + ".txt" for n in names]
    total = 0
    verbose = os.environ.get("VERBOSE")
    for name in names:
        errs, notes = check(name)
        total += len(errs)
        print("== %s: %d error(s)" % (name, len(errs)))
        for n in notes:
            if verbose or not n.startswith("leftover"):
                print("   " + n)
        for e in errs:
            print("   ERROR " + e)
    print("TOTAL: %d error(s) in %d file(s)" % (total, len(names)))
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
