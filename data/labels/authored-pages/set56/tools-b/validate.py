# -*- coding: utf-8 -*-
"""Validate set56b pages against gold/NN.json (python3 standard library only).

Usage: python3 tools/validate.py [folder]      (default: the folder above tools/)
Prints one line per page (plus indented info/error lines) and TOTAL ERRORS n at the end.
"""
import glob
import html
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
KEYS = ["file", "speeches", "titles", "headings", "paragraphs", "noise"]
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
HAN_MIN, HAN_MAX = 900, 1400


def norm(s):
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if not ch.isspace())


# ------------------------------------------------------------------ decoding
def decode_bytes(b, declared=None):
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8"), "utf-8-sig"
    if declared:
        d = declared.lower()
        if d in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
            return b.decode("gb18030"), "gb18030 (declared %s)" % declared
        return b.decode(d), d
    try:
        return b.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return b.decode("gb18030"), "gb18030"


def txt_lines(path):
    text, enc = decode_bytes(open(path, "rb").read())
    return text.splitlines(), enc


def html_lines(path):
    b = open(path, "rb").read()
    m = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", b[:4096])
    text, enc = decode_bytes(b, m.group(1).decode("ascii") if m else None)
    tm = re.search(r"(?is)<title[^>]*>(.*?)</title>", text)
    title = tm.group(1) if tm else ""
    s = re.sub(r"(?is)<head\b.*?</head>", lambda _m: "<p>" + title + "</p>", text)
    s = re.sub(r"(?s)<!--.*?-->", "", s)
    s = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", s)
    s = re.sub(r"[ \t\r\n\f]+", " ", s)
    s = re.sub(r"(?i)<br\b[^>]*>", "\n", s)
    s = re.sub(r"(?i)</?(p|div|tr|td|th|table|h[1-6]|li|ul|ol|title|body|html|blockquote)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]*>", "", s)
    s = html.unescape(s)
    return [ln.strip(" \t") for ln in s.split("\n")], enc


