#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate the pages 01-05 of set56a and their gold labels (deterministic).

Run with /usr/bin/python3 (needs python-docx for the .docx pages).
Speech texts live in tools/speeches.py; everything here is page chrome and layout.
"""
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as SP  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.section import WD_SECTION  # noqa: E402,F401
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER  # noqa: E402
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
import datetime  # noqa: E402

FIXED_DT = datetime.datetime(2027, 3, 1, 9, 0, 0)
MARK = re.compile(r'⟦([+\-]|c\d+)([^|]*)\|(.*?)⟧')


# ------------------------------------------------------------------ gold helpers
def clean(text):
    """Text as Word shows it with changes accepted: keep insertions, drop deletions."""
    def rep(m):
        return '' if m.group(1) == '-' else m.group(3)
    return MARK.sub(rep, text)


class Gold:
    def __init__(self, fname):
        self.fname = fname
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def add_noise(self, s):
        s = s.strip()
        assert len(s) >= 4, s
        if s not in self.noise:
            self.noise.append(s)
        return s

    def add_speech(self, sp):
        self.titles.append(''.join(sp['title_lines']))
        for b in sp['blocks']:
            if b[0] == 'P':
                self.paragraphs.append({"text": clean(b[2]), "category": b[1], "truncated": False})
            elif b[0] == 'H':
                self.headings.append({"text": clean(b[2]), "level": b[1]})
            else:
                _, lvl, head, cat, body = b
                self.headings.append({"text": head, "level": lvl})
                self.paragraphs.append({"text": body, "category": cat, "truncated": False})

    def write(self):
        d = {"file": self.fname, "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        stem = self.fname.split('.')[0]
        with open(os.path.join(ROOT, 'gold', stem + '.json'), 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')


def printed(b):
    """The printed text of a block (with mark-up still in for S03)."""
    if b[0] in ('P', 'H'):
        return b[2]
    return b[2] + '。' + b[4]


# ------------------------------------------------------------------ docx helpers
def set_font(run, east='仿宋_GB2312', size=16, bold=False, ascii_font='Times New Roman'):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = ascii_font
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    if fonts is None:
        fonts = OxmlElement('w:rFonts')
        rpr.insert(0, fonts)
    fonts.set(qn('w:eastAsia'), east)


def base_document(line_spacing=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.get_or_add_rPr()
    rf = st.element.rPr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        st.element.rPr.insert(0, rf)
    rf.set(qn('w:eastAsia'), '仿宋_GB2312')
    if line_spacing:
        st.paragraph_format.line_spacing = line_spacing
    cp = doc.core_properties
    cp.author = '县政府办公室'
    cp.last_modified_by = 'lxzfb'
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 3
    cp.title = ''
    return doc


def para(doc, text, east='仿宋_GB2312', size=16, bold=False, align=None, indent=False,
         page_break_before=False, space_after=0):
    p = doc.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    p.paragraph_format.space_after = Pt(space_after)
    if page_break_before:
        p.paragraph_format.page_break_before = True
    if text:
        set_font(p.add_run(text), east, size, bold)
    return p


def add_page_field(paragraph, before='— ', after=' —', cached='1', size=14):
    set_font(paragraph.add_run(before), '宋体', size)
    r = paragraph.add_run()
    set_font(r, '宋体', size)
    fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); r._r.append(fc)
    r = paragraph.add_run(); set_font(r, '宋体', size)
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE  \\* MERGEFORMAT '
    r._r.append(it)
    r = paragraph.add_run(); set_font(r, '宋体', size)
    fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); r._r.append(fc)
    set_font(paragraph.add_run(cached), '宋体', size)
    r = paragraph.add_run(); set_font(r, '宋体', size)
    fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); r._r.append(fc)
    set_font(paragraph.add_run(after), '宋体', size)


def speech_docx(doc, sp, page_break=False, typed_indent=False, first_title_kw=None):
    """Write one speech as Word paragraphs (plain text, no mark-up)."""
    for i, tl in enumerate(sp['title_lines']):
        sub = tl.startswith('——')
        para(doc, tl, '楷体_GB2312' if sub else '方正小标宋简体', 16 if sub else 22,
             align=WD_ALIGN_PARAGRAPH.CENTER, page_break_before=(page_break and i == 0),
             space_after=6 if i == len(sp['title_lines']) - 1 else 0)
    para(doc, sp['speaker'], '楷体_GB2312', 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    if sp['date']:
        para(doc, sp['date'], '楷体_GB2312', 16, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    para(doc, sp['salutation'])
    for b in sp['blocks']:
        if b[0] == 'H':
            para(doc, b[2], '黑体' if b[1] == 1 else '楷体_GB2312', 16, indent=True)
        elif b[0] == 'P':
            para(doc, b[2], indent=True)
        else:
            p = para(doc, '', indent=True)
            set_font(p.add_run(b[2] + '。'), '楷体_GB2312' if b[1] == 2 else '仿宋_GB2312', 16, bold=True)
            set_font(p.add_run(b[4]), '仿宋_GB2312', 16)


def save_docx(doc, fname):
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = os.path.join(ROOT, fname)
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def cell_text(cell, text, east='仿宋_GB2312', size=12, bold=False, align=None):
    p = cell.paragraphs[0]
    if align is not None:
        p.alignment = align
    set_font(p.add_run(text), east, size, bold)


def row_line(cells):
    return '\t'.join(cells)


# ================================================================== 01.docx
def page01():
    g = Gold('01.docx')
    doc = base_document()
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    meeting = '岚溪县安全生产委员会2027年第一次全体会议'
    # header / footer (first page = cover has empty ones)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(hp.add_run(meeting), '宋体', 10.5)
    g.add_noise(meeting)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    g.add_noise('— 1 —')
    sec.first_page_header.paragraphs[0].text = ''
    sec.first_page_footer.paragraphs[0].text = ''
    # cover
    for _ in range(3):
        para(doc, '')
    para(doc, meeting, '方正小标宋简体', 26, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=24)
    para(doc, '会议材料', '黑体', 36, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=36)
    g.add_noise('会议材料')
    para(doc, '材料目录', '黑体', 18, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    g.add_noise('材料目录')
    toc = [('1．周立群同志在县安委会2027年第一次全体会议上的讲话', '1'),
           ('2．陈卫东同志在县安委会2027年第一次全体会议上的工作部署', '5'),
           ('3．青石镇党委书记刘德胜同志表态发言', '9'),
           ('4．岚溪县2027年安全生产工作要点（另发）', '12')]
    for t, n in toc:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.4), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        set_font(p.add_run(t + '\t' + n), '仿宋_GB2312', 15)
        g.add_noise(t + '\t' + n)
    for _ in range(4):
        para(doc, '')
    para(doc, '岚溪县安全生产委员会办公室', '楷体_GB2312', 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    g.add_noise('岚溪县安全生产委员会办公室')
    para(doc, '二〇二七年二月', '楷体_GB2312', 16, align=WD_ALIGN_PARAGRAPH.CENTER)
    g.add_noise('二〇二七年二月')
    doc.add_page_break()
    for i, sp in enumerate([SP.S01A, SP.S01B, SP.S01C]):
        speech_docx(doc, sp, page_break=(i > 0))
        g.add_speech(sp)
    save_docx(doc, '01.docx')
    g.write()


# ================================================================== 02.txt  (PDF -> text, GB18030)
KINSOKU = set('，。、；：！？）》」』”’%．')


def wrap(text, width=38, indent='　　'):
    s = indent + text
    lines, cur = [], ''
    for ch in s:
        if len(cur) >= width and ch not in KINSOKU:
            lines.append(cur)
            cur = ''
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def page02():
    g = Gold('02.txt')
    sp = SP.S02
    L = []          # list of ('line', text) ; page breaks handled later
    pages = []

    def noise(line, lead=''):
        L.append(lead + line)
        g.add_noise(line)

    # ---- page 1: the red-head notice
    noise('岚溪县安全生产委员会办公室文件', '          ')
    L.append('')
    noise('岚安委办〔2027〕6号', '                ')
    L.append('')
    noise('岚溪县安全生产委员会办公室', '            ')
    noise('关于印发郑晓川同志在全县春季建筑施工安全', '    ')
    noise('生产工作会议上的讲话的通知', '             ')
    L.append('')
    noise('各乡镇人民政府，县安委会各成员单位，县直有关单位：')
    for ln in wrap('现将郑晓川同志在全县春季建筑施工安全生产工作会议上的讲话印发给你们，请结合实际认真贯彻落实。'):
        L.append(ln)
        g.add_noise(ln)
    L.append('')
    for ln in wrap('附件：郑晓川同志在全县春季建筑施工安全生产工作会议上的讲话'):
        L.append(ln)
        g.add_noise(ln)
    L.append('')
    L.append('')
    noise('岚溪县安全生产委员会办公室', '                      ')
    noise('2027年3月7日', '                            ')
    L.append('')
    noise('（此件公开发布）', '　　')
    pages.append(L)

    # ---- attachment pages
    body = []
    for tl in sp['title_lines']:
        body.append('            ' + tl)
    body.append('')
    body.append('                  ' + sp['speaker'])
    body.append('                      ' + sp['date'])
    body.append('')
    body.append(sp['salutation'])
    for b in sp['blocks']:
        body.extend(wrap(printed(b)))
    g.add_speech(sp)
    per_page = 25
    for i in range(0, len(body), per_page):
        pages.append(body[i:i + per_page])
    # ---- last page: 抄送 / 印发 block at the bottom
    # the 抄送 block sits at the bottom of the last (even) page, under the end of the speech
    last = pages.pop()
    last += [''] * max(2, per_page - 6 - len(last))
    last.append('────────────────────────────────────')
    c1 = '抄送：县委办公室，县人大常委会办公室，县政府办公室，县政协办公室。'
    last.append('　' + c1)
    g.add_noise(c1)
    last.append('────────────────────────────────────')
    c2 = '岚溪县安委会办公室　　　　　　　　　　　2027年3月8日印发'
    last.append('　' + c2)
    g.add_noise(c2)
    last.append('────────────────────────────────────')
    g.add_noise('────────────────────────────────────')
    pages.append(last)

    out = []
    for n, pg in enumerate(pages, 1):
        out.extend(pg)
        out.append('')
        num = '— %d —' % n
        out.append(('                                    ' + num) if n % 2 else ('  ' + num))
        g.add_noise(num)
        out.append('\f' if n < len(pages) else '')
    text = '\n'.join(out)
    text = text.replace('\n\f\n', '\n\f')
    with open(os.path.join(ROOT, '02.txt'), 'w', encoding='gb18030', newline='\r\n') as f:
        f.write(text)
    g.write()


# ================================================================== 03.docx  (draft with tracked changes)
class Marked:
    def __init__(self):
        self.rev_id = 100

    def paragraph(self, doc, marked, east='仿宋_GB2312', bold=False, indent_typed=True, align=None):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        text = ('　　' + marked) if indent_typed else marked
        pos = 0
        for m in MARK.finditer(text):
            if m.start() > pos:
                set_font(p.add_run(text[pos:m.start()]), east, 16, bold)
            kind, _, content = m.group(1), m.group(2), m.group(3)
            if kind in '+-':
                author, initials, date = SP.S03_AUTHORS[m.group(2)]
                wrapper = OxmlElement('w:ins' if kind == '+' else 'w:del')
                wrapper.set(qn('w:id'), str(self.rev_id)); self.rev_id += 1
                wrapper.set(qn('w:author'), author)
                wrapper.set(qn('w:date'), date)
                r = OxmlElement('w:r')
                rpr = OxmlElement('w:rPr')
                rf = OxmlElement('w:rFonts'); rf.set(qn('w:eastAsia'), east); rpr.append(rf)
                if bold:
                    rpr.append(OxmlElement('w:b'))
                r.append(rpr)
                t = OxmlElement('w:t' if kind == '+' else 'w:delText')
                t.set(qn('xml:space'), 'preserve')
                t.text = content
                r.append(t)
                wrapper.append(r)
                p._p.append(wrapper)
            else:
                cid = str(int(kind[1:]) - 1)
                s = OxmlElement('w:commentRangeStart'); s.set(qn('w:id'), cid); p._p.append(s)
                set_font(p.add_run(content), east, 16, bold)
                e = OxmlElement('w:commentRangeEnd'); e.set(qn('w:id'), cid); p._p.append(e)
                r = p.add_run()
                ref = OxmlElement('w:commentReference'); ref.set(qn('w:id'), cid)
                r._r.append(ref)
            pos = m.end()
        if pos < len(text):
            set_font(p.add_run(text[pos:]), east, 16, bold)
        return p


def comments_part(doc):
    W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    items = []
    for key in sorted(SP.S03_COMMENTS):
        who, txt = SP.S03_COMMENTS[key]
        author, initials, date = SP.S03_AUTHORS[who]
        cid = int(key[1:]) - 1
        items.append('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p>'
                     '<w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r>'
                     '</w:p></w:comment>' % (cid, author, date, initials, txt))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="%s">%s</w:comments>'
           % (W, ''.join(items)))
    part = Part(PackURI('/word/comments.xml'),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
                xml.encode('utf-8'), doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)


def page03():
    g = Gold('03.docx')
    sp = SP.S03
    doc = base_document(line_spacing=1.5)
    # track-changes view on
    settings = doc.settings.element
    tr = OxmlElement('w:trackRevisions')
    settings.insert(0, tr)
    mk = Marked()
    mk.paragraph(doc, sp['title_lines'][0], '方正小标宋简体', indent_typed=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    mk.paragraph(doc, '（征求意见稿）', '楷体_GB2312', indent_typed=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    g.add_noise('（征求意见稿）')
    mk.paragraph(doc, '', indent_typed=False)
    mk.paragraph(doc, sp['speaker'], '楷体_GB2312', indent_typed=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    mk.paragraph(doc, sp['date'], '楷体_GB2312', indent_typed=False, align=WD_ALIGN_PARAGRAPH.CENTER)
    mk.paragraph(doc, sp['salutation'], indent_typed=False)
    for b in sp['blocks']:
        if b[0] == 'H':
            mk.paragraph(doc, b[2], '黑体' if b[1] == 1 else '楷体_GB2312', bold=(b[1] == 2))
        else:
            mk.paragraph(doc, printed(b))
    g.add_speech(sp)
    comments_part(doc)
    doc.core_properties.author = '何明远'
    doc.core_properties.last_modified_by = '刘建'
    save_docx(doc, '03.docx')
    g.write()


# ================================================================== 04.txt  (group announcement copied out)
def page04():
    g = Gold('04.txt')
    sp = SP.S04
    L = []

    def noise(s):
        L.append(s)
        g.add_noise(s)

    noise('岚溪县交通运输局安全生产工作群 > 群公告')
    noise('@所有人')
    noise('发布人：赵志刚（局办公室）　2027年3月28日 18:40')
    L.append('')
    noise('各位同事：')
    noise('现将黄局长在一季度安全生产例会上的讲话全文发群里，请各科室、站所、中心认真学习，抓好传达落实，阅后请点“确认收到”。')
    L.append('')
    L.append(sp['title_lines'][0])
    L.append(sp['speaker'])
    L.append('')
    L.append(sp['salutation'])
    for b in sp['blocks']:
        L.append('    ' + printed(b))
    g.add_speech(sp)
    L.append('')
    noise('已读 36 / 未读 4')
    noise('确认收到')
    noise('编辑于 03-28 18:41 · 仅群主和管理员可编辑')
    L.append('')
    noise('—— 以下为群聊消息 ——')
    noise('刘海涛（运管所）：收到  18:45')
    noise('孙丽（公路中心）：收到，马上传达  18:47')
    noise('周明（港航站）：👍  18:52')
    text = '\n'.join(L) + '\n'
    with open(os.path.join(ROOT, '04.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    g.write()


# ================================================================== 05.docx  (OA export)
def page05():
    g = Gold('05.docx')
    sp = SP.S05
    doc = base_document()
    rows = [
        [('岚溪县人民政府办公室发文稿纸', 4)],
        [('密级', 1), ('无', 1), ('印数', 1), ('40份', 1)],
        [('拟稿单位', 1), ('县住房和城乡建设局', 1), ('拟稿人', 1), ('吴晓东　3月15日', 1)],
        [('核稿', 1), ('县政府办公室　许丽　3月15日', 1), ('签发', 1), ('同意印发。程国栋　3月16日', 1)],
        [('文件标题', 1), ('关于印发马俊峰同志在全县城镇燃气安全专项整治部署会上的讲话的通知', 3)],
        [('主送', 1), ('各乡镇人民政府，县直有关单位', 3)],
        [('文号', 1), ('岚政办〔2027〕11号', 1), ('缓急', 1), ('平件', 1)],
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = doc.styles['Table Grid']
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for ri, row in enumerate(rows):
        ci = 0
        texts = []
        for txt, span in row:
            cell = t.cell(ri, ci)
            if span > 1:
                cell = cell.merge(t.cell(ri, ci + span - 1))
            big = ri == 0
            cell_text(cell, txt, '方正小标宋简体' if big else '仿宋_GB2312', 18 if big else 12,
                      align=WD_ALIGN_PARAGRAPH.CENTER if (big or span == 1 and len(txt) <= 4) else None)
            texts.append(txt)
            ci += span
        g.add_noise(row_line(texts))
    para(doc, '')
    speech_docx(doc, sp)
    g.add_speech(sp)
    para(doc, '')
    para(doc, '附件：全县城镇燃气安全专项整治重点任务分工', '黑体', 16)
    g.add_noise('附件：全县城镇燃气安全专项整治重点任务分工')
    tasks = [('任务', '牵头单位', '完成时限'),
             ('清查液化气充装站和供应站点，取缔无证经营“黑气点”', '县住房和城乡建设局', '2027年4月30日前'),
             ('餐饮场所安装燃气泄漏报警装置和自动切断阀', '各乡镇人民政府', '2027年5月31日前'),
             ('老旧燃气管网检测和12公里更新改造', '县住房和城乡建设局、县城投公司', '2027年12月31日前'),
             ('燃气违法违规行为联合执法', '县市场监督管理局', '2027年全年'),
             ('燃气安全常识进社区、进餐饮场所宣传', '县融媒体中心', '2027年6月30日前')]
    t2 = doc.add_table(rows=len(tasks), cols=3)
    t2.style = doc.styles['Table Grid']
    for ri, row in enumerate(tasks):
        for ci, txt in enumerate(row):
            cell_text(t2.cell(ri, ci), txt, '黑体' if ri == 0 else '仿宋_GB2312', 12)
        g.add_noise(row_line(row))
    para(doc, '')
    exp = '（本文件由岚溪县协同办公平台导出　导出人：许丽　导出时间：2027-03-16 10:22:41）'
    para(doc, exp, '宋体', 9)
    g.add_noise(exp)
    doc.core_properties.author = 'oa-export'
    save_docx(doc, '05.docx')
    g.write()


if __name__ == '__main__':
    page01()
    page02()
    page03()
    page04()
    page05()
    print('generated 01-05 and gold/*.json in', ROOT)
