#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate set46a pages 01-05 and gold/NN.json.

Usage: python3 tools/gen.py      (writes into the folder above tools/)
All names, places, domains, phone numbers and figures are invented.
"""
import calendar
import datetime
import html
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import (SPEECH_01, SPEECH_02, SPEECH_03A, SPEECH_03B,  # noqa: E402
                      SPEECH_04, SPEECH_05)

INJ = '⟦INJ⟧'


# ------------------------------------------------------------------ helpers
class Page:
    """Collects page lines and the noise strings (chrome of 4+ characters)."""

    def __init__(self):
        self.lines = []
        self.noise = []

    def reg(self, s):
        s = s.strip()
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def chrome(self, *lines):
        for line in lines:
            self.lines.append(line)
            self.reg(line)

    def text(self, *lines):
        self.lines.extend(lines)


class Gold:
    def __init__(self, fname):
        self.fname = fname
        self.titles, self.headings, self.paragraphs = [], [], []

    def add_speech(self, speech, fix=lambda s: s):
        for e in speech:
            k = e[0]
            if k == 'title':
                self.titles.append(fix(e[1]))
            elif k == 'h':
                self.headings.append({'text': fix(e[2]), 'level': e[1]})
            elif k == 'p':
                self.paragraphs.append({'text': fix(e[2].replace(INJ, '')),
                                        'category': e[1], 'truncated': False})
            elif k == 'rh':
                self.headings.append({'text': fix(e[2]), 'level': e[1]})
                self.paragraphs.append({'text': fix(e[4].replace(INJ, '')),
                                        'category': e[3], 'truncated': False})

    def write(self, noise):
        d = {'file': self.fname, 'speeches': len(self.titles), 'titles': self.titles,
             'headings': self.headings, 'paragraphs': self.paragraphs, 'noise': noise}
        stem = os.path.splitext(self.fname)[0]
        with open(os.path.join(ROOT, 'gold', stem + '.json'), 'w', encoding='utf-8',
                  newline='\n') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')


def printed(e, inj=''):
    """Printed form of a body element (p / rh)."""
    if e[0] == 'p':
        return e[2].replace(INJ, inj)
    if e[0] == 'rh':
        return e[2] + '。' + e[4].replace(INJ, inj)
    raise ValueError(e)


def write_text(name, lines, encoding, eol):
    data = eol.join(lines) + eol
    data.encode(encoding, errors='strict')
    with open(os.path.join(ROOT, name), 'w', encoding=encoding, newline='') as f:
        f.write(data)


# ------------------------------------------------------------------ 01 e-paper
def page01():
    p = Page()
    g = Gold('01.txt')
    d = datetime.date(2026, 2, 27)
    week = '一二三四五六日'[d.weekday()]
    p.chrome('岚溪报数字报　|　岚溪县融媒体中心主办',
             '首页　|　往期回顾　|　PDF下载　|　岚溪新闻网　|　岚溪发布客户端')
    p.chrome('2026年02月27日　星期%s　第3862期　农历丙午年正月十一' % week)
    p.chrome('版面导航', '第01版：要闻', '第02版：综合', '第03版：专题', '第04版：副刊')
    p.chrome('标题导航',
             '全县2026年安全生产工作会议召开',
             '我县开展节后复工复产安全生产大检查',
             '岚溪县2026年重点项目集中签约',
             '字号：放大　缩小　默认　　　　下载本版PDF')
    p.text('')
    p.chrome('压紧压实责任链条　坚决守牢安全底线',
             '全县2026年安全生产工作会议召开',
             '——罗建华出席并讲话　陈立明主持')
    p.text('')
    p.chrome('本报讯（记者　韩雨桐　通讯员　姚佳）2月26日，全县2026年安全生产工作会议召开，'
             '县委书记罗建华出席会议并讲话，现将讲话全文刊发如下。')
    p.chrome('图为会议现场。　记者　韩雨桐　摄')
    p.text('')
    for e in SPEECH_01:
        k = e[0]
        if k in ('title', 'speaker', 'date', 'salute'):
            p.text(e[1])
        elif k == 'h':
            p.text(e[2])
        else:
            p.text('　　' + printed(e))
    g.add_speech(SPEECH_01)
    p.text('')
    p.chrome('本版责编：程　静　　校对：吴晓雯　　组版：林　峰')
    p.chrome('上一版　　下一版')
    p.text('')
    p.chrome('往期回顾', '<　2026年02月　>', '日　一　二　三　四　五　六')
    cal = calendar.Calendar(firstweekday=6)
    for week_row in cal.monthdayscalendar(2026, 2):
        p.chrome('　'.join(str(x) if x else '' for x in week_row).strip('　'))
    p.text('')
    p.chrome('岚溪报社　地址：岚溪县城关镇文昌路88号　邮编：334500',
             '新闻热线：0793-6218866　　广告热线：0793-6218800　　投稿邮箱：lxbtg@lxrmt.com.cn',
             '岚溪县融媒体中心　版权所有　未经书面授权不得复制或建立镜像',
             '内部资料　准印证号：（赣）0736　　赣ICP备19004217号-1')
    write_text('01.txt', p.lines, 'utf-8', '\n')
    g.write(p.noise)


# ------------------------------------------------------------------ 02 WeChat HTML
def page02():
    g = Gold('02.html')
    noise = []

    def N(s):
        s2 = s.strip()
        if len(s2) >= 4 and s2 not in noise:
            noise.append(s2)
        return html.escape(s, quote=False)

    E = lambda s: html.escape(s, quote=False)  # noqa: E731
    art_title = '孟庆川：以“防住为王”的担当坚决守牢安全底线'
    desc = '市安委会2025年第二次全体会议召开，市长孟庆川出席会议并讲话。'
    biz = 'MzkyNjU0MTgzNw=='
    url = ('http://mp.weixin.qq.com/s?__biz=%s&amp;mid=2247519432&amp;idx=1&amp;'
           'sn=7c3e51a9d0b84f26e1a3b5c09d7f4e21&amp;chksm=c2b7a1e4f5c028f2' % biz)
    img1 = 'https://mmbiz.qpic.cn/sz_mmbiz_jpg/Qk8Vh2rXcT1bGmLp9ZsQwN4aYe7uC0dR3kJfHxS5iOoEvMnB6tAqWlDy/640?wx_fmt=jpeg&amp;from=appmsg'
    img2 = 'https://mmbiz.qpic.cn/sz_mmbiz_jpg/Qk8Vh2rXcT1bGmLp9ZsQwN4aYe7uC0dRp2LzTcVwKx8HnUjF4sIeQaMbO/640?wx_fmt=jpeg&amp;from=appmsg'
    gif = 'https://mmbiz.qpic.cn/sz_mmbiz_gif/Qk8Vh2rXcT1bGmLp9ZsQwN4aYe7uC0dRh6GfWbN2xVcTkPqL0aJdSrEy/640?wx_fmt=gif&amp;from=appmsg'
    qr = 'https://mmbiz.qpic.cn/sz_mmbiz_png/Qk8Vh2rXcT1bGmLp9ZsQwN4aYe7uC0dR9vYtMcHsLkWqBn3ZaEoXpGiF/640?wx_fmt=png&amp;from=appmsg'

    P_STYLE = ('margin: 0px 8px 24px;line-height: 1.75em;text-indent: 2em;text-align: justify;')
    S_STYLE = 'font-size: 15px;letter-spacing: 1px;color: rgb(62, 62, 62);'

    def para(text):
        # paragraphs starting with 一是/二是/三是: bold run-in lead in its own leaf
        lead = None
        for mark in ('一是', '二是', '三是'):
            if text.startswith(mark):
                lead = text[:text.index('。') + 1]
        if lead:
            rest = text[len(lead):]
            # a second run-in lead inside the same paragraph
            inner = ''
            for mark in ('二是', '三是'):
                if mark in rest:
                    i = rest.index(mark)
                    j = rest.index('。', i) + 1
                    inner = (E(rest[:i]) + '</span></span><strong><span style="%s"><span leaf="">%s</span></span></strong>'
                             '<span style="%s"><span leaf="">%s' % (S_STYLE, E(rest[i:j]), S_STYLE, E(rest[j:])))
                    break
            body = inner or E(rest)
            return ('<section style="%s"><strong><span style="%s"><span leaf="">%s</span></span></strong>'
                    '<span style="%s"><span leaf="">%s</span></span></section>'
                    % (P_STYLE, S_STYLE, E(lead), S_STYLE, body))
        return ('<section style="%s"><span style="%s"><span leaf="">%s</span></span></section>'
                % (P_STYLE, S_STYLE, E(text)))

    def heading(text):
        return ('<section style="margin: 32px 8px 16px;display: flex;align-items: center;justify-content: flex-start;">'
                '<section style="display: inline-block;padding: 4px 12px 4px 8px;border-left: 4px solid rgb(196, 30, 36);'
                'background-color: rgb(253, 242, 242);box-sizing: border-box;">'
                '<p style="margin: 0px;line-height: 1.6em;"><strong><span style="font-size: 16px;color: rgb(196, 30, 36);'
                'letter-spacing: 1px;"><span leaf="">▌</span><span leaf="">%s</span></span></strong></p>'
                '</section></section>' % E(text))

    def image(src, ratio, fid, cap, source):
        return ('<section style="text-align: center;margin: 0px 8px 8px;" nodeleaf=""><img class="rich_pages wxw-img" '
                'data-imgfileid="%s" data-ratio="%s" data-s="300,640" data-src="%s" data-type="jpeg" data-w="1080" '
                'style="width: 100%%;height: auto !important;" type="block"></section>'
                '<section style="text-align: center;margin: 0px 8px 4px;line-height: 1.6em;"><span style="font-size: 12px;'
                'color: rgb(136, 136, 136);"><span leaf="">%s</span></span></section>'
                '<section style="text-align: center;margin: 0px 8px 24px;line-height: 1.6em;"><span style="font-size: 12px;'
                'color: rgb(136, 136, 136);"><span leaf="">%s</span></span></section>'
                % (fid, ratio, src, N(cap), N(source)))

    body = []
    body.append('<p style="display: none;"><mp-style-type data-value="3"></mp-style-type></p>')
    body.append('<section style="text-align: center;margin-bottom: 16px;" nodeleaf=""><img class="rich_pages wxw-img __bg_gif" '
                'data-imgfileid="100021877" data-ratio="0.1240740740740741" data-src="%s" data-type="gif" data-w="1080" '
                'style="width: 100%%;height: auto !important;" type="inline"></section>' % gif)
    body.append('<section style="text-align: center;margin: -8px 8px 24px;"><span style="font-size: 13px;color: rgb(2, 119, 189);'
                'letter-spacing: 2px;"><span leaf="">%s</span></span></section>' % N('点击蓝字关注我们'))
    body.append('<section style="margin: 0px 8px 24px;padding: 12px 14px;background-color: rgb(245, 247, 250);'
                'border-radius: 6px;line-height: 1.75em;"><span style="font-size: 14px;color: rgb(89, 89, 89);">'
                '<span leaf="">%s</span></span></section>'
                % N('编者按：6月9日，市安委会2025年第二次全体会议召开，市长孟庆川出席会议并讲话，'
                    '对当前和今后一个时期全市安全生产工作作出部署。现将讲话全文刊发，供学习参考。'))
    body.append(image(img1, '0.6666666666666666', '100021878', '▲6月9日，市安委会2025年第二次全体会议召开',
                      '图片来源：临沣融媒　记者　钟岩　摄'))
    n_h = 0
    for e in SPEECH_02:
        k = e[0]
        if k == 'title':
            body.append('<section style="text-align: center;margin: 0px 8px 12px;line-height: 1.6em;"><strong>'
                        '<span style="font-size: 18px;color: rgb(0, 0, 0);"><span leaf="">%s</span></span></strong></section>'
                        % E(e[1]))
        elif k in ('speaker', 'date'):
            body.append('<section style="text-align: center;margin: 0px 8px 8px;"><span style="font-size: 15px;'
                        'font-family: 楷体, 楷体_GB2312, SimKai;"><span leaf="">%s</span></span></section>' % E(e[1]))
        elif k == 'salute':
            body.append('<section style="margin: 16px 8px 24px;line-height: 1.75em;"><span style="%s"><span leaf="">%s'
                        '</span></span></section>' % (S_STYLE, E(e[1])))
        elif k == 'h':
            n_h += 1
            if n_h == 3:
                body.append(image(img2, '0.5625', '100021879', '▲5月28日，市安委会督导组在高新区一家企业检查除尘设施',
                                  '图片来源：临沣市应急管理局'))
            body.append(heading(e[2]))
        else:
            body.append(para(printed(e)))
    g.add_speech(SPEECH_02)
    body.append('<section style="margin: 40px 8px 8px;text-align: center;"><span style="font-size: 14px;color: rgb(178, 178, 178);">'
                '<span leaf="">%s</span></span></section>' % N('- END -'))
    for line in ('来源：临沣市应急管理局', '编辑：唐雨萱', '审核：邹　明', '终审：龚立新'):
        body.append('<section style="margin: 0px 8px;line-height: 1.75em;text-align: right;"><span style="font-size: 13px;'
                    'color: rgb(136, 136, 136);"><span leaf="">%s</span></span></section>' % N(line))
    body.append('<section style="margin: 32px 8px 12px;"><section style="display: inline-block;padding: 2px 10px;'
                'background-color: rgb(196, 30, 36);"><span style="font-size: 15px;color: rgb(255, 255, 255);">'
                '<span leaf="">%s</span></span></section></section>' % N('往期推荐'))
    recs = [('2247519398', '临沣市召开防汛工作视频调度会'),
            ('2247519371', '@临沣市民，这份防汛避险指南请收好'),
            ('2247519346', '安全生产月｜这些安全知识，你都知道吗？')]
    for mid, t in recs:
        body.append('<section style="margin: 0px 8px 10px;line-height: 1.6em;"><span style="font-size: 14px;">'
                    '<a class="normal_text_link" target="_blank" style="color: rgb(87, 107, 149);" '
                    'href="https://mp.weixin.qq.com/s?__biz=%s&amp;mid=%s&amp;idx=1&amp;sn=0f%s&amp;scene=21#wechat_redirect" '
                    'textvalue="%s" data-itemshowtype="0" linktype="text" data-linktype="2"><span leaf="">%s</span></a>'
                    '</span></section>' % (biz, mid, mid[-6:] + 'a5c2e9d41b7f03e68c', E(t), N(t)))
    body.append('<section style="text-align: center;margin-top: 24px;" nodeleaf=""><img class="rich_pages wxw-img" '
                'data-imgfileid="100021880" data-ratio="1" data-src="%s" data-type="png" data-w="430" '
                'style="width: 120px;height: auto !important;" type="inline"></section>' % qr)
    body.append('<section style="text-align: center;"><span style="font-size: 12px;color: rgb(136, 136, 136);">'
                '<span leaf="">%s</span></span></section>' % N('长按识别二维码关注我们'))
    body.append('<section style="text-align: center;margin: 16px 8px 0px;"><span style="font-size: 14px;color: rgb(196, 30, 36);">'
                '<span leaf="">%s</span></span></section>' % N('点个“在看”，你最好看'))

    ct = int(datetime.datetime(2025, 6, 10, 19, 2, 36).timestamp())
    head = '''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<link rel="shortcut icon" type="image/x-icon" href="//res.wx.qq.com/a/wx_fed/assets/res/NTI4MWU5.ico">
<script nonce="1843207795" reportloaderror>
window.__nonce_str = "1843207795"
if (location.href.indexOf('safe=1') === -1 && window.__nonce_str) {{
  window.__moonsafe_nonce = window.__nonce_str;
}}
</script>
<meta name="description" content="{desc}">
<meta name="author" content="临沣发布">
<meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{img1}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="og:article:author" content="临沣发布">
<meta property="twitter:card" content="summary">
<meta property="twitter:image" content="{img1}">
<meta property="twitter:title" content="{title}">
<meta property="twitter:creator" content="临沣发布">
<meta property="twitter:site" content="微信公众平台">
<meta property="twitter:description" content="{desc}">
<title>{title}</title>
<style>
.rich_media_content{{overflow:hidden;color:rgba(0,0,0,0.9);font-size:17px;line-height:1.6;word-wrap:break-word;text-align:justify}}
.rich_media_content *{{max-width:100% !important;box-sizing:border-box !important;word-wrap:break-word !important}}
.rich_media_title{{font-size:22px;line-height:1.4;margin-bottom:14px}}
.rich_media_meta_list{{margin-bottom:22px;line-height:20px;font-size:15px}}
.interaction_bar__item{{display:inline-block;margin-right:24px;color:rgba(0,0,0,0.5);font-size:14px}}
</style>
<script nonce="1843207795" type="text/javascript">
window.logs = {{ pagetime: {{}} }};
window.logs.pagetime['html_begin'] = (+new Date());
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default not_in_mm">
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title " id="activity-name">
<span class="js_title_inner">{title_n}</span>
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag weui-wa-hotarea">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{acct}</a></span>
<span class="rich_media_meta rich_media_meta_text"></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">{ptime}</em>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">江西</span></em>
</div>
<div id="js_tags_preview_toast" class="article-tag__error-tips" style="display: none;">{tagtip}</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: hidden;">
'''.format(desc=E(desc), title=E(art_title), title_n=N(art_title), url=url, img1=img1,
           acct=N('临沣发布'), ptime=N('2025年6月10日 19:02'), tagtip=N('预览时标签不可点'))
    tail = '''
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display: none;"><div class="qr_code_pc_inner"><div class="qr_code_pc">
<p>{scan}</p></div></div></div>
<div class="rich_media_tool_area" id="js_toobar3">
<div class="rich_media_tool">
<a id="js_view_source" class="wx_tap_link js_wx_tap_highlight media_tool_meta meta_extra weui-wa-hotarea" href="##"><span>{src}</span></a>
</div>
</div>
<div id="js_interaction_bar" class="interaction_bar">
<span class="interaction_bar__item" id="js_share_btn">分享</span>
<span class="interaction_bar__item" id="js_collect_btn">收藏</span>
<span class="interaction_bar__item" id="js_like_btn" aria-label="{likel}">点赞</span>
<span class="interaction_bar__item" id="js_watch_btn" aria-label="{watchl}">在看</span>
</div>
<div id="js_cmt_area" class="discuss_container"><div class="discuss_write"><span>写留言</span></div></div>
</div>
</div>
</div>
</div>
<div id="js_bottom_tip" class="weui-bottom-fixed-opr"><span>{swipe}</span></div>
</div>
<script nonce="1843207795" type="text/javascript">
var biz = "{biz}" || "";
var sn = "7c3e51a9d0b84f26e1a3b5c09d7f4e21" || "";
var mid = "2247519432" || "";
var idx = "1" || "";
var nickname = htmlDecode("临沣发布");
var user_name = "gh_5e1c7a90d3b2";
var round_head_img = "http://mmbiz.qpic.cn/sz_mmbiz_png/Qk8Vh2rXcT1bGmLp9ZsQwN4aYe7uC0dRgA/0?wx_fmt=png";
var msg_title = '{title}'.html(false);
var msg_desc = htmlDecode("{desc}");
var msg_cdn_url = "{img1}";
var ct = "{ct}";
var publish_time = "2025-06-10" || "";
var copyright_stat = "1";
var ip_wording = {{ countryName: '中国', countryId: '156', provinceName: '江西', provinceId: '', cityName: '', cityId: '' }};
</script>
<script nonce="1843207795" type="text/javascript">
window.logs.pagetime['html_end'] = (+new Date());
var __INLINE_SCRIPT__ = true;
</script>
</body>
</html>
'''.format(scan=N('微信扫一扫可打开此内容，使用完整服务'), src=N('阅读原文'), likel='赞，轻点两下取消赞',
           watchl='在看，轻点两下取消在看', swipe=N('继续滑动看下一个'), biz=biz, title=E(art_title),
           desc=E(desc), img1=img1, ct=ct)
    doc = head + '\n'.join(body) + tail
    with open(os.path.join(ROOT, '02.html'), 'w', encoding='utf-8', newline='') as f:
        f.write(doc)
    g.write(noise)


# ------------------------------------------------------------------ 03 范文 site, GB18030 CRLF
def page03():
    p = Page()
    g = Gold('03.txt')
    inj_a = '（文稿驿站 www.wengaoyizhan.com 整理）'
    inj_b = '【更多范文请访问文稿驿站】'

    def speech_lines(sp, inj):
        out = []
        for e in sp:
            if e[0] in ('title', 'speaker', 'date', 'salute'):
                out.append(e[1])
            elif e[0] == 'h':
                out.append(e[2])
            else:
                out.append('　　' + printed(e, inj))
        return out

    la = speech_lines(SPEECH_03A, inj_a)
    lb = speech_lines(SPEECH_03B, inj_b)
    nchars = sum(len(''.join(x.split())) for x in la + lb)  # characters of both texts (as site counts)

    p.chrome('文稿驿站 - 免费范文_讲话稿_工作总结_心得体会',
             '首页 | 工作总结 | 工作计划 | 讲话稿 | 主持词 | 心得体会 | 演讲稿 | AI写作 | 会员中心',
             '当前位置：首页 > 讲话稿 > 安全讲话 > 正文')
    p.text('')
    p.chrome('安全生产工作会议讲话稿（通用2篇）',
             '发布时间：2026-03-18 09:26　　作者：文稿驿站编辑部　　浏览：2315次　　点赞：47')
    p.text('')
    p.chrome('✨ AI导读',
             'AI摘要：本文收录了两篇安全生产工作会议讲话稿。篇1是企业总经理在年度安全生产工作会议上的讲话，'
             '围绕研判形势、排查隐患、压实责任三个方面提出要求；篇2是县级安全生产暨消防工作会议主持词，'
             '包含会议议程和贯彻会议精神的具体意见。适合企业、机关单位召开安全生产会议时参考。',
             '以下内容由AI生成，仅供参考',
             '一键生成PPT　　AI改写　　AI续写　　AI帮我写')
    p.text('')
    p.chrome('本文共%d字，下载word版' % nchars,
             '温馨提示：开通VIP会员可免费下载全站文档，每日更新')
    p.text('')
    p.chrome('文章目录', '篇1：在公司2026年安全生产工作会议上的讲话', '篇2：全县安全生产暨消防工作会议主持词')
    p.text('')
    p.chrome('安全生产工作会议讲话稿【篇1】')
    p.text('')
    # insert a 展开全文 bar after the 4th body line of 篇1
    body_a = la
    cut = [i for i, x in enumerate(body_a) if x.startswith('　　')][3] + 1
    p.text(*body_a[:cut])
    p.chrome('展开全文 ∨')
    p.text(*body_a[cut:])
    p.text('')
    p.chrome('广告',
             '写讲话稿太费时？AI智能写作，输入主题一键成文，新用户免费试用3次>>',
             '相关阅读：2026年安全生产月活动方案（精选5篇）')
    p.text('')
    p.chrome('安全生产工作会议讲话稿【篇2】')
    p.text('')
    p.text(*lb)
    g.add_speech(SPEECH_03A)
    g.add_speech(SPEECH_03B)
    p.text('')
    p.chrome('全文阅读已结束，下载本文需要使用 1 积分',
             '下载word文档　　复制全文　　收藏本文　　举报',
             '上一篇：春节后复工复产安全生产动员会讲话稿范文',
             '下一篇：安全生产月启动仪式主持词（精选3篇）')
    p.text('')
    p.chrome('相关推荐',
             '1. 企业安全生产培训会领导讲话稿',
             '2. 乡镇安全生产工作会议表态发言',
             '3. 2026年防汛工作会议讲话稿（通用3篇）',
             '4. 消防安全工作会议主持词范文',
             '热门标签：安全生产讲话　主持词　会议讲话稿　表态发言')
    p.text('')
    p.chrome('关于我们 | 联系我们 | 免责声明 | 网站地图 | 意见反馈',
             '本站部分文章来自网友投稿，仅供学习参考，如有侵权请联系 kefu@wengaoyizhan.com 删除',
             'Copyright © 2018-2026 文稿驿站 wengaoyizhan.com All Rights Reserved',
             '苏ICP备18062375号-3　　苏公网安备32050802011836号')
    # inline spans injected into sentences are noise too
    p.reg(inj_a)
    p.reg(inj_b)
    write_text('03.txt', p.lines, 'gb18030', '\r\n')
    g.write(p.noise)


# ------------------------------------------------------------------ 04 gov info disclosure, GBK CRLF
def page04():
    p = Page()
    g = Gold('04.txt')
    entry = '副县长苏文涛在全县城镇燃气和危险化学品安全专项整治推进会上的讲话'
    p.chrome('沅清县人民政府',
             '无障碍 | 长者模式 | 繁體版 | 网站导航 | 登录',
             '首页　　要闻动态　　政务公开　　政务服务　　互动交流　　走进沅清',
             '请输入关键词　　搜索',
             '当前位置：首页 > 政务公开 > 政府信息公开 > 部门信息公开 > 县应急管理局 > 工作动态')
    p.text('')
    p.chrome('索引号：\t11431128MB1C02457H/2025-00318',
             '主题分类：\t安全生产监管',
             '发文机关：\t沅清县应急管理局',
             '成文日期：\t2025-09-16',
             '发布日期：\t2025-09-19',
             '有效性：\t有效',
             '标　　题：\t' + entry,
             '文　　号：\t')
    p.text('')
    p.chrome(entry,
             '来源：沅清县应急管理局　　发布时间：2025-09-19 10:24　　浏览次数：',
             '【字体：大 中 小】【打印】【关闭】')
    p.text('')
    for e in SPEECH_04:
        if e[0] in ('title', 'speaker', 'date', 'salute'):
            p.text(e[1])
        elif e[0] == 'h':
            p.text(e[2])
        else:
            p.text(printed(e))
    g.add_speech(SPEECH_04)
    p.text('')
    p.chrome('附件下载：', '在全县城镇燃气和危险化学品安全专项整治推进会上的讲话.docx')
    p.text('')
    p.chrome('【字体：大 中 小】【打印】【关闭】', '分享到：')
    p.text('')
    p.chrome('相关文件',
             '沅清县城镇燃气安全专项整治工作方案',
             '关于开展全县危险化学品安全风险隐患“回头看”的通知',
             '沅清县2025年“安全生产月”活动方案',
             '扫一扫在手机打开当前页')
    p.text('')
    p.chrome('网站地图 | 联系我们 | 使用帮助 | 隐私声明',
             '主办单位：沅清县人民政府办公室　　承办单位：沅清县政务服务和大数据中心',
             '网站标识码：4311280012　　湘ICP备10203766号-1　　湘公网安备 43112802000169号',
             '联系电话：0746-3528017　　技术支持：湘楚云政信息技术有限公司',
             '政府网站找错')
    write_text('04.txt', p.lines, 'gbk', '\r\n')
    g.write(p.noise)


# ------------------------------------------------------------------ 05 OCR of long screenshots
CLOSE = set('，。、；：？！”’）》」%')
OPEN = set('“‘（《「')


def wrap(text, width):
    lines, cur, w = [], '', 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if cur and w + cw > width:
            if ch in CLOSE:                      # hanging punctuation
                lines.append(cur + ch)
                cur, w = '', 0.0
                continue
            if cur[-1] in OPEN:                  # no opening mark at line end
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ''
            w = sum(0.5 if ord(c) < 128 else 1.0 for c in cur)
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


OCR_FIX = [('已经', '己经'), ('已排查', '己排查'), ('19日', '19曰'), ('网格日常', '网格曰常')]


def ocr_misread(s):
    for a, b in OCR_FIX:
        s = s.replace(a, b)
    return s


def page05():
    rng = random.Random(4605)
    g = Gold('05.txt')
    noise = []

    def reg(s):
        s = s.strip()
        if len(s) >= 4 and s not in noise:
            noise.append(s)

    def spaced(line):
        # OCR inserts stray spaces between characters now and then
        if len(line) > 4 and rng.random() < 0.3:
            i = rng.randrange(2, len(line) - 1)
            line = line[:i] + ' ' + line[i:]
        return line

    sp = [tuple(ocr_misread(x) if isinstance(x, str) else x for x in e) for e in SPEECH_05]
    title = sp[0][1]
    header = wrap(title, 14)              # big title font
    meta = '原创 镇党政办 梧岭应急 2025年5月20曰 08:15 浙江'
    header += [meta, '听全文']
    body = []
    for e in sp[1:]:
        if e[0] in ('speaker', 'date', 'salute'):
            body.append(e[1])
        elif e[0] == 'h':
            body += ['', e[2]]
        else:
            body += [''] + wrap(printed(e), 17)
    g.add_speech(sp)

    # cut into screenshots of H lines; each new screenshot repeats the previous last line
    H = 24
    screens, i, first = [], 0, True
    while i < len(body):
        cap = H - (len(header) if first else 0)
        end = i + cap
        if end >= len(body):
            screens.append(body[i:])
            break
        e = end
        while not (body[e - 1] and body[e]):
            e -= 1
        screens.append(body[i:e])
        i = e - 1
        first = False

    status = ['9:41 .ıll 5G 87%', '9:41 .ıll 5G 87%', '9:42 .ıll 5G 86%', '9:42 .ıl 5G 86%', '9:43 .ıll 5G 85%']
    appbar = '<  梧岭应急  ···'
    out = []
    for k, scr in enumerate(screens):
        out.append(status[k % len(status)])
        reg(status[k % len(status)])
        out.append(appbar)
        reg(appbar)
        if k == 0:
            out += header
            reg(meta)
        out += [spaced(x) if x else '' for x in scr]
    tail = ['', '预览时标签不可点', '阅读 1.2万   赞 56   在看 23', '写留言', '留言 3',
            '石桥阿林'] + wrap('镇长讲得实在，出租房电动车充电是该好好查一查。', 19) + [
            '浙江 5月20曰   赞 8', '梧岭小陈', '支持！平平安安才是福', '浙江 5月20曰   赞 3',
            '作者 回复'] + wrap('感谢关注，欢迎随时反映身边的安全隐患。', 19) + [
            '浙江 5月20曰   赞 5', '己无更多数据']
    # the last screenshot holds the end of the article and the comment area
    out += tail
    for x in tail:
        reg(x)
    with open(os.path.join(ROOT, '05.txt'), 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join(out) + '\n')
    g.write(noise)


if __name__ == '__main__':
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    page01()
    page02()
    page03()
    page04()
    page05()
    print('wrote 01.txt 02.html 03.txt 04.txt 05.txt and gold/01-05.json')
