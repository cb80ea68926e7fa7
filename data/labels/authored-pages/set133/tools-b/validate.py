# -*- coding: utf-8 -*-
"""Check every page against its gold and the brief's rules; prints the errors and exits 1 when there are any."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gen import CATS, PAGES, build  # noqa: E402

CORE = {"形势分析", "隐患排查", "责任落实"}
HAN = re.compile(r"[\u4e00-\u9fff]")
WSRE = re.compile(r"[\s\u3000]+")
errors = []


def err(num, msg):
    errors.append("%s: %s" % (num, msg))


def han(s):
    return len(HAN.findall(s))


def squeeze(s):
    return WSRE.sub("", s)


def check(num):
    cfg = PAGES[num]
    path = os.path.join(ROOT, num + ".txt")
    raw = open(path, "rb").read()
    gold = json.load(open(os.path.join(ROOT, "gold", num + ".json"), encoding="utf-8"))
    data, fresh, speeches = build(num)
    if raw != data:
        err(num, "page differs from a fresh build (run gen.py)")
    if gold != fresh:
        err(num, "gold differs from a fresh build (run gen.py)")
    if list(gold) != ["file", "speeches", "titles", "headings", "paragraphs", "noise"]:
        err(num, "gold keys/order wrong: %s" % list(gold))
    if gold["file"] != num + ".txt":
        err(num, "file name in gold")

    # encoding, BOM, line ends
    if cfg["bom"]:
        if not raw.startswith(b"\xff\xfe"):
            err(num, "missing UTF-16 LE BOM")
    elif raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe"):
        err(num, "unexpected BOM")
    text = raw.decode(cfg["enc"])
    if cfg["bom"]:
        text = text[1:]
    if cfg["enc"] == "gb18030":
        try:
            if raw.decode("gbk") != text:
                err(num, "GBK and GB18030 decodings differ")
        except UnicodeDecodeError as e:
            err(num, "not GBK-only: %s" % e)
    if cfg["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", text):
            err(num, "bare LF in a CRLF page")
    elif "\r" in text:
        err(num, "CR in an LF page")
    for bad in "‖«»":
        if bad in text:
            err(num, "markup character %s left on the page" % bad)

    # labels
    if gold["speeches"] != len(gold["titles"]):
        err(num, "speeches != number of titles")
    for p in gold["paragraphs"]:
        if p["category"] not in CATS:
            err(num, "bad category %s" % p["category"])
        if list(p) != ["text", "category", "truncated"]:
            err(num, "paragraph keys")
        if not p["text"] or p["text"] != p["text"].strip(" \u3000"):
            err(num, "empty or padded paragraph: %s" % p["text"][:20])
    for h in gold["headings"]:
        if h["level"] not in (1, 2, 3, 4) or list(h) != ["text", "level"]:
            err(num, "bad heading %s" % h)
        if "。" in h["text"]:
            err(num, "heading holds 。: %s" % h["text"])
    labelled = gold["titles"] + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]
    for s in labelled:
        if any(c in s for c in "‖«»|"):
            err(num, "markup in gold text: %s" % s[:20])

    # noise
    if len(set(gold["noise"])) != len(gold["noise"]):
        err(num, "noise strings not distinct")
    for n in gold["noise"]:
        if len(n) < 4:
            err(num, "noise under 4 characters: %s" % n)
        if n not in text:
            err(num, "noise not verbatim on the page: %s" % n)
        for s in labelled:
            if n in s:
                err(num, "noise %s is inside labelled text %s" % (n, s[:20]))

    # every labelled text on the page, in order, once noise and white space are taken out
    stripped = text
    for n in sorted(gold["noise"], key=len, reverse=True):
        stripped = stripped.replace(n, "")
    stripped = squeeze(stripped)
    for group in ("titles", "headings", "paragraphs"):
        pos = 0
        for item in gold[group]:
            s = squeeze(item if isinstance(item, str) else item["text"])
            k = stripped.find(s, pos)
            if k < 0:
                err(num, "%s not found in order on the page: %s" % (group, s[:30]))
            else:
                pos = k + len(s)

    # run-in headings: heading up to the first 。 of the printed line
    for line in text.splitlines():
        for h in gold["headings"]:
            body = squeeze(line)
            hs = squeeze(h["text"])
            if body.startswith(hs + "。") and len(body) > len(hs) + 1:
                if "。" in hs:
                    err(num, "run-in heading is not cut at the first 。: %s" % hs)

    # sizes and core paragraphs
    lo, hi = (450, 850) if num == "06" else (900, 1400)
    for sp in speeches:
        n = han(sp["title"]) + sum(han(h["text"]) for h in sp["headings"]) + sum(han(p["text"]) for p in sp["paragraphs"])
        if not lo <= n <= hi:
            err(num, "speech %s has %d Han (want %d-%d)" % (sp["title"][:12], n, lo, hi))
        print("  %s  %-40s %5d Han" % (num, sp["title"][:40], n))
    core = sum(p["category"] in CORE for p in gold["paragraphs"])
    if core < (6 if num == "06" else 5):
        err(num, "only %d core paragraphs" % core)
    cats = {}
    for p in gold["paragraphs"]:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    print("  %s  core=%d  %s" % (num, core, cats))


def main():
    for num in sorted(PAGES):
        check(num)
    for e in errors:
        print("ERROR", e)
    print("%d errors" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
