#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes 06.docx-10.docx and gold/06.json-10.json for set 73b (deterministic: fixed core
properties, fixed zip timestamps, no randomness). Usage: gen.py"""
import copy
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as SP  # noqa

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZIPTIME = (2024, 1, 1, 0, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ---------------------------------------------------------------- docx helpers
def font(run, name="仿宋_GB2312", size=16, bold=False, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def new_doc(author, title):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.comments = ""
    cp.revision = 3
    cp.created = datetime(2024, 3, 1, 8, 0, 0)
    cp.modified = datetime(2024, 3, 1, 8, 30, 0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.8)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(16)
    return d


def para(d, text="", *, align=None, size=16, fname="仿宋_GB2312", bold=False, indent=True, color=None,
         page_before=False):
    p = d.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Pt(size * 2)
    if page_before:
        p.paragraph_format.page_break_before = True
    if text:
        font(p.add_run(text), fname, size, bold, color)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def add_speech_plain(d, items, first_page_before=False, render_p=None):
    """Normal Word layout: title centred, speaker/date centred, one paragraph per item."""
    for it in items:
        k = it[0]
        if k == "title":
            para(d, it[1], align="c", size=22, fname="方正小标宋简体", indent=False, page_before=first_page_before)
        elif k in ("speaker", "date"):
            para(d, it[1], align="c", size=16, fname="楷体_GB2312", indent=False)
        elif k == "sal":
            para(d, it[1], indent=False)
        elif k == "h":
            lvl = it[2]
            para(d, it[1], fname="黑体" if lvl == 1 else "楷体_GB2312", bold=(lvl == 3))
        elif k == "runin":
            p = para(d)
            font(p.add_run(it[1] + "。"), "楷体_GB2312", 16, True)
            font(p.add_run(it[3]))
        elif k == "p":
            if render_p:
                render_p(d, it[1])
            else:
                para(d, it[1])


def footer_text(section, text, size=9):
    f = section.footer
    f.is_linked_to_previous = False
    p = f.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(p.add_run(text), "宋体", size)


def header_text(section, text, size=9):
    h = section.header
    h.is_linked_to_previous = False
    p = h.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(p.add_run(text), "宋体", size, color="808080")


def save(d, name, extra=None):
    """Save with fixed zip timestamps; extra(files dict) may add/patch parts."""
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    files = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    if extra:
        files = extra(files)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in files:
            zi = zipfile.ZipInfo(fn, ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- gold helpers
def strip_ads(t):
    return re.sub(r"\{A\d\}", "", t)


def gold_from(items_list, fname, noise):
    titles, heads, paras = [], [], []
    for items in items_list:
        for it in items:
            k = it[0]
            if k == "title":
                titles.append(it[1])
            elif k == "h":
                heads.append({"text": it[1], "level": it[2]})
            elif k == "runin":
                heads.append({"text": it[1], "level": it[2]})
                paras.append({"text": it[3], "category": it[4], "truncated": False})
            elif k == "p":
                paras.append({"text": strip_ads(it[1]), "category": it[2], "truncated": False})
    g = {"file": fname, "speeches": len(titles), "titles": titles, "headings": heads,
         "paragraphs": paras, "noise": noise}
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", fname.split(".")[0] + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- 06: cover page + typed outline
def make06():
    items = SP.S06
    d = new_doc("dg_user_7731", "在全区2024年第一季度安全生产工作会议上的讲话")
    cover = [
        ("道阁文档网", 36, True, "C0392B"),
        ("www.daogedoc.com", 14, False, "7F7F7F"),
        ("", 14, False, None), ("", 14, False, None),
        ("文档名称：在全区2024年第一季度安全生产工作会议上的讲话.docx", 14, False, None),
        ("文档编号：DG20240418093317", 14, False, None),
        ("文档页数：5页", 14, False, None),
        ("下载时间：2024-04-18 09:33:17", 14, False, None),
        ("", 14, False, None),
        ("本文档仅供个人学习交流使用，不得用于商业用途", 12, False, "7F7F7F"),
        ("版权归原作者所有，如有侵权请联系删除", 12, False, "7F7F7F"),
    ]
    for t, sz, b, col in cover:
        para(d, t, align="c", size=sz, fname="微软雅黑", bold=b, indent=False, color=col)
    page_break(d)
    add_speech_plain(d, items)
    footer_text(d.sections[0], "道阁文档网——海量精品文档 一键下载")
    save(d, "06.docx")
    noise = [c[0] for c in cover if c[0]] + ["道阁文档网——海量精品文档 一键下载"]
    gold_from([items], "06.docx", noise)


# ---------------------------------------------------------------- 07: PDF conversion
def wrap(text, first_indent=True, width=28):
    """PDF hard wrap: first line indented by two ideographic spaces, line width 28 em (ASCII counts half);
    closing punctuation never starts a line (it is squeezed onto the line before, as PDF typesetters do)."""
    NOSTART = "，。、；：？！”）》%"
    lines, cur, w = [], ("　　" if first_indent else ""), (2 if first_indent else 0)
    for ch in text:
        cw = 0.5 if ord(ch) < 128 and ch != "%" else 1
        if w + cw > width and ch not in NOSTART:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def make07():
    items = SP.S07
    run_title = "周伟民同志在县安委会全体会议上的讲话"
    conv = "此文档由易转PDF转换生成（未注册版本）"
    d = new_doc("Administrator", "安委会讲话.pdf")
    # lines of the PDF, in order
    L = []
    for it in items:
        k = it[0]
        if k == "title":
            L.append(("c", it[1]))
        elif k in ("speaker", "date"):
            L.append(("c", it[1]))
        elif k == "sal":
            L.append(("l", it[1]))
        elif k == "h":
            L.append(("l", "　　" + it[1]))
        elif k == "runin":
            for ln in wrap(it[1] + "。" + it[3]):
                L.append(("l", ln))
        elif k == "p":
            for ln in wrap(it[1]):
                L.append(("l", ln))
    PAGE = 21
    pages = [L[i:i + PAGE] for i in range(0, len(L), PAGE)]
    para(d, conv, align="c", size=9, fname="宋体", indent=False, color="FF0000")
    for n, pg in enumerate(pages, 1):
        para(d, run_title, align="c", size=9, fname="宋体", indent=False, page_before=(n > 1))
        for al, ln in pg:
            para(d, ln, align=("c" if al == "c" else None), size=16, indent=False)
        para(d, "- %d -" % n, align="c", size=12, fname="宋体", indent=False)
    save(d, "07.docx")
    noise = [conv, run_title] + ["- %d -" % n for n in range(1, len(pages) + 1)]
    gold_from([items], "07.docx", noise)


# ---------------------------------------------------------------- 08: 精选5篇 cut to 3
def make08():
    d = new_doc("fanwenhui", "安全生产会议发言稿精选5篇")
    head = "安全生产会议发言稿精选5篇"
    intro = ("做好安全生产工作，离不开一篇站位高、措施实的发言材料。下面是范文汇小编为大家精心整理的安全生产会议发言稿"
             "精选5篇，内容涵盖表态发言、领导讲话、会议主持词等，欢迎大家阅读参考，希望对您有所帮助。")
    para(d, head, align="c", size=18, fname="微软雅黑", bold=True, indent=False)
    para(d, intro, size=12, fname="宋体", color="595959")
    labels = ["安全生产会议发言稿 篇1", "安全生产会议发言稿 篇2", "安全生产会议发言稿 篇3"]
    for i, items in enumerate((SP.S08A, SP.S08B, SP.S08C)):
        if i == 1:
            page_break(d)
            para(d, labels[i], size=14, fname="微软雅黑", bold=True, indent=False, color="2E75B6")
        elif i == 2:
            para(d, labels[i], size=14, fname="微软雅黑", bold=True, indent=False, color="2E75B6",
                 page_before=True)
        else:
            para(d, labels[i], size=14, fname="微软雅黑", bold=True, indent=False, color="2E75B6")
        add_speech_plain(d, items)
    tail = "（篇幅所限，第4篇、第5篇未收录，完整版请登录范文汇下载）"
    disc = ("免责声明：本文由范文汇网友上传或转载自互联网，仅供学习交流参考，版权归原作者所有。若本文侵犯了您的合法权益，"
            "请联系我们（邮箱：kefu@fanwenhui.net），我们将在24小时内删除。")
    para(d, tail, size=12, fname="宋体", indent=False, color="595959")
    para(d, disc, size=10.5, fname="宋体", indent=False, color="7F7F7F")
    header_text(d.sections[0], "范文汇 www.fanwenhui.net")
    save(d, "08.docx")
    noise = ["范文汇 www.fanwenhui.net", head, intro] + labels + [tail, disc]
    gold_from([SP.S08A, SP.S08B, SP.S08C], "08.docx", noise)


# ---------------------------------------------------------------- 09: red inline ads + footnote
ADS = {
    "A1": "更多范文请访问：公文百事通www.gwbst.com",
    "A2": "关注公众号“公文百事通”，免费领取海量范文",
    "A3": "（公文百事通原创范文，未经授权禁止转载）",
}
FOOT09 = "原文链接：https://www.gwbst.com/fanwen/jianghua/20250526_31478.html"


def make09():
    items = SP.S09
    d = new_doc("gwbst", "在全市建筑施工安全生产工作会议上的讲话")
    src = "本文由公文百事通网友投稿整理"
    p = para(d, src, align="r", size=10.5, fname="宋体", indent=False, color="FF0000")
    p.add_run()._element.append(parse_xml('<w:footnoteReference %s w:id="1"/>' % nsdecls("w")))
    p.runs[-1].font.superscript = True

    def render(dd, text):
        pp = para(dd)
        for seg in re.split(r"(\{A\d\})", text):
            if not seg:
                continue
            m = re.match(r"\{(A\d)\}$", seg)
            if m:
                font(pp.add_run(ADS[m.group(1)]), "宋体", 16, False, "FF0000")
            else:
                font(pp.add_run(seg))
    add_speech_plain(d, items, render_p=render)
    tip = "【下载提示】本文可编辑修改，下载后可直接使用"
    para(d, tip, size=10.5, fname="宋体", indent=False, color="FF0000")

    def extra(files):
        out = []
        fn_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<w:footnotes xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                  '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                  '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                  '</w:footnotes>') % (W_NS, FOOT09)
        for fn, data in files:
            if fn == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif fn == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rId90" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                                    b'</Relationships>')
            out.append((fn, data))
            if fn == "word/document.xml":
                out.append(("word/footnotes.xml", fn_xml.encode("utf-8")))
        return out
    save(d, "09.docx", extra)
    noise = [src, ADS["A1"], ADS["A2"], ADS["A3"], tip, FOOT09]
    gold_from([items], "09.docx", noise)


# ---------------------------------------------------------------- 10: VIP text box + products table
NSDECL = " ".join('xmlns:%s="%s"' % kv for kv in [
    ("w", W_NS),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("v", "urn:schemas-microsoft-com:vml"),
    ("o", "urn:schemas-microsoft-com:office:office"),
    ("w10", "urn:schemas-microsoft-com:office:word")])


def textbox_run(lines):
    def paras(fill):
        out = []
        for i, t in enumerate(lines):
            out.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="微软雅黑"/>'
                       '<w:b w:val="%s"/><w:color w:val="C55A11"/><w:sz w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
                       % ("1" if i == 0 else "0", 32 if i == 0 else 20, t))
        return "".join(out)
    body = paras(True)
    xml = (
        '<w:r %s xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="1080000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="1080000"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="C55A11"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;'
        'margin-top:0;width:425.2pt;height:85.05pt;z-index:251659264;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin" fillcolor="#fff2cc" strokecolor="#c55a11" strokeweight="1.5pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % (NSDECL, body, paras(False))
    return parse_xml(xml)


def make10():
    items = SP.S10
    d = new_doc("优享文库", "在公司2025年第四季度安全生产例会上的讲话")
    box = ["VIP专享文档", "本文档为优享文库VIP会员专享下载，仅限本人学习使用，禁止二次传播", "会员ID：YX20251107224　下载日期：2025-11-07"]
    p = d.add_paragraph()
    p._p.append(textbox_run(box))
    add_speech_plain(d, items)
    footer_text(d.sections[0], "优享文库VIP专享 · 尽享海量精品文档")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    rec_head = "优享文库 · 相关文档推荐"
    rec_note = "以下文档同样适用于安全生产会议，VIP会员可免费下载："
    para(d, rec_head, align="c", size=16, fname="微软雅黑", bold=True, indent=False, color="C55A11")
    para(d, rec_note, size=12, fname="宋体", indent=False)
    rows = [("序号", "文档名称", "页数"),
            ("1", "在公司2025年第四季度安全生产例会上的讲话（精选3篇）", "12页"),
            ("2", "企业冬季安全生产工作会议讲话稿", "6页"),
            ("3", "安全生产例会主持词范文（通用版）", "4页"),
            ("4", "四季度安全生产工作总结及明年工作计划", "9页")]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = t.cell(r, c)
            cell.paragraphs[0].text = ""
            font(cell.paragraphs[0].add_run(val), "宋体", 11, r == 0)
    para(d, "开通VIP会员，全站文档免费下载，每日更新上千篇", size=10.5, fname="宋体", indent=False, color="C55A11")
    save(d, "10.docx")
    noise = box + [rec_head, rec_note, "文档名称"] + [r[1] for r in rows[1:]] + \
        ["开通VIP会员，全站文档免费下载，每日更新上千篇", "优享文库VIP专享 · 尽享海量精品文档"]
    gold_from([items], "10.docx", noise)


def main():
    make06()
    make07()
    make08()
    make09()
    make10()
    print("wrote 06-10 .docx and gold")


if __name__ == "__main__":
    main()
