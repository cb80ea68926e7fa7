#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check set43 pages 01-05 against gold/01.json … gold/05.json, reading the files as a miner would meet them.

usage: /usr/bin/python3 tools-a/validate.py      prints per-file stats and ALL OK (exit 0) or the problems (exit 1)

What is checked, per file:
  * encoding / BOM / line endings are the declared ones (01 UTF-8 LF, 02 UTF-8 LF, 03 GB18030 CRLF, 05 UTF-8+BOM CRLF)
  * gold schema: keys, ten categories, levels 1/2, no closing 。 on headings, truncated flags, titles without speaker
  * every noise string has >= 4 characters, is listed once, stands exactly in some text node of the file
    (HTML: a text node after tag stripping and entity decoding; txt: a line; docx: a body/header/footer paragraph),
    and (after the scorer's normalisation) occurs in no gold title, heading or paragraph
  * the file's text, minus the noise, contains the titles, headings and paragraphs in reading order, each as one
    contiguous run once whitespace/line breaks are ignored
  * nothing else is left over: every remaining piece of text is punctuation/emoji, a short (< 4 chars) UI fragment,
    the speaker prefix of a title line, or speaker/date/salutation lines between a title and the speech body;
    in the .docx, table cells (which are the speech's, in neither paragraphs nor noise)
  * per speech: Han characters in headings+paragraphs in range, and >= 2 (>= 1 in 05) paragraphs of each core category
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.environ.get("SET43A_ROOT") or os.path.dirname(HERE)  # override for self-tests
CATS = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
SPEC = {
    "01.html": dict(enc="utf-8", bom=False, eol="\n", speeches=1, han=(950, 1300), core=2),
    "02.txt": dict(enc="utf-8", bom=False, eol="\n", speeches=1, han=(950, 1300), core=2),
    "03.txt": dict(enc="gb18030", bom=False, eol="\r\n", speeches=1, han=(950, 1300), core=2),
    "04.docx": dict(enc=None, bom=False, eol=None, speeches=1, han=(950, 1300), core=2),
    "05.txt": dict(enc="utf-8", bom=True, eol="\r\n", speeches=3, han=(400, 600), core=1),
}
errors = []


def err(f, msg):
    errors.append("%s: %s" % (f, msg))


def norm(s):  # the scorer's normalisation (without opencc): keep letters, digits, × and *
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def han(s):
    return len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", s))


def compact(s):
    return re.sub(r"\s+", "", s)


# ------------------------------------------------------------------ readers: list of (text, kind) nodes
class Nodes(HTMLParser):
    BLOCK_SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCK_SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.BLOCK_SKIP:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append((data, "text"))


def read_nodes(fname, spec):
    path = os.path.join(ROOT, fname)
    raw = open(path, "rb").read()
    if fname.endswith(".docx"):
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        doc = Document(path)
        nodes = []
        for sec in doc.sections:
            for p in sec.header.paragraphs + sec.footer.paragraphs:
                if p.text.strip():
                    nodes.append((p.text, "text"))
        for el in doc.element.body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                t = Paragraph(el, doc).text
                if t.strip():
                    nodes.append((t, "text"))
            elif tag == "tbl":
                for row in Table(el, doc).rows:
                    seen = set()
                    for c in row.cells:
                        if id(c._tc) in seen:
                            continue
                        seen.add(id(c._tc))
                        if c.text.strip():
                            nodes.append((c.text, "table"))
        return nodes, None
    if spec["bom"] != raw.startswith(b"\xef\xbb\xbf"):
        err(fname, "BOM expected=%s" % spec["bom"])
    if spec["enc"] == "gb18030":
        try:
            raw.decode("utf-8")
            err(fname, "decodes as UTF-8; expected GB18030 bytes")
        except UnicodeDecodeError:
            pass
    text = raw.decode(spec["enc"])
    if text.startswith("\ufeff"):
        text = text[1:]
    if spec["eol"] == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err(fname, "bare LF or CR in a CRLF file")
    elif "\r" in text:
        err(fname, "CR in an LF file")
    if fname.endswith(".html"):
        p = Nodes()
        p.feed(text)
        p.close()
        return p.nodes, text
    return [(ln, "text") for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()], text


# ------------------------------------------------------------------ checks
def check(fname):
    spec = SPEC[fname]
    g = json.load(open(os.path.join(ROOT, "gold", fname.split(".")[0] + ".json"), encoding="utf-8"))
    # schema
    if set(g) != {"file", "speeches", "titles", "headings", "paragraphs", "noise"}:
        err(fname, "gold keys %s" % sorted(g))
    if g["file"] != fname:
        err(fname, "gold file field %r" % g["file"])
    if g["speeches"] != spec["speeches"] or len(g["titles"]) != spec["speeches"]:
        err(fname, "speech count")
    for t in g["titles"]:
        if not t.startswith("在") or not t.endswith("讲话"):
            err(fname, "title not of the form 在…讲话 (speaker removed?): %s" % t)
    for h in g["headings"]:
        if h["level"] not in (1, 2):
            err(fname, "heading level %r" % h)
        if h["text"].endswith("。") or h["text"] != h["text"].strip():
            err(fname, "heading text ends with 。 or has spaces: %s" % h["text"])
    for p in g["paragraphs"]:
        if p["category"] not in CATS:
            err(fname, "category %r" % p["category"])
        if p["text"] != p["text"].strip() or re.search(r"[\n\r\u3000]", p["text"]):
            err(fname, "paragraph has indent or hard wraps: %s" % p["text"][:20])
        if not isinstance(p.get("truncated"), bool):
            err(fname, "truncated flag missing: %s" % p["text"][:20])
        if p["truncated"] and re.search(r"[。！？]$", p["text"]):
            err(fname, "truncated paragraph ends a sentence")
        if not p["truncated"] and not re.search(r"[。！？]$", p["text"]):
            err(fname, "untruncated paragraph does not end a sentence: %s" % p["text"][-15:])

    nodes, fulltext = read_nodes(fname, spec)

    # noise
    noise = g["noise"]
    if len(set(noise)) != len(noise):
        err(fname, "duplicate noise strings")
    gold_norm = [norm(x) for x in g["titles"] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]]
    stripped_full = None
    if fname.endswith(".html"):
        import html as _h
        body = re.sub(r"<script\b.*?</script>|<style\b.*?</style>", "", fulltext, flags=re.S | re.I)
        stripped_full = _h.unescape(re.sub(r"<[^>]+>", "", body))
    for n in noise:
        if len(n) < 4 or n != n.strip():
            err(fname, "noise shorter than 4 or padded: %r" % n)
        if len(norm(n)) < 2:
            err(fname, "noise normalises to < 2 chars (the scorer would skip it): %r" % n)
        if not any(n in t for t, _ in nodes):
            err(fname, "noise not found as it stands: %r" % n)
        if stripped_full is not None and n not in stripped_full:
            err(fname, "noise not in tag-stripped text: %r" % n)
        for gn in gold_norm:
            if norm(n) in gn:
                err(fname, "noise occurs inside gold text: %r" % n)

    # remove noise: whole nodes first, then inline occurrences (watermarks), longest first
    nset = set(noise)
    kept = []
    for t, kind in nodes:
        if t.strip() in nset:
            continue
        for n in sorted(noise, key=len, reverse=True):
            t = t.replace(n, "")
        kept.append((t, kind))
    table_text = [t for t, k in kept if k == "table"]
    for t in table_text:
        if any(norm(t) and norm(t) in gn for gn in gold_norm) and len(norm(t)) > 6:
            err(fname, "table cell text inside gold text: %s" % t)
    kept = [(t, k) for t, k in kept if k != "table"]

    # compact stream with node index per char
    S, owner = [], []
    for i, (t, _) in enumerate(kept):
        c = compact(t)
        S.append(c)
        owner += [i] * len(c)
    S = "".join(S)
    covered = [None] * len(S)

    def find_seq(items, label):
        pos, spans = 0, []
        for it in items:
            c = compact(it)
            j = S.find(c, pos)
            if j < 0:
                err(fname, "%s not found in order: %s" % (label, it[:30]))
                spans.append(None)
                continue
            for k in range(j, j + len(c)):
                if covered[k] is not None:
                    err(fname, "%s overlaps %s: %s" % (label, covered[k], it[:30]))
                    break
                covered[k] = label
            spans.append((j, j + len(c)))
            pos = j + len(c)
        return spans

    tspans = find_seq(g["titles"], "title")
    hspans = find_seq([h["text"] for h in g["headings"]], "heading")
    pspans = find_seq([p["text"] for p in g["paragraphs"]], "paragraph")
    if None in tspans + hspans + pspans:
        return
    # speech zones by title position
    starts = [s[0] for s in tspans] + [len(S) + 1]
    body_starts = []
    for si in range(len(tspans)):
        inside = [s[0] for s in hspans + pspans if starts[si] <= s[0] < starts[si + 1]]
        body_starts.append(min(inside) if inside else starts[si + 1])
    if hspans + pspans and min(s[0] for s in hspans + pspans) < starts[0]:
        err(fname, "gold text before the first title")

    # leftovers
    title_nodes = {owner[s[0]] for s in tspans}
    title_start = {owner[s[0]]: s[0] for s in tspans}
    front_zone = set()
    for si, s in enumerate(tspans):
        for k in range(s[1], body_starts[si]):
            front_zone.add(k)
    by_node = {}
    for k, ch in enumerate(S):
        if covered[k] is None and (unicodedata.category(ch)[0] in "LN"):
            by_node.setdefault(owner[k], []).append(k)
    front_lines = []
    for i, ks in sorted(by_node.items()):
        frag = "".join(S[k] for k in ks)
        whole = compact(kept[i][0])
        node_has_gold = any(covered[k] is not None for k in range(len(S)) if owner[k] == i)
        if i in title_nodes and len(frag) <= 10 and all(k < title_start[i] for k in ks):
            continue  # speaker printed before the title: 区长周海涛 / 篇1：校长
        if not node_has_gold and len(kept[i][0].strip()) < 4:
            continue  # short UI fragment such as 首页 / 微信 / 在看
        if all(k in front_zone for k in ks) and not node_has_gold and len(whole) <= 24:
            front_lines.append(whole)
            continue  # speaker / date / salutation line
        err(fname, "leftover text neither gold nor noise: %r" % kept[i][0].strip()[:40])

    # per speech stats
    stats = []
    for si in range(len(tspans)):
        lo, hi = starts[si], starts[si + 1]
        hs = [g["headings"][k]["text"] for k, s in enumerate(hspans) if lo <= s[0] < hi]
        ps = [g["paragraphs"][k] for k, s in enumerate(pspans) if lo <= s[0] < hi]
        n = sum(han(x) for x in hs) + sum(han(p["text"]) for p in ps)
        cnt = {c: sum(1 for p in ps if p["category"] == c) for c in CORE}
        a, b = spec["han"]
        if not a <= n <= b:
            err(fname, "speech %d has %d Han characters, outside %d-%d" % (si + 1, n, a, b))
        for c in CORE:
            if cnt[c] < spec["core"]:
                err(fname, "speech %d has %d %s paragraphs" % (si + 1, cnt[c], c))
        if spec["speeches"] > 1 and sum(cnt.values()) < 3:
            err(fname, "speech %d has < 3 core paragraphs" % (si + 1))
        stats.append((n, sum(cnt.values()), len(hs), len(ps)))
    trunc = [p for p in g["paragraphs"] if p["truncated"]]
    print("%-8s speeches=%d  han=%s  core=%s  headings=%s  paragraphs=%s  noise=%d  truncated=%d  front=%s"
          % (fname, len(tspans), [s[0] for s in stats], [s[1] for s in stats], [s[2] for s in stats],
             [s[3] for s in stats], len(noise), len(trunc), front_lines))


def main():
    for f in SPEC:
        if not os.path.exists(os.path.join(ROOT, f)):
            err(f, "missing")
            continue
        check(f)
    if fname_trunc := [f for f in SPEC if f != "03.txt" and any(
            p["truncated"] for p in json.load(open(os.path.join(ROOT, "gold", f.split(".")[0] + ".json"), encoding="utf-8"))["paragraphs"])]:
        err(",".join(fname_trunc), "unexpected truncated paragraphs")
    g3 = json.load(open(os.path.join(ROOT, "gold", "03.json"), encoding="utf-8"))
    if not g3["paragraphs"][-1]["truncated"] or sum(p["truncated"] for p in g3["paragraphs"]) != 1:
        err("03.txt", "exactly the last paragraph must be truncated")
    if errors:
        print("\n".join(errors))
        print("FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
