#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for this set from one item list per page.

Item kinds:
  N(text)            a whole chrome line (noise)
  T(text)            a speech title line
  H(level, text)     a section heading line
  P(cat, text, ...)  a speech paragraph; options:
        inj=[(after, noise)]      chrome injected inside the line right after the substring `after`
        brk=[(after, [lines])]    the paragraph is broken after `after`; chrome lines sit in between
        trunc=True                the page cuts this paragraph off (preview)
  R(text)            an unlabelled line (salutation, speaker, date, short marker, blank "")
Deterministic: run twice, byte-identical output.
"""
import importlib
import json
import os
import sys

sys.dont_write_bytecode = True

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


from gen_items import N, T, H, P, R  # noqa: F401


def render_para(text, kw, indent, wrap, noise):
    events = {}  # position -> list of ("inj", s) / ("brk", [lines])
    for after, s in kw.get("inj", []):
        i = text.index(after) + len(after)
        events.setdefault(i, []).append(("inj", s))
        noise.append(s)
    for after, ls in kw.get("brk", []):
        i = text.index(after) + len(after)
        events.setdefault(i, []).append(("brk", ls))
        noise.extend(x for x in ls if x.strip())
    out, cur, cnt = [], indent, 0
    for k in range(len(text) + 1):
        for ev in events.get(k, []):
            if ev[0] == "inj":
                cur += ev[1]
            else:
                if cur.strip():
                    out.append(cur)
                out.extend(ev[1])
                cur, cnt = "", 0
        if k == len(text):
            break
        cur += text[k]
        cnt += 1
        if wrap and cnt >= wrap and k < len(text) - 1:
            out.append(cur)
            cur, cnt = "", 0
    if cur.strip():
        out.append(cur)
    return out


def build(nn, page):
    items = page["items"]
    indent = page.get("indent", "")
    wrap = page.get("wrap", 0)
    gap = page.get("gap", False)
    lines, noise = [], []
    g = {"file": nn + ".txt", "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}
    for it in items:
        k = it[0]
        if k == "N":
            lines.append(it[1])
            noise.append(it[1])
        elif k == "T":
            lines.append(it[1])
            g["titles"].append(it[1])
        elif k == "H":
            lines.append(page.get("hindent", "") + it[2])
            g["headings"].append({"text": it[2], "level": it[1]})
        elif k == "P":
            cat, text, kw = it[1], it[2], it[3]
            lines.extend(render_para(text, kw, indent, kw.get("wrap", wrap), noise))
            g["paragraphs"].append({"text": text, "category": cat, "truncated": bool(kw.get("trunc", False))})
            if gap:
                lines.append("")
            continue
        elif k == "R":
            lines.append(it[1])
        if gap and k in "TH":
            lines.append("")
    seen = []
    for s in noise:
        s = s.strip()
        if s and s not in seen:
            seen.append(s)
    g["noise"] = seen
    g["speeches"] = len(g["titles"])
    eol = page["eol"]
    body = eol.join(lines) + eol
    enc = page["enc"]
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + body.encode("utf-16-le")
    else:
        raw = body.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


PAGES = {nn: importlib.import_module("p" + nn).PAGE for nn in ("06", "07", "08", "09", "10")}


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn in sorted(PAGES):
        build(nn, PAGES[nn])
