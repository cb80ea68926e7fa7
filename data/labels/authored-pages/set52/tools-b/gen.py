# -*- coding: utf-8 -*-
"""Generate set52b pages 06-10 and their gold. Run: /usr/bin/python3 tools/gen.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as SP  # noqa: E402
from mojifit import ok as moji_ok  # noqa: E402

from docx import Document  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Pt, Cm  # noqa: E402

HAN = re.compile(r'[\u4e00-\u9fff]')


# ------------------------------------------------------------------ gold helpers
def gold_for(fname, speeches, noise):
    g = {'file': fname, 'speeches': len(speeches), 'titles': [], 'headings': [],
         'paragraphs': [], 'noise': noise}
    for items in speeches:
        han = 0
        for it in items:
            k = it[0]
            if k == 'T':
                g['titles'].append(it[1]); han += len(HAN.findall(it[1]))
            elif k == 'H':
                g['headings'].append({'text': it[2], 'level': it[1]}); han += len(HAN.findall(it[2]))
            elif k == 'R':
                g['headings'].append({'text': it[2], 'level': it[1]})
                g['paragraphs'].append({'text': it[4], 'category': it[3], 'truncated': False})
                han += len(HAN.findall(it[2] + it[4]))
            elif k == 'P':
                tr = bool(it[3]) if len(it) > 3 else False
                g['paragraphs'].append({'text': it[2], 'category': it[1], 'truncated': tr})
                han += len(HAN.findall(it[2]))
        assert 700 <= han <= 1300, (fname, han)
    assert len(set(noise)) == len(noise), fname
    return g


def write_gold(g):
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    name = g['file'].split('.')[0] + '.json'
    with open(os.path.join(ROOT, 'gold', name), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


def body_lines(items, sep='。'):
    """(kind, text) for every printed line of a speech."""
    out = []
    for it in items:
        k = it[0]
        if k in 'TSDG':
            out.append((k, it[1]))
        elif k == 'H':
            out.append(('H', it[2]))
        elif k == 'R':
            out.append(('R', it[2] + sep + it[4]))
        elif k == 'P':
            out.append(('P', it[2]))
    return out


# ------------------------------------------------------------------ 06 docx
def add_field(paragraph, instr, cached):
    def fld(t):
        r = OxmlElement('w:r'); f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), t); r.append(f)
        return r
    p = paragraph._p
    p.append(fld('begin'))
    r = OxmlElement('w:r'); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = instr
    r.append(it); p.append(r)
    p.append(fld('separate'))
    r = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = cached; r.append(t); p.append(r)
    p.append(fld('end'))


def make_06():
    speeches = [SP.S06_HOST, SP.S06_MAYOR, SP.S06_TOWN, SP.S06_FIRM]
    names = ['邵明川', '顾宏远', '方雅琴', '陈国栋']
    pages = [3, 6, 10, 13]
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = '仿宋_GB2312'; st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
    sec = doc.sections[0]
    sec.top_margin = Cm(3.7); sec.bottom_margin = Cm(3.5); sec.left_margin = Cm(2.8); sec.right_margin = Cm(2.6)
    sec.different_first_page_header_footer = True
    # header / footer (not on cover)
    hp = sec.header.paragraphs[0]
    hp.text = '青岚县2024年安全生产工作会议·会议材料'
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run('— ')
    add_field(fp, ' PAGE \\* MERGEFORMAT ', '1')
    fp.add_run(' —')
    fp2 = sec.footer.add_paragraph('内部资料 注意保存')
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    noise = []

    def centered(text, size=16, bold=False, space_before=0):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if space_before:
            p.paragraph_format.space_before = Pt(space_before)
        r = p.add_run(text); r.font.size = Pt(size); r.bold = bold
        return p

    # cover
    centered('青岚县2024年全县安全生产工作会议', 22, True, 120)
    centered('会 议 材 料 汇 编', 26, True, 24)
    centered('青岚县安全生产委员会办公室', 16, False, 200)
    centered('二〇二四年三月', 16)
    noise += ['青岚县2024年全县安全生产工作会议', '会 议 材 料 汇 编', '青岚县安全生产委员会办公室', '二〇二四年三月']
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # TOC
    centered('目　录', 20, True)
    first = True
    for items, nm, pg in zip(speeches, names, pages):
        line = '%s（%s）\t%d' % (items[0][1], nm, pg)
        tp = doc.add_paragraph(style='toc 1') if 'toc 1' in [s.name for s in doc.styles] else doc.add_paragraph()
        tp.paragraph_format.tab_stops.add_tab_stop(Cm(15.5))
        if first:
            for t, txt in (('begin', None), (None, ' TOC \\o "1-1" \\h \\z \\u '), ('separate', None)):
                r = OxmlElement('w:r')
                if t:
                    f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), t); r.append(f)
                else:
                    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = txt; r.append(it)
                tp._p.append(r)
            first = False
        tp.add_run('%s（%s）' % (items[0][1], nm))
        tp.add_run('\t%d' % pg)
        noise.append(line)
    endp = doc.add_paragraph()
    r = OxmlElement('w:r'); f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), 'end'); r.append(f); endp._p.append(r)

    for items in speeches:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for kind, text in body_lines(items):
            if kind == 'T':
                p = doc.add_paragraph(style='Heading 1')
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.add_run(text)
            elif kind in 'SD':
                centered(text, 16)
            elif kind == 'G':
                doc.add_paragraph(text)
            elif kind == 'H':
                p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(32)
                r = p.add_run(text); r.bold = True
            elif kind == 'R':
                head, rest = text.split('。', 1)
                p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(32)
                r = p.add_run(head + '。'); r.bold = True
                p.add_run(rest)
            else:
                p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Pt(32)
                p.add_run(text)
    doc.core_properties.title = '会议材料汇编'
    doc.core_properties.author = 'qlx-ajb'
    doc.save(os.path.join(ROOT, '06.docx'))
    noise += ['青岚县2024年安全生产工作会议·会议材料', '— 1 —', '内部资料 注意保存']
    write_gold(gold_for('06.docx', speeches, noise))


# ------------------------------------------------------------------ 07 html (范文 site)
def make_07():
    items = SP.S07
    noise = []
    nav = ['首页', '工作总结', '工作计划', '讲话稿', '心得体会', '述职报告', '登录', '注册']
    parts = []
    ad_n = 0
    lines = body_lines(items)
    for i, (kind, text) in enumerate(lines):
        parts.append('　　' + text)
        # chrome between paragraphs
        if i == 3:
            parts.append('<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-7301948826" '
                         'data-ad-slot="5521"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>')
        if i == 6:
            parts.append('<a class="dl-btn" href="/down/38217.html" rel="nofollow">点击下载完整版</a>')
        if i == 9:
            parts.append('<ins class="ad-inner"><a href="/vip/?from=art38217" target="_blank">'
                         '【限时特惠】开通VIP会员，全站12万篇范文免费下载</a></ins>')
        if i == 12:
            parts.append('<a class="dl-btn" href="/down/38217.html" rel="nofollow">点击下载完整版</a>')
    noise += ['点击下载完整版', '【限时特惠】开通VIP会员，全站12万篇范文免费下载']
    content = '<br><br>'.join(parts)
    side = ['2024年安全生产月活动总结（精选15篇）', '乡镇防汛工作汇报材料范文', '企业安全生产表态发言稿3篇',
            '关于安全生产的心得体会800字', '村级安全生产工作计划（通用版）', '安全生产约谈会主持词']
    html = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2024年镇长在安全生产暨防汛工作会议上的讲话稿_讲话稿_笔杆范文网</title>
<meta name="keywords" content="安全生产讲话,防汛工作会议讲话,镇长讲话稿">
<link rel="stylesheet" href="/static/css/article.css?v=20240311">
<style>.content{{line-height:2;font-size:16px}}.dl-btn{{color:#fff;background:#e33;padding:4px 12px}}</style>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">笔杆范文网</a></div>
<ul class="nav">{nav}</ul>
<form class="search" action="/search/"><input type="text" name="q" placeholder="输入关键词搜索范文"><button>搜索</button></form>
</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jianghua/">讲话稿</a> &gt; <a href="/jianghua/anquan/">安全生产讲话</a></div>
<div class="wrap">
<div class="main">
<h1>2024年镇长在安全生产暨防汛工作会议上的讲话稿</h1>
<div class="info">发布时间：2024-06-03 10:26&nbsp;&nbsp;作者：笔杆小编&nbsp;&nbsp;阅读：2,413次</div>
<div class="content" id="article">
{content}
</div>
<div class="readmore">本文剩余约1,860字未显示，<a href="/down/38217.html">点击下载完整版Word文档</a></div>
<div class="tags">标签：安全生产&nbsp;防汛&nbsp;镇长讲话</div>
</div>
<div class="side">
<h3>热门范文推荐</h3>
<ul>{side}</ul>
<h3>本周排行</h3>
<ol><li><a href="/a/40112.html">镇党委书记在安全生产会议上的讲话</a></li><li><a href="/a/39876.html">防汛抗旱工作会议讲话稿范文</a></li></ol>
</div>
</div>
<div class="footer"><p>Copyright © 2016-2024 笔杆范文网 版权所有</p><p>本站部分内容来自网络，如有侵权请联系删除 客服QQ：20931877</p></div>
</body>
</html>
'''.format(nav=''.join('<li><a href="/%d/">%s</a></li>' % (k, n) for k, n in enumerate(nav)),
           content=content,
           side=''.join('<li><a href="/a/%d.html">%s</a></li>' % (40200 + k, s) for k, s in enumerate(side)))
    noise += ['笔杆范文网', '当前位置：首页 > 讲话稿 > 安全生产讲话',
              '2024年镇长在安全生产暨防汛工作会议上的讲话稿',
              '发布时间：2024-06-03 10:26\xa0\xa0作者：笔杆小编\xa0\xa0阅读：2,413次',
              '本文剩余约1,860字未显示，点击下载完整版Word文档', '标签：安全生产\xa0防汛\xa0镇长讲话',
              '热门范文推荐'] + side + ['本周排行', '镇党委书记在安全生产会议上的讲话', '防汛抗旱工作会议讲话稿范文',
                                   'Copyright © 2016-2024 笔杆范文网 版权所有',
                                   '本站部分内容来自网络，如有侵权请联系删除 客服QQ：20931877',
                                   '工作总结', '工作计划', '心得体会', '述职报告']
    with open(os.path.join(ROOT, '07.html'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(html)
    write_gold(gold_for('07.html', [items], noise))


# ------------------------------------------------------------------ 08 mojibake txt
def make_08():
    items = SP.S08
    top = ['澜川市中医院 院内新闻', '首页 > 医院新闻 > 院内新闻']
    meta = ['发布时间: 2024-04-16', '来源：党政办 点击数：326']
    bottom = ['上一篇：我院举办消防知识讲座', 'Copyright © 澜川市中医院']
    lines = top + ['']
    bl = body_lines(items)
    lines.append(bl[0][1])
    lines += meta + ['']
    for kind, text in bl[1:]:
        lines.append(text)
        if kind in 'PHR':
            lines.append('')
    lines += bottom
    text = '\n'.join(lines) + '\n'
    for l in lines:
        assert moji_ok(l), l
    assert text.encode('utf-8').decode('gbk').encode('gbk').decode('utf-8') == text
    moj = text.encode('utf-8').decode('gbk', errors='replace').encode('utf-8')
    with open(os.path.join(ROOT, '08.txt'), 'wb') as f:
        f.write(moj)
    write_gold(gold_for('08.txt', [items], top + meta + bottom))


# ------------------------------------------------------------------ 09 GB2312 half-width draft
def make_09():
    items = SP.S09
    lines = ['韩总讲话稿 第二稿 2.25晚改 (请办公室校对后打印)', '']
    for kind, text in body_lines(items, sep='.'):
        if kind in 'TSD':
            lines.append(text)
        elif kind == 'G':
            lines += ['', text]
        elif kind == 'H':
            lines.append(text)
        else:
            lines.append('    ' + text)
    lines += ['', '(完)', '', '--字数约2200,时间控制在25分钟以内--']
    text = '\r\n'.join(lines) + '\r\n'
    data = text.encode('gb2312')
    with open(os.path.join(ROOT, '09.txt'), 'wb') as f:
        f.write(data)
    noise = ['韩总讲话稿 第二稿 2.25晚改 (请办公室校对后打印)', '--字数约2200,时间控制在25分钟以内--']
    write_gold(gold_for('09.txt', [items], noise))


# ------------------------------------------------------------------ 10 two long lines
def make_10():
    items = SP.S10
    top = ['东溪区人民政府门户网站', '首页 > 政务公开 > 领导讲话', '【字体：大 中 小】 【打印本页】 【关闭窗口】',
           '发布日期：2024-04-22 09:15  来源：区应急管理局  浏览次数：1,302']
    bottom = ['分享到：微信 微博 QQ空间', '上一篇：区应急管理局召开一季度安全生产形势分析会',
              '下一篇：东溪区开展危险化学品运输车辆专项检查',
              '主办：东溪区人民政府办公室  承办：东溪区大数据中心  备案号：X-ICP备12047731号']
    bl = [t for _, t in body_lines(items)]
    # split after the second top-level heading
    cut = bl.index('二、扎实推进重点工作')
    l1 = ' '.join(bl[:cut]) + ' '
    l2 = ' '.join(bl[cut:])
    text = '\n'.join(top) + '\n\n' + l1 + '\n' + l2 + '\n\n' + '\n'.join(bottom) + '\n'
    with open(os.path.join(ROOT, '10.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    write_gold(gold_for('10.txt', [items], top + bottom))


if __name__ == '__main__':
    make_06(); make_07(); make_08(); make_09(); make_10()
    print('ok')
