# -*- coding: utf-8 -*-
"""Checks pages 06-10 and their gold against speeches.py. Prints every problem; exit 1 when there is any."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, CATEGORIES, CORE
from gen import sequence, gold_text

def norm(s):
    """the scorer's norm() without the Traditional->Simplified step: NFKC, keep letters, digits, × and *"""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
errors, infos = [], []
def err(nn, msg): errors.append(f"{nn}: {msg}")

def decode(nn, page, raw):
    enc = page["encoding"]
    if enc == "utf-8":
        if raw.startswith(b"\xef\xbb\xbf"): err(nn, "unexpected UTF-8 BOM")
        return raw.decode("utf-8", errors="strict")
    if enc == "utf-8-sig":
        if not raw.startswith(b"\xef\xbb\xbf"): err(nn, "missing UTF-8 BOM")
        return raw[3:].decode("utf-8", errors="strict")
    if enc == "gb18030":
        try:
            raw.decode("utf-8", errors="strict"); err(nn, "GB18030 page also decodes as UTF-8 (no non-ASCII?)")
        except UnicodeDecodeError:
            pass
        return raw.decode("gb18030", errors="strict")
    if enc == "utf-16-le-bom":
        if not raw.startswith(b"\xff\xfe"): err(nn, "missing UTF-16LE BOM")
        return raw[2:].decode("utf-16-le", errors="strict")
    raise ValueError(enc)

def check(nn, page):
    raw = open(os.path.join(OUT, f"{nn}.txt"), "rb").read()
    try:
        text = decode(nn, page, raw)
    except UnicodeDecodeError as e:
        err(nn, f"strict decoding failed: {e}"); return
    if page["newline"] == "\r\n":
        if re.search(r"(?<!\r)\n", text): err(nn, "bare LF in a CRLF page")
    elif "\r" in text: err(nn, "CR in an LF page")
    g = json.load(open(os.path.join(OUT, "gold", f"{nn}.json"), encoding="utf-8"))
    seq = sequence(page)
    # gold must be what speeches.py says
    if g.get("file") != f"{nn}.txt": err(nn, "gold file name")
    if g["speeches"] != len(g["titles"]): err(nn, "speeches != len(titles)")
    if g["titles"] != [p["text"] for p, _ in seq if p["t"] == "T"]: err(nn, "titles differ from speeches.py")
    if [h["text"] for h in g["headings"]] != [gold_text(p["text"]).rstrip("。") for p, _ in seq if p["t"] == "H"]: err(nn, "headings differ from speeches.py")
    if [x["text"] for x in g["paragraphs"]] != [gold_text(p["text"]) for p, _ in seq if p["t"] == "P"]: err(nn, "paragraphs differ from speeches.py")
    for h in g["headings"]:
        if h["level"] not in (1, 2, 3): err(nn, f"bad heading level {h}")
    for x in g["paragraphs"]:
        if x["category"] not in CATEGORIES: err(nn, f"bad category {x['category']}")
        if not isinstance(x.get("truncated", False), bool): err(nn, "truncated not a bool")
        for bad in ("⟦", "⟧", "¦", "**"):
            if bad in x["text"]: err(nn, f"markup {bad} left in gold paragraph")
    pn = norm(text)
    # noise: on the page, not inside any gold or unlabelled line
    labelled = [norm(p["text"]) if p["t"] in ("T", "U") else norm(gold_text(p["text"])) for p, _ in seq if p["t"] in ("T", "U", "H", "P")]
    for s in g["noise"]:
        t = norm(s)
        if not t: continue
        if len(t) < 2: infos.append(f"{nn}: noise {s!r} is shorter than 2 after norm (the scorer ignores it)")
        if t not in pn: err(nn, f"noise not on page: {s!r}")
        for l in labelled:
            if t in l: err(nn, f"noise {s!r} occurs inside gold/unlabelled text {l[:30]}…")
    # order and coverage: remove noise (longest first), then consume every labelled item in page order
    raw = text
    for s in sorted(set(g["noise"]), key=len, reverse=True):
        if s not in raw and s not in text: err(nn, f"noise not verbatim on page: {s!r}")
        raw = raw.replace(s, "\n")
    rest = norm(raw)
    pos = 0
    for p, _ in seq:
        if p["t"] not in ("T", "U", "H", "P"): continue
        t = norm(p["text"]) if p["t"] in ("T", "U") else norm(gold_text(p["text"]))
        i = rest.find(t, pos)
        if i < 0:
            err(nn, f"{p['t']} not found in order: {t[:30]}…"); continue
        if i > pos: err(nn, f"unlabelled page text before {t[:12]}…: {rest[pos:i][:60]!r}")
        pos = i + len(t)
    if pos < len(rest): err(nn, f"unlabelled page text at the end: {rest[pos:][:60]!r}")
    # per speech sizes
    for k, title in enumerate(g["titles"]):
        paras = [p for p, sp in seq if sp == k and p["t"] == "P"]
        heads = [p for p, sp in seq if sp == k and p["t"] == "H"]
        han = sum(len(HAN.findall(gold_text(p["text"]))) for p in paras + heads)
        core = sum(1 for p in paras if p["cat"] in CORE)
        infos.append(f"{nn} speech {k+1} 《{title}》: {len(paras)} paragraphs, {core} core, {len(heads)} headings, {han} Han")
        if not 8 <= len(paras) <= 14: err(nn, f"speech {k+1}: {len(paras)} paragraphs (want 8-14)")
        if not 700 <= han <= 1400: err(nn, f"speech {k+1}: {han} Han characters (want 700-1400)")
        if core < 4: err(nn, f"speech {k+1}: {core} core paragraphs (want >= 4)")
    # perfect.json agrees with gold
    perf = json.load(open(os.path.join(HERE, "perfect.json"), encoding="utf-8"))
    d = next((d for d in perf["documents"] if d["file"] == f"{nn}.txt"), None)
    if not d: err(nn, "missing from perfect.json"); return
    if len(d["speeches"]) != g["speeches"]: err(nn, "perfect.json speech count")
    blocks = [b for s in d["speeches"] for b in s["blocks"]]
    if sorted(b["text"] for b in blocks if b["kind"] == "paragraph") != sorted(x["text"] for x in g["paragraphs"]): err(nn, "perfect.json paragraphs")
    if sorted(b["text"] for b in blocks if b["kind"] == "heading") != sorted(h["text"] for h in g["headings"]): err(nn, "perfect.json headings")

for nn, page in PAGES.items():
    check(nn, page)
for i in infos: print("info", i)
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
