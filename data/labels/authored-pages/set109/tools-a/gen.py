#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes the five pages NN.txt and their labels gold/NN.json from one source (tools/pages.py).

Each page is written in a small line language (see pages.py), one page line per source line:
  N|text        chrome line; the whole line (stripped) is listed as a noise string
  n|text        chrome line not listed (covered by another noise string, or a short marker < 4 chars)
  X|text        no line: an extra noise string that occurs elsewhere on the page
  =|text        allowed unlabelled line (speaker line, salutation, date line)
  T|text        a speech title
  H1|text       a heading standing alone on its line, level 1..4
  P<cat>|text   a paragraph of category <cat>
  R<l><cat>|heading。rest   a numbered heading run in with its paragraph on the same line
  (empty)       an empty line
Run:  python3 tools/gen.py   (regenerates every page and gold file byte for byte)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pages import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]


def build(nn, spec):
    indent = spec.get("indent", "")
    out, titles, heads, paras, noise = [], [], [], [], []
    for src in spec["body"].strip("\n").split("\n"):
        if src == "":
            out.append("")
            continue
        code, _, text = src.partition("|")
        if not _:
            raise SystemExit("%s: bad source line %r" % (nn, src))
        if code == "N":
            out.append(text)
            noise.append(text.strip())
        elif code == "n" or code == "=":
            out.append(text)
        elif code == "X":
            noise.append(text)
        elif code == "T":
            out.append(text)
            titles.append(text.strip())
        elif code[0] == "H":
            out.append(text)
            heads.append({"text": text.strip(), "level": int(code[1])})
        elif code[0] == "P":
            cat = code[1:]
            assert cat in CATS, (nn, cat)
            out.append(indent + text)
            paras.append({"text": text.strip(), "category": cat, "truncated": False})
        elif code[0] == "R":
            level, cat = int(code[1]), code[2:]
            assert cat in CATS, (nn, cat)
            head, sep, rest = text.partition("。")
            assert sep and rest, (nn, text[:20])
            out.append(indent + text)
            heads.append({"text": head.strip(), "level": level})
            paras.append({"text": rest.strip(), "category": cat, "truncated": False})
        else:
            raise SystemExit("%s: unknown code %r" % (nn, code))
    eol = "\r\n" if spec["eol"] == "CRLF" else "\n"
    page = eol.join(out) + eol
    enc = spec["enc"]
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + page.encode("utf-16-le")
    else:
        raw = page.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
            "paragraphs": paras, "noise": noise}
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(out)


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn in sorted(PAGES):
        n = build(nn, PAGES[nn])
        print("%s.txt: %d lines (%s, %s)" % (nn, n, PAGES[nn]["enc"], PAGES[nn]["eol"]))


if __name__ == "__main__":
    main()
