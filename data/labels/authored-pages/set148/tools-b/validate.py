# -*- coding: utf-8 -*-
"""Checks writer b's pages 06-10 of set148 and their gold. Prints every error; exit 1 when there is one."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S

MARK = re.compile(r"⟦(.*?)⟧", re.S)
errors = []


def err(page, msg):
    errors.append(f"{page}: {msg}")


def norm(s):
    """the scorer's norm(): NFKC, keep letters, digits (Han included), × and *"""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def han(s):
    return len(re.findall(r"[\u3400-\u9fff]", s))


BOMS = [b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]

for page, meta in S.PAGES.items():
    path = os.path.join(OUT, page + ".txt")
    raw = open(path, "rb").read()
    # ---- encoding
    bom = meta["bom"]
    if bom and not raw.startswith(bom):
        err(page, "missing BOM")
    if not bom and any(raw.startswith(b) for b in BOMS):
        err(page, "unexpected BOM")
    try:
        text = raw[len(bom):].decode(meta["encoding"], errors="strict")
    except UnicodeDecodeError as e:
        err(page, f"strict decoding as {meta['encoding']} fails: {e}")
        continue
    if "\ufeff" in text:
        err(page, "stray U+FEFF inside the text")
    if meta["encoding"] == "gb18030":
        try:
            raw.decode("utf-8")
            err(page, "GB18030 page also decodes as UTF-8 (no multibyte GB text?)")
        except UnicodeDecodeError:
            pass
    if meta["newline"] == "\r\n":
        if re.search(r"(?<!\r)\n", text):
            err(page, "bare LF in a CRLF page")
    elif "\r" in text:
        err(page, "CR in an LF page")
    # ---- gold
    gpath = os.path.join(OUT, "gold", page + ".json")
    g = json.load(open(gpath, encoding="utf-8"))
    for k in ("file", "speeches", "titles", "headings", "paragraphs", "noise"):
        if k not in g:
            err(page, f"gold lacks {k}")
    if g["file"] != page + ".txt":
        err(page, "gold file name")
    sps = S.SPEECHES[page]
    if g["speeches"] != len(sps) or len(g["titles"]) != len(sps):
        err(page, "speech count / titles")
    # expected gold from the source of truth
    exp_h, exp_p, order, unlabelled = [], [], [], []
    for sp in sps:
        order.append(("title", sp["title"]))
        for x in sp["speaker"] + [sp["salute"]]:
            order.append(("unlabelled", x)); unlabelled.append(x)
        npara = core = 0
        body = ""
        for b in sp["blocks"]:
            if b[0] == "h":
                exp_h.append({"text": b[2], "level": b[1]}); order.append(("heading", b[2])); body += b[2]
            else:
                if b[0] == "rh":
                    exp_h.append({"text": b[2], "level": b[1]}); order.append(("heading", b[2])); body += b[2]
                    cat, t = b[3], b[4]
                else:
                    cat, t = b[1], b[2]
                t = MARK.sub("", t)
                exp_p.append({"text": t, "category": cat}); order.append(("paragraph", t)); body += t
                npara += 1
                core += cat in S.CORE
                if cat not in S.CATEGORIES:
                    err(page, f"bad category {cat}")
        if not 8 <= npara <= 14:
            err(page, f"{npara} body paragraphs (want 8-14)")
        if core < 4:
            err(page, f"{core} core paragraphs (want >= 4)")
        if not 700 <= han(body) <= 1400:
            err(page, f"{han(body)} Han characters (want 700-1400)")
    if [h["text"] for h in g["headings"]] != [h["text"] for h in exp_h] or \
       [h["level"] for h in g["headings"]] != [h["level"] for h in exp_h]:
        err(page, "gold headings differ from speeches.py")
    if [(p["text"], p["category"]) for p in g["paragraphs"]] != [(p["text"], p["category"]) for p in exp_p]:
        err(page, "gold paragraphs differ from speeches.py")
    if g["titles"] != [sp["title"] for sp in sps]:
        err(page, "gold titles differ")
    for h in g["headings"]:
        if h["level"] not in (1, 2, 3):
            err(page, f"bad level {h}")
    for p in g["paragraphs"]:
        if p["category"] not in S.CATEGORIES:
            err(page, f"bad category {p['category']}")
        if not isinstance(p.get("truncated", False), bool):
            err(page, "truncated not boolean")
        if "⟦" in p["text"] or "⟧" in p["text"]:
            err(page, "marker left in gold text")
    # ---- noise
    gold_texts = [sp["title"] for sp in sps] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]] + unlabelled
    gold_norms = [norm(t) for t in gold_texts]
    for n in g["noise"]:
        if n not in text:
            err(page, f"noise not on page: {n!r}")
        nn = norm(n)
        if len(nn) < 2:
            err(page, f"noise too short for the scorer: {n!r}")
        for t, tn in zip(gold_texts, gold_norms):
            if nn and nn in tn:
                err(page, f"noise {n!r} occurs inside gold text {t[:30]!r}")
    if len(set(g["noise"])) != len(g["noise"]):
        err(page, "duplicate noise entries")
    # ---- order and coverage: page minus noise must be exactly the gold items (+ speaker/salute) in order
    stream = norm(text)
    for nn in sorted({norm(n) for n in g["noise"]}, key=len, reverse=True):
        stream = stream.replace(nn, "")
    pos = 0
    for kind, t in order:
        tn = norm(t)
        i = stream.find(tn, pos)
        if i < 0:
            err(page, f"{kind} not found in order: {t[:40]!r}")
            continue
        if i != pos:
            err(page, f"unaccounted text before {kind} {t[:20]!r}: {stream[pos:i][:60]!r}")
        pos = i + len(tn)
    if pos != len(stream):
        err(page, f"unaccounted text after the speech: {stream[pos:][:80]!r}")
    print(f"{page}: {meta['encoding']}{' BOM' if bom else ''} {'CRLF' if meta['newline'] == chr(13)+chr(10) else 'LF'}, "
          f"{text.count(chr(10)) + (0 if text.endswith(chr(10)) else 1)} lines, {len(sps)} speech(es), "
          f"{len(g['paragraphs'])} paragraphs ({sum(p['category'] in S.CORE for p in g['paragraphs'])} core), "
          f"{len(g['headings'])} headings, {len(g['noise'])} noise, {han(''.join(t for k, t in order if k in ('heading', 'paragraph')))} Han")

for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
