# -*- coding: utf-8 -*-
"""07.html - 范文 (model essay) site, two speeches 【篇一】【篇二】, UTF-8."""
from html import escape

HEAD = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta http-equiv="Cache-Control" content="no-transform">
<meta http-equiv="Cache-Control" content="no-siteapp">
<meta name="applicable-device" content="pc">
<title>2026年安全生产工作会议讲话稿范文（通用2篇）-范文汇</title>
<meta name="keywords" content="安全生产工作会议讲话稿,镇安全生产会议讲话,安全生产会议主持词">
<meta name="description" content="2026年安全生产工作会议讲话稿范文（通用2篇）：【篇一】镇党委书记在全镇安全生产暨消防安全工作会议上的讲话 同志们：今天我们召开全镇安全生产暨消防安全工作会议，目的是认清形势、压实责任...">
<meta name="mobile-agent" content="format=html5;url=https://m.fanwenhui8.cn/jianghuagao/anquan/1829374.html">
<link rel="canonical" href="https://www.fanwenhui8.cn/jianghuagao/anquan/1829374.html">
<link rel="stylesheet" href="https://www.fanwenhui8.cn/static/css/common.css?v=20251208">
<link rel="stylesheet" href="https://www.fanwenhui8.cn/static/css/article.css?v=20251208">
<style>
.article-content{font-size:16px;line-height:1.9;color:#333;word-wrap:break-word}
.article-content p{margin:0 0 14px;text-indent:0}
.article-content h2.pian{font-size:18px;color:#1a5fb4;margin:22px 0 12px;text-align:center}
.ad{margin:14px 0;text-align:center;background:#f7f9fc;border:1px dashed #d5dde8;padding:8px;position:relative}
.ad .ad-mark{position:absolute;right:2px;bottom:2px;font-size:12px;color:#aaa;background:rgba(255,255,255,.8);padding:0 3px}
.ad-text a{color:#e0531f;font-weight:700}
.ad-vip p{color:#8a5a00;margin:0 0 6px}
.ad-vip .ad-btn{display:inline-block;background:#f5a623;color:#fff;border-radius:14px;padding:2px 16px}
.readall-box{position:relative;text-align:center;margin:-120px 0 20px;padding-top:120px;background:linear-gradient(rgba(255,255,255,0),#fff 70%)}
.readall-box .read-more-btn a{display:inline-block;border:1px solid #1a5fb4;color:#1a5fb4;border-radius:18px;padding:4px 30px;font-size:15px}
.readall-box .read-more-tip{font-size:13px;color:#999;margin-top:6px}
.copy-tip{position:fixed;top:40%;left:50%;margin-left:-140px;width:280px;background:rgba(0,0,0,.75);color:#fff;text-align:center;padding:14px;border-radius:6px;z-index:999}
</style>
<script>
var FW = {aid: 1829374, cid: 41, cname: "安全讲话稿", vip: 0, login: 0, readLimit: 600};
</script>
<script src="https://www.fanwenhui8.cn/static/js/jquery.min.js"></script>
<script src="https://www.fanwenhui8.cn/static/js/fw_ad.js?v=20251208"></script>
</head>
<body>
<div class="topbar">
  <div class="wrap clearfix">
    <span class="fl">范文汇 - 专业的范文写作学习平台</span>
    <span class="fr"><a href="https://www.fanwenhui8.cn/user/login.html" rel="nofollow">登录</a> | <a href="https://www.fanwenhui8.cn/user/reg.html" rel="nofollow">注册</a> | <a href="https://www.fanwenhui8.cn/vip/" rel="nofollow" class="c-orange">开通VIP</a> | <a href="https://m.fanwenhui8.cn/">手机版</a></span>
  </div>
</div>
<header class="header">
  <div class="wrap clearfix">
    <a class="logo fl" href="https://www.fanwenhui8.cn/" title="范文汇"><img src="https://www.fanwenhui8.cn/static/images/logo.png" alt="范文汇"></a>
    <form class="search fr" action="https://www.fanwenhui8.cn/search/" method="get" target="_blank">
      <input type="text" name="q" class="search-input" placeholder="搜索范文，如：安全生产讲话稿" autocomplete="off">
      <button type="submit" class="search-btn">搜索</button>
    </form>
  </div>
</header>
<nav class="nav">
  <div class="wrap">
    <ul class="clearfix">
      <li><a href="https://www.fanwenhui8.cn/">首页</a></li>
      <li><a href="https://www.fanwenhui8.cn/zongjie/">工作总结</a></li>
      <li><a href="https://www.fanwenhui8.cn/jihua/">工作计划</a></li>
      <li><a href="https://www.fanwenhui8.cn/xinde/">心得体会</a></li>
      <li class="on"><a href="https://www.fanwenhui8.cn/jianghuagao/">讲话稿</a></li>
      <li><a href="https://www.fanwenhui8.cn/zhuchici/">主持词</a></li>
      <li><a href="https://www.fanwenhui8.cn/yanjianggao/">演讲稿</a></li>
      <li><a href="https://www.fanwenhui8.cn/fangan/">策划方案</a></li>
      <li><a href="https://www.fanwenhui8.cn/hetong/">合同范本</a></li>
      <li><a href="https://www.fanwenhui8.cn/ai/" class="c-red">AI写作</a></li>
    </ul>
  </div>
</nav>
<div class="wrap clearfix">
  <div class="crumbs">当前位置：<a href="https://www.fanwenhui8.cn/">范文汇</a> &gt; <a href="https://www.fanwenhui8.cn/jianghuagao/">讲话稿</a> &gt; <a href="https://www.fanwenhui8.cn/jianghuagao/anquan/">安全讲话稿</a> &gt; 正文</div>
  <div class="main fl">
    <div class="article">
      <h1 class="article-title">2026年安全生产工作会议讲话稿范文（通用2篇）</h1>
      <div class="article-info"><span>时间：2026-01-09 10:17</span><span>栏目：<a href="https://www.fanwenhui8.cn/jianghuagao/anquan/">安全讲话稿</a></span><span>作者：佚名</span><span>阅读：<em id="hits">8693</em></span></div>
      <div class="summary"><strong>导读：</strong>为了更好地开好安全生产工作会议，范文汇小编为大家精心整理了2026年安全生产工作会议讲话稿范文（通用2篇），欢迎大家借鉴与参考，希望对大家有所帮助。</div>
      <div class="article-content" id="article">
'''

TAIL = r'''
      </div>
      <div class="article-down clearfix">
        <a class="btn-down" href="javascript:;" onclick="fwDown(1829374)">下载本文Word文档</a>
        <a class="btn-copy" href="javascript:;" onclick="fwCopy(1829374)">一键复制全文</a>
        <a class="btn-report" href="javascript:;" rel="nofollow">举报</a>
      </div>
      <div class="article-tags">标签：<a href="https://www.fanwenhui8.cn/tag/anquanhuiyi/">安全会议讲话稿</a><a href="https://www.fanwenhui8.cn/tag/zhenjianghua/">乡镇领导讲话</a><a href="https://www.fanwenhui8.cn/tag/anquanzhuchici/">企业会议主持词</a></div>
      <div class="article-page">
        <p>上一篇：<a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1829120.html">2026年春节后复工复产安全生产会议讲话稿</a></p>
        <p>下一篇：<a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1829517.html">在全县道路交通安全工作会议上的讲话范文</a></p>
      </div>
    </div>
    <div class="related">
      <h3 class="related-title">相关推荐</h3>
      <ul>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1828831.html">2026年安全生产月启动仪式讲话稿（精选5篇）</a><span>2026-01-07</span></li>
        <li><a href="https://www.fanwenhui8.cn/zhuchici/huiyi/1828702.html">企业年度安全工作会议主持词范文（通用3篇）</a><span>2026-01-05</span></li>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1827466.html">乡镇冬春火灾防控工作会议讲话稿</a><span>2025-12-29</span></li>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1827190.html">项目部安全例会领导讲话（最新）</a><span>2025-12-26</span></li>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1826458.html">在全县安全生产大检查动员会上的讲话</a><span>2025-12-18</span></li>
      </ul>
    </div>
    <div class="related">
      <h3 class="related-title">猜你喜欢</h3>
      <ul>
        <li><a href="https://www.fanwenhui8.cn/xinde/anquan/1826001.html">安全警示教育片观后感（精选8篇）</a></li>
        <li><a href="https://www.fanwenhui8.cn/zongjie/anquan/1825873.html">2025年乡镇安全生产工作总结及2026年工作打算</a></li>
        <li><a href="https://www.fanwenhui8.cn/fangan/anquan/1825514.html">建筑工地冬季施工安全专项方案</a></li>
      </ul>
    </div>
  </div>
  <aside class="side fr">
    <div class="side-box">
      <h3>热门排行</h3>
      <ol>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1819935.html">安全生产讲话稿简短精辟（10篇）</a></li>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1817402.html">公司年终安全工作会议总经理讲话</a></li>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1815288.html">消防安全培训会领导讲话稿</a></li>
        <li><a href="https://www.fanwenhui8.cn/zhuchici/huiyi/1813977.html">安全生产责任书签订仪式主持词</a></li>
      </ol>
    </div>
    <div class="ad side-ad"><script>fwh_ad('side_300x250');</script><a href="https://www.fanwenhui8.cn/ai/?from=side" target="_blank" rel="nofollow"><img src="https://img.fanwenhui8.cn/ad/ai_300x250_2601.png" width="300" height="250" alt="AI写作"></a><span class="ad-mark">广告</span></div>
    <div class="side-box">
      <h3>最新更新</h3>
      <ul>
        <li><a href="https://www.fanwenhui8.cn/jianghuagao/anquan/1829517.html">在全县道路交通安全工作会议上的讲话范文</a></li>
        <li><a href="https://www.fanwenhui8.cn/xinde/dangjian/1829488.html">2026年度组织生活会个人对照检查发言提纲</a></li>
        <li><a href="https://www.fanwenhui8.cn/jihua/xuexiao/1829460.html">学校2026年春季学期安全工作计划</a></li>
      </ul>
    </div>
  </aside>
</div>
<footer class="footer">
  <div class="wrap">
    <p><a href="https://www.fanwenhui8.cn/about/">关于我们</a> | <a href="https://www.fanwenhui8.cn/contact/">联系我们</a> | <a href="https://www.fanwenhui8.cn/mianze/">免责声明</a> | <a href="https://www.fanwenhui8.cn/sitemap.html">网站地图</a></p>
    <p>Copyright &copy; 2016-2026 fanwenhui8.cn 范文汇 版权所有</p>
    <p>声明：本站部分文章来源于网友投稿，仅供学习参考，如有侵权请联系我们删除。</p>
    <p><a href="javascript:;" rel="nofollow">闽ICP备17038216号-3</a></p>
  </div>
</footer>
<div class="copy-tip" id="copyTip" style="display:none">复制内容请先登录，开通VIP可免费复制全文</div>
<script>
function showAll(){document.getElementById('hidecontent').style.height='auto';document.getElementById('readall').style.display='none';}
document.oncopy=function(e){if(!FW.login){document.getElementById('copyTip').style.display='block';setTimeout(function(){document.getElementById('copyTip').style.display='none'},2000);return false;}};
</script>
<script src="https://www.fanwenhui8.cn/static/js/stat.js?v=2"></script>
</body>
</html>
'''

AD_TOP = '''<div class="ad" id="ad_art_top"><script>fwh_ad('art_top');</script><a href="https://www.fanwenhui8.cn/vip/?from=art_top" target="_blank" rel="nofollow"><img src="https://img.fanwenhui8.cn/ad/vip_728x90_2601.png" width="728" height="90" alt="开通VIP"></a><span class="ad-mark">广告</span></div>'''
AD_MID = '''<div class="ad ad-text"><a href="https://www.fanwenhui8.cn/zhuanti/anquanyue/" target="_blank">【专题】2026年安全生产月活动方案、讲话稿、主持词大全&gt;&gt;</a></div>'''
AD_VIP = '''<div class="ad ad-vip"><p>开通VIP会员，全站30万+篇范文免费复制、一键下载Word文档</p><a class="ad-btn" href="https://www.fanwenhui8.cn/vip/?from=art_mid" rel="nofollow">立即开通</a></div>'''
AD_AI = '''<div class="ad"><script>fwh_ad('art_mid2');</script><a href="https://www.fanwenhui8.cn/ai/?from=art_mid2" target="_blank" rel="nofollow"><img src="https://img.fanwenhui8.cn/ad/ai_640x100_2601.png" width="640" height="100" alt="AI写作"></a><p class="ad-title">公文写作不求人，AI智能写作一键生成讲话稿</p><span class="ad-mark">广告</span></div>'''

WM1 = '范文汇www.fanwenhui8.cn'
WM2 = '本文来自范文汇'


def _wm(text, mark):
    """insert a hidden watermark after the first sentence end that is not the last char"""
    for i, c in enumerate(text):
        if c in '。；' and i < len(text) - 1:
            return text[:i + 1] + '<span style="display:none">%s</span>' % mark + text[i + 1:]
    return text


def _speech(s, label, wm_every, ads):
    """yield html chunks; ads is a dict paragraph-index -> ad html"""
    out = []
    out.append('<h2 class="pian">【%s】%s</h2>' % (label, s['title']))
    out.append('<p>%s</p>' % s['salute'])
    k = 0
    for it in s['body']:
        if it[0] == 'p':
            t = it[2]
            if k % wm_every == 1:
                t = _wm(t, WM1 if k % 2 else WM2)
            out.append('<p>　　%s</p>' % t)
        elif it[0] == 'h':
            out.append('<p>　　<strong>%s</strong></p>' % it[2])
        elif it[0] == 'hr':
            t = it[4]
            if k % wm_every == 1:
                t = _wm(t, WM2)
            out.append('<p>　　%s%s</p>' % (it[2], t))
        k += 1
        if k in ads:
            out.append(ads[k])
    return out


def render(speeches, strip_fn):
    a, b = speeches
    chunks = [AD_TOP]
    pa = _speech(a, '篇一', 3, {4: AD_MID})
    # the collapsed box starts after the 6th chunk of 篇一 (title, salute, 4 items)
    cut = 7
    chunks += pa[:cut]
    chunks.append('<div id="hidecontent" style="height:600px;overflow:hidden">')
    chunks += pa[cut:]
    chunks.append(AD_VIP)
    chunks += _speech(b, '篇二', 3, {6: AD_AI})
    chunks.append('</div>')
    chunks.append('<div class="readall-box" id="readall"><div class="read-more-btn"><a href="javascript:;" onclick="showAll()">展开全文<i class="icon-arrow-down"></i></a></div><p class="read-more-tip">剩余 72% 未读，点击展开全文</p></div>')
    body = '\n'.join('        ' + c for c in chunks)
    inline = ['【篇一】', '【篇二】', WM1, WM2]
    return HEAD + body + TAIL, inline
