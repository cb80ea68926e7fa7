#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check writer A's pages against their gold.  Re-reads each page as bytes in its declared encoding and checks:
  - strict decoding, one line-ending style (CRLF or LF as declared), no BOM;
  - gold structure: keys, the taxonomy's ten category keys, levels 1-3, headings without closing 。,
    speeches == len(titles), noise items unique, >= 4 characters and present in the page;
  - no noise string, normalised as the scorer does, occurs inside a gold title, heading or paragraph;
  - every line is blank, a noise line, a title / speaker / date / salutation line (or title+salutation glued),
    shorter than 4 characters, or a piece of the gold heading/paragraph stream; walking the lines in order must
    consume every gold heading and paragraph exactly (this covers hard wraps, page breaks inside paragraphs,
    run-in headings and paragraphs joined on one line; inline noise spans are cut out first);
  - 900-1400 Han characters of headings and paragraphs per page; every full speech has >= 2 paragraphs of each of
    形势分析, 隐患排查, 责任落实 (speech membership comes from the data module).
Prints ALL OK when everything holds."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data_a  # noqa: E402

BASE = os.path.dirname(HERE)
TAXONOMY = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法", "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
CORE = ["形势分析", "隐患排查", "责任落实"]
HEAD_TAIL = "。：:．.，, "
errors = []


def err(pid, msg):
    errors.append(f"{pid}: {msg}")


def norm(s):
    """as score-mining.mjs: NFKC, keep letters/digits (Han included) and × *, drop the rest"""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def nows(s):
    return re.sub(r"\s+", "", s)


