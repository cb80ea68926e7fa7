#!/usr/bin/python3
"""Checks gold/NN.json against the pages NN.* (standard library only).

Usage: validate.py [dir]   (default: the parent of this tools/ directory)
Exit status 1 if any ERROR was printed.
"""
import json
import os
import re
import sys
import unicodedata

CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
KEYS = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
# per-file exception: (min Han, max Han, min paragraphs of each core category)
LIMITS = {"02.txt": (400, 600, 1)}
DEFAULT = (700, 1300, 2)
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")
PUNCT_ONLY = re.compile(r"^[\W_]*$")

errors = 0


def err(f, msg):
    global errors
    errors += 1
    print("ERROR %s: %s" % (f, msg))


def decode(raw):
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16le+bom"
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be"), "utf-16be+bom"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8+bom"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030/gbk"


def strip_md(line):
    """Markup that is not text: markdown bold marks and ATX heading marks."""
    line = line.replace("**", "")
    return re.sub(r"^\s*#{1,6}\s+", "", line)


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", strip_md(s)))


def han(s):
    return len(HAN.findall(s))


def check(d, name):
    gpath = os.path.join(d, "gold", name.split(".")[0] + ".json")
    try:
        with open(gpath, encoding="utf-8") as fh:
            g = json.load(fh)
    except Exception as e:  # noqa
        err(name, "cannot read gold: %s" % e)
        return
    if set(g) != KEYS:
        err(name, "gold keys %s" % sorted(g))
        return
    if g["file"] != name:
        err(name, "gold file field %r" % g["file"])
    titles, heads, paras, noise = g["titles"], g["headings"], g["paragraphs"], g["noise"]
    if g["speeches"] != len(titles) or not titles:
        err(name, "speeches=%s but %d titles" % (g["speeches"], len(titles)))
    for h in heads:
        if set(h) != {"text", "level"}:
            err(name, "heading keys %s" % sorted(h))
        if not isinstance(h.get("level"), int) or h["level"] < 1:
            err(name, "bad level in %r" % h)
        if h["text"].rstrip().endswith("。"):
            err(name, "heading ends with 。: %s" % h["text"])
    for p in paras:
        if set(p) != {"text", "category", "truncated"}:
            err(name, "paragraph keys %s" % sorted(p))
        if p.get("category") not in CATS:
            err(name, "bad category %r" % p.get("category"))
        if not isinstance(p.get("truncated"), bool):
            err(name, "truncated not bool: %r" % p["text"][:20])

    with open(os.path.join(d, name), "rb") as fh:
        raw = fh.read()
    text, enc = decode(raw)
    crlf = "CRLF" if "\r\n" in text else "LF"
    lines = text.splitlines()

    gold_items = [t for t in titles] + [h["text"] for h in heads] + [p["text"] for p in paras]
    gold_norm = [norm(x) for x in gold_items]

    # noise checks
    if len(set(noise)) != len(noise):
        err(name, "duplicate noise strings")
    for n in noise:
        if len(n.strip()) < 4:
            err(name, "noise shorter than 4: %r" % n)
        if n != n.strip():
            err(name, "noise not stripped: %r" % n)
        if n not in text:
            err(name, "noise not in page: %r" % n)
        nn = norm(n)
        for gi in gold_norm:
            if nn and nn in gi:
                err(name, "noise %r inside gold item %r" % (n, gi[:30]))
                break

    # normalised page with char -> line map
    chars, line_of = [], []
    for i, ln in enumerate(lines):
        for c in norm(ln):
            chars.append(c)
            line_of.append(i)
    page = "".join(chars)
    covered = [False] * len(page)
    for n in noise:
        nn = norm(n)
        if not nn:
            continue
        start = page.find(nn)
        while start >= 0:
            for k in range(start, start + len(nn)):
                covered[k] = True
            start = page.find(nn, start + 1)
    # residual page: what noise leaves
    idx = [k for k in range(len(page)) if not covered[k]]
    resid = "".join(page[k] for k in idx)

    def locate(items, label):
        pos, cur = [], 0
        for it in items:
            t = norm(it)
            j = resid.find(t, cur)
            if not t or j < 0:
                err(name, "%s not found in order: %s" % (label, it[:40]))
                pos.append(None)
                continue
            for k in range(j, j + len(t)):
                covered[idx[k]] = True
            pos.append(j)
            cur = j + len(t)
        return pos

    tpos = locate(titles, "title")
    hpos = locate([h["text"] for h in heads], "heading")
    ppos = locate([p["text"] for p in paras], "paragraph")

    # assign headings/paragraphs to speeches by page position
    sp = [{"han": han(t), "cats": {}, "np": 0, "levels": []} for t in titles]
    good_t = [(p, i) for i, p in enumerate(tpos) if p is not None]

    def owner(p):
        o = None
        for tp, i in good_t:
            if tp <= p:
                o = i
        return o

    for h, p in zip(heads, hpos):
        if p is None:
            continue
        o = owner(p)
        if o is None:
            err(name, "heading before first title: %s" % h["text"])
            continue
        sp[o]["han"] += han(h["text"])
        sp[o]["levels"].append(h["level"])
    for q, p in zip(paras, ppos):
        if p is None:
            continue
        o = owner(p)
        if o is None:
            err(name, "paragraph before first title: %s" % q["text"][:20])
            continue
        sp[o]["han"] += han(q["text"])
        sp[o]["np"] += 1
        sp[o]["cats"][q["category"]] = sp[o]["cats"].get(q["category"], 0) + 1
    lo, hi, mincore = LIMITS.get(name, DEFAULT)
    for i, s in enumerate(sp):
        if not lo <= s["han"] <= hi:
            err(name, "speech %d has %d Han chars (want %d-%d)" % (i + 1, s["han"], lo, hi))
        for c in CORE:
            if s["cats"].get(c, 0) < mincore:
                err(name, "speech %d has %d paragraphs of %s (want >= %d)" % (i + 1, s["cats"].get(c, 0), c, mincore))
        lv = s["levels"]
        if lv and lv[0] != 1:
            err(name, "speech %d outline does not start at level 1" % (i + 1))
        for a, b in zip(lv, lv[1:]):
            if b > a + 1:
                err(name, "speech %d outline jumps from level %d to %d" % (i + 1, a, b))
        print("  %s speech %d: %d Han, %d paragraphs, %d headings (max level %s), cats %s" % (
            name, i + 1, s["han"], s["np"], len(lv), max(lv) if lv else "-",
            " ".join("%s:%d" % kv for kv in sorted(s["cats"].items()))))
    ntr = sum(p["truncated"] for p in paras)
    print("  %s: %s %s, %d speeches, %d headings, %d paragraphs (%d truncated), %d noise" % (
        name, enc, crlf, len(titles), len(heads), len(paras), ntr, len(noise)))

    # info: text covered by neither gold nor noise
    left = {}
    for k, c in enumerate(page):
        if not covered[k]:
            left.setdefault(line_of[k], []).append(c)
    for ln in sorted(left):
        s = "".join(left[ln])
        if PUNCT_ONLY.match(s):
            continue
        print("  INFO %s line %d uncovered: %s" % (name, ln + 1, s))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    names = sorted(f for f in os.listdir(d)
                   if re.match(r"^\d\d\.\w+$", f) and os.path.isfile(os.path.join(d, f)))
    golds = sorted(f for f in os.listdir(os.path.join(d, "gold")) if f.endswith(".json"))
    for gf in golds:
        if not any(n.split(".")[0] == gf[:-5] for n in names):
            err(gf, "gold without page")
    for n in names:
        check(d, n)
    print("%d error(s) in %d file(s)" % (errors, len(names)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
