# -*- coding: utf-8 -*-
"""Regenerate set56b pages 06-10 and gold/NN.json deterministically.

Run:  /usr/bin/python3 tools/gen.py      (python-docx is needed only for 07.docx)
"""
import datetime
import html
import io
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

CN = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    t, u = divmod(n, 10)
    return CN[t] + "十" + (CN[u] if u else "")


class Gold:
    def __init__(self, fname):
        self.fname = fname
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def add_noise(self, s):
        s = s.strip()
        if s and s not in self.noise:
            self.noise.append(s)

    def add_speech(self, sp, heading_texts=None):
        """heading_texts: optional list of displayed heading strings (for auto-numbered docx)."""
        self.titles.append(sp["title"])
        hi = 0
        for it in sp["body"]:
            if it[0] == "h":
                txt = heading_texts[hi] if heading_texts else it[2]
                hi += 1
                self.headings.append({"text": txt, "level": it[1]})
            elif it[0] == "p":
                self.paragraphs.append({"text": it[2], "category": it[1], "truncated": False})
            else:
                self.headings.append({"text": it[2], "level": it[1]})
                self.paragraphs.append({"text": it[4], "category": it[3], "truncated": False})

    def write(self, para_override=None):
        d = {"file": self.fname, "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.fname.split(".")[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")


def item_lines(it):
    """Printed form of a body item (one string per paragraph)."""
    if it[0] == "h":
        return it[2]
    if it[0] == "p":
        return it[2]
    return it[2] + "。" + it[4]


# ====================================================================== 06.txt  OCR scan, GBK
def gen06():
    g = Gold("06.txt")
    sp = S.S06
    W = 34
    NOSTART = "，。、；：,:;！？）”》"

    def wrap(text, indent="　　"):
        s = indent + text
        out = []
        while len(s) > W:
            cut = W
            while cut < len(s) and s[cut] in NOSTART:
                cut += 1
            out.append(s[:cut])
            s = s[cut:]
        if s:
            out.append(s)
        return out

    content = []
    content.append(" " * 14 + sp["title"])
    content.append("")
    content.append(" " * 18 + sp["speaker"])
    content.append("")
    content.append(sp["salutation"])
    for it in sp["body"]:
        if it[0] == "h":
            content.extend(wrap(it[2]))
        else:
            content.extend(wrap(item_lines(it)))
    content.append("")
    content.append(" " * 40 + "青石镇人民政府")
    content.append(" " * 40 + "2025年2月26日")
    content.append(" " * 38 + "(盖章)")
    g.add_speech(sp)

    header = "镇长讲话（安全生产工作会议）"
    PER = 25
    pages = [content[i:i + PER] for i in range(0, len(content), PER)]
    out = []
    for n, pg in enumerate(pages, 1):
        block = [" " * 30 + header, ""] + pg + ["", " " * 26 + "- %d -" % n]
        out.append("\n".join(block))
        g.add_noise("- %d -" % n)
    g.add_noise(header)
    g.add_noise("(盖章)")
    text = "\n\f".join(out) + "\n"
    with open(os.path.join(ROOT, "06.txt"), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("gbk"))
    g.noise = [header] + [x for x in g.noise if x != header]
    g.write()


