#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check set-45 writer-B pages against their gold.

usage: /usr/bin/python3 validate.py [OUTDIR]     prints ALL OK, or the problems and exits 1

Reads every page as bytes with its declared encoding (pagedata_b), and the gold JSON, and checks:
  - BOM and line endings as declared; strict decoding; GBK/Big5 pages are not UTF-8
  - every line is a gold title/heading/paragraph (or a part of one: hard wraps, page breaks, run-in headings,
    paragraphs joined on one line), a speaker/date/unit/salutation line, a gold noise string, or under 4 characters;
    inline noise spans (watermarks) are taken out of a line before it is checked
  - every gold noise string is in the page, is 4+ characters, and, normalised as score-mining.mjs does, does not
    occur inside any gold title, heading or paragraph
  - every gold title, heading and paragraph is in the page (paragraphs once page lines and noise are taken out)
  - categories are the taxonomy's keys (read from /work/shared/notes/taxonomy.md), levels 1-3, no closing 。 on
    headings, truncated only on a page's last paragraph
  - speeches == len(titles); every speech has 2+ paragraphs of 形势分析, 隐患排查 and 责任落实; 900-1400 Han
    characters of headings and paragraphs per page
  - the files on disk are what gen.py renders now (page and gold agree with the data)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pagedata_b  # noqa: E402
import gen  # noqa: E402

TAXONOMY = "/work/shared/notes/taxonomy.md"
CORE = ("形势分析", "隐患排查", "责任落实")


def taxonomy_keys():
    keys = []
    with open(TAXONOMY, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*([^|\s]+)\s*\|", line)
            if m and m.group(1) not in ("key",) and not set(m.group(1)) <= set("-"):
                keys.append(m.group(1))
    return keys


def norm(s):
    """as score-mining.mjs: NFKC, keep letters, digits, × and *; drop punctuation and spaces (no opencc here)"""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if unicodedata.category(ch)[0] in "LN" or ch in "×*")


