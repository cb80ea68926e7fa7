#!/usr/bin/python3
"""Validate pages NN.txt against gold/NN.json (standard library only)."""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENC = {"01.txt": "utf-8", "02.txt": "gb18030", "03.txt": "utf-8-sig",
       "04.txt": "utf-8", "05.txt": "gbk"}
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
KEYS = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
ZW = set("\u200b\u200c\u200d\u2060\ufeff")
HAN = re.compile(r"[\u4e00-\u9fff]")

SALUT = re.compile(r"^(同志们|各位(领导|同志|代表|来宾)?|同事们|朋友们)[^。]{0,12}[：:]$")
DATE = re.compile(r"^[（(]?(\d{4}|[〇○零一二三四五六七八九]{4})年[\d〇○一二三四五六七八九十]{1,2}月"
                  r"[\d〇○一二三四五六七八九十]{1,3}日[）)]?$")
SPEAKER = re.compile(r"(书记|县长|镇长|乡长|区长|市长|局长|厅长|主任|总经理|董事长|总监|负责人)")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not c.isspace() and c not in ZW)


def classify(frag):
    f = frag.strip()
    if not any(ch.isalnum() for ch in f):
        return "decoration"
    if SALUT.match(f):
        return "salutation"
    if DATE.match(f):
        return "date"
    if len(f) <= 40 and "。" not in f and (SPEAKER.search(f) or (f.startswith("——") and f.endswith("讲话"))):
        return "speaker"
    return None


