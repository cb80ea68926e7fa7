# -*- coding: utf-8 -*-
"""09.html - Word document saved as 网页(*.htm) by Microsoft Word, charset gb2312 (bytes GBK)."""
import re

HEAD = r'''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="09.files/filelist.xml">
<title>在区安委会全体（扩大）会议上的讲话</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>区府办综合科</o:Author>
  <o:LastAuthor>lyqzfb</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:TotalTime>143</o:TotalTime>
  <o:LastPrinted>2025-04-15T09:12:00Z</o:LastPrinted>
  <o:Created>2025-04-14T01:20:00Z</o:Created>
  <o:LastSaved>2025-04-17T02:41:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Words>431</o:Words>
  <o:Characters>2462</o:Characters>
  <o:Company>Microsoft</o:Company>
  <o:Lines>20</o:Lines>
  <o:Paragraphs>5</o:Paragraphs>
  <o:CharactersWithSpaces>2888</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="09.files/themedata.thmx">
<link rel=colorSchemeMapping href="09.files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:DrawingGridVerticalSpacing>14.45 磅</w:DrawingGridVerticalSpacing>
  <w:DisplayHorizontalDrawingGridEvery>0</w:DisplayHorizontalDrawingGridEvery>
  <w:DisplayVerticalDrawingGridEvery>2</w:DisplayVerticalDrawingGridEvery>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>ZH-CN</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:SpaceForUL/>
   <w:BalanceSingleByteDoubleByteWidth/>
   <w:DoNotLeaveBackslashAlone/>
   <w:ULTrailSpace/>
   <w:DoNotExpandShiftReturn/>
   <w:AdjustLineHeightInTable/>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
   <w:UseFELayout/>
  </w:Compatibility>
  <w:NoLineBreaksAfter Lang="ZH-CN">$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥</w:NoLineBreaksAfter>
  <w:NoLineBreaksBefore Lang="ZH-CN">!%),.:;&gt;?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞﹚﹜﹞！＂％＇），．：；？］｝～￠</w:NoLineBreaksBefore>
  <m:mathPr>
   <m:mathFont m:val="Cambria Math"/>
   <m:brkBin m:val="before"/>
   <m:brkBinSub m:val="&#45;-"/>
   <m:smallFrac m:val="off"/>
   <m:dispDef/>
   <m:lMargin m:val="0"/>
   <m:rMargin m:val="0"/>
   <m:defJc m:val="centerGroup"/>
   <m:wrapIndent m:val="1440"/>
   <m:intLim m:val="subSup"/>
   <m:naryLim m:val="undOvr"/>
  </m:mathPr></w:WordDocument>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"
  DefSemiHidden="false" DefQFormat="false" DefPriority="99"
  LatentStyleCount="376">
  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>
  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>
  <w:LsdException Locked="false" Priority="9" SemiHidden="true"
   UnhideWhenUsed="true" QFormat="true" Name="heading 2"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote text"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="header"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footer"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="footnote reference"/>
  <w:LsdException Locked="false" SemiHidden="true" UnhideWhenUsed="true"
   Name="page number"/>
 </w:LatentStyles>
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
	{font-family:黑体;
	panose-1:2 1 6 9 6 1 1 1 1 1;
	mso-font-alt:SimHei;
	mso-font-charset:134;
	mso-generic-font-family:modern;
	mso-font-pitch:fixed;
	mso-font-signature:-2147482945 953122042 22 0 262145 0;}
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536869121 1107305727 33554432 0 415 0;}
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
	mso-font-alt:宋体;
	mso-font-charset:134;
	mso-generic-font-family:script;
	mso-font-pitch:fixed;
	mso-font-signature:1 135135232 16 0 262144 0;}
@font-face
	{font-family:"\@宋体";
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;
	mso-generic-font-family:auto;
	mso-font-pitch:variable;
	mso-font-signature:3 680460288 22 0 262145 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	mso-pagination:none;
	font-size:10.5pt;
	mso-bidi-font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-noshow:yes;
	mso-style-unhide:no;
	mso-style-link:"脚注文本 字符";
	margin:0cm;
	mso-pagination:none;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoHeader, li.MsoHeader, div.MsoHeader
	{mso-style-unhide:no;
	mso-style-link:"页眉 字符";
	margin:0cm;
	text-align:center;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	border:none;
	mso-border-bottom-alt:solid windowtext .75pt;
	padding:0cm;
	mso-padding-alt:0cm 0cm 1.0pt 0cm;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-unhide:no;
	mso-style-link:"页脚 字符";
	margin:0cm;
	mso-pagination:none;
	tab-stops:center 207.65pt right 415.3pt;
	layout-grid-mode:char;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:宋体;
	mso-font-kerning:1.0pt;}
span.MsoFootnoteReference
	{mso-style-noshow:yes;
	mso-style-unhide:no;
	vertical-align:super;}
span.MsoPageNumber
	{mso-style-unhide:no;}
 /* Page Definitions */
 @page
	{mso-footnote-separator:url("09.files/header.htm") fs;
	mso-footnote-continuation-separator:url("09.files/header.htm") fcs;
	mso-endnote-separator:url("09.files/header.htm") es;
	mso-endnote-continuation-separator:url("09.files/header.htm") ecs;
	mso-footnote-numbering-style:arabic-square;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:104.9pt 73.7pt 87.9pt 79.4pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;
	mso-even-footer:url("09.files/header.htm") ef1;
	mso-header:h1;
	mso-footer:f1;
	mso-page-numbers:1;
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

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:28.9pt'>

'''

