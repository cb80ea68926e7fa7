# -*- coding: utf-8 -*-
"""Check the five pages and their gold files against each other and against the brief's rules."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, CATEGORIES  # noqa: E402
from gen import build  # noqa: E402

CORE = {"形势分析", "隐患排查", "责任落实"}
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
HAN = re.compile(r"[\u4e00-\u9fff]")
WS = re.compile(r"\s+")
errors = []


def err(page, msg):
    errors.append("%s: %s" % (page, msg))


def han(s):
    return len(HAN.findall(s))


def check_page(page):
    num = page["num"]
    path = os.path.join(ROOT, num + ".txt")
    raw = open(path, "rb").read()
    # --- encoding, BOM, line ends
    enc = page["enc"]
    if enc == "utf-16le":
        if page["bom"] != raw.startswith(b"\xff\xfe"):
            err(num, "UTF-16LE BOM presence wrong")
        body = raw[2:] if raw.startswith(b"\xff\xfe") else raw
    else:
        has_bom = raw.startswith(b"\xef\xbb\xbf")
        if page["bom"] != has_bom:
            err(num, "BOM presence wrong")
        body = raw[3:] if has_bom else raw
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as e:
        err(num, "does not decode as %s: %s" % (enc, e))
        return
    if enc != "utf-8":
        try:
            body.decode("utf-8")
            err(num, "page decodes as UTF-8 although it should not be UTF-8")
        except UnicodeDecodeError:
            pass
    if page["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err(num, "mixed line ends in a CRLF page")
    else:
        if "\r" in text:
            err(num, "CR found in an LF page")
    for ch in "‖«»":
        if ch in text:
            err(num, "source mark %r printed on the page" % ch)
    if re.search(r"^(N|R|T|C|H[1-4]|PT?:\S+)\|", text, re.M):
        err(num, "a source tag is printed on the page")

    # --- gold file shape and agreement with the source
    gpath = os.path.join(ROOT, "gold", num + ".json")
    pairs = json.load(open(gpath, encoding="utf-8"), object_pairs_hook=lambda p: p)
    if [k for k, _ in pairs] != KEYS:
        err(num, "gold keys/order wrong: %s" % [k for k, _ in pairs])
    gold = json.load(open(gpath, encoding="utf-8"))
    lines, regen, items = build(page)
    if gold != regen:
        err(num, "gold file differs from the source (run gen.py)")
    if gold["file"] != num + ".txt":
        err(num, "file field wrong")
    if gold["speeches"] != page["speeches"] or len(gold["titles"]) != page["speeches"]:
        err(num, "speech count %d / titles %d, expected %d" % (gold["speeches"], len(gold["titles"]), page["speeches"]))
    if page["eol"].join(lines) + page["eol"] != text:
        err(num, "page text differs from the source (run gen.py)")

    # --- labels
    labelled = list(gold["titles"]) + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]
    for h in gold["headings"]:
        if set(h) != {"text", "level"} or h["level"] not in (1, 2, 3, 4):
            err(num, "bad heading %r" % h)
        if h["text"].endswith("。"):
            err(num, "heading keeps its final 。: %s" % h["text"])
    for p in gold["paragraphs"]:
        if list(p) != ["text", "category", "truncated"]:
            err(num, "paragraph keys wrong %r" % list(p))
        if p["category"] not in CATEGORIES:
            err(num, "unknown category %r" % p["category"])
        if not isinstance(p["truncated"], bool):
            err(num, "truncated not a bool")
        if han(p["text"]) < 10:
            err(num, "paragraph too short: %s" % p["text"])
    for t in gold["titles"]:
        if not re.search(r"(讲话|講話|发言|發言)$", t):
            err(num, "title does not look like a speech title: %s" % t)
    core = sum(1 for p in gold["paragraphs"] if p["category"] in CORE)
    if core < 5:
        err(num, "only %d core paragraphs" % core)

    # --- noise
    seen = set()
    for n in gold["noise"]:
        if len(n) < 4:
            err(num, "noise shorter than 4 characters: %r" % n)
        if n in seen:
            err(num, "noise not distinct: %r" % n)
        seen.add(n)
        if n not in text:
            err(num, "noise not verbatim on the page: %r" % n)
        nn = WS.sub("", n)
        for s in labelled:
            if n in s or nn in WS.sub("", s):
                err(num, "noise %r is inside labelled text %r" % (n, s[:30]))

    # --- every labelled text can be read off the page once noise and furniture are taken away
    residue = text
    rtexts = []
    for raw_line in page["src"].split("\n"):
        for seg in raw_line.lstrip("+").split("‖"):
            if seg.startswith("R|") and seg[2:].strip():
                rtexts.append(seg[2:].strip())
    for s in sorted(set(gold["noise"]) | set(rtexts), key=len, reverse=True):
        residue = residue.replace(s, "")
    residue = WS.sub("", residue)
    for s in labelled:
        if WS.sub("", s) not in residue:
            err(num, "labelled text not found on the page: %s" % s[:40])

    # --- size of each speech
    for i in range(page["speeches"]):
        n = sum(han(t) for sp, _, t in items if sp == i)
        if not 900 <= n <= 1400:
            err(num, "speech %d has %d Han characters of labelled text (900-1400)" % (i + 1, n))
    if any(sp < 0 for sp, _, _ in items):
        err(num, "labelled text before the first title")
    return core


def main():
    report = []
    for page in PAGES:
        core = check_page(page)
        lines, gold, items = build(page)
        sizes = [sum(han(t) for sp, _, t in items if sp == i) for i in range(page["speeches"])]
        report.append("%s.txt  speeches=%d  han=%s  paragraphs=%d  core=%s  headings=%d  noise=%d" % (
            page["num"], page["speeches"], sizes, len(gold["paragraphs"]), core, len(gold["headings"]),
            len(gold["noise"])))
    print("\n".join(report))
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
