#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerate pages 01-05 and gold/01-05.json for set 63, writer a.

Pipeline per page (intermediates kept in tools/build/):
  01  FODT red-header notice          -> soffice pdf -> pdftotext (default)        -> GB18030
  02  FODT meeting booklet (16K)      -> soffice pdf -> pdftotext -layout          -> UTF-8
  03  FODT two-column briefing        -> soffice pdf -> pdftotext -raw             -> UTF-16LE with BOM
  04  python-docx Word draft (auto numbering, footnotes, table) -> soffice txt:Text (encoded):GBK  (tool's own bytes)
  05  FODT -> soffice docx (header, footnote, table, text box)  -> pandoc -t plain -> UTF-8 (pandoc's own bytes)
"""
import os, re, sys, json, subprocess, unicodedata, copy
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BUILD = os.path.join(HERE, 'build')
sys.path.insert(0, HERE)
import speeches as SP
from common import esc, fodt, pstyle, tstyle, P, run_soffice, fix_pdf, fix_zip

os.makedirs(BUILD, exist_ok=True)
os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)

# ------------------------------------------------------------------ gold helpers

def strip_fn(t):
    return re.sub(r'\{FN\d?\}', '', t)


def speech_parts(blocks):
    """-> titles, headings, paragraphs, unlabelled strings, printed stream (for noise derivation)."""
    titles, heads, paras, unl, stream = [], [], [], [], []
    for b in blocks:
        k = b[0]
        if k == 'title':
            titles.append(b[1]); stream.append(b[1])
        elif k in ('meta', 'salute'):
            unl.append(b[1]); stream.append(b[1])
        elif k == 'h':
            heads.append({'text': b[2], 'level': b[1]}); stream.append(b[2])
        elif k == 'run':
            heads.append({'text': b[2], 'level': b[1]})
            paras.append({'text': strip_fn(b[4]), 'category': b[3], 'truncated': False})
            stream.append(b[2] + '。' + strip_fn(b[4]))
        elif k == 'p':
            paras.append({'text': strip_fn(b[2]), 'category': b[1], 'truncated': False})
            stream.append(strip_fn(b[2]))
    return titles, heads, paras, unl, stream


def wsless(s):
    return ''.join(ch for ch in s if not ch.isspace())


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(ch for ch in s if not (ch.isspace() or unicodedata.category(ch)[0] in 'PZC'))


def derive_noise(text, stream, marks=(), extra_speech=()):
    """Every trimmed line of the decoded page that is not part of the speech and keeps >= 4 chars after
    normalisation.  A line is 'speech' when (after removing the page's known short marks) it occurs inside the
    printed speech stream.  Result is reviewed by hand (see README) and checked by validate.py."""
    big = norm(''.join(stream))
    out = []
    for a, b in marks:
        text = text.replace(a, b)
    for line in text.split('\n'):
        t = line.strip()
        if len(norm(t)) < 4:
            continue
        k = norm(t)
        if k in big or any(k in norm(e) for e in extra_speech):
            continue
        if t not in out:
            out.append(t)
    return out


def write_gold(num, ext, speeches_blocks, text, marks=(), noise_add=(), noise_drop=()):
    titles, heads, paras = [], [], []
    stream = []
    for blocks in speeches_blocks:
        t, h, p, u, s = speech_parts(blocks)
        titles += t; heads += h; paras += p; stream += s
    noise = derive_noise(text, stream, marks)
    noise = [n for n in noise if n not in noise_drop] + [n for n in noise_add if n not in noise]
    gold = {'file': '%s.%s' % (num, ext), 'speeches': len(speeches_blocks), 'titles': titles,
            'headings': heads, 'paragraphs': paras, 'noise': noise}
    with open(os.path.join(ROOT, 'gold', num + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return gold


def run(cmd, cwd=BUILD):
    r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise RuntimeError('%r failed: %s' % (cmd, r.stderr.decode('utf-8', 'replace')))
    return r.stdout


def fodt_to_pdf(name):
    out = os.path.join(BUILD, name + '.pdf')
    if os.path.exists(out):
        os.remove(out)
    run_soffice(['--convert-to', 'pdf', '--outdir', BUILD, name + '.fodt'], BUILD)
    if not os.path.exists(out):
        raise RuntimeError('soffice produced no PDF for %s (bad FODT?)' % name)
    fix_pdf(os.path.join(BUILD, name + '.pdf'))


# ================================================================== 01: red-header notice, pdftotext default
def build01():
    name = '01_hongtou_notice'
    LH = '28.95pt'
    styles = (
        pstyle('Standard', lh=LH) +
        pstyle('Footnote', size='12pt', lh='18pt', indent='-12pt', ml='12pt') +
        pstyle('Footer', font='宋体', size='14pt', align='end', mr='14pt') +
        pstyle('FooterLeft', font='宋体', size='14pt', align='start', ml='14pt')
    )
    auto = (
        pstyle('Body', parent='Standard', indent='32pt', lh=LH) +
        pstyle('NoInd', parent='Standard', lh=LH) +
        pstyle('H1', parent='Standard', font='黑体', indent='32pt', lh=LH,
               extra_p='fo:keep-with-next="always"') +
        pstyle('H2', parent='Standard', font='楷体_GB2312', indent='32pt', lh=LH,
               extra_p='fo:keep-with-next="always"') +
        pstyle('RedHead', parent='Standard', font='方正小标宋简体', size='34pt', align='center', lh='50pt',
               color='#e60012', mt='70pt', extra_t='fo:letter-spacing="-1pt"') +
        pstyle('DocNo', parent='Standard', align='center', lh=LH, mt='40pt') +
        pstyle('RedRule', parent='Standard', size='6pt', lh='6pt', mt='4pt', mb='30pt',
               extra_p='fo:border-bottom="1.5pt solid #e60012" fo:padding="0cm"') +
        pstyle('DocTitle', parent='Standard', font='方正小标宋简体', size='22pt', align='center', lh='36pt', mb='20pt') +
        pstyle('Sign', parent='Standard', align='end', mr='64pt', lh=LH) +
        pstyle('SignFirst', parent='Standard', align='end', mr='48pt', lh=LH, mt='58pt') +
        pstyle('FjLabel', parent='Standard', font='黑体', lh=LH,
               extra_p='fo:break-before="page"') +
        pstyle('FjTitle', parent='Standard', font='方正小标宋简体', size='22pt', align='center', lh='36pt', mt='20pt', mb='14pt') +
        pstyle('Meta', parent='Standard', font='楷体_GB2312', align='center', lh=LH) +
        pstyle('BanjiTop', parent='Standard', size='14pt', lh='24pt', mt='120pt', ml='14pt', mr='14pt', indent='0pt',
               extra_p='fo:border-top="1pt solid #000000" fo:border-bottom="0.5pt solid #000000" fo:padding-top="4pt" fo:padding-bottom="4pt"') +
        pstyle('BanjiBot', parent='Standard', size='14pt', lh='24pt', ml='14pt', mr='14pt',
               extra_p='fo:border-bottom="1pt solid #000000" fo:padding-bottom="4pt"') +
        tstyle('T1', '仿宋_GB2312') +
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="3.7cm" fo:margin-bottom="2.0cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm">'
        '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" '
        'style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/>'
        '</style:page-layout-properties>'
        '<style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.8cm"/></style:footer-style>'
        '</style:page-layout>'
    )
    pn = '— <text:page-number text:select-page="current">1</text:page-number> —'
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1">'
              '<style:footer>%s</style:footer><style:footer-left>%s</style:footer-left></style:master-page>'
              % (P('Footer', pn), P('FooterLeft', pn)))
    body = []
    body.append(P('RedHead', '云岫县人民政府办公室文件'))
    body.append(P('DocNo', '云政办发〔2025〕9号'))
    body.append(P('RedRule', ''))
    body.append(P('DocTitle', '云岫县人民政府办公室关于印发程立新同志<text:line-break/>在全县安全生产工作会议上的讲话的通知'))
    body.append(P('NoInd', '各乡镇人民政府，县政府各部门，各有关单位：'))
    body.append(P('Body', '现将县长程立新同志在2025年全县安全生产工作会议上的讲话印发给你们，请结合实际认真学习，抓好贯彻落实。'))
    body.append(P('Body', ''))
    body.append(P('Body', '附件：程立新同志在全县安全生产工作会议上的讲话'))
    body.append(P('SignFirst', '云岫县人民政府办公室'))
    body.append(P('Sign', '2025年2月26日'))
    body.append(P('Body', '（此件公开发布）'))
    body.append(P('FjLabel', '附件'))
    fn = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
          '<text:note-body>%s</text:note-body></text:note>' % P('Footnote', esc(SP.FN01)))
    for b in SP.S01:
        k = b[0]
        if k == 'title':
            body.append(P('FjTitle', esc(b[1])))
        elif k == 'meta':
            body.append(P('Meta', esc(b[1])))
        elif k == 'salute':
            body.append(P('NoInd', esc(b[1])))
        elif k == 'h':
            body.append(P('H1' if b[1] == 1 else 'H2', esc(b[2])))
        elif k == 'p':
            body.append(P('Body', esc(b[2]).replace('{FN}', fn)))
    body.append(P('BanjiTop', '抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委，县人民法院，县人民检察院。'))
    body.append(P('BanjiBot', '云岫县人民政府办公室<text:s text:c="12"/>2025年2月26日印发'))
    with open(os.path.join(BUILD, name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt('云政办发〔2025〕9号', styles, auto, master, '\n'.join(body), date='2025-02-26T09:00:00'))
    fodt_to_pdf(name)
    out = run(['pdftotext', name + '.pdf', '-'])          # default mode, UTF-8
    text = out.decode('utf-8')
    with open(os.path.join(ROOT, '01.txt'), 'wb') as f:
        f.write(text.encode('gb18030'))
    return text


# ================================================================== 02: meeting booklet, pdftotext -layout
RUNHEAD02 = '2025年全市安委会全体（扩大）会议材料'


def build02():
    name = '02_huiyi_cailiao'
    LH = '25pt'
    styles = (
        pstyle('Standard', size='14pt', lh=LH) +
        pstyle('Footnote', size='10.5pt', lh='15pt', indent='-10.5pt', ml='10.5pt') +
        pstyle('Header', font='宋体', size='10.5pt', align='center',
               extra_p='fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="2pt"') +
        pstyle('Footer', font='宋体', size='10.5pt', align='center')
    )
    pagelayout = ('<style:page-layout style:name="%s"><style:page-layout-properties fo:page-width="18.4cm" fo:page-height="26cm" '
                  'style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm">'
                  '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" '
                  'style:line-style="solid" style:adjustment="left" style:rel-width="25%%" style:color="#000000"/>'
                  '</style:page-layout-properties>%s</style:page-layout>')
    hf = ('<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>'
          '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>')
    auto = (
        pstyle('Body', parent='Standard', size='14pt', indent='28pt', lh=LH) +
        pstyle('NoInd', parent='Standard', size='14pt', lh=LH) +
        pstyle('H1', parent='Standard', font='黑体', size='14pt', indent='28pt', lh=LH, extra_p='fo:keep-with-next="always"') +
        pstyle('H2', parent='Standard', font='楷体_GB2312', size='14pt', indent='28pt', lh=LH, extra_p='fo:keep-with-next="always"') +
        pstyle('Title', parent='Standard', font='方正小标宋简体', size='20pt', align='center', lh='32pt', mt='6pt', mb='10pt') +
        pstyle('TitleBrk', parent='Standard', font='方正小标宋简体', size='20pt', align='center', lh='32pt', mt='6pt', mb='10pt',
               extra_p='fo:break-before="page"') +
        pstyle('TitleFirst', parent='Standard', font='方正小标宋简体', size='20pt', align='center', lh='32pt', mt='6pt', mb='10pt') +
        pstyle('Meta', parent='Standard', font='楷体_GB2312', size='14pt', align='center', lh=LH) +
        pstyle('CoverSecret', parent='Standard', font='黑体', size='12pt', align='end', lh='20pt') +
        pstyle('Cover1', parent='Standard', font='方正小标宋简体', size='26pt', align='center', lh='40pt', mt='120pt') +
        pstyle('Cover2', parent='Standard', font='方正小标宋简体', size='26pt', align='center', lh='40pt') +
        pstyle('Cover3', parent='Standard', font='黑体', size='30pt', align='center', lh='44pt', mt='70pt') +
        pstyle('Cover4', parent='Standard', font='楷体_GB2312', size='16pt', align='center', lh='28pt', mt='170pt') +
        pstyle('Cover5', parent='Standard', font='楷体_GB2312', size='16pt', align='center', lh='28pt') +
        pstyle('TocHead', parent='Standard', font='黑体', size='20pt', align='center', lh='36pt', mt='20pt', mb='24pt',
               extra_p='fo:break-before="page"') +
        pstyle('TocEntry', parent='Standard', size='14pt', lh='34pt',
               extra_p='><style:tab-stops><style:tab-stop style:position="14cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:paragraph-properties') +
        pstyle('AgHead', parent='Standard', font='方正小标宋简体', size='20pt', align='center', lh='36pt', mt='10pt', mb='18pt') +
        pstyle('AgLine', parent='Standard', size='14pt', lh='30pt', indent='28pt') +
        tstyle('RunH3', '楷体_GB2312', bold=True) +
        tstyle('RunH1', '黑体') +
        pagelayout % ('pmCover', '') + pagelayout % ('pmBody', hf) +
        '<style:style style:name="PBodyStart" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Body">'
        '<style:paragraph-properties style:page-number="1" fo:text-align="center" fo:margin-top="10pt" fo:margin-bottom="18pt" fo:line-height="36pt"/>'
        '<style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="20pt" style:font-size-asian="20pt"/></style:style>'
    )
    pn = '- <text:page-number text:select-page="current">1</text:page-number> -'
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pmCover"/>'
              '<style:master-page style:name="Body" style:page-layout-name="pmBody">'
              '<style:header>%s</style:header><style:footer>%s</style:footer></style:master-page>'
              % (P('Header', esc(RUNHEAD02)), P('Footer', pn)))
    body = []
    body.append(P('CoverSecret', '内部资料　注意保存'))
    body.append(P('Cover1', '岚江市安全生产委员会'))
    body.append(P('Cover2', '2025年全体（扩大）会议'))
    body.append(P('Cover3', '会　议　材　料'))
    body.append(P('Cover4', '岚江市安全生产委员会办公室'))
    body.append(P('Cover5', '二〇二五年四月'))
    body.append(P('TocHead', '目　　录'))
    body.append(P('TocEntry', '会议议程<text:tab/>1'))
    body.append(P('TocEntry', '邵明远副市长在全市安委会全体（扩大）会议上的讲话<text:tab/>2'))
    body.append(P('TocEntry', '东溪县人民政府县长韦晓岚表态发言<text:tab/>5'))
    body.append(P('PBodyStart', '会议议程'))
    body.append(P('AgLine', '时间：2025年4月8日（星期二）上午9:00'))
    body.append(P('AgLine', '地点：市行政中心三楼第一会议室'))
    body.append(P('AgLine', '主持：市政府副秘书长　林永锋'))
    body.append(P('AgLine', '一、市应急管理局通报一季度全市安全生产形势'))
    body.append(P('AgLine', '二、东溪县政府、市住建局作表态发言'))
    body.append(P('AgLine', '三、市政府副市长邵明远讲话'))
    fn = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
          '<text:note-body>%s</text:note-body></text:note>' % P('Footnote', esc(SP.FN02)))
    for blocks in (SP.S02A, SP.S02B):
        for b in blocks:
            k = b[0]
            if k == 'title':
                body.append(P('TitleBrk', esc(b[1])))
            elif k == 'meta':
                body.append(P('Meta', esc(b[1])))
            elif k == 'salute':
                body.append(P('NoInd', esc(b[1])))
            elif k == 'h':
                body.append(P('H1' if b[1] == 1 else 'H2', esc(b[2])))
            elif k == 'run':
                ts = 'RunH3' if b[1] == 3 else 'RunH1'
                body.append(P('Body', '<text:span text:style-name="%s">%s。</text:span>%s'
                              % (ts, esc(b[2]), esc(b[4]).replace('{FN}', fn))))
            elif k == 'p':
                body.append(P('Body', esc(b[2]).replace('{FN}', fn)))
    with open(os.path.join(BUILD, name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt('2025年全市安委会全体（扩大）会议材料', styles, auto, master, '\n'.join(body), date='2025-04-03T10:00:00'))
    fodt_to_pdf(name)
    text = run(['pdftotext', '-layout', name + '.pdf', '-']).decode('utf-8')
    pages = text.split('\f')
    # the typed table of contents must agree with the real layout (cover and TOC pages are unnumbered)
    assert [i - 1 for i, pg in enumerate(pages) if '在全市安委会全体（扩大）会议上的讲话' in pg and '邵明远' in pg and '...' not in pg] == [2]
    assert [i - 1 for i, pg in enumerate(pages) if '韦晓岚' in pg and '...' not in pg][0] == 5
    with open(os.path.join(ROOT, '02.txt'), 'wb') as f:
        f.write(text.encode('utf-8'))
    return text


# ================================================================== 03: two-column briefing, pdftotext -raw
NEWS03 = [
    ('镇应急办开展汛前地质灾害隐患点巡查',
     '6月5日至7日，镇应急办会同自然资源所对全镇9处地质灾害隐患点开展汛前巡查，逐点核实监测员、预警信号和转移路线，'
     '对柳溪村、石板村2处截水沟堵塞问题现场督促清理。'),
    ('石板村组织开展防汛避险转移演练',
     '6月9日，石板村组织村民开展防汛避险转移演练，60余名群众参加。演练模拟强降雨引发山洪，'
     '检验了预警发布、人员转移、集中安置等环节，村“两委”干部按照分工逐户敲门通知。'),
    ('镇安监站联合派出所检查辖区加油站和烟花爆竹经营点',
     '6月11日，镇安监站联合镇派出所对辖区2座加油站、4家烟花爆竹零售点进行检查，'
     '发现消防器材过期、储存超量等问题5处，已责令当场整改3处，其余2处限期一周整改到位。'),
]


def build03():
    name = '03_jianbao'
    LH = '19pt'
    styles = (
        pstyle('Standard', size='12pt', lh=LH) +
        pstyle('Footer', font='宋体', size='9pt', align='center')
    )
    auto = (
        pstyle('Body', parent='Standard', size='12pt', indent='24pt', lh=LH) +
        pstyle('NoInd', parent='Standard', size='12pt', lh=LH) +
        pstyle('Mast', parent='Standard', font='方正小标宋简体', size='32pt', align='center', lh='46pt', color='#e60012',
               mt='10pt', extra_t='fo:letter-spacing="3pt"') +
        pstyle('Issue', parent='Standard', font='楷体_GB2312', size='15pt', align='center', lh='26pt', mt='4pt', mb='6pt') +
        pstyle('MastLine', parent='Standard', font='楷体_GB2312', size='12pt', align='justify', lh='22pt', mb='12pt',
               extra_p='fo:border-bottom="2pt solid #e60012" fo:padding-bottom="3pt"') +
        pstyle('Column', parent='Standard', font='黑体', size='13pt', lh='24pt', mt='4pt', mb='4pt', color='#e60012') +
        pstyle('Note', parent='Standard', font='楷体_GB2312', size='12pt', indent='24pt', lh=LH, mb='6pt') +
        pstyle('Title', parent='Standard', font='黑体', size='14pt', align='center', lh='23pt', mt='4pt', mb='2pt') +
        pstyle('Meta', parent='Standard', font='楷体_GB2312', size='12pt', align='center', lh=LH) +
        pstyle('NewsHead', parent='Standard', font='黑体', size='12pt', lh=LH, mt='6pt') +
        pstyle('Bao', parent='Standard', size='11pt', lh='20pt', ml='39pt', mr='6pt', indent='-33pt') +
        pstyle('BaoTop', parent='Standard', size='11pt', lh='20pt', mt='14pt', ml='39pt', indent='-33pt',
               extra_p='fo:border-top="1pt solid #000000" fo:padding-top="3pt"') +
        pstyle('BaoEnd', parent='Standard', size='11pt', lh='20pt', align='end', mr='6pt',
               extra_p='fo:border-bottom="1pt solid #000000" fo:padding-bottom="3pt"') +
        '<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
        '<style:columns fo:column-count="2" fo:column-gap="0.8cm"><style:column-sep style:width="0.02cm" style:color="#e60012" '
        'style:height="100%" style:vertical-align="top"/></style:columns></style:section-properties></style:style>' +
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="2.2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>'
    )
    pn = ('第<text:page-number text:select-page="current">1</text:page-number>页　共'
          '<text:page-count>2</text:page-count>页')
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>%s</style:footer></style:master-page>'
              % P('Footer', pn))
    body = []
    body.append(P('Mast', '安全生产工作简报'))
    body.append(P('Issue', '第4期'))
    body.append(P('MastLine', '枫林镇安全生产委员会办公室编<text:s text:c="22"/>2025年6月12日'))
    col = []
    col.append(P('Column', '【领导讲话】'))
    col.append(P('Note', '编者按：6月10日，镇党委、镇政府召开全镇防汛暨安全生产工作会议，镇党委书记周海峰出席会议并讲话。'
                 '现将讲话内容整理刊发，请各村（社区）、镇属各单位认真抓好落实。'))
    for b in SP.S03:
        k = b[0]
        if k == 'title':
            col.append(P('Title', esc(b[1])))
        elif k == 'meta':
            col.append(P('Meta', esc(b[1])))
            col.append(P('Meta', '（根据录音整理）'))
        elif k == 'salute':
            col.append(P('NoInd', esc(b[1])))
        elif k == 'p':
            col.append(P('Body', esc(b[2])))
    col.append(P('Column', '【工作动态】'))
    for h, t in NEWS03:
        col.append(P('NewsHead', esc(h)))
        col.append(P('Body', esc(t)))
    body.append('<text:section text:style-name="Sect2" text:name="正文">%s</text:section>' % ''.join(col))
    body.append(P('BaoTop', '报：县安委办，县应急管理局。'))
    body.append(P('Bao', '送：镇党委、人大、政府领导班子成员。'))
    body.append(P('Bao', '发：各村（社区），镇属各单位，辖区各企业。'))
    body.append(P('BaoEnd', '（共印35份）'))
    with open(os.path.join(BUILD, name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt('安全生产工作简报第4期', styles, auto, master, '\n'.join(body), date='2025-06-12T16:00:00'))
    fodt_to_pdf(name)
    text = run(['pdftotext', '-raw', name + '.pdf', '-']).decode('utf-8')
    with open(os.path.join(ROOT, '03.txt'), 'wb') as f:
        f.write(b'\xff\xfe' + text.encode('utf-16-le'))
    return text


# ================================================================== 04: Word draft (python-docx), soffice txt export (GBK)
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
NUMBERING04 = '''<w:abstractNum xmlns:w="%s" w:abstractNumId="20"><w:nsid w:val="5A3C1E07"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="6B2E4A10"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312" w:hint="eastAsia"/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/><w:lvlText w:val="%%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
</w:abstractNum>''' % W
FOOTNOTES_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="%s">'
                 '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
                 '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
                 '%s</w:footnotes>')
FOOTNOTE_ONE = ('<w:footnote w:id="%d"><w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>')


def _docx_fonts(run_or_style_font, name):
    from docx.oxml.ns import qn
    rpr = run_or_style_font.element.get_or_add_rPr() if hasattr(run_or_style_font, 'element') else run_or_style_font
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = rpr.makeelement(qn('w:rFonts'), {})
        rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia'):
        rf.set(qn(a), name)


def build04():
    import docx, datetime
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    name = '04_jianghua_gao'
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    normal = d.styles['Normal']
    normal.font.size = Pt(16)
    _docx_fonts(normal, '仿宋_GB2312')
    normal.paragraph_format.line_spacing = Pt(29)
    normal.paragraph_format.space_after = Pt(0)
    # header / footer (Word draft furniture; soffice's text export drops them)
    hp = sec.header.paragraphs[0]
    hp.text = '柘川县住房和城乡建设局'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:t xml:space="preserve">— </w:t></w:r>' % W))
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:fldChar w:fldCharType="begin"/></w:r>' % W))
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % W))
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:fldChar w:fldCharType="separate"/></w:r>' % W))
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:t>1</w:t></w:r>' % W))
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:fldChar w:fldCharType="end"/></w:r>' % W))
    fp._p.append(parse_xml('<w:r xmlns:w="%s"><w:t xml:space="preserve"> —</w:t></w:r>' % W))
    # numbering: Word multilevel list 一、 /（一）/ 1.
    numbering = d.part.numbering_part.element
    absn = parse_xml(NUMBERING04)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml('<w:num xmlns:w="%s" w:numId="20"><w:abstractNumId w:val="20"/></w:num>' % W))
    # footnotes part
    fns = [SP.FN04_1, SP.FN04_2]
    fpart = Part(PackURI('/word/footnotes.xml'),
                 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                 (FOOTNOTES_XML % (W, ''.join(FOOTNOTE_ONE % (i + 1, esc(t)) for i, t in enumerate(fns)))).encode('utf-8'),
                 d.part.package)
    d.part.relate_to(fpart, RT.FOOTNOTES)

    def para(text='', align=None, font=None, size=None, indent_chars=False):
        p = d.add_paragraph()
        if align is not None:
            p.alignment = align
        if text:
            add_text(p, text, font, size, indent_chars)
        return p

    def add_text(p, text, font=None, size=None, indent_chars=False):
        if indent_chars:
            text = '\u3000\u3000' + text          # clerk-typed full-width indentation
        parts = re.split(r'(\{FN\d\})', text)
        for part in parts:
            m = re.match(r'\{FN(\d)\}', part)
            if m:
                p._p.append(parse_xml('<w:r xmlns:w="%s"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                      '<w:footnoteReference w:id="%s"/></w:r>' % (W, m.group(1))))
            elif part:
                r = p.add_run(part)
                if font:
                    _docx_fonts(r._r, font)
                if size:
                    r.font.size = Pt(size)

    def numbered(p, ilvl):
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml('<w:numPr xmlns:w="%s"><w:ilvl w:val="%d"/><w:numId w:val="20"/></w:numPr>' % (W, ilvl)))

    para('（送审稿　3月15日）', WD_ALIGN_PARAGRAPH.RIGHT, '楷体_GB2312', 14)
    for b in SP.S04:
        k = b[0]
        if k == 'title':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, '方正小标宋简体', 22)
        elif k == 'meta':
            para(b[1], WD_ALIGN_PARAGRAPH.CENTER, '楷体_GB2312')
        elif k == 'salute':
            para(b[1])
        elif k == 'h':
            lvl, text = b[1], b[2]
            body = re.sub(r'^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)', '', text)   # number comes from the list
            p = para()
            numbered(p, lvl - 1)
            add_text(p, body, '黑体' if lvl == 1 else '楷体_GB2312')
        elif k == 'p':
            para(b[2], indent_chars=True)
            if b[2].startswith('去年以来，全县建筑施工安全形势'):
                cap = para(SP.TABLE04_CAPTION, WD_ALIGN_PARAGRAPH.CENTER, '黑体', 14)
                t = d.add_table(rows=len(SP.TABLE04), cols=len(SP.TABLE04[0]))
                t.style = d.styles['Table Grid']
                t.alignment = 1
                for i, row in enumerate(SP.TABLE04):
                    for j, cell in enumerate(row):
                        c = t.cell(i, j)
                        c.text = ''
                        cp = c.paragraphs[0]
                        cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        r = cp.add_run(cell)
                        r.font.size = Pt(14)
                        if i == 0:
                            _docx_fonts(r._r, '黑体')
    cp = d.core_properties
    cp.author = '县住建局办公室'
    cp.last_modified_by = '谭振华'
    cp.title = '在全县建筑施工安全专项整治部署会上的讲话'
    cp.created = datetime.datetime(2025, 3, 15, 8, 30, 0)
    cp.modified = datetime.datetime(2025, 3, 15, 17, 5, 0)
    cp.revision = 3
    path = os.path.join(BUILD, name + '.docx')
    d.save(path)
    fix_zip(path, (2025, 3, 15, 17, 5, 0))
    outdir = os.path.join(BUILD, 'txt04')
    os.makedirs(outdir, exist_ok=True)
    run_soffice(['--convert-to', 'txt:Text (encoded):GBK', '--outdir', outdir, name + '.docx'], BUILD)
    raw = open(os.path.join(outdir, name + '.txt'), 'rb').read()
    with open(os.path.join(ROOT, '04.txt'), 'wb') as f:
        f.write(raw)
    return raw.decode('gbk')


# ================================================================== 05: FODT -> soffice docx -> pandoc -t plain
def build05():
    name = '05_lihui_jianghua'
    LH = '26pt'
    styles = (
        pstyle('Standard', size='15pt', lh=LH) +
        pstyle('Footnote', size='10.5pt', lh='15pt', indent='-10.5pt', ml='10.5pt') +
        pstyle('Header', font='宋体', size='10.5pt', align='center',
               extra_p='fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="2pt"') +
        pstyle('Footer', font='宋体', size='10.5pt', align='center') +
        pstyle('Table_20_Contents', size='12pt', align='center', lh='20pt') +
        pstyle('Frame_20_contents', font='黑体', size='10.5pt', align='center', lh='15pt')
    )
    auto = (
        pstyle('Body', parent='Standard', size='15pt', indent='30pt', lh=LH) +
        pstyle('NoInd', parent='Standard', size='15pt', lh=LH) +
        pstyle('Title', parent='Standard', font='方正小标宋简体', size='20pt', align='center', lh='34pt', mt='30pt', mb='10pt') +
        pstyle('Meta', parent='Standard', font='楷体_GB2312', size='15pt', align='center', lh=LH) +
        pstyle('Cap', parent='Standard', font='黑体', size='13pt', align='center', lh='24pt', mt='4pt', mb='4pt') +
        pstyle('TH', parent='Table_20_Contents', font='黑体', size='12pt', align='center', lh='20pt') +
        pstyle('Tail', parent='Standard', font='楷体_GB2312', size='14pt', align='end', lh=LH, mt='12pt') +
        tstyle('RunH', '黑体') +
        '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="14cm" table:align="center"/></style:style>'
        '<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:vertical-pos="from-top" '
        'style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="page-content" fo:border="0.75pt solid #c00000" '
        'fo:padding="0.1cm" fo:background-color="#ffffff"/></style:style>'
        '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
        'style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.6cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm">'
        '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.1cm" style:distance-after-sep="0.1cm" '
        'style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
        '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>'
    )
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>%s</style:header>'
              '<style:footer>%s</style:footer></style:master-page>'
              % (P('Header', '华澄化工有限公司　安全生产例会材料'),
                 P('Footer', '第 <text:page-number text:select-page="current">1</text:page-number> 页')))
    fn = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
          '<text:note-body>%s</text:note-body></text:note>' % P('Footnote', esc(SP.FN05)))
    box = ('<draw:frame draw:style-name="fr1" draw:name="文本框1" text:anchor-type="paragraph" svg:width="4.6cm" svg:y="0cm" draw:z-index="0">'
           '<draw:text-box fo:min-height="1.2cm">%s</draw:text-box></draw:frame>' % P('Frame_20_contents', esc(SP.TEXTBOX05)))
    body = []
    for b in SP.S05:
        k = b[0]
        if k == 'title':
            body.append(P('Title', box + esc(b[1])))
        elif k == 'meta':
            body.append(P('Meta', esc(b[1])))
        elif k == 'salute':
            body.append(P('NoInd', esc(b[1])))
        elif k == 'run':
            body.append(P('Body', '<text:span text:style-name="RunH">%s。</text:span>%s' % (esc(b[2]), esc(b[4]).replace('{FN}', fn))))
        elif k == 'p':
            body.append(P('Body', esc(b[2]).replace('{FN}', fn)))
            if b[2].endswith('具体情况大家看下面这张表。'):
                body.append(P('Cap', esc(SP.TABLE05_CAPTION)))
                rows = []
                for i, row in enumerate(SP.TABLE05):
                    cells = ''.join('<table:table-cell table:style-name="TblCell" office:value-type="string">%s</table:table-cell>'
                                    % P('TH' if i == 0 else 'Table_20_Contents', esc(c)) for c in row)
                    rows.append('<table:table-row>%s</table:table-row>' % cells)
                body.append('<table:table table:name="表格1" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                            % (len(SP.TABLE05[0]), ''.join(rows)))
    body.append(P('Tail', '（公司办公室根据录音整理）'))
    with open(os.path.join(BUILD, name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt('三季度安全生产例会讲话', styles, auto, master, '\n'.join(body), date='2025-07-04T10:00:00'))
    path = os.path.join(BUILD, name + '.docx')
    if os.path.exists(path):
        os.remove(path)
    run_soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', BUILD, name + '.fodt'], BUILD)

    def core_fix(data):
        return re.sub(rb'<dcterms:modified xsi:type="dcterms:W3CDTF">[^<]*</dcterms:modified>',
                      b'<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-04T10:00:00Z</dcterms:modified>', data)
    fix_zip(path, (2025, 7, 4, 10, 0, 0), core_fix)
    out = run(['pandoc', '-f', 'docx', '-t', 'plain', name + '.docx'])
    with open(os.path.join(ROOT, '05.txt'), 'wb') as f:
        f.write(out)
    return out.decode('utf-8')


# ================================================================== main
MARKS = {
    # footnote anchors / reference marks the converters leave inside a paragraph (1-3 characters, unlabelled)
    '01': [('年行动1。', '年行动。')],
    '02': [('“两客一危一货” 1', '“两客一危一货”')],
    '03': [],
    '04': [('危大工程1作为', '危大工程作为'), ('“三管三必须”2的', '“三管三必须”的')],
    '05': [('责任制[1]落到', '责任制落到')],
}


def main():
    t1 = build01()
    write_gold('01', 'txt', [SP.S01], t1, MARKS['01'])
    t2 = build02()
    write_gold('02', 'txt', [SP.S02A, SP.S02B], t2, MARKS['02'])
    t3 = build03()
    write_gold('03', 'txt', [SP.S03], t3, MARKS['03'])
    t4 = build04()
    write_gold('04', 'txt', [SP.S04], t4, MARKS['04'])
    t5 = build05()
    write_gold('05', 'txt', [SP.S05], t5, MARKS['05'])


if __name__ == '__main__':
    main()
