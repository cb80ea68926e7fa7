# -*- coding: utf-8 -*-
"""Build NN.txt and gold/NN.json for every page from the tagged source in speeches.py."""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from speeches import PAGES, CATEGORIES  # noqa: E402

OUT = os.path.dirname(HERE)
NOSTART = set("，。、；：？！）》”’」』…%")
INJ = re.compile("«([^»]*)»")


class SourceError(Exception):
    pass


def _wrap(s, rng, lo, hi):
    """Hard-wrap s into lines of lo..hi characters, never starting a line with closing punctuation."""
    out, i = [], 0
    while True:
        w = rng.randint(lo, hi)
        if len(s) - i <= w:
            out.append(s[i:])
            return out
        j = i + w
        while j < len(s) and s[j] in NOSTART:
            j += 1
        out.append(s[i:j])
        i = j
        if i >= len(s):
            return out


def build(key):
    """Return (page_text_with_LF, gold_dict, info) for page key. info['speech_items'] lists labelled items per speech."""
    page = PAGES[key]
    items = []          # dicts: kind T/H/P, text, level, category, truncated, speech
    noise = []
    printed = []        # list of [text, labelled(bool), in_pdf(bool)]
    in_pdf = False
    speech = -1

    def add_noise(s):
        s = s.strip()
        if not s:
            raise SourceError("%s: empty noise" % key)
        if s not in noise:
            noise.append(s)

    for n, raw in enumerate(page["src"].split("\n"), 1):
        if raw == "@PDF":
            in_pdf = True
            continue
        if raw == "@ENDPDF":
            in_pdf = False
            continue
        glue = raw.startswith("+")
        if glue:
            raw = raw[1:]
        if raw.strip() == "" and not glue:
            printed.append(["", False, in_pdf])
            continue
        line, labelled = "", False
        for seg in raw.split("‖"):
            tag, bar, text = seg.partition("|")
            if not bar:
                raise SourceError("%s line %d: segment without tag: %r" % (key, n, seg))
            shown = text.replace("«", "").replace("»", "")
            gold = INJ.sub("", text).strip()
            injected = INJ.findall(text)
            if tag == "N":
                if injected:
                    raise SourceError("%s line %d: injection inside noise" % (key, n))
                add_noise(shown)
            elif tag == "R":
                pass
            elif tag == "T":
                speech += 1
                items.append(dict(kind="T", text=gold, speech=speech))
                labelled = True
            elif re.fullmatch(r"H[1-4]", tag):
                g = gold[:-1] if gold.endswith("。") else gold
                items.append(dict(kind="H", text=g, level=int(tag[1]), speech=speech))
                labelled = True
            elif tag.startswith("P:") or tag.startswith("PT:"):
                cat = tag.split(":", 1)[1]
                if cat not in CATEGORIES:
                    raise SourceError("%s line %d: bad category %r" % (key, n, cat))
                items.append(dict(kind="P", text=gold, category=cat, truncated=tag.startswith("PT:"), speech=speech))
                labelled = True
            elif tag == "C":
                if not items or items[-1]["kind"] != "P":
                    raise SourceError("%s line %d: C without a paragraph before it" % (key, n))
                items[-1]["text"] += gold
                labelled = True
            else:
                raise SourceError("%s line %d: unknown tag %r" % (key, n, tag))
            for s in injected:
                add_noise(s)
            line += shown
        if glue:
            if not printed:
                raise SourceError("%s: glue on first line" % key)
            printed[-1][0] += line
            printed[-1][1] = printed[-1][1] or labelled
        else:
            printed.append([line, labelled, in_pdf])

    # PDF region: hard wraps, page numbers and running header
    lines = []
    pdf = page.get("pdf")
    if pdf:
        rng = random.Random(pdf["seed"])
        lo, hi = pdf["width"]
        region = []
        first_pdf = None
        for idx, (text, labelled, p) in enumerate(printed):
            if p:
                if first_pdf is None:
                    first_pdf = len(lines)
                    lines.append(None)          # placeholder for the region
                if labelled:
                    region.extend(_wrap(text, rng, lo, hi))
                else:
                    if len(text) > hi + 8:
                        raise SourceError("%s: noise line too long for the PDF: %r" % (key, text))
                    region.append(text)
            else:
                lines.append(text)
        out, pg, count = [], 1, 0
        for t in region:
            if count == pdf["lines_per_page"]:
                pn = pdf["pagenum"].format(pg)
                out.extend([pn, pdf["header"]])
                add_noise(pn)
                pg += 1
                count = 0
            out.append(t)
            count += 1
        pn = pdf["pagenum"].format(pg)
        out.append(pn)
        add_noise(pn)
        add_noise(pdf["header"])
        lines[first_pdf:first_pdf + 1] = out
    else:
        lines = [t for t, _, _ in printed]

    text = "\n".join(lines) + "\n"
    gold = {
        "file": key + ".txt",
        "speeches": page["speeches"],
        "titles": [it["text"] for it in items if it["kind"] == "T"],
        "headings": [{"text": it["text"], "level": it["level"]} for it in items if it["kind"] == "H"],
        "paragraphs": [{"text": it["text"], "category": it["category"], "truncated": it["truncated"]}
                       for it in items if it["kind"] == "P"],
        "noise": noise,
    }
    return text, gold, dict(items=items)


def encode(key, text):
    page = PAGES[key]
    t = text.replace("\n", page["eol"])
    b = t.encode(page["encoding"])
    if page.get("bom"):
        b = ("\ufeff".encode(page["encoding"])) + b
    return b


def gold_json(gold):
    return json.dumps(gold, ensure_ascii=False, indent=1) + "\n"


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for key in sorted(PAGES):
        text, gold, _ = build(key)
        with open(os.path.join(OUT, key + ".txt"), "wb") as f:
            f.write(encode(key, text))
        with open(os.path.join(OUT, "gold", key + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(gold_json(gold))
        print("wrote", key + ".txt", "gold/" + key + ".json")


if __name__ == "__main__":
    main()
