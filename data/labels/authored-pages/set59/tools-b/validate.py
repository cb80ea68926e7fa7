#!/usr/bin/python3
"""Validate pages 06-10 against gold/NN.json (standard library only)."""
import html, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENC = {"06.txt": "utf-8", "07.txt": "utf-8", "08.txt": "gb18030",
       "09.txt": "utf-8", "10.txt": "gbk"}
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理",
        "宣传培训", "基层基础", "结尾"}
CORE = ("形势分析", "隐患排查", "责任落实")
KEYS = {"file", "speeches", "titles", "headings", "paragraphs", "noise"}
HAN = re.compile(r"[\u4e00-\u9fff]")
ALLOWED = [  # leftovers (normalised, whitespace removed) that may stay unlabelled
    ("salutation", re.compile(r"(同志们|各位(领导|同志|同事|来宾|学员)[^：:。]{0,20}|大家好)[，,：:！!]*")),
    ("speaker", re.compile(r"——.{2,60}")),
    ("speaker", re.compile(r"发言人\d{1,2}\d{2}:\d{2}:\d{2}")),
    ("speaker", re.compile(r".{0,20}(副?(市|县|区)长|局长|书记|主任|总经理|董事长|经理)[\u4e00-\u9fff]{2,4}")),
    ("date", re.compile(r"[（(]?(\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日[）)]?")),
]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def page_text(path, enc):
    raw = open(path, "rb").read()
    text = raw.decode(enc)  # strict
    if path.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?s)<[^>]+>", "\n", text)
        text = html.unescape(text)
    return raw, text