FS = "font-size:16.0pt;font-family:仿宋_GB2312"
LH = "line-height:28.0pt;mso-line-height-rule:exactly"

FOOTNOTES = {
    '1': '数据来源：澜屿区应急管理局《2025年一季度全区安全生产情况通报》。',
    '2': '据区住建局统计，截至2025年3月底，全区在建工地127个，较去年同期增加31个。',
}


def _ascii_spans(t):
    """Word wraps Latin runs (digits, %, .) in <span lang=EN-US>"""
    return re.sub(r'([0-9A-Za-z.%]+)', r'<span lang=EN-US>\1</span>', t)


def _fnref(n):
    return ("<a style='mso-footnote-id:ftn%s' href=\"#_ftn%s\" name=\"_ftnref%s\" title=\"\"><span "
            "class=MsoFootnoteReference><span lang=EN-US><span style='mso-special-character:footnote'>"
            "<![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=EN-US "
            "style='font-size:16.0pt;font-family:\"Times New Roman\",serif;mso-fareast-font-family:仿宋_GB2312;"
            "mso-bidi-font-family:\"Times New Roman\";mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;"
            "mso-bidi-language:AR-SA'>[%s]</span></span><![endif]></span></span></span></a>") % (n, n, n, n)


def _text(t):
    parts = re.split(r'\[\[(\d+)\]\]', t)
    out = []
    for i, p in enumerate(parts):
        out.append(_fnref(p) if i % 2 else _ascii_spans(p))
    return ''.join(out)


def _para(inner, indent=True, align=None):
    st = []
    if align:
        st.append('text-align:%s' % align)
    if indent:
        st.append('text-indent:32.0pt;mso-char-indent-count:2.0')
    st.append(LH)
    a = ' align=%s' % align if align else ''
    return "<p class=MsoNormal%s style='%s'>%s</p>" % (a, ';'.join(st), inner)


def _op(fs=FS):
    return "<span lang=EN-US style='%s'><o:p></o:p></span>" % fs


def _empty():
    return _para("<span lang=EN-US style='%s'><o:p>&nbsp;</o:p></span>" % FS, indent=False, align='center')


def _fn_list():
    out = ["<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>",
           "",
           "<hr align=left size=1 width=\"33%\">",
           "",
           "<![endif]>"]
    for n, txt in FOOTNOTES.items():
        out.append("")
        out.append("<div style='mso-element:footnote' id=ftn%s>" % n)
        out.append("")
        out.append(("<p class=MsoFootnoteText><a style='mso-footnote-id:ftn%s' href=\"#_ftnref%s\" "
                    "name=\"_ftn%s\" title=\"\"><span class=MsoFootnoteReference><span lang=EN-US><span "
                    "style='mso-special-character:footnote'><![if !supportFootnotes]><span "
                    "class=MsoFootnoteReference><span lang=EN-US style='font-size:9.0pt;font-family:"
                    "\"Times New Roman\",serif;mso-fareast-font-family:宋体;mso-font-kerning:1.0pt;"
                    "mso-ansi-language:EN-US;mso-fareast-language:ZH-CN;mso-bidi-language:AR-SA'>[%s]</span></span>"
                    "<![endif]></span></span></span></a><span lang=EN-US> </span>%s<span lang=EN-US><o:p></o:p></span></p>")
                   % (n, n, n, n, _ascii_spans(txt)))
        out.append("")
        out.append("</div>")
    out.append("")
    out.append("</div>")
    return out


