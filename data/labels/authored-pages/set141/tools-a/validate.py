# -*- coding: utf-8 -*-
"""Check pages 01-05 and their gold.  usage: python3 validate.py   (prints 'N errors'; 0 errors = good)

Checks: files on disk equal a fresh build from speeches.py; page bytes decode strictly in the stated encoding (BOM
where stated) with the stated line ends only; gold has the scorer's shape; speeches == len(titles); categories are the
10 keys; >= 4 core paragraphs per page; every title/heading/paragraph occurs in the page once the noise strings are
removed and whitespace ignored (paragraphs in order); every noise string occurs in the page and, after the scorer's
norm(), in no title/heading/paragraph; unlabelled lines are not noise; each speech has 700-1400 Han characters and
8-14 paragraphs; and (if node is present) the scorer gives a perfect mock miner full marks.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, CATS, CORE  # noqa: E402
from gen import build, encode, decode  # noqa: E402

SCORER = "/work/shared/tools/score-mining.mjs"
errors = []


def err(nn, msg):
    errors.append(f"{nn}: {msg}")
    print(f"ERROR {nn}: {msg}")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def nows(s):
    return re.sub(r"\s+", "", s)


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


mock_docs = []
for nn in sorted(PAGES):
    pg = PAGES[nn]
    text, gold_built, speeches = build(nn)
    ppath = os.path.join(OUT, f"{nn}.txt")
    gpath = os.path.join(OUT, "gold", f"{nn}.json")
    if not os.path.exists(ppath) or not os.path.exists(gpath):
        err(nn, "page or gold missing"); continue
    data = open(ppath, "rb").read()
    if data != encode(text, pg["encoding"]):
        err(nn, "page on disk differs from a fresh build (run gen.py)")
    gold = json.load(open(gpath, encoding="utf-8"))
    if gold != gold_built:
        err(nn, "gold on disk differs from a fresh build (run gen.py)")
    # --- encoding and line ends
    try:
        page = decode(data, pg["encoding"])
    except Exception as e:  # noqa: BLE001
        err(nn, f"does not decode as {pg['encoding']}: {e}"); continue
    if pg["encoding"] == "utf-8" and data[:3] == b"\xef\xbb\xbf":
        err(nn, "unexpected BOM")
    if pg["encoding"] == "gb18030":
        try:
            data.decode("utf-8"); err(nn, "GB18030 page also decodes as UTF-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass
    if pg["newline"] == "\r\n":
        if re.search(r"(?<!\r)\n", page) or re.search(r"\r(?!\n)", page):
            err(nn, "bare LF or CR in a CRLF page")
    else:
        if "\r" in page:
            err(nn, "CR in an LF page")
    # --- gold shape
    if set(gold) != {"file", "speeches", "titles", "headings", "paragraphs", "noise"}:
        err(nn, f"gold keys {sorted(gold)}")
    if gold["file"] != f"{nn}.txt":
        err(nn, "gold file name")
    if gold["speeches"] != len(gold["titles"]) or gold["speeches"] != len(speeches):
        err(nn, "speeches != number of titles")
    for h in gold["headings"]:
        if set(h) != {"text", "level"} or h["level"] not in (1, 2, 3):
            err(nn, f"bad heading {h}")
    core = 0
    for p in gold["paragraphs"]:
        if set(p) != {"text", "category", "truncated"} or not isinstance(p["truncated"], bool):
            err(nn, f"bad paragraph keys {p}")
        if p["category"] not in CATS:
            err(nn, f"bad category {p['category']}")
        core += p["category"] in CORE
        if len(norm(p["text"])) < 4:
            err(nn, f"paragraph too short for the scorer: {p['text']}")
    if core < 4:
        err(nn, f"only {core} core paragraphs")
    # --- every gold text occurs in the page once noise is removed and whitespace ignored
    stripped = page
    for n in sorted(gold["noise"], key=len, reverse=True):
        stripped = stripped.replace(n, "")
    flat = nows(stripped)
    for t in gold["titles"]:
        if nows(t) not in flat:
            err(nn, f"title not found: {t}")
    for h in gold["headings"]:
        if nows(h["text"]) not in flat:
            err(nn, f"heading not found: {h['text']}")
    pos = 0
    for p in gold["paragraphs"]:
        i = flat.find(nows(p["text"]), pos)
        if i < 0:
            err(nn, f"paragraph not found (in order): {p['text'][:30]}")
        else:
            pos = i + len(nows(p["text"]))
    # --- noise
    golds = [norm(t) for t in gold["titles"]] + [norm(h["text"]) for h in gold["headings"]] + [norm(p["text"]) for p in gold["paragraphs"]]
    for n in gold["noise"]:
        if n not in page:
            err(nn, f"noise not in page: {n}")
        t = norm(n)
        if len(t) < 2:
            err(nn, f"noise too short to be scored: {n}")
        if any(t in g for g in golds):
            err(nn, f"noise occurs inside a gold text: {n}")
    for s in speeches:
        for u in s["unlabelled"]:
            if u.strip() in gold["noise"]:
                err(nn, f"unlabelled line listed as noise: {u}")
    # --- speech size
    for s in speeches:
        hc = sum(han(h["text"]) for h in s["headings"]) + sum(han(p["text"]) for p in s["paragraphs"])
        npara = len(s["paragraphs"])
        ncore = sum(p["category"] in CORE for p in s["paragraphs"])
        print(f"{nn} [{s['title'][:14]}] han={hc} paragraphs={npara} core={ncore} headings={len(s['headings'])}")
        if not 700 <= hc <= 1400:
            err(nn, f"speech '{s['title']}' has {hc} Han characters")
        if not 8 <= npara <= 14:
            err(nn, f"speech '{s['title']}' has {npara} paragraphs")
    # mock miner output: exactly the gold blocks, split by speech
    mock_docs.append({"file": f"{nn}.txt", "speeches": [
        {"title": s["title"], "blocks": [{"kind": "heading", "text": h["text"], "level": h["level"], "category": "开场"} for h in s["headings"]]
         + [{"kind": "paragraph", "text": p["text"], "category": p["category"]} for p in s["paragraphs"]]}
        for s in speeches]})

# --- the scorer itself on a perfect mock output
if shutil.which("node") and os.path.exists(SCORER):
    with tempfile.TemporaryDirectory() as td:
        # score only this writer's gold (01-05): copy it to a private directory
        gd = os.path.join(td, "gold"); os.mkdir(gd)
        for nn in sorted(PAGES):
            shutil.copy(os.path.join(OUT, "gold", f"{nn}.json"), gd)
        op = os.path.join(td, "out.json")
        json.dump({"documents": mock_docs}, open(op, "w", encoding="utf-8"), ensure_ascii=False)
        r = subprocess.run(["node", SCORER, op, gd], capture_output=True, text=True)
        print("scorer on perfect mock:", r.stdout.strip())
        try:
            m = json.loads(r.stdout)
            if not (m["retained"] == 1 and m["segmented"] == 1 and m["category_acc"] == 1 and m["heading_f1"] == 1
                    and m["noise_leak"] == 0 and m["speech_count_right"] == 1):
                err("all", "scorer does not give the perfect mock full marks")
        except Exception as e:  # noqa: BLE001
            err("all", f"scorer output unreadable: {e} {r.stderr}")
else:
    print("(node or scorer not found: scorer check skipped)")

print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
