# -*- coding: utf-8 -*-
"""Tiny page builder: one list of items gives both the page text and its gold labels.

Items (tuples):
  ("N", text)                 whole line is chrome, listed as one noise string
  ("NL", line, [noise...])    a chrome line; the listed substrings are the noise strings covering it
  ("R", line)                 unlabelled line (salutation, speaker, date, signature, short marker, pure markup)
  ("T", title, fmt)           speech title, rendered with fmt ("{}" holds the text)
  ("H", text, level, fmt)     outline heading
  ("P", text, cat, fmt, trunc)paragraph
  ("RI", head, level, para, cat, fmt)  run-in heading: head + "。" + para on one line
  ("B",)                      blank line
"""
import json
import re
import unicodedata

CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]


def N(text):
    return ("N", text)


def NL(line, *noise):
    return ("NL", line, list(noise))


def R(line):
    return ("R", line)


def T(title, fmt="{}"):
    return ("T", title, fmt)


def H(text, level, fmt="{}"):
    return ("H", text, level, fmt)


def P(text, cat, fmt="{}", trunc=False):
    assert cat in CATS, cat
    return ("P", text, cat, fmt, trunc)


def RI(head, level, para, cat, fmt="{}"):
    assert cat in CATS, cat
    return ("RI", head, level, para, cat, fmt)


def B():
    return ("B",)


def sig(line):
    """True if the line has letters or digits (needs a label or an allowed leftover form)."""
    return any(unicodedata.category(c)[0] not in "PSZ" for c in line)


def build(nn, items):
    lines, titles, heads, paras, noise, free = [], [], [], [], [], []

    def addnoise(s):
        assert len(s) >= 4, s
        if s not in noise:
            noise.append(s)

    for it in items:
        k = it[0]
        if k == "N":
            lines.append(it[1])
            addnoise(it[1].strip())
        elif k == "NL":
            lines.append(it[1])
            for s in it[2]:
                assert s in it[1], (s, it[1])
                addnoise(s)
        elif k == "R":
            lines.append(it[1])
            if sig(it[1]):
                free.append(it[1].strip())
        elif k == "T":
            lines.append(it[2].format(it[1]))
            titles.append(it[1])
        elif k == "H":
            lines.append(it[3].format(it[1]))
            heads.append({"text": it[1], "level": it[2]})
        elif k == "P":
            lines.append(it[3].format(it[1]))
            paras.append({"text": it[1], "category": it[2], "truncated": it[4]})
        elif k == "RI":
            lines.append(it[5].format(it[1] + "。" + it[3]))
            heads.append({"text": it[1], "level": it[2]})
            paras.append({"text": it[3], "category": it[4], "truncated": False})
        elif k == "B":
            lines.append("")
        else:
            raise ValueError(k)
    assert 8 <= len(noise) <= 25, (nn, len(noise))
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles,
            "headings": heads, "paragraphs": paras, "noise": noise}
    return lines, gold, free


def write(root, nn, items, enc, ends):
    lines, gold, free = build(nn, items)
    eol = "\r\n" if ends == "CRLF" else "\n"
    text = eol.join(lines) + eol
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open("%s/%s.txt" % (root, nn), "wb") as f:
        f.write(raw)
    with open("%s/gold/%s.json" % (root, nn), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold, free


HAN = re.compile(r"[\u4e00-\u9fff]")


def hancount(gold):
    """Han characters per speech (paragraphs + headings), in item order — rough, for the author."""
    return sum(len(HAN.findall(p["text"])) for p in gold["paragraphs"]) + \
        sum(len(HAN.findall(h["text"])) for h in gold["headings"])
