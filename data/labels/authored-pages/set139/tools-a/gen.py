# -*- coding: utf-8 -*-
"""Build NN.txt and gold/NN.json from the tagged source in speeches.py."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

CATEGORIES = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法",
              "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
INJ = re.compile(r"«(.*?)»")
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}


def parse(source):
    """Return (printed_lines, gold_dict_without_file, extras)."""
    lines = source.split("\n")
    # drop the one leading and trailing empty line of the r-string
    if lines and lines[0] == "":
        lines = lines[1:]
    if lines and lines[-1] == "":
        lines = lines[:-1]
    out = []
    titles, headings, paragraphs, noise = [], [], [], []
    r_lines, s_lines = [], []
    speeches = []  # per speech: list of labelled texts (title, headings, paragraphs)

    def add_noise(s):
        s = s.strip()
        if s not in noise:
            noise.append(s)

    def labelled(text):
        for m in INJ.finditer(text):
            add_noise(m.group(1))
        return INJ.sub("", text).strip()

    for raw in lines:
        glue = raw.startswith("+")
        line = raw[1:] if glue else raw
        printed = ""
        if line.strip():
            for seg in line.split("‖"):
                tag, text = seg.split("|", 1)
                printed += text.replace("«", "").replace("»", "")
                if tag == "N":
                    add_noise(text)
                elif tag == "S":
                    s_lines.append(text.strip())
                elif tag == "R":
                    r_lines.append(text.strip())
                elif tag == "T":
                    t = labelled(text)
                    titles.append(t)
                    speeches.append([t])
                elif tag in ("H1", "H2", "H3", "H4"):
                    t = labelled(text)
                    if t.endswith("。"):
                        t = t[:-1]
                    headings.append({"text": t, "level": int(tag[1])})
                    speeches[-1].append(t)
                elif tag.startswith("P:") or tag.startswith("PT:"):
                    cat = tag.split(":", 1)[1]
                    assert cat in CATEGORIES, cat
                    t = labelled(text)
                    paragraphs.append({"text": t, "category": cat,
                                       "truncated": tag.startswith("PT:")})
                    speeches[-1].append(t)
                elif tag == "C":
                    t = labelled(text)
                    paragraphs[-1]["text"] += t
                    speeches[-1][-1] += t
                else:
                    raise ValueError("unknown tag %r in %r" % (tag, raw))
        if glue:
            out[-1] += printed
        else:
            out.append(printed)
    gold = {"speeches": len(titles), "titles": titles, "headings": headings,
            "paragraphs": paragraphs, "noise": noise}
    return out, gold, {"r": r_lines, "s": s_lines, "speeches": speeches}


def build(num):
    spec = PAGES[num]
    out, gold, extras = parse(spec["source"])
    eol = spec["eol"]
    text = eol.join(out) + eol
    data = text.encode(spec["encoding"])
    if spec["bom"]:
        data = BOMS[spec["encoding"]] + data
    gold = dict([("file", num + ".txt")] + list(gold.items()))
    return data, gold, extras


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for num in sorted(PAGES):
        data, gold, _ = build(num)
        with open(os.path.join(ROOT, num + ".txt"), "wb") as f:
            f.write(data)
        with open(os.path.join(ROOT, "gold", num + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", num, len(data), "bytes,", len(gold["paragraphs"]), "paragraphs")


if __name__ == "__main__":
    main()
