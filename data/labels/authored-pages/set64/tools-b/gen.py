#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerate pages 06-10 and gold/06-10.json of set 64 writer b.

    /usr/bin/python3 tools/gen.py

Tool paths (intermediates kept in tools/):
  06.docx  tools/06_page.html    (county government article page, chrome and all)  --soffice-->  docx
  07.docx  tools/07_article.html (WeChat 公众号 article page as saved by a browser) --pandoc -f html -t docx-->
  08.html  tools/08_draft.docx   (征求意见稿 with tracked changes and comments)  --pandoc -f docx -t html
                                  --standalone --track-changes=all-->
  09.docx  tools/09_src.fodt     (文稿审签单: speech inside a table cell, heading numbers from the outline
                                  numbering of the heading styles, a text frame)  --soffice-->  docx
  10.html  tools/10_src.fodt --soffice--> tools/10_src.docx (会议材料: cover, bookmark TOC, header, footer,
                                  endnote, two speeches)  --soffice "HTML (StarWriter)"-->  html
Determinism: zip members are rewritten in their original order with a fixed date; pandoc runs with
SOURCE_DATE_EPOCH; every document property date is fixed in the sources.  Nothing else in the tool output
depends on the clock (gen.py checks by running, and the README says how).
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import speeches as S          # noqa: E402
import validate as V          # noqa: E402

LO_PROFILE = '-env:UserInstallation=file:///tmp/lo-64b'
ZIP_DATE = (2024, 7, 15, 9, 30, 0)
EPOCH = '1721035800'          # 2024-07-15T09:30:00Z for pandoc


# ----------------------------------------------------------------------------------------------- helpers
def esc(s):
    return html.escape(s, quote=False)


def xesc(s):
    return html.escape(s, quote=True)


def accepted(t):
    """text of a (possibly marked-up) string as the speech says it: deletions out, insertions and
    commented text in, comment bodies out"""
    t = re.sub(r'\[-.*?-\]', '', t)
    t = re.sub(r'\{\+(.*?)\+\}', r'\1', t)
    t = re.sub(r'\(\((.*?)\|(.*?)\)\)', r'\2', t)
    return t


def injected_of(t):
    """strings a converter shows inside the text that are not the speech (deletions, comment bodies)"""
    return re.findall(r'\[-(.*?)-\]', t) + [m[0] for m in re.findall(r'\(\((.*?)\|(.*?)\)\)', t)]


def soffice(src, fmt, outdir):
    cmd = ['soffice', LO_PROFILE, '--headless', '--convert-to', fmt, '--outdir', outdir, src]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(':')[0]
    out = os.path.join(outdir, base + '.' + ext)
    if r.returncode != 0 or not os.path.exists(out):
        sys.exit('soffice failed on %s: %s %s' % (src, r.stdout.decode(), r.stderr.decode()))
    return out


def pandoc(args):
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    r = subprocess.run(['pandoc'] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=HERE)
    if r.returncode != 0:
        sys.exit('pandoc failed: %s' % r.stderr.decode())
    return r.stderr.decode()


def rezip(src, dst, fix=None):
    """copy a zip package member by member, in order, with a fixed date (and optional content fix)"""
    zin = zipfile.ZipFile(src)
    tmp = dst + '.tmp'
    with zipfile.ZipFile(tmp, 'w') as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if fix is not None:
                data = fix(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, ZIP_DATE)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, data)
    zin.close()
    os.replace(tmp, dst)


def fix_lo_comment_dates(name, data):
    """LibreOffice's HTML import keeps markup it cannot map (here a <meta http-equiv>) as a comment
    "HTML: <meta ...>" stamped with the clock time of the conversion; that one date is set to a fixed value"""
    if name == 'word/comments.xml':
        data = re.sub(rb'w:date="[0-9T:-]+Z"', b'w:date="2024-05-08T11:05:00Z"', data)
    return data


def write_zip(dst, members):
    with zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)


def write_text(path, s):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(s)


# ----------------------------------------------------------------------------------------------- gold
def speech_parts(sp):
    heads, paras = [], []
    for it in sp['items']:
        if it[0] == 'h':
            heads.append({'text': accepted(it[2]), 'level': it[1]})
        elif it[0] == 'p':
            paras.append({'text': accepted(it[2]), 'category': it[1], 'truncated': False})
        elif it[0] == 'rp':
            heads.append({'text': accepted(it[2]), 'level': it[1]})
            paras.append({'text': accepted(it[4]), 'category': it[3], 'truncated': False})
    return heads, paras