def docx_lines(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())

    def q(t):
        return "{%s}%s" % (W_NS, t)

    def load(n):
        return ET.fromstring(z.read(n)) if n in names else None

    styles = load("word/styles.xml")
    numbering = load("word/numbering.xml")
    style_info = {}
    default_pstyle = None
    if styles is not None:
        for s in styles.findall(q("style")):
            sid = s.get(q("styleId"))
            based = s.find(q("basedOn"))
            npr = s.find(q("pPr") + "/" + q("numPr"))
            style_info[sid] = (based.get(q("val")) if based is not None else None, npr)
            if s.get(q("type")) == "paragraph" and s.get(q("default")) in ("1", "true"):
                default_pstyle = sid
    absmap, nummap = {}, {}
    if numbering is not None:
        for a in numbering.findall(q("abstractNum")):
            lv = {}
            for l in a.findall(q("lvl")):
                def v(tag, l=l):
                    e = l.find(q(tag))
                    return e.get(q("val")) if e is not None else None
                lv[int(l.get(q("ilvl")))] = {"start": int(v("start") or 1), "fmt": v("numFmt") or "decimal",
                                              "text": v("lvlText") or ""}
            absmap[a.get(q("abstractNumId"))] = lv
        for n in numbering.findall(q("num")):
            nummap[n.get(q("numId"))] = n.find(q("abstractNumId")).get(q("val"))
    counters = {}

    def cn(n):
        d = "零一二三四五六七八九"
        if n <= 10:
            return "十" if n == 10 else d[n]
        if n < 20:
            return "十" + d[n - 10]
        t, u = divmod(n, 10)
        return d[t] + "十" + (d[u] if u else "")

    def fmt(n, f):
        if f in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "taiwaneseCounting"):
            return cn(n)
        if f == "lowerLetter":
            return chr(96 + n)
        if f == "upperLetter":
            return chr(64 + n)
        if f == "bullet":
            return ""
        return str(n)

    def numpr_of(p):
        ppr = p.find(q("pPr"))
        npr = ppr.find(q("numPr")) if ppr is not None else None
        sid = None
        if ppr is not None and ppr.find(q("pStyle")) is not None:
            sid = ppr.find(q("pStyle")).get(q("val"))
        else:
            sid = default_pstyle
        ilvl = numid = None
        if npr is not None:
            e = npr.find(q("ilvl"))
            ilvl = e.get(q("val")) if e is not None else None
            e = npr.find(q("numId"))
            numid = e.get(q("val")) if e is not None else None
        seen = 0
        while (numid is None or ilvl is None) and sid and sid in style_info and seen < 20:
            seen += 1
            based, snpr = style_info[sid]
            if snpr is not None:
                if numid is None and snpr.find(q("numId")) is not None:
                    numid = snpr.find(q("numId")).get(q("val"))
                if ilvl is None and snpr.find(q("ilvl")) is not None:
                    ilvl = snpr.find(q("ilvl")).get(q("val"))
            sid = based
        if numid in (None, "0"):
            return None
        return numid, int(ilvl or 0)

    def number_text(p):
        np_ = numpr_of(p)
        if not np_:
            return ""
        numid, ilvl = np_
        aid = nummap.get(numid)
        lv = absmap.get(aid)
        if not lv or ilvl not in lv:
            return ""
        c = counters.setdefault(aid, {})
        c[ilvl] = c.get(ilvl, lv[ilvl]["start"] - 1) + 1
        for k in list(c):
            if k > ilvl:
                del c[k]
        t = lv[ilvl]["text"]
        for k in range(ilvl + 1):
            val = c.get(k, lv.get(k, {"start": 1})["start"])
            t = t.replace("%" + str(k + 1), fmt(val, lv.get(k, {"fmt": "decimal"})["fmt"]))
        return t

    fn_counter = [0]

    def runs_text(el, out, boxes):
        tag = el.tag.split("}")[-1]
        if tag == "txbxContent":
            boxes.append(el)
            return
        if el.tag == "{%s}Fallback" % MC_NS:
            return
        if tag in ("pPr", "rPr", "instrText", "delText", "footnotePr", "sectPr"):
            return
        if tag == "t" and el.tag == q("t"):
            out.append(el.text or "")
        elif tag == "tab" and el.tag == q("tab"):
            out.append("\t")
        elif tag in ("br", "cr") and el.tag in (q("br"), q("cr")):
            out.append("\n")
        elif tag == "footnoteReference":
            fn_counter[0] += 1
            out.append(str(fn_counter[0]))
        for c in el:
            runs_text(c, out, boxes)

    def block(el, lines, numbered=True):
        for c in el:
            if c.tag == q("p"):
                out, boxes = [], []
                runs_text(c, out, boxes)
                pre = number_text(c) if numbered else ""
                lines.extend((pre + "".join(out)).split("\n"))
                for bx in boxes:
                    block(bx, lines, numbered=False)
            elif c.tag in (q("tbl"), q("tr"), q("tc"), q("sdt"), q("sdtContent"), q("customXml")):
                block(c, lines, numbered)

    lines = []
    rels = z.read("word/_rels/document.xml.rels").decode("utf-8")
    targets = re.findall(r'Target="([^"]+)"', rels)
    hdr = sorted(t for t in targets if re.match(r"header\d*\.xml$", t))
    ftr = sorted(t for t in targets if re.match(r"footer\d*\.xml$", t))
    for t in hdr:
        block(load("word/" + t), lines, numbered=False)
    doc = load("word/document.xml")
    block(doc.find(q("body")), lines)
    fn = load("word/footnotes.xml")
    if fn is not None:
        for f in fn.findall(q("footnote")):
            if f.get(q("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            block(f, lines, numbered=False)
    for t in ftr:
        block(load("word/" + t), lines, numbered=False)
    return lines, "docx (utf-8 xml)"


def page_lines(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("html", "htm"):
        return html_lines(path)
    if ext == "docx":
        return docx_lines(path)
    return txt_lines(path)


# ------------------------------------------------------------------ leftovers
PUNCT_ONLY = re.compile(r"^[\W_]+$")
DATE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,2})月")
ROLE = re.compile(r"(县长|镇长|区长|市长|乡长|书记|局长|主任|董事长|总经理|经理|负责人|厂长|主席)")


def classify(frag):
    f = frag.strip()
    if not f:
        return "blank"
    if PUNCT_ONLY.match(f):
        return "punctuation"
    if len(f) <= 30 and re.search(r"(同志们|各位|朋友们|大家)", f) and f[-1] in "：:，,!！":
        return "salutation"
    if len(f) <= 30 and DATE.search(f):
        return "date"
    if len(f) <= 50 and (f.startswith("——") or re.search(r"(讲话|发言|致辞)$", f)):
        return "speaker"
    if len(f) <= 30 and ROLE.search(f):
        return "speaker"
    if len(f) <= 25 and re.search(r"(人民政府|办公室|公司|委员会|管理局)$", f):
        return "signature"
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", f):
        return "signature"
    return None


# ------------------------------------------------------------------ checking
def check(path, gold_path):
    errs, info = [], []
    try:
        g = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa
        return ["gold unreadable: %s" % e], info, ""
    if list(g.keys()) != KEYS:
        errs.append("keys %s != %s" % (list(g.keys()), KEYS))
    if g.get("file") != os.path.basename(path):
        errs.append("file field %r" % g.get("file"))
    titles, heads, paras, noise = g.get("titles", []), g.get("headings", []), g.get("paragraphs", []), g.get("noise", [])
    if not isinstance(g.get("speeches"), int) or g.get("speeches") != len(titles):
        errs.append("speeches %r != len(titles) %d" % (g.get("speeches"), len(titles)))
    for t in titles:
        if not isinstance(t, str) or not t.strip():
            errs.append("bad title %r" % (t,))
    for h in heads:
        if set(h) != {"text", "level"} or not isinstance(h.get("text"), str) or not isinstance(h.get("level"), int) \
                or h["level"] < 1:
            errs.append("bad heading %r" % (h,))
        elif "。" in h["text"] or h["text"] != h["text"].strip():
            errs.append("heading has 。 or outer space: %r" % h["text"])
    for p in paras:
        if set(p) != {"text", "category", "truncated"} or not isinstance(p.get("text"), str) \
                or not isinstance(p.get("truncated"), bool):
            errs.append("bad paragraph %r" % (p,))
        elif p["category"] not in CATS:
            errs.append("bad category %r" % p["category"])
        elif p["text"] != p["text"].strip():
            errs.append("paragraph has outer space: %r" % p["text"][:20])
    if len(set(noise)) != len(noise):
        errs.append("duplicate noise strings")

    lines, enc = page_lines(path)
    text = "\n".join(lines)
    labelled = [norm(t) for t in titles] + [norm(h["text"]) for h in heads] + [norm(p["text"]) for p in paras]
    drop = set()
    inline = []
    for n in noise:
        if not isinstance(n, str) or len(n) < 4:
            errs.append("noise shorter than 4: %r" % (n,))
            continue
        if n != n.strip():
            errs.append("noise not stripped: %r" % n)
        if n not in text:
            errs.append("noise not in page: %r" % n)
            continue
        whole = [i for i, ln in enumerate(lines) if ln.strip() == n]
        drop.update(whole)
        inside = any(norm(n) in L for L in labelled)
        if inside and not whole:
            errs.append("noise inside labelled text: %r" % n)
        if not inside:
            inline.append(norm(n))
    chars, owner = [], []
    for i, ln in enumerate(lines):
        if i in drop:
            continue
        for ch in norm(ln):
            chars.append(ch)
            owner.append(i)
    # inline noise (not part of any labelled string): cut every occurrence out of the text
    N = "".join(chars)
    cut = [False] * len(N)
    for nn in inline:
        k = N.find(nn)
        while k >= 0:
            for j in range(k, k + len(nn)):
                cut[j] = True
            k = N.find(nn, k + 1)
    owner = [o for o, c in zip(owner, cut) if not c]
    N = "".join(ch for ch, c in zip(N, cut) if not c)
    mark = [None] * len(N)

    def place(items, tag):
        pos, spans = 0, []
        for it in items:
            s = norm(it)
            if not s:
                errs.append("empty %s" % tag)
                spans.append(None)
                continue
            k = N.find(s, pos)
            while k >= 0 and any(mark[j] is not None for j in range(k, k + len(s))):
                k = N.find(s, k + 1)
            if k < 0:
                if N.find(s) >= 0:
                    errs.append("%s out of order: %s" % (tag, it[:30]))
                else:
                    errs.append("%s not found: %s" % (tag, it[:30]))
                spans.append(None)
                continue
            for j in range(k, k + len(s)):
                mark[j] = tag
            spans.append(k)
            pos = k + len(s)
        return spans

    pspans = place([p["text"] for p in paras], "P")
    tspans = place(titles, "T")
    hspans = place([h["text"] for h in heads], "H")

    # leftovers, grouped by page line
    left = {}
    for j, m in enumerate(mark):
        if m is None:
            left.setdefault(owner[j], []).append(N[j])
    nleft = 0
    for i in sorted(left):
        frag = "".join(left[i])
        kind = classify(frag)
        if kind is None:
            errs.append("unlabelled text (line %d): %s" % (i + 1, frag[:60]))
        elif kind != "blank":
            nleft += 1
            info.append("leftover %-11s line %3d: %s" % (kind, i + 1, frag[:50]))

    # per-speech statistics
    starts = sorted((k, n) for n, k in enumerate(tspans) if k is not None)

    def speech_of(k):
        s = 0
        for st, n in starts:
            if k >= st:
                s = n
        return s

    ns = max(1, len(titles))
    cats = [dict() for _ in range(ns)]
    han = [0] * ns
    for p, k in zip(paras, pspans):
        if k is None or not isinstance(p, dict):
            continue
        s = speech_of(k)
        cats[s][p.get("category")] = cats[s].get(p.get("category"), 0) + 1
        han[s] += len(HAN.findall(p["text"]))
    for h, k in zip(heads, hspans):
        if k is None:
            continue
        han[speech_of(k)] += len(HAN.findall(h["text"]))
    for s in range(ns):
        for c in CORE:
            if cats[s].get(c, 0) < 2:
                errs.append("speech %d has %d paragraphs of %s" % (s + 1, cats[s].get(c, 0), c))
        for c in ("开场", "结尾"):
            if cats[s].get(c, 0) < 1:
                errs.append("speech %d has no %s" % (s + 1, c))
        if not HAN_MIN <= han[s] <= HAN_MAX:
            errs.append("speech %d body has %d Han characters" % (s + 1, han[s]))
    summary = "enc=%s speeches=%d headings=%d paragraphs=%d noise=%d han=%s leftovers=%d" % (
        enc, len(titles), len(heads), len(paras), len(noise), han, nleft)
    return errs, info, summary


def main():
    total = 0
    pages = sorted(p for p in glob.glob(os.path.join(ROOT, "[0-9][0-9].*")) if not p.endswith(".json"))
    for path in pages:
        base = os.path.basename(path)
        gp = os.path.join(ROOT, "gold", base.split(".")[0] + ".json")
        if not os.path.exists(gp):
            print("%s: ERROR no gold file" % base)
            total += 1
            continue
        errs, info, summary = check(path, gp)
        print("%s: %s %s" % (base, "OK" if not errs else "%d ERRORS" % len(errs), summary))
        for i in info:
            print("    info: " + i)
        for e in errs:
            print("    ERROR: " + e)
        total += len(errs)
    print("TOTAL ERRORS %d" % total)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