def check(name):
    errs, infos = [], []
    gpath = os.path.join(ROOT, "gold", name.split(".")[0] + ".json")
    raw = open(os.path.join(ROOT, name), "rb").read()
    enc = ENC[name]
    if (enc == "utf-8-sig") != raw.startswith(b"\xef\xbb\xbf"):
        errs.append("BOM presence does not match declared encoding %s" % enc)
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        return ["decode failed: %s" % e], infos, {}
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:
        return ["gold unreadable: %s" % e], infos, {}

    # ---- keys and types
    if set(gold) != KEYS:
        errs.append("keys %s" % sorted(gold))
        return errs, infos, {}
    if gold["file"] != name:
        errs.append("file field %r" % gold["file"])
    if not isinstance(gold["speeches"], int) or gold["speeches"] != len(gold["titles"]):
        errs.append("speeches != len(titles)")
    if not all(isinstance(t, str) and t for t in gold["titles"]):
        errs.append("titles must be non-empty strings")
    for h in gold["headings"]:
        if set(h) != {"text", "level"} or not isinstance(h["text"], str) or not isinstance(h["level"], int) \
                or h["level"] < 1:
            errs.append("bad heading %r" % h)
        elif h["text"].rstrip().endswith("。"):
            errs.append("heading ends with 。: %s" % h["text"])
    for p in gold["paragraphs"]:
        if set(p) != {"text", "category", "truncated"} or not isinstance(p["text"], str) \
                or not isinstance(p["truncated"], bool):
            errs.append("bad paragraph %r" % p)
        elif p["category"] not in CATS:
            errs.append("bad category %r" % p["category"])
    noise = gold["noise"]
    if not all(isinstance(n, str) for n in noise):
        errs.append("noise must be strings")
        return errs, infos, {}
    if len(set(noise)) != len(noise):
        errs.append("duplicate noise strings")
    if errs:
        return errs, infos, {}

    labelled = [t for t in gold["titles"]] + [h["text"] for h in gold["headings"]] + \
               [p["text"] for p in gold["paragraphs"]]
    nlab = [norm(x) for x in labelled]

    # ---- noise: present, long enough, not inside labelled text; mask its occurrences
    masked = [False] * len(text)
    for n in noise:
        if len(n) < 4:
            errs.append("noise shorter than 4: %r" % n)
        if n != n.strip():
            errs.append("noise not stripped: %r" % n)
        if n not in text:
            errs.append("noise not in page: %r" % n)
            continue
        nn = norm(n)
        if any(nn in x for x in nlab):
            errs.append("noise inside labelled text: %r" % n)
        i = text.find(n)
        while i >= 0:
            for j in range(i, i + len(n)):
                masked[j] = True
            i = text.find(n, i + 1)

    # ---- normalised stream of non-noise characters with back-mapping
    line_of, S, src = [], [], []
    line = 0
    for i, c in enumerate(text):
        if c == "\n":
            line += 1
        if masked[i]:
            continue
        for d in unicodedata.normalize("NFKC", c):
            if d.isspace() or d in ZW:
                continue
            S.append(d)
            src.append(i)
            line_of.append(line)
    S = "".join(S)
    covered = [False] * len(S)

    def find_seq(items, kind):
        pos, out = 0, []
        for it in items:
            t = norm(it)
            if not t:
                errs.append("empty %s" % kind)
                out.append(-1)
                continue
            k = S.find(t, pos)
            while k >= 0 and any(covered[k:k + len(t)]):
                k = S.find(t, k + 1)
            if k < 0:
                errs.append("%s not found in order: %s" % (kind, it[:40]))
                out.append(-1)
                continue
            for j in range(k, k + len(t)):
                covered[j] = True
            out.append(k)
            pos = k + len(t)
        return out

    ppos = find_seq([p["text"] for p in gold["paragraphs"]], "paragraph")
    hpos = find_seq([h["text"] for h in gold["headings"]], "heading")
    tpos = find_seq(gold["titles"], "title")
    # a run-in heading is split at its first 。: that separator belongs to the labelled text
    for h, k in zip(gold["headings"], hpos):
        e = k + len(norm(h["text"]))
        if k >= 0 and e < len(S) and S[e] == "。" and not covered[e]:
            covered[e] = True
    if tpos and tpos[0] >= 0 and min([k for k in ppos + hpos if k >= 0] + [len(S)]) < tpos[0]:
        errs.append("labelled text before the first title")

    # ---- truncated flag only on a paragraph that is the last labelled item
    for i, p in enumerate(gold["paragraphs"]):
        if p["truncated"] and p["text"].rstrip()[-1:] in "。！？”":
            errs.append("truncated paragraph ends with sentence punctuation: %s" % p["text"][-20:])

    # ---- leftovers
    lines = text.split("\n")
    left = {}
    for k, c in enumerate(S):
        if not covered[k]:
            left.setdefault(line_of[k], []).append(k)
    for ln in sorted(left):
        frag = "".join(S[k] for k in left[ln])
        kind = classify(frag)
        if kind:
            infos.append("leftover %s: %s" % (kind, frag))
        else:
            errs.append("unlabelled text on line %d: %s" % (ln + 1, frag[:60]))

    # ---- per speech: core categories and Han count
    bounds = [p for p in tpos if p >= 0] + [len(S) + 1]
    stats = {}
    for si in range(len(bounds) - 1):
        lo, hi = bounds[si], bounds[si + 1]
        cats = [p["category"] for p, k in zip(gold["paragraphs"], ppos) if lo <= k < hi]
        han = sum(len(HAN.findall(p["text"])) for p, k in zip(gold["paragraphs"], ppos) if lo <= k < hi)
        han += sum(len(HAN.findall(h["text"])) for h, k in zip(gold["headings"], hpos) if lo <= k < hi)
        for c in CORE:
            if cats.count(c) < 2:
                errs.append("speech %d has %d %s paragraph(s)" % (si + 1, cats.count(c), c))
        if not 800 <= han <= 1500:
            errs.append("speech %d Han count %d out of range" % (si + 1, han))
        stats[si + 1] = (han, len(cats))
    return errs, infos, stats


def main():
    names = sorted(f for f in os.listdir(ROOT) if re.match(r"^\d\d\.\w+$", f))
    total = 0
    for name in names:
        if name not in ENC:
            print("%s: no encoding declared" % name)
            total += 1
            continue
        errs, infos, stats = check(name)
        total += len(errs)
        sp = "; ".join("speech %d: %d Han, %d paras" % (k, v[0], v[1]) for k, v in stats.items())
        print("%s [%s] errors=%d %s" % (name, ENC[name], len(errs), sp))
        for e in errs:
            print("   ERROR", e)
        if "-v" in sys.argv or errs:
            for i in infos:
                print("   info", i)
        else:
            print("   info: %d leftover line(s) accepted (%s)" % (
                len(infos), ", ".join(sorted(set(i.split(":")[0][9:] for i in infos)))))
    print("TOTAL ERRORS %d" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