def check(fname):
    errs, infos = [], []
    E = errs.append
    path = os.path.join(ROOT, fname)
    gpath = os.path.join(ROOT, "gold", fname.split(".")[0] + ".json")
    enc = ENC[fname]
    raw, text = page_text(path, enc)
    if enc != "utf-8":
        try:
            raw.decode("utf-8")
            E("page declared %s but is valid UTF-8" % enc)
        except UnicodeDecodeError:
            pass
    g = json.load(open(gpath, encoding="utf-8"))
    # ---- schema
    if set(g) != KEYS:
        E("keys %s" % sorted(g))
        return errs, infos, {}
    if g["file"] != fname:
        E("file field %r" % g["file"])
    if not isinstance(g["speeches"], int) or not isinstance(g["titles"], list) \
            or g["speeches"] != len(g["titles"]):
        E("speeches/titles mismatch")
    for t in g["titles"]:
        if not isinstance(t, str) or not t.strip():
            E("bad title %r" % t)
    for h in g["headings"]:
        if set(h) != {"text", "level"} or not isinstance(h["text"], str) \
                or not isinstance(h["level"], int) or h["level"] < 1:
            E("bad heading %r" % h)
        elif h["text"].rstrip().endswith("。") or "。" in h["text"]:
            E("heading with 。: %s" % h["text"])
    for p in g["paragraphs"]:
        if set(p) != {"text", "category", "truncated"} or not isinstance(p["text"], str) \
                or not isinstance(p["truncated"], bool):
            E("bad paragraph %r" % p)
        elif p["category"] not in CATS:
            E("bad category %r" % p["category"])
    if errs:
        return errs, infos, {}
    # ---- normalised page, line by line
    lines = text.splitlines()
    P, line_rng = "", []
    for ln in lines:
        n = norm(ln)
        line_rng.append((len(P), len(P) + len(n)))
        P += n
    cover = [None] * len(P)  # None / 'noise' / 'label'
    labelled_norm = [norm(t) for t in g["titles"]] + [norm(h["text"]) for h in g["headings"]] \
        + [norm(p["text"]) for p in g["paragraphs"]]
    # ---- noise
    seen = set()
    for s in g["noise"]:
        if not isinstance(s, str):
            E("noise not a string: %r" % s); continue
        if s != s.strip():
            E("noise not stripped: %r" % s)
        if len(s) < 4:
            E("noise shorter than 4: %r" % s)
        if s in seen:
            E("duplicate noise: %r" % s)
        seen.add(s)
        if s not in text:
            E("noise not in page: %r" % s); continue
        ns = norm(s)
        if any(ns in lt for lt in labelled_norm):
            E("noise inside labelled text: %r" % s)
            continue
        i = P.find(ns)
        while i >= 0:
            for k in range(i, i + len(ns)):
                cover[k] = "noise"
            i = P.find(ns, i + 1)
    # skeleton = P without noise chars
    idx = [k for k in range(len(P)) if cover[k] is None]
    S = "".join(P[k] for k in idx)
    # ---- labelled text in page order (greedy merge of the three ordered lists)
    queues = {"title": [norm(t) for t in g["titles"]],
              "heading": [norm(h["text"]) for h in g["headings"]],
              "paragraph": [norm(p["text"]) for p in g["paragraphs"]]}
    ptr = {k: 0 for k in queues}
    cur = 0
    title_pos = []
    para_pos = [None] * len(queues["paragraph"])
    while True:
        best, restart = None, False
        for k, q in queues.items():
            if ptr[k] < len(q):
                pos = S.find(q[ptr[k]], cur)
                if pos < 0:
                    E("%s #%d not found in order: %s" % (k, ptr[k], q[ptr[k]][:40]))
                    ptr[k] += 1  # skip only this item, then choose again
                    restart = True
                    break
                if best is None or pos < best[1]:
                    best = (k, pos)
        if restart:
            continue
        if best is None:
            break
        k, pos = best
        item = queues[k][ptr[k]]
        if not item:
            E("empty %s" % k)
        for j in range(pos, pos + len(item)):
            cover[idx[j]] = "label"
        if k == "title":
            title_pos.append(idx[pos])
        elif k == "paragraph":
            para_pos[ptr[k]] = idx[pos]
        ptr[k] += 1
        cur = pos + len(item)
        if k == "heading" and S[cur:cur + 1] == "。":  # run-in heading: its 。 separator
            cover[idx[cur]] = "label"
            cur += 1
    # ---- leftovers by line
    for ln, (a, b) in zip(lines, line_rng):
        left = "".join(P[k] for k in range(a, b) if cover[k] is None)
        if not left:
            continue
        kind = next((nm for nm, rx in ALLOWED if rx.fullmatch(left)), None)
        if kind:
            infos.append("leftover %s: %s" % (kind, left))
        else:
            E("unlabelled text: %r (line: %r)" % (left, ln.strip()[:60]))
    # ---- per speech: core categories and Han count
    nsp = max(1, len(g["titles"]))
    stats = []
    per = [[] for _ in range(nsp)]
    s = 0
    for p, pos in zip(g["paragraphs"], para_pos):
        if pos is not None:  # a paragraph not found stays with the previous one's speech
            s = 0
            for i, tp in enumerate(title_pos):
                if tp <= pos:
                    s = min(i, nsp - 1)
        per[s].append(p)
    for i, ps in enumerate(per):
        han = sum(len(HAN.findall(p["text"])) for p in ps)
        cnt = {c: sum(1 for p in ps if p["category"] == c) for c in CORE}
        for c, n in cnt.items():
            if n < 2:
                E("speech %d: only %d paragraphs of %s" % (i + 1, n, c))
        if not 900 <= han <= 1400:
            E("speech %d: %d Han characters in body (want 900-1400)" % (i + 1, han))
        if not any(p["category"] == "开场" for p in ps) or not any(p["category"] == "结尾" for p in ps):
            E("speech %d: missing 开场 or 结尾" % (i + 1))
        stats.append(han)
    return errs, infos, {"enc": enc, "speeches": g["speeches"], "headings": len(g["headings"]),
                         "paragraphs": len(g["paragraphs"]), "noise": len(g["noise"]), "han": stats}


def main():
    total = 0
    for fname in sorted(ENC):
        errs, infos, st = check(fname)
        total += len(errs)
        print("%s  enc=%s speeches=%s headings=%s paragraphs=%s noise=%s han=%s errors=%d" % (
            fname, st.get("enc"), st.get("speeches"), st.get("headings"), st.get("paragraphs"),
            st.get("noise"), st.get("han"), len(errs)))
        for i in infos:
            print("   info:", i)
        for e in errs:
            print("   ERROR:", e)
    print("TOTAL ERRORS %d" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
