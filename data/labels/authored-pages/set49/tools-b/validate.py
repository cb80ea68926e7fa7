#!/usr/bin/python3
"""Check gold/NN.json against NN.txt (standard library only).

Usage: validate.py [dir]   (default: the directory above tools/)
Errors are printed as ERROR and make the exit status 1; uncovered page text is
printed as INFO (it should be only speaker/date/salutation lines and short labels).
"""
import glob
import json
import os
import re
import sys
import unicodedata

CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
KEYS = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
HAN = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("gb18030"), "gb18030"


def strip_markup(line):
    """What the conventions strip: markdown heading marks, bold marks, list bullets."""
    line = re.sub(r"^\s*#{1,6}\s+", "", line)
    line = line.replace("**", "")
    line = re.sub(r"^\s*[-*+]\s+", "", line)
    return line


def check(page_path, gold_path):
    errs, infos = [], []
    name = os.path.basename(page_path)
    with open(page_path, "rb") as f:
        text, enc = decode(f.read())
    with open(gold_path, encoding="utf-8") as f:
        g = json.load(f)
    if set(g) != KEYS:
        errs.append("keys %s" % sorted(set(g) ^ KEYS))
        return errs, infos, enc
    if g["file"] != name:
        errs.append("file field %r" % g["file"])
    if g["speeches"] != len(g["titles"]):
        errs.append("speeches %d != %d titles" % (g["speeches"], len(g["titles"])))
    for h in g["headings"]:
        if not isinstance(h.get("level"), int) or h["level"] < 1:
            errs.append("bad level: %r" % h)
        if h["text"].rstrip().endswith("。"):
            errs.append("heading ends with 。: %s" % h["text"])
    for p in g["paragraphs"]:
        if p.get("category") not in CATS:
            errs.append("bad category: %r" % p.get("category"))
        if not isinstance(p.get("truncated"), bool):
            errs.append("truncated not bool: %s" % p["text"][:20])
    items = [t for t in g["titles"]] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
    for t in items:
        if "**" in t or t.lstrip().startswith("#"):
            errs.append("markup left in gold: %s" % t[:30])
    nitems = [norm(t) for t in items]
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
        for t in nitems:
            if nn and nn in t:
                errs.append("noise %r inside gold item %s" % (n, t[:30]))
    # normalised page: noise removed, markup stripped, NFKC, whitespace removed; keep line index per char
    noise_sorted = sorted(g["noise"], key=len, reverse=True)
    chars, lineno = [], []
    for i, line in enumerate(text.splitlines()):
        for n in noise_sorted:
            line = line.replace(n, "")
        s = norm(strip_markup(line))
        chars.extend(s)
        lineno.extend([i] * len(s))
    page = "".join(chars)
    covered = [False] * len(page)

    def locate(lst, what):
        pos, found = 0, []
        for t in lst:
            nt = norm(t)
            k = page.find(nt, pos)
            if k < 0:
                k2 = page.find(nt)
                errs.append("%s %s: %s" % (what, "out of order" if k2 >= 0 else "not in page", t[:40]))
                found.append(k2)
                continue
            end = k + len(nt)
            if what == "heading" and end < len(page) and page[end] in "。.":
                end += 1  # the run-in head's closing stop, dropped by convention
            for j in range(k, end):
                covered[j] = True
            found.append(k)
            pos = end
        return found

    tpos = locate(g["titles"], "title")
    hpos = locate([h["text"] for h in g["headings"]], "heading")
    ppos = locate([p["text"] for p in g["paragraphs"]], "paragraph")
    # per-speech checks: an item belongs to the last title found before it
    nsp = max(1, len(g["titles"]))
    han = [0] * nsp
    cats = [dict() for _ in range(nsp)]

    def owner(k):
        o = 0
        for i, tp in enumerate(tpos):
            if tp >= 0 and tp <= k:
                o = i
        return o

    for t in g["titles"]:
        han[g["titles"].index(t)] += len(HAN.findall(t))
    for h, k in zip(g["headings"], hpos):
        han[owner(k)] += len(HAN.findall(h["text"]))
    for p, k in zip(g["paragraphs"], ppos):
        o = owner(k)
        han[o] += len(HAN.findall(p["text"]))
        cats[o][p["category"]] = cats[o].get(p["category"], 0) + 1
    for i in range(len(g["titles"])):
        if not 700 <= han[i] <= 1300:
            errs.append("speech %d: %d Han characters" % (i + 1, han[i]))
        for c in CORE:
            if cats[i].get(c, 0) < 2:
                errs.append("speech %d: only %d paragraphs of %s" % (i + 1, cats[i].get(c, 0), c))
        infos.append("speech %d: %d Han chars, categories %s" % (i + 1, han[i], cats[i]))
    # uncovered text, grouped by page line
    lines = text.splitlines()
    rest = {}
    for j, c in enumerate(page):
        if not covered[j]:
            rest.setdefault(lineno[j], []).append(c)
    for ln in sorted(rest):
        infos.append("uncovered line %d: %s" % (ln + 1, "".join(rest[ln])))
    return errs, infos, enc


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    total = 0
    for page in sorted(glob.glob(os.path.join(root, "[0-9][0-9].txt"))):
        gold = os.path.join(root, "gold", os.path.basename(page).replace(".txt", ".json"))
        if not os.path.exists(gold):
            print("ERROR %s: no gold" % os.path.basename(page))
            total += 1
            continue
        errs, infos, enc = check(page, gold)
        print("== %s (%s): %d error(s)" % (os.path.basename(page), enc, len(errs)))
        for e in errs:
            print("  ERROR", e)
        for i in infos:
            print("  INFO ", i)
        total += len(errs)
    print("TOTAL ERRORS: %d" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
