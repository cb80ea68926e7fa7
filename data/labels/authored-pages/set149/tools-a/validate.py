# -*- coding: utf-8 -*-
"""Checks pages 01-05 of set149 (writer a) against their gold labels.

usage: python3 validate.py        prints the problems and "N errors"; exit 1 when N > 0
Checks: strict decoding with the page's declared encoding; gold schema and categories; gold == speeches.py;
every noise string occurs on the page and its norm() occurs in no gold title/heading/paragraph/speaker/salutation;
titles, headings and paragraphs found on the page in order once the noise is removed, and nothing left over
between them (every chrome line is labelled); speech sizes (700-1400 Han, 8-14 paragraphs, >= 4 core);
perfect.json equals the gold.
"""
import json
import os
import re
import sys
import unicodedata

from speeches import PAGES, CATEGORIES, CORE

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GOLD = os.path.join(OUT, "gold")
MARK = re.compile(r"⟦(n|br):([^⟧]*)⟧")

# page -> (codec, BOM bytes, line ends)
ENCODING = {
    "01": ("utf-8", b"\xef\xbb\xbf", "\n"),
    "02": ("utf-8", b"", "\r\n"),
    "03": ("gb18030", b"", "\r\n"),
    "04": ("utf-16-le", b"\xff\xfe", "\r\n"),
    "05": ("utf-8", b"", "\n"),
}

errors = []


def err(nn, msg):
    errors.append("%s: %s" % (nn, msg))