def han(s):
    return sum(1 for c in s if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf")


def meta_lines(page):
    out = []
    for op in page["body"]:
        if op[0] in ("M", "T"):
            out.append(op[1])
        elif op[0] == "TS":
            out += [op[1], op[2], op[1] + op[2]]
    return out


def speeches_of(page):
    sp = []
    for op in page["body"]:
        if op[0] == "SP":
            sp.append([])
        elif op[0] in ("P", "PT"):
            sp[-1].append((op[2], op[0] == "PT"))
        elif op[0] == "HR":
            sp[-1].append((op[4], len(op) > 5 and op[5]))
        elif op[0] == "J":
            sp[-1] += [(c, False) for _, c in op[1]]
    return sp


class Stream:
    """walks the gold headings and paragraphs in document order"""
    def __init__(self, heads, paras):
        self.h = [nows(x["text"]) for x in heads]
        self.p = [nows(x["text"]) for x in paras]
        self.hi = self.pi = 0
        self.cur = None      # ("h"|"p", text)
        self.off = 0
        self.after_head = False

    def state(self):
        return (self.hi, self.pi, self.cur, self.off, self.after_head)

    def restore(self, st):
        self.hi, self.pi, self.cur, self.off, self.after_head = st

    def consume(self, s):
        while s:
            if self.cur is None:
                if self.after_head:
                    while s and s[0] in HEAD_TAIL:
                        s = s[1:]
                    if not s:
                        return True
                self.after_head = False
                cands = []
                if self.hi < len(self.h):
                    cands.append(("h", self.h[self.hi]))
                if self.pi < len(self.p):
                    cands.append(("p", self.p[self.pi]))
                for kind, t in cands:
                    k = min(len(s), len(t))
                    if s[:k] == t[:k]:
                        self.cur, self.off = (kind, t), 0
                        break
                else:
                    return False
            kind, t = self.cur
            rest = t[self.off:]
            if s.startswith(rest):
                s = s[len(rest):]
                self.cur, self.off = None, 0
                if kind == "h":
                    self.hi += 1
                    self.after_head = True
                else:
                    self.pi += 1
            elif rest.startswith(s):
                self.off += len(s)
                s = ""
            else:
                return False
        return True

    def done(self):
        return self.cur is None and self.hi == len(self.h) and self.pi == len(self.p)


def check(pid, page):
    path = os.path.join(BASE, pid + ".txt")
    gpath = os.path.join(BASE, "gold", pid + ".json")
    raw = open(path, "rb").read()
    g = json.load(open(gpath, encoding="utf-8"))
    enc, nl = page["encoding"], page["newline"]
    # --- bytes, encoding, line endings
    if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        err(pid, "unexpected BOM")
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        err(pid, f"does not decode as {enc}: {e}")
        return
    if nl == "\r\n":
        if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
            err(pid, "mixed line endings (declared CRLF)")
        lines = text.split("\r\n")
    else:
        if "\r" in text:
            err(pid, "CR found (declared LF)")
        lines = text.split("\n")
    # --- gold structure
    if g.get("file") != pid + ".txt":
        err(pid, "gold file name")
    for k in ("speeches", "titles", "headings", "paragraphs", "noise"):
        if k not in g:
            err(pid, f"gold lacks {k}")
    if g["speeches"] != len(g["titles"]):
        err(pid, "speeches != number of titles")
    for h in g["headings"]:
        if h["level"] not in (1, 2, 3):
            err(pid, f"bad level {h}")
        if h["text"].endswith("。"):
            err(pid, f"heading ends with 。: {h['text']}")
    for p in g["paragraphs"]:
        if p["category"] not in TAXONOMY:
            err(pid, f"bad category {p['category']}")
        if "truncated" in p and p["truncated"] is not True:
            err(pid, "truncated must be true or absent")
        if set(p) - {"text", "category", "truncated"}:
            err(pid, f"extra keys {set(p)}")
    if len(set(g["noise"])) != len(g["noise"]):
        err(pid, "duplicate noise")
    for n in g["noise"]:
        if len(n) < 4:
            err(pid, f"noise shorter than 4: {n!r}")
        if n not in text:
            err(pid, f"noise not in page: {n!r}")
    for t in g["titles"]:
        if t not in text:
            err(pid, f"title not in page: {t}")
    # --- noise must not sit inside gold text
    golds = g["titles"] + [h["text"] for h in g["headings"]] + [p["text"] for p in g["paragraphs"]]
    ngolds = [norm(x) for x in golds]
    for n in g["noise"]:
        t = norm(n)
        if len(t) < 2:
            continue
        for x, nx in zip(golds, ngolds):
            if t in nx:
                err(pid, f"noise {n!r} occurs inside gold text {x[:30]}…")
    # --- every line accounted for, stream consumed in order
    noise = set(g["noise"])
    inline = sorted(g["noise"], key=len, reverse=True)
    metas = {nows(m) for m in meta_lines(page)} | {nows(t) for t in g["titles"]}
    st = Stream(g["headings"], g["paragraphs"])
    for i, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s in noise:
            continue
        for n in inline:
            if n in s:
                s = s.replace(n, "")
        s2 = nows(s)
        if not s2 or s2 in metas:
            continue
        snap = st.state()
        if st.consume(s2):
            continue
        st.restore(snap)
        if len(s2) < 4:
            continue
        err(pid, f"line {i} is neither gold text, noise nor meta: {line[:40]!r}")
        return
    if not st.done():
        err(pid, f"gold not fully consumed: headings {st.hi}/{len(st.h)}, paragraphs {st.pi}/{len(st.p)}")
    # --- size and core categories
    n_han = sum(han(h["text"]) for h in g["headings"]) + sum(han(p["text"]) for p in g["paragraphs"])
    if not 900 <= n_han <= 1400:
        err(pid, f"{n_han} Han characters of headings+paragraphs (want 900-1400)")
    sp = speeches_of(page)
    if len(sp) != g["speeches"]:
        err(pid, "speech count in data and gold differ")
    if [c for s in sp for c, _ in s] != [p["category"] for p in g["paragraphs"]]:
        err(pid, "data and gold paragraph categories differ")
    for k, s in enumerate(sp, 1):
        if any(tr for _, tr in s):
            continue   # a speech cut off by the page is not a full speech
        for c in CORE:
            if sum(1 for x, _ in s if x == c) < 2:
                err(pid, f"speech {k} has fewer than 2 {c} paragraphs")
    print(f"{pid}.txt  {enc:8s} {'CRLF' if nl == chr(13) + chr(10) else 'LF'}  lines={len(lines)}  "
          f"speeches={g['speeches']}  headings={len(g['headings'])}  paragraphs={len(g['paragraphs'])}  "
          f"noise={len(g['noise'])}  han={n_han}")


def main():
    for pid, page in data_a.PAGES.items():
        check(pid, page)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("ALL OK")


if __name__ == "__main__":
    main()
