#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validate writer-A pages against their gold. Usage: /usr/bin/python3 validate.py   (prints ALL OK at the end)

For each page: re-read NN.txt as bytes with the declared encoding (BOM and newline style checked), then check
  * every line is, after removing gold noise spans, empty / under 4 characters / a gold noise string / a
    title, speaker, date or salutation line / a gold heading or paragraph, a part of one (hard wrap) or a run of
    them joined on one line (suffix of one item + whole items + prefix of one item);
  * every gold heading and paragraph is in the page (noise removed, lines joined), in gold order;
  * every noise string occurs in the page as written, is listed once, has >= 4 characters, and its normalised
    form (the scorer's norm, without opencc) occurs inside no gold title, heading or paragraph;
  * gold shape: keys, categories from taxonomy.md, heading levels, no closing 。 in headings, Han count 900-1400
    (600 for a cut-off preview), at least two paragraphs of each core category per full speech.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data_a import PAGES  # noqa: E402

TAXONOMY = "/work/shared/notes/taxonomy.md"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
CORE = ("形势分析", "隐患排查", "责任落实")
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(ch for ch in s if ch in "×*" or unicodedata.category(ch)[0] in "LN")


def taxonomy_keys():
    keys = []
    with open(TAXONOMY, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^\|\s*([^|\s]+)\s*\|", line)
            if m and m.group(1) not in ("key",) and not set(m.group(1)) <= set("-"):
                keys.append(m.group(1))
    return keys


def meta_lines(events):
    out = []
    for ev in events:
        if ev[0] == "join":
            out += meta_lines(ev[1])
        elif ev[0] in ("meta", "salute"):
            out.append(ev[1])
    return out


def speeches_of(events):
    """Per-speech list of paragraph categories, from the data (splits at each title)."""
    flat = []
    for ev in events:
        flat += ev[1] if ev[0] == "join" else [ev]
    sp = []
    for ev in flat:
        if ev[0] in ("title", "title+salute"):
            sp.append([])
        elif ev[0] == "p":
            sp[-1].append((ev[1], bool(len(ev) > 3 and ev[3].get("trunc"))))
        elif ev[0] == "hp":
            sp[-1].append((ev[4], False))
    return sp


def line_ok(t, items):
    """t: normalised line. True if t is inside one item, or suffix + whole items + prefix."""
    if any(t in it for it in items):
        return True
    n = len(t)
    # reach[i]: t[:i] can be covered by (suffix of an item) + whole items, ending at an item boundary
    reach = [False] * (n + 1)
    for i in range(1, n + 1):
        if any(it.endswith(t[:i]) for it in items):
            reach[i] = True
    changed = True
    while changed:
        changed = False
        for i in range(n + 1):
            if reach[i]:
                for it in items:
                    j = i + len(it)
                    if j <= n and not reach[j] and t[i:j] == it:
                        reach[j] = changed = True
    return any(reach[i] and (i == n or any(it.startswith(t[i:]) for it in items)) for i in range(1, n + 1))


def check(num, spec, cats, errs):
    def err(msg):
        errs.append(f"{num}: {msg}")

    path = os.path.join(OUT, f"{num}.txt")
    raw = open(path, "rb").read()
    enc = spec["encoding"]
    bom = BOMS.get(enc)
    if spec["bom"]:
        if not raw.startswith(bom):
            err("BOM missing")
        raw = raw[len(bom):]
    elif raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        err("unexpected BOM")
    try:
        text = raw.decode(enc, errors="strict")
    except UnicodeDecodeError as e:
        err(f"does not decode as {enc}: {e}")
        return
    if spec["newline"] == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err("mixed newlines in a CRLF page")
    elif "\r" in text:
        err("CR in an LF page")
    lines = text.replace("\r\n", "\n").split("\n")

    g = json.load(open(os.path.join(OUT, "gold", f"{num}.json"), encoding="utf-8"))
    if set(g) != {"file", "speeches", "titles", "headings", "paragraphs", "noise"}:
        err(f"gold keys {sorted(g)}")
    if g["file"] != f"{num}.txt" or g["speeches"] != len(g["titles"]) or g["speeches"] != spec["speeches"]:
        err("file/speeches/titles mismatch")
    for h in g["headings"]:
        if h["level"] not in (1, 2, 3) or h["text"].endswith("。") or not h["text"].strip():
            err(f"bad heading {h}")
    for p in g["paragraphs"]:
        if p["category"] not in cats:
            err(f"category {p['category']} not in taxonomy")
        if set(p) - {"text", "category", "truncated"} or p.get("truncated", True) is not True:
            err(f"bad paragraph record {p}")
    han = sum(len(HAN.findall(x["text"])) for x in g["headings"] + g["paragraphs"])
    trunc = any(p.get("truncated") for p in g["paragraphs"])
    if not ((600 if trunc else 900) <= han <= 1400):
        err(f"Han count {han}")
    for i, sp in enumerate(speeches_of(spec["events"])):
        full = not any(t for _, t in sp)
        for c in CORE:
            if full and sum(1 for cat, _ in sp if cat == c) < 2:
                err(f"speech {i + 1}: fewer than two {c} paragraphs")

    # noise
    noise = g["noise"]
    if len(noise) != len(set(noise)):
        err("duplicate noise strings")
    golds = [norm(x) for x in g["titles"]] + [norm(x["text"]) for x in g["headings"] + g["paragraphs"]]
    for n in noise:
        if len(n) < 4:
            err(f"noise under 4 chars: {n!r}")
        if n not in text:
            err(f"noise not in page: {n!r}")
        nn = norm(n)
        if nn and any(nn in x for x in golds):
            err(f"noise {n!r} occurs inside gold text")

    # lines
    meta = {norm(m) for m in meta_lines(spec["events"])}
    items = [x for x in golds if x] + [m for m in meta if m]
    by_len = sorted(noise, key=len, reverse=True)
    kept = []
    for ln, line in enumerate(lines, 1):
        s = line.strip()
        if s in noise:
            continue
        for n in by_len:
            s = s.replace(n, "")
        s = s.strip()
        kept.append(s)
        if len(s) < 4:
            continue
        t = norm(s)
        if not t or t in meta or line_ok(t, items):
            continue
        err(f"line {ln} is not gold/meta/noise: {line[:60]!r}")

    # coverage and order
    body = norm("".join(kept))
    for key in ("headings", "paragraphs"):
        pos = 0
        for x in g[key]:
            t = norm(x["text"])
            k = body.find(t, pos)
            if k < 0:
                err(f"{key[:-1]} not found in order: {x['text'][:30]!r}")
            else:
                pos = k + len(t)
    for t in g["titles"]:
        if norm(t) not in body:
            err(f"title not in page: {t!r}")
    return han


def main():
    cats = taxonomy_keys()
    if len(cats) != 10:
        print("taxonomy keys?", cats)
        sys.exit(1)
    errs = []
    for num, spec in sorted(PAGES.items()):
        han = check(num, spec, set(cats), errs)
        print(f"{num}.txt checked ({spec['encoding']}{' BOM' if spec['bom'] else ''}, "
              f"{'CRLF' if spec['newline'] == chr(13) + chr(10) else 'LF'}, Han {han})")
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