def norm(s):
    """The scorer's norm(): NFKC, keep letters, digits, × and * (Simplified text: no opencc step needed)."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def clean(t):
    return MARK.sub("", t)


def decode(nn):
    codec, bom, eol = ENCODING[nn]
    data = open(os.path.join(OUT, nn + ".txt"), "rb").read()
    if bom and not data.startswith(bom):
        err(nn, "missing BOM")
    if not bom and (data.startswith(b"\xef\xbb\xbf") or data.startswith(b"\xff\xfe")):
        err(nn, "unexpected BOM")
    body = data[len(bom):] if bom else data
    try:
        txt = body.decode(codec, errors="strict")
    except UnicodeDecodeError as e:
        err(nn, "strict decoding failed: %s" % e)
        return ""
    if codec == "gb18030":
        try:
            body.decode("utf-8")
            err(nn, "GB18030 page also decodes as UTF-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass
    if eol == "\r\n":
        if re.search(r"(?<!\r)\n", txt):
            err(nn, "bare LF in a CRLF page")
    elif "\r" in txt:
        err(nn, "CR in an LF page")
    return txt


def find_seq(hay, items, nn, what, check_gaps=False):
    """Find each norm(item) in hay, in order. Optionally report non-empty gaps (unlabelled leftovers)."""
    pos = 0
    for label, it in items:
        t = norm(it)
        if not t:
            continue
        k = hay.find(t, pos)
        if k < 0:
            err(nn, "%s not found in order: %s「%s」" % (what, label, it[:40]))
            continue
        if check_gaps and k > pos:
            err(nn, "unlabelled text before %s「%s」: 「%s」" % (label, it[:20], hay[pos:k][:80]))
        pos = k + len(t)
    if check_gaps and pos < len(hay):
        err(nn, "unlabelled text at the end: 「%s」" % hay[pos:][:80])


def main():
    for nn, sps in sorted(PAGES.items()):
        txt = decode(nn)
        try:
            g = json.load(open(os.path.join(GOLD, nn + ".json"), encoding="utf-8"))
        except Exception as e:  # noqa
            err(nn, "gold unreadable: %s" % e)
            continue
        # schema
        for k in ("file", "speeches", "titles", "headings", "paragraphs", "noise"):
            if k not in g:
                err(nn, "gold lacks %s" % k)
        if g.get("file") != nn + ".txt":
            err(nn, "gold file name %r" % g.get("file"))
        if g["speeches"] != len(g["titles"]) or g["speeches"] != len(sps):
            err(nn, "speech count mismatch")
        for h in g["headings"]:
            if h.get("level") not in (1, 2, 3) or not h.get("text"):
                err(nn, "bad heading %r" % h)
        for p in g["paragraphs"]:
            if p.get("category") not in CATEGORIES:
                err(nn, "bad category %r" % p.get("category"))
            if "truncated" in p and p["truncated"] is not True:
                err(nn, "truncated must be true or absent")
        # gold == speeches.py
        exp_h = [{"text": clean(b[2]), "level": b[1]} for s in sps for b in s["blocks"] if b[0] == "h"]
        exp_p = [(clean(b[2]), b[1], bool(len(b) > 3 and b[3])) for s in sps for b in s["blocks"] if b[0] == "p"]
        got_p = [(p["text"], p["category"], bool(p.get("truncated"))) for p in g["paragraphs"]]
        if exp_h != g["headings"] or exp_p != got_p or [s["title"] for s in sps] != g["titles"]:
            err(nn, "gold differs from speeches.py")
        # sizes
        for s in sps:
            paras = [b for b in s["blocks"] if b[0] == "p"]
            n_han = han(s["title"]) + sum(han(clean(b[2])) for b in s["blocks"])
            core = sum(1 for b in paras if b[1] in CORE)
            if not 700 <= n_han <= 1400:
                err(nn, "speech「%s」has %d Han characters" % (s["title"], n_han))
            if not 8 <= len(paras) <= 14:
                err(nn, "speech「%s」has %d paragraphs" % (s["title"], len(paras)))
            if core < 4:
                err(nn, "speech「%s」has %d core paragraphs" % (s["title"], core))
            if len(s["blocks"]) and s["blocks"][-1][0] == "h":
                err(nn, "speech ends with a heading")
        if not txt:
            continue
        # noise: on the page, and not inside any gold text
        golds = list(g["titles"]) + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
        golds += [x for s in sps for x in s["pre"] + [s["salute"]]]
        ngolds = [norm(x) for x in golds]
        for n in g["noise"]:
            if n not in txt:
                err(nn, "noise not on the page: %r" % n)
            t = norm(n)
            if len(t) >= 2:
                for x, nx in zip(golds, ngolds):
                    if t in nx:
                        err(nn, "noise「%s」inside gold text「%s」" % (n, x[:30]))
        # strip the noise (longest first), then everything labelled must appear in order with no leftovers
        rest = txt
        for n in sorted(set(g["noise"]), key=len, reverse=True):
            rest = rest.replace(n, "\n")
        hay = norm(rest)
        find_seq(hay, [("title", t) for t in g["titles"]], nn, "title")
        find_seq(hay, [("heading", h["text"]) for h in g["headings"]], nn, "heading")
        find_seq(hay, [("paragraph", p["text"]) for p in g["paragraphs"]], nn, "paragraph")
        seq = []
        for s in sps:
            seq.append(("title", s["title"]))
            seq += [("speaker/date", x) for x in s["pre"]]
            seq.append(("salutation", s["salute"]))
            seq += [("heading" if b[0] == "h" else "paragraph", clean(b[2])) for b in s["blocks"]]
        find_seq(hay, seq, nn, "block", check_gaps=True)
        # the raw page must really contain what the traps promise
        for s in sps:
            for b in s["blocks"]:
                for kind, val in MARK.findall(b[2]):
                    if val not in g["noise"]:
                        err(nn, "injected span %r not in noise" % val)
    # perfect.json == gold
    try:
        perf = json.load(open(os.path.join(HERE, "perfect.json"), encoding="utf-8"))
        docs = {d["file"]: d for d in perf["documents"]}
        for nn in PAGES:
            g = json.load(open(os.path.join(GOLD, nn + ".json"), encoding="utf-8"))
            d = docs.get(nn + ".txt")
            if not d:
                err(nn, "missing from perfect.json")
                continue
            bl = [b for s in d["speeches"] for b in s["blocks"]]
            if len(d["speeches"]) != g["speeches"]:
                err(nn, "perfect.json speech count")
            if [{"text": b["text"], "level": b["level"]} for b in bl if b["kind"] == "heading"] != g["headings"]:
                err(nn, "perfect.json headings differ")
            if [(b["text"], b["category"]) for b in bl if b["kind"] == "paragraph"] != \
                    [(p["text"], p["category"]) for p in g["paragraphs"]]:
                err(nn, "perfect.json paragraphs differ")
    except FileNotFoundError:
        err("--", "perfect.json missing (run gen.py)")
    for e in errors:
        print(e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
