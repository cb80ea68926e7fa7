#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerate pages 06-10 and their gold files for set 63, writer b.

Tool paths (each page is the untouched output of a real tool, except that zip member dates of .docx
files are rewritten to a fixed date, see fix_zip):
  06.docx  soffice --convert-to docx   from tools/06_source.fodt   (flat ODT written here)
  07.docx  pandoc  markdown -> docx    from tools/07_source.md with tools/07_reference.docx
  08.html  soffice --convert-to html   from tools/08_source.docx   (python-docx + injected XML parts)
  09.docx  soffice --convert-to docx   from tools/09_source.rtf    (RTF written here)
  10.html  pandoc  docx -> html5 -s    from tools/10_source.docx   (python-docx + injected footnotes)

Run with /usr/bin/python3 tools/gen.py from anywhere.
"""
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
sys.path.insert(0, TOOLS)
import speeches as S  # noqa: E402

FN_RE = re.compile(r'\{fn:(\w+)\}')
SOURCE_DATE_EPOCH = '1708938000'  # 2024-02-26T09:00:00Z, used by pandoc


def strip_fn(t):
    return FN_RE.sub('', t)


def split_fn(t):
    """'abc{fn:a}def' -> [('text','abc'), ('fn','a'), ('text','def')]"""
    out, pos = [], 0
    for m in FN_RE.finditer(t):
        if m.start() > pos:
            out.append(('text', t[pos:m.start()]))
        out.append(('fn', m.group(1)))
        pos = m.end()
    if pos < len(t):
        out.append(('text', t[pos:]))
    return out


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def fix_zip(path, date=(2024, 2, 26, 9, 0, 0)):
    """Rewrite a zip (docx) with fixed member dates and attributes; member order and data unchanged."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def zip_replace(path, changes, date=(2024, 2, 26, 9, 0, 0)):
    """changes: {member: bytes or callable(old_bytes)->bytes}; new members are appended."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    names = [n for n, _ in items]
    out = []
    for n, d in items:
        if n in changes:
            c = changes[n]
            d = c(d) if callable(c) else c
        out.append((n, d))
    for n, c in changes.items():
        if n not in names:
            out.append((n, c(b'') if callable(c) else c))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in out:
            zi = zipfile.ZipInfo(n, date_time=date)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, d)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def env():
    e = dict(os.environ)
    e['SOURCE_DATE_EPOCH'] = SOURCE_DATE_EPOCH
    e['TZ'] = 'UTC'
    e['LC_ALL'] = 'C.UTF-8'
    return e


def soffice(src, fmt, outname):
    """Convert with a throw-away LibreOffice profile; move result to ROOT/outname."""
    tmp = tempfile.mkdtemp(prefix='lo_', dir=TOOLS)
    try:
        prof = os.path.join(tmp, 'profile')
        outdir = os.path.join(tmp, 'out')
        os.makedirs(outdir)
        cmd = ['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore',
               '--convert-to', fmt, '--outdir', outdir, src]
        subprocess.run(cmd, check=True, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = sorted(os.listdir(outdir))
        base = os.path.splitext(os.path.basename(src))[0]
        main = [p for p in produced if os.path.splitext(p)[0] == base]
        if len(main) != 1 or len(produced) != 1:
            raise SystemExit('unexpected soffice output: %r' % produced)
        shutil.move(os.path.join(outdir, main[0]), os.path.join(ROOT, outname))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def pandoc(args):
    subprocess.run(['pandoc'] + args, check=True, env=env())


def gold_from(fname, speech_list, noise):
    titles, headings, paras = [], [], []
    for sp in speech_list:
        titles.append(sp['title'])
        for it in sp['body']:
            if it[0] == 'h':
                headings.append({'text': it[2] + it[3], 'level': it[1]})
            elif it[0] == 'p':
                paras.append({'text': strip_fn(it[2]), 'category': it[1], 'truncated': False})
            elif it[0] == 'r':
                assert it[2].endswith('。')
                headings.append({'text': it[2][:-1], 'level': it[1]})
                paras.append({'text': strip_fn(it[3]), 'category': it[4], 'truncated': False})
    g = {'file': fname, 'speeches': len(speech_list), 'titles': titles, 'headings': headings,
         'paragraphs': paras, 'noise': noise}
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(ROOT, 'gold', stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ---------------------------------------------------------------------------
# 06: 会议材料, flat ODT -> soffice -> DOCX
# ---------------------------------------------------------------------------
NS_ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

F06 = {
    'secret': '内部资料　会后收回',
    'number': '编号：0128',
    'cover1': '澄源县2024年安全生产工作会议',
    'cover2': '会　议　材　料',
    'cover3': '澄源县安全生产委员会办公室',
    'cover4': '二〇二四年二月',
    'toc_title': '目　录',
    'toc_pages': [1, 5],
    'header': '澄源县2024年安全生产工作会议材料',
}


def odf_list_levels():
    def lvl(n, fmt, prefix='', suffix=''):
        a = ' style:num-prefix="%s"' % prefix if prefix else ''
        return ('<text:outline-level-style text:level="%d" style:num-format="%s"%s style:num-suffix="%s">'
                '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                '<style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" '
                'fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>'
                % (n, fmt, a, suffix))
    return (lvl(1, '一, 二, 三, ...', '', '、') + lvl(2, '一, 二, 三, ...', '（', '）') + lvl(3, '1', '', '.'))


def build_06():
    f = F06
    P = []  # body xml pieces

    def para(style, text):
        P.append('<text:p text:style-name="%s">%s</text:p>' % (style, text))

    # cover page (page style "First Page": no header/footer)
    P.append('<text:p text:style-name="P_Secret">'
             '<draw:frame draw:style-name="fr1" draw:name="编号框" text:anchor-type="paragraph" '
             'svg:x="11.8cm" svg:y="0cm" svg:width="3.6cm" draw:z-index="0">'
             '<draw:text-box fo:min-height="0.9cm"><text:p text:style-name="P_Box">%s</text:p>'
             '</draw:text-box></draw:frame>%s</text:p>' % (escape(f['number']), escape(f['secret'])))
    for _ in range(3):
        para('P_Cover_Blank', '')
    para('P_Cover_Big', escape(f['cover1']))
    para('P_Cover_Blank', '')
    para('P_Cover_Huge', escape(f['cover2']))
    for _ in range(5):
        para('P_Cover_Blank', '')
    para('P_Cover_Org', escape(f['cover3']))
    para('P_Cover_Org', escape(f['cover4']))
    # 目录 on its own page, made by a TOC index over the 材料标题 style
    toc = ['<text:table-of-content text:style-name="Sect_TOC" text:protected="true" text:name="目录1">',
           '<text:table-of-content-source text:outline-level="10" text:use-outline-level="false" '
           'text:use-index-source-styles="true" text:use-index-marks="false">',
           '<text:index-title-template text:style-name="Contents_20_Heading">%s</text:index-title-template>'
           % f['toc_title'],
           '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1">'
           '<text:index-entry-link-start text:style-name="Index_20_Link"/><text:index-entry-text/>'
           '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
           '<text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>',
           '<text:index-source-styles text:outline-level="1">'
           '<text:index-source-style text:style-name="Material_20_Title"/></text:index-source-styles>',
           '</text:table-of-content-source><text:index-body>',
           '<text:index-title text:style-name="Sect_TOC" text:name="目录1_Head">'
           '<text:p text:style-name="P_TOC_Head">%s</text:p></text:index-title>' % f['toc_title']]
    for i, (sp, pg) in enumerate(zip([S.S06A, S.S06B], f['toc_pages'])):
        toc.append('<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" '
                   'xlink:href="#__RefHeading___Toc%d_1" text:style-name="Index_20_Link" '
                   'text:visited-style-name="Index_20_Link">%s<text:tab/>%d</text:a></text:p>'
                   % (1001 + i, escape(sp['title']), pg))
    toc.append('</text:index-body></text:table-of-content>')
    P.append(''.join(toc))

    notes = [0]

    def inline(t):
        out = []
        for kind, v in split_fn(t):
            if kind == 'text':
                out.append(escape(v))
            else:
                notes[0] += 1
                out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                           '</text:note-citation><text:note-body><text:p text:style-name="Footnote">%s</text:p>'
                           '</text:note-body></text:note>' % (notes[0], notes[0], escape(S.FOOTNOTES_06[v])))
        return ''.join(out)

    for i, sp in enumerate([S.S06A, S.S06B]):
        # first speech starts the new section (page style Standard, page numbers restart at 1)
        style = 'P_Title_NewSection' if i == 0 else 'P_Title_NewPage'
        P.append('<text:p text:style-name="%s"><text:bookmark-start text:name="__RefHeading___Toc%d_1"/>%s'
                 '<text:bookmark-end text:name="__RefHeading___Toc%d_1"/></text:p>'
                 % (style, 1001 + i, escape(sp['title']), 1001 + i))
        for line in sp['pre']:
            para('P_Speaker', escape(line))
        para('P_Salute', escape(sp['salute']))
        for it in sp['body']:
            if it[0] == 'h':
                P.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                         % (it[1], it[1], escape(it[3])))
            elif it[0] == 'p':
                para('Text_20_body', inline(it[2]))
            elif it[0] == 'r':
                para('Text_20_body', '<text:span text:style-name="T_Bold">%s</text:span>%s'
                     % (escape(it[2]), inline(it[3])))

    font = ('<style:text-properties style:font-name="仿宋" fo:font-size="16pt" '
            'style:font-name-asian="仿宋" style:font-size-asian="16pt"/>')
    fodt = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document %(ns)s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>县安委办　周静</meta:initial-creator><dc:creator>县安委办　周静</dc:creator><meta:creation-date>2024-02-22T15:10:00</meta:creation-date><dc:date>2024-02-25T18:42:00</dc:date><dc:title>2024年全县安全生产工作会议材料（印刷稿）</dc:title><meta:editing-cycles>7</meta:editing-cycles><meta:editing-duration>PT3H12M</meta:editing-duration><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator></office:meta>
<office:font-face-decls>
<style:font-face style:name="仿宋" svg:font-family="仿宋" style:font-family-generic="modern"/>
<style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss"/>
<style:font-face style:name="楷体" svg:font-family="楷体" style:font-family-generic="modern"/>
<style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="150%%"/>%(font)s</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text">%(font)s</style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-indent="1.13cm" fo:text-align="justify"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-indent="1.13cm"/><style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-indent="1.13cm"/><style:text-properties style:font-name="楷体" style:font-name-asian="楷体"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:text-indent="1.13cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Material_20_Title" style:display-name="材料标题" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties style:font-name="方正小标宋简体" fo:font-size="22pt" style:font-name-asian="方正小标宋简体" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="15.9cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:line-height="100%%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:line-height="100%%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:line-height="100%%"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>
<text:outline-style style:name="Outline">%(levels)s</text:outline-style>
<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:border="0.5pt solid #000000" fo:padding="0.1cm" draw:fill="none" fo:background-color="transparent" style:background-transparent="true"/></style:style>
<style:style style:name="P_Secret" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="First_20_Page"><style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/></style:style>
<style:style style:name="P_Box" style:family="paragraph" style:parent-style-name="Frame_20_contents"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="黑体" style:font-name-asian="黑体"/></style:style>
<style:style style:name="P_Cover_Blank" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="P_Cover_Big" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="方正小标宋简体" fo:font-size="26pt" style:font-name-asian="方正小标宋简体" style:font-size-asian="26pt"/></style:style>
<style:style style:name="P_Cover_Huge" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="黑体" fo:font-size="36pt" style:font-name-asian="黑体" style:font-size-asian="36pt"/></style:style>
<style:style style:name="P_Cover_Org" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="楷体" style:font-name-asian="楷体"/></style:style>
<style:style style:name="P_TOC_Head" style:family="paragraph" style:parent-style-name="Contents_20_Heading"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Sect_TOC" style:family="section"><style:section-properties style:editable="false"/></style:style>
<style:style style:name="P_Title_NewSection" style:family="paragraph" style:parent-style-name="Material_20_Title" style:master-page-name="Standard"><style:paragraph-properties style:page-number="1"/></style:style>
<style:style style:name="P_Title_NewPage" style:family="paragraph" style:parent-style-name="Material_20_Title"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="P_Speaker" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="楷体" style:font-name-asian="楷体"/></style:style>
<style:style style:name="P_Salute" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="T_Bold" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #000000"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header><text:p text:style-name="Header">%(header)s</text:p></style:header><style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer></style:master-page>
<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="pm2" style:next-style-name="First_20_Page"/>
</office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % {'ns': NS_ODF, 'font': font, 'levels': odf_list_levels(), 'header': escape(f['header']),
       'body': '\n'.join(P)}
    src = os.path.join(TOOLS, '06_source.fodt')
    with open(src, 'w', encoding='utf-8') as fh:
        fh.write(fodt)
    soffice(src, 'docx', '06.docx')
    fix_zip(os.path.join(ROOT, '06.docx'))

    toc_lines = ['%s\t%d' % (sp['title'], pg) for sp, pg in zip([S.S06A, S.S06B], f['toc_pages'])]
    noise = [f['secret'], f['number'], f['cover1'], f['cover2'], f['cover3'], f['cover4']] + toc_lines + \
            [f['header'], S.FOOTNOTES_06['a']]
    gold_from('06.docx', [S.S06A, S.S06B], noise)


# ---------------------------------------------------------------------------
# 07: 讲话 with footnotes and 分工表, Markdown -> pandoc -> DOCX
# ---------------------------------------------------------------------------
F07 = {
    'header': '岚川市城镇燃气安全专项整治工作部署会议材料',
}

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def build_07_reference():
    """pandoc's own reference.docx plus a header (meeting name) and a footer with a PAGE field."""
    ref = os.path.join(TOOLS, '07_reference.docx')
    data = subprocess.run(['pandoc', '--print-default-data-file', 'reference.docx'], check=True,
                          stdout=subprocess.PIPE, env=env()).stdout
    with open(ref, 'wb') as fh:
        fh.write(data)
    hdr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/>'
           '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:jc w:val="center"/>'
           '</w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:hdr>'
           % (W_NS, escape(F07['header'])))
    ftr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/>'
           '<w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/>'
           '</w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
           '</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> 页</w:t>'
           '</w:r></w:p></w:ftr>' % W_NS)

    def doc(d):
        s = d.decode('utf-8')
        assert '<w:sectPr />' in s
        s = s.replace('<w:sectPr />', '<w:sectPr><w:headerReference w:type="default" r:id="rId40"/>'
                      '<w:footerReference w:type="default" r:id="rId41"/><w:pgSz w:w="11906" w:h="16838"/>'
                      '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" '
                      'w:footer="992" w:gutter="0"/></w:sectPr>')
        return s.encode('utf-8')

    def rels(d):
        s = d.decode('utf-8')
        s = s.replace('</Relationships>',
                      '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" '
                      'Id="rId40" Target="header1.xml" /><Relationship Type="http://schemas.openxmlformats.org/'
                      'officeDocument/2006/relationships/footer" Id="rId41" Target="footer1.xml" /></Relationships>')
        return s.encode('utf-8')

    def ct(d):
        s = d.decode('utf-8')
        s = s.replace('</Types>', '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-'
                      'officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" '
                      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>')
        return s.encode('utf-8')

    zip_replace(ref, {'word/document.xml': doc, 'word/_rels/document.xml.rels': rels, '[Content_Types].xml': ct,
                      'word/header1.xml': hdr.encode('utf-8'), 'word/footer1.xml': ftr.encode('utf-8')})
    return ref


def build_07():
    sp = S.S07
    ref = build_07_reference()
    L = ['---', 'title: ' + sp['title'], 'author: ' + sp['pre'][0], 'date: ' + sp['pre'][1], 'lang: zh-CN', '---', '']
    L += [sp['salute'], '']
    used = []

    def inline(t):
        out = []
        for kind, v in split_fn(t):
            if kind == 'text':
                out.append(v)
            else:
                used.append(v)
                out.append('[^%s]' % v)
        return ''.join(out)

    for it in sp['body']:
        if it[0] == 'h':
            L += ['# ' + it[2] + it[3], '']
        elif it[0] == 'p':
            L += [inline(it[2]), '']
        elif it[0] == 'r':
            L += ['**%s**%s' % (it[2], inline(it[3])), '']
    t = S.TABLE_07
    L += ['Table: ' + t['caption'], '']
    L.append('| ' + ' | '.join(t['header']) + ' |')
    L.append('|' + '|'.join([':-:', '---', '---', '---', '---']) + '|')
    for row in t['rows']:
        L.append('| ' + ' | '.join(row) + ' |')
    L.append('')
    for k in used:
        L += ['[^%s]: %s' % (k, S.FOOTNOTES_07[k]), '']
    md = os.path.join(TOOLS, '07_source.md')
    with open(md, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))
    out = os.path.join(ROOT, '07.docx')
    pandoc(['-f', 'markdown', '-t', 'docx', '--reference-doc', ref, '-o', out, md])
    fix_zip(out)
    noise = [F07['header'], t['caption']]
    for cell in t['header'] + [c for row in t['rows'] for c in row]:
        if len(cell) >= 4 and cell not in noise:
            noise.append(cell)
    noise += [S.FOOTNOTES_07[k] for k in used]
    gold_from('07.docx', [sp], noise)


