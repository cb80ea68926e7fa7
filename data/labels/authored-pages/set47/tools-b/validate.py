#!/usr/bin/env python3
"""Check pages 06-10 against gold/NN.json.

Checks
  * file encoding, BOM and line endings per page kind
  * gold schema: keys, speeches == len(titles), category keys, levels, truncated flags
  * every noise string is 4+ chars, listed once, and occurs verbatim in its page
  * no noise string (normalised) occurs inside any gold title/heading/paragraph
    of any page
  * every title/heading/paragraph (normalised) occurs, in order, in the page
    once all noise strings are removed and whitespace (hard wraps) is dropped
  * headings carry no closing 。; paragraphs have no line breaks
  * per speech: 700-1300 Han characters (title+headings+paragraphs) and, for a
    speech with no truncated paragraph, >=2 paragraphs each of 形势分析,
    隐患排查 and 责任落实
With -v, prints what is left of each page after removing noise and gold text
(should be only speaker/date lines and salutations).
"""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {"开场", "形势分析", "思想认识", "隐患排查", "监管执法",
        "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"}
# file -> (python codec, BOM expected, line ending)
SPEC = {
    "06.txt": ("utf-8", False, "\n"),
    "07.txt": ("gbk", False, "\n"),
    "08.txt": ("utf-8", True, "\r\n"),
    "09.txt": ("gb18030", False, "\n"),
    "10.txt": ("utf-8", False, "\n"),
}
HAN = re.compile(r"[\u4e00-\u9fff]")


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if not c.isspace())


