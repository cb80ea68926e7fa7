# -*- coding: utf-8 -*-
"""Checks pages 06-10 and their gold (writer b), then writes perfect.json for the scorer.

usage: python3 validate.py        exit 0 and "0 errors" when everything holds

Checks per page:
  * the bytes decode strictly in the declared encoding (BOM as declared, no U+FFFD, line ends as declared)
  * the page and its gold are exactly what gen.py builds from speeches.py (no stale files)
  * gold shape: keys, speeches == number of titles, categories among the 10 keys, heading levels 1-3
  * every noise string occurs verbatim on the page; its norm() is non-empty and occurs in no gold title,
    heading, paragraph, speaker/date line or salutation
  * with every noise string cut out verbatim and the rest normalised, the page is exactly, in order and with nothing left over:
    title, unlabelled lines, salutation, headings and paragraphs of each speech
  * each gold list (titles, headings, paragraphs) is found in order on the cleaned page
  * per speech: 8-14 body paragraphs, >= 4 core paragraphs (形势分析/隐患排查/责任落实),
    700-1400 Han characters (paragraphs alone and paragraphs + headings)
norm() is the scorer's: NFKC, keep letters (Han included), digits, × and *.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402
import gen  # noqa: E402

errors = []


def err(key, msg):
    errors.append(f"{key}: {msg}")


def is_han(ch):
    o = ord(ch)
    return (0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F
            or o in (0x3005, 0x3007) or 0x3021 <= o <= 0x3029 or 0x2E80 <= o <= 0x2FDF)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*" or is_han(c))


def han(s):
    return sum(1 for c in s if 0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF)


def decode(key, data, enc, eol):
    if enc == "utf-16-le-bom":
        if not data.startswith(b"\xff\xfe"):
            err(key, "UTF-16LE page lacks its BOM")
        text = data[2:].decode("utf-16-le", errors="strict")
    elif enc == "utf-8-sig":
        if not data.startswith(b"\xef\xbb\xbf"):
            err(key, "UTF-8 page lacks its BOM")
        text = data[3:].decode("utf-8", errors="strict")
    else:
        if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            err(key, f"{enc} page starts with a BOM")
        text = data.decode(enc, errors="strict")
        if enc == "gb18030":
            try:
                data.decode("utf-8")
                err(key, "GB18030 page also decodes as UTF-8 (not really GB18030)")
            except UnicodeDecodeError:
                pass
    if "\ufffd" in text or "\x00" in text:
        err(key, "replacement character or NUL in decoded text")
    if eol == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err(key, "mixed line ends in a CRLF page")
    else:
        if "\r" in text:
            err(key, "CR in an LF page")
    return text


def check_page(key):
    meta = S.PAGES[key]
    path = os.path.join(OUT, key + ".txt")
    gpath = os.path.join(OUT, "gold", key + ".json")
    try:
        data = open(path, "rb").read()
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err(key, f"cannot read page or gold: {e}")
        return
    try:
        text = decode(key, data, meta["encoding"], meta["eol"])
    except UnicodeDecodeError as e:
        err(key, f"strict decoding failed: {e}")
        return

    # built exactly from the source of truth?
    pg, _, built = gen.build(key)
    if built != data:
        err(key, "page differs from what gen.py builds (run gen.py)")
    if gold != gen.gold_for(key, pg):
        err(key, "gold differs from what gen.py builds (run gen.py)")

    # shape
    want = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
    if set(gold) != want:
        err(key, f"gold keys {sorted(gold)}")
    if gold.get("file") != key + ".txt":
        err(key, "gold file name")
    if gold["speeches"] != len(gold["titles"]) or gold["speeches"] != len(meta["speeches"]):
        err(key, "speeches count does not match titles")
    for h in gold["headings"]:
        if h.get("level") not in (1, 2, 3) or not h.get("text"):
            err(key, f"bad heading {h}")
    for p in gold["paragraphs"]:
        if p.get("category") not in S.CATEGORIES:
            err(key, f"bad category {p.get('category')}")
        if set(p) - {"text", "category", "truncated"}:
            err(key, f"bad paragraph keys {sorted(p)}")
    for item in gold["titles"] + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]:
        if item != item.strip() or "\n" in item or "⟪" in item or "⟫" in item:
            err(key, f"gold text not clean: {item[:30]}")

    # per speech sizes
    for sp in meta["speeches"]:
        seq = S.sequence(sp)
        paras = [x for x in seq if x[0] == "paragraph"]
        heads = [x for x in seq if x[0] == "heading"]
        core = sum(1 for x in paras if x[2] in S.CORE)
        hp = sum(han(x[1]) for x in paras)
        hph = hp + sum(han(x[1]) for x in heads)
        if not 8 <= len(paras) <= 14:
            err(key, f"{sp['title']}: {len(paras)} paragraphs")
        if core < 4:
            err(key, f"{sp['title']}: only {core} core paragraphs")
        if not (700 <= hp and hph <= 1400):
            err(key, f"{sp['title']}: Han characters {hp} (paragraphs) / {hph} (with headings)")

    # noise strings
    labelled = []
    for sp in meta["speeches"]:
        for it in S.sequence(sp):
            labelled.append(it[1])
    nlab = [norm(x) for x in labelled]
    for n in gold["noise"]:
        if n not in text:
            err(key, f"noise not verbatim on page: {n[:40]}")
        t = norm(n)
        if not t:
            err(key, f"noise empty after norm: {n!r}")
            continue
        for x in nlab:
            if t in x:
                err(key, f"noise «{n[:30]}» occurs inside gold/unlabelled text «{x[:30]}»")

    # order and completeness on the cleaned page
    # noise is cut out verbatim (longest first, line ends still in place), then the rest is normalised
    rest = text
    for n in sorted(set(gold["noise"]), key=len, reverse=True):
        rest = rest.replace(n, "\n")
    rest = norm(rest)
    cur = 0
    for sp in meta["speeches"]:
        for it in S.sequence(sp):
            t = norm(it[1])
            pos = rest.find(t, cur)
            if pos < 0:
                err(key, f"{it[0]} not found in order: {it[1][:30]}")
                continue
            if pos != cur:
                err(key, f"unaccounted text before {it[0]} «{it[1][:20]}»: «{rest[cur:pos][:60]}»")
            cur = pos + len(t)
    if cur != len(rest):
        err(key, f"unaccounted text at the end: «{rest[cur:cur + 60]}»")
    for name, items in (("titles", gold["titles"]), ("headings", [h["text"] for h in gold["headings"]]),
                        ("paragraphs", [p["text"] for p in gold["paragraphs"]])):
        c = 0
        for x in items:
            p = rest.find(norm(x), c)
            if p < 0:
                err(key, f"{name} item not found in order: {x[:30]}")
            else:
                c = p + len(norm(x))


def perfect():
    """Perfect-miner output: my pages from speeches.py; any other gold file in gold/ from its JSON."""
    docs = []
    for key, meta in S.PAGES.items():
        sps = []
        for sp in meta["speeches"]:
            blocks = []
            for it in S.sequence(sp):
                if it[0] == "heading":
                    blocks.append({"kind": "heading", "level": it[2], "text": it[1]})
                elif it[0] == "paragraph":
                    blocks.append({"kind": "paragraph", "text": it[1], "category": it[2]})
            sps.append({"title": sp["title"], "blocks": blocks})
        docs.append({"file": key + ".txt", "speeches": sps})
    mine = {key + ".json" for key in S.PAGES}
    gdir = os.path.join(OUT, "gold")
    for f in sorted(os.listdir(gdir)):
        if not f.endswith(".json") or f in mine:
            continue
        g = json.load(open(os.path.join(gdir, f), encoding="utf-8"))
        blocks = [{"kind": "heading", "level": h["level"], "text": h["text"]} for h in g.get("headings", [])]
        blocks += [{"kind": "paragraph", "text": p["text"], "category": p["category"]} for p in g.get("paragraphs", [])]
        n = max(1, g.get("speeches", 1))
        titles = g.get("titles", []) + [""] * n
        sps = [{"title": titles[i], "blocks": blocks if i == 0 else []} for i in range(n)]
        docs.append({"file": g.get("file", f[:-5] + ".txt"), "speeches": sps})
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as fh:
        json.dump({"documents": docs}, fh, ensure_ascii=False, indent=1)
    # a copy of my own gold, to score my pages alone
    odir = os.path.join(HERE, "gold-b")
    os.makedirs(odir, exist_ok=True)
    for key in S.PAGES:
        src = os.path.join(gdir, key + ".json")
        if os.path.exists(src):
            with open(src, encoding="utf-8") as a, open(os.path.join(odir, key + ".json"), "w", encoding="utf-8") as b:
                b.write(a.read())


def main():
    for key in S.PAGES:
        check_page(key)
    perfect()
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