def speech_injected(sp):
    out = []
    for it in sp['items']:
        if it[0] == 'del':
            continue                      # a whole deleted paragraph is a noise line of its own
        for t in it[2:]:
            if isinstance(t, str):
                out += injected_of(t)
    return out


def make_gold(name, sps, injected=(), extra_unlabelled=()):
    """titles/headings/paragraphs from the speech data; noise = every decoded line that is neither a speech
    part nor one of the unlabelled lines (salutation, speaker and date lines, marks of 1-3 characters), plus
    the injected strings"""
    page = os.path.join(ROOT, name)
    gold = {'file': name, 'speeches': len(sps), 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}
    unl = set()
    for sp in sps:
        gold['titles'].append(sp['title'])
        h, p = speech_parts(sp)
        gold['headings'] += h
        gold['paragraphs'] += p
        bits = [sp.get('speaker'), sp.get('date'), sp.get('salutation')]
        for b in bits:
            if b:
                unl.add(V.mnorm(b))
        if sp.get('speaker') and sp.get('date'):
            unl.add(V.mnorm(sp['speaker'] + sp['date']))
    for u in extra_unlabelled:
        unl.add(V.mnorm(u))
    lines = V.page_lines(page)
    injected = [i for i in injected]
    for i in injected:
        if not any(i in l for l in lines):
            sys.exit('%s: injected string not in decoded text: %r' % (name, i))
    clean = V.strip_injected(lines, injected)
    errs, placed = V.match_parts(clean, gold)
    if errs:
        for i, l in enumerate(clean):
            print('%4d %s' % (i, l))
        sys.exit('%s: %s' % (name, errs))
    used = {}
    for kind, idx, j, st, en in placed:
        used.setdefault(j, []).append((st, en))
    noise = []
    for j, l in enumerate(clean):
        if j in used:
            spans = sorted(used[j])
            # every line holding a speech part must be wholly speech (head + mark + paragraph)
            ml = V.mnorm(l)
            cover = 0
            for st, en in spans:
                if st > cover + 1:
                    sys.exit('%s: line %d only partly speech: %r' % (name, j, l))
                cover = en
            if cover != len(ml):
                sys.exit('%s: line %d only partly speech: %r' % (name, j, l))
            continue
        if V.mnorm(l) in unl or len(V.snorm(l, True)) < 4:
            continue
        if l not in noise:
            noise.append(l)
    # injected strings go where they occur in reading order
    out = []
    for j, l in enumerate(lines):
        for i in injected:
            if i in l and i not in out:
                out.append(i)
        c = clean[j]
        if c in noise and c not in out:
            out.append(c)
    gold['noise'] = out
    write_text(os.path.join(ROOT, 'gold', name.split('.')[0] + '.json'),
               json.dumps(gold, ensure_ascii=False, indent=2) + '\n')
    return gold


# ----------------------------------------------------------------------------------------------- 06
LOGO_PNG = ('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA'
            '60e6kgAAAABJRU5ErkJggg==')


def speech_html_06(sp):
    out = ['<p style="text-align:center;"><strong><span style="font-size:22px;">%s</span></strong></p>' % esc(sp['title']),
           '<p style="text-align:center;">%s</p>' % esc(sp['speaker']),
           '<p style="text-align:center;">%s</p>' % esc(sp['date']),
           '<p>%s</p>' % esc(sp['salutation'])]
    for it in sp['items']:
        if it[0] == 'h':
            out.append('<p style="text-indent:2em;"><strong>%s</strong></p>' % esc(it[2]))
        elif it[0] == 'p':
            out.append('<p style="text-indent:2em;">%s</p>' % esc(it[2]))
        elif it[0] == 'rp':
            out.append('<p style="text-indent:2em;"><strong>%s。</strong>%s</p>' % (esc(it[2]), esc(it[4])))
    return '\n'.join(out)


def build_06():
    sp = S.S06
    headline = '周国栋在全县2024年第二季度安全生产工作会议上的讲话'
    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="青崖县人民政府">
