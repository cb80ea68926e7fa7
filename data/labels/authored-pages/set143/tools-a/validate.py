# -*- coding: utf-8 -*-
"""Check pages 01-05 and their gold against the brief's rules.   usage: python3 validate.py   (prints N errors)"""
import json
import os
import re
import unicodedata

from speeches import PAGES, CATEGORIES, CORE
import gen

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
errors = []


def err(nn, msg):
    errors.append(f"{nn}: {msg}")


def norm(s):
    """Python twin of score-mining.mjs norm(): NFKC, keep letters (incl. Han), digits, × and *.
    (No Traditional->Simplified folding is needed: all five pages are Simplified.)"""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def nows(s):
    return "".join(c for c in s if not c.isspace())


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


for nn, spec in PAGES.items():
    path = os.path.join(OUTDIR, f"{nn}.txt")
    gpath = os.path.join(OUTDIR, "gold", f"{nn}.json")
    if not (os.path.exists(path) and os.path.exists(gpath)):
        err(nn, "page or gold missing (run gen.py)")
        continue
    data = open(path, "rb").read()
    gold = json.load(open(gpath, encoding="utf-8"))
    # generated files are current
    d2, g2 = gen.build(nn, spec)
    if d2 != data or g2 != gold:
        err(nn, "files differ from speeches.py (re-run gen.py)")
    # encoding
    enc = spec["encoding"]
    if spec.get("bom"):
        if not data.startswith(b"\xef\xbb\xbf"):
            err(nn, "BOM expected")
        data = data[3:]
    elif data.startswith(b"\xef\xbb\xbf"):
        err(nn, "unexpected BOM")
    try:
        text = data.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        err(nn, f"does not decode as {enc}: {e}")
        continue
    if enc.lower() != "utf-8":
        try:
            data.decode("utf-8")
            err(nn, f"{enc} page also decodes as UTF-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass
    # line ends
    crlf = text.count("\r\n")
    bare_lf = text.count("\n") - crlf
    bare_cr = text.count("\r") - crlf
    eols = {spec["eol"], spec.get("body_eol") or spec["eol"]}
    if bare_cr:
        err(nn, "bare CR")
    if "\r\n" not in eols and crlf:
        err(nn, "unexpected CRLF")
    if "\n" not in eols and bare_lf:
        err(nn, "unexpected bare LF")
    if "\r\n" in eols and not crlf:
        err(nn, "CRLF expected")
    # gold shape
    if gold.get("file") != f"{nn}.txt":
        err(nn, "gold file name")
    if gold["speeches"] != len(gold["titles"]):
        err(nn, "speech count != titles")
    if gold["speeches"] != 1:
        err(nn, "each page carries one speech")
    paras = gold["paragraphs"]
    if not 8 <= len(paras) <= 14:
        err(nn, f"{len(paras)} paragraphs (want 8-14)")
    for p in paras:
        if p["category"] not in CATEGORIES:
            err(nn, f"bad category {p['category']}")
        if not isinstance(p.get("truncated"), bool):
            err(nn, "truncated must be bool")
    ncore = sum(p["category"] in CORE for p in paras)
    if ncore < 4:
        err(nn, f"only {ncore} core paragraphs")
    if paras[0]["category"] != "开场" or paras[-1]["category"] != "结尾":
        err(nn, "first paragraph should be 开场, last 结尾")
    for h in gold["headings"]:
        if h["level"] not in (1, 2, 3):
            err(nn, f"bad heading level {h}")
    nhan = han("".join(gold["titles"]) + "".join(h["text"] for h in gold["headings"]) + "".join(p["text"] for p in paras))
    if not 700 <= nhan <= 1400:
        err(nn, f"{nhan} Han characters (want 700-1400)")
    # every gold text occurs in the page once noise is removed and whitespace ignored
    cleaned = text
    for n in sorted(gold["noise"], key=len, reverse=True):
        if n not in text:
            err(nn, f"noise not on page: {n!r}")
        cleaned = cleaned.replace(n, "")
    flat = nows(cleaned)
    golds = [("title", t) for t in gold["titles"]] + [("heading", h["text"]) for h in gold["headings"]] + \
            [("paragraph", p["text"]) for p in paras]
    pos = 0
    for kind, t in golds:
        if nows(t) not in flat:
            err(nn, f"{kind} not found on page: {t[:30]!r}")
    for p in paras:  # paragraphs in page order
        i = flat.find(nows(p["text"]), pos)
        if i < 0:
            err(nn, f"paragraph out of order: {p['text'][:20]!r}")
        else:
            pos = i + 1
    # noise: measurable, and never inside gold text after norm()
    gnorm = [norm(t) for _, t in golds]
    for n in gold["noise"]:
        nn_ = norm(n)
        if len(nn_) < 2:
            err(nn, f"noise too short after norm (scorer skips it): {n!r}")
        for g in gnorm:
            if nn_ and nn_ in g:
                err(nn, f"noise occurs inside gold text: {n!r}")
    # injected noise really sits inside a paragraph on the page
    print(f"{nn}: {enc}{' +BOM' if spec.get('bom') else ''} eol={spec['eol']!r}/{(spec.get('body_eol') or spec['eol'])!r} "
          f"paragraphs={len(paras)} core={ncore} headings={len(gold['headings'])} noise={len(gold['noise'])} han={nhan}")

print(f"{len(errors)} errors")
for e in errors:
    print("  " + e)