def main():
    verbose = "-v" in sys.argv
    errors, warns = [], []
    golds, texts = {}, {}
    for fn, (enc, bom, eol) in SPEC.items():
        path = os.path.join(ROOT, fn)
        gpath = os.path.join(ROOT, "gold", fn[:2] + ".json")
        if not os.path.exists(path) or not os.path.exists(gpath):
            errors.append(f"{fn}: page or gold missing"); continue
        raw = open(path, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") != bom:
            errors.append(f"{fn}: BOM {'missing' if bom else 'unexpected'}")
        if bom:
            raw = raw[3:]
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError as e:
            errors.append(f"{fn}: not {enc}: {e}"); continue
        if enc == "gb18030":
            try:
                text.encode("gbk")
                warns.append(f"{fn}: GB18030 page is also pure GBK (fine, no 4-byte chars)")
            except UnicodeEncodeError:
                pass
        if eol == "\r\n":
            if re.search(r"(?<!\r)\n", text) or re.search(r"\r(?!\n)", text):
                errors.append(f"{fn}: mixed line endings, CRLF expected")
        elif "\r" in text:
            errors.append(f"{fn}: CR found, LF expected")
        texts[fn] = text.replace("\r\n", "\n")
        golds[fn] = json.load(open(gpath, encoding="utf-8"))

    # schema
    for fn, g in golds.items():
        for k in ("file", "speeches", "titles", "headings", "paragraphs", "noise"):
            if k not in g:
                errors.append(f"{fn}: gold lacks {k}")
        if g.get("file") != fn:
            errors.append(f"{fn}: gold file field is {g.get('file')}")
        if g["speeches"] != len(g["titles"]):
            errors.append(f"{fn}: speeches={g['speeches']} but {len(g['titles'])} titles")
        for h in g["headings"]:
            if not isinstance(h.get("level"), int) or h["level"] < 1:
                errors.append(f"{fn}: bad level {h}")
            if h["text"].endswith("。") or h["text"] != h["text"].strip():
                errors.append(f"{fn}: heading ends with 。 or has spaces: {h['text']}")
        for p in g["paragraphs"]:
            if p.get("category") not in CATS:
                errors.append(f"{fn}: bad category {p.get('category')}")
            if not isinstance(p.get("truncated"), bool):
                errors.append(f"{fn}: truncated not bool")
            if "\n" in p["text"] or p["text"] != p["text"].strip():
                errors.append(f"{fn}: paragraph has line break/outer space: {p['text'][:20]}")

    # noise
    all_gold = []
    for fn, g in golds.items():
        all_gold += [(fn, t) for t in g["titles"]]
        all_gold += [(fn, h["text"]) for h in g["headings"]]
        all_gold += [(fn, p["text"]) for p in g["paragraphs"]]
    all_gold_n = [(fn, norm(t)) for fn, t in all_gold]
    for fn, g in golds.items():
        if len(set(g["noise"])) != len(g["noise"]):
            errors.append(f"{fn}: duplicate noise strings")
        for n in g["noise"]:
            if len(n) < 4:
                errors.append(f"{fn}: noise shorter than 4 chars: {n!r}")
            if n != n.strip():
                errors.append(f"{fn}: noise not stripped: {n!r}")
            if n not in texts[fn]:
                errors.append(f"{fn}: noise not in page: {n!r}")
            nn = norm(n)
            for gfn, t in all_gold_n:
                if nn and nn in t:
                    errors.append(f"{fn}: noise {n!r} occurs inside gold text of {gfn}")

    # gold text present in cleaned page, in order; per-speech checks
    for fn, g in golds.items():
        clean = texts[fn]
        for n in sorted(g["noise"], key=len, reverse=True):
            clean = clean.replace(n, "\n")
        cn = norm(clean)
        pos = {}
        for key, items in (("titles", g["titles"]),
                           ("headings", [h["text"] for h in g["headings"]]),
                           ("paragraphs", [p["text"] for p in g["paragraphs"]])):
            cur, plist = 0, []
            for t in items:
                i = cn.find(norm(t), cur)
                if i < 0:
                    j = cn.find(norm(t))
                    errors.append(f"{fn}: {key[:-1]} {'out of order' if j >= 0 else 'not found'}: {t[:30]}")
                    plist.append(j); continue
                plist.append(i); cur = i + 1
            pos[key] = plist
        tpos = pos["titles"]

        def speech_of(i):
            k = -1
            for s, tp in enumerate(tpos):
                if tp <= i:
                    k = s
            return k
        per = [dict(han=0, cats={}, trunc=False) for _ in g["titles"]]
        for s, t in enumerate(g["titles"]):
            per[s]["han"] += len(HAN.findall(t))
        for h, i in zip(g["headings"], pos["headings"]):
            s = speech_of(i)
            if s < 0:
                errors.append(f"{fn}: heading before first title: {h['text']}"); continue
            per[s]["han"] += len(HAN.findall(h["text"]))
        for p, i in zip(g["paragraphs"], pos["paragraphs"]):
            s = speech_of(i)
            if s < 0:
                errors.append(f"{fn}: paragraph before first title: {p['text'][:20]}"); continue
            per[s]["han"] += len(HAN.findall(p["text"]))
            per[s]["cats"][p["category"]] = per[s]["cats"].get(p["category"], 0) + 1
            per[s]["trunc"] |= p["truncated"]
        for s, d in enumerate(per):
            tag = f"{fn} speech {s + 1}"
            if not 700 <= d["han"] <= 1300 and not d["trunc"]:
                errors.append(f"{tag}: {d['han']} Han characters (700-1300 wanted)")
            if not d["trunc"]:
                for c in ("形势分析", "隐患排查", "责任落实"):
                    if d["cats"].get(c, 0) < 2:
                        errors.append(f"{tag}: only {d['cats'].get(c, 0)} paragraphs of {c}")
            print(f"{tag}: {d['han']} Han chars, categories "
                  + " ".join(f"{k}{v}" for k, v in d["cats"].items()))

        if verbose:
            golds_n = [norm(t) for t in g["titles"] + [h["text"] for h in g["headings"]]
                       + [p["text"] for p in g["paragraphs"]]]
            left = []
            for l in clean.split("\n"):
                r = norm(l)
                for t in sorted(golds_n, key=len, reverse=True):
                    if t and t in r:
                        r = r.replace(t, "")
                r = r.strip("。")
                if r and not any(r in t for t in golds_n):
                    left.append(l.strip())
            print(f"  {fn} leftover lines (not noise, not gold): {left}")

    for w in warns:
        print("note:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(golds)} pages checked, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
