#!/usr/bin/python3
"""Validate pages 06-10 against gold/NN.json (standard library only).

Matching works on normalised text: NFKC, all whitespace removed (.html: <script>/<style>/
comments dropped, tags removed, entities decoded first).  Every occurrence of every noise
string is cut out first; titles, headings and paragraphs are then searched, each list in
order, in what remains.  Whatever is still unclaimed must be punctuation or a salutation,
speaker, date or signature line (printed as info).
"""
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = [("06.txt", "utf-8"), ("07.txt", "gb18030"), ("08.txt", "utf-16"),
         ("09.txt", "gbk"), ("10.html", "utf-8")]
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实",
        "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCT = set("。，、；：！？“”‘’（）()《》〈〉【】[]<>-—…·,.:;!?'\"/|»«•～~　 ")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def decode(fname, enc, data, errs):
    if enc == "utf-16":
        if not data.startswith(b"\xff\xfe"):
            errs.append("UTF-16 LE BOM missing")
        text = data[2:].decode("utf-16-le")
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            errs.append("unexpected UTF-8 BOM")
        text = data.decode(enc)
    if fname.endswith(".html"):
        m = re.search(r'<meta[^>]*charset="?([\w-]+)', text, re.I)
        if not m or m.group(1).lower() != enc:
            errs.append("meta charset does not say " + enc)
        text = re.sub(r"(?is)<script\b.*?</script>", "", text)
        text = re.sub(r"(?is)<style\b.*?</style>", "", text)
        text = re.sub(r"(?s)<!--.*?-->", "", text)
        text = re.sub(r"<[^>]+>", "", text)
        text = html.unescape(text)
    return text


def leftover_ok(run):
    core = "".join(c for c in run if c not in PUNCT)
    if not core:
        return "punct"
    if len(run) <= 30 and run.endswith(("：", ":")) and re.search(r"同志|领导|朋友|来宾|各位", run):
        return "salutation"
    if re.fullmatch(r"[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?", run):
        return "date"
    if len(run) <= 30 and "。" not in run and re.search(r"长|书记|经理|主任|主持人|总监|主席", run):
        return "speaker"
    return None