# ====================================================================== 07.docx  Word auto numbering
def gen07():
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor

    sp = S.S07
    g = Gold("07.docx")
    doc = Document()
    st = doc.styles

    def ea(style_el_rpr, font):
        rf = style_el_rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = style_el_rpr.get_or_add_rFonts()
        for a in list(rf.attrib):
            del rf.attrib[a]
        rf.set(qn("w:ascii"), "Times New Roman")
        rf.set(qn("w:hAnsi"), "Times New Roman")
        rf.set(qn("w:eastAsia"), font)

    # English-named custom body style
    body = st.add_style("Speech Body", WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = st["Normal"]
    body.quick_style = True
    body.font.size = Pt(16)
    ea(body.element.get_or_add_rPr(), "仿宋_GB2312")
    pf = body.paragraph_format
    pf.first_line_indent = Pt(32)
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)

    for name, font, ilvl in (("Heading 1", "黑体", 0), ("Heading 2", "楷体_GB2312", 1)):
        hs = st[name]
        hs.font.size = Pt(16)
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.font.bold = ilvl == 1
        ea(hs.element.get_or_add_rPr(), font)
        ppr = hs.element.get_or_add_pPr()
        num = ppr.get_or_add_numPr()
        num.get_or_add_ilvl().val = ilvl
        num.get_or_add_numId().val = 20
        hs.paragraph_format.space_before = Pt(0)
        hs.paragraph_format.space_after = Pt(0)
        hs.paragraph_format.line_spacing = Pt(28)

    ts = st["Title"]
    ea(ts.element.get_or_add_rPr(), "方正小标宋简体")
    ts.font.color.rgb = RGBColor(0, 0, 0)
    ts.font.size = Pt(22)

    styles_el = st.element
    styles_el.append(parse_xml(
        '<w:style %s w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
        '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'
        % nsdecls("w")))
    styles_el.append(parse_xml(
        '<w:style %s w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' % nsdecls("w")))

    # numbering: chineseCounting 一、 / （一）, linked to Heading 1/2
    numbering = doc.part.numbering_part.element
    lvls = []
    for i in range(9):
        if i == 0:
            fmt, txt, pst = "chineseCounting", "%1、", '<w:pStyle w:val="Heading1"/>'
        elif i == 1:
            fmt, txt, pst = "chineseCounting", "（%2）", '<w:pStyle w:val="Heading2"/>'
        else:
            fmt, txt, pst = "decimal", "%" + str(i + 1) + ".", ""
        lvls.append(
            '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:suff w:val="nothing"/>'
            '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
            % (i, fmt, pst, txt))
    absnum = parse_xml('<w:abstractNum %s w:abstractNumId="20"><w:nsid w:val="5A3C1E07"/>'
                       '<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="2B6C4F12"/>%s</w:abstractNum>'
                       % (nsdecls("w"), "".join(lvls)))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % nsdecls("w")))

    # header / footer
    sec = doc.sections[0]
    sec.page_width, sec.page_height = 7560310, 10692130  # A4 in EMU
    hp = sec.header.paragraphs[0]
    hp.text = "澄州市人民政府办公室　会议材料"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    g.add_noise("澄州市人民政府办公室　会议材料")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("内部资料　注意保存　第")
    fp._p.append(parse_xml('<w:fldSimple %s w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/></w:rPr>'
                           '<w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w")))
    fp.add_run("页")

    # title, speaker (with footnote reference), date, salutation
    p = doc.add_paragraph(sp["title"], style="Title")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(style="Normal")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(sp["speaker"])
    r.font.size = Pt(16)
    p._p.append(parse_xml('<w:r %s><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                          '<w:footnoteReference w:id="1"/></w:r>' % nsdecls("w")))
    p = doc.add_paragraph(style="Normal")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(sp["date"]).font.size = Pt(16)
    p = doc.add_paragraph(sp["salutation"], style="Speech Body")
    p.paragraph_format.first_line_indent = Pt(0)

    shown = []
    c1 = c2 = 0
    box_done = False
    quote = "“决不能用工人的生命换取工程的进度”"
    quote_src = "——摘自沈嘉禾同志讲话"
    for it in sp["body"]:
        if it[0] == "h":
            if it[1] == 1:
                c1 += 1
                c2 = 0
                shown.append(cn_num(c1) + "、" + it[2])
                doc.add_paragraph(it[2], style="Heading 1")
            else:
                c2 += 1
                shown.append("（" + cn_num(c2) + "）" + it[2])
                doc.add_paragraph(it[2], style="Heading 2")
            continue
        p = doc.add_paragraph(it[2], style="Speech Body")
        if it[1] == "隐患排查" and not box_done:
            box_done = True
            box = parse_xml(
                '<w:r %s><w:rPr><w:noProof/></w:rPr><w:pict>'
                '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                '<v:shape id="PullQuote1" o:spid="_x0000_s1026" type="#_x0000_t202" '
                'style="position:absolute;left:0;text-align:left;margin-left:262.5pt;margin-top:6pt;width:165pt;'
                'height:96pt;z-index:251659264;mso-position-horizontal-relative:margin;'
                'mso-position-vertical-relative:text" fillcolor="#f2f2f2" strokecolor="#c00000" strokeweight="1pt">'
                '<v:textbox inset="7.2pt,3.6pt,7.2pt,3.6pt"><w:txbxContent>'
                '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/>'
                '<w:color w:val="C00000"/><w:sz w:val="28"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
                '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/>'
                '<w:sz w:val="21"/></w:rPr><w:t>%s</w:t></w:r></w:p>'
                '</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
                % (nsdecls("w") + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
                   ' xmlns:w10="urn:schemas-microsoft-com:office:word"', quote, quote_src))
            p._p.insert(1, box)  # right after pPr: the anchor sits at the start of the paragraph
            g.add_noise(quote)
            g.add_noise(quote_src)
    g.add_speech(sp, heading_texts=shown)

    # footnotes part
    fn_text = "本文根据会议现场录音整理，刊发时有删节，未经本人审阅。"
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    fn_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:footnotes %s>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
        '</w:footnotes>' % (W, fn_text))
    fn_part = Part(PackURI("/word/footnotes.xml"),
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                   fn_xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(fn_part, RT.FOOTNOTES)
    g.add_noise(fn_text)
    g.add_noise("内部资料　注意保存　第1页")

    cp = doc.core_properties
    cp.author = "chenjl"
    cp.last_modified_by = "县府办-陈"
    cp.title = "副市长讲话"
    cp.revision = 7
    cp.created = datetime.datetime(2025, 4, 16, 8, 30, 0)
    cp.modified = datetime.datetime(2025, 4, 18, 17, 5, 0)
    cp.last_printed = datetime.datetime(2025, 4, 18, 17, 10, 0)

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the file is byte-stable
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(os.path.join(ROOT, "07.docx"), "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 18, 17, 5, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    g.write()


# ====================================================================== 08.txt  clerk's notes file
def gen08():
    g = Gold("08.txt")
    L = []

    def noise(line):
        L.append(line)
        g.add_noise(line)

    noise("讲话素材汇总（自用，勿外传）")
    noise("整理：老陈　最后更新 2025-12-30 晚")
    L.append("")
    # --- speech A: indented with full-width spaces, one inline clerk marker
    noise("【2026年安委会 县长讲话 可参考第二部分】")
    L.append("")
    sp = S.S08A
    L += [sp["title"], sp["speaker"], sp["date"], "", sp["salutation"]]
    marker = "【数字待核】"
    for it in sp["body"]:
        line = item_lines(it)
        if it[0] == "p" and it[1] == "形势分析" and "死亡9人" in line:
            line = line.replace("死亡9人，", "死亡9人" + marker + "，", 1)
        L.append("　　" + line)
    g.add_noise(marker)
    g.add_speech(sp)
    L.append("")
    noise("==================================================")
    L.append("")
    # --- speech B: pasted without indentation, blank line between paragraphs
    noise("——以下是去年季度例会的——")
    sp = S.S08B
    L += [sp["title"], "", sp["speaker"], sp["date"], "", sp["salutation"], ""]
    for it in sp["body"]:
        L.append(item_lines(it))
        L.append("")
    g.add_speech(sp)
    noise("----------------------------------------------")
    noise("★备用：局里转来的危化品推进会讲话，数据要换成今年的（第三部分可以直接用）")
    L.append("")
    # --- speech C: four ASCII spaces of indentation
    sp = S.S08C
    L += ["    " + sp["title"], "    " + sp["speaker"], "    " + sp["date"], sp["salutation"]]
    for it in sp["body"]:
        L.append("    " + item_lines(it))
    g.add_speech(sp)
    L.append("")
    noise("（完）——另存一份到U盘“材料/讲话”文件夹")
    with open(os.path.join(ROOT, "08.txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")
    g.write()


# ====================================================================== 09.html  Word "网页" (.htm)
def gen09():
    g = Gold("09.html")
    sp = S.S09
    html_title = "区长讲话（专项整治部署会）定稿"
    g.add_noise(html_title)
    head = r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="区长讲话定稿.files/filelist.xml">
<title>TITLE</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>dongjin-zfb</o:Author>
  <o:LastAuthor>综合科 刘</o:LastAuthor>
  <o:Revision>12</o:Revision>
  <o:TotalTime>186</o:TotalTime>
  <o:Created>2025-03-10T01:12:00Z</o:Created>
  <o:LastSaved>2025-03-12T09:41:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Words>412</o:Words>
  <o:Characters>2350</o:Characters>
  <o:Company>东津区人民政府办公室</o:Company>
  <o:Lines>19</o:Lines>
  <o:Paragraphs>5</o:Paragraphs>
  <o:CharactersWithSpaces>2757</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-alt:SimSun;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
@font-face
	{font-family:仿宋_GB2312;
	mso-font-alt:仿宋;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:楷体_GB2312;
	mso-font-alt:楷体;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:方正小标宋简体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-link:"页脚 字符";
	margin:0cm;
	margin-bottom:.0001pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;}
span.GramE
	{mso-style-name:"";
	mso-gram-e:yes;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-size:10.0pt;
	mso-ansi-font-size:10.0pt;
	mso-bidi-font-size:10.0pt;
	mso-ascii-font-family:"Times New Roman";
	mso-hansi-font-family:"Times New Roman";
	mso-font-kerning:0pt;}
 /* Page Definitions */
 @page
	{mso-page-border-surround-header:no;
	mso-page-border-surround-footer:no;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-page-numbers:1;
	mso-even-footer:url("区长讲话定稿.files/header.htm") ef1;
	mso-footer:url("区长讲话定稿.files/header.htm") f1;
	mso-paper-source:0;
	layout-grid:28.9pt 0pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{mso-style-name:普通表格;
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-style-parent:"";
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	mso-para-margin:0cm;
	mso-para-margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="2049"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>
""".replace("TITLE", html_title)

    FS = ("style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'")
    BODY_P = ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:\n"
              "28.0pt;mso-line-height-rule:exactly'>")
    EOP = "<span lang=EN-US><o:p></o:p></span></p>\n\n"
    EMPTY = ("<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span\n"
             "lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><o:p>&nbsp;</o:p></span></p>\n\n")

    def soft_wrap(text, n=38):
        # Word wraps long source lines; a newline between Han characters (rendered as white space)
        if len(text) <= n:
            return text
        return text[:n] + "\n" + soft_wrap(text[n:], n)

    out = [head, "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n",
           "<div class=WordSection1 style='layout-grid:28.9pt'>\n\n"]
    out.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;\n"
               "mso-line-height-rule:exactly'><span style='font-size:22.0pt;font-family:方正小标宋简体;\n"
               "mso-hansi-font-family:\"Times New Roman\"'>" + sp["title"]
               + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    out.append(EMPTY)
    out.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;\n"
               "mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:楷体_GB2312'>"
               + sp["speaker"] + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    out.append("<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;\n"
               "mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:楷体_GB2312'>（<span\n"
               "lang=EN-US>2025</span>年<span lang=EN-US>3</span>月<span lang=EN-US>12</span>日）"
               "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    out.append(EMPTY)
    out.append("<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span\n" + FS[:-1] + "'>"
               + sp["salutation"] + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    for it in sp["body"]:
        if it[0] == "h":
            out.append(BODY_P + "<b><span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:\n"
                       "\"Times New Roman\"'>" + it[2] + "<span lang=EN-US><o:p></o:p></span></span></b></p>\n\n")
        elif it[0] == "p":
            txt = soft_wrap(it[2])
            if it[1] == "形势分析":
                txt = txt.replace("“", "&#8220;").replace("”", "&#8221;")
            out.append(BODY_P + "<span " + FS + ">" + txt + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
        else:
            out.append(BODY_P + "<b><span style='font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:\n"
                       "\"Times New Roman\"'>" + it[2] + "。</span></b><span " + FS + ">" + soft_wrap(it[4])
                       + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    g.add_speech(sp)
    out.append(EMPTY)
    # annex (noise)
    out.append("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312;mso-fareast-font-family:仿宋_GB2312;\n"
               "mso-font-kerning:1.0pt;mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'><br\n"
               "clear=all style='page-break-before:always'>\n</span>\n\n")
    annex_head = "附件：全区安全生产专项整治重点任务分解表"
    out.append("<p class=MsoNormal style='line-height:28.0pt;mso-line-height-rule:exactly'><span\n"
               "style='font-size:16.0pt;font-family:黑体'>" + annex_head + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    g.add_noise(annex_head)
    rows = [
        ("整治任务", "牵头单位", "配合单位", "完成时限"),
        ("瓶装液化气站点清理整顿", "区城市管理局", "区市场监管局", "2025年5月底前"),
        ("老旧小区消防通道清理", "各街道办事处", "区消防救援大队", "2025年6月底前"),
        ("物流仓储企业安全检查", "区商务局", "区应急管理局", "2025年6月底前"),
        ("电动自行车集中充电设施建设", "区住房城乡建设局", "各街道办事处", "2025年9月底前"),
    ]
    out.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0\n"
               " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
               " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n")
    for ri, row in enumerate(rows):
        out.append(" <tr style='mso-yfti-irow:%d'>\n" % ri)
        for ci, cell in enumerate(row):
            w = (200, 120, 120, 110)[ci]
            b = ("<b>", "</b>") if ri == 0 else ("", "")
            out.append("  <td width=%d valign=top style='width:%d.0pt;border:solid windowtext 1.0pt;\n"
                       "  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                       "  <p class=MsoNormal align=center style='text-align:center'>%s<span\n"
                       "  style='font-size:12.0pt;font-family:仿宋_GB2312'>%s<span lang=EN-US><o:p></o:p></span></span>%s</p>\n"
                       "  </td>\n" % (w, w, b[0], cell, b[1]))
            g.add_noise(cell)
        out.append(" </tr>\n")
    out.append("</table>\n\n")
    out.append(EMPTY)
    tail = "抄送：区委办公室，区人大常委会办公室，区政协办公室。"
    tail2 = "东津区人民政府办公室　　　　　　2025年3月13日印发"
    for t in (tail, tail2):
        out.append("<p class=MsoNormal style='line-height:20.0pt;mso-line-height-rule:exactly'><span\n"
                   "style='font-size:14.0pt;font-family:仿宋_GB2312'>" + t.replace("　", "&nbsp;&nbsp; ")
                   + "<span lang=EN-US><o:p></o:p></span></span></p>\n\n")
    g.add_noise(tail)
    g.add_noise(html.unescape(tail2.replace("　", "&nbsp;&nbsp; ")))
    out.append("</div>\n\n</body>\n\n</html>\n")
    data = "".join(out).replace("\n", "\r\n")
    with open(os.path.join(ROOT, "09.html"), "wb") as f:
        f.write(data.encode("gb18030"))
    g.write()


# ====================================================================== 10.txt  forwarded e-mail
def gen10():
    g = Gold("10.txt")
    sp = S.S10
    L = []

    def noise(line):
        L.append(line)
        g.add_noise(line)

    noise("发件人：赵明远 <zhaomy@anping-xf.gov.cn>")
    noise("发送时间：2025年3月4日 星期二 17:26")
    noise("收件人：王立新 <wanglx@anping-xf.gov.cn>")
    noise("抄送：县应急管理局办公室 <yjjbgs@anping-xf.gov.cn>")
    noise("主题：转发：恒泰公司表态发言定稿（请印发）")
    L.append("")
    noise("王科长：这是县长在全县安全生产工作大会上点名安排的企业表态发言定稿，请按此印发，和县长讲话一起装袋。盖章版我明天一早送过去。")
    L.append("")
    noise("县政府办　赵明远")
    L.append("")
    noise("发自我的手机")
    L.append("")
    L.append("")
    noise("------------------ 原始邮件 ------------------")
    noise("发件人: \"刘婧\" <liujing@hengtai-xcl.com>")
    noise("发送时间: 2025年3月3日(星期一) 上午10:15")
    noise("收件人: \"赵明远\" <zhaomy@anping-xf.gov.cn>")
    noise("主题: 表态发言（定稿）")
    L.append("")
    noise("赵主任您好，附上我们董事长大会表态发言的定稿，已按县里意见修改，请审阅。")
    L.append("")
    L.append(sp["title"])
    L.append(sp["speaker"])
    L.append("")
    L.append(sp["salutation"])
    for it in sp["body"]:
        L.append(item_lines(it))
    g.add_speech(sp)
    L.append("")
    noise("————————————————")
    L.append("刘婧")
    noise("恒泰新材料股份有限公司　总经理办公室")
    noise("电话：0736-5812268　手机：138 0736 2415")
    noise("地址：安平县化工园区纬三路8号")
    L.append("")
    noise("此邮件已通过安全扫描，请放心使用。")
    noise("本邮件及附件含有保密信息，仅限收件人使用。如您误收本邮件，请立即删除并通知发件人。")
    with open(os.path.join(ROOT, "10.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    g.write()


if __name__ == "__main__":
    gen06()
    gen07()
    gen08()
    gen09()
    gen10()
    print("generated 06.txt 07.docx 08.txt 09.html 10.txt + gold/")
