#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set62a.  Usage: /usr/bin/python3 tools/validate.py [NN ...]

For every gold/NN.json:
  * schema: keys and their order, types, category keys, speeches == len(titles),
    no surrounding whitespace, headings without a final 。, paragraphs without indentation;
  * noise: each string >= 4 chars, distinct, present in the page, and not inside any
    title / heading / paragraph (raw and normalised);
  * decodes the page (BOM / UTF-8 / GB18030), masks every occurrence of every noise string,
    normalises the rest (NFKC, whitespace removed) and finds every paragraph, title and
    heading in page order, without overlaps;
  * lists every leftover line (characters neither noise nor labelled); allowed are
    salutations, speaker lines, date lines, signatures and markers shorter than 4 chars;
  * per speech: 900-1400 Han chars in headings + paragraphs, >= 2 paragraphs of each of
    形势分析 / 隐患排查 / 责任落实, an 开场 first and a 结尾 last.
Prints the errors and a final line "N errors".
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
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
HAN = re.compile(r"[\u4e00-\u9fff]")
ROLES = r"(县长|副县长|区长|副区长|镇长|副镇长|乡长|乡镇长|总经理|董事长|校长|副校长|局长|副局长|书记|主任)"
ALLOWED = [
    ("salutation", re.compile(r"^(同志们|各位[\u4e00-\u9fff]{1,8}|老师们|同事们|工友们|朋友们|尊敬的[\u4e00-\u9fff、]{1,20})[：:，,！!]?$")),
    ("speaker", re.compile(r"^[—\-]*" + ROLES + r"[\u4e00-\u9fff]{2,4}$")),
    ("speaker", re.compile(r"^[—\-]*[\u4e00-\u9fff]{2,4}" + ROLES + r"$")),
    ("date", re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")),
    ("signature", re.compile(r"^[—\-]{1,2}[\u4e00-\u9fff]{2,12}$")),
]


def decode(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace())


def meaningful(ch):
    cat = unicodedata.category(ch)
    return cat[0] in "LN"


def check(nn):
    errs, info = [], []
    gpath = os.path.join(ROOT, "gold", nn + ".json")
    try:
        with open(gpath, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:  # noqa
        return ["%s: gold unreadable: %s" % (nn, e)], info
    E = lambda m: errs.append("%s: %s" % (nn, m))

    # ---- schema --------------------------------------------------------
    if list(gold.keys()) != KEYS:
        E("keys %r != %r" % (list(gold.keys()), KEYS))
        return errs, info
    fname = gold["file"]
    if not re.fullmatch(re.escape(nn) + r"\.(txt|html?|docx)", fname):
        E("file name %r does not match %s" % (fname, nn))
    if not isinstance(gold["speeches"], int) or gold["speeches"] != len(gold["titles"]):
        E("speeches=%r but %d titles" % (gold["speeches"], len(gold["titles"])))
    for t in gold["titles"]:
        if not isinstance(t, str) or t != t.strip() or not t:
            E("bad title %r" % (t,))
    for h in gold["headings"]:
        if list(h.keys()) != ["text", "level"] or h["level"] not in (1, 2, 3):
            E("bad heading %r" % (h,))
        elif h["text"] != h["text"].strip() or h["text"].endswith("。") or not h["text"]:
            E("heading text not clean: %r" % h["text"])
    for p in gold["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            E("bad paragraph keys %r" % (list(p.keys()),))
            continue
        if p["category"] not in CATS:
            E("unknown category %r" % p["category"])
        if not isinstance(p["truncated"], bool):
            E("truncated not bool in %r" % p["text"][:20])
        if p["text"] != p["text"].strip() or not p["text"]:
            E("paragraph not stripped: %r" % p["text"][:20])
    noise = gold["noise"]
    if len(set(noise)) != len(noise):
        E("duplicate noise strings")
    for s in noise:
        if len(s) < 4:
            E("noise shorter than 4 chars: %r" % s)

    # ---- page ----------------------------------------------------------
    ppath = os.path.join(ROOT, fname)
    with open(ppath, "rb") as f:
        raw = f.read()
    text, enc = decode(raw)
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    info.append("%s: %s%s, %d chars" % (fname, enc, " CRLF" if crlf else "", len(text)))

    labelled = gold["titles"] + [h["text"] for h in gold["headings"]] + \
        [p["text"] for p in gold["paragraphs"]]
    nlabelled = [norm(x) for x in labelled]
    for s in noise:
        if s not in text:
            E("noise not on page: %r" % s)
        ns = norm(s)
        for lab, nl in zip(labelled, nlabelled):
            if s in lab or (ns and ns in nl):
                E("noise %r lies inside labelled text %r" % (s, lab[:30]))
                break

    # mask noise
    mask = [False] * len(text)
    for s in sorted(noise, key=len, reverse=True):
        i = text.find(s)
        while i >= 0:
            for k in range(i, i + len(s)):
                mask[k] = True
            i = text.find(s, i + 1)

    # normalised stream with index map back to the page
    stream, where = [], []
    for i, ch in enumerate(text):
        if mask[i]:
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                stream.append(c)
                where.append(i)
    S = "".join(stream)
    used = [False] * len(S)
    spans = {}

    def place(kind, items):
        cur, out = 0, []
        for it in items:
            n = norm(it)
            pos = S.find(n, cur)
            while pos >= 0 and any(used[pos:pos + len(n)]):
                pos = S.find(n, pos + 1)
            if not n or pos < 0:
                E("%s not found in page order: %r" % (kind, it[:40]))
                out.append(None)
                continue
            for k in range(pos, pos + len(n)):
                used[k] = True
            out.append(pos)
            cur = pos + len(n)
        spans[kind] = out

    place("paragraph", [p["text"] for p in gold["paragraphs"]])
    place("title", gold["titles"])
    place("heading", [h["text"] for h in gold["headings"]])

    # title before the body of its speech (single-speech files: before everything)
    tpos = [x for x in spans["title"] if x is not None]
    bpos = [x for x in spans["paragraph"] + spans["heading"] if x is not None]
    if gold["speeches"] == 1 and tpos and bpos and tpos[0] > min(bpos):
        E("title comes after body text")

    # ---- leftovers -------------------------------------------------------
    consumed = [False] * len(text)
    for k, u in enumerate(used):
        if u:
            consumed[where[k]] = True
    bad = 0
    off = 0
    for line in text.split("\n"):
        rest = "".join(ch for j, ch in enumerate(line)
                       if not mask[off + j] and not consumed[off + j] and meaningful(ch))
        off += len(line) + 1
        if not rest:
            continue
        stripped = norm(line)
        kind = None
        if len(rest) < 4:
            kind = "marker"
        else:
            for name, rx in ALLOWED:
                if rx.match(stripped):
                    kind = name
                    break
        if kind:
            info.append("%s: leftover [%s] %s" % (fname, kind, line.strip()))
        else:
            bad += 1
            E("unlabelled leftover line: %r" % line.strip()[:60])

    # ---- per speech ------------------------------------------------------
    paras = gold["paragraphs"]
    if gold["speeches"] == 1:
        han = sum(len(HAN.findall(x["text"])) for x in gold["headings"] + paras)
        info.append("%s: Han chars (headings+paragraphs) = %d" % (fname, han))
        if not 900 <= han <= 1400:
            E("Han count %d outside 900-1400" % han)
        cats = [p["category"] for p in paras]
        for c in CORE:
            if cats.count(c) < 2:
                E("only %d paragraph(s) of %s" % (cats.count(c), c))
        if not cats or cats[0] != "开场":
            E("first paragraph is not 开场")
        if not cats or cats[-1] != "结尾":
            E("last paragraph is not 结尾")
        info.append("%s: categories %s" % (
            fname, ", ".join("%s×%d" % (c, cats.count(c)) for c in CATS if cats.count(c))))
    else:
        E("multi-speech files are not supported by this validator")
    return errs, info


def main():
    names = sys.argv[1:] or sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold"))
                                   if f.endswith(".json"))
    total = []
    for nn in names:
        errs, info = check(nn)
        for x in info:
            print("  " + x)
        for x in errs:
            print("ERROR " + x)
        total += errs
    print("%d files, %d errors" % (len(names), len(total)))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
