#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Regenerate set59a pages (01-05.html) and gold/NN.json deterministically.
Standard library only. Every chrome line is passed through Page.L(), which records its
decoded, stripped text as a noise string; labelled text comes from speeches.py."""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as SP  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def strip_text(fragment):
    s = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', '', fragment)
    s = re.sub(r'(?s)<!--.*?-->', '', s)
    s = re.sub(r'<[^>]*>', '', s)
    return html.unescape(s)


class Page:
    def __init__(self):
        self.noise = []

    def L(self, frag):
        """A chrome line: record its decoded text as noise, return the fragment unchanged."""
        t = strip_text(frag).strip()
        assert '\n' not in t, repr(t)
        assert len(t) >= 4, repr(t)
        if t not in self.noise:
            self.noise.append(t)
        return frag


def esc(s):
    return html.escape(s, quote=False)


def gold_for(fname, speeches, noise):
    titles, headings, paras = [], [], []
    for s in speeches:
        titles.append(s['title'])
        for b in s['blocks']:
            if b[0] == 'h':
                headings.append({'text': b[2], 'level': b[1]})
            elif b[0] == 'p':
                paras.append({'text': b[2], 'category': b[1], 'truncated': False})
            elif b[0] == 'r':
                headings.append({'text': b[2], 'level': b[1]})
                paras.append({'text': b[4], 'category': b[3], 'truncated': False})
    return {'file': fname, 'speeches': len(speeches), 'titles': titles,
            'headings': headings, 'paragraphs': paras, 'noise': noise}


# ---------------------------------------------------------------- 01 county government CMS (GBK)
def esc01(s):
    return esc(s).replace('“', '&ldquo;').replace('”', '&rdquo;')


def fontsplit(s):
    i = s.find('，', len(s) // 3)
    if i < 0 or i > len(s) - 4:
        return [s]
    return [s[:i + 1], s[i + 1:]]


def page01():
    P = Page()
    L = P.L
    S = SP.S01
    F = '<font face="仿宋_GB2312" size="4">'
    body = []
    body.append('<p align="center"><font face="楷体_GB2312" size="4">%s</font></p>' % esc01(S['speaker']))
    body.append('<p align="center"><font face="楷体_GB2312" size="4">%s</font></p>' % esc01(S['date']))
    body.append('<p>%s%s</font></p>' % (F, esc01(S['salut'])))
    for b in S['blocks']:
        if b[0] == 'h':
            body.append('<p style="text-indent:2em"><strong><font face="黑体" size="4">%s</font></strong></p>' % esc01(b[2]))
        elif b[0] == 'p':
            parts = fontsplit(b[2])
            body.append('<p style="text-indent:2em">' + ''.join(F + esc01(x) + '</font>' for x in parts) + '</p>')
        else:
            body.append('<p style="text-indent:2em">%s<strong>%s。</strong>%s</font></p>' % (F, esc01(b[2]), esc01(b[4])))
    content = '\n'.join(body)

    head = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />
''' + L('<title>县政府领导讲话 - 桐溪县人民政府</title>') + '''
<meta name="SiteName" content="桐溪县人民政府" />
<meta name="SiteDomain" content="www.tongxixian.gov.cn" />
<meta name="ColumnName" content="领导讲话" />
<meta name="ArticleTitle" content="%s" />
<meta name="PubDate" content="2024-02-22 16:05" />
<meta name="ContentSource" content="县应急管理局" />
<link href="../../images/tx_style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
body{margin:0;padding:0;background:#eef3f8;font-size:12px;font-family:"宋体";}
.top_bar{background:#1d5fa6;color:#fff;height:30px;line-height:30px;}
.nav td{background:#0f4c8c;color:#fff;font-size:15px;text-align:center;height:40px;}
.nav td a{color:#fff;text-decoration:none;}
.weizhi{height:34px;line-height:34px;border-bottom:1px dashed #c7d3e0;}
.bt_title{font-size:24px;font-weight:bold;color:#c00;text-align:center;line-height:40px;padding-top:20px;}
.bt_info{color:#666;text-align:center;border-bottom:1px solid #dbe4ee;height:36px;line-height:36px;}
.TRS_Editor p{font-size:16px;line-height:2.1;margin:0;}
.xglj li{line-height:26px;list-style:none;background:url(../../images/dot.gif) no-repeat left center;padding-left:12px;}
.footer{background:#1d5fa6;color:#e4ecf5;line-height:26px;text-align:center;padding:12px 0;}
</style>
<script type="text/javascript">
function doZoom(size){var el=document.getElementById("zoom");if(el){el.style.fontSize=size+"px";var ps=el.getElementsByTagName("p");for(var i=0;i!=ps.length;i++){ps[i].style.fontSize=size+"px";}}}
function showToday(){var d=new Date();var w=["日","一","二","三","四","五","六"];document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日 星期"+w[d.getDay()]);}
</script>
</head>
''' % esc01(S['title'])

    page = head + '''<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bar">
  <tr>
    <td width="420" align="left">&nbsp;&nbsp;''' + L('今天是：<script type="text/javascript">showToday();</script>') + '''</td>
    <td align="right">
      <a href="javascript:void(0);" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.tongxixian.gov.cn');">''' + L('设为首页') + '''</a>
      <a href="javascript:window.external.addFavorite('http://www.tongxixian.gov.cn','桐溪县人民政府');">''' + L('加入收藏') + '''</a>
      <a href="http://www.tongxixian.gov.cn/wza/">''' + L('无障碍浏览') + '''</a>
      <a href="http://www.tongxixian.gov.cn/zzms/">''' + L('长者模式') + '''</a>&nbsp;&nbsp;
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="150" background="../../images/banner_2024.jpg" valign="middle">
      <table border="0" cellpadding="0" cellspacing="0"><tr>
        <td width="40"></td>
        <td><img src="../../images/gh.png" width="72" height="72" alt="" /></td>
        <td style="font-size:34px;font-family:'方正小标宋简体';color:#fff;padding-left:12px;">''' + L('桐溪县人民政府门户网站') + '''</td>
      </tr></table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td><a href="../../">''' + L('网站首页') + '''</a></td>
    <td><a href="../../zwgk/">''' + L('政务公开') + '''</a></td>
    <td><a href="../../zwfw/">''' + L('政务服务') + '''</a></td>
    <td><a href="../../hdjl/">''' + L('互动交流') + '''</a></td>
    <td><a href="../../zjtx/">''' + L('走进桐溪') + '''</a></td>
    <td><a href="../../ztzl/">''' + L('专题专栏') + '''</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td style="padding:0 20px;">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="weizhi">
        <tr>
          <td width="26"><img src="../../images/home.gif" width="16" height="16" alt="" /></td>
          <td>''' + L('您当前的位置：<a href="../../">首页</a>&nbsp;&gt;&nbsp;<a href="../">政务公开</a>&nbsp;&gt;&nbsp;<a href="./">领导讲话</a>') + '''</td>
          <td align="right" width="300"><form name="searchform" action="http://search.tongxixian.gov.cn/search" method="get"><input type="text" name="q" size="22" value="" /><input type="submit" value="搜索" /></form></td>
        </tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
          <td class="bt_title">''' + esc01(S['title']) + '''</td>
        </tr>
        <tr>
          <td class="bt_info">''' + L('信息来源：县应急管理局&nbsp;&nbsp;&nbsp;发布日期：2024-02-22&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1375</span>') + '''</td>
        </tr>
        <tr>
          <td align="right" height="30">
            ''' + L('【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】') + '''&nbsp;
            ''' + L('【<a href="javascript:window.print()">打印本页</a>】') + '''&nbsp;
            ''' + L('【<a href="javascript:window.close()">关闭窗口</a>】') + '''
          </td>
        </tr>
        <tr>
          <td valign="top" style="padding:10px 30px 30px 30px;" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{margin-top:0;margin-bottom:0;line-height:2.1;font-family:仿宋_GB2312;font-size:16pt;}
</style>
''' + content + '''
</div>
          </td>
        </tr>
        <tr>
          <td height="30" style="border-top:1px dashed #ccc;">
            ''' + L('上一篇：<a href="./202402/t20240221_1882013.html">县应急管理局召开节后复工复产安全检查部署会</a>') + '''
          </td>
        </tr>
        <tr>
          <td height="30">
            ''' + L('下一篇：<a href="./202402/t20240226_1883470.html">县政府召开第三次常务会议研究春季森林防火工作</a>') + '''
          </td>
        </tr>
        <tr>
          <td style="padding-top:14px;">
            <table width="100%" border="0" cellspacing="0" cellpadding="0">
              <tr><td height="32" style="border-bottom:2px solid #1d5fa6;font-size:15px;font-weight:bold;color:#1d5fa6;">''' + L('相关链接') + '''</td></tr>
              <tr><td>
                <ul class="xglj">
                  <li>''' + L('<a href="../../zwgk/tzgg/202402/t20240205_1879921.html">桐溪县2024年安全生产工作要点</a>') + '''</li>
                  <li>''' + L('<a href="../../zwgk/tzgg/202402/t20240219_1881100.html">县安委办关于开展节后复工复产安全检查的通知</a>') + '''</li>
                  <li>''' + L('<a href="../../xwzx/bmdt/202401/t20240130_1876254.html">县交通运输局部署春运道路运输安全保障工作</a>') + '''</li>
                  <li>''' + L('<a href="../../xwzx/xzdt/202401/t20240117_1873318.html">双河镇开展烟花爆竹经营门店专项检查</a>') + '''</li>
                </ul>
              </td></tr>
            </table>
          </td>
        </tr>
        <tr>
          <td align="center" height="110">
            <img src="../../images/qrcode_page.png" width="80" height="80" alt="" /><br />
            ''' + L('用手机扫一扫，当前页面随身看') + '''
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr>
    <td>
      ''' + L('主办单位：桐溪县人民政府办公室&nbsp;&nbsp;&nbsp;技术支持：桐溪县大数据发展中心') + '''<br />
      ''' + L('地址：桐溪县城关镇府前路88号&nbsp;&nbsp;邮编：338617&nbsp;&nbsp;联系电话：0798-6623015') + '''<br />
      ''' + L('网站标识码：3609990021&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05012347号</a>&nbsp;&nbsp;赣公网安备36099902000118号') + '''<br />
      ''' + L('&copy; 桐溪县人民政府 版权所有&nbsp;&nbsp;未经授权请勿转载或建立镜像') + '''<br />
      ''' + L('建议使用1366&times;768分辨率、IE9及以上版本浏览器浏览本站') + '''
    </td>
  </tr>
</table>
<script type="text/javascript" src="../../images/tj.js"></script>
</body>
</html>
'''
    page = page.replace('\n', '\r\n')
    return page.encode('gbk'), gold_for('01.html', [S], P.noise)


# ---------------------------------------------------------------- 02 fanwen site (UTF-8)
def page02():
    P = Page()
    L = P.L
    S = SP.S02
    ads = {
        3: L('<div class="ad"><a href="https://www.miaobifanwen.com/vip/?from=art_mid1" target="_blank" rel="nofollow">开通VIP会员，全站范文免费复制下载，每天不到三毛钱</a></div>'),
        7: L('<ins class="adsbygoogle" style="display:block;text-align:center;" data-ad-layout="in-article" data-ad-format="fluid" data-ad-client="ca-pub-3940217755501846" data-ad-slot="6180042219" data-ad-status="unfilled"><div class="ad-fallback">赞助商链接：企业安全生产标准化咨询，专业团队上门辅导</div></ins>')
        + '\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
        11: L('<div class="ad"><a href="https://www.miaobifanwen.com/zt/jianghua/?from=art_mid2" target="_blank">讲话稿写不出新意？领取200套领导讲话提纲模板</a></div>'),
        14: L('<ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-3940217755501846" data-ad-slot="2219470035" data-ad-status="filled"><div class="ad-fallback">特种作业操作证报名，线上学习线下考试一站搞定</div></ins>')
        + '\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>',
    }
    body = ['<p>%s</p>' % esc(S['salut'])]
    for i, b in enumerate(S['blocks']):
        if b[0] == 'h':
            body.append('<p><strong>%s</strong></p>' % esc(b[2]))
        elif b[0] == 'p':
            body.append('<p>\u3000\u3000%s</p>' % esc(b[2]))
        if i in ads:
            body.append(ads[i])
    content = '\n'.join(body)

    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
''' + L('<title>安全生产月启动仪式讲话稿范文（化工企业）_妙笔范文网</title>') + '''
<meta name="keywords" content="安全生产月,启动仪式,讲话稿,化工企业">
<meta name="description" content="今天，我们在这里举行公司安全生产月活动启动仪式……">
<link rel="canonical" href="https://www.miaobifanwen.com/jianghua/anquan/20240531/57723.html">
<style>
*{margin:0;padding:0;box-sizing:border-box}
body{font:14px/1.8 "Microsoft YaHei",Arial,sans-serif;color:#333;background:#f5f5f5}
.header{background:#fff;border-bottom:2px solid #2f8f5b}
.wrap{width:1100px;margin:0 auto}
.nav{height:44px;line-height:44px;background:#2f8f5b}
.nav li{float:left;list-style:none;padding:0 18px}
.nav a{color:#fff}
.main{background:#fff;padding:24px 40px;margin-top:12px}
h1{font-size:24px;text-align:center;margin:10px 0}
.info{text-align:center;color:#999;font-size:12px}
.info span{margin:0 8px}
.content{font-size:16px;line-height:2;position:relative}
.content p{margin:12px 0}
.content.fold{max-height:1400px;overflow:hidden}
.ad{margin:14px 0;padding:10px;border:1px dashed #f0b400;background:#fffbea;text-align:center}
.readmore{text-align:center;margin:-60px 0 20px;padding-top:60px;background:linear-gradient(rgba(255,255,255,0),#fff 60%)}
.btn-expand{display:inline-block;border:1px solid #2f8f5b;color:#2f8f5b;padding:4px 30px;border-radius:16px}
.related li{list-style:none;float:left;width:50%;line-height:30px}
.footer{text-align:center;color:#888;font-size:12px;padding:20px 0;line-height:24px}
</style>
<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-3940217755501846" crossorigin="anonymous"></script>
<script>
var _hmt = _hmt || [];
(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5c2e7a1f09d44b3e8a6f0b1c2d3e4f50";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
function expandAll(){document.getElementById("article-content").className="content";document.getElementById("readmore").style.display="none";}
</script>
</head>
<body>
<div class="header">
  <div class="wrap">
    <div class="logo"><a href="https://www.miaobifanwen.com/">''' + L('妙笔范文网') + '''</a></div>
    <div class="slogan">''' + L('写材料不求人，范文随手查') + '''</div>
    <div class="top-login">''' + L('<a href="/member/login.html">登录</a> | <a href="/member/reg.html">注册</a>') + '''</div>
  </div>
</div>
<div class="nav"><div class="wrap">
''' + L('<ul><li><a href="/">首页</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/jihua/">工作计划</a></li><li><a href="/jianghua/">讲话稿</a></li><li><a href="/xinde/">心得体会</a></li><li><a href="/yanjiang/">演讲稿</a></li><li><a href="/huibao/">汇报材料</a></li></ul>') + '''
</div></div>
<div class="wrap main">
  <div class="crumb">''' + L('当前位置：<a href="/">妙笔范文网</a> &gt; <a href="/jianghua/">讲话稿</a> &gt; <a href="/jianghua/anquan/">安全生产讲话</a> &gt; 正文') + '''</div>
  <h1>''' + esc(S['title']) + '''</h1>
  <div class="info">
    <span>''' + L('发布时间：2024-05-31 09:12') + '''</span>
    <span>''' + L('作者：网友投稿') + '''</span>
    <span>''' + L('阅读：<em id="hits">2418</em>次') + '''</span>
  </div>
  <div class="daodu">''' + L('导读：安全生产月启动仪式的讲话怎么写？本文是一篇化工企业总经理讲话稿，结构清晰、要点具体，供写作时参考借鉴。') + '''</div>
  <div class="content fold" id="article-content">
''' + content + '''
  </div>
  <div class="readmore" id="readmore">
    <p class="tips">''' + L('还剩约65%的内容未显示') + '''</p>
    ''' + L('<a href="javascript:void(0);" class="btn-expand" onclick="expandAll()">展开全文</a>') + '''
  </div>
  <div class="tools">
    ''' + L('<a href="javascript:void(0);" class="btn-copy">复制全文</a>') + '''
    ''' + L('<a href="/down/57723.html" class="btn-down">下载Word文档</a>') + '''
  </div>
  <div class="statement">''' + L('声明：本文由网友投稿，不代表本站立场，仅供学习交流；如有侵权，请联系我们删除。') + '''</div>
  <div class="prevnext">
    <p>''' + L('上一篇：<a href="/jianghua/anquan/20240530/57701.html">消防安全知识培训会主持词</a>') + '''</p>
    <p>''' + L('下一篇：<a href="/jianghua/anquan/20240601/57740.html">乡镇防汛工作部署会表态发言</a>') + '''</p>
  </div>
  <div class="related">
    <h3>''' + L('相关范文') + '''</h3>
    <ul>
      <li>''' + L('<a href="/jianghua/anquan/20240528/57655.html">车间主任安全生产月表态发言</a>') + '''</li>
      <li>''' + L('<a href="/jianghua/anquan/20240526/57612.html">安全生产月启动仪式主持词（通用5篇）</a>') + '''</li>
      <li>''' + L('<a href="/jianghua/anquan/20240519/57480.html">危化品企业安全培训开班讲话</a>') + '''</li>
      <li>''' + L('<a href="/jianghua/anquan/20240512/57301.html">班组长安全承诺书范本</a>') + '''</li>
      <li>''' + L('<a href="/jianghua/anquan/20240506/57188.html">项目部安全生产月活动总结</a>') + '''</li>
      <li>''' + L('<a href="/jianghua/anquan/20240430/57042.html">企业负责人节前安全检查讲话</a>') + '''</li>
    </ul>
  </div>
</div>
<div class="footer">
  <p>''' + L('<a href="/about.html">关于我们</a> | <a href="/contact.html">联系方式</a> | <a href="/mianze.html">免责声明</a> | <a href="/sitemap.html">网站地图</a>') + '''</p>
  <p>''' + L('Copyright &copy; 2016-2024 miaobifanwen.com All Rights Reserved') + '''</p>
  <p>''' + L('<a href="https://beian.miit.gov.cn/" rel="nofollow">苏ICP备16008823号-2</a>') + '''</p>
</div>
</body>
</html>
'''
    return page.encode('utf-8'), gold_for('02.html', [S], P.noise)


# ---------------------------------------------------------------- 03 WeChat official-account article (UTF-8)
def leafsplit(s):
    i = s.find('，', len(s) // 2)
    if i < 0 or i > len(s) - 4:
        return '<span leaf="">%s</span>' % esc(s)
    return '<span leaf="">%s</span><span leaf="">%s</span>' % (esc(s[:i + 1]), esc(s[i + 1:]))


def page03():
    P = Page()
    L = P.L
    S = SP.S03
    headline = '县委书记邵启明：汛期临近，安全生产和防汛工作要抓早抓细抓实'
    sec = 'style="margin:0px 8px;line-height:1.75em;letter-spacing:0.5px;"'
    parts = []
    parts.append('<section style="margin:0px 8px 16px;padding:10px 12px;background-color:rgb(245,247,250);border-left:3px solid rgb(183,28,28);"><section><p style="font-size:14px;color:rgb(102,102,102);">'
                 + L('<span leaf="">5月28日，全县安全生产和防汛工作会议召开，县委书记邵启明出席会议并讲话。现将讲话全文刊发如下，供全县各级各部门学习贯彻。</span>')
                 + '</p></section></section>')
    parts.append('<p><br></p>')
    parts.append('<section style="text-align:center;margin:0px 8px 12px;"><section><p style="text-align:center;"><span leaf=""><strong><span textstyle="" style="font-size:19px;color:rgb(183,28,28);">%s</span></strong></span></p></section></section>' % esc(S['title']))
    parts.append('<p style="text-align:center;"><span leaf=""><span textstyle="" style="font-size:15px;font-family:楷体;">%s</span></span></p>' % esc(S['speaker']))
    parts.append('<p style="text-align:center;"><span leaf=""><span textstyle="" style="font-size:15px;font-family:楷体;">%s</span></span></p>' % esc(S['date']))
    parts.append('<p><br></p>')
    parts.append('<section %s><p><span leaf="">%s</span></p></section>' % (sec, esc(S['salut'])))
    for b in S['blocks']:
        if b[0] == 'h':
            parts.append('<p><br></p>')
            parts.append('<section style="margin:0px 8px;"><section style="display:inline-block;border-bottom:2px solid rgb(183,28,28);padding-bottom:2px;"><p><span leaf=""><strong><span textstyle="" style="font-size:16px;color:rgb(183,28,28);">%s</span></strong></span></p></section></section>' % esc(b[2]))
            parts.append('<p><br></p>')
        elif b[0] == 'p':
            parts.append('<section %s><p style="text-indent:2em;">%s</p></section>' % (sec, leafsplit(b[2])))
        else:
            parts.append('<section %s><p style="text-indent:2em;"><span leaf=""><strong>%s。</strong></span>%s</p></section>' % (sec, esc(b[2]), leafsplit(b[4])))
        parts.append('<p><br></p>')
    parts.append('<section style="margin:24px 8px 0px;font-size:13px;color:rgb(136,136,136);">')
    parts.append('<p>' + L('<span leaf="">来源：雁坪县融媒体中心</span>') + '</p>')
    parts.append('<p>' + L('<span leaf="">编辑：林小满　　审核：郑卫东</span>') + '</p>')
    parts.append('</section>')
    parts.append('<section style="text-align:center;margin-top:20px;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/Yp2kQx7fTbWm3LzA9cVd/640?wx_fmt=png" style="width:180px;"><p>'
                 + L('<span leaf="">长按识别二维码，关注雁坪发布</span>') + '</p></section>')
    content = '\n'.join(parts)

    page = '''<!DOCTYPE html>
<html class="">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<meta property="og:title" content="''' + esc(headline) + '''">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzI4NzcxODQ2Mw==&amp;mid=2247518806&amp;idx=1&amp;sn=6d0c2f8a4b1e93e7">
<meta property="twitter:card" content="summary">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<title>
''' + L(esc(headline)) + '''
</title>
<style>
.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px;}
.rich_media_meta_list{margin-bottom:22px;line-height:20px;font-size:15px;}
.rich_media_meta{display:inline-block;vertical-align:middle;margin:0 10px 10px 0;}
.rich_media_meta_nickname a{color:#576b95;}
#js_content{visibility:hidden;}
.qr_code_pc_outer{position:absolute;left:100%;top:0;}
.qr_code_pc p{font-size:14px;line-height:20px;color:#7f7f7f;}
.wx_profile_card_inner{padding:16px;border-radius:8px;background:#f7f7f7;}
</style>
<script nonce="481120376" type="text/javascript">
var biz = "MzI4NzcxODQ2Mw==" || "";
var msg_title = "县委书记邵启明：汛期临近，安全生产和防汛工作要抓早抓细抓实".html(false);
var nickname = htmlDecode("雁坪发布");
var ct = "1716941100";
var user_name = "gh_7a30c9e15b24";
var msg_link = "http://mp.weixin.qq.com/s?__biz=MzI4NzcxODQ2Mw==&mid=2247518806&idx=1&sn=6d0c2f8a4b1e93e7#rd";
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page wx_wap_desktop_fontsize_2 mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
''' + esc(headline) + '''
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt">
<a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">
''' + L('雁坪发布') + '''
</a>
</span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">''' + L('2024年5月29日 08:05') + '''</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">''' + L('<span id="js_ip_wording">发表于江西</span>') + '''</em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility:visible;">
''' + content + '''
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display:none;">''' + L('预览时标签不可点') + '''</div>
<div class="rich_media_tool_area">
<div id="js_read_area3" class="media_tool_meta tips_global_primary meta_primary">
''' + L('<a id="js_view_source" href="https://www.yanping-rmt.example.cn/zt/aqsc2024/">阅读原文</a>') + '''
</div>
<div class="like_comment_wrp">
''' + L('<span class="read_num">阅读 3512</span>') + '''
''' + L('<span class="interaction_btn">分享</span> <span class="interaction_btn">收藏</span> <span class="interaction_btn">点赞</span> <span class="interaction_btn">在看</span>') + '''
</div>
</div>
</div>
</div>
</div>
<div class="rich_media_area_extra">
<div class="wx_profile_card_inner" id="js_profile_card">
<div class="wx_profile_card_bd">
<strong class="wx_profile_nickname">雁坪发布</strong>
<div class="wx_profile_desc">''' + L('雁坪县委宣传部官方公众号，第一时间发布全县政务信息和民生资讯') + '''</div>
<div class="wx_profile_meta">''' + L('1063篇原创内容') + '''</div>
</div>
</div>
<div class="recommend_area">
<h3>''' + L('喜欢此内容的人还喜欢') + '''</h3>
<ul>
<li>''' + L('<a href="javascript:;">雁坪县启动防汛Ⅳ级应急响应</a>') + '''</li>
<li>''' + L('<a href="javascript:;">关于做好2024年汛期地质灾害防范工作的提醒</a>') + '''</li>
</ul>
</div>
<div class="swipe_tips">''' + L('继续滑动看下一个') + '''</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:block;">
<div class="qr_code_pc_inner">
<div class="qr_code_pc">
<img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=MzI4NzcxODQ2Mw==&amp;mid=2247518806">
''' + L('<p>微信扫一扫<br>关注该公众号</p>') + '''
</div>
</div>
</div>
</div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</body>
</html>
'''
    return page.encode('utf-8'), gold_for('03.html', [S], P.noise)


# ---------------------------------------------------------------- 04 document library viewer (UTF-8)
def cwidth(ch):
    return 0.5 if ord(ch) < 0x2000 else 1.0


def wrap(text, width, first_indent):
    lines, cur, w = [], '', first_indent
    for ch in text:
        cw = cwidth(ch)
        if w + cw > width and cur:
            # keep closing punctuation on the same line (Word-like kinsoku)
            if ch in '，。、；：！？”）':
                cur += ch
                lines.append(cur)
                cur, w = '', 0
                continue
            lines.append(cur)
            cur, w = '', 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def page04():
    P = Page()
    L = P.L
    S = SP.S04
    W = 27
    IND = '&nbsp;&nbsp;&nbsp;&nbsp;'
    # logical lines: (kind, text) kind in center / left / indent-first / cont
    out = []
    for t in S['title_lines']:
        out.append(('title', t))
    out.append(('blank', ''))
    out.append(('center', S['speaker']))
    out.append(('center', S['date']))
    out.append(('blank', ''))
    out.append(('left', S['salut']))
    for b in S['blocks']:
        if b[0] == 'h':
            txt = b[2]
        elif b[0] == 'p':
            txt = b[2]
        else:
            txt = b[2] + '。' + b[4]
        for k, ln in enumerate(wrap(txt, W, 2)):
            out.append(('first' if k == 0 else 'cont', ln))
    PER = 19
    pages = [out[i:i + PER] for i in range(0, len(out), PER)]
    n = len(pages)
    header = '澜州市建筑施工安全生产工作会议材料之二'
    html_pages = []
    for pi, lines in enumerate(pages, 1):
        rows = ['<div class="reader-page" id="pageNo-%d" data-page-no="%d" style="position:relative;width:794px;height:1123px;">' % (pi, pi)]
        top = 96
        if pi > 1:
            rows.append('<div class="page-header" style="position:absolute;left:96px;top:40px;width:602px;border-bottom:1px solid #999;font-size:12px;text-align:center;">%s</div>' % L(esc(header)))
        for kind, ln in lines:
            if kind == 'blank':
                top += 46
                continue
            if kind == 'title':
                st = 'left:96px;top:%dpx;width:602px;text-align:center;font-size:29px;font-family:方正小标宋简体;' % top
                txt = esc(ln)
            elif kind == 'center':
                st = 'left:96px;top:%dpx;width:602px;text-align:center;font-size:21px;font-family:楷体_GB2312;' % top
                txt = esc(ln)
            elif kind == 'left':
                st = 'left:96px;top:%dpx;font-size:21px;' % top
                txt = esc(ln)
            elif kind == 'first':
                st = 'left:96px;top:%dpx;font-size:21px;' % top
                txt = IND + esc(ln)
            else:
                st = 'left:96px;top:%dpx;font-size:21px;' % top
                txt = esc(ln)
            rows.append('<div class="line" style="position:absolute;%s">%s</div>' % (st, txt))
            top += 46
        rows.append('<div class="page-footer" style="position:absolute;left:0;top:1070px;width:794px;text-align:center;font-size:12px;color:#666;">%s</div>' % L('第 %d 页 共 %d 页' % (pi, n)))
        rows.append('</div>')
        html_pages.append('\n'.join(rows))
    viewer = '\n<div class="page-gap" style="height:16px;background:#e6e6e6;"></div>\n'.join(html_pages)

    page = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
''' + L('<title>住建局长建筑施工安全生产工作会议讲话稿（2023年） - 知行文库</title>') + '''
<meta name="keywords" content="建筑施工,安全生产,讲话稿,住建局">
<meta name="description" content="在全市建筑施工安全生产工作会议上的讲话，共4页，DOCX格式">
<style>
body{margin:0;background:#e6e6e6;font-family:"PingFang SC","Microsoft YaHei",sans-serif;}
.topbar{height:56px;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.08);}
.topbar a{color:#333;margin:0 14px;line-height:56px;}
.doc-head{width:900px;margin:16px auto 0;background:#fff;padding:20px 40px;}
.doc-head h1{font-size:22px;margin:0 0 10px;}
.doc-meta span{color:#999;font-size:13px;margin-right:18px;}
.reader{width:794px;margin:16px auto;}
.reader-page{background:#fff;overflow:hidden;}
.line{white-space:nowrap;color:#000;font-family:仿宋_GB2312,FangSong,serif;}
.try-end{width:794px;margin:0 auto 20px;background:#fff;text-align:center;padding:30px 0;}
.btn-download{display:inline-block;background:#ff6a00;color:#fff;padding:10px 46px;border-radius:22px;font-size:16px;}
.related-docs{width:900px;margin:0 auto;background:#fff;padding:20px 40px;}
.foot{text-align:center;color:#999;font-size:12px;padding:24px 0;}
</style>
<script>
window.__DOC_INFO__ = {"docId":"a7f3c91e20b84d6f","pageCount":%d,"freePage":%d,"format":"docx","title":"住建局长建筑施工安全生产工作会议讲话稿"};
</script>
</head>
<body>
<div class="topbar">
''' % (n, n) + L('<a href="/" class="logo">知行文库</a>') + '''
''' + L('<a href="/cate/">文档分类</a>') + '''
''' + L('<a href="/vip/">开通会员</a>') + '''
''' + L('<a href="/upload/">上传文档赚收益</a>') + '''
</div>
<div class="doc-head">
<div class="crumb">''' + L('<a href="/">知行文库</a> &gt; <a href="/cate/hyzl/">行业资料</a> &gt; <a href="/cate/hyzl/aqgl/">安全管理</a> &gt; <a href="/cate/hyzl/aqgl/jh/">领导讲话</a>') + '''</div>
<h1>''' + L(esc('住建局长建筑施工安全生产工作会议讲话稿（2023年）')) + '''</h1>
<div class="doc-meta">
<span>''' + L('上传者：夏日荷风') + '''</span>
<span>''' + L('上传时间：2023-07-12') + '''</span>
<span>''' + L('格式：DOCX') + '''</span>
<span>''' + L('页数：%d页' % n) + '''</span>
<span>''' + L('大小：26.4KB') + '''</span>
<span>''' + L('4.7分（163人评价）') + '''</span>
<span>''' + L('1286人已阅读') + '''</span>
</div>
<div class="doc-ops">
''' + L('<a href="javascript:;" class="btn-download" data-act="top">下载文档</a>') + '''
''' + L('<a href="javascript:;" class="btn-fav">加入收藏</a>') + '''
''' + L('<a href="javascript:;" class="btn-report">举报此文档</a>') + '''
</div>
</div>
<div class="reader" id="reader">
''' + viewer + '''
</div>
<div class="try-end" id="try-end">
<p class="try-end-title">''' + L('—— 试读结束 ——') + '''</p>
<p class="try-end-desc">''' + L('本文档共%d页，下载后可编辑、打印，格式与原稿一致' % n) + '''</p>
''' + L('<a href="javascript:;" class="btn-download" data-act="bottom">下载文档（8积分）</a>') + '''
</div>
<div class="related-docs">
<h3>''' + L('相关文档推荐') + '''</h3>
<ul>
<li>''' + L('<a href="/d/c21e8f0a7b.html">建筑工地汛期安全检查表（通用版）</a>') + '''</li>
<li>''' + L('<a href="/d/9b4a02d6e1.html">区住建局上半年安全生产工作总结</a>') + '''</li>
<li>''' + L('<a href="/d/5f7730ccab.html">危大工程专项施工方案审查要点</a>') + '''</li>
<li>''' + L('<a href="/d/e03d19b448.html">施工企业安全生产责任书范本</a>') + '''</li>
</ul>
</div>
<div class="foot">
<p>''' + L('本站文档均由用户上传，仅供学习参考，如涉及侵权请与客服联系') + '''</p>
<p>''' + L('&copy; 2019-2024 知行文库 浙ICP备19044716号-3') + '''</p>
</div>
</body>
</html>
'''
    return page.encode('utf-8'), gold_for('04.html', [S], P.noise)


# ---------------------------------------------------------------- 05 Discuz forum thread (UTF-8)
def page05():
    P = Page()
    L = P.L
    S = SP.S05
    subject = '【整理分享】交通集团董事长年度安全工作会讲话稿，结构可参考'
    msg = []
    msg.append(L('<i class="pstatus"> 本帖最后由 laozhang_cz 于 2024-1-23 21:07 编辑 </i>') + '<br />')
    msg.append('<br />')
    msg.append(L('年初单位开安全工作会，这是董事长的讲话稿，经同意分享出来，个别数据做了调整。大家写同类材料可以参考它的结构，别整篇照搬哈。') + '<br />')
    msg.append('<br />')
    msg.append('<div align="center"><font size="4"><strong>%s</strong></font></div>' % esc(S['title']))
    msg.append('<div align="center"><font face="楷体">%s</font></div>' % esc(S['speaker']))
    msg.append('<div align="center"><font face="楷体">%s</font></div>' % esc(S['date']))
    msg.append('<font face="仿宋">%s<br />' % esc(S['salut']))
    for b in S['blocks']:
        if b[0] == 'h':
            msg.append('\u3000\u3000<strong>%s</strong><br />' % esc(b[2]))
        else:
            msg.append('\u3000\u3000%s<br />' % esc(b[2]))
    msg.append('</font><br />')
    message = '\r\n'.join(msg)

    def panel(uid, name, group, topics, posts, credits, perm):
        return '''<td class="pls" rowspan="2">
<div class="pi"><div class="authi">''' + L('<a href="home.php?mod=space&amp;uid=%d" target="_blank" class="xw1">%s</a>' % (uid, name)) + '''</div></div>
<div class="avatar"><a href="home.php?mod=space&amp;uid=%d" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid=%d&amp;size=middle" /></a></div>
<div class="tns xg2">
<dl class="pil cl">
''' % (uid, uid) + L('<dt>主题</dt><dd><a href="home.php?mod=space&amp;uid=%d&amp;do=thread">%d</a></dd>' % (uid, topics)) + '''
''' + L('<dt>帖子</dt><dd><a href="home.php?mod=space&amp;uid=%d&amp;do=thread&amp;type=reply">%d</a></dd>' % (uid, posts)) + '''
''' + L('<dt>积分</dt><dd><a href="home.php?mod=space&amp;uid=%d&amp;do=profile">%d</a></dd>' % (uid, credits)) + '''
</dl>
</div>
<p><em>''' + L('<a href="home.php?mod=spacecp&amp;ac=usergroup&amp;gid=%d">%s</a>' % (perm, group)) + '''</em></p>
<dl class="pil cl">
''' + L('<dt>注册时间</dt><dd>%s</dd>' % {20831: '2016-3-9', 41277: '2019-11-2', 52964: '2022-6-15'}[uid]) + '''
</dl>
<ul class="xl xl2 o cl">
''' + L('<li class="pm2"><a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;touid=%d">发消息</a></li><li class="addflw"><a href="home.php?mod=spacecp&amp;ac=follow&amp;op=add&amp;fuid=%d">收听TA</a></li>' % (uid, uid)) + '''
</ul>
</td>'''

    def post(pid, floor, when, uid, name, group, topics, posts, credits, perm, inner, extra=''):
        return '''<div id="post_%d">
<table id="pid%d" class="plhin" summary="pid%d" cellspacing="0" cellpadding="0">
<tr>
''' % (pid, pid, pid) + panel(uid, name, group, topics, posts, credits, perm) + '''
<td class="plc">
<div class="pi">
''' + L('<strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid=91527&amp;pid=%d" id="postnum%d">%s</a></strong><div class="pti"><div class="authi"><em id="authorposton%d">发表于 %s</em> <span class="pipe">|</span> <a href="forum.php?mod=viewthread&amp;tid=91527&amp;page=1&amp;authorid=%d" rel="nofollow">只看该作者</a></div></div>' % (pid, pid, floor, pid, when, uid)) + '''
</div>
<div class="pct"><div class="pcb"><div class="t_fsz">
<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_%d">
''' % pid + inner + '''
</td></tr></table>
</div></div></div>
''' + extra + '''
</td>
</tr>
<tr><td class="plc plm"><div class="po hin"><div class="pob cl">
<em>''' + L('<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=91527&amp;repquote=%d&amp;extra=page%%3D1">回复</a> <a href="javascript:;" onclick="showWindow(\'miscreport%d\', \'misc.php?mod=report&amp;rtype=post&amp;rid=%d&amp;tid=91527&amp;fid=38\', \'get\', -1);return false;">举报</a>' % (pid, pid, pid)) + '''</em>
</div></div></td></tr>
</table>
</div>'''

    sign = '<div class="sign" style="max-height:100px;maxHeightIE:100px;">' + L('写材料的路上，与君同行｜原创整理不易，转载请注明出处') + '</div>'
    p1 = post(1184302, '楼主', '2024-1-23 20:51', 20831, 'laozhang_cz', '中级会员', 46, 517, 3862, 13, message, sign)

    q1 = ('<div class="quote"><blockquote><font size="2">'
          + L('<a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=1184302&amp;ptid=91527" target="_blank"><font color="#999999">laozhang_cz 发表于 2024-1-23 20:51</font></a>')
          + '</font><br />\r\n'
          + L('要用好动态监控平台，对超速、疲劳驾驶、接打手机等违规行为实时提醒、及时纠正，每周汇总分析一次报警数据 ...')
          + '</blockquote></div><br />\r\n'
          + L('这段写得实在，我们单位也是把监控报警数据按周分析，建议再补一句对报警处置的闭环要求。') + '<br />\r\n'
          + L('另外“第一、第二”这种层次在集团会议上用得挺多，比一二三显得口语化一些。'))
    q2 = ('<div class="quote"><blockquote><font size="2">'
          + L('<a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=1184302&amp;ptid=91527" target="_blank"><font color="#999999">laozhang_cz 发表于 2024-1-23 20:51 </font></a>')
          + '</font><br />\r\n'
          + L('同志们，安全是企业最大的效益，也是职工最大的福利 ...')
          + '</blockquote></div><br />\r\n'
          + L('收藏了，结尾这句准备借用一下，感谢楼主无私分享！'))
    p2 = post(1184337, '沙发', '2024-1-24 08:16', 41277, '北岸听风', '高级会员', 12, 1204, 5190, 14, q1)
    p3 = post(1184391, '板凳', '2024-1-24 11:42', 52964, '小材料员2022', '注册会员', 13, 88, 236, 11, q2)

    page = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
''' + L('<title>' + esc(subject) + ' - 讲话稿专区 - 笔杆子论坛 - Powered by Discuz!</title>') + '''
<meta name="keywords" content="讲话稿,安全生产,集团公司" />
<meta name="description" content="年初单位开安全工作会，这是董事长的讲话稿 ... " />
<meta name="generator" content="Discuz! X3.4" />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="https://bbs.biganzi-lt.example.com/" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Rk3" />
<link rel="stylesheet" type="text/css" href="data/cache/style_1_forum_viewthread.css?Rk3" />
<style type="text/css">
.pls{width:160px;background:#E5EDF2;vertical-align:top;}
.t_f{font-size:14px;line-height:1.9;}
.quote{padding:10px 10px 10px 65px;background:#F9F9F9 url(static/image/common/icon_quote_s.gif) no-repeat 20px 6px;}
.sign{margin:10px 0;padding:8px 0;border-top:1px dashed #CDCDCD;color:#999;overflow:hidden;}
</style>
<script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Rk3', charset = 'utf-8', discuz_uid = '0', cookiepre = 'bgz_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = 'aHR0cHM6Ly9iYnMuYmlnYW56aS1sdC5leGFtcGxlLmNvbS90aHJlYWQtOTE1MjctMS0xLmh0bWw=', SITEURL = 'https://bbs.biganzi-lt.example.com/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Rk3" type="text/javascript"></script>
</head>
<body id="nv_forum" class="pg_viewthread" onkeydown="if(event.keyCode==27) return false;">
<div id="toptb" class="cl">
<div class="wp">
<div class="z">''' + L('<a href="javascript:;" onclick="setHomepage(\'https://bbs.biganzi-lt.example.com/\');">设为首页</a> <a href="https://bbs.biganzi-lt.example.com/" onclick="addFavorite(this.href, \'笔杆子论坛\');return false;">收藏本站</a>') + '''</div>
<div class="y">''' + L('<a href="member.php?mod=logging&amp;action=login" onclick="showWindow(\'login\', this.href);return false;">登录</a> <span class="pipe">|</span> <a href="member.php?mod=register">立即注册</a>') + '''</div>
</div>
</div>
<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="笔杆子论坛"><img src="static/image/common/logo_bgz.png" alt="笔杆子论坛" border="0" /></a></h2></div>
<div id="nv">
<ul>
<li class="a" id="mn_forum">''' + L('<a href="forum.php" hidefocus="true">论坛首页</a>') + '''</li>
<li id="mn_N2a11">''' + L('<a href="forum.php?mod=forumdisplay&amp;fid=36" hidefocus="true">公文写作</a>') + '''</li>
<li id="mn_N3b02">''' + L('<a href="forum.php?mod=forumdisplay&amp;fid=41" hidefocus="true">遴选考试</a>') + '''</li>
<li id="mn_home">''' + L('<a href="home.php" hidefocus="true">个人空间</a>') + '''</li>
<li id="mn_N9c17">''' + L('<a href="plugin.php?id=bgz_sign" hidefocus="true">每日签到</a>') + '''</li>
</ul>
</div>
</div>
</div>
<div id="wp" class="wp">
<div id="pt" class="bm cl">
<div class="z">''' + L('<a href="./" class="nvhm" title="首页">笔杆子论坛</a> <em>&rsaquo;</em> <a href="forum.php?gid=35">公文写作</a> <em>&rsaquo;</em> <a href="forum.php?mod=forumdisplay&amp;fid=38">讲话稿专区</a> <em>&rsaquo;</em> <a href="thread-91527-1-1.html">查看内容</a>') + '''</div>
</div>
<div id="pgt" class="pgs mbm cl">
<span class="y pgb">''' + L('<a href="forum.php?mod=forumdisplay&amp;fid=38">返回列表</a>') + '''</span>
''' + L('<a id="newspecial" href="forum.php?mod=post&amp;action=newthread&amp;fid=38">发新帖</a> <a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid=38&amp;tid=91527">回复</a>') + '''
</div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0">
<tr>
<td class="pls ptn pbn"><div class="hm ptn">''' + L('<span class="xg1">查看:</span> <span class="xi1">3271</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">2</span>') + '''</div></td>
<td class="plc ptm pbn vwthd">
<h1 class="ts">''' + L('<span id="thread_subject">' + esc(subject) + '</span>') + '''</h1>
<span class="xg1">''' + L('<a href="thread-91527-1-1.html" onclick="return copyThreadUrl(this, \'笔杆子论坛\')">[复制链接]</a>') + '''</span>
</td>
</tr>
</table>
''' + p1 + '''
''' + p2 + '''
''' + p3 + '''
</div>
<div id="f_pst" class="pl bm bmw">
<div class="pls">''' + L('您需要登录后才可以回帖') + '''</div>
<div class="plc">''' + L('<a href="member.php?mod=logging&amp;action=login">登录</a> <span class="pipe">|</span> <a href="member.php?mod=register">立即注册</a> <span class="pipe">|</span> <a href="connect.php?mod=login">微信登录</a>') + '''</div>
</div>
</div>
<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>''' + L('<a href="archiver/">手机版</a><span class="pipe">|</span><a href="forum.php?mod=misc&amp;action=showdarkroom">小黑屋</a><span class="pipe">|</span><strong><a href="./">笔杆子论坛</a></strong>') + '''</p>
<p class="xs0">''' + L('GMT+8, 2024-2-3 10:26 , Processed in 0.061253 second(s), 24 queries .') + '''</p>
</div>
<div id="frt">
<p>''' + L('Powered by <strong><a href="https://www.discuz.vip/" target="_blank">Discuz!</a></strong> <em>X3.4</em>') + '''</p>
<p class="xs0">''' + L('&copy; 2015-2024 笔杆子论坛 交流公文写作 分享材料心得') + '''</p>
</div>
</div>
</body>
</html>
'''
    return page.encode('utf-8'), gold_for('05.html', [S], P.noise)


def main():
    for fn, name in [(page01, '01.html'), (page02, '02.html'), (page03, '03.html'), (page04, '04.html'), (page05, '05.html')]:
        data, gold = fn()
        with open(os.path.join(ROOT, name), 'wb') as f:
            f.write(data)
        with open(os.path.join(ROOT, 'gold', name.split('.')[0] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', name, len(data), 'bytes,', len(gold['noise']), 'noise')


if __name__ == '__main__':
    main()
