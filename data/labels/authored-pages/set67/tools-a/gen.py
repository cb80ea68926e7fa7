#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic generator for set67a: writes 01.docx … 05.docx and gold/NN.json.
Built with python-docx; raw OOXML (fields, numbering, footnotes, comments, tracked changes,
VML text box, borders) is added through docx.oxml.  Zip entries get a fixed timestamp."""
import io, json, os, re, sys, zipfile, datetime
from xml.sax.saxutils import escape
import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import texts as T

W = nsdecls('w')
FANG, HEI, KAI, SONG = '仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体'
REVDATE = '2025-05-07T10:12:00Z'

# ---------- markup -------------------------------------------------------------
TOK = re.compile(r'⟦([+-])([^|]*)\|([^⟧]*)⟧|⟪(\d+)\|([^⟫]*)⟫|\^(\d)')

def accepted(s):
    s = re.sub(r'⟦-[^|]*\|[^⟧]*⟧', '', s)
    s = re.sub(r'⟦\+[^|]*\|([^⟧]*)⟧', r'\1', s)
    s = re.sub(r'⟪\d+\|([^⟫]*)⟫', r'\1', s)
    return re.sub(r'\^\d', '', s)

def rpr_xml(east=FANG, size=16, bold=False, color=None, sup=False):
    x = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s"/>' % east
    if bold: x += '<w:b/><w:bCs/>'
    if color: x += '<w:color w:val="%s"/>' % color
    x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2)
    if sup: x += '<w:vertAlign w:val="superscript"/>'
    return x + '</w:rPr>'

def run_xml(text, deleted=False, **kw):
    tag = 'w:delText' if deleted else 'w:t'
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr_xml(**kw), tag, escape(text), tag)

class Ids:
    def __init__(self): self.n = 100
    def next(self):
        self.n += 1; return self.n

def add_marked(p, text, ids, **kw):
    """Append runs for text with ⟦+/-⟧ revisions, ⟪n|⟫ comment ranges and ^n footnote refs."""
    pos = 0
    for m in TOK.finditer(text):
        if m.start() > pos:
            p._p.append(parse_xml(run_xml(text[pos:m.start()], **kw).replace('<w:r>', '<w:r %s>' % W, 1)))
        if m.group(1):
            kind = 'w:ins' if m.group(1) == '+' else 'w:del'
            x = '<%s %s w:id="%d" w:author="%s" w:date="%s">%s</%s>' % (
                kind, W, ids.next(), m.group(2), REVDATE,
                run_xml(m.group(3), deleted=(m.group(1) == '-'), **kw), kind)
            p._p.append(parse_xml(x))
        elif m.group(4):
            cid = m.group(4)
            p._p.append(parse_xml('<w:commentRangeStart %s w:id="%s"/>' % (W, cid)))
            p._p.append(parse_xml(run_xml(m.group(5), **kw).replace('<w:r>', '<w:r %s>' % W, 1)))
            p._p.append(parse_xml('<w:commentRangeEnd %s w:id="%s"/>' % (W, cid)))
            p._p.append(parse_xml('<w:r %s><w:rPr><w:sz w:val="16"/></w:rPr><w:commentReference w:id="%s"/></w:r>' % (W, cid)))
        else:
            p._p.append(parse_xml('<w:r %s>%s<w:footnoteReference w:id="%s"/></w:r>' % (
                W, rpr_xml(sup=True, size=16), m.group(6))))
        pos = m.end()
    if pos < len(text):
        p._p.append(parse_xml(run_xml(text[pos:], **kw).replace('<w:r>', '<w:r %s>' % W, 1)))

# ---------- helpers ------------------------------------------------------------
def new_doc(author):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = ''; cp.comments = ''
    cp.created = datetime.datetime(2025, 1, 6, 8, 30); cp.modified = datetime.datetime(2025, 1, 6, 9, 0)
    cp.revision = 3
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'; st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), FANG)
    for s in d.sections:
        s.page_width, s.page_height = Mm(210), Mm(297)
        s.top_margin, s.bottom_margin = Mm(37), Mm(35)
        s.left_margin, s.right_margin = Mm(28), Mm(26)
    return d

def para(d, text='', east=FANG, size=16, bold=False, color=None, align=None, indent=True, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent: p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.line_spacing = Pt(28)
    if text:
        r = p.add_run(text); fmt(r, east, size, bold, color)
    return p

def fmt(r, east=FANG, size=16, bold=False, color=None):
    r.font.name = 'Times New Roman'; r.font.size = Pt(size); r.bold = bold
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), east)
    if color: r.font.color.rgb = RGBColor.from_string(color)

def page_break(d):
    p = d.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)

def field_runs(p, instr, cached, **kw):
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % W))
    p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (W, instr)))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W))
    p._p.append(parse_xml(run_xml(cached, **kw).replace('<w:r>', '<w:r %s>' % W, 1)))
    p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W))

def text_run(p, text, **kw):
    p._p.append(parse_xml(run_xml(text, **kw).replace('<w:r>', '<w:r %s>' % W, 1)))

def set_header(section, text, border=True):
    hp = section.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(text); fmt(r, SONG if False else FANG, 10.5)
    if border:
        hp._p.get_or_add_pPr().append(parse_xml(
            '<w:pBdr %s><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' % W))

def add_part(d, name, ctype, reltype, xml):
    part = Part(PackURI(name), ctype, xml.encode('utf-8'), d.part.package)
    d.part.relate_to(part, reltype)
    return part

def save(d, name):
    buf = io.BytesIO(); d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED; zi.external_attr = 0o644 << 16
            z.writestr(zi, zin.read(info.filename))
    with open(os.path.join(ROOT, name), 'wb') as f:
        f.write(out.getvalue())

# ---------- generic body writer -------------------------------------------------
class Gold:
    def __init__(self, fname):
        self.g = {'file': fname, 'speeches': 0, 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}
    def noise(self, s):
        if len(re.sub(r'\s', '', s)) >= 4 and s not in self.g['noise']:
            self.g['noise'].append(s)
    def title(self, s):
        self.g['titles'].append(s); self.g['speeches'] = len(self.g['titles'])
    def head(self, s, lvl):
        self.g['headings'].append({'text': s, 'level': lvl})
    def par(self, s, cat):
        self.g['paragraphs'].append({'text': s, 'category': cat, 'truncated': False})
    def write(self, nn):
        with open(os.path.join(ROOT, 'gold', nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump(self.g, f, ensure_ascii=False, indent=1); f.write('\n')

def heading_para(d, lvl, text, ids, style=False, numbered=None):
    east = HEI if lvl == 1 else KAI
    if style:
        p = d.add_paragraph(style='Heading %d' % lvl)
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(0)
        add_marked(p, text, ids, east=east, size=16, bold=(lvl == 2), color='000000')
        return p
    p = para(d)
    if numbered:
        pPr = p._p.get_or_add_pPr()
        pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (W, lvl - 1, numbered)))
    add_marked(p, text, ids, east=east, size=16, bold=(lvl == 2))
    return p

def body(d, blocks, gold, ids, heading_style=False, numbered=None):
    """Write blocks; returns nothing.  numbered: numId for auto-numbered headings (number stripped from text)."""
    for b in blocks:
        k = b[0]
        if k == 'noise':
            al = b[2] if len(b) > 2 else 'c'
            para(d, b[1], align='c' if al == 'c' else None, indent=(al == 'i')); gold.noise(b[1])
        elif k == 'title':
            p = para(d, b[1], east=SONG, size=22, align='c', indent=False)
            p.paragraph_format.space_before = Pt(12); gold.title(b[1])
        elif k == 'speaker':
            para(d, b[1], east=KAI, align='c', indent=False)
        elif k == 'date':
            para(d, b[1], east=KAI, align='c', indent=False)
        elif k == 'sign':
            para(d, b[1], align='r', indent=False)
        elif k == 'salute':
            para(d, b[1], indent=False)
        elif k == 'h':
            lvl, text = b[1], b[2]
            shown = accepted(text)
            if numbered:
                text = re.sub(r'^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)', '', text)
            heading_para(d, lvl, text, ids, style=heading_style, numbered=numbered)
            gold.head(shown, lvl)
        elif k == 'runin':
            lvl, head, rest, cat = b[1], b[2], b[3], b[4]
            p = para(d)
            text_run(p, head + '。', east=KAI if lvl == 2 else HEI, bold=(lvl == 2))
            add_marked(p, rest, ids)
            gold.head(head, lvl); gold.par(accepted(rest), cat)
        elif k == 'p':
            p = para(d); add_marked(p, b[2], ids); gold.par(accepted(b[2]), b[1])
        elif k == 'pagebreak':
            page_break(d)
        elif k == 'caption':
            p = para(d, b[1], east=HEI, size=12, align='c', indent=False); gold.noise(b[1])
        elif k == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles['Table Grid']
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    cp = t.cell(i, j).paragraphs[0]; cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = cp.add_run(cell); fmt(r, HEI if i == 0 else FANG, 12, bold=(i == 0))
                    gold.noise(cell)
        elif k == 'textbox':
            p = d.add_paragraph()
            vml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                   '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                   '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                   '<v:shape id="PullQuote1" o:spid="_x0000_s1026" type="#_x0000_t202" '
                   'style="position:absolute;margin-left:270pt;margin-top:4pt;width:150pt;height:92pt;z-index:251659264;'
                   'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
                   'fillcolor="#f2f2f2" strokecolor="#c00000" strokeweight="1.5pt">'
                   '<v:textbox inset="7.2pt,7.2pt,7.2pt,7.2pt"><w:txbxContent><w:p><w:pPr><w:jc w:val="left"/></w:pPr>'
                   '%s</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % (
                       W, run_xml(b[1], east=KAI, size=14, bold=True, color='C00000'))
            p._p.append(parse_xml(vml)); gold.noise(b[1])
        elif k == 'section':
            d.add_section(WD_SECTION.NEW_PAGE)
        else:
            raise ValueError(k)

def page_footer(section, style):
    fp = section.footer.paragraphs[0]
    if style == 'dash':      # — 1 —  outside edge
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        text_run(fp, '— ', size=14); field_runs(fp, 'PAGE', '1', size=14); text_run(fp, ' —', size=14)
    elif style == 'of':      # 第 1 页 共 4 页
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        text_run(fp, '第 ', size=10.5); field_runs(fp, 'PAGE', '1', size=10.5)
        text_run(fp, ' 页 共 ', size=10.5); field_runs(fp, 'NUMPAGES', '4', size=10.5); text_run(fp, ' 页', size=10.5)
    elif style == 'minus':
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        text_run(fp, '- ', size=12); field_runs(fp, 'PAGE', '1', size=12); text_run(fp, ' -', size=12)

# ---------- documents ----------------------------------------------------------
def doc01():
    d = new_doc('czfb-wj'); g = Gold('01.docx'); ids = Ids()
    blocks = T.D01
    # letterhead and 文号 (custom look), then the rest
    p = para(d, blocks[0][1], east=SONG, size=36, color='FF0000', align='c', indent=False)
    p.paragraph_format.space_before = Pt(40); g.noise(blocks[0][1])
    para(d, '', indent=False)
    para(d, blocks[1][1], align='c', indent=False); g.noise(blocks[1][1])
    rl = para(d, '', indent=False)
    rl._p.get_or_add_pPr().append(parse_xml(
        '<w:pBdr %s><w:bottom w:val="single" w:sz="24" w:space="1" w:color="FF0000"/></w:pBdr>' % W))
    nt = para(d, blocks[3][1], east=SONG, size=22, align='c', indent=False); g.noise(blocks[3][1])
    para(d, blocks[4][1], indent=False); g.noise(blocks[4][1])
    body(d, blocks[5:-1], g, ids)
    # 版记 table: top/bottom borders only, thin inner rule
    rows = blocks[-1][1]
    para(d, '', indent=False)
    t = d.add_table(rows=len(rows), cols=1)
    t._tbl.tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        '<w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>' % W))
    for i, txt in enumerate(rows):
        cp = t.cell(i, 0).paragraphs[0]
        r = cp.add_run(txt); fmt(r, FANG, 14); g.noise(txt)
    page_footer(d.sections[0], 'dash')
    save(d, '01.docx'); g.write('01')

def doc02():
    d = new_doc('qy-aw'); g = Gold('02.docx'); ids = Ids()
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    set_header(sec, T.H02); g.noise(T.H02)
    page_footer(sec, 'of'); g.noise('第 1 页 共 4 页')
    blocks = T.D02
    # cover page
    for i, b in enumerate(blocks[:4]):
        if b[0] == 'noise':
            p = para(d, b[1], east=SONG if i < 2 else KAI, size=26 if i == 0 else (22 if i == 1 else 16),
                     align='c', indent=False)
            p.paragraph_format.space_before = Pt(150 if i == 0 else 40)
            g.noise(b[1])
        else:
            p = para(d, b[1], east=KAI, align='c', indent=False)
    page_break(d)
    # TOC field with cached entries
    para(d, '目　录', east=HEI, size=18, align='c', indent=False)
    entries = blocks[5][1]
    for n, (lvl, txt, pg) in enumerate(entries):
        p = d.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:tabs %s><w:tab w:val="right" w:leader="dot" w:pos="8777"/></w:tabs>' % W))
        if lvl == 2: p.paragraph_format.left_indent = Pt(32)
        if n == 0:
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % W))
            p._p.append(parse_xml('<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>' % W))
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W))
        anchor = '_Toc19%04d' % (n + 1)
        hl = ('<w:hyperlink %s w:anchor="%s" w:history="1">%s<w:r><w:tab/></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF %s \\h </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>') % (
                  W, anchor, run_xml(txt, size=14), anchor, run_xml(pg, size=14))
        p._p.append(parse_xml(hl))
        if n == len(entries) - 1:
            p._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W))
        g.noise(txt + '\t' + pg)
    page_break(d)
    body(d, blocks[7:], g, ids, heading_style=True)
    # bookmarks for the TOC anchors around the headings
    n = 0
    for p in d.paragraphs:
        if p.style.name in ('Heading 1', 'Heading 2'):
            n += 1
            p._p.insert(1, parse_xml('<w:bookmarkStart %s w:id="%d" w:name="_Toc19%04d"/>' % (W, n, n)))
            p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (W, n)))
    save(d, '02.docx'); g.write('02')

NUMBERING03 = ('<w:abstractNum %s w:abstractNumId="41"><w:multiLevelType w:val="multilevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
               '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
               '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>'
               '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
               '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
               '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/></w:rPr></w:lvl></w:abstractNum>') % W

def doc03():
    d = new_doc('fxyj-bgs'); g = Gold('03.docx'); ids = Ids()
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn('w:num'))
    an = parse_xml(NUMBERING03)
    if first_num is not None: first_num.addprevious(an)
    else: numbering.append(an)
    numbering.append(parse_xml('<w:num %s w:numId="41"><w:abstractNumId w:val="41"/></w:num>' % W))
    set_header(d.sections[0], T.H03); g.noise(T.H03)
    page_footer(d.sections[0], 'minus')
    body(d, T.D03, g, ids, numbered=41)
    fn = ['<w:footnotes %s>' % W,
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k, txt in sorted(T.FN03.items()):
        fn.append('<w:footnote w:id="%d"><w:p><w:r>%s<w:footnoteRef/></w:r>%s</w:p></w:footnote>' % (
            k, rpr_xml(sup=True, size=9), run_xml(' ' + txt, size=9)))
        g.noise(txt)
    fn.append('</w:footnotes>')
    add_part(d, '/word/footnotes.xml',
             'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
             RT.FOOTNOTES, "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + ''.join(fn))
    save(d, '03.docx'); g.write('03')

def doc04():
    d = new_doc('杜文涛'); g = Gold('04.docx'); ids = Ids()
    set_header(d.sections[0], T.H04); g.noise(T.H04)
    page_footer(d.sections[0], 'minus')
    body(d, T.D04, g, ids)
    cm = ['<w:comments %s>' % W]
    for i, (author, txt) in enumerate(T.CM04):
        ini = {'陈刚': 'CG', '王敏': 'WM'}[author]
        cm.append('<w:comment w:id="%d" w:author="%s" w:date="2025-05-07T1%d:30:00Z" w:initials="%s"><w:p>'
                  '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>' % (
                      i, author, i + 1, ini, run_xml(txt, size=10.5)))
        g.noise(txt)
    cm.append('</w:comments>')
    add_part(d, '/word/comments.xml',
             'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
             RT.COMMENTS, "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n" + ''.join(cm))
    save(d, '04.docx'); g.write('04')

def doc05():
    d = new_doc('dh-aqhb'); g = Gold('05.docx'); ids = Ids()
    set_header(d.sections[0], T.H05); g.noise(T.H05)
    fp = d.sections[0].footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    text_run(fp, T.F05, size=10.5); g.noise(T.F05)
    body(d, T.D05, g, ids)
    save(d, '05.docx'); g.write('05')

if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05):
        f()
    print('wrote 01.docx … 05.docx and gold/')