<meta name="ColumnName" content="领导讲话">
<meta name="ArticleTitle" content="{headline}">
<title>{headline}_领导讲话_青崖县人民政府</title>
<style>
body{{margin:0;font-family:"Microsoft YaHei";}} .w1200{{width:1200px;margin:0 auto;}}
.m-nav,.gotop{{display:none;}} .nav li{{float:left;list-style:none;}}
</style>
<script type="text/javascript">var _hmt = _hmt || []; function setFont(s){{document.getElementById("zoom").style.fontSize=s+"px";}}</script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="welcome">欢迎访问青崖县人民政府门户网站！</span>
<span class="tools"><a href="/wza/">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">繁體版</a> | <a href="/m/">手机版</a></span></div></div>
<div class="header"><div class="w1200"><a href="/"><img src="{logo}" alt="青崖县人民政府" width="420" height="72"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词" value=""><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">首页</a></li><li><a href="/zjqy/">走进青崖</a></li><li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div>
<div class="m-nav"><a href="/">网站首页</a><a href="/zwgk/">信息公开目录</a><a href="/hdjl/">县长信箱</a></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldjh/">领导讲话</a></div>
<table class="xxgk" border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td>索引号：11522731MB1A03417X/2024-00213</td><td>信息分类：领导讲话</td></tr>
<tr><td>发布机构：青崖县应急管理局</td><td>生成日期：2024-05-08</td></tr>
<tr><td colspan="2">名　　称：{headline}</td></tr>
<tr><td>文　　号：</td><td>主 题 词：讲话 安全</td></tr>
</table>
<div class="article">
<h1 class="art-title">{headline}</h1>
<div class="art-info"><span>发布时间：2024-05-08 10:32</span><span>信息来源：县应急管理局</span><span>浏览次数：1287</span><span>字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span></div>
<div class="art-con" id="zoom">
{speech}
</div>
<div class="art-editor">（责任编辑：李晓燕）</div>
<div class="art-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="share">分享到：<a href="#" title="微信"></a><a href="#" title="微博"></a><a href="#" title="QQ空间"></a></div>
<div class="prevnext"><p>上一篇：<a href="./t20240506_1873302.html">青崖县召开森林防火工作推进会</a></p>
<p>下一篇：<a href="./t20240509_1873517.html">县应急管理局开展“安全生产月”宣传咨询活动</a></p></div>
</div>
<div class="related"><h3>相关阅读</h3><ul>
<li><a href="#">县应急管理局开展危化品经营企业专项检查</a><span>2024-05-06</span></li>
<li><a href="#">青崖县召开2024年第一季度安委会全体会议</a><span>2024-01-30</span></li>
<li><a href="#">清河镇组织开展汛前地质灾害隐患巡查</a><span>2024-04-18</span></li>
</ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办单位：青崖县人民政府办公室　承办单位：青崖县大数据发展中心</p>
<p>地址：青崖县城关镇人民路88号　邮编：553100　联系电话：0859-6621035</p>
<p>网站标识码：5223270001　<a href="#">滇ICP备05002317号-2</a>　<a href="#">滇公网安备 53232702000117号</a></p>
<p>建议使用1366×768以上分辨率、IE9以上版本浏览器浏览本站</p>
</div></div>
<div class="gotop"><a href="#">返回顶部</a></div>
</body>
</html>
'''.format(headline=headline, logo=LOGO_PNG, speech=speech_html_06(sp))
    src = os.path.join(HERE, '06_page.html')
    write_text(src, page)
    tmp = tempfile.mkdtemp(prefix='g64b_')
    out = soffice(src, 'docx:MS Word 2007 XML', tmp)
    rezip(out, os.path.join(ROOT, '06.docx'), fix=fix_lo_comment_dates)
    shutil.rmtree(tmp)
    return make_gold('06.docx', [sp])


# ----------------------------------------------------------------------------------------------- 07
def speech_html_07(sp):
    P = '<p style="text-indent: 2em; margin-bottom: 16px; line-height: 1.75em;"><span style="font-size: 15px; letter-spacing: 1px;">%s</span></p>'
    out = ['<p style="text-align: center; margin-bottom: 8px;"><strong><span style="font-size: 18px; color: rgb(171, 25, 66);">%s</span></strong></p>' % esc(sp['title']),
           '<p style="text-align: center;"><span style="font-size: 14px; color: rgb(89, 89, 89);">%s<br>%s</span></p>' % (esc(sp['speaker']), esc(sp['date'])),
           '<p><br></p>',
           '<p style="margin-bottom: 16px;"><span style="font-size: 15px; letter-spacing: 1px;">%s</span></p>' % esc(sp['salutation'])]
    for k, it in enumerate(sp['items']):
        if it[0] == 'p':
            out.append(P % esc(it[2]))
        elif it[0] == 'rp':
            out.append(P % ('<strong><span style="color: rgb(171, 25, 66);">%s。</span></strong>%s' % (esc(it[2]), esc(it[4]))))
        if k == 3:       # after the paragraph about old hands: the editor's pull quote
            out.append('<section style="margin: 20px 8px; padding: 12px 16px; border-left: 4px solid rgb(171, 25, 66); background-color: rgb(248, 240, 242);">'
                       '<p><strong><span style="font-size: 14px;">金句 | </span></strong><span style="font-size: 14px;">安全上没有老师傅，只有老规矩。</span></p></section>')
        if k == 5:       # a photo between two paragraphs, with its caption
            out.append('<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.6667" data-s="300,640" '
                       'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Jx9cQ2kLr0vTnA/640?wx_fmt=jpeg" '
                       'src="./07_article_files/640(1).jpeg" alt="图片" data-type="jpeg" data-w="1080"></section>')
            out.append('<p style="text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">▲ 公司领导班子成员带队检查二矿井下运输大巷</span></p>')
    return '\n'.join(out)


def build_07():
    sp = S.S07
    headline = '凝心聚力守底线 | 金石矿业召开2024年“安全生产月”活动动员大会'
    page = '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{headline}">
<meta property="og:description" content="6月3日上午，公司召开2024年“安全生产月”活动动员大会。">
<title>{headline}</title>
<style>.rich_media_meta_list em{{font-style:normal}} .wx_follow_hd{{color:#576b95}}</style>
<script>var ct = "1717410000"; var biz = "MzkxNzQ0MjYzNA=="; window.__second_open__ = 1;</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_wrp" id="img-content">
<h1 class="rich_media_title" id="activity-name">{headline}</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_text">安全环保部</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">金石矿业</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024年06月03日 18:20</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">湖南</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.4" data-src="https://mmbiz.qpic.cn/mmbiz_png/Jx9cQ2kLr0vTmB/640?wx_fmt=png" data-type="png" data-w="1080" style=""></section>
<section style="margin-bottom: 16px;"><p style="text-indent: 2em; line-height: 1.75em;"><span style="font-size: 15px; color: rgb(62, 62, 62);">6月3日上午，公司召开2024年“安全生产月”活动动员大会，全面部署安全生产月各项工作。公司领导班子成员，各矿井、选矿厂、机关各部门负责人及外包单位项目负责人共120余人参加会议。</span></p>
<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-size: 15px; color: rgb(62, 62, 62);">会上，总经理陈立新作动员讲话。现将讲话全文刊发如下，请各单位认真组织学习，抓好贯彻落实。</span></p></section>
<section style="margin: 24px 0px; text-align: center;"><span style="font-size: 14px; color: rgb(171, 25, 66);">— 讲话全文 —</span></section>
{speech}
<p><br></p>
<p style="text-align: center;"><span style="font-size: 14px; color: rgb(171, 25, 66);">—— END ——</span></p>
<section style="font-size: 13px; color: rgb(136, 136, 136); line-height: 1.6em;"><p>来源｜安全环保部</p><p>编辑｜王思雨　　审核｜刘建国　　监制｜赵长明</p></section>
<p><br></p>
<section style="text-align: center;"><span style="font-size: 15px;"><strong>往期推荐</strong></span></section>
<p><a href="https://mp.weixin.qq.com/s/Hq3v0Pz7LdA2kYtWm9sU8g" target="_blank">金石矿业开展尾矿库汛前安全专项检查</a></p>
<p><a href="https://mp.weixin.qq.com/s/r8KdW2mQe5NfGx1TzYp4Vc" target="_blank">选矿厂举办2024年班组长安全管理培训班</a></p>
<p><a href="https://mp.weixin.qq.com/s/Lm2B7xCwQ9uZ3hRk0nJ5Ty" target="_blank">一图读懂《金石矿业安全生产奖惩办法》</a></p>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/Jx9cQ2kLr0vTqC/640?wx_fmt=gif" data-type="gif" style=""></section>
<p style="text-align: center;"><span style="font-size: 13px; color: rgb(136, 136, 136);">点击“阅读原文”查看安全生产月活动方案</span></p>
</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" href="javascript:void(0);">阅读原文</a>
<div class="media_tool_meta">阅读 <span id="readNum3">2356</span></div>
<span class="js_like_btn">赞</span> <span class="js_share_btn">分享</span> <span class="js_watch_btn">在看</span>
</div>
<div class="rich_media_area_extra"><div class="discuss_container"><span>写留言</span></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</body>
</html>
'''.format(headline=headline, speech=speech_html_07(sp))
    src = os.path.join(HERE, '07_article.html')
    write_text(src, page)
    tmp = tempfile.mkdtemp(prefix='g64b_')
    out = os.path.join(tmp, '07.docx')
    pandoc(['-f', 'html', '-t', 'docx', '-o', out, src])
    rezip(out, os.path.join(ROOT, '07.docx'))
    shutil.rmtree(tmp)
    return make_gold('07.docx', [sp])


