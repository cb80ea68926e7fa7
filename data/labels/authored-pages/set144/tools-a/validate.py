# -*- coding: utf-8 -*-
"""Checks writer a's pages 01-05 of set144 against their gold and speeches.py.
usage: python3 validate.py        prints one line per problem and a summary; exit 1 on any error
Checks:
  - strict decoding with the expected encoding (BOM sniffed), consistent line ends;
  - gold/NN.json schema, categories, and equality with what speeches.py says;
  - no noise string inside any gold title, heading, paragraph, speaker/date or salutation line (scorer's norm);
  - once every noise string is removed from the page, the page is exactly the speech items in order
    (title, speaker/date lines, salutation, headings and paragraphs): nothing missing, nothing unlabelled left;
  - sizes: 700-1,400 Han characters and 8-14 paragraphs per speech, at least 4 core paragraphs.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, CATEGORIES, CORE  # noqa: E402

INJ = re.compile(r"⟦(.*?)⟧")
EXPECT = {  # encoding, line end
    "01": ("utf-8", "LF"),
    "02": ("utf-8-sig", "CRLF"),
    "03": ("utf-16le-bom", "CRLF"),
    "04": ("utf-8", "LF"),
    "05": ("gb18030", "CRLF"),
}

errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def norm(s):
    """the scorer's norm(): NFKC, keep letters, digits, × and * (no opencc here: all text is Simplified)"""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if ch in "×*" or unicodedata.category(ch)[0] in "LN")


def han(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def decode(num):
    data = open(os.path.join(OUT, f"{num}.txt"), "rb").read()
    if data.startswith(b"\xef\xbb\xbf"):
        enc, text = "utf-8-sig", data[3:].decode("utf-8", "strict")
    elif data.startswith(b"\xff\xfe"):
        enc, text = "utf-16le-bom", data[2:].decode("utf-16-le", "strict")
    else:
        try:
            enc, text = "utf-8", data.decode("utf-8", "strict")
        except UnicodeDecodeError:
            enc, text = "gb18030", data.decode("gb18030", "strict")
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    ends = "CRLF" if crlf and not lf else "LF" if lf and not crlf else "mixed"
    return enc, ends, text


def main():
    summary = []
    for num, speeches in PAGES.items():
        enc, ends, text = decode(num)
        if (enc, ends) != EXPECT[num]:
            err(f"{num}: encoding/line ends {enc}/{ends}, expected {EXPECT[num]}")
        if "⟦" in text or "⟧" in text:
            err(f"{num}: injection marker left on the page")
        gold = json.load(open(os.path.join(OUT, "gold", f"{num}.json"), encoding="utf-8"))

        # schema and equality with speeches.py
        if set(gold) != {"file", "speeches", "titles", "headings", "paragraphs", "noise"}:
            err(f"{num}: gold keys {sorted(gold)}")
        if gold["file"] != f"{num}.txt":
            err(f"{num}: gold file {gold['file']}")
        if gold["speeches"] != len(speeches) or len(gold["titles"]) != len(speeches):
            err(f"{num}: speeches {gold['speeches']} titles {len(gold['titles'])} vs {len(speeches)}")
        want_h = [{"text": b["t"], "level": b["h"]} for sp in speeches for b in sp["blocks"] if "h" in b]
        want_p = [{"text": INJ.sub("", b["t"]), "category": b["c"], "truncated": bool(b.get("trunc"))}
                  for sp in speeches for b in sp["blocks"] if "c" in b]
        if gold["titles"] != [sp["title"] for sp in speeches]:
            err(f"{num}: gold titles differ from speeches.py")
        if gold["headings"] != want_h:
            err(f"{num}: gold headings differ from speeches.py")
        if gold["paragraphs"] != want_p:
            err(f"{num}: gold paragraphs differ from speeches.py")
        for h in gold["headings"]:
            if h["level"] not in (1, 2, 3):
                err(f"{num}: heading level {h}")
        for p in gold["paragraphs"]:
            if p["category"] not in CATEGORIES:
                err(f"{num}: bad category {p['category']}")
            if not isinstance(p["truncated"], bool):
                err(f"{num}: truncated not a bool")

        # noise never inside gold text (titles, headings, paragraphs, speaker/date, salutation)
        labelled = [norm(t) for t in gold["titles"]] + [norm(h["text"]) for h in gold["headings"]] + \
                   [norm(p["text"]) for p in gold["paragraphs"]] + \
                   [norm(x) for sp in speeches for x in sp["pre"] + [sp["salutation"]]]
        noise = [n for n in gold["noise"] if norm(n)]
        for n in gold["noise"]:
            if not norm(n):
                err(f"{num}: empty noise entry {n!r}")
        for n in noise:
            for t in labelled:
                if norm(n) in t:
                    err(f"{num}: noise {n!r} occurs inside gold text {t[:30]}…")
            if norm(n) not in norm(text):
                err(f"{num}: noise {n!r} not on the page")

        # the page minus noise is exactly the speech items, in order
        page = norm(text)
        for n in sorted({norm(n) for n in noise}, key=len, reverse=True):
            page = page.replace(n, "")
        seq = []
        for sp in speeches:
            seq.append(("title", sp["title"]))
            seq += [("unlabelled", x) for x in sp["pre"]]
            seq.append(("unlabelled", sp["salutation"]))
            seq += [("heading" if "h" in b else "paragraph", INJ.sub("", b["t"])) for b in sp["blocks"]]
        pos = 0
        for kind, t in seq:
            nt = norm(t)
            i = page.find(nt, pos)
            if i < 0:
                err(f"{num}: {kind} not found in order: {t[:30]}…")
                continue
            if i != pos:
                err(f"{num}: unlabelled text before {kind} {t[:20]}…: {page[pos:i][:60]!r}")
            pos = i + len(nt)
        if pos != len(page):
            err(f"{num}: unlabelled text at the end: {page[pos:][:60]!r}")

        # sizes
        for sp in speeches:
            paras = [b for b in sp["blocks"] if "c" in b]
            n_han = sum(han(INJ.sub("", b["t"])) for b in sp["blocks"])
            core = sum(1 for b in paras if b["c"] in CORE)
            if not 700 <= n_han <= 1400:
                err(f"{num}: {sp['title']}: {n_han} Han characters")
            if not 8 <= len(paras) <= 14:
                err(f"{num}: {sp['title']}: {len(paras)} paragraphs")
            if core < 4:
                err(f"{num}: {sp['title']}: only {core} core paragraphs")
            summary.append(f"{num} {enc}/{ends} han={n_han} paras={len(paras)} core={core} "
                           f"headings={sum(1 for b in sp['blocks'] if 'h' in b)} noise={len(noise)}")
    for s in summary:
        print(s)
    print(f"validate: {len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
