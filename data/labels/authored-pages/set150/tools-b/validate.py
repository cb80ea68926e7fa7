# -*- coding: utf-8 -*-
"""Checks pages 06-10 of set150 (writer b) against their gold labels.

usage: python3 validate.py        prints one line per problem and a summary; exit 1 when there is any error

Checks, per page:
  - strict decoding with the page's declared encoding (BOM present/absent as declared; a GB18030 page must not
    also be valid UTF-8), consistent line ends;
  - gold/NN.json equals what gen.py derives from speeches.py, and has the required keys and types;
  - categories valid, heading levels 1-3, truncated is a boolean;
  - every gold title, heading and paragraph is found on the page, in page order (speech by speech), once the
    noise strings are removed (comparison after the scorer's norm(): NFKC, only letters, digits, × and *);
  - every noise string occurs on the page, and no noise string (norm length ≥ 2, the scorer's threshold; shorter
    ones are reported) occurs inside any gold title, heading, paragraph, or the unlabelled speaker/salutation lines;
  - per speech: 700-1,400 Han characters (headings + paragraphs), 8-14 body paragraphs, ≥ 4 core paragraphs.
"""
import json
import os
import re
import sys

import gen
from speeches import CATEGORIES, CORE, PAGES

errors = []
warnings = []


def err(nn, msg):
    errors.append(f"{nn}: {msg}")


def warn(nn, msg):
    warnings.append(f"{nn}: {msg}")


def han(s):
    return len(re.findall(r"[\u4e00-\u9fff\u3400-\u4dbf]", s))


def decode(nn, raw):
    meta = gen.PAGE_META[nn]
    enc = meta["encoding"]
    try:
        if enc == "utf-8":
            if raw.startswith(b"\xef\xbb\xbf"):
                err(nn, "unexpected UTF-8 BOM")
            text = raw.decode("utf-8", errors="strict")
        elif enc == "utf-8-sig":
            if not raw.startswith(b"\xef\xbb\xbf"):
                err(nn, "missing UTF-8 BOM")
            text = raw[3:].decode("utf-8", errors="strict")
        elif enc == "gb18030":
            text = raw.decode("gb18030", errors="strict")
            try:
                raw.decode("utf-8", errors="strict")
                err(nn, "GB18030 page is also valid UTF-8 (no non-ASCII bytes?)")
            except UnicodeDecodeError:
                pass
        elif enc == "utf-16-le-bom":
            if not raw.startswith(b"\xff\xfe"):
                err(nn, "missing UTF-16LE BOM")
            text = raw[2:].decode("utf-16-le", errors="strict")
        else:
            err(nn, f"unknown encoding {enc}")
            return None
    except UnicodeDecodeError as e:
        err(nn, f"strict decoding as {enc} failed: {e}")
        return None
    if "\ufeff" in text:
        err(nn, "stray BOM character inside the text")
    if meta["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", text):
            err(nn, "CRLF page has a bare LF")
    else:
        if "\r" in text:
            err(nn, "LF page has a CR")
    return text