# ----------------------------------------------------------------------------------------------- 08
WNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REV_AUTHOR, REV_DATE = '刘春阳', '2024-07-08T16:20:00Z'
COM_AUTHOR, COM_DATE = '张敏', '2024-07-09T09:05:00Z'


class DraftWriter:
    def __init__(self):
        self.rev = 100
        self.comments = []

    def rid(self):
        self.rev += 1
        return self.rev

    @staticmethod
    def run(t, bold=False):
        rpr = '<w:rPr><w:b/><w:bCs/></w:rPr>' if bold else ''
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xesc(t))

    def runs(self, text, bold=False):
        out = []
        for tok in re.split(r'(\[-.*?-\]|\{\+.*?\+\}|\(\(.*?\|.*?\)\))', text):
            if not tok:
                continue
            if tok.startswith('[-'):
                rpr = '<w:rPr><w:b/><w:bCs/></w:rPr>' if bold else ''
                out.append('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                           % (self.rid(), REV_AUTHOR, REV_DATE, rpr, xesc(tok[2:-2])))
            elif tok.startswith('{+'):
                out.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                           % (self.rid(), REV_AUTHOR, REV_DATE, self.run(tok[2:-2], bold)))
            elif tok.startswith('(('):
                body, anchor = tok[2:-2].split('|', 1)
                cid = len(self.comments)
                self.comments.append(body)
                out.append('<w:commentRangeStart w:id="%d"/>%s<w:commentRangeEnd w:id="%d"/>'
                           '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%d"/></w:r>'
                           % (cid, self.run(anchor, bold), cid, cid))
            else:
                out.append(self.run(tok, bold))
        return ''.join(out)

    def para(self, inner, style=None, jc=None, extra_ppr=''):
        ppr = ''
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if jc:
            ppr += '<w:jc w:val="%s"/>' % jc
        ppr += extra_ppr
        return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % ppr if ppr else '', inner)


