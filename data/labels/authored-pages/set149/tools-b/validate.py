# -*- coding: utf-8 -*-
"""Checks writer b's pages 06-10 against their gold labels.

usage: python3 validate.py      prints every problem; exit 0 when there are none
Checks: strict decoding with the declared encoding/BOM/line ends; gold file equals what
speeches.py says; every gold title/heading/paragraph (and the unlabelled speaker, date and
salutation lines) is found on the page in order once the noise strings are removed, with
nothing but whitespace and punctuation left between them (so every chrome string is listed
in noise); every noise string occurs on the page; no noise string (after the scorer's norm)
occurs inside any gold title/heading/paragraph/speaker/salutation text; categories valid;
>= 4 core paragraphs, 8-14 paragraphs and 700-1,400 Han characters per speech.
"""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import SPEECHES, CATEGORIES, CORE  # noqa: E402
import gen  # noqa: E402

errors = []


def err(page, msg):
    errors.append(f"{page}: {msg}")


def norm(s):
    """The scorer's norm(): NFKC, keep letters, digits, × and *."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def squeeze(s):
    return re.sub(r"[\s\u3000\u00a0\ufeff\u200b]+", "", s)


def is_punct_only(s):
    return all(unicodedata.category(c)[0] in "PSZ" for c in s)


def han(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def check_page(page):
    enc, bom, nl = gen.PAGE_SPECS[page]
    raw = open(os.path.join(OUT, page + ".txt"), "rb").read()
    if bom and not raw.startswith(bom):
        err(page, "missing BOM")
    if not bom and (raw.startswith(b"\xef\xbb\xbf") or raw[:2] in (b"\xff\xfe", b"\xfe\xff")):
        err(page, "unexpected BOM")
    try:
        text = raw[len(bom):].decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        err(page, f"does not decode as {enc}: {e}")
        return
    if nl == "\r\n":
        if re.search(r"(?<!\r)\n", text):
            err(page, "bare LF in a CRLF page")
    elif "\r" in text:
        err(page, "CR in an LF page")
    text = text.replace("\r\n", "\n")
    if enc != "utf-8":
        try:                             # a GB18030 page must not also be valid UTF-8 by accident
            raw.decode("utf-8")
            if enc == "gb18030":
                err(page, "GB18030 page is valid UTF-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass

    gold = json.load(open(os.path.join(OUT, "gold", page + ".json"), encoding="utf-8"))
    expect_text, expect_gold, keys = gen.build(page)
    if gold != expect_gold:
        err(page, "gold/%s.json differs from what speeches.py and gen.py produce (rerun gen.py)" % page)
    if expect_text != text:
        err(page, "page text differs from what gen.py produces (rerun gen.py)")
    for k in ("file", "speeches", "titles", "headings", "paragraphs", "noise"):
        if k not in gold:
            err(page, f"gold lacks {k}")
    if gold.get("file") != page + ".txt":
        err(page, "gold file name wrong")
    if gold.get("speeches") != len(gold.get("titles", [])) or gold.get("speeches") != len(keys):
        err(page, "speech count does not match titles")
    for p in gold["paragraphs"]:
        if p.get("category") not in CATEGORIES:
            err(page, f"bad category {p.get('category')}")
        if p.get("truncated") not in (True, False):
            err(page, "truncated must be a boolean")
    for h in gold["headings"]:
        if h.get("level") not in (1, 2, 3):
            err(page, f"bad heading level {h}")

    # per-speech sizes
    for k in keys:
        sp = SPEECHES[k]
        paras = [b for b in sp["blocks"] if b[0] == "p"]
        body = "".join(gen.strip_spans(b[2]) for b in sp["blocks"])
        n_core = sum(1 for b in paras if b[1] in CORE)
        if n_core < 4:
            err(page, f"speech {k}: only {n_core} core paragraphs")
        if not 8 <= len(paras) <= 14:
            err(page, f"speech {k}: {len(paras)} paragraphs (want 8-14)")
        if not 700 <= han(body) <= 1400:
            err(page, f"speech {k}: {han(body)} Han characters in headings+paragraphs (want 700-1400)")

    # noise occurs on the page, and never inside gold text
    labelled = list(gold["titles"]) + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]
    for k in keys:
        labelled += SPEECHES[k]["byline"] + [SPEECHES[k]["salutation"]]
    normed = [norm(t) for t in labelled]
    for n in gold["noise"]:
        if not n or n not in text:
            err(page, f"noise string not on page: {n!r}")
        t = norm(n)
        if len(t) < 2:
            err(page, f"noise string too short for the scorer: {n!r}")
            continue
        for g in normed:
            if t in g:
                err(page, f"noise {n!r} occurs inside gold text {g[:30]}…")

    # in-order coverage with noise removed
    clean = text
    for n in sorted(set(gold["noise"]), key=len, reverse=True):
        clean = clean.replace(n, "")
    s = squeeze(clean)
    pos = 0
    seq = [it for k in keys for it in gen.speech_sequence(SPEECHES[k])]
    # the sequence must agree with the gold lists
    if [it[1] for it in seq if it[0] == "title"] != gold["titles"] or \
       [it[1] for it in seq if it[0] == "heading"] != [h["text"] for h in gold["headings"]] or \
       [it[1] for it in seq if it[0] == "paragraph"] != [p["text"] for p in gold["paragraphs"]]:
        err(page, "gold lists are not in speech order")
    for it in seq:
        t = squeeze(it[1])
        i = s.find(t, pos)
        if i < 0:
            err(page, f"{it[0]} not found in order: {it[1][:40]}")
            continue
        gap = s[pos:i]
        if not is_punct_only(gap):
            err(page, f"unlisted text before {it[0]} {it[1][:20]!r}: {gap[:60]!r}")
        if s.find(t, i + 1) >= 0 and it[0] != "unlabelled":
            err(page, f"{it[0]} occurs twice: {it[1][:30]}")
        pos = i + len(t)
    if not is_punct_only(s[pos:]):
        err(page, f"unlisted text after the last speech: {s[pos:pos + 60]!r}")
    return gold


def main():
    total = {}
    for page in gen.PAGES:
        g = check_page(page)
        if g:
            total[page] = (g["speeches"], len(g["paragraphs"]), len(g["headings"]), len(g["noise"]))
    for e in errors:
        print("ERROR", e)
    for page, (s, p, h, n) in total.items():
        print(f"{page}: speeches {s}, paragraphs {p}, headings {h}, noise {n}")
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