def check_gold_shape(nn, g):
    for k in ("file", "speeches", "titles", "headings", "paragraphs", "noise"):
        if k not in g:
            err(nn, f"gold lacks key {k}")
    if g.get("file") != f"{nn}.txt":
        err(nn, f"gold file field is {g.get('file')!r}")
    if g.get("speeches") != len(g.get("titles", [])):
        err(nn, "speeches count differs from number of titles")
    for h in g.get("headings", []):
        if h.get("level") not in (1, 2, 3):
            err(nn, f"bad heading level {h}")
        if not h.get("text"):
            err(nn, "empty heading")
    for p in g.get("paragraphs", []):
        if p.get("category") not in CATEGORIES:
            err(nn, f"bad category {p.get('category')!r}")
        if not isinstance(p.get("truncated"), bool):
            err(nn, "truncated is not a boolean")
        if not p.get("text"):
            err(nn, "empty paragraph")
    for s in g.get("noise", []):
        if not isinstance(s, str) or not s.strip():
            err(nn, f"bad noise entry {s!r}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.dirname(here)
    for nn, sps in PAGES.items():
        path = os.path.join(out, f"{nn}.txt")
        gpath = os.path.join(out, "gold", f"{nn}.json")
        if not os.path.exists(path) or not os.path.exists(gpath):
            err(nn, "page or gold missing (run gen.py)")
            continue
        with open(path, "rb") as f:
            raw = f.read()
        text = decode(nn, raw)
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
        check_gold_shape(nn, g)
        page, built = gen.build(nn)
        if gen.gold_for(nn, page) != g:
            err(nn, "gold JSON differs from what gen.py derives from speeches.py (re-run gen.py)")
        if text is None:
            continue
        if text.replace(gen.PAGE_META[nn]["eol"], "\n") != built:
            err(nn, "page bytes differ from what gen.py builds (re-run gen.py)")

        # --- noise ---
        ptext = gen.norm(text)
        labelled = list(g["titles"]) + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
        unlabelled = []
        for sp in sps:
            unlabelled += sp["speaker"] + [sp["salutation"]]
        for s in g["noise"]:
            ns = gen.norm(s)
            if len(ns) < 2:
                warn(nn, f"noise {s!r} normalises to fewer than 2 characters; the scorer ignores it")
                continue
            if ns not in ptext:
                err(nn, f"noise not found on page: {s!r}")
            for t in labelled + unlabelled:
                if ns in gen.norm(t):
                    err(nn, f"noise {s!r} occurs inside gold/unlabelled text {t[:30]!r}")
        cleaned = ptext
        for ns in sorted({gen.norm(s) for s in g["noise"]}, key=len, reverse=True):
            if len(ns) >= 2:
                cleaned = cleaned.replace(ns, "")

        # --- order: each speech's title, then its headings and paragraphs, as on the page ---
        seq = []
        for sp in sps:
            seq.append(("title", sp["title"]))
            for blk in sp["blocks"]:
                seq.append(("heading" if blk[0] in ("h", "hr") else "paragraph", gen.gold_text(blk[2])))
        pos = 0
        for kind, t in seq:
            nt = gen.norm(t)
            k = cleaned.find(nt, pos)
            if k < 0:
                where = "anywhere" if nt not in cleaned else "after the previous item"
                err(nn, f"{kind} not found {where} once noise is removed: {t[:40]!r}")
            else:
                pos = k + len(nt)
        # each gold list on its own, in order
        for name, items in (("titles", g["titles"]), ("headings", [h["text"] for h in g["headings"]]),
                            ("paragraphs", [p["text"] for p in g["paragraphs"]])):
            pos = 0
            for t in items:
                k = cleaned.find(gen.norm(t), pos)
                if k < 0:
                    err(nn, f"{name}: {t[:40]!r} not found in order")
                else:
                    pos = k + len(gen.norm(t))

        # --- sizes ---
        for sp in sps:
            paras = [b for b in sp["blocks"] if b[0] in ("p", "pt")]
            n_han = sum(han(gen.gold_text(b[2])) for b in sp["blocks"])
            core = sum(1 for b in paras if b[1] in CORE)
            if not 700 <= n_han <= 1400:
                err(nn, f"speech {sp['title'][:20]!r}: {n_han} Han characters (want 700-1400)")
            if not 8 <= len(paras) <= 14:
                err(nn, f"speech {sp['title'][:20]!r}: {len(paras)} paragraphs (want 8-14)")
            if core < 4:
                err(nn, f"speech {sp['title'][:20]!r}: {core} core paragraphs (want ≥ 4)")
            for b in sp["blocks"]:
                if b[0] in ("h", "hr") and b[1] not in (1, 2, 3):
                    err(nn, f"bad level in {b}")
                if b[0] in ("p", "pt") and b[1] not in CATEGORIES:
                    err(nn, f"bad category in {b[2][:20]!r}")
            print(f"{nn}  {sp['title']}  han={n_han} paragraphs={len(paras)} core={core} "
                  f"headings={sum(1 for b in sp['blocks'] if b[0] in ('h', 'hr'))}")
        print(f"{nn}  encoding={gen.PAGE_META[nn]['encoding']} eol={'CRLF' if gen.PAGE_META[nn]['eol'] == chr(13) + chr(10) else 'LF'} "
              f"noise={len(g['noise'])} bytes={len(raw)}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"validate: {len(errors)} errors, {len(warnings)} warnings")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
