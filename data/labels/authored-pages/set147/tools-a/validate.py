# -*- coding: utf-8 -*-
"""Checks pages 01-05 and gold/01-05.json of set147 (writer a). Prints errors; exit 1 if any.

Checks:
 - strict decoding with the declared encoding (and the BOM is present exactly when declared; line ends as declared;
   a non-UTF-8 page must not decode as UTF-8)
 - gold shape: keys, file name, speeches == number of titles, categories valid, heading levels 1-3, truncated bool
 - gold agrees with speeches.py (texts, categories, levels, order)
 - after norm() (NFKC, keep letters/digits/Han/×*) and removing every noise string from the page, the page is
   exactly the speech blocks in document order: title, headings, paragraphs and the unlabelled speaker/date/
   salutation lines, with nothing left over (so every chrome string is listed in noise)
 - no noise string (norm length >= 1) occurs inside any gold title, heading, paragraph or unlabelled line
 - per speech: 700-1400 Han characters (headings + paragraphs), 8-14 paragraphs, >= 4 core paragraphs
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import CATEGORIES, CORE, PAGES, SPEECHES  # noqa: E402


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*"
                   or "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
errors = []


def err(nn, msg):
    errors.append(f"{nn}: {msg}")


for nn, meta in PAGES.items():
    raw = open(os.path.join(OUT, f"{nn}.txt"), "rb").read()
    bom = meta["bom"]
    if bom and not raw.startswith(bom):
        err(nn, "BOM missing")
    if not bom and (raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff")):
        err(nn, "unexpected BOM")
    try:
        text = raw[len(bom):].decode(meta["encoding"], errors="strict")
    except UnicodeDecodeError as e:
        err(nn, f"strict decode failed: {e}")
        continue
    if meta["encoding"] not in ("utf-8",) and not meta["encoding"].startswith("utf-16"):
        try:
            raw.decode("utf-8")
            err(nn, "non-UTF-8 page also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    if "\ufffd" in text:
        err(nn, "replacement character in page")
    if meta["newline"] == "\r\n":
        if text.count("\n") != text.count("\r\n"):
            err(nn, "mixed line ends (expected CRLF)")
    elif "\r" in text:
        err(nn, "CR in LF page")

    g = json.load(open(os.path.join(OUT, "gold", f"{nn}.json"), encoding="utf-8"))
    if set(g) != {"file", "speeches", "titles", "headings", "paragraphs", "noise"}:
        err(nn, f"gold keys {sorted(g)}")
    if g["file"] != f"{nn}.txt":
        err(nn, "gold file name")
    if g["speeches"] != len(g["titles"]) or g["speeches"] != len(SPEECHES[nn]):
        err(nn, "speech count")
    for h in g["headings"]:
        if h.get("level") not in (1, 2, 3) or not h.get("text"):
            err(nn, f"bad heading {h}")
    for p in g["paragraphs"]:
        if p.get("category") not in CATEGORIES:
            err(nn, f"bad category {p}")
        if "truncated" in p and p["truncated"] is not True:
            err(nn, "truncated must be true when present")

    # gold vs source of truth
    seq = [b for sp in SPEECHES[nn] for b in sp]
    if g["titles"] != [b[1] for b in seq if b[0] == "title"]:
        err(nn, "titles differ from speeches.py")
    if [(h["level"], h["text"]) for h in g["headings"]] != [(b[1], b[2]) for b in seq if b[0] == "h"]:
        err(nn, "headings differ from speeches.py")
    if [(p["category"], p["text"]) for p in g["paragraphs"]] != [(b[1], b[2]) for b in seq if b[0] == "p"]:
        err(nn, "paragraphs differ from speeches.py")

    # no noise inside gold text
    gold_texts = [b[-1] for b in seq]
    gold_norm = [norm(t) for t in gold_texts]
    for n in g["noise"]:
        nn_ = norm(n)
        if not nn_:
            continue
        for t, tn in zip(gold_texts, gold_norm):
            if nn_ in tn:
                err(nn, f"noise {n!r} occurs inside gold {t[:20]!r}")

    # page == speech blocks in order once noise is removed
    page = norm(text)
    for n in sorted((norm(x) for x in g["noise"]), key=len, reverse=True):
        if n:
            page = page.replace(n, "")
    pos = 0
    for b in seq:
        t = norm(b[-1])
        i = page.find(t, pos)
        if i < 0:
            err(nn, f"not found in order: {b[-1][:30]!r}")
            continue
        if i != pos:
            err(nn, f"unlisted text before {b[-1][:15]!r}: {page[pos:i][:60]!r}")
        pos = i + len(t)
    if page[pos:]:
        err(nn, f"unlisted text after the speech: {page[pos:][:60]!r}")

    # sizes
    for k, sp in enumerate(SPEECHES[nn]):
        body = "".join(b[-1] for b in sp if b[0] in ("h", "p"))
        han = len(HAN.findall(body))
        paras = [b for b in sp if b[0] == "p"]
        core = sum(1 for b in paras if b[1] in CORE)
        if not 700 <= han <= 1400:
            err(nn, f"speech {k + 1}: {han} Han characters")
        if not 8 <= len(paras) <= 14:
            err(nn, f"speech {k + 1}: {len(paras)} paragraphs")
        if core < 4:
            err(nn, f"speech {k + 1}: only {core} core paragraphs")
        print(f"{nn} speech {k + 1}: {han} Han, {len(paras)} paragraphs ({core} core), "
              f"{sum(1 for b in sp if b[0] == 'h')} headings; noise {len(g['noise'])}; {meta['encoding']}")

for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
