# -*- coding: utf-8 -*-
"""Build OUTDIR/NN.txt (page bytes) and OUTDIR/gold/NN.json from speeches.py.   usage: python3 gen.py"""
import json
import os
import re

from speeches import PAGES

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
INJ = re.compile(r"⟦(.*?)⟧", re.S)


def page_text(s):
    return INJ.sub(lambda m: m.group(1), s).replace("⏎", "\n")


def gold_text(s):
    return INJ.sub("", s).replace("⏎", "")


def injections(s):
    out = []
    for m in INJ.finditer(s):
        out += [x.strip() for x in m.group(1).split("\n") if x.strip()]
    return out


def build(nn, spec):
    items = spec["items"]
    ind = spec.get("indent", "")
    eol = spec["eol"]
    body_eol = spec.get("body_eol") or eol
    kinds = [it[0] for it in items]
    first = kinds.index("T")
    last = max(i for i, k in enumerate(kinds) if k in ("P", "HP", "H"))
    gold = {"file": f"{nn}.txt", "speeches": kinds.count("T"), "titles": [], "headings": [], "paragraphs": [], "noise": []}
    chunks = []
    for i, it in enumerate(items):
        k = it[0]
        if k == "N":
            line = it[1]
            gold["noise"].append(it[2] or it[1].strip())
        elif k == "R":
            line = it[1]
        elif k == "T":
            line = it[1]
            gold["titles"].append(it[1])
        elif k == "M":
            line = it[1]
        elif k == "H":
            line = it[2]
            gold["headings"].append({"text": it[2], "level": it[1]})
        elif k == "HP":
            _, lvl, head, body, cat = it
            line = ind + head + page_text(body)
            gold["headings"].append({"text": head, "level": lvl})
            gold["paragraphs"].append({"text": gold_text(body), "category": cat, "truncated": False})
            gold["noise"] += injections(body)
        elif k == "P":
            _, text, cat, trunc = it
            line = ind + page_text(text)
            gold["paragraphs"].append({"text": gold_text(text), "category": cat, "truncated": bool(trunc)})
            gold["noise"] += injections(text)
        else:
            raise ValueError(k)
        e = body_eol if first <= i <= last else eol
        chunks.append(line.replace("\n", e) + e)
        if spec.get("blank_between") and line.strip():
            chunks.append(e)
    # noise: unique, in order
    seen, noise = set(), []
    for n in gold["noise"]:
        if n not in seen:
            seen.add(n)
            noise.append(n)
    gold["noise"] = noise
    text = "".join(chunks)
    data = text.encode(spec["encoding"])
    if spec.get("bom"):
        data = b"\xef\xbb\xbf" + data
    return data, gold


def main():
    os.makedirs(os.path.join(OUTDIR, "gold"), exist_ok=True)
    for nn, spec in PAGES.items():
        data, gold = build(nn, spec)
        with open(os.path.join(OUTDIR, f"{nn}.txt"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUTDIR, "gold", f"{nn}.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(nn, len(data), "bytes", spec["encoding"], "bom" if spec.get("bom") else "", repr(spec["eol"]),
              len(gold["paragraphs"]), "paragraphs", len(gold["headings"]), "headings", len(gold["noise"]), "noise")


if __name__ == "__main__":
    main()