# ---------------------------------------------------------------------------
# python-docx helpers (08, 10)
# ---------------------------------------------------------------------------
CT_FOOTNOTES = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'
CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'
RT_FOOTNOTES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes'
RT_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'


def footnotes_xml(notes):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>' % W_NS,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, text in notes:
        parts.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
                     '<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r>'
                     '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, escape(text)))
    parts.append('</w:footnotes>')
    return ''.join(parts).encode('utf-8')


def add_parts_to_docx(path, footnotes=None, comments_xml=None):
    changes = {}
    rel_add, ct_add = '', ''
    if footnotes:
        changes['word/footnotes.xml'] = footnotes_xml(footnotes)
        rel_add += '<Relationship Id="rIdFn1" Type="%s" Target="footnotes.xml"/>' % RT_FOOTNOTES
        ct_add += '<Override PartName="/word/footnotes.xml" ContentType="%s"/>' % CT_FOOTNOTES
    if comments_xml:
        changes['word/comments.xml'] = comments_xml.encode('utf-8')
        rel_add += '<Relationship Id="rIdCm1" Type="%s" Target="comments.xml"/>' % RT_COMMENTS
        ct_add += '<Override PartName="/word/comments.xml" ContentType="%s"/>' % CT_COMMENTS
    changes['word/_rels/document.xml.rels'] = \
        lambda d: d.decode('utf-8').replace('</Relationships>', rel_add + '</Relationships>').encode('utf-8')
    changes['[Content_Types].xml'] = \
        lambda d: d.decode('utf-8').replace('</Types>', ct_add + '</Types>').encode('utf-8')
    zip_replace(path, changes)


