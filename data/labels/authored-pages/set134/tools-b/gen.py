# -*- coding: utf-8 -*-
"""Build every page NN.txt and gold/NN.json from the single tagged source in speeches.py."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
INJ = re.compile(r"«(.*?)»")


def build(page):
    """Return (printed lines, gold dict, per-speech labelled texts)."""
    out, titles, heads, paras, noise = [], [], [], [], []
    per_speech = []          # list of lists of labelled texts, one per speech
    for raw in page["src"].split("\n")[:-1] if page["src"].endswith("\n") else page["src"].split("\n"):
        glue = raw.startswith("+")
        if glue:
            raw = raw[1:]
        printed = ""
        if raw != "":
            for seg in raw.split("‖"):
                tag, _, text = seg.partition("|")
                if not _:
                    raise ValueError("segment without tag: %r" % seg)
                if tag == "N":
                    printed += text
                    noise.append(text.strip())
                    continue
                if tag == "R":
                    printed += text
                    continue
                # labelled segment: pull out injected noise
                inj = INJ.findall(text)
                noise.extend(s.strip() for s in inj)
                printed += INJ.sub(lambda m: m.group(1), text)
                clean = INJ.sub("", text)
                if tag == "T":
                    titles.append(clean)
                    per_speech.append([clean])
                elif re.fullmatch(r"H[1-4]", tag):
                    h = clean[:-1] if clean.endswith("。") else clean
                    heads.append({"text": h, "level": int(tag[1])})
                    per_speech[-1].append(h)
                elif tag.startswith("P:") or tag.startswith("PT:"):
                    cat = tag.split(":", 1)[1]
                    if cat not in CATS:
                        raise ValueError("bad category %r" % cat)
                    paras.append({"text": clean, "category": cat, "truncated": tag.startswith("PT:")})
                    per_speech[-1].append(clean)
                elif tag == "C":
                    paras[-1]["text"] += clean
                    per_speech[-1][-1] += clean
                else:
                    raise ValueError("unknown tag %r" % tag)
        if glue:
            out[-1] += printed
        else:
            out.append(printed)
    gold = {"file": page["file"], "speeches": len(titles), "titles": titles,
            "headings": heads, "paragraphs": paras, "noise": noise}
    return out, gold, per_speech


def write(page):
    lines, gold, _ = build(page)
    data = page["eol"].join(lines) + page["eol"]
    b = data.encode(page["encoding"])
    if page.get("bom"):
        b = ("\ufeff".encode(page["encoding"])) + b
    with open(os.path.join(ROOT, page["file"]), "wb") as f:
        f.write(b)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", page["file"].replace(".txt", ".json")), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    for p in PAGES:
        write(p)
        print("wrote", p["file"])
