#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic generator for set67b: writes 06.docx .. 10.docx and gold/06.json .. gold/10.json.
Run: /usr/bin/python3 tools/gen.py   (from anywhere)."""
import io, json, os, re, struct, sys, zipfile, zlib, datetime
from xml.sax.saxutils import escape
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Mm

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import texts as T

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')
WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED = datetime.datetime(2025, 3, 1, 8, 0, 0)


# ---------------------------------------------------------------- xml helpers
def rpr(font=None, size=None, bold=False, color=None, sup=False, style=None, wps=False):
    x = ''
    if style:
        x += '<w:rStyle w:val="%s"/>' % style
    if font:
        if wps:
            x += ('<w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
                  % (font, font, font, font))
        else:
            x += '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>' % (font, font, font)
    if bold:
        x += '<w:b/><w:bCs/>'
    if color:
        x += '<w:color w:val="%s"/>' % color
    if size:
        x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2)
    if sup:
        x += '<w:vertAlign w:val="superscript"/>'
    if wps:
        x += '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>'
    return '<w:rPr>%s</w:rPr>' % x if x else ''


def run(text, **kw):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(**kw), escape(text))


def ppr(align=None, first=None, style=None, line=None, num=None, page_before=False, extra=''):
    x = ''
    if style:
        x += '<w:pStyle w:val="%s"/>' % style
    if page_before:
        x += '<w:pageBreakBefore/>'
    if num:
        x += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
    x += extra
    if line:
        x += '<w:spacing w:line="%d" w:lineRule="exact"/>' % line
    if first:
        x += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if align:
        x += '<w:jc w:val="%s"/>' % align
    return '<w:pPr>%s</w:pPr>' % x if x else ''


def P(inner, **kw):
    return parse_xml('<w:p %s>%s%s</w:p>' % (NS, ppr(**kw), inner))


def field(instr, cached, **kw):
    r = rpr(**kw)
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s<w:t>%s</w:t></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (r, r, escape(instr), r, r, escape(cached), r)


class Doc:
    def __init__(self):
        self.d = docx.Document()
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
        sec.left_margin, sec.right_margin = Mm(28), Mm(26)
        self.body = self.d.element.body
        self.sect = self.body.find(qn('w:sectPr'))
        cp = self.d.core_properties
        cp.author = '办公室'
        cp.last_modified_by = '办公室'
        cp.created = FIXED
        cp.modified = FIXED
        cp.revision = 3

    def add(self, el):
        self.sect.addprevious(el)
        return el

    def header(self, paras):
        h = self.d.sections[0].header
        h.is_linked_to_previous = False
        el = h._element
        for c in list(el):
            el.remove(c)
        for p in paras:
            el.append(p)

    def footer(self, paras):
        f = self.d.sections[0].footer
        f.is_linked_to_previous = False
        el = f._element
        for c in list(el):
            el.remove(c)
        for p in paras:
            el.append(p)

    def add_part(self, name, ctype, reltype, xml, from_package=False):
        part = Part(PackURI(name), ctype, xml.encode('utf-8'), self.d.part.package)
        if from_package:
            self.d.part.package.relate_to(part, reltype)
        else:
            self.d.part.relate_to(part, reltype)
        return part

    def save(self, path, replace=None):
        bio = io.BytesIO()
        self.d.save(bio)
        zin = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
        with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if replace and info.filename in replace:
                    data = replace[info.filename]
                zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 8, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zout.writestr(zi, data)


# ---------------------------------------------------------------- gold helpers
class Gold:
    def __init__(self, fname):
        self.g = {'file': fname, 'speeches': 0, 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}

    def title(self, t):
        self.g['titles'].append(t)
        self.g['speeches'] = len(self.g['titles'])

    def head(self, t, lvl):
        self.g['headings'].append({'text': t, 'level': lvl})

    def para(self, t, cat):
        self.g['paragraphs'].append({'text': t, 'category': cat, 'truncated': False})

    def noise(self, t):
        if t not in self.g['noise']:
            self.g['noise'].append(t)

    def write(self):
        p = os.path.join(ROOT, 'gold', self.g['file'].replace('.docx', '.json'))
        with open(p, 'w', encoding='utf-8') as f:
            json.dump(self.g, f, ensure_ascii=False, indent=1)
            f.write('\n')


def page_footer(font='宋体', dash='— '):
    return [P(run(dash, font=font, size=14) + field('PAGE', '1', font=font, size=14)
              + run(dash[::-1], font=font, size=14), align='center')]


# ================================================================ 06
def make06():
    D, G = Doc(), Gold('06.docx')
    FS, HT, KT, XB = '仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体'
    meeting = '澄溪县安全生产委员会2025年第一次全体会议'
    hdr = '澄溪县安委会全体会议材料之三'
    D.header([P(run(hdr, font='宋体', size=9), align='right')]); G.noise(hdr)
    D.footer(page_footer())
    # cover
    cover = [('县安委办〔2025〕4号', 16, FS, False, 'right'),
             ('', 16, FS, False, None), ('', 16, FS, False, None),
             (meeting, 22, XB, False, 'center'),
             ('发言材料汇编', 36, XB, False, 'center'),
             ('', 16, FS, False, None), ('', 16, FS, False, None), ('', 16, FS, False, None),
             ('澄溪县安全生产委员会办公室', 16, KT, False, 'center'),
             ('二〇二五年三月', 16, KT, False, 'center')]
    for t, sz, f, b, al in cover:
        D.add(P(run(t, font=f, size=sz, bold=b) if t else '', align=al))
        if t:
            G.noise(t)
    # hand-typed table of contents on its own page
    D.add(P(run('目　录', font=HT, size=22), align='center', page_before=True))
    D.add(P(''))
    pages = [1, 3, 5, 7, 9]
    for sp, pg in zip(T.S06, pages):
        label = sp['unit'].rstrip('：') + '　' + sp['title']
        width = 60 - 2 * len(label)  # half-width cells left for leaders (roughly)
        dots = '…' * max(4, width // 2)
        line = label + dots + str(pg)
        D.add(P(run(line, font=FS, size=16), line=560))
        G.noise(line)
    # the speeches, one per page
    for sp in T.S06:
        D.add(P(run(sp['unit'], font=HT, size=16), page_before=True, line=560))
        D.add(P(run(sp['title'], font=XB, size=22), align='center', line=700))
        G.title(sp['title'])
        if sp.get('salutation'):
            D.add(P(run(sp['salutation'], font=FS, size=16), line=560))
        for it in sp['items']:
            if it[0] == 'p':
                D.add(P(run(it[2], font=FS, size=16), first=True, line=560)); G.para(it[2], it[1])
            elif it[0] == 'h':
                D.add(P(run(it[2], font=HT, size=16), first=True, line=560)); G.head(it[2], it[1])
            elif it[0] == 'ri':
                D.add(P(run(it[2] + '。', font=KT, size=16, bold=True) + run(it[4], font=FS, size=16),
                        first=True, line=560))
                G.head(it[2], it[1]); G.para(it[4], it[3])
    # 版记
    D.add(P('')); D.add(P(''))
    bj = ['抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。',
          '澄溪县安全生产委员会办公室　　　　　　2025年3月14日印发']
    top = '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'
    for t in bj:
        D.add(P(run(t, font=FS, size=14), extra=top)); G.noise(t)
    D.save(os.path.join(ROOT, '06.docx'))
    G.write()


# ================================================================ 07
def make07():
    D, G = Doc(), Gold('07.docx')
    FS = '仿宋_GB2312'
    PER_LINE = 28
    hdr = '岚州市人民政府办公室　讲话材料'
    D.header([P(run(hdr, font='宋体', size=9), align='center')]); G.noise(hdr)
    D.footer(page_footer(dash='- '))
    comments = []
    rev = [100]

    def empty():
        D.add(P(''))

    def soft(segs):
        """segs: list of (kind, text, bold). Insert <w:br/> where a 28-char line is full."""
        out, col = [], 0
        for kind, text, bold in segs:
            if kind in ('cs', 'ce', 'cref'):
                out.append((kind, text, bold)); continue
            if kind == 'del':
                out.append((kind, text, bold)); continue
            if kind == 'ins':
                out.append((kind, text, bold)); col += len(text)
                if col >= PER_LINE:
                    col -= PER_LINE; out.append(('br', '', bold))
                continue
            buf = ''
            for ch in text:
                buf += ch; col += 1
                if col == PER_LINE:
                    out.append(('t', buf, bold)); out.append(('br', '', bold)); buf = ''; col = 0
            if buf:
                out.append(('t', buf, bold))
        while out and out[-1][0] == 'br':
            out.pop()
        return out

    def render(segs):
        x = ''
        for kind, text, bold in segs:
            r = rpr(font=FS, size=16, bold=bold)
            if kind == 't':
                x += run(text, font=FS, size=16, bold=bold)
            elif kind == 'br':
                x += '<w:r>%s<w:br/></w:r>' % r
            elif kind == 'del':
                rev[0] += 1
                x += ('<w:del w:id="%d" w:author="刘晓" w:date="2025-04-07T16:12:00Z"><w:r>%s<w:delText>%s</w:delText></w:r></w:del>'
                      % (rev[0], r, escape(text)))
            elif kind == 'ins':
                rev[0] += 1
                x += ('<w:ins w:id="%d" w:author="刘晓" w:date="2025-04-07T16:12:00Z">%s</w:ins>'
                      % (rev[0], run(text, font=FS, size=16, bold=bold)))
            elif kind == 'cs':
                x += '<w:commentRangeStart w:id="%s"/>' % text
            elif kind == 'ce':
                x += '<w:commentRangeEnd w:id="%s"/>' % text
            elif kind == 'cref':
                x += '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%s"/></w:r>' % text
        return x

    for it in T.S07:
        if it[0] == 'title':
            D.add(P(run(it[1], font='方正小标宋简体', size=22, bold=True), align='center')); G.title(it[1])
            empty()
            note = '（根据录音整理，已经本人审阅）'
            D.add(P(run(note, font='楷体_GB2312', size=16), align='center')); G.noise(note)
            empty()
        elif it[0] == 'line':
            D.add(P(run(it[1], font=FS, size=16))); empty()
        elif it[0] == 'h':
            D.add(P(render(soft([('t', '　　' + it[2], True)])))); empty(); G.head(it[2], it[1])
        elif it[0] == 'ri':
            D.add(P(render(soft([('t', '　　' + it[2] + '。', True), ('t', it[4], False)]))))
            empty(); G.head(it[2], it[1]); G.para(it[4], it[3])
        elif it[0] == 'p':
            text, ex = it[2], (it[3] if len(it) > 3 else {})
            segs = [('t', '　　', False)]
            if 'track' in ex:
                old, new = ex['track']
                a, b = text.split(new, 1)
                segs += [('t', a, False), ('del', old, False), ('ins', new, False), ('t', b, False)]
            elif 'comment' in ex:
                anchor, ctext = ex['comment']
                a, b = text.split(anchor, 1)
                cid = str(len(comments))
                comments.append(ctext); G.noise(ctext)
                segs += [('t', a, False), ('cs', cid, False), ('t', anchor, False), ('ce', cid, False),
                         ('cref', cid, False), ('t', b, False)]
            else:
                segs.append(('t', text, False))
            D.add(P(render(soft(segs)))); empty(); G.para(text, it[1])
    for t in ['岚州市人民政府市长　韩启明', '2025年4月8日']:
        D.add(P(run(t, font=FS, size=16), align='right'))
    cx = '<w:comments %s>' % WNS
    for i, c in enumerate(comments):
        cx += ('<w:comment w:id="%d" w:author="市政府办 刘晓" w:date="2025-04-07T16:20:00Z" w:initials="LX">'
               '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:comment>'
               % (i, escape(c)))
    cx += '</w:comments>'
    D.add_part('/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
               RT.COMMENTS, cx)
    D.save(os.path.join(ROOT, '07.docx'))
    G.write()


# ================================================================ 08
def make08():
    D, G = Doc(), Gold('08.docx')
    FS, XB, HT, KT = '仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312'
    LH = '青石镇人民政府'

    def wr(text, font=FS, size=16, bold=False, color=None):
        return run(text, font=font, size=size, bold=bold, color=color, wps=True)

    def wp(inner, align=None, first=False, line=560, extra=''):
        return P(inner, align=align, first=first, line=line, extra=extra)

    box_p = ('<w:p><w:pPr><w:jc w:val="distribute"/></w:pPr>%s</w:p>'
             % wr(LH, font=XB, size=48, color='FF0000'))
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5040000" cy="828000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5040000" cy="828000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="ctr" anchorCtr="0" upright="1"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic>'
        '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        '<wp14:sizeRelV relativeFrom="page"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        '</wp:anchor></w:drawing></mc:Choice>') % box_p
    fallback = ('<mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" '
                'style="position:absolute;left:0pt;margin-top:0pt;height:65.2pt;width:396.85pt;'
                'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-wrap-distance-top:0pt;'
                'mso-wrap-distance-bottom:0pt;z-index:251659264;" filled="f" stroked="f" coordsize="21600,21600">'
                '<v:path/><v:fill on="f" focussize="0,0"/><v:stroke on="f"/>'
                '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
                '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>') % box_p
    D.add(wp('<w:r>%s<mc:AlternateContent>%s%s</mc:AlternateContent></w:r>'
             % (rpr(font=FS, size=16, wps=True), choice, fallback), line=None))
    G.noise(LH)
    docno = '青政办〔2025〕21号'
    D.add(wp(wr(docno), align='center'))
    G.noise(docno)
    red = '<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="1" w:color="FF0000"/></w:pBdr>'
    D.add(wp('', extra=red))
    D.add(wp(''))
    for it in T.S08:
        if it[0] == 'title':
            D.add(wp(wr(it[1], font=XB, size=22), align='center', line=700)); G.title(it[1])
        elif it[0] == 'line':
            al = None if it[1].endswith('：') else 'center'
            D.add(wp(wr(it[1], font=KT if al else FS), align=al))
        elif it[0] == 'h':
            f = HT if it[1] == 1 else KT
            D.add(wp(wr(it[2], font=f), first=True)); G.head(it[2], it[1])
        elif it[0] == 'p':
            D.add(wp(wr(it[2]), first=True)); G.para(it[2], it[1])
    D.add(wp('')); D.add(wp(''))
    bj = '青石镇党政综合办公室　　　　　2025年5月16日印发'
    top = '<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'
    D.add(wp(wr(bj, size=14), extra=top)); G.noise(bj)
    D.footer([P(wr('- ', size=14) + field('PAGE', '1', font='宋体', size=14) + wr(' -', size=14), align='center')])
    # WPS furniture: app.xml and custom.xml with KSOProductBuildVer
    D.add_part('/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
               RT.CUSTOM_PROPERTIES,
               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
               'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
               '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
               '<vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property>'
               '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
               '<vt:lpwstr>4F3A27C0B1E94D6C8A5D2E1F90B7C613_12</vt:lpwstr></property></Properties>',
               from_package=True)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal</Template><Pages>3</Pages><Words>0</Words><Characters>0</Characters>'
           '<Lines>0</Lines><Paragraphs>0</Paragraphs><TotalTime>42</TotalTime><ScaleCrop>false</ScaleCrop>'
           '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces>'
           '<Application>WPS Office_12.1.0.16929_F1E327BC-269C-435d-A152-05C5408002CA</Application>'
           '<DocSecurity>0</DocSecurity></Properties>').encode('utf-8')
    D.save(os.path.join(ROOT, '08.docx'), replace={'docProps/app.xml': app})
    G.write()


# ================================================================ 09
def make09():
    D, G = Doc(), Gold('09.docx')
    FS, XB, HT, ST = '仿宋_GB2312', '方正小标宋简体', '黑体', '宋体'
    hdr = '岚山县第二中学　校长办公室'
    D.header([P(run(hdr, font=ST, size=9), align='center',
                extra='<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')])
    G.noise(hdr)
    D.footer([P(run('第 ', font=ST, size=9) + field('PAGE', '1', font=ST, size=9) + run(' 页 共 ', font=ST, size=9)
                + field('NUMPAGES', '2', font=ST, size=9) + run(' 页', font=ST, size=9), align='center')])
    G.noise('第 1 页 共 2 页')
    sz = 14

    def cp(inner, **kw):
        return '<w:p>%s%s</w:p>' % (ppr(**kw), inner)

    row1, body = [], []
    in_body = False
    for it in T.S09:
        if it[0] == 'body':
            in_body = True; continue
        tgt = body if in_body else row1
        if it[0] == 'title':
            tgt.append(cp(run(it[1], font=XB, size=18), align='center')); G.title(it[1])
        elif it[0] == 'line':
            tgt.append(cp(run(it[1], font='楷体_GB2312', size=sz), align=None if in_body else 'center'))
        elif it[0] == 'h':
            tgt.append(cp(run(it[2], font=HT, size=sz), first=True)); G.head(it[2], it[1])
        elif it[0] == 'p':
            tgt.append(cp(run(it[2], font=FS, size=sz), first=True)); G.para(it[2], it[1])
    sign_l, sign_r = '领导签批意见', '同意，请校办排版后印发各年级组。'
    G.noise(sign_l); G.noise(sign_r)
    b = 'w:val="single" w:sz="4" w:space="0" w:color="000000"'
    tbl = ('<w:tbl %s><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>'
           '<w:tblBorders><w:top %s/><w:left %s/><w:bottom %s/><w:right %s/><w:insideH %s/><w:insideV %s/></w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="1800"/><w:gridCol w:w="6860"/></w:tblGrid>'
           '<w:tr><w:trPr><w:trHeight w:val="1400"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="8660" w:type="dxa"/><w:gridSpan w:val="2"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc></w:tr>'
           '<w:tr><w:tc><w:tcPr><w:tcW w:w="8660" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>%s</w:tc></w:tr>'
           '<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="1800"/></w:trPr>'
           '<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc>'
           '<w:tc><w:tcPr><w:tcW w:w="6860" w:type="dxa"/></w:tcPr>%s%s</w:tc></w:tr></w:tbl>') % (
        NS, b, b, b, b, b, b, ''.join(row1), ''.join(body),
        cp(run(sign_l, font=HT, size=sz), align='center'),
        cp(run(sign_r, font='楷体_GB2312', size=sz)), cp(''))
    D.add(parse_xml(tbl))
    D.add(P(''))
    D.save(os.path.join(ROOT, '09.docx'))
    G.write()


# ================================================================ 10
def png_chart():
    """A small deterministic bar chart as PNG (pure python)."""
    W, H = 420, 220
    vals = [100, 96, 98, 100, 94]
    rows = []
    for y in range(H):
        row = bytearray()
        for x in range(W):
            c = (255, 255, 255)
            if y == H - 20 or x == 30:
                c = (60, 60, 60)
            for i, v in enumerate(vals):
                x0 = 50 + i * 72
                top = H - 20 - int(v * 1.7)
                if x0 <= x < x0 + 40 and top <= y < H - 20:
                    c = (46, 117, 182) if i % 2 == 0 else (237, 125, 49)
            row += bytes(c)
        rows.append(b'\x00' + bytes(row))
    raw = zlib.compress(b''.join(rows), 9)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', raw) + chunk(b'IEND', b''))


def make10():
    D, G = Doc(), Gold('10.docx')
    ST, HT, FS = '宋体', '黑体', '仿宋_GB2312'
    hdr = '内部资料　注意保存'
    D.header([P(run(hdr, font=ST, size=9), align='right')]); G.noise(hdr)
    D.footer(page_footer(font=ST))
    # multi-level decimal list: 1. / 1.1
    numbering = D.d.part.numbering_part.element
    absx = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90"><w:nsid w:val="5A3C2E71"/><w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="0409001F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2.%%3"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % WNS)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absx)
    else:
        numbering.append(absx)
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % WNS))
    counters = [0, 0]
    endnotes = []
    D.add(P(run('', font=FS)))
    for it in T.S10:
        if it[0] == 'title':
            D.add(P(run(it[1], font='方正小标宋简体', size=22), style='Title', align='center')); G.title(it[1])
        elif it[0] == 'line':
            al = None if it[1].endswith('：') else 'center'
            D.add(P(run(it[1], font='楷体_GB2312', size=16), align=al))
        elif it[0] == 'h':
            lvl = it[1]
            counters[lvl - 1] += 1
            if lvl == 1:
                counters[1] = 0
                label = '%d. ' % counters[0]
            else:
                label = '%d.%d ' % (counters[0], counters[1])
            D.add(P(run(it[2], font=HT if lvl == 1 else '楷体_GB2312', size=16),
                    style='Heading1' if lvl == 1 else 'Heading2', num=(lvl - 1, 90)))
            G.head(label + it[2], lvl)
        elif it[0] == 'p':
            text, ex = it[2], (it[3] if len(it) > 3 else {})
            if 'link' in ex:
                a, b = text.split(ex['link'], 1)
                url = 'http://fgk.jianglan-law.cn/dfxfg/2023/0615/zrgd_0412.html'
                inner = (run(a, font=FS, size=16)
                         + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                         + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "%s" </w:instrText></w:r>' % url
                         + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                         + run(ex['link'], font=FS, size=16, style='Hyperlink', color='0563C1')
                         + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                         + '<w:r>%s<w:endnoteReference w:id="%d"/></w:r>' % (rpr(sup=True), len(endnotes) + 1)
                         + run(b, font=FS, size=16))
                endnotes.append(REGNOTE)
                D.add(P(inner, first=True))
            else:
                D.add(P(run(text, font=FS, size=16), first=True))
            G.para(text, it[1])
        elif it[0] == 'img':
            D.d.add_picture(io.BytesIO(png_chart()), width=Mm(120))
            pic_p = D.body[-2] if D.body[-1].tag == qn('w:sectPr') else D.body[-1]
            pic_p.insert(0, parse_xml('<w:pPr %s><w:jc w:val="center"/></w:pPr>' % WNS))
            cap = (run('图', font=HT, size=12) + field('SEQ 图 \\* ARABIC', '1', font=HT, size=12)
                   + run('　2024年各车间隐患整改完成情况', font=HT, size=12)
                   + '<w:r>%s<w:endnoteReference w:id="%d"/></w:r>' % (rpr(sup=True), len(endnotes) + 1))
            D.add(P(cap, style='Caption', align='center'))
            G.noise('图1　2024年各车间隐患整改完成情况')
            endnotes.append(DATANOTE)
    ex = ('<w:endnotes %s>'
          '<w:endnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>'
          '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
          % WNS)
    for i, t in enumerate(endnotes, 1):
        ex += ('<w:endnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
               '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:endnote>' % (i, escape(t)))
        G.noise(t)
    ex += '</w:endnotes>'
    D.add_part('/word/endnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml',
               RT.ENDNOTES, ex)
    D.save(os.path.join(ROOT, '10.docx'))
    G.write()


REGNOTE = '该规定经江岚省人民政府第十二次常务会议通过，自2023年7月1日起施行。'
DATANOTE = '数据来源：公司安全环保部2024年度隐患排查治理台账。'


if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    make06(); make07(); make08(); make09(); make10()
    print('written 06-10 .docx and gold')