def docx_common_setup(doc, title, author, created, modified):
    import datetime
    from docx.shared import Pt
    from docx.oxml.ns import qn
    st = doc.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(*created)
    cp.modified = datetime.datetime(*modified)
    cp.revision = 3
    cp.comments = ''
    cp.subject = ''
    cp.keywords = ''


def add_run_xml(p, xml):
    from docx.oxml import parse_xml
    p._p.append(parse_xml(xml))


def add_text_with_notes(p, text, notes, note_texts, bold_head=None):
    """Add runs for text containing {fn:x} anchors; footnote references get real w:footnoteReference runs."""
    from docx.shared import Pt  # noqa: F401
    if bold_head:
        r = p.add_run(bold_head)
        r.bold = True
    for kind, v in split_fn(text):
        if kind == 'text':
            p.add_run(v)
        else:
            nid = len(notes) + 1
            notes.append((nid, note_texts[v]))
            add_run_xml(p, '<w:r %s><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
                           '</w:rPr><w:footnoteReference w:id="%d"/></w:r>' % (W_NS, nid))


def page_field_runs(p, before, after):
    p.add_run(before)
    add_run_xml(p, '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % W_NS)
    add_run_xml(p, '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % W_NS)
    add_run_xml(p, '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % W_NS)
    add_run_xml(p, '<w:r %s><w:t>1</w:t></w:r>' % W_NS)
    add_run_xml(p, '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W_NS)
    p.add_run(after)


# ---------------------------------------------------------------------------
# 08: enterprise speech, python-docx -> soffice -> HTML ("save as web page")
# ---------------------------------------------------------------------------
F08 = {
    'doc_title': '二季度安全例会讲话稿（修改稿）',
    'header': '泓川化工有限责任公司　内部资料',
}


def build_08():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    sp = S.S08
    doc = docx.Document()
    docx_common_setup(doc, F08['doc_title'], '安环部　刘建民', (2024, 4, 3, 10, 5, 0), (2024, 4, 7, 17, 48, 0))
    for name, size in (('Heading 1', 16), ('Heading 2', 16)):
        hs = doc.styles[name]
        hs.font.size = Pt(size)
        hs.font.color.rgb = None
        hs.element.rPr.rFonts.set(qn('w:eastAsia'), '黑体' if name == 'Heading 1' else '楷体_GB2312')
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    hp = sec.header.paragraphs[0]
    hp.text = F08['header']
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field_runs(fp, '第 ', ' 页')

    tp = doc.add_paragraph()
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = tp.add_run(sp['title'])
    r.bold = True
    r.font.size = Pt(22)
    r.font.name = '方正小标宋简体'
    r._element.rPr.rFonts.set(qn('w:eastAsia'), '方正小标宋简体')
    for line in sp['pre']:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(sp['salute'])
    notes = []
    comment_done = False
    for it in sp['body']:
        if it[0] == 'h':
            doc.add_paragraph(it[2] + it[3], style='Heading %d' % it[1])
        elif it[0] == 'p':
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            if it[2].startswith('但是问题也不少') and not comment_done:
                # reviewer's comment (批注) on this paragraph
                add_run_xml(p, '<w:commentRangeStart %s w:id="0"/>' % W_NS)
                add_text_with_notes(p, it[2], notes, S.FOOTNOTES_08)
                add_run_xml(p, '<w:commentRangeEnd %s w:id="0"/>' % W_NS)
                add_run_xml(p, '<w:r %s><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                               '<w:commentReference w:id="0"/></w:r>' % W_NS)
                comment_done = True
            else:
                add_text_with_notes(p, it[2], notes, S.FOOTNOTES_08)
        else:
            raise ValueError(it)
    assert comment_done
    src = os.path.join(TOOLS, '08_source.docx')
    doc.save(src)
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s><w:comment w:id="0" '
                'w:author="%s" w:date="2024-04-07T16:20:00Z" w:initials="刘"><w:p><w:pPr><w:pStyle w:val="CommentText"/>'
                '</w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>%s'
                '</w:t></w:r></w:p></w:comment></w:comments>' % (W_NS, S.COMMENT_08[0], escape(S.COMMENT_08[1])))
    add_parts_to_docx(src, footnotes=notes, comments_xml=comments)
    soffice(src, 'html', '08.html')
    noise = [F08['doc_title'], F08['header']] + [t for _, t in notes]
    gold_from('08.html', [sp], noise)


# ---------------------------------------------------------------------------
# 09: 通知 with the speech as 附件, RTF -> soffice -> DOCX
# ---------------------------------------------------------------------------
F09 = {
    'redhead': '中共柘坪镇委员会办公室文件',
    'docno': '柘委办〔2024〕11号',
    'ntitle': '关于印发《钟宏远同志在全镇防汛暨安全生产工作会议上的讲话》的通知',
    'to': '各村（社区）党组织，镇直各单位：',
    'body': '现将《钟宏远同志在全镇防汛暨安全生产工作会议上的讲话》和《柘坪镇2024年汛期防汛责任人名单》印发给你们，'
            '请结合实际，认真抓好贯彻落实。',
    'att1': '附件：1.钟宏远同志在全镇防汛暨安全生产工作会议上的讲话',
    'att2': '2.柘坪镇2024年汛期防汛责任人名单',
    'sign': '中共柘坪镇委员会办公室',
    'date': '2024年5月20日',
    'scope': '（此件发至村级）',
    'att_label1': '附件1',
    'att_label2': '附件2',
    'list_title': '柘坪镇2024年汛期防汛责任人名单',
    'cc': '抄送：县委办公室，县应急管理局，县水利局。',
    'printed': '中共柘坪镇委员会办公室　　　　　　2024年5月20日印发',
}


def rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append('\\u%d?' % o)
    return ''.join(out)


def build_09():
    f = F09
    sp = S.S09
    R = []
    R.append(r'{\rtf1\ansi\ansicpg936\deff0\deflang1033\deflangfe2052\uc1')
    R.append(r'{\fonttbl{\f0\fnil\fcharset134 ' + rtf_text('仿宋_GB2312') + r';}{\f1\fnil\fcharset134 '
             + rtf_text('方正小标宋简体') + r';}{\f2\fnil\fcharset134 ' + rtf_text('黑体') + r';}{\f3\fnil\fcharset134 '
             + rtf_text('楷体_GB2312') + r';}{\f4\froman\fcharset0 Times New Roman;}}')
    R.append(r'{\colortbl;\red255\green0\blue0;\red0\green0\blue0;}')
    R.append(r'{\info{\title ' + rtf_text('柘委办〔2024〕11号') + r'}{\author ' + rtf_text('镇党政办') + r'}'
             r'{\creatim\yr2024\mo5\dy20\hr9\min12}{\revtim\yr2024\mo5\dy20\hr10\min3}}')
    R.append(r'\paperw11906\paperh16838\margl1588\margr1474\margt2098\margb1984\deftab640')
    footer = (r'{\footer\pard\plain\qc\f4\fs28 ' + rtf_text('— ') + r'{\field{\*\fldinst { PAGE }}{\fldrslt {1}}}'
              + rtf_text(' —') + r'\par}')

    def par(text, fmt=r'\qj\fi640', font=r'\f0\fs32'):
        R.append(r'\pard\plain' + fmt + r'\sl560\slmult0' + font + ' ' + rtf_text(text) + r'\par')

    # section 1: the notice
    R.append(r'\sectd\sbkpage\pgwsxn11906\pghsxn16838' + footer)
    R.append(r'\pard\plain\qc\sb600\sl560\slmult0\f1\fs60\cf1 ' + rtf_text(f['redhead']) + r'\par')
    par('', r'\qc')
    par(f['docno'], r'\qc')
    R.append(r'\pard\plain\qc\brdrb\brdrs\brdrw30\brdrcf1\brsp20\sl240\slmult0\f0\fs16 \par')
    par('', r'\qc')
    par(f['ntitle'], r'\qc', r'\f1\fs44')
    par('', r'\qc')
    par(f['to'], r'\ql')
    par(f['body'])
    par('', r'\ql')
    par(f['att1'], r'\ql\li640')
    par(f['att2'], r'\ql\li1600')
    par('', r'\ql')
    par(f['sign'], r'\qr\ri640')
    par(f['date'], r'\qr\ri960')
    par(f['scope'], r'\ql\fi640')
    # section 2: 附件1, the speech (new page)
    R.append(r'\sect\sectd\sbkpage' + footer)
    par(f['att_label1'], r'\ql', r'\f2\fs32')
    par(sp['title'], r'\qc\sb240\sa240', r'\f1\fs44')
    for line in sp['pre']:
        par(line, r'\qc', r'\f3\fs32')
    par(sp['salute'], r'\ql')
    for it in sp['body']:
        if it[0] == 'p':
            par(strip_fn(it[2]))
        elif it[0] == 'r':
            R.append(r'\pard\plain\qj\fi640\sl560\slmult0\f0\fs32 {\b ' + rtf_text(it[2]) + '}'
                     + rtf_text(strip_fn(it[3])) + r'\par')
        else:
            raise ValueError(it)
    # section 3: 附件2 title (new page), section 4: the list in two columns (continuous)
    R.append(r'\sect\sectd\sbkpage' + footer)
    par(f['att_label2'], r'\ql', r'\f2\fs32')
    par(f['list_title'], r'\qc\sb240\sa240', r'\f1\fs36')
    R.append(r'\sect\sectd\sbknone\cols2\colsx420' + footer)
    for vil, name, tel in S.LIST_09:
        par('%s　%s　%s' % (vil, name, tel), r'\ql', r'\f0\fs24')
    # section 5: 版记 (continuous, one column)
    R.append(r'\sect\sectd\sbknone\cols1' + footer)
    par('', r'\ql')
    R.append(r'\pard\plain\ql\li320\ri320\brdrt\brdrs\brdrw15\brsp20\brdrb\brdrs\brdrw8\brsp20\sl480\slmult0\f0\fs28 '
             + rtf_text(f['cc']) + r'\par')
    R.append(r'\pard\plain\ql\li320\ri320\brdrb\brdrs\brdrw15\brsp20\sl480\slmult0\f0\fs28 '
             + rtf_text(f['printed']) + r'\par')
    R.append('}')
    src = os.path.join(TOOLS, '09_source.rtf')
    with open(src, 'w', encoding='ascii', newline='\r\n') as fh:
        fh.write('\n'.join(R) + '\n')
    soffice(src, 'docx', '09.docx')
    fix_zip(os.path.join(ROOT, '09.docx'))
    noise = [f['redhead'], f['docno'], f['ntitle'], f['to'], f['body'], f['att1'], f['att2'], f['sign'], f['date'],
             f['scope'], f['list_title']]
    noise += ['%s　%s　%s' % row for row in S.LIST_09]
    noise += [f['cc'], f['printed']]
    gold_from('09.docx', [sp], noise)


# ---------------------------------------------------------------------------
# 10: 表态发言材料, python-docx -> pandoc -> HTML
# ---------------------------------------------------------------------------
F10 = {
    'cover_title': '全区安全生产工作大会表态发言材料',
    'subtitle': '（按发言顺序排列）',
    'author': '汀北区安全生产委员会办公室',
    'date': '2024年3月8日',
    'header': '汀北区安全生产工作大会',
}


def build_10():
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = docx.Document()
    docx_common_setup(doc, '表态发言（汇总）', '区安委办　覃丽', (2024, 3, 5, 8, 40, 0), (2024, 3, 7, 21, 15, 0))
    for name in ('Author', 'Date'):
        s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = doc.styles['Normal']
        s.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = F10['header']
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field_runs(fp, '— ', ' —')
    doc.add_paragraph(F10['cover_title'], style='Title')
    doc.add_paragraph(F10['subtitle'], style='Subtitle')
    doc.add_paragraph(F10['author'], style='Author')
    doc.add_paragraph(F10['date'], style='Date')
    notes = []
    for sp in (S.S10A, S.S10B):
        doc.add_page_break()
        h = doc.add_paragraph(sp['title'], style='Heading 1')
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for line in sp['pre']:
            p = doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        doc.add_paragraph(sp['salute'])
        for it in sp['body']:
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(32)
            if it[0] == 'p':
                add_text_with_notes(p, it[2], notes, S.FOOTNOTES_10)
            elif it[0] == 'r':
                add_text_with_notes(p, it[3], notes, S.FOOTNOTES_10, bold_head=it[2])
            else:
                raise ValueError(it)
    src = os.path.join(TOOLS, '10_source.docx')
    doc.save(src)
    add_parts_to_docx(src, footnotes=notes)
    pandoc(['-f', 'docx', '-t', 'html5', '-s', '-o', os.path.join(ROOT, '10.html'), src])
    noise = [F10['cover_title'], F10['subtitle'], F10['author'], F10['date']] + [t for _, t in notes]
    gold_from('10.html', [S.S10A, S.S10B], noise)


def main():
    build_06()
    build_07()
    build_08()
    build_09()
    build_10()
    print('ok')


if __name__ == '__main__':
    main()