def build_08():
    sp = S.S08
    d = DraftWriter()
    body = [d.para(d.run(sp['title']), 'Title'),
            d.para(d.run(sp['subtitle']), 'Subtitle'),
            d.para(d.run(sp['speaker']), jc='center'),
            d.para(d.run(sp['date']), jc='center'),
            d.para(d.run(sp['salutation']), extra_ppr='<w:ind w:firstLineChars="0" w:firstLine="0"/>')]
    for it in sp['items']:
        if it[0] == 'h':
            body.append(d.para(d.runs(it[2]), 'Heading1'))
        elif it[0] == 'p':
            body.append(d.para(d.runs(it[2])))
        elif it[0] == 'rp':
            body.append(d.para(d.runs(it[2] + '。', bold=True) + d.runs(it[4])))
        elif it[0] == 'del':
            mark = '<w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (d.rid(), REV_AUTHOR, REV_DATE)
            body.append(d.para(d.runs('[-%s-]' % it[1]), extra_ppr=mark))
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
            'w:left="1588" w:header="851" w:footer="1418" w:gutter="0"/><w:docGrid w:type="linesAndChars" '
            'w:linePitch="579" w:charSpace="-849"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
                % (WNS, ''.join(body), sect))
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (WNS, ''.join(
        '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="ZM"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
        % (i, COM_AUTHOR, COM_DATE, d.run(c)) for i, c in enumerate(d.comments))))
    rfonts = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="%s" w:hAnsi="Times New Roman"/>'
    styles = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="579" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>%s<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>%s</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>%s</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
</w:styles>''' % (WNS, rfonts % '仿宋_GB2312', rfonts % '方正小标宋简体', rfonts % '楷体_GB2312', rfonts % '黑体')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s><w:trackRevisions/>'
                '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/></w:settings>' % WNS)
    core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-07-05T08:41:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-09T09:05:00Z</dcterms:modified></cp:coreProperties>''' % (
        xesc(sp['title']), COM_AUTHOR, REV_AUTHOR)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<TotalTime>186</TotalTime><Pages>3</Pages><Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''
    drels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'''
    src = os.path.join(HERE, '08_draft.docx')
    write_zip(src, [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', document),
                    ('word/_rels/document.xml.rels', drels), ('word/styles.xml', styles), ('word/settings.xml', settings),
                    ('word/comments.xml', comments), ('docProps/core.xml', core), ('docProps/app.xml', app)])
    pandoc(['-f', 'docx', '-t', 'html', '--standalone', '--track-changes=all', '-o', os.path.join(ROOT, '08.html'), src])
    return make_gold('08.html', [sp], injected=speech_injected(sp))


# ----------------------------------------------------------------------------------------------- flat ODT
FODT_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
'''


