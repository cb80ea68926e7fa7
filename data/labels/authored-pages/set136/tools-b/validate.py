# -*- coding: utf-8 -*-
"""Check pages and gold of this set; prints problems and 'N errors'.

Text pages are read as text; the CSV page is also parsed as CSV; the Word page is read the way a person sees it
after accepting all tracked changes (w:del dropped, w:ins kept), with its header and its comment balloons.
"""
import csv
import io
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

try:
    import docx  # noqa: F401  (the Word page is opened with python-docx as a sanity check)
except ImportError:
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402
from gen import build, CATEGORIES, BOMS, page_name, norm  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
CORE = {"形势分析", "隐患排查", "责任落实"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
errors = []


def err(num, msg):
    errors.append("%s: %s" % (num, msg))


def squash(s):
    return re.sub(r"\s+", "", s)


def only_punct(s):
    for ch in s:
        if ch.isspace():
            continue
        if unicodedata.category(ch)[0] not in "PS":
            return False
    return True


def local(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def read_docx(path):
    """Independent reader: accepted body paragraphs (style, text), deleted text, header lines, comments."""
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    body = root.find(W + "body")
    paras, deleted = [], []
    stats = {"del": 0, "ins": 0, "cstart": set(), "cend": set(), "cref": set(), "markdel": 0}

    def walk(el, in_del, vis):
        for ch in el:
            tag = local(ch.tag)
            if tag == "pPr":
                continue
            if tag == "del":
                stats["del"] += 1
                walk(ch, True, vis)
            elif tag == "ins":
                stats["ins"] += 1
                walk(ch, in_del, vis)
            elif tag == "t":
                (deleted if in_del else vis).append(ch.text or "")
            elif tag == "delText":
                deleted.append(ch.text or "")
            elif tag == "commentRangeStart":
                stats["cstart"].add(ch.get(W + "id"))
            elif tag == "commentRangeEnd":
                stats["cend"].add(ch.get(W + "id"))
            elif tag == "commentReference":
                stats["cref"].add(ch.get(W + "id"))
            else:
                walk(ch, in_del, vis)

    carry = ""
    for p in body.findall(W + "p"):
        st = p.find(W + "pPr/" + W + "pStyle")
        style = st.get(W + "val") if st is not None else "Normal"
        vis = []
        walk(p, False, vis)
        text = carry + "".join(vis)
        if p.find(W + "pPr/" + W + "rPr/" + W + "del") is not None:
            stats["markdel"] += 1
            carry = text          # accepting the deletion of a paragraph mark joins it to the next one
            continue
        carry = ""
        paras.append((style, text))
    header = []
    for name in sorted(n for n in z.namelist() if re.match(r"word/header\d*\.xml$", n)):
        h = ET.fromstring(z.read(name))
        for p in h.iter(W + "p"):
            t = "".join(x.text or "" for x in p.iter(W + "t"))
            if t:
                header.append(t)
    comments = {}
    if "word/comments.xml" in z.namelist():
        c = ET.fromstring(z.read("word/comments.xml"))
        for com in c.findall(W + "comment"):
            comments[com.get(W + "id")] = "".join(x.text or "" for x in com.iter(W + "t"))
    meta = {
        "ct": z.read("[Content_Types].xml").decode("utf-8"),
        "rels": z.read("word/_rels/document.xml.rels").decode("utf-8"),
        "settings": z.read("word/settings.xml").decode("utf-8"),
    }
    return paras, deleted, header, comments, stats, meta


for num in sorted(PAGES):
    spec = PAGES[num]
    kind = spec.get("kind", "txt")
    path = os.path.join(ROOT, page_name(num))
    gpath = os.path.join(ROOT, "gold", num + ".json")
    if not os.path.exists(path) or not os.path.exists(gpath):
        err(num, "missing page or gold (run gen.py)")
        continue
    raw = open(path, "rb").read()
    with open(gpath, encoding="utf-8") as f:
        gold = json.load(f)
    data, built, extras = build(num)

    # 1. files match the source
    if raw != data:
        err(num, "page differs from source; rerun gen.py")
    if gold != built:
        err(num, "gold differs from source; rerun gen.py")

    # 2. shape and key order
    if list(gold.keys()) != ["file", "speeches", "titles", "headings", "paragraphs", "noise"]:
        err(num, "gold key order %r" % list(gold.keys()))
    if gold["file"] != page_name(num):
        err(num, "file field")
    for h in gold["headings"]:
        if list(h.keys()) != ["text", "level"] or h["level"] not in (1, 2, 3, 4):
            err(num, "heading shape %r" % h)
        if h["text"].endswith("。"):
            err(num, "heading keeps final 。: %s" % h["text"])
    for p in gold["paragraphs"]:
        if list(p.keys()) != ["text", "category", "truncated"]:
            err(num, "paragraph shape %r" % p)
        if p["category"] not in CATEGORIES:
            err(num, "bad category %r" % p["category"])
        if not isinstance(p["truncated"], bool) or not p["text"]:
            err(num, "paragraph fields %r" % p)
    if gold["speeches"] != len(gold["titles"]):
        err(num, "speeches != len(titles)")
    labelled = gold["titles"] + [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]]

    # 3. encoding, BOM, line ends (text pages) / package and accepted text (Word page)
    if kind == "docx":
        if not raw.startswith(b"PK"):
            err(num, "not a zip package")
            continue
        try:
            docx.Document(path)
        except Exception as e:  # noqa: BLE001
            err(num, "python-docx cannot open it: %s" % e)
        paras, deleted, header, comments, stats, meta = read_docx(path)
        body_lines = [t for _, t in paras]
        if body_lines != extras["printed"]:
            for i, (a, b) in enumerate(zip(body_lines, extras["printed"])):
                if a != b:
                    err(num, "accepted paragraph %d differs: %r vs %r" % (i, a[:30], b[:30]))
                    break
            else:
                err(num, "accepted paragraph count %d vs %d" % (len(body_lines), len(extras["printed"])))
        kept = [(first, segs) for first, segs, whole in extras["doc_lines"] if not whole]
        for (style, text), (first, segs) in zip(paras, kept):
            want = {"T": "Title", "H1": "Heading1", "H2": "Heading2"}.get(first, "Normal")
            if style != want:
                err(num, "paragraph %r has style %s, want %s" % (text[:15], style, want))
        if not any(s == "Heading1" for s, _ in paras):
            err(num, "no heading-style paragraph")
        src = spec["source"]
        n_del = src.count("⟨-") + sum(1 for _, _, whole in extras["doc_lines"] if whole)
        if stats["del"] != n_del or stats["ins"] != src.count("⟨+"):
            err(num, "w:del/w:ins count %d/%d, source %d/%d" % (stats["del"], stats["ins"], n_del, src.count("⟨+")))
        if stats["markdel"] != sum(1 for _, _, whole in extras["doc_lines"] if whole):
            err(num, "deleted paragraph marks %d" % stats["markdel"])
        ids = {str(k) for k in spec["comments"]}
        if set(comments) != ids or stats["cstart"] != ids or stats["cend"] != ids or stats["cref"] != ids:
            err(num, "comment ids: part %s, ranges %s/%s, refs %s" % (sorted(comments), sorted(stats["cstart"]),
                                                                       sorted(stats["cend"]), sorted(stats["cref"])))
        if "/word/comments.xml" not in meta["ct"] or 'Target="comments.xml"' not in meta["rels"]:
            err(num, "comments part not registered")
        if "<w:trackRevisions/>" not in meta["settings"]:
            err(num, "track changes not switched on")
        if header != [spec["header"]]:
            err(num, "header %r" % header)
        final_body = "\n".join(body_lines)
        text = "\n".join(header + body_lines + [comments[k] for k in sorted(comments)])
        everything = text + "\n" + "\n".join(deleted)
        # noise from revisions and comments must be gone once changes are accepted
        for n in gold["noise"]:
            if n in "".join(deleted) or n in comments.values() or n == spec["header"]:
                if norm(n) in norm(final_body):
                    err(num, "deleted/comment noise still in accepted text: %r" % n)
        for d in deleted:
            if len(d.strip()) >= 4 and norm(d) not in norm(final_body) and d.strip() not in gold["noise"]:
                err(num, "deleted text of 4+ chars not listed as noise: %r" % d)
    else:
        enc = spec["encoding"]
        bom = BOMS.get(enc)
        if spec["bom"]:
            if not raw.startswith(bom):
                err(num, "BOM missing")
            body = raw[len(bom):]
        else:
            body = raw
            if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe"):
                err(num, "unexpected BOM")
        try:
            text = body.decode(enc)
        except UnicodeDecodeError as e:
            err(num, "does not decode as %s: %s" % (enc, e))
            continue
        if enc != "utf-8":
            try:
                body.decode("utf-8")
                err(num, "non-UTF-8 page happens to decode as UTF-8")
            except UnicodeDecodeError:
                pass
        if spec["eol"] == "\r\n":
            if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
                err(num, "mixed line ends in CRLF page")
        else:
            if "\r" in text:
                err(num, "CR in LF page")
        everything = text
        if kind == "csv":
            rows = list(csv.reader(io.StringIO(text, newline="")))
            if rows[0] != spec["columns"]:
                err(num, "CSV header %r" % rows[0])
            if any(len(r) != len(spec["columns"]) for r in rows):
                err(num, "CSV row with wrong field count: %r" % [len(r) for r in rows])
            ci, ti = spec["columns"].index("正文"), spec["columns"].index("标题")
            good = [r for r in rows[1:] if len(r) == len(spec["columns"])]
            sp = [r for r in good if r[ti] in gold["titles"]]
            others = [r for r in good if r[ti] not in gold["titles"]]
            if len(sp) != gold["speeches"] or len(others) < 2:
                err(num, "CSV: %d speech rows, %d other rows" % (len(sp), len(others)))
            for r in sp:
                cell = r[ci]
                if '"' not in cell or "\r\n" not in cell:
                    err(num, "CSV speech cell lacks quotes or inner line breaks")
                for t in [h["text"] for h in gold["headings"]] + [p["text"] for p in gold["paragraphs"]] + extras["r"]:
                    if squash(t) not in squash(cell):
                        err(num, "CSV: labelled text not in the speech cell: %r" % t[:30])
            for r in others:
                for t in labelled:
                    if norm(t) in norm(",".join(r)):
                        err(num, "CSV: labelled text in a non-speech row: %r" % t[:30])
            text = text.replace('""', '"')   # what a person sees in the cell
    if "«" in text or "»" in text or "‖" in text or "⟨" in text or "⟩" in everything:
        err(num, "markup leaked onto page")

    # 4. noise rules
    seen = set()
    for n in gold["noise"]:
        if len(n) < 4:
            err(num, "noise shorter than 4: %r" % n)
        if n in seen:
            err(num, "duplicate noise %r" % n)
        seen.add(n)
        if n not in everything:
            err(num, "noise not verbatim on page: %r" % n)
        for t in labelled:
            if n in t:
                err(num, "noise %r inside labelled text %r" % (n, t[:20]))
            elif norm(n) and norm(n) in norm(t):
                err(num, "noise %r inside labelled text %r once punctuation is dropped" % (n, t[:20]))
        for t in extras["r"]:
            if n in t:
                err(num, "noise %r inside speech furniture %r" % (n, t))
    for s in extras["s"]:
        if len(s) >= 4:
            err(num, "S item of 4+ chars should be noise: %r" % s)

    # 5. labelled text present on the page once noise (and short chrome) is taken out; nothing else left over
    clean = text
    for n in sorted(gold["noise"], key=len, reverse=True):
        clean = clean.replace(n, "")
    # short chrome made of digits/Latin (page numbers such as 1/4 inside a split paragraph) is taken out too;
    # Han or punctuation-only chrome is left, so removing it cannot eat labelled text
    for s in sorted({x for x in extras["s"] if re.search(r"[0-9A-Za-z]", x) and not HAN.search(x)},
                    key=len, reverse=True):
        clean = clean.replace(s, "")
    clean = squash(clean)
    for t in labelled:
        if squash(t) not in clean:
            err(num, "labelled text not on page: %r" % t[:30])
    rest = clean
    for t in sorted([squash(x) for x in labelled + extras["r"] + extras["s"]], key=len, reverse=True):
        rest = rest.replace(t, "", 1) if t in rest else rest
    if not only_punct(rest):
        err(num, "unaccounted text left on page: %r" % rest[:200])

    # 6. size of each speech, core paragraphs
    for sp in extras["speeches"]:
        han = sum(len(HAN.findall(x)) for x in sp)
        if not 900 <= han <= 1400:
            err(num, "speech %r has %d Han characters" % (sp[0], han))
        print("  %s %-32s %4d Han" % (num, sp[0][:30], han))
    core = sum(1 for p in gold["paragraphs"] if p["category"] in CORE)
    if core < 5:
        err(num, "only %d core paragraphs" % core)
    cats = {}
    for p in gold["paragraphs"]:
        cats[p["category"]] = cats.get(p["category"], 0) + 1
    print("  %s core=%d %s" % (num, core, cats))

for e in errors:
    print("ERROR", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