def check(fname, enc):
    errs, infos = [], []
    path = os.path.join(ROOT, fname)
    gpath = os.path.join(ROOT, "gold", fname.split(".")[0] + ".json")
    data = open(path, "rb").read()
    try:
        text = decode(fname, enc, data, errs)
    except UnicodeDecodeError as e:
        return ["cannot decode as %s: %s" % (enc, e)], infos, ""
    if enc == "gb18030":
        try:
            data.decode("gbk")
            infos.append("note: file also decodes as GBK")
        except UnicodeDecodeError:
            infos.append("needs GB18030 (not decodable as GBK)")
    gold = json.load(open(gpath, encoding="utf-8"))

    # ---- structure
    if list(gold.keys()) != KEYS:
        errs.append("keys %s" % list(gold.keys()))
    if gold.get("file") != fname:
        errs.append("file field %r" % gold.get("file"))
    if not isinstance(gold.get("speeches"), int) or gold["speeches"] != len(gold.get("titles", [])):
        errs.append("speeches != len(titles)")
    for t in gold["titles"]:
        if not isinstance(t, str) or not t:
            errs.append("bad title %r" % t)
    for h in gold["headings"]:
        if set(h) != {"text", "level"} or not isinstance(h["text"], str) or not isinstance(h["level"], int) or h["level"] < 1:
            errs.append("bad heading %r" % h)
        elif "。" in h["text"]:
            errs.append("heading contains 。: %s" % h["text"])
    for p in gold["paragraphs"]:
        if set(p) != {"text", "category", "truncated"} or not isinstance(p["text"], str) or not isinstance(p["truncated"], bool):
            errs.append("bad paragraph %r" % p)
        elif p["category"] not in CATS:
            errs.append("bad category %s" % p["category"])
    noise = gold["noise"]
    if len(set(noise)) != len(noise):
        errs.append("duplicate noise strings")
    raw_lines = [l.strip() for l in text.splitlines()]
    for n in noise:
        if not isinstance(n, str) or len(n) < 4:
            errs.append("noise too short: %r" % n)
        elif n != n.strip():
            errs.append("noise not stripped: %r" % n)
        elif n not in text:
            errs.append("noise not in page: %r" % n)
        elif n not in raw_lines:
            infos.append("inline noise (injection): %s" % n)

    # ---- normalised page with line numbers
    S, line_of = [], []
    for i, line in enumerate(text.splitlines()):
        for c in norm(line):
            S.append(c)
            line_of.append(i)
    S = "".join(S)
    labelled = [norm(t) for t in gold["titles"]] + [norm(h["text"]) for h in gold["headings"]] + \
               [norm(p["text"]) for p in gold["paragraphs"]]
    in_noise = [False] * len(S)
    for n in noise:
        nn = norm(n)
        if not nn:
            continue
        for lab in labelled:
            if nn in lab:
                errs.append("noise inside labelled text: %s" % n)
                break
        start = 0
        while True:
            k = S.find(nn, start)
            if k < 0:
                break
            for j in range(k, k + len(nn)):
                in_noise[j] = True
            start = k + 1
    keep = [j for j in range(len(S)) if not in_noise[j]]
    R = "".join(S[j] for j in keep)          # page minus noise
    claimed = [None] * len(R)

    def locate(items, kind):
        pos, cur = [], 0
        for s in items:
            ns = norm(s)
            k = R.find(ns, cur)
            if not ns or k < 0:
                errs.append("%s not found in order: %s" % (kind, s[:40]))
                pos.append(None)
                continue
            for j in range(k, k + len(ns)):
                if claimed[j] is not None:
                    errs.append("%s overlaps %s: %s" % (kind, claimed[j], s[:30]))
                    break
            for j in range(k, k + len(ns)):
                claimed[j] = kind
            pos.append(k)
            cur = k + len(ns)
        return pos

    tpos = locate(gold["titles"], "title")
    hpos = locate([h["text"] for h in gold["headings"]], "heading")
    ppos = locate([p["text"] for p in gold["paragraphs"]], "paragraph")

    # ---- leftovers
    run, runline = "", None
    runs = []
    for j, c in enumerate(R):
        ln = line_of[keep[j]]
        if claimed[j] is None:
            if run and ln != runline:
                runs.append(run)
                run = ""
            run += c
            runline = ln
        elif run:
            runs.append(run)
            run = ""
    if run:
        runs.append(run)
    for r in runs:
        kind = leftover_ok(r)
        if kind is None:
            errs.append("unlabelled text: %s" % r[:60])
        elif kind != "punct":
            infos.append("leftover %s: %s" % (kind, r))

    # ---- per speech
    nsp = len(gold["titles"])
    han = [0] * nsp
    cats = [dict() for _ in range(nsp)]
    valid_t = [t for t in tpos if t is not None]

    def speech_of(k):
        return max(0, sum(1 for t in valid_t if t <= k) - 1)

    for h, k in zip(gold["headings"], hpos):
        if k is not None and nsp:
            if valid_t and k < valid_t[0]:
                errs.append("heading before first title: %s" % h["text"])
            han[speech_of(k)] += len(HAN.findall(h["text"]))
    for p, k in zip(gold["paragraphs"], ppos):
        if k is not None and nsp:
            if valid_t and k < valid_t[0]:
                errs.append("paragraph before first title: %s" % p["text"][:20])
            s = speech_of(k)
            han[s] += len(HAN.findall(p["text"]))
            cats[s][p["category"]] = cats[s].get(p["category"], 0) + 1
    for s in range(nsp):
        for c in CORE:
            if cats[s].get(c, 0) < 2:
                errs.append("speech %d has %d %s paragraphs" % (s + 1, cats[s].get(c, 0), c))
        if not 900 <= han[s] <= 1400:
            errs.append("speech %d Han count %d outside 900-1400" % (s + 1, han[s]))
    summary = "speeches=%d headings=%d paragraphs=%d noise=%d han=%s" % (
        nsp, len(gold["headings"]), len(gold["paragraphs"]), len(noise), "/".join(map(str, han)))
    return errs, infos, summary


def main():
    verbose = "-v" in sys.argv
    total = 0
    for fname, enc in PAGES:
        errs, infos, summary = check(fname, enc)
        total += len(errs)
        print("%-8s %-8s %s errors=%d" % (fname, enc, summary, len(errs)))
        for e in errs:
            print("   ERROR", e)
        if verbose:
            for i in infos:
                print("   info ", i)
    print("TOTAL ERRORS %d" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
