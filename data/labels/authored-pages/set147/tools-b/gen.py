# -*- coding: utf-8 -*-
"""Builds pages 06-10, gold/NN.json and tools-b/perfect.json from speeches.py."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES

SPAN = re.compile(r"⟦(.*?)⟧", re.S)

def page_text(s):
    """text as written on the page"""
    s = SPAN.sub(lambda m: m.group(1), s)
    return s.replace("¦", "\n")

def gold_text(s):
    s = SPAN.sub("", s).replace("**", "").replace("¦", "")
    return s.strip()

def inline_noise(s):
    out = []
    for m in SPAN.finditer(s):
        out += [l.strip() for l in m.group(1).split("\n") if l.strip()]
    if "**" in s:
        out.append("**")
    return out

def pieces_of(line):
    if isinstance(line, str): return []
    if isinstance(line, list): return line
    if line["t"] == "J": return line["pieces"]
    return [line]

def render_piece(p):
    if p["t"] == "S": return ""
    if p["t"] == "H": return p.get("pre", "") + page_text(p["text"])
    return page_text(p["text"])

def render(page):
    out = []
    ind = page.get("indent", "")
    for line in page["lines"]:
        if isinstance(line, str):
            out.append(line); continue
        if isinstance(line, dict) and line["t"] == "S":
            continue
        if isinstance(line, dict) and line["t"] == "J":
            out.append(line["sep"].join(render_piece(p) for p in line["pieces"] if p["t"] != "S")); continue
        ps = pieces_of(line)
        s = "".join(render_piece(p) for p in ps)
        if ps and ps[0]["t"] in ("P",) or (ps and ps[0]["t"] == "H" and ps[0]["level"] >= 2):
            s = ind + s
        out.append(s)
    return "\n".join(out) + "\n"

def sequence(page):
    """page-order list of (piece, speech index)"""
    seq, sp = [], -1
    for line in page["lines"]:
        for p in pieces_of(line):
            if p["t"] == "S": sp = p["sp"]; continue
            if p["t"] == "T": sp = sum(1 for q, _ in seq if q["t"] == "T")
            seq.append((p, sp))
    return seq

def encode(text, page):
    text = text.replace("\n", page["newline"])
    enc = page["encoding"]
    if enc == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(enc)

def gold(nn, page):
    seq = sequence(page)
    titles = [p["text"] for p, _ in seq if p["t"] == "T"]
    headings = [{"text": gold_text(p["text"]).rstrip("。"), "level": p["level"]} for p, _ in seq if p["t"] == "H"]
    paras = [{"text": gold_text(p["text"]), "category": p["cat"], "truncated": p["truncated"]} for p, _ in seq if p["t"] == "P"]
    noise = []
    for p, _ in seq:
        cand = [p["text"].strip()] if p["t"] == "N" else inline_noise(p["text"]) if p["t"] in ("P", "H") else []
        for c in cand:
            if c not in noise: noise.append(c)
    return {"file": f"{nn}.txt", "speeches": len(titles), "titles": titles, "headings": headings,
            "paragraphs": paras, "noise": noise}

def perfect_doc(nn, page):
    seq = sequence(page)
    speeches = [{"title": p["text"], "blocks": []} for p, _ in seq if p["t"] == "T"]
    for p, sp in seq:
        if p["t"] == "H":
            speeches[sp]["blocks"].append({"kind": "heading", "level": p["level"], "text": gold_text(p["text"]).rstrip("。")})
        elif p["t"] == "P":
            speeches[sp]["blocks"].append({"kind": "paragraph", "text": gold_text(p["text"]), "category": p["cat"]})
    return {"file": f"{nn}.txt", "speeches": speeches}

def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    docs = []
    for nn, page in PAGES.items():
        with open(os.path.join(OUT, f"{nn}.txt"), "wb") as f:
            f.write(encode(render(page), page))
        with open(os.path.join(OUT, "gold", f"{nn}.json"), "w", encoding="utf-8") as f:
            json.dump(gold(nn, page), f, ensure_ascii=False, indent=1)
            f.write("\n")
        docs.append(perfect_doc(nn, page))
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)
    # a gold folder holding only this writer's labels, so the perfect run can be scored without the other writer's pages
    gb = os.path.join(HERE, "gold-b-only")
    os.makedirs(gb, exist_ok=True)
    for nn in PAGES:
        with open(os.path.join(OUT, "gold", f"{nn}.json"), encoding="utf-8") as src, open(os.path.join(gb, f"{nn}.json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    print("wrote", ", ".join(f"{nn}.txt" for nn in PAGES))
    if "--all" in sys.argv:
        # perfect-all.json: this writer's documents plus a perfect output built (read-only) from every other gold file
        # in the shared gold/ folder, so that the whole folder can be scored; blocks of other pages all go to speech 1.
        gd = os.path.join(OUT, "gold")
        for fn in sorted(os.listdir(gd)):
            if not fn.endswith(".json") or fn[:-5] in PAGES: continue
            g = json.load(open(os.path.join(gd, fn), encoding="utf-8"))
            sp = [{"title": t, "blocks": []} for t in g.get("titles", [])] or [{"title": "", "blocks": []}]
            sp = sp[:max(1, g.get("speeches", 1))] + [{"title": "", "blocks": []} for _ in range(g.get("speeches", 1) - len(sp))]
            sp[0]["blocks"] = [{"kind": "heading", "level": h["level"], "text": h["text"]} for h in g.get("headings", [])] + \
                [{"kind": "paragraph", "text": p["text"], "category": p["category"]} for p in g.get("paragraphs", [])]
            docs.append({"file": g["file"], "speeches": sp})
        with open(os.path.join(HERE, "perfect-all.json"), "w", encoding="utf-8") as f:
            json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)
        print("wrote perfect-all.json with", len(docs), "documents")

if __name__ == "__main__":
    main()
