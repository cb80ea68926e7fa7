# -*- coding: utf-8 -*-
"""Check pages and gold of set139b; prints problems and 'N errors'."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402
from gen import build, CATEGORIES, BOMS  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
CORE = {"形势分析", "隐患排查", "责任落实"}
errors = []


def err(num, msg):
    errors.append("%s: %s" % (num, msg))


def squash(s):
    return re.sub(r"\s+", "", s)


def only_punct(s):
    for ch in s:
        if ch.isspace():
            continue
        if unicodedata.category(ch)[0] not in "PS":
            return False
    return True


for num in sorted(PAGES):
    spec = PAGES[num]
    path = os.path.join(ROOT, num + ".txt")
    gpath = os.path.join(ROOT, "gold", num + ".json")
    if not os.path.exists(path) or not os.path.exists(gpath):
        err(num, "missing page or gold (run gen.py)")
        continue
    raw = open(path, "rb").read()
    with open(gpath, encoding="utf-8") as f:
        gold = json.load(f)
    data, built, extras = build(num)

    # 1. files match the source
    if raw != data:
        err(num, "page differs from source; rerun gen.py")
    if gold != built:
        err(num, "gold differs from source; rerun gen.py")

    # 2. shape and key order
    if list(gold.keys()) != ["file", "speeches", "titles", "headings", "paragraphs", "noise"]:
        err(num, "gold key order %r" % list(gold.keys()))
    if gold["file"] != num + ".txt":
        err(num, "file field")
    for h in gold["headings"]:
        if list(h.keys()) != ["text", "level"] or h["level"] not in (1, 2, 3, 4):
            err(num, "heading shape %r" % h)
        if h["text"].endswith("。"):
            err(num, "heading keeps final 。: %s" % h["text"])
    for p in gold["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            err(num, "paragraph shape %r" % p)
        if p["category"] not in CATEGORIES:
            err(num, "bad category %r" % p["category"])
        if not isinstance(p["truncated"], bool) or not p["text"]:
            err(num, "paragraph fields %r" % p)
    if gold["speeches"] != len(gold["titles"]):
        err(num, "speeches != len(titles)")

    # 3. encoding, BOM, line ends
    enc = spec["encoding"]
    bom = BOMS.get(enc)
    if spec["bom"]:
        if not raw.startswith(bom):
            err(num, "BOM missing")
        body = raw[len(bom):]
    else:
        body = raw
        if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe"):
            err(num, "unexpected BOM")
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as e:
        err(num, "does not decode as %s: %s" % (enc, e))
        continue
    if enc != "utf-8":
        try:
            body.decode("utf-8")
            err(num, "non-UTF-8 page happens to decode as UTF-8")
        except UnicodeDecodeError:
            pass
    if spec["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err(num, "mixed line ends in CRLF page")
    else:
        if "\r" in text:
            err(num, "CR in LF page")
    if "«" in text or "»" in text or "‖" in text:
        err(num, "markup leaked onto page")

    # 4. noise rules
    labelled = gold["titles"] + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]
    seen = set()
    for n in gold["noise"]:
        if len(n) < 4:
            err(num, "noise shorter than 4: %r" % n)
        if n in seen:
            err(num, "duplicate noise %r" % n)
        seen.add(n)
        if n not in text:
            err(num, "noise not verbatim on page: %r" % n)
        for t in labelled:
            if n in t:
                err(num, "noise %r inside labelled text %r" % (n, t[:20]))
    for s in extras["s"]:
        if len(s) >= 4:
            err(num, "S item of 4+ chars should be noise: %r" % s)

    # 5. labelled text present on the page once noise is taken out; nothing else left over
    clean = text
    for n in sorted(gold["noise"], key=len, reverse=True):
        clean = clean.replace(n, "")
    clean = squash(clean)
    for t in labelled:
        if squash(t) not in clean:
            err(num, "labelled text not on page: %r" % t[:30])
    rest = clean
    for t in sorted([squash(x) for x in labelled + extras["r"] + extras["s"]], key=len, reverse=True):
        rest = rest.replace(t, "", 1) if t in rest else rest
    if not only_punct(rest):
        err(num, "unaccounted text left on page: %r" % rest[:200])

    # 6. size of each speech, core paragraphs
    for sp in extras["speeches"]:
        han = sum(len(HAN.findall(x)) for x in sp)
        if not 900 <= han <= 1400:
            err(num, "speech %r has %d Han characters" % (sp[0], han))
        print("  %s %-32s %4d Han" % (num, sp[0][:30], han))
    core = sum(1 for p in gold["paragraphs"] if p["category"] in CORE)
    if core < 5:
        err(num, "only %d core paragraphs" % core)
    cats = {}
    for p in gold["paragraphs"]:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    print("  %s core=%d %s" % (num, core, cats))

for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
