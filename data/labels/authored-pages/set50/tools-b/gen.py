# -*- coding: utf-8 -*-
"""Write set50b pages 06.docx-08.docx, 09.html-10.html and gold/NN.json.
Run: /usr/bin/python3 tools/gen.py   (needs python-docx)"""
import json, os, sys, copy
from html import escape
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06A, S06B, S07, S08, S09, S10
import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt, RGBColor, Cm

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = '\u3000\u3000'


# ------------------------------------------------------------------ gold
def gold_for(fname, speeches, noise):
    g = {'file': fname, 'speeches': 0, 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}
    for sp in speeches:
        for it in sp:
            k = it[0]
            if k == 'T':
                g['titles'].append(it[1])
            elif k == 'H':
                g['headings'].append({'text': it[2], 'level': it[1]})
            elif k == 'R':
                g['headings'].append({'text': it[2], 'level': it[1]})
                g['paragraphs'].append({'text': it[4], 'category': it[3], 'truncated': False})
            elif k == 'P':
                g['paragraphs'].append({'text': it[2], 'category': it[1], 'truncated': False})
    g['speeches'] = len(g['titles'])
    seen = []
    for n in noise:
        if n not in seen:
            seen.append(n)
    g['noise'] = seen
    with open(os.path.join(ROOT, 'gold', fname.split('.')[0] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


# ------------------------------------------------------------------ docx helpers
def base_doc(font='仿宋_GB2312', size=16):
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Times New Roman'
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    rf.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.8)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    return d


def set_ea_font(run, font):
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    rf.set(qn('w:eastAsia'), font)


def first_line_indent(p, chars=200):
    ppr = p._p.get_or_add_pPr()
    ind = OxmlElement('w:ind')
    ind.set(qn('w:firstLineChars'), str(chars))
    ind.set(qn('w:firstLine'), '640')
    ppr.append(ind)


def add_hyperlink(p, text, url, color='0563C1', underline=True):
    part = p.part
    rid = part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement('w:hyperlink')
    h.set(qn('r:id'), rid)
    h.set(qn('w:history'), '1')
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    c = OxmlElement('w:color'); c.set(qn('w:val'), color); rpr.append(c)
    if underline:
        u = OxmlElement('w:u'); u.set(qn('w:val'), 'single'); rpr.append(u)
    r.append(rpr)
    t = OxmlElement('w:t'); t.text = text; t.set(qn('xml:space'), 'preserve')
    r.append(t)
    h.append(r)
    p._p.append(h)
    return h


def run_el(text=None, fld=None, instr=None, tab=False):
    r = OxmlElement('w:r')
    if fld:
        f = OxmlElement('w:fldChar'); f.set(qn('w:fldCharType'), fld); r.append(f)
    elif instr:
        t = OxmlElement('w:instrText'); t.set(qn('xml:space'), 'preserve'); t.text = instr; r.append(t)
    elif tab:
        r.append(OxmlElement('w:tab'))
    else:
        t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = text; r.append(t)
    return r


def add_bookmark(p, name, bid):
    bs = OxmlElement('w:bookmarkStart'); bs.set(qn('w:id'), str(bid)); bs.set(qn('w:name'), name)
    be = OxmlElement('w:bookmarkEnd'); be.set(qn('w:id'), str(bid))
    ppr = p._p.find(qn('w:pPr'))
    idx = 1 if ppr is not None else 0
    p._p.insert(idx, bs)
    p._p.append(be)


def body_items(d, sp, indent_text=False, runin_bold=True, heading_styles=None, bookmarks=None, skip=()):
    """Render a speech's items as Word paragraphs.  Returns list of (kind, paragraph)."""
    out = []
    for it in sp:
        k = it[0]
        if k in skip:
            continue
        if k == 'T':
            p = d.add_paragraph(style='Title')
            p.add_run(it[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k in 'SD':
            p = d.add_paragraph(it[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_ea_font(p.runs[0], '楷体_GB2312')
        elif k == 'G':
            p = d.add_paragraph(it[1])
        elif k == 'X':
            p = d.add_paragraph((IND if indent_text else '') + it[1])
            if not indent_text:
                first_line_indent(p)
        elif k == 'H':
            if heading_styles:
                p = d.add_paragraph(style=heading_styles[it[1]])
                p.add_run(it[2])
                if bookmarks is not None:
                    bookmarks.append((it[1], it[2], p))
            else:
                p = d.add_paragraph()
                r = p.add_run((IND if indent_text else '') + it[2]); r.bold = True
                set_ea_font(r, '黑体')
                if not indent_text:
                    first_line_indent(p)
        elif k == 'R':
            p = d.add_paragraph()
            if indent_text:
                p.add_run(IND)
            r = p.add_run(it[2] + '。'); r.bold = runin_bold
            set_ea_font(r, '楷体_GB2312')
            p.add_run(it[4])
            if not indent_text:
                first_line_indent(p)
        elif k == 'P':
            p = d.add_paragraph((IND if indent_text else '') + it[2])
            if not indent_text:
                first_line_indent(p)
        else:
            p = None
        out.append((it, p))
    return out


# ------------------------------------------------------------------ 06.docx: TOC + 主持词 + 讲话
def make06():
    d = base_doc()
    for nm, sid, based, left in (('toc 1', 'TOC1', 'Normal', 0), ('toc 2', 'TOC2', 'Normal', 420)):
        s = d.styles.add_style(nm, WD_STYLE_TYPE.PARAGRAPH)
        s.element.set(qn('w:styleId'), sid)
        s.base_style = d.styles[based]
        s.paragraph_format.left_indent = Pt(left / 20)
    for hn, font in (('Heading 1', '黑体'), ('Heading 2', '楷体_GB2312')):
        hs = d.styles[hn]
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.font.size = Pt(16)
        rpr = hs.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
        rf.set(qn('w:eastAsia'), font)
    ts = d.styles['Title']
    ts.font.size = Pt(22); ts.font.color.rgb = RGBColor(0, 0, 0)

    # 目录 heading and a placeholder paragraph after which TOC paragraphs are inserted
    th = d.add_paragraph('目　录', style='TOC Heading')
    th.alignment = WD_ALIGN_PARAGRAPH.CENTER
    anchor = d.add_paragraph()
    brk = d.add_paragraph(); brk.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)

    marks = []
    body_items(d, S06A)
    p = d.add_paragraph(); p.add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    body_items(d, S06B, heading_styles={1: 'Heading 1', 2: 'Heading 2'}, bookmarks=marks)

    pages = [3, 3, 4, 4, 4, 4, 5]
    toc_noise = []
    prev = anchor._p
    for i, (lvl, text, hp) in enumerate(marks):
        name = '_Toc16%07d' % (4821 + i * 37)
        add_bookmark(hp, name, i)
        tp = OxmlElement('w:p')
        ppr = OxmlElement('w:pPr')
        ps = OxmlElement('w:pStyle'); ps.set(qn('w:val'), 'TOC%d' % lvl); ppr.append(ps)
        tabs = OxmlElement('w:tabs'); tb = OxmlElement('w:tab')
        tb.set(qn('w:val'), 'right'); tb.set(qn('w:leader'), 'dot'); tb.set(qn('w:pos'), '8296')
        tabs.append(tb); ppr.append(tabs); tp.append(ppr)
        if i == 0:
            tp.append(run_el(fld='begin'))
            tp.append(run_el(instr=' TOC \\o "1-2" \\h \\z \\u '))
            tp.append(run_el(fld='separate'))
        h = OxmlElement('w:hyperlink'); h.set(qn('w:anchor'), name); h.set(qn('w:history'), '1')
        h.append(run_el(text))
        h.append(run_el(tab=True))
        h.append(run_el(fld='begin'))
        h.append(run_el(instr=' PAGEREF %s \\h ' % name))
        h.append(run_el(fld='separate'))
        h.append(run_el(str(pages[i])))
        h.append(run_el(fld='end'))
        tp.append(h)
        prev.addnext(tp)
        prev = tp
        toc_noise.append('%s\t%d' % (text, pages[i]))
    anchor._p.append(run_el(fld='end'))   # field end in the paragraph after the entries
    prev.addnext(anchor._p)
    d.save(os.path.join(ROOT, '06.docx'))
    gold_for('06.docx', [S06A, S06B], toc_noise)


# ------------------------------------------------------------------ 07.docx: office print, figures table, 落款
TABLE07 = [
    ['项　目', '2022—2023年度', '2023—2024年度（预计）', '增幅'],
    ['高峰日用气量（万立方米）', '86.4', '97.2', '12.5%'],
    ['储气调峰能力（万立方米）', '120', '150', '25.0%'],
    ['居民用户（万户）', '31.5', '33.3', '5.7%'],
    ['非居民用户（户）', '2,846', '3,012', '5.8%'],
]
CAPTION07 = '表1　今冬明春天然气保供主要指标'
HEADER07 = '东岙燃气集团有限公司办公室'


def make07():
    d = base_doc()
    hp = d.add_paragraph()
    r = hp.add_run(HEADER07); r.font.color.rgb = RGBColor(0xC0, 0, 0); r.font.size = Pt(18)
    set_ea_font(r, '方正小标宋简体')
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ppr = hp._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr'); b = OxmlElement('w:bottom')
    for k, v in (('val', 'single'), ('sz', '18'), ('space', '4'), ('color', 'C00000')):
        b.set(qn('w:' + k), v)
    bdr.append(b); ppr.append(bdr)
    np_ = d.add_paragraph('内部资料　注意保存'); np_.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_ea_font(np_.runs[0], '黑体')
    d.styles['Title'].font.color.rgb = RGBColor(0, 0, 0)
    for it, p in body_items(d, S07, skip=('TABLE',)):
        pass
    # insert table after the first 形势分析 paragraph
    body = d.element.body
    paras = [p for p in d.paragraphs]
    target = [p for p in paras if p.text.startswith(IND * 0 + S07[6][2][:12])][0]
    cap = d.add_paragraph(); cr = cap.add_run(CAPTION07); cr.bold = True
    cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_ea_font(cr, '黑体')
    tbl = d.add_table(rows=len(TABLE07), cols=4)
    tbl.style = d.styles['Table Grid']
    for i, row in enumerate(TABLE07):
        for j, v in enumerate(row):
            c = tbl.cell(i, j)
            c.text = v
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for rr in c.paragraphs[0].runs:
                rr.font.size = Pt(12)
                if i == 0:
                    rr.bold = True
    target._p.addnext(cap._p)
    cap._p.addnext(tbl._tbl)
    # 落款
    d.add_paragraph()
    for t in ('东岙燃气集团有限公司', '2023年11月17日'):
        p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # footer with page number field
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run('— ')
    fp._p.append(run_el(fld='begin')); fp._p.append(run_el(instr=' PAGE ')); fp._p.append(run_el(fld='separate'))
    fp._p.append(run_el('1')); fp._p.append(run_el(fld='end'))
    fp.add_run(' —')
    d.save(os.path.join(ROOT, '07.docx'))
    noise = [HEADER07, '内部资料　注意保存', CAPTION07]
    for row in TABLE07:
        for v in row:
            if len(v) >= 4:
                noise.append(v)
    noise.append('东岙燃气集团有限公司')
    gold_for('07.docx', [S07], noise)


# ------------------------------------------------------------------ 08.docx: web page saved as Word
SITE08 = 'http://www.hengzhu-jg.com.cn'


def make08():
    d = base_doc(font='宋体', size=12)
    p = d.add_paragraph()
    p.add_run('您现在的位置：')
    add_hyperlink(p, '首页', SITE08 + '/')
    p.add_run(' > ')
    add_hyperlink(p, '新闻中心', SITE08 + '/news/')
    p.add_run(' > ')
    add_hyperlink(p, '项目动态', SITE08 + '/news/xmdt/')
    tp = d.add_paragraph(); tr = tp.add_run(S08[0][1]); tr.bold = True; tr.font.size = Pt(18)
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    meta = '发布时间：2024-03-12 09:30　　来源：工程管理部　　阅读：1268次'
    mp = d.add_paragraph(meta); mp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mp.runs[0].font.color.rgb = RGBColor(0x88, 0x88, 0x88); mp.runs[0].font.size = Pt(9)
    fz = d.add_paragraph('【字体：大 中 小】'); fz.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for it in S08[1:]:
        k = it[0]
        if k == 'S':
            p = d.add_paragraph('——' + it[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif k == 'G':
            d.add_paragraph(IND + it[1])
        elif k == 'H':
            p = d.add_paragraph(); p.add_run(IND); r = p.add_run(it[2]); r.bold = True
        elif k == 'P':
            txt = it[2]
            if '智慧工地' in txt:   # an in-text keyword link of the site's tag system
                a, b = txt.split('智慧工地', 1)
                p = d.add_paragraph(IND + a)
                add_hyperlink(p, '智慧工地', SITE08 + '/tag/zhgd.html')
                p.add_run(b)
            else:
                d.add_paragraph(IND + txt)
    d.add_paragraph('（编辑：李婷　审核：章学军）')
    sp = d.add_paragraph('分享到：')
    for nm, u in (('微信', '/share/wx'), ('微博', '/share/wb'), ('QQ空间', '/share/qz')):
        add_hyperlink(sp, nm, SITE08 + u, underline=False); sp.add_run('　')
    prv = d.add_paragraph('上一篇：')
    add_hyperlink(prv, '集团召开2024年一季度安全生产例会', SITE08 + '/news/xmdt/2024/0308/1123.html')
    nxt = d.add_paragraph('下一篇：')
    add_hyperlink(nxt, '城北安置房项目顺利通过主体结构验收', SITE08 + '/news/xmdt/2024/0314/1131.html')
    d.add_paragraph('【打印本页】　【关闭窗口】')
    ft = d.add_paragraph('版权所有：恒筑建工集团有限公司　　地址：江湄市云栖路88号　　电话：0579-86120000')
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(os.path.join(ROOT, '08.docx'))
    noise = ['您现在的位置：首页 > 新闻中心 > 项目动态', meta, '【字体：大 中 小】',
             '（编辑：李婷　审核：章学军）', '分享到：微信　微博　QQ空间',
             '上一篇：集团召开2024年一季度安全生产例会', '下一篇：城北安置房项目顺利通过主体结构验收',
             '【打印本页】　【关闭窗口】', '版权所有：恒筑建工集团有限公司　　地址：江湄市云栖路88号　　电话：0579-86120000']
    gold_for('08.docx', [S08], noise)


# ------------------------------------------------------------------ 09.html: 范文 site
def make09():
    title = S09[0][1]
    body = []
    for it in S09[1:]:
        k = it[0]
        if k == 'G':
            body.append('<p>%s</p>' % it[1])
        elif k == 'H':
            body.append('<p><strong>%s</strong></p>' % it[2])
        elif k == 'P':
            body.append('<p>%s</p>' % it[2])
        elif k == 'AD':
            body.append('''<div class="ad-insert" id="ad_mid_1">
<div class="ad-tag">广告</div>
<a href="https://www.haofanwen8.cn/vip/?from=art_mid" target="_blank" rel="nofollow">公文写作不求人，10万篇讲话稿范文一键下载 &gt;&gt;</a>
<script type="text/javascript">(window.slotbydup = window.slotbydup || []).push({id: "u7305512", container: "ad_mid_1"});</script>
</div>''')
    content = '\n'.join(body)
    desc = S09[2][2][:60]
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_安全生产讲话_好范文网</title>
<meta name="keywords" content="消防安全讲话,商场消防,冬春火灾防控,讲话稿范文">
<meta name="description" content="{desc}……">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:url" content="https://www.haofanwen8.cn/jianghua/anquan/58213.html">
<link rel="canonical" href="https://www.haofanwen8.cn/jianghua/anquan/58213.html">
<link rel="stylesheet" href="/static/css/article.css?v=20241109">
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "Article",
  "headline": "{title}",
  "description": "{desc}……",
  "datePublished": "2024-12-03T10:26:41+08:00",
  "dateModified": "2024-12-05T08:02:13+08:00",
  "author": {{"@type": "Person", "name": "匿名投稿"}},
  "publisher": {{"@type": "Organization", "name": "好范文网", "logo": {{"@type": "ImageObject", "url": "https://www.haofanwen8.cn/static/img/logo.png"}}}}
}}
</script>
<script>var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.example-stat.cn/hm.js?5c1f0e7a";document.head.appendChild(hm);}})();</script>
<style>.content{{max-height:900px;overflow:hidden;}}.content.open{{max-height:none;}}</style>
</head>
<body>
<noscript><div class="nojs">您的浏览器已禁用JavaScript，部分内容和功能可能无法正常使用。</div></noscript>
<div class="topbar">
  <div class="wrap"><a href="/" class="logo">好范文网</a>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/jianghua/">讲话稿</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/jihua/">工作计划</a></li><li><a href="/fangan/">活动方案</a></li><li><a href="/vip/">VIP会员</a></li></ul>
  <form class="search" action="/search/"><input type="text" name="q" placeholder="搜索范文"><button type="submit">搜索</button></form>
  </div>
</div>
<div class="wrap main">
 <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jianghua/">讲话稿</a> &gt; <a href="/jianghua/anquan/">安全生产讲话</a></div>
 <div class="left">
  <div class="article">
   <h1>{title}</h1>
   <div class="info">时间：2024-12-03 10:26　作者：匿名投稿　浏览：3562次</div>
   <div class="content" id="article-content">
{content}
   </div>
   <div class="readmore" id="readmore"><button type="button" onclick="document.getElementById('article-content').className+=' open';this.parentNode.style.display='none';">展开剩余70%</button></div>
   <div class="copyright-tip">声明：本文由网友投稿，仅供学习参考，不代表本站立场，如有侵权请联系我们删除。</div>
   <div class="down"><a href="/down/58213.html" rel="nofollow">下载Word文档</a> <a href="javascript:;" class="copy-btn">复制全文</a></div>
   <div class="prenext">
    <p>上一篇：<a href="/jianghua/anquan/58212.html">物业公司秋冬季消防安全培训会讲话稿</a></p>
    <p>下一篇：<a href="/jianghua/anquan/58214.html">2025年元旦春节期间安全防范工作部署会讲话</a></p>
   </div>
   <div class="related">
    <h3>相关范文推荐</h3>
    <ul>
     <li><a href="/jianghua/anquan/57990.html">超市消防安全应急演练总结（通用5篇）</a></li>
     <li><a href="/jianghua/anquan/58031.html">商业综合体动火作业管理制度范本</a></li>
     <li><a href="/jianghua/anquan/58107.html">消防安全责任书（商户版）</a></li>
    </ul>
   </div>
  </div>
 </div>
 <div class="sidebar">
  <div class="box">
   <h3>热门范文</h3>
   <ol>
    <li><a href="/jianghua/anquan/56601.html">2024年安全生产月启动仪式讲话稿精选</a></li>
    <li><a href="/jianghua/anquan/57112.html">企业负责人在安全生产工作会议上的表态发言</a></li>
    <li><a href="/zongjie/48820.html">冬季消防安全检查工作总结范文</a></li>
    <li><a href="/fangan/39015.html">商场元旦促销活动安全保障方案</a></li>
    <li><a href="/jianghua/27766.html">年终总结大会总经理讲话稿</a></li>
   </ol>
  </div>
  <div class="box ad-side"><a href="/vip/?from=side" rel="nofollow">开通VIP会员，全站文档免费下载</a></div>
 </div>
</div>
<div class="footer">
 <p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/copyright/">版权声明</a> | <a href="/sitemap.html">网站地图</a></p>
 <p>Copyright 2016-2024 好范文网 haofanwen8.cn 版权所有　备案号：X-ICP备00000000号-2</p>
</div>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/article.js?v=20241109"></script>
</body>
</html>
'''
    with open(os.path.join(ROOT, '09.html'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(html)
    noise = ['您的浏览器已禁用JavaScript，部分内容和功能可能无法正常使用。', '好范文网', '工作总结', '工作计划',
             '活动方案', 'VIP会员',
             '当前位置：首页 > 讲话稿 > 安全生产讲话', '时间：2024-12-03 10:26　作者：匿名投稿　浏览：3562次',
             '公文写作不求人，10万篇讲话稿范文一键下载 >>', '展开剩余70%',
             '声明：本文由网友投稿，仅供学习参考，不代表本站立场，如有侵权请联系我们删除。',
             '下载Word文档 复制全文', '上一篇：物业公司秋冬季消防安全培训会讲话稿',
             '下一篇：2025年元旦春节期间安全防范工作部署会讲话', '相关范文推荐',
             '超市消防安全应急演练总结（通用5篇）', '商业综合体动火作业管理制度范本', '消防安全责任书（商户版）',
             '热门范文', '2024年安全生产月启动仪式讲话稿精选', '企业负责人在安全生产工作会议上的表态发言',
             '冬季消防安全检查工作总结范文', '商场元旦促销活动安全保障方案', '年终总结大会总经理讲话稿',
             '开通VIP会员，全站文档免费下载', '关于我们 | 联系我们 | 版权声明 | 网站地图',
             'Copyright 2016-2024 好范文网 haofanwen8.cn 版权所有　备案号：X-ICP备00000000号-2']
    gold_for('09.html', [S09], noise)


# ------------------------------------------------------------------ 10.html: GBK government site
WRAP10 = '四月底前完成第一轮排查'   # a hard <br> wrap is inserted before this phrase


def make10():
    title = S10[0][1]
    nb = '&nbsp;' * 4
    lines = []
    for it in S10[1:]:
        k = it[0]
        if k in 'SD':
            lines.append('<div align="center">%s</div>' % it[1].replace('　', '&nbsp;&nbsp;'))
        elif k == 'G':
            lines.append(nb + it[1] + '<br>')
        elif k == 'H':
            lines.append(nb + '<strong>' + it[2] + '</strong><br>')
        elif k == 'R':
            rest = it[4]
            if WRAP10 in rest:
                a, b = rest.split(WRAP10, 1)
                rest = a + '四月底前<br>\r\n完成第一轮排查' + b
            lines.append(nb + '<strong>' + it[2] + '。</strong>' + rest + '<br>')
        elif k == 'P':
            lines.append(nb + it[2] + '<br>')
    speech = '\r\n'.join(lines)
    html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<meta charset="gbk">
<title>{title}</title>
<meta name="SiteName" content="临溪县人民政府">
<meta name="ColumnName" content="领导讲话">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-04-08 16:12">
<link href="/images/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/script/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/script/fanti.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="600" class="welcome">欢迎访问临溪县人民政府门户网站</td>
    <td width="400" align="right"><a href="javascript:void(0)" id="StranLink" onclick="StranBody()">繁體版</a>&nbsp;|&nbsp;<a href="/wza/">无障碍</a>&nbsp;|&nbsp;<a href="/sitemap.html">网站地图</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/banner.jpg"><img src="/images/logo.png" alt="临溪县人民政府" width="420" height="80"></td></tr>
  <tr><td class="nav"><a href="/">首页</a>&nbsp;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&nbsp;<a href="/zxfw/">在线服务</a>&nbsp;&nbsp;<a href="/hdjl/">互动交流</a>&nbsp;&nbsp;<a href="/zjlx/">走进临溪</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main">
  <tr><td class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldjh/">领导讲话</a></td></tr>
  <tr><td>
    <table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC" class="xxgk">
      <tr bgcolor="#FFFFFF"><td width="12%" align="right">索引号：</td><td width="38%">001008003010023/2024-0041573</td><td width="12%" align="right">发布机构：</td><td width="38%">石湾镇人民政府</td></tr>
      <tr bgcolor="#FFFFFF"><td align="right">主题分类：</td><td>安全生产监管</td><td align="right">发布日期：</td><td>2024-04-08</td></tr>
    </table>
  </td></tr>
  <tr><td align="center"><h1 class="title">{title}</h1></td></tr>
  <tr><td class="fbsj" align="center">发布时间：2024-04-08 16:12&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">427</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
  <tr><td class="zw" id="zoom" style="font-size:16px;line-height:32px;">
{speech}
  </td></tr>
  <tr><td align="right" class="tools">【<a href="javascript:window.print()">打印本页</a>】&nbsp;【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">主办：临溪县人民政府办公室&nbsp;&nbsp;承办：临溪县大数据发展中心</td></tr>
  <tr><td align="center">地址：临溪县城关镇府前路18号&nbsp;&nbsp;邮编：319900&nbsp;&nbsp;电话：0580-6021000</td></tr>
  <tr><td align="center">网站标识码：3399000001&nbsp;&nbsp;X-ICP备00000001号&nbsp;&nbsp;公网安备 33999902000001号</td></tr>
</table>
</body>
</html>
'''
    html = html.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(ROOT, '10.html'), 'wb') as f:
        f.write(html.encode('gbk'))
    nbsp = '\xa0'
    noise = ['欢迎访问临溪县人民政府门户网站',
             '繁體版' + nbsp + '|' + nbsp + '无障碍' + nbsp + '|' + nbsp + '网站地图',
             '首页' + nbsp * 2 + '政务公开' + nbsp * 2 + '在线服务' + nbsp * 2 + '互动交流' + nbsp * 2 + '走进临溪',
             '当前位置：首页 > 政务公开 > 领导讲话',
             '索引号：', '001008003010023/2024-0041573', '发布机构：', '石湾镇人民政府', '主题分类：',
             '安全生产监管', '发布日期：', '2024-04-08',
             '发布时间：2024-04-08 16:12' + nbsp * 4 + '浏览次数：427' + nbsp * 4 + '【字体：大 中 小】',
             '【打印本页】' + nbsp + '【关闭窗口】',
             '主办：临溪县人民政府办公室' + nbsp * 2 + '承办：临溪县大数据发展中心',
             '地址：临溪县城关镇府前路18号' + nbsp * 2 + '邮编：319900' + nbsp * 2 + '电话：0580-6021000',
             '网站标识码：3399000001' + nbsp * 2 + 'X-ICP备00000001号' + nbsp * 2 + '公网安备 33999902000001号']
    gold_for('10.html', [S10], noise)


if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    make06(); make07(); make08(); make09(); make10()
    print('wrote 06.docx 07.docx 08.docx 09.html 10.html and gold/')
