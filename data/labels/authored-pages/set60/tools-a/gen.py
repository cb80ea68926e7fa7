#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generator for set60a: writes 01.txt 02.txt 03.html 04.txt 05.txt and gold/NN.json.

Deterministic: no randomness, no clock.  Speech texts live in tools/speeches.txt;
all page chrome is written out below.  Every chrome string is registered through
Page.n() / Page.c(), which is how the gold "noise" list is built, so the gold
always matches what was printed.
Run:  /usr/bin/python3 tools/gen.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

INJ = '{INJ}'


# ---------------------------------------------------------------- speeches
def load_speeches():
    sp, cur = {}, None
    with open(os.path.join(HERE, 'speeches.txt'), encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            if line.startswith('=== '):
                cur = {'items': []}
                sp[line[4:].strip()] = cur
                continue
            k, rest = line[0], line[2:]
            if k == 'T':
                cur['title'] = rest
            elif k == 'S':
                cur['speaker'] = rest
            elif k == 'D':
                cur['date'] = rest
            elif k == 'A':
                cur['salute'] = rest
            elif k == 'P':
                cat, text = rest.split(' ', 1)
                cur['items'].append(('P', cat, text))
            elif k == 'H':
                lvl, text = rest.split(' ', 1)
                cur['items'].append(('H', int(lvl), text))
            elif k == 'R':
                lvl, cat, hr = rest.split(' ', 2)
                head, body = hr.split('|', 1)
                cur['items'].append(('R', int(lvl), cat, head, body))
            else:
                raise ValueError(line)
    return sp


def gold_for(speeches, inj=''):
    """titles / headings / paragraphs of the given speeches, page order."""
    titles, heads, paras = [], [], []
    for s in speeches:
        titles.append(s['title'])
        for it in s['items']:
            if it[0] == 'H':
                heads.append({'text': it[2].rstrip('。'), 'level': it[1]})
            elif it[0] == 'R':
                heads.append({'text': it[3].rstrip('。'), 'level': it[1]})
                paras.append({'text': it[4].replace(INJ, ''), 'category': it[2], 'truncated': False})
            else:
                paras.append({'text': it[2].replace(INJ, ''), 'category': it[1], 'truncated': False})
    return titles, heads, paras


def body_lines(s, indent='　　', inj=''):
    """Printed lines of the body items (after the salutation)."""
    out = []
    for it in s['items']:
        if it[0] == 'H':
            out.append(indent + it[2])
        elif it[0] == 'R':
            out.append(indent + it[3] + it[4].replace(INJ, inj))
        else:
            out.append(indent + it[2].replace(INJ, inj))
    return out


class Page:
    def __init__(self):
        self.lines = []
        self.noise = []

    def n(self, s):
        """register a chrome string and return it."""
        s2 = s.strip()
        if len(s2) < 4:
            raise ValueError('noise too short: %r' % s2)
        if s2 not in self.noise:
            self.noise.append(s2)
        return s

    def c(self, *lines):
        """chrome lines: each whole line (stripped) is one noise string."""
        for l in lines:
            if l.strip():
                self.n(l)
            self.lines.append(l)

    def t(self, *lines):
        """text lines (speech or unlabelled), appended verbatim."""
        self.lines.extend(lines)


def write(name, text, enc, crlf, gold, gb_strict=True):
    path = os.path.join(ROOT, name)
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    if enc == 'utf-8-sig':
        data = b'\xef\xbb\xbf' + text.encode('utf-8')
    else:
        data = text.encode(enc, 'strict')
    with open(path, 'wb') as f:
        f.write(data)
    gpath = os.path.join(ROOT, 'gold', name.split('.')[0] + '.json')
    with open(gpath, 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print('wrote %-8s %-10s %s bytes; gold %d titles %d headings %d paragraphs %d noise'
          % (name, enc, len(data), len(gold['titles']), len(gold['headings']),
             len(gold['paragraphs']), len(gold['noise'])))


def mkgold(fname, speeches, noise):
    titles, heads, paras = gold_for(speeches)
    return {'file': fname, 'speeches': len(speeches), 'titles': titles,
            'headings': heads, 'paragraphs': paras, 'noise': noise}


# ---------------------------------------------------------------- 01
def page01(S):
    s = S['s01']
    p = Page()
    inj = '本文来自墨林文秘网 www.molinws.com'
    p.c('设为首页 | 加入收藏 | 联系我们',
        '墨林文秘网  www.molinws.com  文秘写作第一站',
        '首页\t工作总结\t工作计划\t述职报告\t心得体会\t领导讲话\t演讲致辞\t调研报告\t规章制度\t公文范文\t秘书之家',
        '今天是：2009年3月6日 星期五　　会员登录 | 免费注册 | 忘记密码',
        '当前位置：首页 >> 领导讲话 >> 安全生产 >> 正文')
    p.t('')
    p.c('县长在2009年全县安全生产工作会议上的讲话')
    p.t('作者：佚名　　文章来源：本站原创　　点击数：1863　　更新时间：2009-3-2 9:41:17　　【字体：大 中 小】')
    p.n('作者：佚名　　文章来源：本站原创　　点击数：1863　　更新时间：2009-3-2 9:41:17')
    p.n('【字体：大 中 小】')
    p.t('')
    p.t(s['title'], s['speaker'], s['date'], s['salute'])
    p.t(*body_lines(s, inj=p.n(inj)))
    p.t('')
    p.c('文章录入：mlws　　　　责任编辑：mlws',
        '上一篇文章：副县长在全县安全生产工作会议上的总结讲话',
        '下一篇文章：在全县道路交通安全工作会议上的讲话',
        '【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】')
    p.t('')
    p.c('相关文章：',
        '・在2009年全县“安全生产年”活动动员大会上的讲话　　02-27',
        '・副县长在全县安全生产工作会议上的总结讲话　　03-02',
        '・县委书记在全县安全生产工作会议上的讲话　　02-20',
        '・在全县煤矿安全生产工作会议上的讲话　　01-15',
        '・县长在2008年全县安全生产工作会议上的讲话　　2008-03-11',
        '・在全县安全生产百日督查专项行动动员会上的讲话　　2008-09-04')
    p.t('')
    p.c('网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）',
        '匿名　　评论时间：2009-3-4 15:08:22',
        '写得很实在，正好要用，谢谢站长！',
        '匿名　　评论时间：2009-3-5 10:41:57',
        '有没有word版的？排版太乱了，复制下来还要一段一段调。',
        '匿名　　评论时间：2009-3-6 8:13:06',
        '第三部分可以再展开一点，总体不错。')
    p.t('')
    p.c('发表评论：　　用户名：　　　密码：　　　□匿名发表　　[提交]',
        '请遵守《全国人大常委会关于维护互联网安全的决定》及中华人民共和国其他有关法律法规。')
    p.t('')
    p.c('关于本站 | 广告服务 | 联系我们 | 网站地图 | 免责声明 | 友情链接',
        '本站部分文章来源于网络，版权归原作者所有，如有侵权请与我们联系，我们将在第一时间删除。',
        'Copyright (C) 2006-2009 www.molinws.com All Rights Reserved.  墨林文秘网 版权所有',
        '站长QQ：38562190　　投稿邮箱：molinws@126.com　　豫ICP备06021547号')
    text = '\n'.join(p.lines) + '\n'
    write('01.txt', text, 'gb2312', False, mkgold('01.txt', [s], p.noise))


# ---------------------------------------------------------------- 02
def page02(S):
    s = S['s02']
    p = Page()
    p.c('云藏个人图书馆　　首页 | 阅览室 | 馆友 | 我的图书馆 | 帮助',
        '搜文章　找馆友　　　登录 | 注册')
    p.t('')
    p.c('wxf6218',
        '馆藏　3562　　关注　41　　馆友　28',
        'TA的推荐　　TA的最新馆藏')
    p.t('')
    # the page headline is exactly the speech's own title line -> labelled as title
    p.t(s['title'])
    p.c('转自：陈堃 》《讲话材料》　　2012-05-21　　阅：316　转：17',
        '分享到：　QQ空间　新浪微博　腾讯微博　人人网　开心网　更多',
        '转藏到我的图书馆　　献花(0)　　+1')
    p.t('')
    p.t(s['speaker'], '', s['date'], '', s['salute'], '')
    for l in body_lines(s, indent=''):
        p.t(l, '')
    p.c('来自：wxf6218 > 《讲话材料》　以文找文　|　举报',
        '上一篇：在全县安全生产工作会议上的讲话（县长）',
        '下一篇：县政府办公室关于开展“打非治违”专项行动督查的通知')
    p.t('')
    p.c('本馆藏内容均由用户自行收藏、发布，不代表本站观点。如发现侵权或有害内容，请点击“举报”或拨打举报电话：400-8810-362。')
    p.t('')
    p.c('猜你喜欢',
        '在全县安全生产“打非治违”专项行动推进会上的讲话',
        '副县长在全县安全生产暨防汛工作会议上的讲话',
        '乡镇“打非治违”专项行动实施方案（范文）',
        '安监局长在全县非煤矿山安全整治会议上的讲话',
        '2012年安全生产月活动方案（精选）',
        '“打非治违”进行时——槐阳县安监局专项行动纪实')
    p.t('')
    p.c('类似文章　更多',
        '县长在全县打击非法违法生产经营建设行为专项行动会议上的讲话',
        '全市“打非治违”专项行动工作总结')
    p.t('')
    p.c('发表评论：',
        '您好，请 登录 或者 注册 后再进行评论',
        '发表评论　　　（最多输入300字）',
        '　提交评论　')
    p.t('')
    p.c('关于图书馆 | 使用帮助 | 意见建议 | 合作联系 | 服务条款',
        'Copyright 2007-2012 yuncang365.com All Rights Reserved　京ICP备10038521号')
    text = '\n'.join(p.lines) + '\n'
    write('02.txt', text, 'gbk', True, mkgold('02.txt', [s], p.noise))


# ---------------------------------------------------------------- 03
def html_wrap(txt, first=52, width=60):
    """hard-wrap the HTML *source* line of a paragraph (as an old editor did)."""
    out, line, lim = [], '', first
    for ch in txt:
        line += ch
        if len(line) >= lim and ch in '，。；、':
            out.append(line)
            line, lim = '', width
    if line:
        out.append(line)
    return '\r\n'.join(out)


def ent(t):
    return t.replace('“', '&ldquo;').replace('”', '&rdquo;')


def page03(S):
    s = S['s03']
    p = Page()
    n = p.n
    H = []
    a = H.append
    a('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">')
    a('<!-- saved from url=(0064)http://www.zsxajj.gov.cn/news/ShowArticle.asp?ArticleID=1187 -->')
    a('<HTML><HEAD><TITLE>%s</TITLE>' % n('赵明远局长在全县隐患排查治理工作会议上的讲话--柘水县安全生产监督管理局'))
    a('<META http-equiv=Content-Type content="text/html; charset=gb2312">')
    a('<META content="安全生产,隐患排查,柘水县安监局" name=keywords>')
    a('<LINK href="ShowArticle_files/style.css" type=text/css rel=stylesheet>')
    a('<SCRIPT language=javascript>')
    a('<!--')
    a('function fontZoom(size){document.getElementById("fontzoom").style.fontSize=size+"px";}')
    a('//-->')
    a('</SCRIPT>')
    a('<META content="MSHTML 6.00.2900.5512" name=GENERATOR></HEAD>')
    a('<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">')
    a('<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>')
    a('  <TBODY>')
    a('  <TR>')
    a('    <TD><IMG height=120 alt="" src="ShowArticle_files/top_banner.jpg" width=778></TD></TR></TBODY></TABLE>')
    a('<TABLE cellSpacing=0 cellPadding=0 width=778 align=center bgColor=#1d5fa8 border=0>')
    a('  <TBODY>')
    a('  <TR>')
    a('    <TD align=middle height=28><FONT color=#ffffff>')
    navs = ['网站首页', '机构概况', '政务公开', '政策法规', '安全动态', '事故通报', '办事指南', '下载中心', '在线留言']
    a('      ' + ' | '.join('<A href="../index.asp"><FONT color=#ffffff>%s</FONT></A>' % n(x) for x in navs))
    a('    </FONT></TD></TR></TBODY></TABLE>')
    a('<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>')
    a('  <TBODY>')
    a('  <TR>')
    a('    <TD width=80 bgColor=#f2f2f2 height=24><FONT color=#ff0000><B>%s</B></FONT></TD>' % n('最新通知：'))
    a('    <TD bgColor=#f2f2f2><MARQUEE onmouseover=this.stop() onmouseout=this.start() scrollAmount=2>')
    notices = ['关于做好2011年清明节期间森林防火和安全生产工作的通知',
               '关于开展2011年“安全生产月”活动的通知',
               '柘水县安监局关于公布2010年度安全生产目标考核结果的通报',
               '关于举办全县非煤矿山企业主要负责人安全培训班的通知']
    a('      ' + '&nbsp;&nbsp;&nbsp;&nbsp;'.join(
        '<A href="ShowArticle.asp?ArticleID=%d" target=_blank>%s</A>' % (1190 + i, ent(n(x)))
        for i, x in enumerate(notices)))
    a('    </MARQUEE></TD></TR></TBODY></TABLE>')
    a('<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>')
    a('  <TBODY>')
    a('  <TR>')
    a('    <TD vAlign=top width=180 bgColor=#eef4fb>')
    a('      <TABLE cellSpacing=0 cellPadding=4 width="100%" border=0>')
    a('        <TBODY>')
    a('        <TR>')
    a('          <TD bgColor=#1d5fa8><FONT color=#ffffff><B>%s</B></FONT></TD></TR>' % n('栏目导航'))
    for x in ['工作动态', '领导讲话', '通知公告', '安全知识', '事故案例']:
        a('        <TR>')
        a('          <TD>&nbsp;&nbsp;<A href="ArticleList.asp">%s</A></TD></TR>' % n(x))
    a('        <TR>')
    a('          <TD bgColor=#1d5fa8><FONT color=#ffffff><B>%s</B></FONT></TD></TR>' % n('站内搜索'))
    a('        <TR>')
    a('          <TD><INPUT size=12 name=keyword> <INPUT type=submit value=搜索></TD></TR>')
    a('        <TR>')
    a('          <TD bgColor=#1d5fa8><FONT color=#ffffff><B>%s</B></FONT></TD></TR>' % n('友情链接'))
    a('        <TR>')
    a('          <TD><SELECT onchange=window.open(this.value)> <OPTION selected>%s</OPTION>'
      ' <OPTION value=#>%s</OPTION> <OPTION value=#>%s</OPTION></SELECT></TD></TR>'
      % (n('--相关网站--'), n('柘水县人民政府'), n('市安全生产监督管理局')))
    a('        </TBODY></TABLE></TD>')
    a('    <TD vAlign=top width=598>')
    a('      <TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>')
    a('        <TBODY>')
    a('        <TR>')
    a('          <TD height=26>&nbsp;<IMG src="ShowArticle_files/arrow.gif">&nbsp;%s</TD></TR>'
      % n('您现在的位置：网站首页 >> 安全动态 >> 领导讲话').replace('>', '&gt;'))
    a('        <TR>')
    a('          <TD align=middle height=50><FONT color=#cc0000 size=4><B>%s</B></FONT></TD></TR>'
      % n('赵明远局长在全县隐患排查治理工作会议上的讲话'))
    a('        <TR>')
    a('          <TD align=middle><FONT color=#666666>%s</FONT></TD></TR>'
      % n('文章来源：县安监局办公室　　作者：admin　　发布时间：2011-3-28　　浏览次数：412'))
    a('        <TR>')
    n('【字体：大 中 小】')
    a('          <TD align=middle>【字体：<A href="javascript:fontZoom(16)">大</A> <A href="javascript:fontZoom(14)">中</A>'
      ' <A href="javascript:fontZoom(12)">小</A>】<HR width="96%" color=#cccccc SIZE=1></TD></TR>')
    a('        <TR>')
    a('          <TD id=fontzoom style="FONT-SIZE: 14px; LINE-HEIGHT: 200%">')
    a('<P align=center><FONT size=3><B>%s</B></FONT></P>' % s['title'])
    a('<P align=center>%s<BR>%s</P>' % (s['speaker'], s['date']))
    body = [s['salute'] + '<BR><BR>']
    for it in s['items']:
        if it[0] == 'H':
            if it[1] == 1:
                body.append('&nbsp;&nbsp;&nbsp;&nbsp;<STRONG>%s</STRONG><BR><BR>' % ent(it[2]))
            else:
                body.append('&nbsp;&nbsp;&nbsp;&nbsp;<FONT face=楷体_GB2312>%s</FONT><BR><BR>' % ent(it[2]))
        else:
            body.append('&nbsp;&nbsp;&nbsp;&nbsp;' + ent(html_wrap(it[2])) + '<BR><BR>')
    a('\r\n'.join(body))
    a('</TD></TR>')
    a('        <TR>')
    a('          <TD align=right height=30>【<A href="javascript:window.print()">%s</A>】'
      '【<A href="javascript:window.close()">%s</A>】&nbsp;&nbsp;</TD></TR>' % (n('打印本页'), n('关闭窗口')))
    a('        <TR>')
    a('          <TD>%s<A href="ShowArticle.asp?ArticleID=1186">%s</A><BR>%s<A href="ShowArticle.asp?ArticleID=1188">%s</A></TD></TR>'
      % (n('上一篇文章：'), n('孙副县长在全县隐患排查治理工作会议上的讲话'),
         n('下一篇文章：'), ent(n('全县2011年“打非治违”工作要点'))))
    a('        </TBODY></TABLE></TD></TR></TBODY></TABLE>')
    a('<TABLE cellSpacing=0 cellPadding=6 width=778 align=center bgColor=#1d5fa8 border=0>')
    a('  <TBODY>')
    a('  <TR>')
    a('    <TD align=middle><FONT color=#ffffff>%s<BR>%s<BR>%s</FONT></TD></TR></TBODY></TABLE></BODY></HTML>'
      % (n('主办：柘水县安全生产监督管理局　　地址：柘水县城关镇解放路36号　　邮编：343600'),
         n('联系电话：0796-8827315　　建议使用IE6.0以上浏览器，1024*768分辨率浏览'),
         n('版权所有：柘水县安全生产监督管理局　　赣ICP备05004371号')))
    text = '\r\n'.join(H) + '\r\n'
    write('03.html', text, 'gb2312', False, mkgold('03.html', [s], p.noise))


# ---------------------------------------------------------------- 04
NO_START = '，。、；：！？）》”’'


def wrap(text, width):
    """Word-style line filling: a closing mark never starts a line (it stays on
    the line before, which may then run one character over)."""
    out, i = [], 0
    while i < len(text):
        j = min(i + width, len(text))
        while j < len(text) and text[j] in NO_START:
            j += 1
        out.append(text[i:j])
        i = j
    return out or ['']


def page04(S):
    s = S['s04']
    p = Page()
    doctitle = '镇长在全镇安全生产暨森林防火工作会议上的讲话'
    p.c('豆仓文库 - 免费文档在线分享平台',
        '首页 | 文档分类 | 专题 | 排行榜 | 文库VIP | 上传文档　　　登录 | 注册',
        '豆仓文库 > 党政公文 > 讲话致辞 > 安全生产')
    p.t('')
    p.c(doctitle)
    p.c('上传者：xiaolin_8826　　上传时间：2013-03-12　　页数：3页　　浏览：327次　　下载积分：3分',
        '格式：doc　　大小：36.50KB　　收藏　　分享　　举报')
    p.t('')
    # the document as the viewer extracted it: hard-wrapped at 38 characters
    W = 38
    doc = []          # (line, paragraph_index or None)
    doc.append(('　　　　　' + s['title'], None))
    doc.append(('　　　　　　　　　　　　　　' + s['speaker'], None))
    doc.append(('　　　　　　　　　　　　　' + s['date'], None))
    doc.append((s['salute'], None))
    pi = 0
    for l in body_lines(s):
        for k, w in enumerate(wrap(l, W)):
            doc.append((w, (pi, k)))
        pi += 1
    # page breaks: one inside a paragraph (after line 22), one at a paragraph end (~line 46)
    breaks = []
    i = 21
    while not (doc[i][1] and doc[i + 1][1] and doc[i][1][0] == doc[i + 1][1][0]):
        i += 1
    breaks.append(i)
    j = max(breaks[0] + 12, len(doc) * 2 // 3)
    while doc[j + 1][1] is None or doc[j + 1][1][1] != 0:
        j += 1
    breaks.append(j)
    npages = len(breaks) + 1
    page = 1
    for idx, (l, _) in enumerate(doc):
        p.t(l)
        if idx in breaks:
            p.t('')
            p.c('第 %d 页 共 %d 页' % (page, npages))
            p.t('')
            page += 1
            p.c(doctitle)
            p.t('')
    p.t('')
    p.c('第 %d 页 共 %d 页' % (page, npages))
    p.t('')
    p.c('全文阅读已结束，下载本文档需要使用 3 积分',
        '下载本文档',
        '加入收藏　|　分享到微博　|　举报文档')
    p.t('')
    p.c('相关文档',
        '乡镇长在全镇安全生产工作会议上的讲话　　4页　　免费',
        '2013年全镇森林防火工作会议讲话稿　　3页　　2积分',
        '在全乡春季森林防火动员会上的讲话　　2页　　免费',
        '镇长在全镇安全生产和防汛工作会议上的讲话　　5页　　3积分',
        '某镇2012年安全生产工作总结及2013年工作打算　　6页　　5积分')
    p.t('')
    p.c('热门标签：　讲话稿　安全生产　森林防火　乡镇工作　会议讲话')
    p.t('')
    p.c('关于豆仓 | 帮助中心 | 联系我们 | 意见反馈 | 网站地图',
        '© 2013 docang.com 豆仓文库　沪ICP备12018357号-2')
    text = '\n'.join(p.lines) + '\n'
    write('04.txt', text, 'utf-8-sig', False, mkgold('04.txt', [s], p.noise))


# ---------------------------------------------------------------- 05
def page05(S):
    a, b = S['s05a'], S['s05b']
    p = Page()
    p.c('e路博客首页 | 登录 | 注册 | 发博文 | 博客风格 | 手机看博客',
        '山城老周的博客',
        'http://blog.elu365.cn/zhoushouyi1968 [订阅] [手机订阅]',
        '首页　博文目录　图片　关于我')
    p.t('')
    p.c('个人资料',
        '山城老周',
        '加好友　发纸条　写留言　加关注',
        '博客等级：9',
        '博客积分：286',
        '博客访问：15,872',
        '关注人气：41')
    p.t('')
    p.t('分类')
    p.c('全部博文(126)',
        '工作随笔(38)',
        '讲话材料(17)',
        '乡土风情(24)',
        '家长里短(47)')
    p.t('')
    p.c('正文　字体大小：大 中 小')
    p.c('两篇讲话稿，留个底　(2010-07-19 21:36:52)  [编辑] [删除]')
    p.t('')
    p.c('年初给矿上孙老板写了个大会讲话，上个月又帮我们镇长赶了个汛期会议的讲话，放在这里留个底，同行需要的拿去改改就能用。',
        '孙老板交代要大白话，他念起来顺口，所以第一篇写得土一些，各位见笑了。')
    p.t('')

    def speech(s, note_after=None, note=None):
        p.t(s['title'], s['speaker'], s['date'], s['salute'])
        for k, l in enumerate(body_lines(s)):
            p.t(l)
            if note_after is not None and k == note_after:
                p.c(note)
    speech(a, note_after=7, note='（念到这里，孙老板自己加了几句骂人的话，这里就不写了。――老周注）')
    p.t('')
    p.c('下面这篇是给我们镇长写的：')
    p.t('')
    speech(b)
    p.t('')
    p.c('标签：杂谈',
        '分类：讲话材料',
        '阅读(123) 评论(4) 收藏 转载 喜欢 打印 举报',
        '前一篇：村口那棵老槐树',
        '后一篇：雨后白沙坝')
    p.t('')
    p.c('评论　重要提示：警惕虚假中奖信息　[发评论]',
        '1. 青衫旧友　2010-07-20 08:14:33　[举报]',
        '写得实在，特别是第一篇，一看就是老板说的话。收藏了。',
        '2. 博主回复：山城老周　2010-07-20 09:02:10',
        '哈哈，孙老板念完说比他自己说得还像他。',
        '3. 乡里秀才•阿强　2010-07-21 22:47:19　[举报]',
        '第二篇借用一下，我们乡下周也要开防汛会，谢谢周哥！',
        '4. e路网友　2010-07-23 16:05:51　[举报]',
        '讲话稿写得再好，关键还是落实。')
    p.t('')
    p.c('发评论　　□评论并转载此博文　　□匿名评论',
        '验证码：　　请点击后输入验证码　收听验证码')
    p.t('发评论')
    p.t('')
    p.c('以上网友发言只代表其个人观点，不代表e路网的观点或立场。')
    p.t('')
    p.c('e路博客意见反馈留言板　不良信息反馈　电话：4006-902-716　提示音后按2键（按当地市话标准计费）',
        'Copyright © 2003 - 2010 ELU Corporation, All Rights Reserved',
        'e路公司 版权所有')
    text = '\n'.join(p.lines) + '\n'
    write('05.txt', text, 'gb18030', False, mkgold('05.txt', [a, b], p.noise))


def main():
    S = load_speeches()
    page01(S)
    page02(S)
    page03(S)
    page04(S)
    page05(S)


if __name__ == '__main__':
    main()
