#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerate pages 01-05 and gold/01-05.json of set 64, writer a.

Run:  /usr/bin/python3 tools/gen.py        (from anywhere)

Tool chain per page (all intermediates are kept in tools/src/):
  01.html  src/01.fodt --soffice--> src/01.pdf --pdftohtml -i -noframes -enc UTF-8--> 01.html
  02.txt   src/02.docx (python-docx + hand-written footnotes part)
                      --pandoc -s -t markdown--> src/02.md (UTF-8) --re-encoded--> 02.txt (GB18030)
  03.txt   src/03.fodt --soffice--> src/03.pdf --pdftotext -enc GBK -f 2 -l 11--> 03.txt (GBK)
  04.txt   src/04.fodt --soffice--> src/04.pdf --pdftotext -enc UTF-8--> src/04.pdftotext.txt
                      --re-encoded--> 04.txt (UTF-16LE with BOM, as Notepad saves "Unicode")
  05.html  src/05.docx (python-docx) --soffice--> src/05.doc --soffice--> 05.html (UTF-8)

Determinism: LibreOffice stamps the PDF with the current time (/CreationDate, and a
/ID derived from it); pdftohtml copies the date into <meta name="date">.  gen.py
overwrites the date digits and the /ID hex in each PDF with fixed values of the same
length (so the xref offsets stay valid) BEFORE running pdftohtml/pdftotext.  Zip
members of the .docx files get a fixed date; core properties are fixed.
"""
import io, json, os, re, shutil, struct, subprocess, sys, zipfile, zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, 'src')
GOLD = os.path.join(ROOT, 'gold')
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import speeches as SP  # noqa: E402

LO_PROFILE = 'file:///tmp/lo-64a'
os.environ['TZ'] = 'UTC'
os.environ['SOURCE_DATE_EPOCH'] = '1710000000'


def run(cmd, cwd=None):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode('utf-8', 'replace') + r.stderr.decode('utf-8', 'replace'))
        raise SystemExit('command failed: %r' % (cmd,))
    return r


def soffice(fmt, path, outdir):
    run(['soffice', '-env:UserInstallation=' + LO_PROFILE, '--headless', '--norestore',
         '--convert-to', fmt, '--outdir', outdir, path])


def fix_pdf(path, date='20240308100000'):
    """Make a LibreOffice PDF reproducible: fixed dates and /ID, same byte length."""
    data = open(path, 'rb').read()
    data = re.sub(rb'(/(?:CreationDate|ModDate)\(D:)(\d{14})',
                  lambda m: m.group(1) + date.encode(), data)
    data = re.sub(rb'(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)',
                  lambda m: m.group(1) + b'0' * len(m.group(2)) + m.group(3) + b'0' * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + b'0' * len(m.group(2)), data)
    open(path, 'wb').write(data)


def strip_fn(t):
    return re.sub(r'\^\d+\^', '', t)


# ---------------------------------------------------------------------------------
# speech -> gold parts
def speech_parts(sp, cut=None):
    """Return (headings, paragraphs) gold lists for a speech.
    cut: (index_of_body_item, visible_prefix) -> everything after is dropped and
    that paragraph is marked truncated."""
    heads, paras = [], []
    for i, it in enumerate(sp['body']):
        if cut is not None and i > cut[0]:
            break
        trunc = cut is not None and i == cut[0]
        if it[0] == 'h':
            heads.append({'text': it[2], 'level': it[1]})
        elif it[0] == 'r':
            heads.append({'text': it[2], 'level': it[1]})
            txt = it[3]
            if trunc:
                assert txt.startswith(cut[1]), 'cut prefix mismatch'
                txt = cut[1]
            paras.append({'text': txt, 'category': it[4], 'truncated': trunc})
        else:
            txt = strip_fn(it[2])
            if trunc:
                assert txt.startswith(cut[1]), 'cut prefix mismatch'
                txt = cut[1]
            paras.append({'text': txt, 'category': it[1], 'truncated': trunc})
    return heads, paras


def write_gold(name, speeches, noise, cuts=None):
    cuts = cuts or {}
    titles, heads, paras = [], [], []
    for k, sp in enumerate(speeches):
        titles.append(sp['title'])
        h, p = speech_parts(sp, cuts.get(k))
        heads += h
        paras += p
    g = {'file': name, 'speeches': len(speeches), 'titles': titles,
         'headings': heads, 'paragraphs': paras, 'noise': noise}
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, name.split('.')[0] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ---------------------------------------------------------------------------------
# flat ODT helpers
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Serif" svg:font-family="\'Noto Serif CJK SC\'"/>'
         '<style:font-face style:name="Sans" svg:font-family="\'Noto Sans CJK SC\'"/>'
         '</office:font-face-decls>')


def tprops(size, font='Serif', bold=False, color=None):
    b = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ''
    c = ' fo:color="%s"' % color if color else ''
    return ('<style:text-properties style:font-name="%s" style:font-name-asian="%s" fo:font-size="%s" '
            'style:font-size-asian="%s" fo:language="zh" fo:country="CN" style:language-asian="zh" '
            'style:country-asian="CN"%s%s/>' % (font, font, size, size, b, c))


def pstyle(name, size, font='Serif', bold=False, align='justify', indent='0pt', lh=None,
           above='0pt', below='0pt', color=None, extra='', parent=None, master=None, family_auto=False):
    lh_attr = ' fo:line-height="%s"' % lh if lh else ''
    par = ' style:parent-style-name="%s"' % parent if parent else ''
    mp = ' style:master-page-name="%s"' % master if master else ''
    return ('<style:style style:name="%s" style:family="paragraph"%s%s>'
            '<style:paragraph-properties fo:text-align="%s" fo:text-indent="%s"%s fo:margin-top="%s" '
            'fo:margin-bottom="%s"%s%s/>%s</style:style>'
            % (name, par, mp, align, indent, lh_attr, above, below, extra, '', tprops(size, font, bold, color)))


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text if text.startswith('<') else escape(text))


def fodt(meta_title, styles, auto_styles, masters, body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s>'
            '<office:meta><dc:title>%s</dc:title><meta:creation-date>2024-03-08T10:00:00</meta:creation-date>'
            '<dc:date>2024-03-08T10:00:00</dc:date></office:meta>%s'
            '<office:styles>%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
            '<office:master-styles>%s</office:master-styles>'
            '<office:body><office:text>%s</office:text></office:body></office:document>\n'
            % (NS, escape(meta_title), FONTS, styles, auto_styles, masters, body))


def page_layout(name, w='21cm', h='29.7cm', top='3.7cm', bottom='3.5cm', left='2.8cm', right='2.6cm',
                header=True, footer=True, columns=''):
    hs = ('<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
          'fo:margin-bottom="0.5cm"/></style:header-style>' if header else '<style:header-style/>')
    fs = ('<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
          'fo:margin-top="0.5cm"/></style:footer-style>' if footer else '<style:footer-style/>')
    return ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="%s" '
            'fo:page-height="%s" fo:margin-top="%s" fo:margin-bottom="%s" fo:margin-left="%s" '
            'fo:margin-right="%s">%s</style:page-layout-properties>%s%s</style:page-layout>'
            % (name, w, h, top, bottom, left, right, columns, hs, fs))


def body_xml(sp, st):
    """Speech body as ODT paragraphs; st maps roles to style names."""
    out = []
    for it in sp['body']:
        if it[0] == 'h':
            out.append(P(st['h%d' % it[1]], it[2]))
        elif it[0] == 'r':
            out.append('<text:p text:style-name="%s"><text:span text:style-name="%s">%s。</text:span>%s</text:p>'
                       % (st['p'], st['run'], escape(it[2]), escape(it[3])))
        else:
            out.append(P(st['p'], strip_fn(it[2])))
    return ''.join(out)


# =================================================================================
# 01: 政府信息公开 PDF of a county speech -> pdftohtml -i -noframes -enc UTF-8
def build01():
    sp = SP.A
    styles = (pstyle('Standard', '16pt', lh='28.9pt')
              + pstyle('Body', '16pt', indent='32pt', lh='28.9pt', parent='Standard')
              + pstyle('Title', '22pt', bold=True, align='center', lh='36pt', above='12pt', below='6pt')
              + pstyle('Byline', '16pt', align='center', lh='28.9pt')
              + pstyle('Salute', '16pt', lh='28.9pt', above='12pt')
              + pstyle('H1', '16pt', font='Sans', indent='32pt', lh='28.9pt')
              + pstyle('H2', '16pt', bold=True, indent='32pt', lh='28.9pt')
              + pstyle('Info', '10.5pt', align='left', lh='15pt')
              + pstyle('Header', '10.5pt', align='center', lh='14pt',
                       extra=' fo:border-bottom="0.5pt solid #c00000" fo:padding-bottom="2pt"',
                       color='#c00000')
              + pstyle('Footer', '14pt', align='center')
              + pstyle('Imprint', '14pt', align='left', lh='24pt',
                       extra=' fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000"'))
    auto = (page_layout('pm1')
            + '<style:style style:name="Tab1" style:family="table"><style:table-properties style:width="15.6cm" table:align="left"/></style:style>'
            + '<style:style style:name="Tab1.A" style:family="table-column"><style:table-column-properties style:column-width="7.8cm"/></style:style>'
            + '<style:style style:name="Tab1.c" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #808080"/></style:style>')
    masters = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
               '<style:header>%s</style:header><style:footer>%s</style:footer></style:master-page>'
               % (P('Header', '青岚县人民政府信息公开　·　领导讲话'),
                  '<text:p text:style-name="Footer">— <text:page-number text:select-page="current"/> —</text:p>'))

    def cell(t):
        return '<table:table-cell table:style-name="Tab1.c" office:value-type="string">%s</table:table-cell>' % P('Info', t)
    info = ('<table:table table:name="info" table:style-name="Tab1"><table:table-column table:style-name="Tab1.A" table:number-columns-repeated="2"/>'
            '<table:table-row>%s%s</table:table-row><table:table-row>%s%s</table:table-row></table:table>'
            % (cell('索引号：11331025MB1F23456X/2024-00317'), cell('发布机构：青岚县人民政府办公室'),
               cell('公开方式：主动公开'), cell('成文日期：2024-03-08')))
    st = {'p': 'Body', 'h1': 'H1', 'h2': 'H2', 'run': 'H2'}
    body = (info + P('Title', sp['title']) + ''.join(P('Byline', b) for b in sp['byline'])
            + P('Salute', sp['salutation']) + body_xml(sp, st)
            + P('Standard', '') + P('Imprint', '青岚县人民政府办公室　　　　　　　　　2024年3月8日印发'))
    path = os.path.join(SRC, '01.fodt')
    open(path, 'w', encoding='utf-8').write(fodt(sp['title'], styles, auto, masters, body))
    soffice('pdf', path, SRC)
    pdf = os.path.join(SRC, '01.pdf')
    fix_pdf(pdf)
    run(['pdftohtml', '-q', '-i', '-noframes', '-enc', 'UTF-8', pdf, os.path.join(SRC, '01out')])
    shutil.copyfile(os.path.join(SRC, '01out.html'), os.path.join(ROOT, '01.html'))
    os.remove(os.path.join(SRC, '01out.html'))


# =================================================================================
# 02: Word draft (.docx) -> pandoc -s -t markdown -> saved as GB18030
def png_bytes(w, h):
    """A small deterministic grey 'photo' (gradient with a darker band)."""
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = 90 + (x * 100) // w + (y * 40) // h
            if h // 3 < y < h // 3 + 12:
                v -= 50
            row += bytes([v, v, v])
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def fix_zip(blob, extra=None, patch=None):
    """Rewrite a zip with fixed member dates; optionally add members / patch members."""
    zin = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED)
    names = zin.namelist()
    members = [(n, zin.read(n)) for n in names]
    if extra:
        members += sorted(extra.items())
    for n, data in members:
        if patch and n in patch:
            data = patch[n](data)
        zi = zipfile.ZipInfo(n, date_time=(2024, 4, 17, 16, 20, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zout.writestr(zi, data)
    zout.close()
    return out.getvalue()


W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def set_cjk_font(style, name, size=None, bold=None):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    style.font.name = name
    if size:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    if rfonts is None:
        rfonts = rpr.makeelement(qn('w:rFonts'), {})
        rpr.append(rfonts)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rfonts.set(qn(a), name)
    for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme'):
        if rfonts.get(qn(a)) is not None:
            del rfonts.attrib[qn(a)]
    style.font.color.rgb = None


def core_props(doc, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    cp.comments = ''
    cp.subject = ''
    cp.keywords = ''
    cp.category = ''


def build02():
    import datetime
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    sp = SP.B
    d = docx.Document()
    core_props(d, '', '韩蕾', datetime.datetime(2024, 4, 17, 16, 20, 0))
    set_cjk_font(d.styles['Normal'], '仿宋_GB2312', 16)
    set_cjk_font(d.styles['Title'], '方正小标宋简体', 22, False)
    set_cjk_font(d.styles['Heading 1'], '黑体', 16, False)
    set_cjk_font(d.styles['Heading 2'], '楷体_GB2312', 16, True)
    set_cjk_font(d.styles['Heading 3'], '仿宋_GB2312', 16, True)
    set_cjk_font(d.styles['Caption'], '楷体_GB2312', 12, False)
    p = d.add_paragraph(sp['title'], style='Title')
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for b in sp['byline']:
        d.add_paragraph(b).alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(sp['salutation'])
    fn_marks = []
    n_para = 0
    for it in sp['body']:
        if it[0] == 'h':
            d.add_heading(it[2], level=it[1])
            continue
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        parts = re.split(r'\^(\d+)\^', it[2])
        for k, part in enumerate(parts):
            if k % 2 == 0:
                if part:
                    p.add_run(part)
            else:
                r = p.add_run('@@FN%s@@' % part)
                fn_marks.append(int(part))
        n_para += 1
        if n_para == 2:   # photo with caption after the first 形势分析 paragraph
            pic = d.add_paragraph()
            pic.alignment = WD_ALIGN_PARAGRAPH.CENTER
            pic.add_run().add_picture(io.BytesIO(png_bytes(480, 270)), width=Cm(12))
            cap = d.add_paragraph('图1　和平街道老旧小区燃气管道更新改造现场（市住建局供图）', style='Caption')
            cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_page_break()
    d.add_paragraph('附件')
    t = d.add_paragraph('全市城镇燃气安全专项整治重点任务分工表')
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = [('序号', '重点任务', '牵头单位', '完成时限'),
            ('1', '餐饮场所可燃气体报警装置安装', '市市场监管局', '2024年6月底'),
            ('2', '老旧燃气管网更新改造120公里', '市住建局、市燃气集团', '2024年10月底'),
            ('3', '液化气充装站安全评估', '市住建局', '2024年7月底'),
            ('4', '燃气违法行为联合执法', '市城管局、市公安局', '长期坚持')]
    tab = d.add_table(rows=len(rows), cols=4)
    tab.style = 'Table Grid'
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            tab.rows[i].cells[j].text = v
    buf = io.BytesIO()
    d.save(buf)

    # hand-written footnotes part
    foot = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:footnotes xmlns:w="%s">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' % W_NS]
    for n in sorted(SP.B_FOOTNOTES):
        foot.append('<w:footnote w:id="%d"><w:p><w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (n, escape(SP.B_FOOTNOTES[n])))
    foot.append('</w:footnotes>')

    def patch_doc(data):
        s = data.decode('utf-8')
        for n in fn_marks:
            s, k = re.subn(r'<w:r><w:t>@@FN%d@@</w:t></w:r>' % n,
                           '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % n, s)
            assert k == 1, n
        return s.encode('utf-8')

    def patch_rels(data):
        s = data.decode('utf-8')
        return s.replace('</Relationships>',
                         '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                         'relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode('utf-8')

    def patch_ct(data):
        s = data.decode('utf-8')
        return s.replace('</Types>', '<Override PartName="/word/footnotes.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode('utf-8')

    blob = fix_zip(buf.getvalue(), extra={'word/footnotes.xml': ''.join(foot).encode('utf-8')},
                   patch={'word/document.xml': patch_doc, 'word/_rels/document.xml.rels': patch_rels,
                          '[Content_Types].xml': patch_ct})
    path = os.path.join(SRC, '02.docx')
    open(path, 'wb').write(blob)
    md = os.path.join(SRC, '02.md')
    run(['pandoc', '-s', '-f', 'docx', '-t', 'markdown', path, '-o', md])
    text = open(md, 'rb').read().decode('utf-8')
    open(os.path.join(ROOT, '02.txt'), 'wb').write(text.encode('gb18030'))


# =================================================================================
# 03: 会议材料汇编 (cover, contents, four items) -> pdftotext -enc GBK -f 2 -l N
HB_HEADERS = ['全市安委会全体会议材料（一）　季明远同志主持词',
              '全市安委会全体会议材料（二）　邵庭钧同志讲话',
              '全市安委会全体会议材料（三）　栖凤区表态发言',
              '全市安委会全体会议材料（四）　市交通运输局表态发言']
HB_TOC = ['一、在全市安全生产委员会全体会议上的主持词（季明远）',
          '二、在全市安全生产委员会全体会议上的讲话（邵庭钧）',
          '三、在全市安全生产委员会全体会议上的表态发言（栖凤区）',
          '四、在全市安全生产委员会全体会议上的表态发言（市交通运输局）']
HB_LAST = 11   # pdftotext -l: the clerk printed pages 2-11 (the third item is cut off near its end)


def fodt03(toc_pages):
    items = [SP.C, SP.D, SP.E, SP.X4]
    styles = (pstyle('Standard', '16pt', lh='28.9pt')
              + pstyle('Body', '16pt', indent='32pt', lh='28.9pt', parent='Standard')
              + pstyle('Title', '22pt', bold=True, align='center', lh='36pt', below='8pt')
              + pstyle('Byline', '16pt', align='center', lh='28.9pt')
              + pstyle('Salute', '16pt', lh='28.9pt', above='12pt')
              + pstyle('H1', '16pt', font='Sans', indent='32pt', lh='28.9pt')
              + pstyle('H2', '16pt', bold=True, indent='32pt', lh='28.9pt')
              + pstyle('Header', '10.5pt', align='right', lh='14pt',
                       extra=' fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="2pt"')
              + pstyle('Footer', '10.5pt', align='center')
              + pstyle('CoverBig', '26pt', bold=True, align='center', lh='48pt')
              + pstyle('CoverSmall', '16pt', align='center', lh='30pt')
              + pstyle('TocHead', '22pt', bold=True, align='center', lh='40pt', below='18pt')
              + '<style:style style:name="TocEntry" style:family="paragraph"><style:paragraph-properties '
                'fo:line-height="30pt" fo:margin-bottom="6pt"><style:tab-stops><style:tab-stop '
                'style:position="15.6cm" style:type="right" style:leader-style="dotted" style:leader-text="…"/>'
                '</style:tab-stops></style:paragraph-properties>' + tprops('14pt') + '</style:style>'
              + '<style:style style:name="Run" style:family="text">' + tprops('16pt', 'Sans') + '</style:style>')
    auto = (page_layout('pmCover', header=False, footer=False) + page_layout('pm1')
            + pstyle('CoverFirst', '26pt', bold=True, align='center', lh='48pt', above='150pt', master='Cover')
            + pstyle('CoverSpace', '16pt', align='center', lh='30pt', above='260pt')
            + pstyle('TocFirst', '22pt', bold=True, align='center', lh='40pt', below='18pt', master='Toc')
            + ''.join(pstyle('TitleM%d' % (k + 1), '22pt', bold=True, align='center', lh='36pt', below='8pt',
                             master='M%d' % (k + 1)) for k in range(4)))
    footer = ('<text:p text:style-name="Footer">第 <text:page-number text:select-page="current"/> 页 '
              '共 <text:page-count/> 页</text:p>')
    masters = '<style:master-page style:name="Cover" style:page-layout-name="pmCover"/>'
    masters += ('<style:master-page style:name="Toc" style:page-layout-name="pm1"><style:header>%s</style:header>'
                '<style:footer>%s</style:footer></style:master-page>'
                % (P('Header', '全市安全生产委员会全体会议材料汇编'), footer))
    for k, h in enumerate(HB_HEADERS):
        masters += ('<style:master-page style:name="M%d" style:page-layout-name="pm1"><style:header>%s</style:header>'
                    '<style:footer>%s</style:footer></style:master-page>' % (k + 1, P('Header', h), footer))
    masters += ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>%s</style:header>'
                '<style:footer>%s</style:footer></style:master-page>' % (P('Header', '全市安全生产委员会全体会议材料汇编'), footer))
    body = (P('CoverFirst', '全市安全生产委员会全体会议') + P('CoverBig', '材　料　汇　编')
            + P('CoverSpace', '梧原市安全生产委员会办公室') + P('CoverSmall', '二〇二四年三月'))
    body += P('TocFirst', '目　　录')
    for k, t in enumerate(HB_TOC):
        body += '<text:p text:style-name="TocEntry">%s<text:tab/>%s</text:p>' % (escape(t), toc_pages[k])
    st = {'p': 'Body', 'h1': 'H1', 'h2': 'H2', 'run': 'Run'}
    for k, sp in enumerate(items):
        body += P('TitleM%d' % (k + 1), sp['title'])
        body += ''.join(P('Byline', b) for b in sp['byline']) + P('Salute', sp['salutation']) + body_xml(sp, st)
    return fodt('全市安全生产委员会全体会议材料汇编', styles, auto, masters, body)


def pdf_pages(pdf):
    n = int(re.search(r'Pages:\s+(\d+)', run(['pdfinfo', pdf]).stdout.decode()).group(1))
    return [run(['pdftotext', '-enc', 'UTF-8', '-f', str(i), '-l', str(i), pdf, '-']).stdout.decode('utf-8')
            for i in range(1, n + 1)]


def build03():
    path = os.path.join(SRC, '03.fodt')
    pdf = os.path.join(SRC, '03.pdf')
    toc = ['0', '0', '0', '0']
    for _ in range(2):            # second pass writes the real page numbers into the contents
        open(path, 'w', encoding='utf-8').write(fodt03(toc))
        soffice('pdf', path, SRC)
        fix_pdf(pdf)
        pages = pdf_pages(pdf)
        toc = []
        for h in HB_HEADERS:
            toc.append(str(min(i + 1 for i, t in enumerate(pages) if h.split('　')[1] in t)))
    run(['pdftotext', '-enc', 'GBK', '-f', '2', '-l', str(HB_LAST), pdf, os.path.join(ROOT, '03.txt')])


# =================================================================================
# 04: company newspaper page (narrow column + sidebar + photo) -> pdftotext (reading order)
NP_HEADER = '恒泰化工报　　2024年10月15日　星期二　　第3版　安全专刊'
NP_NOTE = ('编者按：10月12日，公司召开2024年第三季度安全生产例会，总结三季度安全工作，部署四季度'
           '重点任务。现将宋立群总经理在会上的讲话刊发，请各单位认真学习。')
NP_SIDEBAR = ['会议要点',
              '■ 7至9月全公司零重伤、零火灾、零泄漏，轻伤2起',
              '■ 承包商管理列为四季度头号整治内容',
              '■ 国庆后一周内完成罐区等四个区域检修前排查',
              '■ 11月中旬举行液氨泄漏综合演练']
NP_CAPTION = '8月16日，公司在罐区组织液氨泄漏应急处置演练。　　本报记者　韩雪　摄'
NP_FOOTER = '责任编辑：韩雪　　校对：方舟　　新闻热线：0795-6231188'
NP_END = '（根据会议录音整理）'


def fodt04():
    sp = SP.F
    import base64
    png = base64.b64encode(png_bytes(300, 200)).decode('ascii')
    styles = (pstyle('Standard', '11pt', lh='18pt')
              + pstyle('Body', '11pt', indent='22pt', lh='18pt', parent='Standard')
              + pstyle('Title', '18pt', font='Sans', bold=True, align='center', lh='26pt', above='6pt', below='4pt')
              + pstyle('Byline', '11pt', font='Sans', align='center', lh='18pt', below='4pt')
              + pstyle('Salute', '11pt', lh='18pt')
              + pstyle('Note', '10pt', font='Sans', lh='16pt', below='6pt',
                       extra=' fo:border="0.5pt solid #808080" fo:padding="0.15cm"')
              + pstyle('End', '10pt', align='right', lh='16pt')
              + pstyle('Header', '9pt', font='Sans', align='left', lh='12pt',
                       extra=' fo:border-bottom="1.5pt solid #1f4e9c" fo:padding-bottom="2pt"')
              + pstyle('Footer', '8pt', align='left', lh='11pt')
              + pstyle('SideHead', '12pt', font='Sans', bold=True, align='center', lh='20pt', below='4pt')
              + pstyle('SideItem', '10pt', font='Sans', align='left', lh='16pt', below='3pt')
              + pstyle('Caption', '9pt', font='Sans', align='left', lh='14pt', above='3pt')
              + pstyle('Pic', '9pt', align='center', lh='14pt'))
    auto = (page_layout('pm1', top='1.4cm', bottom='1.4cm', left='1.8cm', right='7.3cm')
            + '<style:style style:name="frBox" style:family="graphic"><style:graphic-properties style:wrap="none" '
              'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" '
              'style:horizontal-rel="page" fo:border="0.75pt solid #1f4e9c" fo:padding="0.2cm" '
              'fo:background-color="#eef3fb"/></style:style>'
            + '<style:style style:name="frPlain" style:family="graphic"><style:graphic-properties style:wrap="none" '
              'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" '
              'style:horizontal-rel="page" fo:border="none" fo:padding="0cm"/></style:style>'
            + '<style:style style:name="frImg" style:family="graphic"><style:graphic-properties '
              'style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>')
    masters = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
               '<style:header>%s</style:header><style:footer>%s</style:footer></style:master-page>'
               % (P('Header', NP_HEADER), P('Footer', NP_FOOTER)))
    side = ''.join(P('SideHead' if k == 0 else 'SideItem', t) for k, t in enumerate(NP_SIDEBAR))
    frames = ('<draw:frame draw:style-name="frBox" draw:name="sidebar" text:anchor-type="page" '
              'text:anchor-page-number="1" svg:x="14.4cm" svg:y="3.6cm" svg:width="5.2cm" draw:z-index="0">'
              '<draw:text-box fo:min-height="5cm">%s</draw:text-box></draw:frame>' % side)
    pic = ('<text:p text:style-name="Pic"><draw:frame draw:style-name="frImg" draw:name="photo" '
           'text:anchor-type="as-char" svg:width="5.2cm" svg:height="3.47cm" draw:z-index="2"><draw:image>'
           '<office:binary-data>%s</office:binary-data></draw:image></draw:frame></text:p>' % png)
    frames += ('<draw:frame draw:style-name="frPlain" draw:name="photobox" text:anchor-type="page" '
               'text:anchor-page-number="1" svg:x="14.4cm" svg:y="17.2cm" svg:width="5.2cm" draw:z-index="1">'
               '<draw:text-box fo:min-height="5cm">%s%s</draw:text-box></draw:frame>' % (pic, P('Caption', NP_CAPTION)))
    st = {'p': 'Body', 'h1': 'Body', 'h2': 'Body', 'run': 'Body'}
    body = (frames + P('Note', NP_NOTE) + P('Title', sp['title'])
            + ''.join(P('Byline', b) for b in sp['byline']) + P('Salute', sp['salutation'])
            + body_xml(sp, st) + P('End', NP_END))
    return fodt('恒泰化工报第3版', styles, auto, masters, body)


def build04():
    path = os.path.join(SRC, '04.fodt')
    pdf = os.path.join(SRC, '04.pdf')
    open(path, 'w', encoding='utf-8').write(fodt04())
    soffice('pdf', path, SRC)
    fix_pdf(pdf, '20241015080000')
    out = os.path.join(SRC, '04.pdftotext.txt')
    run(['pdftotext', '-enc', 'UTF-8', pdf, out])
    text = open(out, 'rb').read().decode('utf-8')
    # the clerk re-saved it from Notepad as "Unicode": UTF-16LE with BOM, line ends unchanged
    open(os.path.join(ROOT, '04.txt'), 'wb').write(b'\xff\xfe' + text.encode('utf-16-le'))


# =================================================================================
# 05: township 简报 typed in Word, kept as old .doc -> LibreOffice "html" export
JB_HEAD = '安全生产工作简报'
JB_ISSUE = '第6期'
JB_UNIT = '云溪镇安全生产委员会办公室'
JB_DATE = '2024年6月14日'
JB_TOPLINE = '内部资料　注意保存'
JB_HEADLINE = '我镇召开防汛暨安全生产工作会议'
JB_LEAD = ('6月13日上午，云溪镇召开防汛暨安全生产工作会议，传达学习全县防汛工作会议精神，部署当前防汛和'
           '安全生产工作。镇党委书记刘振川出席会议并讲话，镇长许文博主持会议并对防汛工作作具体部署，'
           '各村（社区）党支部书记、镇直有关单位负责人和辖区重点企业负责人参加会议，大岭石料厂等3家企业'
           '负责人作了表态发言。现将刘振川同志的讲话和大岭石料厂的表态发言刊发如下。')
JB_DIST = ['报：县安委会办公室，县应急管理局，县水利局',
           '送：镇党委、人大、政府领导班子成员',
           '发：各村（社区），镇直有关单位，辖区重点企业']
JB_COPIES = '（共印40份）'


def build05():
    import datetime
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    core_props(d, '安全生产工作简报第6期', '云溪镇安委办', datetime.datetime(2024, 6, 14, 8, 30, 0))
    set_cjk_font(d.styles['Normal'], '仿宋_GB2312', 16)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = JB_TOPLINE
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # page number field in the footer
    r = fp.add_run()
    for tag, attr in (('w:fldChar', {'w:fldCharType': 'begin'}), ('w:instrText', None), ('w:fldChar', {'w:fldCharType': 'separate'})):
        el = r._r.makeelement(qn(tag), {qn(k): v for k, v in (attr or {}).items()})
        if tag == 'w:instrText':
            el.text = ' PAGE '
            el.set(qn('xml:space'), 'preserve')
        r._r.append(el)
    r2 = fp.add_run('1')
    r3 = fp.add_run()
    r3._r.append(r3._r.makeelement(qn('w:fldChar'), {qn('w:fldCharType'): 'end'}))

    def para(text, size=16, bold=False, align=None, red=False, indent=True, font=None):
        p = d.add_paragraph()
        if align == 'c':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            p.paragraph_format.first_line_indent = Pt(32)
        run_ = p.add_run(text)
        run_.font.size = Pt(size)
        run_.bold = bold
        if red:
            run_.font.color.rgb = RGBColor(0xC0, 0, 0)
        if font:
            run_.font.name = font
            run_._r.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
        return p

    para(JB_HEAD, 36, True, 'c', red=True, font='方正小标宋简体')
    para(JB_ISSUE, 16, False, 'c')
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text = JB_UNIT
    t.rows[0].cells[1].text = JB_DATE
    t.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(JB_HEADLINE, 18, True, 'c', font='黑体')
    para(JB_LEAD)
    for sp in (SP.G, SP.H):
        para(sp['title'], 18, True, 'c', font='方正小标宋简体')
        for b in sp['byline']:
            para(b, 16, False, 'c', font='楷体_GB2312')
        para(sp['salutation'], indent=False)
        for it in sp['body']:
            if it[0] == 'h':
                para(it[2], 16, False, font='黑体')
            elif it[0] == 'r':
                p = d.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(32)
                p.add_run(it[2] + '。').bold = True
                p.add_run(it[3])
            else:
                para(it[2])
    d.add_paragraph()
    for line in JB_DIST:
        para(line, 14, indent=False)
    para(JB_COPIES, 14, align='c')
    buf = io.BytesIO()
    d.save(buf)
    path = os.path.join(SRC, '05.docx')
    open(path, 'wb').write(fix_zip(buf.getvalue()))
    soffice('doc', path, SRC)
    doc = os.path.join(SRC, '05.doc')
    outdir = os.path.join(SRC, 'html05')
    os.makedirs(outdir, exist_ok=True)
    soffice('html', doc, outdir)
    shutil.copyfile(os.path.join(outdir, '05.html'), os.path.join(ROOT, '05.html'))
    shutil.rmtree(outdir)


# =================================================================================
# gold
def page_lines(name):
    import validate
    enc, text = validate.decode(os.path.join(ROOT, name))
    return text, [ln.strip() for ln in text.split('\n') if ln.strip()]


def line_starting(lines, prefix):
    hits = [ln for ln in lines if ln.startswith(prefix)]
    assert len(set(hits)) == 1, (prefix, hits)
    return hits[0]


def gold01():
    text, lines = page_lines('01.html')
    noise = ['青岚县人民政府信息公开　·　领导讲话',
             line_starting(lines, '索引号：'),
             '公开方式：主动公开',
             '成文日期：2024-03-08',
             line_starting(lines, '青岚县人民政府办公室　')]
    write_gold('01.html', [SP.A], noise)


def gold02():
    text, lines = page_lines('02.txt')
    i = lines.index('全市城镇燃气安全专项整治重点任务分工表')
    table = [ln for ln in lines[i + 1:] if not ln.startswith('[^') and not set(ln) <= set('- ')]
    noise = ['title:',
             line_starting(lines, '![](media/image1.png)'),
             line_starting(lines, 'height='),
             '图1　和平街道老旧小区燃气管道更新改造现场（市住建局供图）',
             '全市城镇燃气安全专项整治重点任务分工表'] + table + [
             '[^%d]: %s' % (n, SP.B_FOOTNOTES[n]) for n in sorted(SP.B_FOOTNOTES)]
    write_gold('02.txt', [SP.B], noise)


def gold03():
    text, lines = page_lines('03.txt')
    # the page range stops inside the sixth run-in section of the third item
    k = [i for i, it in enumerate(SP.E['body']) if it[0] == 'r' and it[2].startswith('第六')][0]
    full = SP.E['body'][k][3]
    prefix = full[:full.index('个个会应急') + len('个个会应急')]
    assert '营造人人讲安全、个个会应急' in text and '的良好氛围' not in text
    noise = ['全市安全生产委员会全体会议材料汇编']
    noise += [line_starting(lines, t) for t in HB_TOC]
    for h in HB_HEADERS[:3]:
        noise += h.split('　')
    noise += ['第 %d 页 共 13 页' % n for n in range(2, HB_LAST + 1)]
    write_gold('03.txt', [SP.C, SP.D, SP.E], noise, cuts={2: (k, prefix)})


def gold04():
    text, lines = page_lines('04.txt')
    noise = ['恒泰化工报', '2024 年 10 月 15 日', '安全专刊',
             line_starting(lines, '编者按：'), line_starting(lines, '度安全工作，部署四季度'), '请各单位认真学习。',
             '会议要点', line_starting(lines, '■ 7 至 9 月'), '灾、零泄漏，轻伤 2 起',
             '■ 承包商管理列为四季度头号', '整治内容', '■ 国庆后一周内完成罐区等四', '个区域检修前排查',
             line_starting(lines, '■ 11 月中旬'),
             '（根据会议录音整理）',
             '责任编辑：韩雪', '校对：方舟', '新闻热线：0795-6231188',
             line_starting(lines, '8 月 16 日，'), '氨泄漏应急处置演练。', '记者 韩雪 摄']
    write_gold('04.txt', [SP.F], noise)


def gold05():
    noise = [JB_TOPLINE, JB_HEAD, JB_UNIT, JB_DATE, JB_HEADLINE, JB_LEAD] + JB_DIST + [JB_COPIES]
    write_gold('05.html', [SP.G, SP.H], noise)


def main():
    os.makedirs(SRC, exist_ok=True)
    which = sys.argv[1:] or ['01', '02', '03', '04', '05']
    for w in which:
        globals()['build' + w]()
        globals()['gold' + w]()


if __name__ == '__main__':
    main()
