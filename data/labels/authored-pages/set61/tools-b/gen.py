#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for set61b pages 06-10.

1. writes the HTML of each page (as the site serves it) to tools/html/NN.html
2. runs the real text-extraction tool on it (lynx / bs4 / html2text / w3m / pandoc)
3. writes the tool's output, unedited, as NN.txt in the page's encoding
4. writes gold/NN.json from the speech data (speeches.py) plus the hand-listed
   chrome strings (noise.py), which were read off the tool output.
Deterministic: no clock, no randomness; tools run with a fixed environment.
"""
import html as htmlmod
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402
import noise as N     # noqa: E402

HTML_DIR = os.path.join(HERE, 'html')
GOLD_DIR = os.path.join(ROOT, 'gold')
ENCODING = {'06': 'utf-8', '07': 'utf-8', '08': 'utf-8', '09': 'gbk', '10': 'utf-8-sig'}

NZ_RE = re.compile(r'<span class="nz">(.*?)</span>')


def plain(frag):
    """Reader's text of an inline HTML fragment (injected chrome removed)."""
    frag = NZ_RE.sub('', frag)
    return htmlmod.unescape(re.sub(r'<[^>]+>', '', frag))


def nz_strings(items):
    out = []
    for it in items:
        frag = it[2] if it[0] == 'p' else (it[4] if it[0] == 'rh' else '')
        out += NZ_RE.findall(frag)
    return out


def gold_parts(items):
    titles, heads, paras = [], [], []
    for it in items:
        if it[0] == 'title':
            titles.append(it[1])
        elif it[0] == 'h':
            heads.append({'text': it[2], 'level': it[1]})
        elif it[0] == 'rh':
            heads.append({'text': it[2], 'level': it[1]})
            paras.append({'text': plain(it[4]), 'category': it[3], 'truncated': False})
        elif it[0] == 'p':
            paras.append({'text': plain(it[2]), 'category': it[1], 'truncated': False})
    return titles, heads, paras


# ---------------------------------------------------------------- tools
def tool_env(home):
    return {'PATH': '/usr/bin:/bin', 'HOME': home, 'TERM': 'dumb',
            'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8'}