def fodt_meta(title, creator, created, changed):
    return ('<office:meta><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:editing-cycles>4</meta:editing-cycles><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator></office:meta>\n'
            % (xesc(creator), xesc(creator), xesc(title), created, changed))


def tp(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, xesc(text))


# ----------------------------------------------------------------------------------------------- 09
def strip_number(h):
    return re.sub(r'^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)', '', h)


def build_09():
    sp = S.S09
    styles = '''<office:font-face-decls><style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312"/><style:font-face style:name="黑体" svg:font-family="黑体"/><style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312"/><style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2"/><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:line-height="28.9pt" fo:text-align="justify"/></style:style>
<style:style style:name="Body" style:display-name="正文缩进" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-indent="32pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Body" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-indent="32pt"/><style:text-properties style:font-name-asian="黑体"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-indent="32pt"/><style:text-properties style:font-name-asian="楷体_GB2312"/></style:style>
<style:style style:name="DocTitle" style:display-name="文稿标题" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="12pt" fo:margin-bottom="12pt" fo:line-height="100%"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Center" style:display-name="居中" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体_GB2312"/></style:style>
<style:style style:name="FormTitle" style:display-name="审签单标题" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="10pt"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="20pt" style:font-size-asian="20pt" fo:color="#c00000"/></style:style>
<style:style style:name="Cell" style:display-name="表格文字" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:line-height="100%" fo:text-align="center"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="CellLeft" style:family="paragraph" style:parent-style-name="Cell"><style:paragraph-properties fo:text-align="start"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:line-height="100%"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:line-height="100%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#c00000" fo:font-size="12pt" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format="一, 二, 三, ..." style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>
<text:outline-level-style text:level="2" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:outline-level-style>
</text:outline-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
<style:style style:name="Tbl.A" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
<style:style style:name="Tbl.B" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
<style:style style:name="Tbl.C" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
<style:style style:name="Tbl.D" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
<style:style style:name="Tbl.c" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:border="0.5pt solid #c00000" style:vertical-align="middle"/></style:style>
<style:style style:name="Tbl.body" style:family="table-cell"><style:table-cell-properties fo:padding-left="0.4cm" fo:padding-right="0.4cm" fo:padding-top="0.3cm" fo:padding-bottom="0.3cm" fo:border="0.5pt solid #c00000"/></style:style>
<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties fo:border="1.5pt solid #c00000" fo:padding="0.1cm" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph" style:wrap="none"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.6cm" fo:margin-right="2.4cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">桐溪镇党政办公室<text:tab/>内部文稿　注意保存</text:p></style:header>
<style:footer><text:p text:style-name="Footer">第 <text:page-number text:select-page="current">1</text:page-number> 页　共 <text:page-count>3</text:page-count> 页</text:p></style:footer>
</style:master-page></office:master-styles>
'''
    def cell(text, style='Cell', span=1):
        a = ' table:number-columns-spanned="%d"' % span if span > 1 else ''
        c = '<table:table-cell table:style-name="Tbl.c" office:value-type="string"%s>%s</table:table-cell>' % (a, tp(style, text))
        return c + '<table:covered-table-cell/>' * (span - 1)
    rows = [
        cell('文稿名称') + cell('林海涛同志在全镇安全生产暨防汛工作会议上的讲话（送审稿）', 'CellLeft', 3),
        cell('拟稿单位') + cell('镇应急管理办公室') + cell('拟稿人') + cell('王丽娟'),
        cell('核　　稿') + cell('镇党政办　陈志刚') + cell('使用时间') + cell('2024年5月20日上午'),
        cell('审签意见') + cell('同意。请按修改意见定稿，印制30份，会前分送班子成员。　林海涛　5月17日', 'CellLeft', 3),
        cell('正　　文', 'Cell', 4),
    ]
    speech = [tp('DocTitle', sp['title']), tp('Center', sp['speaker']), tp('Center', sp['date']), tp('Standard', sp['salutation'])]
    for it in sp['items']:
        if it[0] == 'h':
            speech.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                          % (it[1], it[1], xesc(strip_number(it[2]))))
        elif it[0] == 'p':
            speech.append(tp('Body', it[2]))
    body_cell = ('<table:table-cell table:style-name="Tbl.body" table:number-columns-spanned="4" office:value-type="string">%s</table:table-cell>'
                 % ''.join(speech)) + '<table:covered-table-cell/>' * 3
    table = ('<table:table table:name="审签单" table:style-name="Tbl"><table:table-column table:style-name="Tbl.A"/>'
             '<table:table-column table:style-name="Tbl.B"/><table:table-column table:style-name="Tbl.C"/>'
             '<table:table-column table:style-name="Tbl.D"/>%s<table:table-row>%s</table:table-row></table:table>'
             % (''.join('<table:table-row>%s</table:table-row>' % r for r in rows), body_cell))
    frame = ('<draw:frame draw:style-name="fr1" draw:name="送审章" text:anchor-type="paragraph" svg:width="3.6cm" draw:z-index="0">'
             '<draw:text-box fo:min-height="0.9cm"><text:p text:style-name="Frame_20_contents">送审稿　会后收回</text:p></draw:text-box></draw:frame>')
    doc = (FODT_HEAD + fodt_meta('讲话稿审签单', '王丽娟', '2024-05-16T15:12:00', '2024-05-17T10:48:00') + styles +
           '<office:body><office:text>' +
           '<text:p text:style-name="FormTitle">%s桐溪镇党政办公室文稿审签单</text:p>' % frame +
           table + '<text:p text:style-name="Standard"/>' +
           '</office:text></office:body></office:document>\n')
    src = os.path.join(HERE, '09_src.fodt')
    write_text(src, doc)
    tmp = tempfile.mkdtemp(prefix='g64b_')
    out = soffice(src, 'docx:MS Word 2007 XML', tmp)
    rezip(out, os.path.join(ROOT, '09.docx'))
    shutil.rmtree(tmp)
    return make_gold('09.docx', [sp])


