#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write pages 06-10 and gold/06-10.json for the safety-speech miner tests.

Run:  /usr/bin/python3 tools/gen.py      (python-docx is needed for 08.docx)
All names, places, figures, phone numbers and domains are invented.
"""
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, 'gold')

PB = '|PB|'
INJ = '|INJ|'


def clean(t):
    return t.replace(PB, '').replace(INJ, '')


def head_text(h):
    """Gold text of a run-in heading: drop the closing 。/：."""
    return h.rstrip('。：:')


class Noise:
    def __init__(self):
        self.items = []

    def add(self, *strings):
        for s in strings:
            s = s.strip()
            if len(s) >= 4 and s not in self.items:
                self.items.append(s)
        return strings[0] if len(strings) == 1 else strings


def gold_for(name, speeches, noise):
    titles, headings, paragraphs = [], [], []
    for sp in speeches:
        titles.append(sp['title'])
        for b in sp['body']:
            if b[0] == 'p':
                paragraphs.append({'text': clean(b[2]), 'category': b[1], 'truncated': False})
            elif b[0] == 'h':
                headings.append({'text': b[2], 'level': b[1]})
            elif b[0] == 'r':
                headings.append({'text': head_text(b[2]), 'level': b[1]})
                paragraphs.append({'text': clean(b[4]), 'category': b[3], 'truncated': False})
            elif b[0] == 'row':
                paragraphs.append({'text': b[2] + ' ' + b[3], 'category': b[1], 'truncated': False})
    return {'file': name, 'speeches': len(speeches), 'titles': titles,
            'headings': headings, 'paragraphs': paragraphs, 'noise': list(noise.items)}


def write_gold(num, name, speeches, noise):
    os.makedirs(GOLD, exist_ok=True)
    g = gold_for(name, speeches, noise)
    with open(os.path.join(GOLD, num + '.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')


def write_text(name, text, encoding, newline):
    data = text.replace('\n', newline)
    with open(os.path.join(ROOT, name), 'w', encoding=encoding, newline='') as f:
        f.write(data)


# ---------------------------------------------------------------- 06.html
def page06():
    sp = PAGES['06'][0]
    n = Noise()
    T = sp['title']
    head_title = n.add(T + '_澎湃号·政务_澎湃新闻-The Paper')
    nav = ['首页', '要闻', '深度', '直播', '视频', '澎湃号', '科技', '财经', '国际', '时事', '思想', '生活', '问政', '更多']
    account = n.add('栖凤发布')
    acc_desc = n.add('澜州市栖凤区委宣传部官方澎湃号')
    pubtime = n.add('2025-06-13 17:05')
    source = n.add('来源：澎湃新闻·澎湃号·政务')
    caption = n.add('全区安全生产和消防工作会议现场')
    n.add('澎湃新闻')
    download = n.add('下载客户端')
    stmt_h = n.add('特别声明')
    stmt = n.add('本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。')
    report = n.add('举报或反馈')
    rel_h = n.add('相关推荐')
    related = [
        ('栖凤区启动电动自行车消防安全“清楼行动”', '栖凤发布', '2025-06-09'),
        ('澜州市召开防汛工作视频调度会 部署主汛期防御工作', '澜州发布', '2025-06-12'),
        ('凤鸣街道开展高层住宅消防应急疏散演练', '栖凤发布', '2025-06-05'),
        ('栖凤经济开发区：企业安全管理人员集中“充电”', '栖凤发布', '2025-05-28'),
        ('夏季用电高峰来临，这份电气火灾防范指南请收好', '澜州消防', '2025-06-11'),
    ]
    for t, a, d in related:
        n.add(t)
        n.add(a)
        n.add(d)
    qr = n.add('扫码下载澎湃新闻客户端')
    n.add('Android版', 'iPhone版', 'Ipad版')
    app_bar = n.add('打开澎湃新闻App，阅读体验更佳')
    app_btn = n.add('App内打开')
    hot_h = n.add('澎湃号·政务热榜')
    hot = ['澜州出台老旧小区加装电梯补贴新规', '全市中小学暑期防溺水安全教育启动',
           '栖凤区2025年第二批民生实事项目公布', '澜州地铁3号线北延段主体结构封顶']
    for h in hot:
        n.add(h)
    foot_links = ['关于澎湃', '在澎湃工作', '联系我们', '广告及合作', '版权声明', '隐私政策', '友情链接',
                  '澎湃新闻举报受理和处置办法']
    for f in foot_links:
        n.add(f)
    f1 = n.add('新闻报料：021-62718854 举报电话：021-62718860')
    f2 = n.add('互联网新闻信息服务许可证：31120189077')
    f3 = n.add('沪ICP备14027615号-3')
    f4 = n.add('© 2014-2025 澎湃新闻 版权所有')

    body = []
    body.append('<p style="text-align: center;"><img src="https://image.pptimg-qf.cn/image/2025/0613/a7c3e2f1d0b94e6f.jpg" '
                'width="640" height="427" data-w="1080" alt=""/></p>')
    body.append('<p style="text-align: center;"><span style="color: rgb(136, 136, 136); font-size: 14px;">'
                + caption + '</span></p>')
    body.append('<p style="text-align: center;">' + sp['date'] + '</p>')
    body.append('<p>' + sp['salutation'] + '</p>')
    for b in sp['body']:
        if b[0] == 'p':
            body.append('<p style="text-indent: 2em;">' + clean(b[2]) + '</p>')
        elif b[0] == 'h':
            body.append('<p style="text-indent: 2em;"><strong>' + b[2] + '</strong></p>')
        elif b[0] == 'r':
            body.append('<p style="text-indent: 2em;"><strong>' + b[2] + '</strong>' + clean(b[4]) + '</p>')
    body.append('<p><br/></p>')

    ld = {
        '@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': T,
        'datePublished': '2025-06-13T17:05:00+08:00', 'dateModified': '2025-06-13T17:05:00+08:00',
        'author': {'@type': 'Organization', 'name': '栖凤发布'},
        'publisher': {'@type': 'Organization', 'name': '澎湃新闻',
                      'logo': {'@type': 'ImageObject', 'url': '/_next/static/media/logo.4c2b9e1a.png'}},
        'image': ['https://image.pptimg-qf.cn/image/2025/0613/a7c3e2f1d0b94e6f.jpg'],
    }
    nd = {'props': {'pageProps': {'detailData': {
        'contId': '31284570', 'name': T, 'pubTime': '2025-06-13 17:05', 'praiseTimes': '37',
        'nodeInfo': {'nodeId': 25950, 'name': '澎湃号·政务'},
        'authorInfo': {'userId': 8127734, 'sname': '栖凤发布', 'perDesc': '澜州市栖凤区委宣传部官方澎湃号'},
        'summary': '6月11日，栖凤区召开安全生产和消防工作会议，区长周启明出席并讲话。',
        'isOriginal': True}}, '__N_SSP': True},
        'page': '/newsDetail_forward/[contId]', 'query': {'contId': '31284570'},
        'buildId': 'q8ZtW3xYkR2nHcE5pLm0V', 'isFallback': False, 'gssp': True, 'scriptLoader': []}

    L = []
    a = L.append
    a('<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>'
      '<meta http-equiv="X-UA-Compatible" content="IE=edge"/>'
      '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
      '<title>' + head_title + '</title>'
      '<meta name="keywords" content="安全生产,消防,栖凤区,澎湃号"/>'
      '<meta name="description" content="6月11日，栖凤区召开安全生产和消防工作会议，区长周启明出席并讲话。"/>'
      '<meta property="og:title" content="' + T + '"/>'
      '<meta property="og:type" content="article"/>'
      '<link rel="canonical" href="/newsDetail_forward_31284570"/>'
      '<link rel="icon" href="/favicon.ico"/>')
    a('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + '</script>')
    a('<link rel="preload" href="/_next/static/css/4f1c0a9e2b7d3c55.css" as="style"/>'
      '<link rel="stylesheet" href="/_next/static/css/4f1c0a9e2b7d3c55.css" data-n-g=""/>'
      '<link rel="preload" href="/_next/static/css/0b7e61d2a9c84f13.css" as="style"/>'
      '<link rel="stylesheet" href="/_next/static/css/0b7e61d2a9c84f13.css" data-n-p=""/>'
      '<noscript data-n-css=""></noscript>'
      '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>'
      '<script src="/_next/static/chunks/webpack-5a1d0e3c7b9f2a64.js" defer=""></script>'
      '<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>'
      '<script src="/_next/static/chunks/main-8f3b1c0d9e2a7f65.js" defer=""></script>'
      '<script src="/_next/static/chunks/pages/newsDetail_forward/%5BcontId%5D-3e9a0b7c1d4f2e86.js" defer=""></script>'
      '</head>')
    a('<body><div id="__next"><div class="index_container__Kp2sQ">')
    a('<div class="index_header__Xy3mP"><div class="index_headerInner__b7LqT">')
    a('<a href="/" class="index_logo__r2Vd9"><img src="/_next/static/media/logo.4c2b9e1a.png" alt="澎湃新闻"/>'
      '<span class="index_logoText__gH3kA">澎湃新闻</span></a>')
    a('<ul class="index_nav__Qm5zE">' + ''.join('<li><a href="/%s">%s</a></li>' % (
        '' if i == 0 else 'channel_%d' % (25949 + i), t) for i, t in enumerate(nav)) + '</ul>')
    a('<div class="index_search__pW8nC"><input type="text" placeholder="搜索" value=""/><i class="iconfont icon-sousuo"></i></div>')
    a('<a class="index_download__Lx4vR" href="/download">' + download + '</a>'
      '<a class="index_login__aS7tY" href="/login">登录</a>')
    a('</div></div>')
    a('<main class="index_main__Vt6dH"><div class="index_leftcontent__F2kJw">')
    a('<div class="index_breadcrumb__Nc3xZ"><a href="/channel_25950">澎湃号</a><span>&gt;</span><a href="/list_25950_gov">政务</a></div>')
    a('<h1 class="index_title__aGAqD">' + T + '</h1>')
    a('<div class="index_headerContent__sASF4"><div class="index_left__LfzyH">')
    a('<div class="index_author__pX1cE"><a href="/user_8127734"><img src="https://image.pptimg-qf.cn/avatar/8127734.png" alt=""/></a>'
      '<div class="index_authorInfo__k0Wq2"><a class="index_name__mZ2Rt" href="/user_8127734">' + account + '</a>'
      '<span class="index_desc__Jr5bQ">' + acc_desc + '</span></div>'
      '<button type="button" class="index_follow__T9gHe">关注</button></div>')
    a('<div class="ant-space ant-space-horizontal ant-space-align-center">'
      '<div class="ant-space-item"><span class="index_original__U4nDs">原创</span></div>'
      '<div class="ant-space-item"><span>' + pubtime + '</span></div>'
      '<div class="ant-space-item"><span>' + source + '</span></div></div>')
    a('</div><div class="index_right__q3XpV"><span class="index_fontsize__Bw0iK"><i class="iconfont icon-zihao"></i>字号</span></div></div>')
    a('<div class="index_cententWrap__Jv8jK"><div class="index_cententContent__vRm8s">')
    L.extend(body)
    a('</div></div>')
    a('<div class="index_statement__e4YhN"><p><span>' + stmt_h + '</span><br/>' + stmt + '</p></div>')
    a('<div class="index_bottomBar__H6cZp"><span class="index_praise__N1oTe"><i class="iconfont icon-zan"></i>37</span>'
      '<span class="index_share__c8RfL"><i class="iconfont icon-fenxiang"></i></span>'
      '<a class="index_report__x5PzM" href="/report">' + report + '</a></div>')
    a('<div class="index_related__y0BnV"><h2 class="index_moduleTitle__S3aLd">' + rel_h + '</h2><ul>')
    for t, au, d in related:
        a('<li class="index_relatedItem__W7kPo"><a href="/newsDetail_forward_%d"><div class="index_relatedTitle__D2qMv">%s</div>'
          '<div class="index_relatedInfo__g9ZsE"><span>%s</span><span>%s</span></div></a></li>'
          % (31284570 - 1731 * (related.index((t, au, d)) + 1), t, au, d))
    a('</ul></div></div>')
    a('<div class="index_rightcontent__pZ6Mw">')
    a('<div class="index_qrcode__V3xLe"><img src="/_next/static/media/qrcode.9d1e7b4a.png" alt=""/><p>' + qr + '</p>'
      '<div class="index_platform__R8cWt"><a href="/download?type=android">Android版</a>'
      '<a href="/download?type=ios">iPhone版</a><a href="/download?type=ipad">Ipad版</a></div></div>')
    a('<div class="index_hotList__e1TgB"><h2 class="index_moduleTitle__S3aLd">' + hot_h + '</h2><ol>'
      + ''.join('<li><span class="index_rank__P0kVm">%d</span><a href="/newsDetail_forward_%d">%s</a></li>'
                % (i + 1, 31280011 + 97 * i, h) for i, h in enumerate(hot)) + '</ol></div>')
    a('</div></main>')
    a('<div class="index_appBar__Zr2Yq"><span>' + app_bar + '</span><a class="index_openApp__Ks8Uw" href="/download">'
      + app_btn + '</a></div>')
    a('<footer class="index_footer__Tq1Wm"><div class="index_footerLinks__j6HcD">'
      + ''.join('<a href="/about#%d">%s</a>' % (i, f) for i, f in enumerate(foot_links)) + '</div>')
    a('<p>' + f1 + '</p><p>' + f2 + '</p><p>' + f3 + '</p><p>' + f4 + '</p></footer>')
    a('</div></div>')
    a('<script id="__NEXT_DATA__" type="application/json">' + json.dumps(nd, ensure_ascii=False) + '</script>')
    a('<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");'
      'hm.src="https://stat.pptimg-qf.cn/hm.js?5c1e9a73b0d24f68";var s=document.getElementsByTagName("script")[0];'
      's.parentNode.insertBefore(hm,s);})();</script>')
    a('</body></html>')
    html = '\n'.join(L) + '\n'
    write_text('06.html', html, 'utf-8', '\n')
    write_gold('06', '06.html', PAGES['06'], n)


# ---------------------------------------------------------------- 07.txt
def colw(ch):
    return 2 if unicodedata.east_asian_width(ch) in 'WF' else 1


def hard_wrap(text, width=72, indent='　　'):
    """Wrap like a fixed-width text dump: counts display columns, breaks anywhere."""
    lines, cur, w = [], indent, sum(colw(c) for c in indent)
    for ch in text:
        cw = colw(ch)
        if w + cw > width:
            lines.append(cur)
            cur, w = '', 0
        cur += ch
        w += cw
    lines.append(cur)
    return lines


def page07():
    sp = PAGES['07'][0]
    n = Noise()
    L = []
    a = L.append
    a(n.add('鹤川党建网'))
    a(n.add('中共鹤川县委组织部主办'))
    a(n.add('首页 | 党建要闻 | 理论学习 | 党课讲稿 | 基层党建 | 干部工作 | 人才工作 | 专题专栏'))
    a(n.add('当前位置：首页 > 党课讲稿 > 专题党课'))
    a('')
    a(sp['title'])
    a('')
    a(n.add('发布时间：2025-06-18 09:40　　来源：中共鹤川县委组织部　　浏览次数：1326'))
    a(n.add('【字体：大 中 小】　【打印本页】　【关闭窗口】'))
    a('')
    a('　　　　　　　　　　　　' + sp['speaker'])
    a('　　　　　　　　　　　　' + sp['date'])
    a('')
    a('　　' + sp['salutation'])
    for b in sp['body']:
        if b[0] == 'p':
            L.extend(hard_wrap(clean(b[2])))
        elif b[0] == 'h':
            L.extend(hard_wrap(b[2]))
    a('')
    a('注释：')
    a(n.add('[1] 见习近平总书记关于安全生产工作的系列重要论述。'))
    a(n.add('[2] 见党的二十大报告第十一部分“推进国家安全体系和能力现代化，坚决维护国家安全和社会稳定”。'))
    a(n.add('[3] 见《中共中央 国务院关于推进安全生产领域改革发展的意见》（2016年12月）。'))
    a('')
    a(n.add('（责任编辑：刘䶮　　审核：陈默然）'))
    a('')
    a(n.add('分享到：微信　微博　QQ空间　复制链接'))
    a('')
    a(n.add('上一篇：鹤川县开展“七一”走访慰问困难党员活动'))
    a(n.add('下一篇：以党建引领破解基层治理难题——石门乡“红色网格”工作纪实'))
    a('')
    a(n.add('推荐阅读'))
    for t in ['县委常委会召开会议专题研究安全生产和防汛工作',
              '【专题党课】用好“四下基层”工作方法 提升为民服务本领',
              '全县新任职科级干部安全生产专题培训班开班',
              '鹤川县应急管理局党支部开展“党员安全示范岗”评选',
              '党课讲稿：在学思践悟中筑牢忠诚之魂']:
        a(n.add('· ' + t))
    a('')
    a(n.add('网站首页 | 关于我们 | 联系我们 | 网站地图 | 隐私声明'))
    a(n.add('主办：中共鹤川县委组织部　　承办：鹤川县融媒体中心'))
    a(n.add('地址：鹤川县迎宾大道188号　　邮编：651420　　电话：0874-6213507'))
    a(n.add('滇ICP备2025031876号-1　　滇公网安备53032802000417号'))
    a(n.add('版权所有 鹤川党建网　未经授权禁止转载、摘编、复制或建立镜像'))
    text = '\n'.join(L) + '\n'
    write_text('07.txt', text, 'gb18030', '\n')
    write_gold('07', '07.txt', PAGES['07'], n)


# ---------------------------------------------------------------- 08.docx
def page08():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor, Cm

    sp = PAGES['08'][0]
    n = Noise()
    doc = Document()

    def east(run, name):
        rpr = run._element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is None:
            rfonts = rpr.makeelement(qn('w:rFonts'), {})
            rpr.insert(0, rfonts)
        rfonts.set(qn('w:eastAsia'), name)

    normal = doc.styles['Normal']
    normal.font.name = 'Times New Roman'
    normal.font.size = Pt(16)
    normal.element.rPr.rFonts.set(qn('w:eastAsia'), '仿宋_GB2312')
    h1 = doc.styles['Heading 1']
    h1.font.name = 'Times New Roman'
    h1.font.size = Pt(16)
    h1.font.bold = False
    h1.font.color.rgb = RGBColor(0, 0, 0)
    h1.element.rPr.rFonts.set(qn('w:eastAsia'), '黑体')
    h1.paragraph_format.space_before = Pt(6)
    h1.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)

    def para(text, align=None, indent=True, size=None, font=None, bold=False):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = Pt(28)
        if text:
            r = p.add_run(text)
            if size:
                r.font.size = Pt(size)
            if font:
                east(r, font)
            if bold:
                r.bold = True
        return p

    para(n.add('青崖县2025年安全生产工作会议材料之二'), indent=False, size=14, font='黑体')
    para('')
    para(sp['title'], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=22, font='方正小标宋简体')
    para(sp['speaker'], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font='楷体_GB2312')
    para(sp['date'], align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, font='楷体_GB2312')
    para('')
    para(sp['salutation'], indent=False)

    # page layout of the converted document: new section (page) before these heading texts
    page_starts = {'二、突出工作重点，全面推进隐患排查整治': 0, '三、压实各方责任，筑牢安全生产防线': 1}
    table = None
    for b in sp['body']:
        kind = b[0]
        if kind == 'p':
            t = b[2]
            if PB in t:
                first, rest = t.split(PB)
                para(first)
                doc.add_section()
                para(rest, indent=False)   # continuation of the paragraph on the next page
            else:
                para(t)
        elif kind == 'h':
            if b[2] in page_starts and page_starts[b[2]] == 1:
                doc.add_section()
            doc.add_heading(b[2], level=1)
        elif kind == 'r':
            p = para('')
            r = p.add_run(b[2])
            r.bold = True
            east(r, '楷体_GB2312')
            p.add_run(b[4])
        elif kind == 'th':
            table = doc.add_table(rows=1, cols=2)
            table.style = 'Table Grid'
            for i, t in enumerate((b[1], b[2])):
                c = table.rows[0].cells[i]
                c.text = ''
                r = c.paragraphs[0].add_run(t)
                r.bold = True
                east(r, '黑体')
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == 'row':
            cells = table.add_row().cells
            cells[0].text = b[2]
            cells[1].text = b[3]
    para('')
    para(n.add('更多精品文档请下载知页文库APP'), align=WD_ALIGN_PARAGRAPH.CENTER, indent=False, size=10.5)

    hdr = n.add('本文档由知页文库用户上传，仅供学习交流，请勿用于商业用途')
    total = len(doc.sections)
    for i, s in enumerate(doc.sections):
        if i == 0:
            hp = s.header.paragraphs[0]
            hp.text = hdr
            hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in hp.runs:
                r.font.size = Pt(9)
        s.footer.is_linked_to_previous = False
        fp = s.footer.paragraphs[0]
        fp.text = n.add('第 %d 页 共 %d 页' % (i + 1, total))
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in fp.runs:
            r.font.size = Pt(9)
    cp = doc.core_properties
    cp.title = sp['title']
    cp.author = 'zhiye_user_52817'
    cp.comments = '知页文库 www.zhiyewenku.cn'
    doc.save(os.path.join(ROOT, '08.docx'))
    write_gold('08', '08.docx', PAGES['08'], n)


# ---------------------------------------------------------------- 09.txt
def page09():
    sp = PAGES['09'][0]
    n = Noise()
    L = []
    a = L.append
    a(n.add('今日头条'))
    a(n.add('打开APP'))
    a(n.add('副市长谭卫东：汛期安全不能有丝毫松懈 隐患必须动态清零'))
    a(n.add('潇阳应急发布'))
    a('+关注')
    a(n.add('2025-05-20 08:15 · 湖南 · 优质政务领域创作者'))
    a('')
    a(n.add('5月19日下午，全市安全生产暨防汛备汛工作调度会召开，副市长谭卫东出席会议并讲话。'
            '各县市区政府分管负责同志、市安委会有关成员单位负责人参加会议。现将讲话全文刊发如下。'))
    a('')
    img = n.add('[图片]')
    a(img)
    a(n.add('图片来源：潇阳市应急管理局'))
    a('')
    a(sp['title'])
    a('')
    a(sp['speaker'])
    a('')
    a(sp['date'])
    a('')
    a(sp['salutation'])
    a('')
    after = {
        3: ['[图片]', n.add('会议现场 图片来源：潇阳发布')],
        7: ['展开全文'],
        12: ['[图片]', n.add('5月中旬，应急、水利部门联合检查某水库防汛物资储备情况。图片来源：潇阳市水利局')],
    }
    n.add('展开全文')
    for i, b in enumerate(sp['body']):
        if b[0] == 'p':
            a(clean(b[2]))
        elif b[0] == 'h':
            a(b[2])
        elif b[0] == 'r':
            a(b[2] + clean(b[4]))
        a('')
        for x in after.get(i, []):
            a(x)
            a('')
    a(n.add('本文为政务账号原创内容，转载请注明出处。'))
    a('')
    a('举报')
    a(n.add('评论 12 收藏 分享'))
    a('')
    a(n.add('全部评论（12）'))
    a(n.add('写评论...'))
    comments = [
        ('潇湘老周', '去年汛期我们镇提前转移了两百多人，事后看真是救了命，这根弦一刻不能松。', '05-20 08:47 · 湖南', '回复 3'),
        ('雨后青山2019', '建议把农村自建房也好好查一查，很多是自己找师傅盖的，没有图纸。', '05-20 09:20 · 湖南', '回复 1'),
        ('岭东小陈', '工地那起事故就在我们县，希望以后真正引以为戒。', '05-20 10:03 · 湖南', '回复 5'),
        ('用户6528013924177', '说得好，关键是落实到最后一公里。', '05-20 12:31 · 广东', '回复 0'),
        ('河西打工人', '水库边钓鱼的人汛期也要管一管，年年有人出事。', '05-20 18:56 · 湖南', '回复 2'),
    ]
    for name, text, t, r in comments:
        a('')
        a(n.add(name))
        a(n.add(text))
        a(n.add(t + '  ' + r))
    a('')
    a(n.add('查看全部12条评论'))
    a('')
    a(n.add('相关推荐'))
    a(n.add('潇阳：主汛期前完成317处山洪危险区预警设施检修'))
    a(n.add('潇阳应急发布 · 86评论 · 1天前'))
    a(n.add('湖南多地进入主汛期，这些避险知识请转发给家人'))
    a(n.add('湘江晨讯 · 1203评论 · 3小时前'))
    a('')
    a(n.add('打开今日头条，查看更多精彩内容'))
    text = '\ufeff' + '\n'.join(L) + '\n'
    write_text('09.txt', text, 'utf-16-le', '\r\n')
    write_gold('09', '09.txt', PAGES['09'], n)


# ---------------------------------------------------------------- 10.txt
def page10():
    E1, E2, E3 = PAGES['10']
    n = Noise()
    L = []
    a = L.append

    def page_header(views):
        return [n.add('笔友范文网_免费范文大全_工作总结_讲话稿_心得体会'),
                n.add('首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 演讲稿 | 主持词 | 致辞 | 合同范本'),
                n.add('当前位置：笔友范文网 > 讲话稿 > 安全讲话稿 > 正文'),
                '',
                n.add('安全生产讲话稿（精选3篇）'),
                n.add('更新时间：2025-06-02　作者：笔友编辑部　阅读：%d次' % views),
                '']

    pager = n.add('上一页 1 2 3 下一页')
    inj = n.add('（本文来源：笔友范文网）')

    def speech(i, sp):
        out = []
        out.append(n.add('第%d篇：' % i) + sp['title'])
        if sp['speaker']:
            out.append('　　' + sp['speaker'])
        out.append('　　' + sp['salutation'])
        for b in sp['body']:
            if b[0] == 'p':
                t = b[2].replace(INJ, inj)
                if PB in t:
                    first, rest = t.split(PB)
                    out.append('　　' + first)
                    out.append('')
                    out.append(pager)
                    out.append('')
                    out.extend(page_header(3812))
                    out.append(rest)
                else:
                    out.append('　　' + t)
            elif b[0] == 'h':
                out.append('　　' + b[2])
            elif b[0] == 'r':
                out.append('　　' + b[2] + clean(b[4]))
        return out

    L.extend(page_header(3811))
    a(n.add('在日常学习、工作或生活中，大家都不可避免地要接触到讲话稿吧，讲话稿是在特定场合发表讲话的文稿。'
            '那么你有了解过讲话稿吗？以下是小编精心整理的安全生产讲话稿（精选3篇），欢迎大家借鉴与参考，希望对大家有所帮助。'))
    a('')
    a('目录')
    for i, sp in enumerate(PAGES['10']):
        a(n.add('%d、%s' % (i + 1, sp['title'])))
    a('')
    L.extend(speech(1, E1))
    a('')
    L.extend(speech(2, E2))
    a('')
    a(pager)
    a('')
    L.extend(page_header(3813))
    L.extend(speech(3, E3))
    a('')
    a(pager)
    a('')
    a(n.add('【安全生产讲话稿（精选3篇）】相关文章：'))
    for t in ['2025年“安全生产月”活动方案（通用6篇）', '安全生产表态发言稿（精选5篇）',
              '企业安全生产工作会议讲话稿范文', '消防安全工作会议讲话稿（通用4篇）',
              '安全生产月启动仪式主持词（精选3篇）', '乡镇安全生产工作总结（通用10篇）']:
        a(n.add(t))
    a('')
    a(n.add('上一篇：防汛工作会议讲话稿（精选3篇）'))
    a(n.add('下一篇：安全生产工作会议主持词范文'))
    a('')
    a(n.add('关于我们 | 联系我们 | 免责声明 | 网站地图 | 投稿须知'))
    a(n.add('本站部分文章来自网络，仅供学习参考，如有侵权请联系删除。'))
    a(n.add('Copyright 2019-2025 笔友范文网 www.biyoufw8.com 版权所有'))
    a(n.add('豫ICP备19034127号-2'))
    text = '\n'.join(L) + '\n'
    write_text('10.txt', text, 'gbk', '\n')
    write_gold('10', '10.txt', PAGES['10'], n)


if __name__ == '__main__':
    page06()
    page07()
    page08()
    page09()
    page10()
    print('wrote 06.html 07.txt 08.docx 09.txt 10.txt and gold/06-10.json')