def run(cmd, home, stdin=None):
    r = subprocess.run(cmd, cwd=HTML_DIR, env=tool_env(home), input=stdin,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return r.stdout.decode('utf-8')


def run_lynx(name, home):
    return run(['lynx', '-dump', '-nolist', '-display_charset=utf-8', '-assume_charset=utf-8',
                '-width=76', name], home)


def run_w3m(name, home):
    return run(['w3m', '-dump', '-O', 'UTF-8', '-cols', '80', name], home)


def run_pandoc(name, home):
    return run(['pandoc', '-f', 'html', '-t', 'plain', '--wrap=none', name], home)


def run_bs4(name, home):
    code = ('import sys\nfrom bs4 import BeautifulSoup\n'
            'soup = BeautifulSoup(open(sys.argv[1], encoding="utf-8").read(), "lxml")\n'
            'sys.stdout.write(soup.get_text(" ", strip=True))\n')
    return run(['/usr/bin/python3', '-c', code, name], home)


def run_html2text(name, home):
    code = ('import sys, html2text\n'
            'h = html2text.HTML2Text()\nh.body_width = 78\n'
            'sys.stdout.write(h.handle(open(sys.argv[1], encoding="utf-8").read()))\n')
    return run(['/usr/bin/python3', '-c', code, name], home)


# ---------------------------------------------------------------- page 06
def page06():
    it = S.S06
    art = []
    for x in it:
        if x[0] == 'title':
            art.append('<p align="center"><strong>%s</strong></p>' % x[1])
        elif x[0] == 'meta':
            if x[1].endswith('：'):
                art.append('<p>%s</p>' % x[1])
            else:
                art.append('<p align="center">%s</p>' % x[1])
        elif x[0] == 'h' and x[1] == 1:
            art.append('<p><strong>%s</strong></p>' % x[2])
        elif x[0] == 'h':
            art.append('<p>　　<strong>%s</strong></p>' % x[2])
        elif x[0] == 'p':
            art.append('<p>　　%s</p>' % x[2])
            if x[2].startswith('今年一至四月'):
                art.append('<p class="pic" align="center"><img src="https://img.czxww.com.cn/2024/0529/20240529083612_4471.jpg" '
                           'alt="全市安全生产电视电话会议现场" width="600"></p>\n'
                           '<p class="pic-note" align="center">5月28日下午，全市安全生产电视电话会议在市行政中心主会场召开。　记者 林晓 摄</p>')
    article = '\n'.join(art)
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="keywords" content="安全生产,电视电话会议,严书恒,隐患排查">
<meta name="description" content="5月28日下午，全市安全生产电视电话会议召开，市长严书恒出席会议并讲话。">
<title>严书恒：以最严措施守牢安全生产底线_澄州要闻_澄州新闻网</title>
<link rel="stylesheet" href="https://static.czxww.com.cn/css/article_v3.css?v=20240412">
<style>
.topbar{height:30px;background:#f4f4f4;font-size:12px}
.nav li{float:left;padding:0 14px}
.article p{text-indent:2em;line-height:2;font-size:16px}
.pic-note{color:#666;font-size:14px}
</style>
<script type="text/javascript">
var _czq = _czq || []; _czq.push(['_trackPageview', 'news/2024/0529/884120']);
(function(){var s=document.createElement('script');s.src='https://tj.czxww.com.cn/c.js';document.head.appendChild(s);})();
</script>
</head>
<body>
<div class="topbar"><span class="date">2024年5月29日 星期三</span> <a href="https://u.czxww.com.cn/login">登录</a> | <a href="https://u.czxww.com.cn/reg">注册</a> | <a href="https://m.czxww.com.cn/">手机版</a></div>
<div class="header"><a href="https://www.czxww.com.cn/"><img src="https://static.czxww.com.cn/img/logo.png" alt="澄州新闻网"></a>
<div class="slogan">澄州市重点新闻网站</div></div>
<ul class="nav">
<li><a href="https://www.czxww.com.cn/">首页</a></li>
<li><a href="/yaowen/">澄州要闻</a></li>
<li><a href="/xianqu/">县区动态</a></li>
<li><a href="/minsheng/">民生</a></li>
<li><a href="/caijing/">财经</a></li>
<li><a href="/wenlv/">文旅</a></li>
<li><a href="/video/">视频</a></li>
<li><a href="/zt/">专题</a></li>
</ul>
<div class="crumb">当前位置：<a href="https://www.czxww.com.cn/">首页</a> &gt; <a href="/yaowen/">澄州要闻</a> &gt; 正文</div>
<div class="main">
<h1 class="title">严书恒：以最严措施守牢安全生产底线</h1>
<div class="info">2024-05-29 08:36　来源：澄州日报　作者：记者 林晓 通讯员 何婷婷　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="lead"><p>【导读】5月28日下午，全市安全生产电视电话会议召开，市长严书恒出席会议并讲话。现将讲话全文刊发如下。</p></div>
<div class="article">
%s
</div>
<div class="editor">（责任编辑：沈梦　审核：黄立群）</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a> <a href="#">复制链接</a></div>
<div class="related">
<h3>相关新闻</h3>
<ul>
<li><a href="/yaowen/2024/0522/883571.html">市安委会部署汛期安全防范工作</a> 2024-05-22</li>
<li><a href="/yaowen/2024/0516/882904.html">临港区开展危化品企业“体检式”检查</a> 2024-05-16</li>
<li><a href="/xianqu/2024/0509/882233.html">沿江公路货车侧翻事故调查结果公布</a> 2024-05-09</li>
<li><a href="/yaowen/2024/0430/881650.html">一季度全市安全生产形势总体平稳</a> 2024-04-30</li>
</ul>
</div>
<div class="comment">
<h3>网友评论</h3>
<p>已有 <b>12</b> 条评论　<a href="/comment/884120">查看全部评论</a></p>
<div class="cmt"><span class="u">澄州网友 江边老吴</span>：沿江公路的大货车确实该好好管管了！ <span class="t">2024-05-29 10:12</span></div>
<div class="cmt"><span class="u">澄州网友 小满</span>：支持！工业园区消防通道天天被堵。 <span class="t">2024-05-29 09:47</span></div>
<p>文明上网，理性发言。<a href="https://u.czxww.com.cn/login">登录</a>后发表评论</p>
</div>
</div>
<div class="footer">
<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/copyright/">版权声明</a></p>
<p>澄州新闻网版权所有　未经授权禁止复制或建立镜像</p>
<p>新闻热线：0731-86120999　违法和不良信息举报电话：0731-86120110</p>
<p>互联网新闻信息服务许可证：43120170045　湘ICP备14006218号-2</p>
</div>
</body>
</html>
''' % article


# ---------------------------------------------------------------- page 07
def page07():
    art = []
    for x in S.S07:
        if x[0] == 'title':
            continue  # printed as the page's <h1>
        if x[0] == 'meta':
            art.append('<p>%s</p>' % x[1])
        elif x[0] == 'rh':
            art.append('<p>　　<strong>%s。</strong>%s</p>' % (x[2], x[4]))
        elif x[0] == 'p':
            art.append('<p>　　%s</p>' % x[2])
    title = S.S07[0][1]
    return '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>%(t)s_安全讲话稿_青禾范文网</title>
<meta name="keywords" content="安全生产月启动仪式讲话,总经理讲话稿,安全讲话稿">
<meta name="description" content="青禾范文网为您整理的总经理在公司安全生产月启动仪式上的讲话，欢迎参考。">
<link href="/skin/css/main.css" rel="stylesheet" type="text/css">
<style>.content p{text-indent:2em}.copyfix{display:none}</style>
<script src="/skin/js/jquery.min.js"></script>
<script>$(function(){document.oncopy=function(){return false;}});</script>
</head>
<body>
<div class="top"><div class="w1200">您好，欢迎来到青禾范文网！ <a href="/user/login.html">登录</a> <a href="/user/reg.html">注册</a> <a href="/vip/">开通会员</a></div></div>
<div class="logo"><a href="/"><img src="/skin/images/logo.png" alt="青禾范文网"></a>
<form action="/search/"><input name="q" placeholder="搜索范文"><button>搜索</button></form></div>
<div class="menu">
<a href="/">首页</a>
<a href="/gongzuozongjie/">工作总结</a>
<a href="/gongzuojihua/">工作计划</a>
<a href="/jianghua/">讲话稿</a>
<a href="/xindetihui/">心得体会</a>
<a href="/fayangao/">发言稿</a>
<a href="/zhidu/">规章制度</a>
</div>
<div class="place">当前位置：<a href="/">青禾范文网</a> &gt; <a href="/jianghua/">讲话稿</a> &gt; <a href="/jianghua/anquan/">安全讲话稿</a> &gt; 正文</div>
<div class="article">
<h1>%(t)s</h1>
<div class="info"><span>时间：2023-06-02 19:47</span> <span>作者：禾苗</span> <span>阅读：3562次</span></div>
<div class="daoyu">【导语】安全生产月启动仪式上的讲话怎么写？下面是青禾范文网小编整理的范文，欢迎大家借鉴参考。</div>
<div class="content">
%(a)s
</div>
<div class="tips">本文链接：https://www.qinghefanwen.com/jianghua/anquan/41786.html</div>
<div class="page-nav"><a href="/jianghua/anquan/41785.html">上一篇：安全员在班前会上的讲话</a> <a href="/jianghua/anquan/41787.html">下一篇：2023年安全生产月活动总结</a></div>
</div>
<div class="xg">
<h3>相关推荐</h3>
<ul>
<li><a href="/jianghua/anquan/40122.html">公司领导在安全生产大会上的讲话</a></li>
<li><a href="/jianghua/anquan/39870.html">安全生产月启动仪式主持词</a></li>
<li><a href="/jianghua/anquan/39511.html">厂长在年度安全工作会议上的讲话</a></li>
<li><a href="/xindetihui/anquan/38806.html">安全生产月心得体会（精选5篇）</a></li>
</ul>
</div>
<div class="foot">
<p><a href="/about.html">关于本站</a> <a href="/sitemap.html">网站地图</a> <a href="/lianxi.html">联系我们</a></p>
<p>Copyright © 2016-2023 青禾范文网 版权所有 鄂ICP备16012843号</p>
<p>本站部分内容来源于网友投稿，如有侵权请联系删除。</p>
</div>
</body>
</html>
''' % {'t': title, 'a': '\n'.join(art)}


# ---------------------------------------------------------------- page 08
def speech08(items, anchor, marker):
    out = ['<h2 id="%s">%s</h2>' % (anchor, marker)]
    for x in items:
        if x[0] == 'title':
            out.append('<h3>%s</h3>' % x[1])
        elif x[0] == 'meta':
            out.append('<p>%s</p>' % x[1])
        elif x[0] == 'h':
            out.append('<p><strong>%s</strong></p>' % x[2])
        elif x[0] == 'rh':
            out.append('<p><strong>%s。</strong>%s</p>' % (x[2], x[4]))
        elif x[0] == 'p':
            out.append('<p>%s</p>' % x[2])
    return '\n'.join(out)


def page08():
    ad1 = ('<div class="ad-box"><a href="https://www.sujianwd.com/vip/?from=art_mid1"><img src="https://img.sujianwd.com/ad/vip_banner_728.png" alt="开通VIP"></a>'
           '<p>【推荐】开通会员，全站<b>20万+</b>精品文档免费下载</p></div>')
    ad2 = ('<div class="ad-box"><p>★ 写材料没思路？<a href="https://www.sujianwd.com/ai/?from=art_mid2">试试素笺AI写作助手</a>，一键生成讲话稿 ★</p></div>')
    toc = ''.join('<li><a href="#%s">%s：%s</a></li>' % (a, m, it[0][1])
                  for a, m, it in (('p1', '篇一', S.S08A), ('p2', '篇二', S.S08B), ('p3', '篇三', S.S08C)))
    return '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安全生产会议讲话稿（3篇）-素笺文档网</title>
<meta name="keywords" content="安全生产会议讲话稿,安全生产讲话">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"Microsoft YaHei"}
.toc{border:1px dashed #ccc;padding:10px}
.ad-box{margin:20px 0;text-align:center}
</style>
<script async src="https://pagead.sujianwd.com/js/show_ads.js"></script>
<script>window.__sj={aid:"88315",cid:"jianghua"};</script>
</head>
<body>
<div class="site-head">
<a href="https://www.sujianwd.com/" class="logo">素笺文档网</a>
<nav><a href="/">首页</a> <a href="/fanwen/">范文大全</a> <a href="/jianghua/">讲话致辞</a> <a href="/zongjie/">总结汇报</a> <a href="/hetong/">合同协议</a></nav>
</div>
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/jianghua/">讲话致辞</a> &gt; <a href="/jianghua/anquan/">安全讲话</a></div>
<h1>安全生产会议讲话稿（3篇）</h1>
<div class="meta">发布时间：2021-04-16　浏览：1.8万次</div>
<p class="intro">安全生产会议讲话稿是各单位召开安全会议时常用的文稿。下面是小编精心整理的安全生产会议讲话稿（3篇），供大家参考借鉴，希望可以帮助到有需要的朋友。</p>
<div class="toc">
<p>目录</p>
<ul>%(toc)s</ul>
</div>
%(s1)s
%(ad1)s
%(s2)s
%(ad2)s
%(s3)s
<div class="tags">标签：<a href="/tag/anquanshengchan/">安全生产</a> <a href="/tag/jianghuagao/">讲话稿</a></div>
<div class="rel">
<h4>相关文档</h4>
<ul>
<li><a href="/jianghua/anquan/88102.html">安全生产工作会议主持词（通用5篇）</a></li>
<li><a href="/jianghua/anquan/87766.html">企业负责人安全生产表态发言</a></li>
<li><a href="/jianghua/anquan/87540.html">学校安全工作会议讲话稿</a></li>
</ul>
</div>
<div class="site-foot"><p>Copyright © 2015-2021 素笺文档网 All Rights Reserved　粤ICP备15077301号</p></div>
</body>
</html>
''' % {'toc': toc, 'ad1': ad1, 'ad2': ad2,
       's1': speech08(S.S08A, 'p1', '篇一'), 's2': speech08(S.S08B, 'p2', '篇二'),
       's3': speech08(S.S08C, 'p3', '篇三')}


# ---------------------------------------------------------------- page 09
DOC09 = '溪岚区燃气整治推进会讲话材料（终稿）'
# page layout: item index where pages 2 and 3 start; SPLIT: paragraph split across the break
SPLIT09 = ('但是，问题仍然突出。', '不少餐饮商户仍在使用不合格的软管和减压阀。')


def page09():
    pages = [[], [], []]
    pg = 0
    for x in S.S09:
        if x[0] == 'h' and x[2].startswith('三、'):
            pg = 2
        if x[0] == 'title':
            pages[pg].append('<p class="c"><b>%s</b></p>' % x[1])
        elif x[0] == 'meta':
            cls = ' class="c"' if not x[1].endswith('：') else ''
            pages[pg].append('<p%s>%s</p>' % (cls, x[1]))
        elif x[0] == 'h':
            pages[pg].append('<p>　　<b>%s</b></p>' % x[2])
        elif x[0] == 'rh':
            pages[pg].append('<p>　　<b>%s。</b>%s</p>' % (x[2], x[4]))
        elif x[0] == 'p':
            t = x[2]
            if t.startswith(SPLIT09[0]):
                cut = t.index(SPLIT09[1])
                pages[pg].append('<p>　　%s</p>' % t[:cut])
                pg = 1
                pages[pg].append('<p>%s</p>' % t[cut:])
            else:
                pages[pg].append('<p>　　%s</p>' % t)
    divs = []
    for i, body in enumerate(pages):
        divs.append('<div class="doc-page" id="pageNo-%d">\n<div class="page-hd">%s</div>\n%s\n'
                    '<div class="page-ft">第 %d 页 共 3 页</div>\n</div>' % (i + 1, DOC09, '\n'.join(body), i + 1))
    return '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>%(d)s_知页文库</title>
<meta name="description" content="%(d)s，知页文库精选文档，可在线阅读和下载。">
<style>
.doc-page{width:800px;margin:12px auto;padding:60px 80px;background:#fff;box-shadow:0 0 6px #ccc}
.page-hd{font-size:12px;color:#999;border-bottom:1px solid #ddd;text-align:center}
.page-ft{font-size:12px;color:#999;text-align:center}
.c{text-align:center}
</style>
<script>var DOC_ID="a7e31c0f5b2d46e9";var PAGE_TOTAL=3;</script>
</head>
<body>
<div class="hd">
<a href="https://wenku.zhiye-doc.com/" class="logo">知页文库</a>
<a href="/">首页</a> <a href="/cat/">文档分类</a> <a href="/rank/">排行榜</a> <a href="/vip/">VIP专享</a> <a href="/upload/">上传文档</a>
<form action="/search"><input type="text" name="w" value=""><input type="submit" value="搜索文档"></form>
</div>
<div class="crumb"><a href="/">知页文库</a> &gt; <a href="/cat/hangye/">行业资料</a> &gt; <a href="/cat/hangye/ranqi/">城建燃气</a></div>
<h1>%(d)s</h1>
<div class="docinfo">上传者：岚风0721　上传时间：2024-03-18　页数：3页　大小：38.5KB　浏览：1206次</div>
<div class="btns"><a href="/down/a7e31c0f5b2d46e9">下载文档</a> <a href="#">收藏</a> <a href="#">举报</a></div>
<div class="reader">
%(pages)s
</div>
<div class="end">已预览完全文，下载本文档需要 2 下载券</div>
<div class="rel">
<p>相关文档推荐</p>
<p><a href="/d/91c02e.html">燃气安全专项整治工作方案（2024年）</a></p>
<p><a href="/d/8f4a17.html">街道燃气安全排查整治情况汇报</a></p>
<p><a href="/d/7d6b55.html">餐饮场所燃气安全检查表</a></p>
</div>
<div class="ft">
<p><a href="/about">关于我们</a> | <a href="/help">帮助中心</a> | <a href="/agreement">用户协议</a> | <a href="/copyright">侵权投诉</a></p>
<p>知页文库所有资源均为用户上传分享，仅供网友学习交流，未经上传用户书面授权，请勿作他用。</p>
<p>Copyright 2024 zhiye-doc.com　浙ICP备20031562号-1</p>
</div>
</body>
</html>
''' % {'d': DOC09, 'pages': '\n'.join(divs)}


# ---------------------------------------------------------------- page 10
URL10 = 'http://yjj.qiyun.gov.cn/ztzl/fxjz2025/ldjh/202505/t20250520_118864.html'
TITLE10 = '郑岳川在全县防汛救灾工作会议上的讲话_领导讲话_栖云县应急管理局'


def page10():
    art = []
    for x in S.S10:
        if x[0] == 'title':
            art.append('<p style="text-align:center;"><strong>%s</strong></p>' % x[1])
        elif x[0] == 'meta':
            art.append('<p style="text-align:center;">%s</p>' % x[1] if not x[1].endswith('：')
                       else '<p>%s</p>' % x[1])
        elif x[0] == 'rh':
            art.append('<p style="text-indent:2em;"><strong>%s。</strong>%s</p>' % (x[2], x[4]))
        elif x[0] == 'p':
            art.append('<p style="text-indent:2em;">%s</p>' % x[2])
    return '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="栖云县应急管理局">
<meta name="ColumnName" content="领导讲话">
<meta name="ArticleTitle" content="郑岳川在全县防汛救灾工作会议上的讲话">
<meta name="PubDate" content="2025-05-20 17:42">
<title>%(t)s</title>
<link rel="stylesheet" href="/images/zt_fxjz2025.css">
<style>.zt-banner{height:220px;background:url(/images/zt_banner.jpg)}.dd{border:1px solid #9bc}</style>
<script src="/js/jquery-1.12.4.min.js"></script>
<script>var zwcount_id = "118864";</script>
</head>
<body>
<div class="zt-banner"><img src="/images/zt_banner.jpg" alt="防汛救灾专题"></div>
<div class="zt-nav">
<ul>
<li><a href="../../">专题首页</a></li>
<li><a href="../../gzbs/">工作部署</a></li>
<li><a href="../">领导讲话</a></li>
<li><a href="../../yjxx/">预警信息</a></li>
<li><a href="../../bxcs/">避险常识</a></li>
<li><a href="../../tpxw/">图片新闻</a></li>
</ul>
</div>
<div class="position">您当前的位置：<a href="http://yjj.qiyun.gov.cn/">首页</a> &gt; <a href="../../">2025年防汛救灾专题</a> &gt; <a href="../">领导讲话</a></div>
<div class="dd">
<h4>专题导读</h4>
<p>入汛以来，县委、县政府高度重视防汛救灾工作，多次召开会议研究部署。本专题集中发布全县防汛救灾工作部署、领导讲话、预警信息和避险常识，敬请关注。</p>
</div>
<div class="article">
<h2>郑岳川在全县防汛救灾工作会议上的讲话</h2>
<div class="info">发布时间：2025-05-20 17:42　来源：县防汛抗旱指挥部办公室　浏览次数：<span id="zwcount">1247</span>　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="TRS_Editor">
%(a)s
</div>
<div class="fj">
<p>附件：</p>
<p><a href="./P020250520583941262017.pdf">1.栖云县2025年度防汛责任人名单.pdf</a></p>
<p><a href="./P020250520583941569803.xlsx">2.全县山洪灾害危险区及转移路线一览表.xlsx</a></p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</div>
<div class="footer">
<p><a href="http://yjj.qiyun.gov.cn/">栖云县应急管理局</a> | <a href="http://www.qiyun.gov.cn/">栖云县人民政府</a></p>
<p>主办单位：栖云县应急管理局　地址：栖云县云阳镇迎宾大道188号　联系电话：0739-5521103</p>
<p>网站标识码：4305390017　湘ICP备12004861号　湘公网安备43053902000105号</p>
</div>
</body>
</html>
''' % {'t': TITLE10, 'a': '\n'.join(art)}


def crawler_header10(title):
    return 'url: %s\ntitle: %s\nfetched_at: 2025-05-21T03:14:27Z\nstatus: 200\n\n' % (URL10, title)


# ---------------------------------------------------------------- main
PAGES = [
    ('06', page06, run_lynx, [S.S06]),
    ('07', page07, run_bs4, [S.S07]),
    ('08', page08, run_html2text, [S.S08A, S.S08B, S.S08C]),
    ('09', page09, run_w3m, [S.S09]),
    ('10', page10, run_pandoc, [S.S10]),
]


def main():
    os.makedirs(HTML_DIR, exist_ok=True)
    os.makedirs(GOLD_DIR, exist_ok=True)
    home = tempfile.mkdtemp(prefix='gen61b_')
    try:
        for nn, build, tool, sp in PAGES:
            name = nn + '.html'
            with open(os.path.join(HTML_DIR, name), 'w', encoding='utf-8', newline='\n') as f:
                f.write(build())
            text = tool(name, home)
            if nn == '10':
                text = crawler_header10(TITLE10) + text
            with open(os.path.join(ROOT, nn + '.txt'), 'wb') as f:
                f.write(text.encode(ENCODING[nn]))  # strict: fails if a char is not encodable
            titles, heads, paras = [], [], []
            nz = []
            for items in sp:
                t, h, p = gold_parts(items)
                titles += t
                heads += h
                paras += p
                nz += nz_strings(items)
            noise = []
            for s in N.NOISE.get(nn, []) + nz:
                if s not in noise:
                    noise.append(s)
            gold = {'file': nn + '.txt', 'speeches': len(titles), 'titles': titles,
                    'headings': heads, 'paragraphs': paras, 'noise': noise}
            with open(os.path.join(GOLD_DIR, nn + '.json'), 'w', encoding='utf-8', newline='\n') as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write('\n')
            print('wrote', nn + '.txt', 'and gold/' + nn + '.json')
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == '__main__':
    main()
