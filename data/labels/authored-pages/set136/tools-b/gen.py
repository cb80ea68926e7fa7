# -*- coding: utf-8 -*-
"""Build NN.txt / NN.docx and gold/NN.json from the tagged source in speeches.py.

The Word page needs python-docx, which only /usr/bin/python3 has; when the running interpreter lacks it the
script re-runs itself under /usr/bin/python3.
"""
import io
import json
import os
import re
import sys
import unicodedata
import zipfile

try:
    import docx  # noqa: F401
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from lxml import etree
except ImportError:  # re-run under the system python, which has python-docx
    if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    raise

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

CATEGORIES = ["开场", "形势分析", "思想认识", "隐患排查", "监管执法",
              "责任落实", "应急管理", "宣传培训", "基层基础", "结尾"]
INJ = re.compile(r"«(.*?)»")
REV = re.compile(r"⟨(-|\+|@\d+:)(.*?)⟩")
BOMS = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MARK_DEL, MARK_INS, MARK_COM, MARK_PDEL = "\ue001", "\ue002", "\ue003", "\ue004"


def norm(s):
    """What the scorer compares: NFKC, no punctuation, symbols or spaces."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if unicodedata.category(ch)[0] not in "PSZ" and not ch.isspace())


def pieces(text):
    """Split a Word segment into (kind, text, comment) pieces: kind '' plain, '-' deleted, '+' inserted, '@' commented."""
    out, pos = [], 0
    for m in REV.finditer(text):
        if m.start() > pos:
            out.append(("", text[pos:m.start()], None))
        op = m.group(1)
        if op.startswith("@"):
            out.append(("@", m.group(2), int(op[1:-1])))
        else:
            out.append((op, m.group(2), None))
        pos = m.end()
    if pos < len(text):
        out.append(("", text[pos:], None))
    return out


def visible(text):
    """Text after accepting all tracked changes."""
    return "".join(t for k, t, _ in pieces(text) if k != "-")


def parse(source, kind="txt"):
    """Return (printed_lines, gold_dict_without_file, extras)."""
    lines = source.split("\n")
    if lines and lines[0] == "":
        lines = lines[1:]
    if lines and lines[-1] == "":
        lines = lines[:-1]
    out = []
    titles, headings, paragraphs, noise = [], [], [], []
    r_lines, s_lines = [], []
    speeches = []
    deleted = []      # deleted runs / paragraphs (Word page)
    doc_lines = []    # per printed Word paragraph: (style_tag, [(tag, raw_text)], whole_paragraph_deleted)

    def add_noise(s):
        s = s.strip()
        if s and s not in noise:
            noise.append(s)

    def labelled(text):
        for m in INJ.finditer(text):
            add_noise(m.group(1))
        t = INJ.sub("", text)
        if kind == "docx":
            for k, piece, _ in pieces(t):
                if k == "-":
                    deleted.append(piece)
            t = visible(t)
        if kind == "csv":
            t = t.replace('""', '"')
        return t.strip()

    for raw in lines:
        if kind != "docx":
            assert "⟨" not in raw and "⟩" not in raw, raw
        glue = raw.startswith("+")
        line = raw[1:] if glue else raw
        printed = ""
        segs = []
        if line.strip():
            for seg in line.split("‖"):
                tag, text = seg.split("|", 1)
                segs.append((tag, text))
                shown = text.replace("«", "").replace("»", "")
                if kind == "docx":
                    shown = visible(shown) if tag != "D" else ""
                printed += shown
                if tag == "N":
                    add_noise(text)
                elif tag == "S":
                    s_lines.append(text.strip())
                elif tag == "R":
                    r_lines.append(text.strip())
                elif tag == "D":
                    assert kind == "docx"
                    deleted.append(text)
                elif tag == "T":
                    t = labelled(text)
                    titles.append(t)
                    speeches.append([t])
                elif tag in ("H1", "H2", "H3", "H4"):
                    t = labelled(text)
                    if t.endswith("。"):
                        t = t[:-1]
                    headings.append({"text": t, "level": int(tag[1])})
                    speeches[-1].append(t)
                elif tag.startswith("P:") or tag.startswith("PT:"):
                    cat = tag.split(":", 1)[1]
                    assert cat in CATEGORIES, cat
                    t = labelled(text)
                    paragraphs.append({"text": t, "category": cat,
                                       "truncated": tag.startswith("PT:")})
                    speeches[-1].append(t)
                elif tag == "C":
                    t = labelled(text)
                    paragraphs[-1]["text"] += t
                    speeches[-1][-1] += t
                else:
                    raise ValueError("unknown tag %r in %r" % (tag, raw))
        whole_del = bool(segs) and all(t == "D" for t, _ in segs)
        if kind == "docx":
            assert not glue
            doc_lines.append((segs[0][0] if segs else "", segs, whole_del))
            if whole_del:
                continue
        if glue:
            out[-1] += printed
        else:
            out.append(printed)

    # deleted Word text is noise when it is long enough and nowhere in the text a reader sees after accepting
    final = norm("".join(out))
    for d in deleted:
        d = d.strip()
        if len(d) >= 4 and norm(d) not in final:
            add_noise(d)
    gold = {"speeches": len(titles), "titles": titles, "headings": headings,
            "paragraphs": paragraphs, "noise": noise}
    return out, gold, {"r": r_lines, "s": s_lines, "speeches": speeches,
                       "deleted": deleted, "doc_lines": doc_lines}


# ----------------------------------------------------------------------------- Word page
FIXED_ZIP_TIME = (2024, 6, 3, 17, 52, 0)


def _east_asia(style, name):
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = etree.SubElement(rpr, qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        fonts.set(qn(attr), name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]


def _stage1(spec, doc_lines):
    """python-docx document; revision runs carry private-use marker characters for stage 2."""
    from docx import Document
    from docx.shared import RGBColor
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    _east_asia(normal, "仿宋_GB2312")
    for name, font, size in (("Title", "方正小标宋简体", 22), ("Heading 1", "黑体", 16)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.bold = False
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        _east_asia(st, font)
    cp = doc.core_properties
    import datetime
    cp.author = "党政办"
    cp.last_modified_by = spec["rev_author"]
    cp.title = "在全镇安全生产工作会议上的讲话"
    cp.created = datetime.datetime(2024, 5, 30, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 6, 3, 17, 50, 0)
    cp.revision = 4
    cp.comments = ""
    doc.sections[0].header.paragraphs[0].text = spec["header"]

    for first, segs, whole_del in doc_lines:
        if not segs:
            doc.add_paragraph("")
            continue
        style = {"T": "Title", "H1": "Heading 1", "H2": "Heading 2"}.get(first)
        p = doc.add_paragraph(style=style)
        if first == "R" and not segs[0][1].endswith("：") or first == "T":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if first.startswith("P") or first in ("D", "C"):
            p.paragraph_format.first_line_indent = Pt(32)
        for tag, text in segs:
            text = text.replace("«", "").replace("»", "")
            if tag == "D":
                p.add_run(MARK_PDEL + text)
                continue
            for k, t, cid in pieces(text):
                if k == "-":
                    p.add_run(MARK_DEL + t)
                elif k == "+":
                    p.add_run(MARK_INS + t)
                elif k == "@":
                    p.add_run(MARK_COM + str(cid) + MARK_COM + t)
                else:
                    p.add_run(t)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _w(tag):
    return "{%s}%s" % (W, tag)


def _stage2(spec, blob):
    """Post-process document.xml: markers -> w:del / w:ins / comment ranges; add the comments part."""
    zin = zipfile.ZipFile(io.BytesIO(blob))
    parts = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    files = dict(parts)
    root = etree.fromstring(files["word/document.xml"])
    author, date = spec["rev_author"], spec["rev_date"]
    rev_id = [100]

    def rev_el(name):
        el = etree.Element(_w(name))
        el.set(_w("id"), str(rev_id[0]))
        el.set(_w("author"), author)
        el.set(_w("date"), date)
        rev_id[0] += 1
        return el

    def to_deltext(run):
        for t in run.findall(_w("t")):
            t.tag = _w("delText")

    for p in root.iter(_w("p")):
        for r in list(p.findall(_w("r"))):
            t = r.find(_w("t"))
            if t is None or not t.text:
                continue
            s = t.text
            if s[0] == MARK_DEL or s[0] == MARK_PDEL:
                t.text = s[1:]
                to_deltext(r)
                d = rev_el("del")
                r.addprevious(d)
                d.append(r)
                if s[0] == MARK_PDEL:   # the paragraph mark goes too
                    ppr = p.find(_w("pPr"))
                    if ppr is None:
                        ppr = etree.Element(_w("pPr"))
                        p.insert(0, ppr)
                    rpr = ppr.find(_w("rPr"))
                    if rpr is None:
                        rpr = etree.SubElement(ppr, _w("rPr"))
                    rpr.append(rev_el("del"))
            elif s[0] == MARK_INS:
                t.text = s[1:]
                ins = rev_el("ins")
                r.addprevious(ins)
                ins.append(r)
            elif s[0] == MARK_COM:
                cid, rest = s[1:].split(MARK_COM, 1)
                t.text = rest
                start = etree.Element(_w("commentRangeStart"))
                start.set(_w("id"), cid)
                end = etree.Element(_w("commentRangeEnd"))
                end.set(_w("id"), cid)
                ref_run = etree.Element(_w("r"))
                ref = etree.SubElement(ref_run, _w("commentReference"))
                ref.set(_w("id"), cid)
                r.addprevious(start)
                r.addnext(end)
                end.addnext(ref_run)
            if t.text and (t.text[0] == " " or t.text[-1] == " "):
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    files["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    # comments part
    croot = etree.Element(_w("comments"), nsmap={"w": W})
    for cid in sorted(spec["comments"]):
        who, initials, when, body = spec["comments"][cid]
        c = etree.SubElement(croot, _w("comment"))
        c.set(_w("id"), str(cid))
        c.set(_w("author"), who)
        c.set(_w("date"), when)
        c.set(_w("initials"), initials)
        cp = etree.SubElement(c, _w("p"))
        r0 = etree.SubElement(cp, _w("r"))
        etree.SubElement(r0, _w("annotationRef"))
        r1 = etree.SubElement(cp, _w("r"))
        t = etree.SubElement(r1, _w("t"))
        t.text = body
    files["word/comments.xml"] = etree.tostring(croot, xml_declaration=True, encoding="UTF-8", standalone=True)
    ct = files["[Content_Types].xml"].decode("utf-8")
    ct = ct.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/'
                    'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    files["[Content_Types].xml"] = ct.encode("utf-8")
    rels = files["word/_rels/document.xml.rels"].decode("utf-8")
    rels = rels.replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/'
                        'officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
    files["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    # track changes stays switched on, as in the clerk's file
    st = files["word/settings.xml"].decode("utf-8")
    st = st.replace("<w:defaultTabStop ", "<w:trackRevisions/><w:defaultTabStop ", 1)
    files["word/settings.xml"] = st.encode("utf-8")

    names = [n for n, _ in parts]
    names.insert(names.index("word/document.xml") + 1, "word/comments.xml")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for n in names:
            info = zipfile.ZipInfo(n, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, files[n])
    return buf.getvalue()


def build_docx(spec, extras):
    return _stage2(spec, _stage1(spec, extras["doc_lines"]))


# ----------------------------------------------------------------------------- all pages
def page_name(num):
    return num + (".docx" if PAGES[num]["kind"] == "docx" else ".txt")


def build(num):
    spec = PAGES[num]
    kind = spec.get("kind", "txt")
    out, gold, extras = parse(spec["source"], kind)
    if kind == "docx":
        for cid in sorted(spec["comments"]):
            body = spec["comments"][cid][3]
            if body not in gold["noise"]:
                gold["noise"].append(body)
        gold["noise"].append(spec["header"])
        data = build_docx(spec, extras)
    else:
        eol = spec["eol"]
        text = eol.join(out) + eol
        data = text.encode(spec["encoding"])
        if spec["bom"]:
            data = BOMS[spec["encoding"]] + data
    extras["printed"] = out
    gold = dict([("file", page_name(num))] + list(gold.items()))
    return data, gold, extras


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for num in sorted(PAGES):
        data, gold, _ = build(num)
        with open(os.path.join(ROOT, page_name(num)), "wb") as f:
            f.write(data)
        with open(os.path.join(ROOT, "gold", num + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", page_name(num), len(data), "bytes,", len(gold["paragraphs"]), "paragraphs")


if __name__ == "__main__":
    main()
