# -*- coding: utf-8 -*-
"""Build NN.txt and gold/NN.json for every page from the one tagged source in speeches.py."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

INJ = re.compile(r"«(.*?)»")
HEAD = {"H1": 1, "H2": 2, "H3": 3, "H4": 4}


def build(page):
    """Return (printed lines, gold dict, items); items = (speech index, kind, text) for validate."""
    lines, items = [], []
    gold = {"file": page["num"] + ".txt", "speeches": 0, "titles": [], "headings": [],
            "paragraphs": [], "noise": []}
    speech = -1
    src = page["src"].strip("\n").split("\n")
    for raw in src:
        glue = raw.startswith("+")
        line = raw[1:] if glue else raw
        out = ""
        segs = line.split("‖") if line.strip() else []
        for seg in segs:
            if "|" not in seg:
                raise ValueError("segment without tag in page %s: %r" % (page["num"], seg))
            tag, text = seg.split("|", 1)
            if tag == "N":
                out += text
                gold["noise"].append(text.strip())
                continue
            if tag == "R":
                out += text
                continue
            out += INJ.sub(r"\1", text)
            for m in INJ.finditer(text):
                gold["noise"].append(m.group(1).strip())
            clean = INJ.sub("", text).strip()
            if tag == "T":
                speech += 1
                gold["titles"].append(clean)
                items.append((speech, "T", clean))
            elif tag in HEAD:
                if clean.endswith("。"):
                    clean = clean[:-1]
                gold["headings"].append({"text": clean, "level": HEAD[tag]})
                items.append((speech, tag, clean))
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                gold["paragraphs"].append({"text": clean, "category": cat,
                                           "truncated": tag.startswith("PT:")})
                items.append((speech, "P", clean))
            elif tag == "C":
                gold["paragraphs"][-1]["text"] += clean
                # extend the last paragraph item too
                for i in range(len(items) - 1, -1, -1):
                    if items[i][1] == "P":
                        items[i] = (items[i][0], "P", items[i][2] + clean)
                        break
            else:
                raise ValueError("unknown tag %r in page %s" % (tag, page["num"]))
        if glue:
            lines[-1] += out
        else:
            lines.append(out)
    gold["speeches"] = len(gold["titles"])
    return lines, gold, items


def encode(page, lines):
    text = page["eol"].join(lines) + page["eol"]
    enc = page["enc"]
    if enc == "utf-16le":
        data = text.encode("utf-16-le")
        return (b"\xff\xfe" + data) if page["bom"] else data
    data = text.encode(enc)  # strict: a character the codec lacks is an error
    if page["bom"]:
        assert enc == "utf-8"
        data = b"\xef\xbb\xbf" + data
    return data


def dump_gold(g):
    j = lambda x: json.dumps(x, ensure_ascii=False)
    out = ['{"file": %s, "speeches": %d, "titles": %s,' % (j(g["file"]), g["speeches"], j(g["titles"]))]
    out.append(' "headings": [' + ",\n  ".join(j(h) for h in g["headings"]) + "],")
    out.append(' "paragraphs": [' + ",\n  ".join(j(p) for p in g["paragraphs"]) + "],")
    out.append(' "noise": [' + ",\n  ".join(j(n) for n in g["noise"]) + "]}")
    return "\n".join(out) + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for page in PAGES:
        lines, gold, _ = build(page)
        with open(os.path.join(ROOT, page["num"] + ".txt"), "wb") as f:
            f.write(encode(page, lines))
        with open(os.path.join(ROOT, "gold", page["num"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(dump_gold(gold))
        print("%s.txt  %-9s %s  %d lines, %d paragraphs, %d noise" % (
            page["num"], page["enc"] + ("+BOM" if page["bom"] else ""),
            "CRLF" if page["eol"] == "\r\n" else "LF", len(lines), len(gold["paragraphs"]), len(gold["noise"])))


if __name__ == "__main__":
    main()
