#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate set 73a: five .docx 范文 downloads (01-05) and gold/NN.json.

Deterministic: fixed core properties, fixed ids, zip members rewritten with a fixed timestamp.
Usage: /usr/bin/python3 tools/gen.py
"""
import datetime
import io
import json
import os
import re
import sys
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S01, S02, S03A, S03B, S04, S05  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
GREY = RGBColor(0xA6, 0xA6, 0xA6)
BR, CS, CE = "¦", "⟨", "⟩"


def clean(t):
    return t.replace(BR, "").replace(CS, "").replace(CE, "")


# ------------------------------------------------------------------ docx helpers
def new_doc(author, body_font="仿宋_GB2312"):
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), body_font)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.title = ""
    cp.revision = 3
    cp.created = datetime.datetime(2025, 3, 2, 8, 30, 0)
    cp.modified = datetime.datetime(2025, 3, 2, 9, 15, 0)
    return d


def ea(run, font):
    run.font.name = font
    run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def para(container, text="", align=None, bold=False, size=None, font=None, color=None, indent=False, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        add_runs(p, text, bold=bold, size=size, font=font, color=color)
    return p


def add_runs(p, text, bold=False, size=None, font=None, color=None, comments=None):
    """Add text to paragraph; BR marks become w:br, CS/CE mark comment ranges (comments: list to append ids)."""
    parts = re.split("([%s%s%s])" % (BR, CS, CE), text)
    for piece in parts:
        if piece == BR:
            p.runs[-1].add_break(WD_BREAK.LINE) if p.runs else p.add_run().add_break(WD_BREAK.LINE)
        elif piece == CS:
            cid = len(comments)
            comments.append(cid)
            p._p.append(parse_xml('<w:commentRangeStart %s w:id="%d"/>' % (WNS, cid)))
        elif piece == CE:
            cid = comments[-1]
            p._p.append(parse_xml('<w:commentRangeEnd %s w:id="%d"/>' % (WNS, cid)))
            p._p.append(parse_xml('<w:r %s><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                                  '<w:commentReference w:id="%d"/></w:r>' % (WNS, cid)))
        elif piece:
            r = p.add_run(piece)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            if font:
                ea(r, font)
            if color is not None:
                r.font.color.rgb = color
    return p


def add_field(p, instr, result, size=None):
    rpr = '<w:rPr><w:sz w:val="%d"/></w:rPr>' % (size * 2) if size else ""
    for x in ('<w:r %s>%s<w:fldChar w:fldCharType="begin"/></w:r>' % (WNS, rpr),
              '<w:r %s>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (WNS, rpr, instr),
              '<w:r %s>%s<w:fldChar w:fldCharType="separate"/></w:r>' % (WNS, rpr),
              '<w:r %s>%s<w:t>%s</w:t></w:r>' % (WNS, rpr, result),
              '<w:r %s>%s<w:fldChar w:fldCharType="end"/></w:r>' % (WNS, rpr)):
        p._p.append(parse_xml(x))


def save(d, name):
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename == "docProps/thumbnail.jpeg":
                continue
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 2, 9, 15, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            data = src.read(info.filename)
            if info.filename == "_rels/.rels":
                data = re.sub(rb'<Relationship [^>]*thumbnail[^>]*/>', b"", data)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b'<Default Extension="jpeg" ContentType="image/jpeg"/>', b"")
            z.writestr(zi, data)
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(out.getvalue())


# ------------------------------------------------------------------ gold helpers
class Gold:
    def __init__(self, fname):
        self.fname, self.titles, self.headings, self.paragraphs, self.noise = fname, [], [], [], []

    def speech(self, S):
        self.titles.append(S["title"])
        for it in S["body"]:
            if it[0] == "h":
                self.headings.append({"text": it[1], "level": it[2]})
            elif it[0] == "p":
                self.paragraphs.append({"text": clean(it[1]), "category": it[2], "truncated": False})
            elif it[0] == "ri":
                self.headings.append({"text": it[1], "level": it[4]})
                self.paragraphs.append({"text": clean(it[2]), "category": it[3], "truncated": False})

    def n(self, s):
        s = s.strip()
        if s not in self.noise:
            self.noise.append(s)
        return s

    def write(self):
        g = {"file": self.fname, "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.fname.split(".")[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def write_speech(c, S, hfont="黑体", between=None, lead="", numbering=None, comments=None):
    """Write a speech into container c (document or table cell).
    between(i) may return a callable to insert noise before body item i.
    lead: text indentation typed into paragraphs (e.g. two ideographic spaces) instead of a first-line indent.
    numbering: dict level->numId for Word list numbering of headings (the number prefix is then not typed)."""
    para(c, S["title"], align="c", size=22, font="方正小标宋简体")
    para(c, S["speaker"], align="c", font="楷体_GB2312")
    if S.get("date"):
        para(c, S["date"], align="c", font="楷体_GB2312")
    para(c, S["salute"])
    indent = not lead
    for i, it in enumerate(S["body"]):
        if between:
            f = between(i)
            if f:
                f()
        if it[0] == "h":
            font = hfont if it[2] == 1 else "楷体_GB2312"
            if numbering:
                txt = re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", "", it[1])
                p = para(c, txt, font=font, indent=False)
                p.paragraph_format.first_line_indent = Pt(32)
                pPr = p._p.get_or_add_pPr()
                pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                                        % (WNS, it[2] - 1, numbering)))
            else:
                p = para(c, lead + it[1], font=font, indent=indent, bold=(it[2] == 2 and hfont == "黑体"))
        elif it[0] == "p":
            p = para(c, indent=indent)
            add_runs(p, lead + it[1], comments=comments)
        elif it[0] == "ri":
            p = para(c, indent=indent)
            add_runs(p, lead + it[1] + "。", bold=True)
            add_runs(p, it[2], comments=comments)


# ------------------------------------------------------------------ 01: 文库 download
def make01():
    g = Gold("01.docx")
    d = new_doc("zhonganwenku")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_runs(hdr, g.n("众安文库　www.zhonganwenku.com　海量安全文档在线阅读下载"), size=9, color=GREY)
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(ftr, "第 ", size=9)
    add_field(ftr, "PAGE", "1", size=9)
    add_runs(ftr, " 页 共 ", size=9)
    add_field(ftr, "NUMPAGES", "3", size=9)
    add_runs(ftr, " 页", size=9)
    # first-page banner
    para(d, g.n("本文档由众安文库用户“安环老周”上传提供，下载后可编辑。如有侵权请联系客服删除。"), align="c", size=10.5, color=GREY)
    write_speech(d, S01)
    para(d)
    para(d, g.n("【众安文库】海量安全生产讲话稿、应急预案、安全培训课件一站下载！开通VIP会员全站文档免费下载，"
                "新用户首月仅需9.9元，详情请访问www.zhonganwenku.com或关注微信公众号“众安文库”。"), size=10.5, color=GREY)
    g.speech(S01)
    g.n("第 1 页 共 3 页")  # footer is read after the body
    save(d, "01.docx")
    g.write()


# ------------------------------------------------------------------ 02: 范文 site with grey watermark lines
def make02():
    g = Gold("02.docx")
    d = new_doc("fanwenxiansheng")
    wm = "范文先生网 www.fanwenxiansheng.com 收集整理"

    def water():
        para(d, wm, align="c", size=9, color=GREY)

    first = []

    def between(i):
        if i in (3, 6, 9):
            if not first:
                first.append(1)
                g.n(wm)
            return water
        return None
    write_speech(d, S02, lead="　　", between=between)
    g.speech(S02)
    para(d)
    para(d, g.n("（本文档为word版可编辑，欢迎下载使用。更多精品范文请访问范文先生网）"), align="c", size=10.5, color=GREY)
    para(d, g.n("相关推荐："), bold=True, size=12)
    para(d, g.n("企业负责人在安全生产月启动会上的讲话"), size=12, color=RGBColor(0x1F, 0x4E, 0x9A))
    para(d, g.n("车间班组长安全生产表态发言稿"), size=12, color=RGBColor(0x1F, 0x4E, 0x9A))
    save(d, "02.docx")
    g.write()


# ------------------------------------------------------------------ 03: collection with TOC, 第一篇/第二篇 Heading 1
def make03():
    g = Gold("03.docx")
    d = new_doc("haofanwen")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(hdr, g.n("好范文网　www.haofanwen.cn　专注公文写作"), size=9, color=GREY)
    h1 = "第一篇：安全生产月活动启动仪式致辞"
    h2 = "第二篇：安全生产专项整治部署会讲话"
    # table of contents field, wrapped like Word does (sdt docPart Table of Contents)
    toc = ('<w:sdt %s><w:sdtPr><w:id w:val="-1029403762"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/>'
           '<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
           '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:lang w:val="zh-CN"/></w:rPr><w:t>目录</w:t></w:r></w:p>'
           '<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8494"/></w:tabs></w:pPr>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           '<w:hyperlink w:anchor="_Toc1" w:history="1"><w:r><w:t>%s</w:t></w:r><w:r><w:tab/></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
           '<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8494"/></w:tabs></w:pPr>'
           '<w:hyperlink w:anchor="_Toc2" w:history="1"><w:r><w:t>%s</w:t></w:r><w:r><w:tab/></w:r>'
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc2 \\h </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>5</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink></w:p>'
           '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
           '</w:sdtContent></w:sdt>') % (WNS, h1, h2)
    body = d.element.body
    body.insert(0, parse_xml(toc))
    g.n(h1)
    g.n(h2)
    for k, (h, S) in enumerate(((h1, S03A), (h2, S03B))):
        p = para(d, style="Heading 1")
        if k == 0:
            p.paragraph_format.page_break_before = True
        else:
            p.paragraph_format.page_break_before = True
        p._p.append(parse_xml('<w:bookmarkStart %s w:id="%d" w:name="_Toc%d"/>' % (WNS, k, k + 1)))
        add_runs(p, h, font="黑体")
        p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (WNS, k)))
        write_speech(d, S)
        g.speech(S)
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(ftr, g.n("好范文网整理　仅供学习参考　请勿用于商业用途"), size=9, color=GREY)
    save(d, "03.docx")
    g.write()


# ------------------------------------------------------------------ 04: body in one table cell, logo text box
TXBX_P = ('<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:color w:val="C00000"/>'
          '<w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p>')


def textbox_xml(lines):
    inner = "".join(TXBX_P % (sz, t) for t, sz in lines)
    return (
        '<w:p %s xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="2743200" cy="640080"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="640080"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:216pt;height:50.4pt" '
        'filled="f" strokecolor="#c00000" strokeweight=".5pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>') % (WNS, inner, inner)


def make04():
    g = Gold("04.docx")
    d = new_doc("diyifanwen")
    logo = [("第一范文库", 36), ("DIYIFANWEN365 · 专业范文下载", 18)]
    d.element.body.insert(0, parse_xml(textbox_xml(logo)))
    for t, _ in logo:
        g.n(t)
    tbl = d.add_table(rows=1, cols=1)
    tbl.style = d.styles["Table Grid"]
    cell = tbl.cell(0, 0)
    cell._tc.remove(cell.paragraphs[0]._p)
    write_speech(cell, S04)
    g.speech(S04)
    para(d)
    ftr = d.sections[0].footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_runs(ftr, g.n("www.diyifanwen365.com"), size=9, color=GREY)
    save(d, "04.docx")
    g.write()


# ------------------------------------------------------------------ 05: comments, hidden SEO paragraph, list numbering
NUM_ABS = (
    '<w:abstractNum %s w:abstractNumId="20"><w:nsid w:val="5A3C1E07"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="2E8A4B10"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
    '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%%3．"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
    '</w:abstractNum>') % WNS
NUM_NUM = '<w:num %s w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % WNS


def make05():
    g = Gold("05.docx")
    d = new_doc("范文网编辑")
    # hidden SEO paragraph at the very top (w:vanish on the runs and the paragraph mark)
    seo = ("关键词：燃气安全专项整治讲话稿,区长在燃气安全推进会上的讲话,安全生产会议讲话范文,"
           "城镇燃气安全整治动员讲话,word可编辑下载")
    d.element.body.insert(0, parse_xml(
        '<w:p %s><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr><w:r><w:rPr><w:vanish/><w:color w:val="FFFFFF"/>'
        '<w:sz w:val="2"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % (WNS, seo)))
    g.n(seo)
    # numbering definition
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(parse_xml(NUM_ABS))
    numbering.append(parse_xml(NUM_NUM))
    comments = []
    write_speech(d, S05, numbering=20, comments=comments)
    g.speech(S05)
    texts = ["此处可根据实际修改", "此处可根据实际修改"]
    g.n(texts[0])
    cx = ['<w:comments %s>' % WNS]
    for cid in comments:
        cx.append('<w:comment w:id="%d" w:author="范文网编辑" w:date="2024-06-20T09:%02d:00Z" w:initials="FW">'
                  '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                  '<w:annotationRef/></w:r><w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (cid, cid, texts[cid]))
    cx.append('</w:comments>')
    blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + "".join(cx)).encode("utf-8")
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml", blob, d.part.package)
    d.part.relate_to(part, RT.COMMENTS)
    save(d, "05.docx")
    g.write()


if __name__ == "__main__":
    make01()
    make02()
    make03()
    make04()
    make05()
    print("wrote 01-05.docx and gold/01-05.json")
