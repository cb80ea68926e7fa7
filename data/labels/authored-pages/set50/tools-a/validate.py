#!/usr/bin/python3
"""Check gold/NN.json against the pages NN.* (standard library only).

Usage: python3 tools/validate.py [NN ...]
Exit status 1 if any error.
"""
import glob
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
KEYS = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")
PUNCT_ONLY = re.compile(r"^[\W_]*$")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("**", "")
    return re.sub(r"\s+", "", s)


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gbk"), "gbk"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def strip_markup(line):
    # markdown headings / emphasis, in case a page is markdown
    return re.sub(r"^\s*#{1,6}\s+", "", line)


def check(gold_path):
    errs, infos = [], []
    with open(gold_path, encoding="utf-8") as f:
        g = json.load(f)
    if set(g) != KEYS:
        errs.append("keys %s" % sorted(set(g) ^ KEYS))
        return errs, infos, None
    page_path = os.path.join(ROOT, g["file"])
    if not os.path.exists(page_path):
        return ["page %s missing" % g["file"]], infos, None
    raw = open(page_path, "rb").read()
    text, enc = decode(raw)
    crlf = b"\r\n" in raw
    infos.append("encoding %s%s, %d bytes" % (enc, ", CRLF" if crlf else ", LF", len(raw)))

    if g["speeches"] != len(g["titles"]):
        errs.append("speeches %s != len(titles) %d" % (g["speeches"], len(g["titles"])))
    for h in g["headings"]:
        if set(h) != {"text", "level"}:
            errs.append("heading keys %s" % h)
        if not isinstance(h.get("level"), int) or h["level"] < 1:
            errs.append("bad level: %s" % h)
        if h["text"].rstrip().endswith("。"):
            errs.append("heading ends with 。: %s" % h["text"])
    for p in g["paragraphs"]:
        if set(p) != {"text", "category", "truncated"}:
            errs.append("paragraph keys %s" % p)
        if p.get("category") not in CATS:
            errs.append("bad category %r: %s" % (p.get("category"), p["text"][:20]))
        if not isinstance(p.get("truncated"), bool):
            errs.append("truncated not bool: %s" % p["text"][:20])
        if p["text"] != p["text"].strip():
            errs.append("paragraph has outer whitespace: %s" % p["text"][:20])

    gold_texts = [t for t in g["titles"]] + [h["text"] for h in g["headings"]] + \
                 [p["text"] for p in g["paragraphs"]]
    gold_norm = [norm(t) for t in gold_texts]

    # noise
    seen = set()
    for n in g["noise"]:
        if len(n.strip()) < 4:
            errs.append("noise shorter than 4: %r" % n)
        if n in seen:
            errs.append("noise duplicated: %r" % n)
        seen.add(n)
        if n not in text:
            errs.append("noise not in page: %r" % n)
        nn = norm(n)
        for t in gold_norm:
            if nn and nn in t:
                errs.append("noise %r inside gold text %s" % (n, t[:30]))
                break

    # page with noise removed (longest first), markup stripped, normalised
    clean = text
    for n in sorted(g["noise"], key=len, reverse=True):
        clean = clean.replace(n, "\n")
    lines = [strip_markup(l) for l in clean.splitlines()]
    # normalised string plus, per character, its line number
    S, owner = [], []
    for i, l in enumerate(lines):
        nl = norm(l)
        S.append(nl)
        owner.extend([i] * len(nl))
    S = "".join(S)
    covered = [False] * len(S)

    def find_seq(items, label):
        pos, out = 0, []
        for t in items:
            nt = norm(t)
            k = S.find(nt, pos)
            if k < 0:
                k2 = S.find(nt)
                errs.append("%s %s: %s" % (label, "out of order" if k2 >= 0 else "not in page",
                                            t[:40]))
                out.append(k2)
                continue
            out.append(k)
            pos = k + len(nt)
        return out

    tpos = find_seq(g["titles"], "title")
    hpos = find_seq([h["text"] for h in g["headings"]], "heading")
    ppos = find_seq([p["text"] for p in g["paragraphs"]], "paragraph")

    for t in gold_norm:  # mark every occurrence as covered
        if not t:
            continue
        k = S.find(t)
        while k >= 0:
            for j in range(k, k + len(t)):
                covered[j] = True
            k = S.find(t, k + 1)

    # per-speech checks: assign items to the last title printed before them
    starts = [p for p in tpos if p >= 0]

    def speech_of(pos):
        idx = 0
        for i, s in enumerate(starts):
            if pos >= s:
                idx = i
        return idx

    nsp = max(1, len(starts))
    han = [0] * nsp
    cats = [dict() for _ in range(nsp)]
    for i, t in enumerate(g["titles"]):
        if i < nsp:
            han[i] += len(HAN.findall(t))
    for h, p in zip(g["headings"], hpos):
        han[speech_of(p)] += len(HAN.findall(h["text"]))
    for para, p in zip(g["paragraphs"], ppos):
        s = speech_of(p)
        han[s] += len(HAN.findall(para["text"]))
        cats[s][para["category"]] = cats[s].get(para["category"], 0) + 1
    for i in range(nsp):
        infos.append("speech %d: %d Han chars, categories %s" % (
            i + 1, han[i], " ".join("%s%d" % (c, cats[i][c]) for c in sorted(cats[i]))))
        if not 700 <= han[i] <= 1300:
            errs.append("speech %d: %d Han characters (want 700-1300)" % (i + 1, han[i]))
        for c in CORE:
            if cats[i].get(c, 0) < 2:
                errs.append("speech %d: only %d paragraphs of %s" % (i + 1, cats[i].get(c, 0), c))

    # uncovered text, per line
    left = {}
    for j, c in enumerate(S):
        if not covered[j]:
            left.setdefault(owner[j], []).append(c)
    for i in sorted(left):
        s = "".join(left[i])
        if not PUNCT_ONLY.match(s):
            infos.append("uncovered: %s" % s)
    return errs, infos, g


def main():
    want = sys.argv[1:]
    paths = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
    if want:
        paths = [p for p in paths if os.path.basename(p)[:-5] in want]
    total = 0
    for gp in paths:
        errs, infos, g = check(gp)
        name = os.path.basename(gp)
        print("== %s: %s" % (name, "OK" if not errs else "%d ERROR(S)" % len(errs)))
        for i in infos:
            print("   info:", i)
        for e in errs:
            print("   ERROR:", e)
        total += len(errs)
    print("files %d, errors %d" % (len(paths), total))
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
