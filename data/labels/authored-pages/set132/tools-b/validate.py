# -*- coding: utf-8 -*-
"""Check pages and gold of set132b. Prints every error and a summary; exit 1 on any error."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from speeches import PAGES, CATEGORIES, CORE  # noqa: E402
import gen  # noqa: E402

OUT = os.path.dirname(HERE)
HAN = re.compile(r"[\u4e00-\u9fff]")
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
errors = []


def err(key, msg):
    errors.append("%s: %s" % (key, msg))


def han(s):
    return len(HAN.findall(s))


def squeeze(s):
    return re.sub(r"\s+", "", s)


for key in sorted(PAGES):
    page = PAGES[key]
    try:
        text, gold_built, info = gen.build(key)
    except gen.SourceError as e:
        err(key, "source: %s" % e)
        continue
    ppath = os.path.join(OUT, key + ".txt")
    gpath = os.path.join(OUT, "gold", key + ".json")
    if not os.path.exists(ppath) or not os.path.exists(gpath):
        err(key, "page or gold missing (run gen.py)")
        continue
    raw = open(ppath, "rb").read()
    if raw != gen.encode(key, text):
        err(key, "page on disk differs from the source (run gen.py)")
    gtext = open(gpath, encoding="utf-8").read()
    if gtext != gen.gold_json(gold_built):
        err(key, "gold on disk differs from the source (run gen.py)")
    gold = json.loads(gtext)

    # encoding, BOM, line ends
    enc = page["encoding"]
    if raw.startswith(b"\xef\xbb\xbf") and not page.get("bom"):
        err(key, "unexpected UTF-8 BOM")
    try:
        dec = raw.decode(enc)
    except UnicodeDecodeError as e:
        err(key, "does not decode as %s: %s" % (enc, e))
        continue
    if enc != "utf-8":
        try:
            raw.decode("utf-8")
            err(key, "page decodes as UTF-8 although it should not be UTF-8")
        except UnicodeDecodeError:
            pass
    if page.get("gbk"):
        try:
            dec.encode("gbk")
        except UnicodeEncodeError as e:
            err(key, "not GBK-compatible: %s" % e)
    if page["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", dec):
            err(key, "bare LF in a CRLF page")
    elif "\r" in dec:
        err(key, "CR in an LF page")
    for ch in "‖«»":
        if ch in dec:
            err(key, "source markup %r leaked into the page" % ch)
    if re.search(r"(^|\n)(P:|PT:|H[1-4]\||T\||N\||R\||C\|)", dec):
        err(key, "tag leaked into the page")

    # shape
    if list(gold.keys()) != KEYS:
        err(key, "gold keys %r" % list(gold.keys()))
    if gold["file"] != key + ".txt":
        err(key, "file field")
    if gold["speeches"] != len(gold["titles"]):
        err(key, "speeches %d but %d titles" % (gold["speeches"], len(gold["titles"])))
    for h in gold["headings"]:
        if list(h.keys()) != ["text", "level"] or h["level"] not in (1, 2, 3, 4):
            err(key, "bad heading %r" % h)
        if h["text"].endswith("。"):
            err(key, "heading ends with 。: %s" % h["text"])
    for p in gold["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            err(key, "bad paragraph keys %r" % list(p.keys()))
        if p["category"] not in CATEGORIES:
            err(key, "bad category %r" % p["category"])
        if not isinstance(p["truncated"], bool):
            err(key, "truncated not bool")
    labelled = gold["titles"] + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]
    for s in labelled:
        if not s or s != s.strip() or "\n" in s:
            err(key, "empty / unstripped / multi-line label %r" % s[:30])

    # noise
    if len(set(gold["noise"])) != len(gold["noise"]):
        err(key, "duplicate noise strings")
    for s in gold["noise"]:
        if len(s) < 4:
            err(key, "noise under 4 characters: %r" % s)
        if s not in dec:
            err(key, "noise not verbatim on the page: %r" % s)
        for l in labelled:
            if s in l:
                err(key, "noise %r is a substring of a label %r" % (s, l[:30]))

    # every label present in the page once noise is taken out and white space dropped
    clean = dec
    for s in sorted(gold["noise"], key=len, reverse=True):
        clean = clean.replace(s, "")
    clean = squeeze(clean)
    for s in labelled:
        if squeeze(s) not in clean:
            err(key, "label not found on the page: %r" % s[:40])

    # size of each speech, core paragraphs
    items = info["items"]
    for sp in range(gold["speeches"]):
        own = [it for it in items if it["speech"] == sp]
        total = sum(han(it["text"]) for it in own)
        paras = sum(han(it["text"]) for it in own if it["kind"] == "P")
        if not 900 <= total <= 1400:
            err(key, "speech %d has %d Han characters of labelled text" % (sp + 1, total))
        print("%s speech %d: %d Han (paragraphs %d), %d paragraphs, %d headings" % (
            key, sp + 1, total, paras, sum(1 for it in own if it["kind"] == "P"),
            sum(1 for it in own if it["kind"] == "H")))
    if any(it["speech"] < 0 for it in items):
        err(key, "label before the first title")
    core = sum(1 for p in gold["paragraphs"] if p["category"] in CORE)
    if core < 5:
        err(key, "only %d core paragraphs" % core)
    cats = {}
    for p in gold["paragraphs"]:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    print("%s: %s, %s; core %d; %s" % (key, enc, "CRLF" if page["eol"] == "\r\n" else "LF", core,
                                       " ".join("%s%d" % kv for kv in cats.items())))

for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
