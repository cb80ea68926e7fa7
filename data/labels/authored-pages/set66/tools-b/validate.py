#!/usr/bin/python3
"""Validate pages 06-10 against gold/NN.json.

Checks: schema and key order; page encoding; every noise string is on the page (exact), is >= 4 characters,
is listed once and never occurs inside a title/heading/paragraph; with the noise masked (NFKC, whitespace
removed) every title/heading/paragraph is found in page order; leftover text is only salutation / speaker /
date / signature lines or markers under 4 characters; per speech the Han count and category rules.
Exit status 1 when any error is found.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["06.txt", "07.txt", "08.txt", "09.txt", "10.txt"]
ENC = {"06.txt": "utf-8", "07.txt": "gbk", "08.txt": "utf-8", "09.txt": "utf-8", "10.txt": "gb18030"}
HAN_RANGE = {"08.txt": (500, 800)}
DEFAULT_HAN = (900, 1400)
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]

ALLOWED = [
    ("date", re.compile(r"^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$")),
    ("salutation", re.compile(r"^[^。；]{0,20}(同志|老师|各位|班组长|代表|大家)[^。；]{0,10}[：:]$")),
    ("speaker", re.compile(r"^(——)?[\u4e00-\u9fff、]{0,16}(书记|县长|镇长|乡长|局长|主任|校长|院长|经理|主持人)[\u4e00-\u9fff]{0,4}$")),
    ("signature", re.compile(r"^[（(]?(完|全文完|此页无正文)[）)]?$")),
]


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff")


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace())


def build_norm(raw):
    """normalized chars with the raw index each came from"""
    chars, idx = [], []
    for i, c in enumerate(raw):
        for d in unicodedata.normalize("NFKC", c):
            if not d.isspace():
                chars.append(d)
                idx.append(i)
    return "".join(chars), idx


def allowed_piece(s):
    if len(s) < 4:
        return "short"
    for name, rx in ALLOWED:
        if rx.match(s):
            return name
    return None


def check(fname, errors, report):
    def err(msg):
        errors.append(f"{fname}: {msg}")

    path = os.path.join(ROOT, fname)
    gpath = os.path.join(ROOT, "gold", fname.replace(".txt", ".json"))
    data = open(path, "rb").read()
    try:
        raw = data.decode(ENC[fname])
    except UnicodeDecodeError as e:
        err(f"not valid {ENC[fname]}: {e}")
        return
    if ENC[fname] != "utf-8":
        try:
            data.decode("utf-8")
            err("expected a non-UTF-8 file, but it decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    if fname == "06.txt" and ("\n" in raw or "\r" in raw):
        err("06.txt must be one line without any line break")
    try:
        g = json.load(open(gpath, encoding="utf-8"))
    except Exception as e:
        err(f"gold unreadable: {e}")
        return

    # ---- schema
    if list(g.keys()) != KEYS:
        err(f"keys/order {list(g.keys())} != {KEYS}")
        return
    if g["file"] != fname:
        err("file field mismatch")
    if not isinstance(g["titles"], list) or g["speeches"] != len(g["titles"]) or g["speeches"] < 1:
        err("speeches != len(titles)")
    for h in g["headings"]:
        if list(h.keys()) != ["text", "level"] or not isinstance(h["level"], int) or not 1 <= h["level"] <= 4:
            err(f"bad heading {h}")
        elif h["text"].endswith("。"):
            err(f"heading ends with 。: {h['text']}")
    for p in g["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            err(f"bad paragraph keys {list(p.keys())}")
            continue
        if p["category"] not in CATS:
            err(f"bad category {p['category']}")
        if not isinstance(p["truncated"], bool):
            err("truncated not bool")
    labelled = list(g["titles"]) + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
    for t in labelled:
        if not t or t != t.strip():
            err(f"empty or padded labelled text: {t!r}")

    # ---- noise
    seen = set()
    for n in g["noise"]:
        if n in seen:
            err(f"noise listed twice: {n}")
        seen.add(n)
        if len(n.strip()) < 4:
            err(f"noise shorter than 4: {n!r}")
        if n not in raw:
            err(f"noise not on page: {n!r}")
        nn = norm(n)
        for t in labelled:
            if nn and nn in norm(t):
                err(f"noise {n!r} occurs inside labelled text {t[:20]!r}")

    # ---- mask noise, then find labelled items in page order
    N, idx = build_norm(raw)
    masked = [False] * len(N)
    for n in g["noise"]:
        nn = norm(n)
        if not nn:
            continue
        start = 0
        while True:
            k = N.find(nn, start)
            if k < 0:
                break
            for j in range(k, k + len(nn)):
                masked[j] = True
            start = k + 1
    keep = [j for j in range(len(N)) if not masked[j]]
    M = "".join(N[j] for j in keep)
    queues = {"title": list(g["titles"]), "heading": [h["text"] for h in g["headings"]],
              "paragraph": [p["text"] for p in g["paragraphs"]]}
    qpos = {k: 0 for k in queues}
    found = {k: [] for k in queues}  # list of (start, end) in M
    consumed = [False] * len(M)
    cur = 0
    while True:
        best = None
        for k in ("title", "heading", "paragraph"):
            if qpos[k] < len(queues[k]):
                t = norm(queues[k][qpos[k]])
                pos = M.find(t, cur)
                if pos >= 0 and (best is None or pos < best[1] or (pos == best[1] and len(t) > best[2])):
                    best = (k, pos, len(t))
        if best is None:
            break
        k, pos, ln = best
        found[k].append((pos, pos + ln))
        for j in range(pos, pos + ln):
            consumed[j] = True
        qpos[k] += 1
        cur = pos + ln
    ok_order = True
    for k in queues:
        if qpos[k] < len(queues[k]):
            ok_order = False
            err(f"{k} not found in page order: {queues[k][qpos[k]][:30]!r}")

    # ---- leftover text
    used_raw = set()
    for j in range(len(N)):
        if masked[j]:
            used_raw.add(idx[j])
    for mj, j in enumerate(keep):
        if consumed[mj]:
            used_raw.add(idx[j])
    frags, curf = [], []
    for i, c in enumerate(raw):
        if i in used_raw or c in "\r\n":
            if "".join(curf).strip():
                frags.append("".join(curf).strip())
            curf = []
        else:
            curf.append(c)
    if "".join(curf).strip():
        frags.append("".join(curf).strip())
    leftovers = []
    for f in frags:
        nf = unicodedata.normalize("NFKC", f).strip()
        kind = None
        if len(nf.split()) > 1:  # several items on one line (06): each must be allowed
            kinds = [allowed_piece(tok) for tok in nf.split()]
            if all(kinds):
                kind = "+".join(kinds)
        if kind is None:
            kind = allowed_piece(re.sub(r"\s+", "", nf))
        leftovers.append((f, kind))
        if kind is None:
            err(f"unlabelled leftover text: {f!r}")

    # ---- per speech rules
    if ok_order:
        tstarts = [s for s, _ in found["title"]]

        def speech_of(pos):
            i = -1
            for si, s in enumerate(tstarts):
                if pos >= s:
                    i = si
            return i

        lo, hi = HAN_RANGE.get(fname, DEFAULT_HAN)
        for si, title in enumerate(g["titles"]):
            paras = [p for p, (s, _) in zip(g["paragraphs"], found["paragraph"]) if speech_of(s) == si]
            heads = [h for h, (s, _) in zip(g["headings"], found["heading"]) if speech_of(s) == si]
            n = sum(han(p["text"]) for p in paras) + sum(han(h["text"]) for h in heads)
            cats = [p["category"] for p in paras]
            report.append(f"{fname} speech {si + 1} 《{title}》: {len(heads)} headings, {len(paras)} paragraphs, "
                          f"{n} Han")
            if not lo <= n <= hi:
                err(f"speech {si + 1}: Han count {n} outside {lo}-{hi}")
            if not paras:
                err(f"speech {si + 1}: no paragraphs")
                continue
            if cats[0] != "开场":
                err(f"speech {si + 1}: first paragraph is {cats[0]}, not 开场")
            if cats[-1] != "结尾":
                err(f"speech {si + 1}: last paragraph is {cats[-1]}, not 结尾")
            for c in CORE:
                if cats.count(c) < 2:
                    err(f"speech {si + 1}: only {cats.count(c)} paragraph(s) of {c}")
        if any(speech_of(s) < 0 for s, _ in found["paragraph"] + found["heading"]):
            err("heading/paragraph before the first title")
    for f, kind in leftovers:
        report.append(f"{fname}   leftover [{kind}] {f!r}")


def main():
    errors, report = [], []
    for f in FILES:
        check(f, errors, report)
    for line in report:
        print(line)
    for e in errors:
        print("ERROR", e)
    print(f"{len(FILES)} files checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
