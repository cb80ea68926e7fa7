# -*- coding: utf-8 -*-
"""Check pages and gold against the tagged source and the labelling conventions. Prints errors; exit 1 if any."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES
from gen import build, CATS, ROOT

CORE = {"形势分析", "隐患排查", "责任落实"}
HAN = re.compile(r"[\u4e00-\u9fff]")
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


for page in PAGES:
    f = page["file"]
    lines, gold, per_speech = build(page)
    # gold on disk == regenerated, shape and key order
    gp = os.path.join(ROOT, "gold", f.replace(".txt", ".json"))
    with open(gp, encoding="utf-8") as fh:
        disk = json.load(fh)
    if disk != gold:
        err(f, "gold on disk differs from source (run gen.py)")
    if list(disk.keys()) != ["file", "speeches", "titles", "headings", "paragraphs", "noise"]:
        err(f, "gold key order")
    for h in disk["headings"]:
        if list(h.keys()) != ["text", "level"] or h["level"] not in (1, 2, 3, 4):
            err(f, "heading shape %r" % h)
        if h["text"].endswith("。"):
            err(f, "heading ends in 。: %s" % h["text"])
    for p in disk["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            err(f, "paragraph shape")
        if p["category"] not in CATS:
            err(f, "bad category %r" % p["category"])
        if not p["text"].strip() or "‖" in p["text"] or "«" in p["text"]:
            err(f, "bad paragraph text %r" % p["text"][:20])
    if disk["speeches"] != len(disk["titles"]):
        err(f, "speeches != number of titles")
    # bytes: encoding, BOM, line ends
    with open(os.path.join(ROOT, f), "rb") as fh:
        b = fh.read()
    bom = "\ufeff".encode(page["encoding"])
    if page.get("bom") != b.startswith(bom):
        err(f, "BOM mismatch")
    try:
        text = b.decode(page["encoding"])
    except UnicodeDecodeError as e:
        err(f, "does not decode as %s: %s" % (page["encoding"], e))
        continue
    if page["encoding"].lower() != "utf-8":
        try:
            b.decode("utf-8")
            err(f, "non-UTF-8 page also decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    if text.startswith("\ufeff"):
        text = text[1:]
    if page["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err(f, "mixed line ends in CRLF page")
    else:
        if "\r" in text:
            err(f, "CR in LF page")
    if text.replace(page["eol"], "\n") != "\n".join(lines) + "\n":
        err(f, "page text differs from source (run gen.py)")
    flat = text.replace(page["eol"], "\n")
    # labelled text occurs on the page
    labelled = disk["titles"] + [h["text"] for h in disk["headings"]] + [p["text"] for p in disk["paragraphs"]]
    for t in labelled:
        if t not in flat:
            # allowed only when noise was injected inside it: check the pieces
            pieces = [s for s in re.split("|".join(map(re.escape, disk["noise"])) or "$^", t) if s]
            if not all(s in flat for s in pieces):
                err(f, "labelled text not on page: %s" % t[:30])
    # noise rules
    seen = set()
    for n in disk["noise"]:
        if len(n) < 4:
            err(f, "noise shorter than 4: %r" % n)
        if n in seen:
            err(f, "duplicate noise: %r" % n)
        seen.add(n)
        if n not in flat:
            err(f, "noise not on page: %r" % n)
        for t in labelled:
            if n in t:
                err(f, "noise %r inside labelled text %r" % (n, t[:20]))
    # every printed line is either labelled, noise or an allowed unlabelled line
    # (checked through the source: each non-empty line has a tag, enforced by build)
    # speech size and core paragraphs
    for i, texts in enumerate(per_speech):
        n = len(HAN.findall("".join(texts)))
        if not 900 <= n <= 1400:
            err(f, "speech %d has %d Han characters (need 900-1400)" % (i + 1, n))
    core = sum(1 for p in disk["paragraphs"] if p["category"] in CORE)
    if core < 5:
        err(f, "only %d core paragraphs" % core)
    counts = {}
    for p in disk["paragraphs"]:
        counts[p["category"]] = counts.get(p["category"], 0) + 1
    print("%s  %s %s  speeches=%d  han=%s  headings=%d  paragraphs=%d  core=%d  noise=%d  %s" % (
        f, page["encoding"], "CRLF" if page["eol"] == "\r\n" else "LF", disk["speeches"],
        [len(HAN.findall("".join(t))) for t in per_speech], len(disk["headings"]), len(disk["paragraphs"]),
        core, len(disk["noise"]), counts))

for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
