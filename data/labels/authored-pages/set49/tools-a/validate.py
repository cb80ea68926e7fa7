#!/usr/bin/python3
"""Check gold/NN.json against NN.txt (standard library only).

Usage: validate.py [DIR]   (DIR defaults to the parent of tools/)
Exit status 1 if any error.
"""
import json
import os
import re
import sys
import unicodedata

CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
KEYS = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
HAN = re.compile(r"[\u4e00-\u9fff]")


def decode(b):
    if b.startswith(b"\xff\xfe"):
        return b[2:].decode("utf-16-le"), "UTF-16LE+BOM"
    if b.startswith(b"\xfe\xff"):
        return b[2:].decode("utf-16-be"), "UTF-16BE+BOM"
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8"), "UTF-8+BOM"
    try:
        return b.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return b.decode("gb18030"), "GB18030/GBK"


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def strip_markup(line):
    line = re.sub(r"^\s*#{1,6}\s+", "", line)
    return line.replace("**", "")


def check(d, num):
    errs, infos = [], []
    txt = os.path.join(d, f"{num}.txt")
    gj = os.path.join(d, "gold", f"{num}.json")
    raw = open(txt, "rb").read()
    text, enc = decode(raw)
    crlf = b"\r\n" in raw or "\r\n" in text
    g = json.load(open(gj, encoding="utf-8"))
    if set(g) != KEYS:
        errs.append(f"keys {sorted(g)}")
        return errs, infos
    if g["file"] != f"{num}.txt":
        errs.append(f"file key {g['file']}")
    if g["speeches"] != len(g["titles"]) or not g["titles"]:
        errs.append("speeches != len(titles)")
    for h in g["headings"]:
        if not isinstance(h.get("level"), int) or h["level"] < 1:
            errs.append(f"bad level {h}")
        if h["text"].rstrip().endswith("。"):
            errs.append(f"heading ends with 。: {h['text']}")
    for p in g["paragraphs"]:
        if p.get("category") not in CATS:
            errs.append(f"bad category {p.get('category')}: {p['text'][:20]}")
        if not isinstance(p.get("truncated"), bool):
            errs.append(f"truncated not bool: {p['text'][:20]}")
    golds = ([norm(t) for t in g["titles"]] + [norm(h["text"]) for h in g["headings"]]
             + [norm(p["text"]) for p in g["paragraphs"]])
    # noise
    if len(set(g["noise"])) != len(g["noise"]):
        errs.append("duplicate noise strings")
    for s in g["noise"]:
        if len(s) < 4:
            errs.append(f"noise < 4 chars: {s!r}")
        if s not in text:
            errs.append(f"noise not in page: {s!r}")
        ns = norm(s)
        for gs in golds:
            if ns and ns in gs:
                errs.append(f"noise {s!r} inside gold {gs[:20]}…")
                break
    # normalised page with per-char line numbers
    lines = text.splitlines()
    chars, lnos = [], []
    for i, line in enumerate(lines):
        n = norm(strip_markup(line))
        chars.append(n)
        lnos.extend([i] * len(n))
    page = "".join(chars)
    # delete noise (longest first)
    for ns in sorted({norm(s) for s in g["noise"]}, key=len, reverse=True):
        if not ns:
            continue
        while True:
            k = page.find(ns)
            if k < 0:
                break
            page = page[:k] + page[k + len(ns):]
            del lnos[k:k + len(ns)]
    covered = [False] * len(page)

    def locate(items, label):
        pos, cur = [], 0
        for s in items:
            ns = norm(s)
            k = page.find(ns, cur)
            if k < 0 or not ns:
                where = page.find(ns)
                errs.append(f"{label} {'out of order' if where >= 0 else 'not in page'}: {s[:30]}…")
                pos.append(None)
                continue
            pos.append(k)
            for j in range(k, k + len(ns)):
                covered[j] = True
            cur = k + len(ns)
        return pos

    tpos = locate(g["titles"], "title")
    hpos = locate([h["text"] for h in g["headings"]], "heading")
    ppos = locate([p["text"] for p in g["paragraphs"]], "paragraph")
    # the 。 that closes a run-in heading belongs to the heading line, not to noise
    for h, k in zip(g["headings"], hpos):
        if k is not None:
            e = k + len(norm(h["text"]))
            if e < len(page) and page[e] in "。." and not covered[e]:
                covered[e] = True
    # per-speech checks
    if all(t is not None for t in tpos):
        nsp = len(tpos)
        han = [len(HAN.findall(t)) for t in g["titles"]]
        cats = [dict() for _ in range(nsp)]

        def which(k):
            idx = -1
            for i, t in enumerate(tpos):
                if t <= k:
                    idx = i
            return idx

        for h, k in zip(g["headings"], hpos):
            if k is None:
                continue
            i = which(k)
            if i < 0:
                errs.append(f"heading before first title: {h['text']}")
                continue
            han[i] += len(HAN.findall(h["text"]))
        for p, k in zip(g["paragraphs"], ppos):
            if k is None:
                continue
            i = which(k)
            if i < 0:
                errs.append(f"paragraph before first title: {p['text'][:20]}")
                continue
            han[i] += len(HAN.findall(p["text"]))
            cats[i][p["category"]] = cats[i].get(p["category"], 0) + 1
        for i in range(nsp):
            if not 700 <= han[i] <= 1300:
                errs.append(f"speech {i + 1}: {han[i]} Han chars (want 700-1300)")
            for c in CORE:
                if cats[i].get(c, 0) < 2:
                    errs.append(f"speech {i + 1}: only {cats[i].get(c, 0)} {c}")
            infos.append(f"speech {i + 1}: {han[i]} Han, {len(cats[i])} categories")
    # uncovered text, by line
    runs = {}
    for j, c in enumerate(page):
        if not covered[j]:
            runs.setdefault(lnos[j], []).append(c)
    for ln in sorted(runs):
        infos.append(f"uncovered line {ln + 1}: {''.join(runs[ln])}")
    head = f"{num}.txt [{enc}{', CRLF' if crlf else ''}] speeches={g['speeches']} headings={len(g['headings'])} " \
           f"paragraphs={len(g['paragraphs'])} noise={len(g['noise'])}"
    return errs, [head] + infos


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    nums = sorted(f[:-4] for f in os.listdir(d) if re.fullmatch(r"\d\d\.txt", f))
    total = 0
    for num in nums:
        errs, infos = check(d, num)
        print(infos[0])
        for i in infos[1:]:
            print("  info:", i)
        for e in errs:
            print("  ERROR:", e)
        total += len(errs)
    print(f"{len(nums)} files, {total} errors")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
