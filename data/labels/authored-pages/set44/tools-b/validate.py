#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validate set-44 writer-B pages against their gold, reading the pages back as bytes.

For every page NN.txt and gold/NN.json:
  * decode with the declared encoding (strict); check line endings are uniformly the declared LF / CRLF and the
    BOM is present exactly when declared;
  * every line (whitespace-stripped) must be: empty or under 4 characters; a gold title / heading / paragraph /
    noise string / declared speaker-date-salutation line; or, once the gold noise spans inside it are cut out,
    a sequence (split on spaces) of segments each made of gold pieces: whole titles, meta lines, headings (with an
    optional 。：，), whole paragraphs, a paragraph's suffix first / prefix last (hard wrap, page break), or any
    paragraph substring when it is the segment's only piece;
  * no noise string, normalised as score-mining.mjs does, occurs inside a gold title, heading or paragraph;
  * every gold title, heading and paragraph occurs in the page once noise, whitespace and line breaks are removed;
  * categories are taxonomy keys; each speech has >= 2 paragraphs of each core category; the page's headings and
    paragraphs hold 900-1400 Han characters; speeches == len(titles).
Prints ALL OK or the problems found.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_b  # noqa: E402  (declared encoding / newline / meta lines / speech boundaries)

OUT = os.path.dirname(HERE)
WS = " \u3000\t\ufeff"
HAN = re.compile(r"[\u3400-\u9fff]")
PUNCT_AFTER_HEAD = "。：，:,．. "


def norm(s):
    """As score-mining.mjs (without opencc): NFKC, keep letters, digits, × and *."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def meta_lines(page):
    out = []

    def walk(it):
        if it[0] == "meta":
            out.append(it[1].strip(WS))
        elif it[0] == "joined":
            for p in it[1]:
                walk(p)
    for it in page["layout"]:
        walk(it)
    return out


def speech_categories(page):
    """Per speech (opened by a title item), the categories of its paragraphs, from the data module."""
    sp = []

    def walk(it):
        if it[0] == "title":
            sp.append([])
        elif it[0] == "para":
            sp[-1].append(it[1])
        elif it[0] == "runin":
            sp[-1].append(it[3])
        elif it[0] == "joined":
            for p in it[1]:
                walk(p)
    for it in page["layout"]:
        walk(it)
    return sp


def segment_ok(seg, whole, paras):
    """Can seg be cut into gold pieces? whole: set of whole-piece strings (titles, meta, headings+punct, paras)."""
    n = len(seg)
    # sole piece: any substring of a paragraph
    if seg in whole or any(seg in p for p in paras):
        return True
    # DP: state = position; first piece may be a paragraph suffix, last piece may be a paragraph prefix
    reach = {0}
    for i in range(n + 1):
        if i not in reach:
            continue
        rest = seg[i:]
        for w in whole:
            if rest.startswith(w):
                reach.add(i + len(w))
        if i == 0:
            for p in paras:
                for k in range(1, len(p)):
                    suf = p[k:]
                    if rest.startswith(suf):
                        reach.add(len(suf))
        for p in paras:
            if len(rest) < len(p) and p.startswith(rest) and rest:
                reach.add(n)
        if n in reach:
            return True
    return n in reach


def check_page(page, problems):
    f = page["file"]
    gold = json.load(open(os.path.join(OUT, "gold", f.replace(".txt", ".json")), encoding="utf-8"))
    raw = open(os.path.join(OUT, f), "rb").read()
    bad = lambda msg: problems.append(f"{f}: {msg}")

    # encoding, BOM, newlines
    has_bom = raw.startswith(b"\xef\xbb\xbf")
    if has_bom != bool(page.get("bom")):
        bad("BOM presence differs from declaration")
    try:
        text = raw.decode(page["encoding"])
    except UnicodeDecodeError as e:
        bad(f"does not decode as {page['encoding']}: {e}")
        return
    crlf = text.count("\r\n")
    lf = text.count("\n")
    if page["newline"] == "\r\n" and crlf != lf:
        bad("not uniformly CRLF")
    if page["newline"] == "\n" and crlf:
        bad("CR found in an LF page")
    if gold["file"] != f:
        bad("gold file name")
    if gold["speeches"] != len(gold["titles"]):
        bad("speeches != len(titles)")

    titles = gold["titles"]
    heads = [h["text"] for h in gold["headings"]]
    paras = [p["text"] for p in gold["paragraphs"]]
    noise = gold["noise"]
    metas = meta_lines(page)
    exact = set(titles) | set(heads) | set(paras) | set(noise) | set(metas)
    whole = set(titles) | set(metas) | set(paras) | set(heads) | {h + c for h in heads for c in PUNCT_AFTER_HEAD}
    noise_by_len = sorted(set(noise), key=len, reverse=True)

    # 1. every line accounted for
    lines = text.replace("\r\n", "\n").split("\n")
    for ln_no, line in enumerate(lines, 1):
        s = line.strip(WS)
        if len(s) < 4 or s in exact:
            continue
        rest = s
        for n in noise_by_len:
            rest = rest.replace(n, "")
        segs = [x for x in re.split(r"[ \u3000\t]+", rest) if x]
        bad_segs = [x for x in segs if len(x) >= 4 and not segment_ok(x, whole, paras)]
        if bad_segs:
            bad(f"line {ln_no} not accounted for: {s[:60]}… (segment {bad_segs[0][:40]})")

    # 2. no noise inside gold text
    golds = titles + heads + paras
    ngolds = [norm(g) for g in golds]
    for n in noise:
        if len(n) < 4:
            bad(f"noise string under 4 characters: {n}")
        t = norm(n)
        if len(t) < 2:
            continue
        for g, ng in zip(golds, ngolds):
            if t in ng:
                bad(f"noise {n!r} occurs inside gold text {g[:30]!r}")
    if len(set(noise)) != len(noise):
        bad("duplicate noise strings")

    # 3. every gold item present in the page (noise cut out, whitespace and line breaks removed)
    flat = text
    for n in noise_by_len:
        flat = flat.replace(n, "")
    flat = re.sub(r"[\s\u3000\ufeff]+", "", flat)
    for g in golds:
        if re.sub(r"[\s\u3000]+", "", g) not in flat:
            bad(f"gold item not found in page: {g[:40]}")

    # 4. categories, core counts, size
    for p in gold["paragraphs"]:
        if p["category"] not in data_b.CATEGORIES:
            bad(f"unknown category {p['category']}")
        if set(p) - {"text", "category", "truncated"}:
            bad("extra keys in a paragraph")
    for h in gold["headings"]:
        if h["level"] not in (1, 2, 3) or h["text"].endswith("。"):
            bad(f"bad heading {h}")
    sp = speech_categories(page)
    if len(sp) != gold["speeches"]:
        bad("speech count differs from data")
    if [c for s in sp for c in s] != [p["category"] for p in gold["paragraphs"]]:
        bad("paragraph categories differ from data")
    for i, cats in enumerate(sp):
        for c in data_b.CORE:
            if cats.count(c) < 2:
                bad(f"speech {i + 1} has {cats.count(c)} {c} paragraphs")
    han = sum(len(HAN.findall(x)) for x in heads + paras)
    if not 900 <= han <= 1400:
        bad(f"{han} Han characters in headings + paragraphs")
    return han


def main():
    problems = []
    for page in data_b.PAGES:
        han = check_page(page, problems)
        print(f"{page['file']}: checked ({page['encoding']}, {'CRLF' if page['newline'] == chr(13) + chr(10) else 'LF'},"
              f" han={han})")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