HDRFTR = r'''<div style='mso-element:header' id=h1>

<p class=MsoHeader style='text-align:justify;text-justify:inter-ideograph'><span style='font-family:宋体'>澜屿区人民政府办公室<span lang=EN-US><span style='mso-tab-count:1'>                                         </span></span>区政府领导讲话材料<span lang=EN-US><o:p></o:p></span></span></p>

</div>

<div style='mso-element:footer' id=f1>

<p class=MsoFooter align=right style='margin-right:18.0pt;text-align:right'><span lang=EN-US style='font-size:14.0pt;font-family:宋体'>— </span><!--[if supportFields]><span lang=EN-US style='font-size:14.0pt;font-family:宋体'><span style='mso-element:field-begin'></span> PAGE <span style='mso-element:field-separator'></span></span><![endif]--><span lang=EN-US style='font-size:14.0pt;font-family:宋体;mso-no-proof:yes'>1</span><!--[if supportFields]><span lang=EN-US style='font-size:14.0pt;font-family:宋体'><span style='mso-element:field-end'></span></span><![endif]--><span lang=EN-US style='font-size:14.0pt;font-family:宋体'> —<o:p></o:p></span></p>

</div>
'''


def _gb(text):
    """Word writes characters outside GB2312 as numeric character references"""
    out = []
    for c in text:
        try:
            c.encode('gb2312')
            out.append(c)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(c))
    return ''.join(out)


def _wrap(line, width=76):
    """Word's HTML writer folds long source lines at spaces (inside tags and text)"""
    out = []
    while len(line) > width:
        cut = line.rfind(' ', 0, width)
        if cut <= 0:
            cut = line.find(' ', width)
            if cut < 0:
                break
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return '\n'.join(out)


def render(speeches, strip_fn):
    s = speeches[0]
    B = []
    B.append(_para("<span style='font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:\"Times New Roman\"'>%s%s</span>"
                   % (_ascii_spans(s['title']), "<span lang=EN-US><o:p></o:p></span>"), indent=False, align='center'))
    B.append(_empty())
    for line in s['pre']:
        B.append(_para("<span style='font-size:16.0pt;font-family:楷体_GB2312'>%s%s</span>"
                       % (_ascii_spans(line), "<span lang=EN-US><o:p></o:p></span>"), indent=False, align='center'))
    B.append(_para("<span style='font-size:16.0pt;font-family:楷体_GB2312'>（根据录音整理）<span lang=EN-US><o:p></o:p></span></span>",
                   indent=False, align='center'))
    B.append(_empty())
    B.append(_para("<span style='%s'>%s<span lang=EN-US><o:p></o:p></span></span>" % (FS, s['salute']), indent=False))
    for it in s['body']:
        if it[0] == 'p':
            B.append(_para("<span style='%s'>%s<span lang=EN-US><o:p></o:p></span></span>" % (FS, _text(it[2]))))
        elif it[0] == 'h' and it[1] == 1:
            B.append(_para("<span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>%s<span lang=EN-US><o:p></o:p></span></span>" % it[2]))
        elif it[0] == 'h':
            B.append(_para("<b style='mso-bidi-font-weight:normal'><span style='font-size:16.0pt;font-family:楷体_GB2312'>%s<span lang=EN-US><o:p></o:p></span></span></b>" % it[2]))
        else:  # run-in level-3 heading
            B.append(_para("<b style='mso-bidi-font-weight:normal'><span style='%s'>%s</span></b><span style='%s'>%s<span lang=EN-US><o:p></o:p></span></span>"
                           % (FS, _ascii_spans(it[2]), FS, _text(it[4]))))
    body_lines = []
    for b in B:
        body_lines.append(_wrap(b))
        body_lines.append('')
    tail = ['</div>', '', _fn_list_text(), '', HDRFTR, '</body>', '', '</html>', '']
    doc = HEAD + '\n'.join(body_lines) + '\n'.join(tail)
    doc = _gb(doc)
    return doc.replace('\r\n', '\n').replace('\n', '\r\n'), []


def _fn_list_text():
    return '\n'.join(_wrap(l) for l in _fn_list())
