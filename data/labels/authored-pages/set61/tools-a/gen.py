#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for set61a: writes tools/html/NN.html, runs the real extraction tool on it,
writes NN.txt (tool output, encoded as the brief says) and gold/NN.json.

Deterministic: no clocks, no randomness. Run:  /usr/bin/python3 tools/gen.py
The gold titles/headings/paragraphs come from tools/speeches.py (clean text); the gold noise
list is derived from the tool output: every line part that is not speech text, not an
unlabelled speech line (salutation / speaker / date) and is 4+ characters long.
"""
import json, os, re, subprocess, sys, unicodedata
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import SPEECHES

ENC = {'01': 'utf-8', '02': 'gb18030', '03': 'utf-8', '04': 'utf-8', '05': 'gbk'}

MARK = re.compile(r'\[\[(b:|s:|a:[^|\]]*\||jam:|pb|wm)(.*?)\]\]')


def clean(t):
    def rep(m):
        k = m.group(1)
        if k in ('pb', 'wm') or k == 'jam:':
            return ''
        return m.group(2)
    return MARK.sub(rep, t)


def inline(t, pb='', wm='', jam=None, link=None):
    def rep(m):
        k, x = m.group(1), m.group(2)
        if k == 'b:':
            return '<strong>%s</strong>' % escape(x)
        if k == 's:':
            return '<span style="color:#333">%s</span>' % escape(x)
        if k.startswith('a:'):
            href = k[2:-1]
            if link is None:
                return escape(x)
            return link(href, x)
        if k == 'pb':
            return pb
        if k == 'wm':
            return wm
        if k == 'jam:':
            return jam(x) if jam else ''
    out, last = [], 0
    for m in MARK.finditer(t):
        out.append(escape(t[last:m.start()], quote=False))
        out.append(rep(m))
        last = m.end()
    out.append(escape(t[last:], quote=False))
    return ''.join(out)


# ---------------------------------------------------------------- page 01 (lynx, fanwen site)
def html01(S):
    def link(href, x):
        return '<a href="%s" target="_blank" class="keylink">%s</a>' % (href, escape(x))
    body = []
    for it in S:
        k = it[0]
        if k == 'title':
            body.append('<p align="center"><strong>%s</strong></p>' % escape(it[1]))
        elif k in ('spk', 'date'):
            body.append('<p align="center">%s</p>' % escape(it[1]))
        elif k == 'sal':
            body.append('<p>%s</p>' % escape(it[1]))
        elif k == 'ri':
            body.append('<p>\u3000\u3000<strong>%s。</strong>%s</p>' % (escape(it[2]), inline(it[3], link=link)))
        elif k == 'h':
            body.append('<p>\u3000\u3000<strong>%s</strong></p>' % escape(it[2]))
        elif k == 'p':
            body.append('<p>\u3000\u3000%s</p>' % inline(it[1], link=link))
    nav = [('/', '首页'), ('/gongzuozongjie/', '工作总结'), ('/gongzuojihua/', '工作计划'),
           ('/jianghuagao/', '讲话稿'), ('/xindetihui/', '心得体会'), ('/shuzhibaogao/', '述职报告'),
           ('/diaoyanbaogao/', '调研报告'), ('/fayangao/', '发言稿'), ('/zhidu/', '规章制度'),
           ('/hetong/', '合同范本')]
    related = [('/jianghuagao/anquan/209113.html', '县长在全县安全生产工作会议上的讲话（精选6篇）'),
               ('/jianghuagao/anquan/215870.html', '副县长在全县安全生产暨消防工作会议上的讲话'),
               ('/jianghuagao/anquan/211402.html', '2022年在全镇安全生产工作会议上的讲话稿'),
               ('/jianghuagao/anquan/206655.html', '在全市安全生产工作会议上的表态发言'),
               ('/jianghuagao/anquan/217031.html', '分管领导在安全生产月启动仪式上的讲话'),
               ('/jianghuagao/anquan/203988.html', '县委书记在安全生产专题会议上的讲话提纲'),
               ('/jianghuagao/anquan/218102.html', '在全县安全生产大排查大整治动员会上的讲话')]
    tags = [('/tag/anquanshengchan/', '安全生产'), ('/tag/xianzhangjianghua/', '县长讲话'),
            ('/tag/gongzuohuiyi/', '工作会议'), ('/tag/yinhuanpaicha/', '隐患排查')]
    h = []
    h.append('''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>2023年县长在全县安全生产工作会议上的讲话_讲话稿_锦书范文网</title>
<meta name="keywords" content="县长,安全生产工作会议,讲话稿,安全生产讲话">
<meta name="description" content="今天召开全县安全生产工作会议，主要任务是深入贯彻全市安全生产工作会议精神，总结2022年全县安全生产工作……">
<link rel="stylesheet" type="text/css" href="/static/css/common.css?v=20230105">
<link rel="stylesheet" type="text/css" href="/static/css/article.css?v=20230105">
<style type="text/css">
.art-body p{text-indent:0;line-height:2em;font-size:16px;margin:0 0 10px}
.vip-box{border:1px dashed #f60;background:#fff9f2;padding:12px 16px}
.btn-down{display:inline-block;background:#e4393c;color:#fff;padding:6px 24px;border-radius:3px}
</style>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5e0c3b8d1f7a24c9e6b0d2a4f8c1e937";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
function doZoom(size){document.getElementById("artbody").style.fontSize=size+"px";}
</script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="welcome">您好，欢迎来到锦书范文网！</span>
<span class="toplink"><a href="/user/login.html" rel="nofollow">登录</a> | <a href="/user/reg.html" rel="nofollow">免费注册</a> | <a href="javascript:;" onclick="AddFavorite(location.href,document.title)">加入收藏</a> | <a href="https://m.jinshufanwen.com/">手机版</a></span>
</div></div>
<div class="header w1200">
<a href="/" class="logo"><img src="/static/images/logo.png" alt="锦书范文网"></a>
<form class="search" action="/search.php" method="get"><input type="text" name="q" class="kw" value="" placeholder="请输入范文标题关键词"><input type="submit" class="btn" value="搜索"></form>
</div>
<div class="nav"><ul class="w1200">''')
    for href, x in nav:
        h.append('<li><a href="%s">%s</a></li>' % (href, x))
    h.append('''</ul></div>
<div class="position w1200">当前位置：<a href="/">锦书范文网</a> &gt; <a href="/jianghuagao/">讲话稿</a> &gt; <a href="/jianghuagao/anquan/">安全生产讲话</a> &gt; 正文</div>
<div class="main w1200">
<div class="left">
<div class="article">
<h1>2023年县长在全县安全生产工作会议上的讲话</h1>
<div class="info">时间：2023-02-27 10:42:15　来源：网友投稿　作者：青禾　阅读：<span id="hits">4172</span>次</div>
<div class="fontsize">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div class="art-body" id="artbody">
''')
    h.append('\n'.join(body))
    h.append('''
</div>
<div class="down-box">
<p>本文共 2318 字，下载 Word 文档需 1 积分</p>
<a class="btn-down" href="/down/218476.html" rel="nofollow">下载本文Word文档</a>
</div>
<div class="vip-box">
<p><b>开通VIP会员，全站20万篇范文免费复制下载</b></p>
<p>限时特惠：终身VIP仅需 ¥68（原价 ¥298）</p>
<a href="/vip/?from=art218476" rel="nofollow">立即开通</a>
</div>
<div class="tips">温馨提示：本站范文均由网友投稿或整理自互联网，仅供学习参考，如有侵权请联系我们删除。</div>
<div class="prenext">
<p>上一篇：<a href="/jianghuagao/anquan/218475.html">在全区应急管理工作会议上的讲话</a></p>
<p>下一篇：<a href="/jianghuagao/anquan/218477.html">镇长在安全生产月活动启动仪式上的讲话</a></p>
</div>
</div>
</div>
<div class="right">
<div class="box"><h3>相关范文</h3><ul>
''')
    for href, x in related:
        h.append('<li><a href="%s" title="%s">%s</a></li>' % (href, x, x))
    h.append('</ul></div>\n<div class="box"><h3>热门标签</h3><p>')
    h.append(' '.join('<a href="%s">%s</a>' % t for t in tags))
    h.append('''</p></div>
</div>
</div>
<div class="footer">
<p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/mianze.html">免责声明</a> | <a href="/sitemap.html">网站地图</a></p>
<p>Copyright &copy; 2015-2023 锦书范文网 www.jinshufanwen.com 版权所有</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">湘ICP备16023817号-2</a></p>
</div>
<script type="text/javascript" src="/static/js/jquery.min.js"></script>
<script type="text/javascript" src="/static/js/common.js?v=20230105"></script>
</body>
</html>
''')
    # the site's CMS prints absolute links
    return re.sub(r'(href|src)="/(?!/)', r'\1="https://www.jinshufanwen.com/', ''.join(h))


def run01(path):
    return subprocess.run(['lynx', '-dump', '-display_charset=utf-8', '-assume_charset=utf-8', '-width=80', path],
                          capture_output=True, check=True).stdout.decode('utf-8')


# ---------------------------------------------------------------- page 02 (w3m, county gov)
def html02(S):
    body = []
    for it in S:
        k = it[0]
        if k == 'title':
            body.append('<p align="center"><strong>%s</strong></p>' % escape(it[1]))
        elif k in ('spk', 'date'):
            body.append('<p align="center"><span style="font-family:楷体_GB2312">%s</span></p>' % escape(it[1]))
        elif k == 'sal':
            body.append('<p>%s</p>' % escape(it[1]))
        elif k == 'h':
            if it[1] == 1:
                body.append('<p style="text-indent:2em"><span style="font-family:黑体">%s</span></p>' % escape(it[2]))
            else:
                body.append('<p style="text-indent:2em"><strong><span style="font-family:楷体_GB2312">%s</span></strong></p>' % escape(it[2]))
        elif k == 'p':
            body.append('<p style="text-indent:2em">%s</p>' % inline(it[1]))
    headline = '顾文涛副县长在县安委会2021年第一次全体会议上的讲话'
    h = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%(hl)s</title>
<meta name="SiteName" content="溧泽县人民政府" />
<meta name="SiteDomain" content="www.lize.gov.cn" />
<meta name="SiteIDCode" content="3307820021" />
<meta name="ColumnName" content="领导讲话" />
<meta name="ArticleTitle" content="%(hl)s" />
<meta name="PubDate" content="2021-03-12 16:05" />
<meta name="ContentSource" content="县政府办公室" />
<link href="/module/web/jpage/css/jpage.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.xxgk_table{width:100%%;border-collapse:collapse;font-size:14px}
.xxgk_table td{border:1px solid #d6d6d6;padding:6px 8px}
.zoom p{font-size:16px;line-height:2;font-family:仿宋_GB2312}
</style>
<script type="text/javascript" src="/script/jquery-1.11.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
var _fxcmd=_fxcmd||[];_fxcmd.sid='8c2f41d0a7e3';_fxcmd.trackAll=false;
</script>
</head>
<body>
<div class="top"><div class="w1100">
<span>今天是：2021年3月12日 星期五</span>
<a href="javascript:void(0)" id="wza">无障碍浏览</a> | <a href="javascript:void(0)" id="zzms">长者模式</a> | <a href="javascript:void(0)" id="jft">繁體版</a> | <a href="/col/col1229436/index.html">手机版</a>
</div></div>
<div class="banner"><img src="/picture/0/2103051612345678.png" alt="溧泽县人民政府" /></div>
<div class="nav"><a href="/">首页</a> <a href="/col/col1229401/index.html">走进溧泽</a> <a href="/col/col1229402/index.html">政务动态</a> <a href="/col/col1229403/index.html">信息公开</a> <a href="/col/col1229404/index.html">政务服务</a> <a href="/col/col1229405/index.html">互动交流</a> <a href="/col/col1229406/index.html">专题专栏</a></div>
<div class="w1100 main">
<div class="dqwz">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1229403/index.html">政府信息公开</a> &gt; <a href="/col/col1229510/index.html">政府领导</a> &gt; <a href="/col/col1229517/index.html">领导讲话</a></div>
<div class="left">
<div class="lm">信息公开目录</div>
<ul>
<li><a href="/col/col1229511/index.html">政府信息公开指南</a></li>
<li><a href="/col/col1229512/index.html">政府信息公开制度</a></li>
<li><a href="/col/col1229513/index.html">法定主动公开内容</a></li>
<li><a href="/col/col1229514/index.html">政府信息公开年报</a></li>
<li><a href="/col/col1229515/index.html">依申请公开</a></li>
</ul>
</div>
<div class="right">
<table class="xxgk_table" border="1" cellspacing="0" cellpadding="0">
<tr><td>索引号：</td><td>002593118/2021-47613</td><td>信息分类：</td><td>领导讲话</td></tr>
<tr><td>发布机构：</td><td>溧泽县人民政府办公室</td><td>生成日期：</td><td>2021-03-12</td></tr>
<tr><td>文号：</td><td>无</td><td>有效性：</td><td>有效</td></tr>
<tr><td>主题词：</td><td colspan="3">安全生产；安委会；讲话</td></tr>
</table>
<div class="title">
<h1>%(hl)s</h1>
<p class="fbxx">发布日期：2021-03-12 16:05　信息来源：县政府办公室　浏览次数：1268　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</p>
</div>
<div class="zoom" id="zoom">
%(body)s
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="qrcode"><img src="/picture/qrcode/art_7718253.png" alt="扫一扫在手机打开当前页" /> 扫一扫在手机打开当前页</div>
<div class="xglj">相关链接：<a href="/art/2021/2/26/art_1229517_7711034.html">县政府召开第二十七次常务会议</a> <a href="/art/2021/3/4/art_1229402_7716682.html">我县部署安全隐患大排查大整治行动</a></div>
</div>
</div>
<div class="footer">
<p><a href="/col/col1229431/index.html">网站地图</a> | <a href="/col/col1229432/index.html">联系我们</a> | <a href="/col/col1229433/index.html">隐私声明</a></p>
<p>主办：溧泽县人民政府办公室　承办：溧泽县大数据发展管理中心</p>
<p>网站标识码：3307820021　<a href="https://beian.miit.gov.cn/">浙ICP备05019463号</a>　浙公网安备 33078202000167号</p>
<p><img src="/picture/0/jiucuo.png" alt="政府网站找错" /></p>
</div>
</body>
</html>
''' % {'hl': headline, 'body': '\n'.join(body)}
    return h


def run02(path):
    return subprocess.run(['w3m', '-dump', '-O', 'UTF-8', '-cols', '100', path],
                          capture_output=True, check=True).stdout.decode('utf-8')


# ---------------------------------------------------------------- page 03 (html2text, WeChat)
def html03(S):
    imgs = ['https://mmbiz.qpic.cn/mmbiz_jpg/Yq3kTnZxR0bVa9cW2fLp1ErGd7hKuJ4OmS6NiQ8tBzXeC5yAvUg/640?wx_fmt=jpeg',
            'https://mmbiz.qpic.cn/mmbiz_jpg/Yq3kTnZxR0bVa9cW2fLp1ErGd7hKuJ4Ox2MhR7sPqLd9VtA3cZnWe/640?wx_fmt=jpeg',
            'https://mmbiz.qpic.cn/mmbiz_jpg/Yq3kTnZxR0bVa9cW2fLp1ErGd7hKuJ4OkF5bYs1GjTq8HwNvXmD0r/640?wx_fmt=jpeg']
    P = 'style="margin:0 8px 16px;line-height:1.75em;text-indent:2em"'
    body = []
    n_h = 0
    for it in S:
        k = it[0]
        if k == 'title':
            body.append('<p style="text-align:center"><strong><span style="font-size:18px;color:#c00000">%s</span></strong></p>' % escape(it[1]))
        elif k in ('spk', 'date'):
            body.append('<p style="text-align:center"><span style="font-size:15px">%s</span></p>' % escape(it[1]))
        elif k == 'sal':
            body.append('<p style="margin:0 8px 16px"><span>%s</span></p>' % escape(it[1]))
        elif k == 'h':
            if n_h < len(imgs):
                body.append('<p style="text-align:center"><img class="rich_pages wxw-img" data-ratio="0.6667" data-type="jpeg" data-w="1080" src="%s" style="width:100%%"></p>' % imgs[n_h])
            n_h += 1
            body.append('<p style="margin:0 8px 16px"><strong><span style="color:#1a5fb4">%s</span></strong></p>' % escape(it[2]))
        elif k == 'ri':
            body.append('<p %s><strong><span style="color:#1a5fb4">%s。</span></strong><span>%s</span></p>' % (P, escape(it[2]), inline(it[3])))
        elif k == 'p':
            body.append('<p %s><span>%s</span></p>' % (P, inline(it[1])))
    headline = '区长许家俊部署春节前安全生产工作：绷紧安全弦，过好平安年'
    recs = [('https://mp.weixin.qq.com/s/Hq2nVbT8xKcLw5RzYe0DmA', '云岙区开展节前燃气安全“回头看”专项检查'),
            ('https://mp.weixin.qq.com/s/0pXjM7sGdQe3Fa9NbLuK1w', '图解｜春节期间烟花爆竹安全燃放“十不要”'),
            ('https://mp.weixin.qq.com/s/Vt6cRk4yWz1HnS0aJmPq8g', '湖滨街道：小网格撬动安全大治理'),
            ('https://mp.weixin.qq.com/s/Lm3EoY9uPbX2sCfT7dNw5Q', '以案为鉴｜一起叉车违规载人事故的警示')]
    h = '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="%(hl)s">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA4NjE3OTQ1Mg==&amp;mid=2651203378&amp;idx=1&amp;sn=7c1d0b9ae2f34c58">
<meta property="og:description" content="1月30日下午，全区春节前安全生产工作会议召开">
<meta property="twitter:card" content="summary">
<title>%(hl)s</title>
<style>
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}
.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;font-size:15px;color:rgba(0,0,0,0.3)}
.rich_media_content{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;text-align:justify}
</style>
<script type="text/javascript">
var biz = "MzA4NjE3OTQ1Mg==" || "";
var msg_title = "%(hl)s".html(false);
var ct = "1706697720";
var user_name = "gh_3b7e9a51c2d4";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">%(hl)s</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">原创</span>
<span class="rich_media_meta rich_media_meta_text">云岙应急</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">云岙应急管理</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2024-01-31 18:42</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">浙江</em>
</div>
<div class="rich_media_content" id="js_content">
<section style="text-align:center"><img class="rich_pages wxw-img" data-ratio="0.4" data-type="gif" data-w="900" src="https://mmbiz.qpic.cn/mmbiz_gif/Yq3kTnZxR0bVa9cW2fLp1ErGd7hKuJ4Oa1TopBanner0GifQ/640?wx_fmt=gif" style="width:100%%"></section>
<section style="margin:10px 8px;padding:10px;background:#f4f7fb;border-left:4px solid #1a5fb4"><p><span style="font-size:15px;color:#555">1月30日下午，全区春节前安全生产工作会议召开。区长许家俊出席会议并讲话，副区长沈一鸣主持会议。现将许家俊区长讲话全文刊发如下，供各单位学习贯彻。</span></p></section>
%(body)s
<p style="text-align:center"><span style="color:#999;font-size:14px">— END —</span></p>
<p style="margin:0 8px"><span style="color:#888;font-size:14px">来源：区应急管理局　编辑：周小满　审核：陈立</span></p>
<section><p style="margin:16px 8px 8px"><strong><span style="color:#1a5fb4">往期推荐</span></strong></p>
%(recs)s
</section>
<section style="text-align:center"><img class="rich_pages wxw-img" data-ratio="1" data-type="png" data-w="430" src="https://mmbiz.qpic.cn/mmbiz_png/Yq3kTnZxR0bVa9cW2fLp1ErGd7hKuJ4OqRcOdE7yu0n6Lg/640?wx_fmt=png" style="width:40%%"><p><span style="font-size:13px;color:#888">长按识别二维码　关注云岙应急管理</span></p></section>
</div>
<div class="rich_media_tool" id="js_toobar3"><span id="readNum3">阅读 3621</span>　<span>分享</span>　<span>收藏</span>　<span>点赞 57</span>　<span>在看 12</span></div>
</div>
</div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><img class="qr_code_pc_img" src="https://mp.weixin.qq.com/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=MzA4NjE3OTQ1Mg==" alt=""><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</body>
</html>
''' % {'hl': headline, 'body': '\n'.join(body),
       'recs': '\n'.join('<p style="margin:0 8px 6px"><a href="%s" target="_blank">%s</a></p>' % r for r in recs)}
    return h


def run03(path):
    code = ("import html2text,sys; html=open(sys.argv[1],encoding='utf-8').read(); "
            "h=html2text.HTML2Text(); h.body_width=0; print(h.handle(html))")
    return subprocess.run(['/usr/bin/python3', '-c', code, path], capture_output=True, check=True).stdout.decode('utf-8')


# ---------------------------------------------------------------- page 04 (bs4 get_text, wenku)
PB1 = '第 1 页 / 共 3 页'
PB2 = '第 2 页 / 共 3 页'
WM04 = '知源文库 wk.zhiyuanwenku.com 海量文档免费阅读'


def html04(S):
    def link(href, x):
        return '<a href="%s" target="_blank" class="kw-link">%s</a>' % (href, escape(x))

    def spans(t):
        # a wenku reader puts every text run of the converted document in its own span
        parts, out, cur = [], [], ''
        for m in re.finditer(r'\[\[.*?\]\]|[^\[]+|\[', t):
            parts.append(m.group(0))
        for p in parts:
            if p.startswith('[['):
                out.append(('raw', p))
            else:
                out.append(('txt', p))
        res = []
        for kind, p in out:
            if kind == 'raw':
                res.append(inline(p, link=link, wm='<span class="wm-hide">%s</span>' % WM04,
                                  pb=PAGEBREAK04 % (PB1, 2)))
            else:
                # cut plain runs after every 。 into separate spans
                for seg in re.findall(r'[^。]*。|[^。]+', p):
                    res.append('<span class="r">%s</span>' % escape(seg))
        return ''.join(res)

    body = []
    for idx, it in enumerate(S):
        k = it[0]
        if k == 'ri' and it[2].startswith('第四'):
            body.append('</div><div class="page-num">%s</div></div>\n<div class="reader-page" data-page="3"><div class="reader-txt">' % PB2)
        if k == 'title':
            body.append('<p class="tc"><b>%s</b></p>' % escape(it[1]))
        elif k in ('spk', 'date'):
            body.append('<p class="tc">%s</p>' % escape(it[1]))
        elif k == 'sal':
            body.append('<p class="ni">%s</p>' % escape(it[1]))
        elif k == 'ri':
            body.append('<p class="ti"><b>%s。</b>%s</p>' % (escape(it[2]), spans(it[3])))
        elif k == 'p':
            body.append('<p class="ti">%s</p>' % spans(it[1]))
    headline = '市应急管理局局长在全市危化品安全专项整治部署会上的讲话'
    related = ['危险化学品安全专项整治三年行动实施方案（2020—2022年）',
               '在全县危化品安全生产工作会议上的讲话',
               '应急管理局长在安全生产工作会议上的讲话（2022）',
               '危化品企业特殊作业安全管理培训课件',
               '化工园区安全整治提升工作汇报材料']
    h = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>%(hl)s - 知源文库</title>
<meta name="keywords" content="危化品,专项整治,部署会,局长讲话">
<meta name="description" content="知源文库提供市应急管理局局长在全市危化品安全专项整治部署会上的讲话免费在线阅读">
<link rel="stylesheet" href="//static.zhiyuanwenku.com/css/view.7d21c0.css">
<style type="text/css">
.reader-page{position:relative;width:780px;margin:0 auto 12px;background:#fff}
.reader-txt p{font-size:16px;line-height:30px}
.reader-txt .ti{text-indent:2em}
.wm-hide{position:absolute;left:-9999px;font-size:0}
</style>
<script type="text/javascript">
var pageData = {
    docId: "5c1e8a7f2b4d4e96b3a0",
    docType: "doc",
    pageCount: 3,
    price: 3,
    uploader: "wk_2847731"
};
</script>
</head>
<body>
<div class="top-nav">
<a href="/" class="logo">知源文库</a>
<a href="/">首页</a>
<a href="/c/hangye/">行业资料</a>
<a href="/c/gongwen/">党政公文</a>
<a href="/vip/">VIP专享</a>
<a href="/upload/">上传文档</a>
<a href="/login/">登录</a>
</div>
<div class="crumbs"><a href="/">知源文库</a> &gt; <a href="/c/hangye/">行业资料</a> &gt; <a href="/c/hangye/anquan/">安全环保</a></div>
<div class="doc-head">
<h1>%(hl)s</h1>
<div class="doc-info"><span>3页</span><span>2022-05-09 上传</span><span>1.2万次阅读</span><span>96次下载</span><span>评分 4.6</span></div>
</div>
<div class="reader-container">
<div class="reader-page" data-page="1"><div class="reader-txt">
%(body)s
</div><div class="page-num">第 3 页 / 共 3 页</div></div>
</div>
<div class="doc-foot">
<p class="end-tip">已阅读到文档的结尾了</p>
<a class="btn-down" href="/down/5c1e8a7f2b4d4e96b3a0">下载文档（3积分）</a>
<a class="btn-vip" href="/vip/?doc=5c1e8a7f2b4d4e96b3a0">VIP免费下载</a>
<p class="copyright-tip">本文档由用户“安监小周”上传分享，仅供学习交流，如有侵权请联系删除。</p>
</div>
<div class="related"><h3>相关文档</h3><ul>
%(rel)s
</ul></div>
<div class="footer">
<p><a href="/about/">关于我们</a> | <a href="/agreement/">用户协议</a> | <a href="/privacy/">隐私政策</a> | <a href="/copyright/">版权申诉</a></p>
<p>&copy; 2024 知源文库 wk.zhiyuanwenku.com　京ICP备19046287号-3</p>
</div>
<script type="text/javascript" src="//static.zhiyuanwenku.com/js/view.3be9f1.js"></script>
<script type="text/javascript">
document.querySelector(".reader-container").oncopy = function () {
    alert("复制内容请先下载文档");
    return false;
};
</script>
</body>
</html>
''' % {'hl': headline, 'body': '\n'.join(body),
       'rel': '\n'.join('<li><a href="/d/%d.html">%s</a></li>' % (31744209 + 17 * i, r) for i, r in enumerate(related))}
    return h


PAGEBREAK04 = ('</p></div><div class="page-num">%s</div></div>\n'
               '<div class="reader-page" data-page="%d"><div class="reader-txt"><p class="ni">')


def run04(path):
    code = ("import sys; from bs4 import BeautifulSoup; html=open(sys.argv[1],encoding='utf-8').read(); "
            "soup=BeautifulSoup(html,'lxml',string_containers={}); print(soup.get_text('\\n'))")
    return subprocess.run(['/usr/bin/python3', '-c', code, path], capture_output=True, check=True).stdout.decode('utf-8')


# ---------------------------------------------------------------- page 05 (pandoc plain, forum)
def html05(S):
    def jam(x):
        return '<font class="jammer">%s</font>' % x
    lines = []
    for it in S:
        k = it[0]
        if k == 'title':
            lines.append('<strong>%s</strong>' % escape(it[1]))
        elif k in ('spk', 'date'):
            lines.append(escape(it[1]))
        elif k == 'sal':
            lines.append(escape(it[1]))
        elif k == 'h':
            lines.append('\u3000\u3000<strong>%s</strong>' % escape(it[2]))
        elif k == 'p':
            lines.append('\u3000\u3000' + inline(it[1], jam=jam))
    post = '<br />\r\n'.join(lines)
    title = '镇党委书记在全镇安全生产暨森林防火工作会议上的讲话'

    def card(name, uid, topics, posts, score, group):
        return ('<div class="pls"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid=%d" class="xw1">%s</a></div></div>\n'
                '<table class="pil cl" cellspacing="0" cellpadding="0"><tr><th>主题</th><th>帖子</th><th>积分</th></tr>'
                '<tr><td>%d</td><td>%d</td><td>%d</td></tr></table>\n'
                '<p><em>%s</em></p></div>') % (uid, name, topics, posts, score, group)

    def reply(floor, name, uid, t, text, sig=None, card_=(3, 41, 156, '初级秘书')):
        s = ['<div id="post_%d" class="post">' % (2207540 + floor)]
        s.append(card(name, uid, *card_))
        s.append('<div class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=%d">%d<sup>#</sup></a></strong>'
                 '<div class="authi"><em>发表于 %s</em></div></div>' % (2207540 + floor, floor, t))
        s.append('<div class="t_fsz"><div class="t_f" id="postmessage_%d">%s</div></div>' % (2207540 + floor, text))
        if sig:
            s.append('<div class="sign">%s</div>' % sig)
        s.append('</div></div>')
        return '\n'.join(s)

    quote = ('<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=2207541">'
             '<font color="#999999">笔耕老农 发表于 2019-3-18 09:26</font></a></font><br />\r\n'
             '火源管控是森林防火的关键。……宁可十防九空，不可失防万一。</blockquote></div><br />\r\n'
             '这两句我准备直接借用到我们镇的稿子里，哈哈，感谢楼主分享！')
    h = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>%(t)s - 讲话致辞 - 笔杆子论坛 -  Powered by Discuz!</title>
<meta name="keywords" content="%(t)s" />
<meta name="generator" content="Discuz! X3.4" />
<style type="text/css">.jammer{display:none}</style>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Pq9', charset = 'gbk', discuz_uid = '0', cookiepre = 'bgz_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread';</script>
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb" class="cl"><div class="wp">
<div class="z"><a href="javascript:;" onclick="setHomepage('http://bbs.bigganzi.net/');">设为首页</a><a href="http://bbs.bigganzi.net/" onclick="addFavorite(this.href, '笔杆子论坛');return false;">收藏本站</a></div>
<div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div>
</div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">笔杆子论坛</a> <em>&gt;</em> <a href="forum.php">论坛</a> <em>&gt;</em> <a href="forum.php?gid=36">文秘写作</a> <em>&gt;</em> <a href="forum-52-1.html">讲话致辞</a> <em>&gt;</em> <a href="thread-381562-1-1.html">%(t)s</a></div></div>
<div id="postlist" class="pl bm">
<div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">4521</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">4</span></div>
<h1 class="ts"><a href="forum-52-1.html">[讲话致辞]</a> <span id="thread_subject">%(t)s</span></h1>
<div id="post_2207541" class="post">
%(card1)s
<div class="plc"><div class="pi"><strong><a href="thread-381562-1-1.html">楼主</a></strong><div class="authi"><em>发表于 2019-3-18 09:26</em> | <a href="forum.php?mod=viewthread&amp;tid=381562&amp;page=1&amp;authorid=10873">只看该作者</a></div></div>
<div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_2207541">
<i class="pstatus"> 本帖最后由 笔耕老农 于 2019-3-18 10:02 编辑 </i><br />\r
<br />\r
这是给书记写的稿子，会上已经讲过了，按录音改了几处，发上来供各位参考，转载请注明出处。<br />\r
<br />\r
%(post)s
</td></tr></table></div>
<div class="sign">天下文章一大抄，看你会抄不会抄——笔耕老农</div>
</div></div>
%(r2)s
%(r3)s
%(r4)s
%(r5)s
</div>
<div id="ft" class="wp cl">
<div class="y"><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="forum.php?mobile=yes">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="http://bbs.bigganzi.net/">笔杆子论坛</a></strong></div>
<p class="xs0">GMT+8, 2024-5-10 21:33 , Processed in 0.061337 second(s), 27 queries .</p>
<p>Powered by <strong>Discuz!</strong> X3.4　<a href="https://beian.miit.gov.cn/">皖ICP备13007452号-1</a></p>
</div>
</body>
</html>
''' % {'t': title, 'post': post,
       'card1': card('笔耕老农', 10873, 38, 512, 2107, '金牌秘书'),
       'r2': reply(2, '山野秘书', 22914, '2019-3-18 11:47', '写得很实在，镇一级的讲话就该这么讲，收藏了。',
                   sig='基层办公室，天天写材料', card_=(2, 87, 263, '中级秘书')),
       'r3': reply(3, '林下听风', 31552, '2019-3-19 08:15', quote, card_=(0, 19, 58, '见习秘书')),
       'r4': reply(4, '小镇文书', 28806, '2019-3-20 16:02', '顶！正好下周我们也要开防火会，楼主好人一生平安。'),
       'r5': reply(5, '笔耕老农', 10873, '2019-3-20 21:30', '回复 4# 小镇文书<br />\r\n不客气，森林防火那部分要结合你们镇的实际改改，数据千万别照搬。',
                   sig='天下文章一大抄，看你会抄不会抄——笔耕老农', card_=(38, 512, 2107, '金牌秘书'))}
    return h


def run05(path):
    return subprocess.run(['pandoc', '-f', 'html', '-t', 'plain', '--wrap=auto', '--columns=72', path],
                          capture_output=True, check=True).stdout.decode('utf-8')


BUILD = {'01': (html01, run01), '02': (html02, run02), '03': (html03, run03),
         '04': (html04, run04), '05': (html05, run05)}

# strings that the pages inject inside a paragraph (normalised) -- used only to align the gold text
GAPS = {'01': [r'\[\d+\]'],
        '02': [],
        '03': [],
        '04': [re.escape(x) for x in (re.sub(r'\s', '', PB1), re.sub(r'\s', '', WM04))],
        '05': [r'w7Rq2Lk', r'9dXv3Mp']}
IGNORABLE = re.compile(r'\*\*|^\s*#{1,6}(?=\s)')   # Markdown marks (html2text): not text, not noise


def nfkc_ws(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def derive(nn, text, S):
    lines = text.split('\n')
    ign = [set() for _ in lines]
    if nn == '03':
        for i, l in enumerate(lines):
            for m in IGNORABLE.finditer(l):
                ign[i].update(range(m.start(), m.end()))
    stream, pos = [], []
    for i, l in enumerate(lines):
        for j, ch in enumerate(l):
            if j in ign[i]:
                continue
            for c in unicodedata.normalize('NFKC', ch):
                if not c.isspace():
                    stream.append(c)
                    pos.append((i, j))
    stream = ''.join(stream)
    covered = [set() for _ in lines]
    gap = '(?:%s)*' % '|'.join(GAPS[nn]) if GAPS[nn] else ''

    def place(target, start, whole_line=False):
        t = nfkc_ws(target)
        pat = re.compile(gap.join(re.escape(c) for c in t))
        k = start
        while True:
            m = pat.search(stream, k)
            if not m:
                raise SystemExit('%s: cannot place %r' % (nn, target))
            if whole_line:
                li = pos[m.start()][0]
                if nfkc_ws(''.join(ch for j, ch in enumerate(lines[li]) if j not in ign[li])) != t:
                    k = m.start() + 1
                    continue
            p = 0
            for q in range(m.start(), m.end()):
                if p < len(t) and stream[q] == t[p]:
                    i, j = pos[q]
                    covered[i].add(j)
                    p += 1
            assert p == len(t), (nn, target)
            return m.end()

    gold = {'file': nn + '.txt', 'speeches': 0, 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}
    allowed = set()
    cur = 0
    for it in S:
        k = it[0]
        if k == 'title':
            cur = place(it[1], cur, whole_line=True)
            gold['titles'].append(it[1])
            gold['speeches'] += 1
        elif k in ('spk', 'date', 'sal'):
            allowed.add(nfkc_ws(it[1]))
        elif k == 'h':
            cur = place(it[2], cur)
            gold['headings'].append({'text': it[2], 'level': it[1]})
        elif k == 'ri':
            cur = place(it[2], cur)
            gold['headings'].append({'text': it[2], 'level': it[1]})
            rest = clean(it[3])
            cur = place(rest, cur)
            gold['paragraphs'].append({'text': rest, 'category': it[4], 'truncated': False})
        elif k == 'p':
            t = clean(it[1])
            cur = place(t, cur)
            gold['paragraphs'].append({'text': t, 'category': it[2], 'truncated': False})
    noise = []
    for i, l in enumerate(lines):
        seg, segs = [], []
        for j, ch in enumerate(l):
            if j in covered[i] or j in ign[i]:
                if seg:
                    segs.append(''.join(seg))
                seg = []
            else:
                seg.append(ch)
        if seg:
            segs.append(''.join(seg))
        for s in segs:
            s = s.strip()
            if len(s) < 4 or nfkc_ws(s) in allowed:
                continue
            if s not in noise:
                noise.append(s)
    labelled = [nfkc_ws(x) for x in gold['titles']] + [nfkc_ws(x['text']) for x in gold['headings'] + gold['paragraphs']]
    for n in noise:
        assert not any(nfkc_ws(n) in x for x in labelled), (nn, n)
    gold['noise'] = noise
    return gold


def main():
    os.makedirs(os.path.join(HERE, 'html'), exist_ok=True)
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for nn in sorted(BUILD):
        mk, run = BUILD[nn]
        S = SPEECHES[nn]
        hp = os.path.join(HERE, 'html', nn + '.html')
        with open(hp, 'w', encoding='utf-8', newline='\n') as f:
            f.write(mk(S))
        out = run(hp)
        with open(os.path.join(ROOT, nn + '.txt'), 'wb') as f:
            f.write(out.encode(ENC[nn]))          # strict: fails if a character is not encodable
        gold = derive(nn, out, S)
        with open(os.path.join(ROOT, 'gold', nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('%s.txt %-8s %6d bytes  %d headings  %d paragraphs  %d noise' % (
            nn, ENC[nn], len(out.encode(ENC[nn])), len(gold['headings']), len(gold['paragraphs']), len(gold['noise'])))


if __name__ == '__main__':
    main()