# ----------------------------------------------------------------------------------------------- 10
def build_10():
    a, b = S.S10A, S.S10B
    styles = '''<office:font-face-decls><style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312"/><style:font-face style:name="黑体" svg:font-family="黑体"/><style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312"/><style:font-face style:name="方正小标宋简体" svg:font-family="方正小标宋简体"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="仿宋_GB2312" fo:font-size="16pt" style:font-size-asian="16pt" fo:language="en" fo:country="US" style:language-asian="zh" style:country-asian="CN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"><style:paragraph-properties fo:line-height="28.9pt" fo:text-align="justify"/></style:style>
<style:style style:name="Body" style:display-name="正文首行缩进" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:text-indent="32pt"/></style:style>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0.5cm" fo:line-height="100%" fo:break-before="page"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="22pt" style:font-size-asian="22pt" fo:font-weight="normal" style:font-weight-asian="normal"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Body" style:default-outline-level="2" style:class="text"><style:paragraph-properties fo:text-indent="32pt"/><style:text-properties style:font-name-asian="黑体" fo:font-weight="normal" style:font-weight-asian="normal"/></style:style>
<style:style style:name="Heading_20_3" style:display-name="Heading 3" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Body" style:default-outline-level="3" style:class="text"><style:paragraph-properties fo:text-indent="32pt"/><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-weight="normal" style:font-weight-asian="normal"/></style:style>
<style:style style:name="Center" style:display-name="居中楷体" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体_GB2312"/></style:style>
<style:style style:name="Cover1" style:display-name="封面会议名" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="5cm" fo:line-height="150%"/><style:text-properties style:font-name-asian="方正小标宋简体" fo:font-size="26pt" style:font-size-asian="26pt"/></style:style>
<style:style style:name="Cover2" style:display-name="封面材料" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="2cm" fo:margin-bottom="6cm"/><style:text-properties style:font-name-asian="黑体" fo:font-size="36pt" style:font-size-asian="36pt"/></style:style>
<style:style style:name="Cover3" style:display-name="封面落款" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name-asian="楷体_GB2312"/></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:text-align="center" fo:break-before="page" fo:margin-bottom="0.6cm"/><style:text-properties style:font-name-asian="黑体" fo:font-size="22pt" style:font-size-asian="22pt"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:text-align="start"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph" style:parent-style-name="Standard" style:class="index"><style:paragraph-properties fo:margin-left="0.85cm" fo:text-align="start"><style:tab-stops><style:tab-stop style:position="15.15cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:line-height="100%" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center" fo:line-height="100%"/><style:text-properties fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:line-height="100%"/><style:text-properties fo:font-size="10.5pt" style:font-size-asian="10.5pt"/></style:style>
<style:style style:name="Strong" style:family="text"><style:text-properties style:font-name-asian="楷体_GB2312" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<text:outline-style style:name="Outline">
<text:outline-level-style text:level="1" style:num-format=""/><text:outline-level-style text:level="2" style:num-format=""/><text:outline-level-style text:level="3" style:num-format=""/>
</text:outline-style>
<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0" text:default-style-name="Endnote"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="Header">望江市安委会2024年第二次全体会议材料</text:p></style:header>
<style:footer><text:p text:style-name="Footer">— <text:page-number text:select-page="current">1</text:page-number> —</text:p></style:footer>
</style:master-page></office:master-styles>
'''
    marks = []

    def bm(n):
        name = '__RefHeading___Toc%d_2741913655' % (1180 + 2 * n)
        return name

    def heading(level, text, n):
        name = bm(n)
        return ('<text:h text:style-name="Heading_20_%d" text:outline-level="%d"><text:bookmark-start text:name="%s"/>%s'
                '<text:bookmark-end text:name="%s"/></text:h>' % (level, level, name, xesc(text), name))

    pages = iter([1, 1, 2, 3, 5])
    toc = []
    body = []
    n = 0
    for sp in (a, b):
        body.append(heading(1, sp['title'], n))
        toc.append((1, sp['title'], bm(n), next(pages)))
        n += 1
        body.append(tp('Center', sp['speaker']))
        if sp.get('date'):
            body.append(tp('Center', sp['date']))
        body.append(tp('Standard', sp['salutation']))
        for it in sp['items']:
            if it[0] == 'h':
                body.append(heading(it[1] + 1, it[2], n))
                if it[1] == 1:
                    toc.append((2, it[2], bm(n), next(pages)))
                n += 1
            elif it[0] == 'p':
                t = xesc(it[2])
                if sp.get('endnote_after') and sp['endnote_after'] in it[2]:
                    k = xesc(sp['endnote_after'])
                    t = t.replace(k, k + '<text:note text:id="ftn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
                                  '<text:note-body>%s</text:note-body></text:note>' % tp('Endnote', sp['endnote']), 1)
                body.append('<text:p text:style-name="Body">%s</text:p>' % t)
            elif it[0] == 'rp':
                body.append('<text:p text:style-name="Body"><text:span text:style-name="Strong">%s。</text:span>%s</text:p>'
                            % (xesc(it[2]), xesc(it[4])))
    toc_xml = ('<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="目录1">'
               '<text:table-of-content-source text:outline-level="2" text:use-index-marks="false">'
               '<text:index-title-template text:style-name="Contents_20_Heading">目　录</text:index-title-template>'
               '<text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-link-start/>'
               '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
               '<text:index-entry-link-end/></text:table-of-content-entry-template>'
               '<text:table-of-content-entry-template text:outline-level="2" text:style-name="Contents_20_2"><text:index-entry-link-start/>'
               '<text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/>'
               '<text:index-entry-link-end/></text:table-of-content-entry-template>'
               '</text:table-of-content-source><text:index-body>'
               '<text:index-title text:style-name="Sect1" text:name="目录1_Head"><text:p text:style-name="Contents_20_Heading">目　录</text:p></text:index-title>'
               + ''.join('<text:p text:style-name="Contents_20_%d"><text:a xlink:type="simple" xlink:href="#%s" text:style-name="Index_20_Link" '
                         'text:visited-style-name="Index_20_Link">%s<text:tab/>%d</text:a></text:p>' % (lv, name, xesc(t), pg)
                         for lv, t, name, pg in toc)
               + '</text:index-body></text:table-of-content>')
    cover = (tp('Cover1', '望江市安全生产委员会2024年第二次全体会议') + tp('Cover2', '会　议　材　料') +
             tp('Cover3', '望江市安全生产委员会办公室') + tp('Cover3', '二〇二四年七月'))
    doc = (FODT_HEAD + fodt_meta('望江市安委会2024年第二次全体会议材料', '市安委办 孙立群', '2024-07-10T17:25:00', '2024-07-11T11:02:00')
           + styles + '<office:body><office:text>' + cover + toc_xml + ''.join(body) + '</office:text></office:body></office:document>\n')
    src = os.path.join(HERE, '10_src.fodt')
    write_text(src, doc)
    tmp = tempfile.mkdtemp(prefix='g64b_')
    out = soffice(src, 'docx:MS Word 2007 XML', tmp)
    mid = os.path.join(HERE, '10_src.docx')
    rezip(out, mid)
    out2 = soffice(mid, 'html:HTML (StarWriter)', tmp)
    shutil.copyfile(out2, os.path.join(ROOT, '10.html'))
    shutil.rmtree(tmp)
    return make_gold('10.html', [a, b])


# ----------------------------------------------------------------------------------------------- main
def main():
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for build in (build_06, build_07, build_08, build_09, build_10):
        g = build()
        print('%-8s speeches=%d headings=%d paragraphs=%d noise=%d' % (
            g['file'], g['speeches'], len(g['headings']), len(g['paragraphs']), len(g['noise'])))


if __name__ == '__main__':
    main()