def han(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf")


def line_ok(L, items):
    """L (normalised line) is covered by: one substring of an item; or suffix-of-item, whole items, prefix-of-item"""
    if not L:
        return True
    if any(L in it for it in items):
        return True
    n = len(L)
    reach = [False] * (n + 1)
    for j in range(1, n + 1):
        if any(it.endswith(L[:j]) for it in items):
            reach[j] = True
    for i in range(1, n):
        if not reach[i]:
            continue
        for it in items:
            if it and L.startswith(it, i):
                reach[i + len(it)] = True
        if any(it.startswith(L[i:]) for it in items):
            reach[n] = True
    return reach[n]


def check_page(page, outdir, keys, errs):
    fn = page["file"]
    err = lambda m: errs.append(f"{fn}: {m}")  # noqa: E731
    raw = open(os.path.join(outdir, fn), "rb").read()
    gold = json.load(open(os.path.join(outdir, "gold", fn.replace(".txt", ".json")), encoding="utf-8"))
    r = gen.render(page)

    # --- files are current
    if raw != r.data():
        err("page on disk differs from what gen.py renders")
    if gold != json.loads(json.dumps(r.gold(), ensure_ascii=False)):
        err("gold on disk differs from what gen.py renders")

    # --- bytes, BOM, encoding, newlines
    bom = page["bom"]
    if bom:
        if not raw.startswith(bom):
            err("missing BOM")
        body = raw[len(bom):]
    else:
        if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
            err("unexpected BOM")
        body = raw
    try:
        text = body.decode(page["encoding"], errors="strict")
    except UnicodeDecodeError as e:
        err(f"does not decode as {page['encoding']}: {e}")
        return
    if page["encoding"] in ("gbk", "gb18030", "big5"):
        try:
            body.decode("utf-8")
            err("a GBK/Big5 page that also decodes as UTF-8 (no non-ASCII text?)")
        except UnicodeDecodeError:
            pass
    if page["newline"] == "\r\n":
        if re.search(r"(?<!\r)\n", text):
            err("bare LF in a CRLF page")
    elif "\r" in text:
        err("CR in an LF page")
    lines = text.replace("\r\n", "\n").split("\n")

    # --- gold structure
    for k in ("file", "speeches", "titles", "headings", "paragraphs", "noise"):
        if k not in gold:
            err(f"gold lacks {k}")
    if gold["file"] != fn:
        err("gold file name")
    if gold["speeches"] != len(gold["titles"]):
        err("speeches != number of titles")
    for h in gold["headings"]:
        if h["level"] not in (1, 2, 3):
            err(f"bad level {h}")
        if h["text"].endswith("。"):
            err(f"heading ends in 。: {h['text']}")
    for i, p in enumerate(gold["paragraphs"]):
        if p["category"] not in keys:
            err(f"category not in taxonomy: {p['category']}")
        if set(p) - {"text", "category", "truncated"}:
            err(f"extra keys in paragraph {i}")
        if p.get("truncated") and i != len(gold["paragraphs"]) - 1:
            err("truncated paragraph is not the page's last")
    for n in gold["noise"]:
        if len(n.strip()) < 4:
            err(f"noise under 4 characters: {n!r}")
        if n not in text:
            err(f"noise not in page: {n!r}")
    if len(set(gold["noise"])) != len(gold["noise"]):
        err("noise listed twice")

    # --- noise must not occur inside gold text (as the scorer normalises)
    gtexts = gold["titles"] + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]
    gnorm = [norm(t) for t in gtexts]
    for n in gold["noise"]:
        t = norm(n)
        if len(t) < 2:
            continue
        for g, gn in zip(gtexts, gnorm):
            if t in gn:
                err(f"noise {n!r} occurs inside gold text {g[:20]}…")

    # --- every line accounted for
    noise_set = set(gold["noise"])
    inline = sorted((n for n in gold["noise"]), key=len, reverse=True)
    items = [x for x in gnorm + [norm(m) for m in r.metas] if x]
    for no, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s in noise_set or len(s) < 4:
            continue
        t = s
        for n in inline:
            if n in t:
                t = t.replace(n, "")
        if not line_ok(norm(t), items):
            err(f"line {no} is not gold text, meta or noise: {s[:40]}")

    # --- every gold item is in the page
    kept = []
    for line in lines:
        s = line.strip()
        if not s or s in noise_set or re.fullmatch(r"\d+/\d+", s):
            continue
        for n in inline:
            s = s.replace(n, "")
        if len(s) < 4 and not any(norm(s) in g for g in gnorm):
            continue
        kept.append(norm(s))
    stream = "".join(kept)
    for t in gold["titles"]:
        if norm(t) not in stream:
            err(f"title not in page: {t}")
    for h in gold["headings"]:
        if norm(h["text"]) not in stream:
            err(f"heading not in page: {h['text']}")
    pos = 0
    for p in gold["paragraphs"]:
        k = stream.find(norm(p["text"]), pos)
        if k < 0:
            err(f"paragraph not in page (in order): {p['text'][:24]}…")
        else:
            pos = k

    # --- core categories per speech, size
    for sp in range(len(gold["titles"])):
        cats = [p["category"] for p, s in zip(gold["paragraphs"], r.para_speech) if s == sp]
        for c in CORE:
            if cats.count(c) < 2:
                err(f"speech {sp + 1} has {cats.count(c)} paragraph(s) of {c}")
        if cats and cats[0] != "开场":
            err(f"speech {sp + 1} does not open with 开场")
    total = sum(han(h["text"]) for h in gold["headings"]) + sum(han(p["text"]) for p in gold["paragraphs"])
    truncated = any(p.get("truncated") for p in gold["paragraphs"])
    if total > 1400 or (total < 900 and not truncated):
        err(f"{total} Han characters of headings and paragraphs (want 900-1400)")
    return total


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    keys = taxonomy_keys()
    errs = []
    if len(keys) != 10:
        errs.append(f"taxonomy keys read: {keys}")
    for page in pagedata_b.PAGES:
        total = check_page(page, outdir, keys, errs)
        print(f"{page['file']}: {page['encoding']}{' +BOM' if page['bom'] else ''} "
              f"{'CRLF' if page['newline'] == chr(13) + chr(10) else 'LF'}, {total} Han chars")
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} PROBLEM(S)")
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
