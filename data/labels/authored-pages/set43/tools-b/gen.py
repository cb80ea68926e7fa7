#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Render set43 pages 06-10 and their gold from one data structure (speeches.py + the chrome below).

Every chrome string is emitted through chrome()/C(), which also records it as gold noise, so page and gold
cannot disagree. Run:  /usr/bin/python3 tools-b/gen.py   (writes ../06.html ../07.txt ... ../gold/06.json ...)
"""
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

OUT = os.path.dirname(HERE)
BREAK = '¦'


def head_gold(printed):
    return printed[:-1] if printed.endswith('。') else printed


class Gold:
    def __init__(self, file):
        self.file = file
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def add_noise(self, s):
        s = s.strip(' \u3000\xa0\t')
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def add_speech(self, items):
        for it in items:
            k = it[0]
            if k == 'title':
                self.titles.append(it[2])
            elif k == 'notitle':
                self.titles.append(it[1])
            elif k == 'h':
                self.headings.append({'text': head_gold(it[2]), 'level': it[1]})
            elif k == 'rh':
                self.headings.append({'text': head_gold(it[2]), 'level': it[1]})
                self.paragraphs.append({'text': it[4].replace(BREAK, ''), 'category': it[3], 'truncated': False})
            elif k == 'p':
                self.paragraphs.append({'text': it[2].replace(BREAK, ''), 'category': it[1], 'truncated': False})

    def write(self):
        d = {'file': self.file, 'speeches': len(self.titles), 'titles': self.titles, 'headings': self.headings,
             'paragraphs': self.paragraphs, 'noise': self.noise}
        stem = os.path.splitext(self.file)[0]
        with open(os.path.join(OUT, 'gold', stem + '.json'), 'w', encoding='utf-8') as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write('\n')


def write_bytes(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)


# ---------------------------------------------------------------- 06.html: city government portal
def esc(s):
    """CMS-style escaping: quotes become &ldquo;/&rdquo; entities."""
    return html.escape(s, quote=False).replace('“', '&ldquo;').replace('”', '&rdquo;')


def render_06():
    g = Gold('06.html')
    out = []

    def C(display, src=None):
        g.add_noise(display)
        return src if src is not None else esc(display)

    title_item = S.S06[0]
    page_title = title_item[1] + '_领导讲话_青岚市人民政府'
    out.append('<!DOCTYPE html>')
    out.append('<html lang="zh-CN">')
    out.append('<head>')
    out.append('<meta charset="utf-8">')
    out.append('<meta name="SiteName" content="青岚市人民政府">')
    out.append('<meta name="ColumnName" content="领导讲话">')
    out.append('<meta name="ArticleTitle" content="%s">' % title_item[1])
    out.append('<meta name="PubDate" content="2025-04-18 10:32">')
    out.append('<title>%s</title>' % C(page_title))
    out.append('<link rel="stylesheet" href="/css/common.css">')
    out.append('<link rel="stylesheet" href="/css/article.css">')
    out.append('<script src="/js/jquery.min.js"></script>')
    out.append('<script src="/js/common.js"></script>')
    out.append('</head>')
    out.append('<body>')
    out.append('<div class="topbar">')
    out.append('  <div class="w1200">')
    out.append('    <div class="welcome">%s</div>' % C('欢迎访问青岚市人民政府门户网站'))
    out.append('    <div class="tb-links">%s</div>' % C(
        '无障碍 | 长者模式 | English',
        '<a href="javascript:;" id="wza">无障碍</a> | <a href="/zzms/">长者模式</a> | <a href="/en/">English</a>'))
    out.append('  </div>')
    out.append('</div>')
    out.append('<div class="header w1200">')
    out.append('  <div class="logo"><a href="/"><img src="/images/logo.png" alt="青岚市人民政府"></a></div>')
    out.append('  <div class="search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></div>')
    out.append('</div>')
    out.append('<div class="nav">')
    out.append('  <ul class="w1200">')
    for item, href in [('首页', '/'), ('走进青岚', '/zjql/'), ('政务公开', '/zwgk/'), ('政务服务', '/zwfw/'),
                       ('互动交流', '/hdjl/'), ('专题专栏', '/ztzl/')]:
        out.append('    <li><a href="%s">%s</a></li>' % (href, C(item)))
    out.append('  </ul>')
    out.append('</div>')
    out.append('<div class="crumb w1200">%s</div>' % C(
        '当前位置：首页 > 政务公开 > 领导之窗 > 领导讲话',
        '当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/ldzc/">领导之窗</a> &gt; <a href="/ldzc/ldjh/">领导讲话</a>'))
    out.append('<div class="main w1200">')
    # left sidebar menu, printed BEFORE the article
    out.append('  <div class="side-left">')
    out.append('    <div class="side-tit">%s</div>' % C('领导之窗'))
    out.append('    <ul class="leader-list">')
    for name, href in [('市长　林海峰', 'sz'), ('常务副市长　沈卫国', 'cwfsz'), ('副市长　周启明', 'fsz1'),
                       ('副市长　高文静', 'fsz2'), ('副市长　韦东升', 'fsz3'), ('秘书长　钟立群', 'msz')]:
        out.append('      <li><a href="/ldzc/%s/">%s</a></li>' % (href, C(name)))
    out.append('    </ul>')
    out.append('    <div class="side-tit">%s</div>' % C('栏目导航'))
    out.append('    <ul class="side-nav">')
    for name, href, on in [('领导讲话', 'ldjh', True), ('领导活动', 'ldhd', False), ('政府常务会议', 'cwhy', False),
                           ('政府全体会议', 'qthy', False), ('分工与分管', 'fgfg', False)]:
        out.append('      <li%s><a href="/ldzc/%s/">%s</a></li>' % (' class="on"' if on else '', href, C(name)))
    out.append('    </ul>')
    out.append('  </div>')
    # article
    out.append('  <div class="side-right">')
    out.append('    <div class="article">')
    out.append('      <h1 class="art-title">%s</h1>' % esc(title_item[1]))
    info = '发布时间：2025-04-18 10:32 来源：青岚市应急管理局 浏览次数：2031'
    out.append('      <div class="art-info">%s</div>' % C(
        info, '<span>发布时间：2025-04-18 10:32</span> <span>来源：青岚市应急管理局</span> <span>浏览次数：<em id="hits">2031</em></span>'))
    out.append('      <div class="fontsize">%s</div>' % C(
        '字号：大 中 小',
        '字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>'))
    out.append('      <!-- 正文开始 -->')
    out.append('      <div id="zoom" class="art-con">')
    P = '<p style="text-indent:2em;line-height:2;">'
    FS = '<span style="font-family:仿宋_GB2312;font-size:16pt;">'
    n_para = 0
    for it in S.S06[1:]:
        k = it[0]
        if k == 'meta':
            out.append('<p style="text-align:center;"><span style="font-family:楷体_GB2312;font-size:16pt;">%s</span></p>' % esc(it[1]))
        elif k == 'salute':
            out.append('<p style="line-height:2;">%s%s</span></p>' % (FS, esc(it[1])))
        elif k == 'h':
            out.append('<p>&nbsp;</p>')
            out.append(P + '<span style="font-family:黑体;font-size:16pt;">%s</span></p>' % esc(it[2]))
        elif k == 'rh':
            out.append(P + '<span style="font-family:楷体_GB2312;font-size:16pt;"><strong>%s</strong></span>%s%s</span></p>'
                       % (esc(it[2]), FS, esc(it[4])))
        elif k == 'p':
            n_para += 1
            text = it[2]
            if n_para == 3:
                # CMS split one paragraph into two spans in the middle of a sentence
                cut = text.index('引燃')
                out.append(P + FS + esc(text[:cut]) + '</span><span style="font-family:仿宋_GB2312;font-size:16pt;">'
                           + esc(text[cut:]) + '</span></p>')
            elif n_para in (2, 6):
                # pasted from Word: indent typed as &nbsp; instead of CSS
                out.append('<p style="line-height:2;">' + FS + '&nbsp;&nbsp;&nbsp;&nbsp;' + esc(text) + '</span></p>')
            elif n_para == 8:
                out.append(P + FS + '　　' + esc(text) + '</span></p>')
            else:
                out.append(P + FS + esc(text) + '</span></p>')
    out.append('      </div>')
    out.append('      <!-- 正文结束 -->')
    out.append('      <div class="art-tools">%s</div>' % C(
        '【打印本页】 【关闭窗口】',
        '【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭窗口</a>】'))
    out.append('      <div class="share">%s<a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a></div>' % C('分享到：'))
    out.append('      <div class="prenext">')
    out.append('        <p>%s</p>' % C('上一篇：周启明副市长在全市春季森林防灭火工作会议上的讲话',
                                   '上一篇：<a href="/ldzc/ldjh/202504/t20250409_8812.html">周启明副市长在全市春季森林防灭火工作会议上的讲话</a>'))
    out.append('        <p>%s</p>' % C('下一篇：林海峰市长在市政府第二次廉政工作会议上的讲话',
                                   '下一篇：<a href="/ldzc/ldjh/202504/t20250422_8851.html">林海峰市长在市政府第二次廉政工作会议上的讲话</a>'))
    out.append('      </div>')
    out.append('      <div class="qr"><img src="/qrcode/t20250418_8836.png" alt="二维码"><p>%s</p></div>' % C('扫一扫在手机打开当前页'))
    out.append('    </div>')
    out.append('  </div>')
    out.append('</div>')
    out.append('<div class="relate-links w1200">')
    out.append('  <div class="tit">%s</div>' % C('相关链接'))
    out.append('  <ul>')
    for name, href in [('中华人民共和国应急管理部', 'https://www.mem.gov.cn/'), ('岚江省应急管理厅', '#'),
                       ('青岚市应急管理局', '#'), ('青岚市生态环境局', '#'), ('青岚市交通运输局', '#')]:
        out.append('    <li><a href="%s" target="_blank">%s</a></li>' % (href, C(name)))
    out.append('  </ul>')
    out.append('</div>')
    out.append('<script>%s</script>' % C("function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}"))
    out.append('<div class="footer">')
    out.append('  <div class="f-links">%s</div>' % C(
        '网站地图 | 联系我们 | 隐私声明', '<a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/yssm/">隐私声明</a>'))
    out.append('  <div>%s</div>' % C('主办：青岚市人民政府办公室　承办：青岚市大数据发展中心'))
    out.append('  <div>%s</div>' % C('网站标识码：3612000001　岚ICP备05002718号-1　岚公网安备36120002000118号'))
    out.append('  <div>%s</div>' % C('© 2025 青岚市人民政府 版权所有', '&copy; 2025 青岚市人民政府 版权所有'))
    out.append('</div>')
    out.append('</body>')
    out.append('</html>')
    write_bytes('06.html', ('\n'.join(out) + '\n').encode('utf-8'))
    g.add_speech(S.S06)
    return g


# ---------------------------------------------------------------- text pages
class TextPage:
    def __init__(self, gold):
        self.g = gold
        self.lines = []

    def chrome(self, s):
        self.lines.append(s)
        self.g.add_noise(s)

    def blank(self):
        self.lines.append('')

    def raw(self, s):
        self.lines.append(s)


def wrap(line, width):
    return [line[i:i + width] for i in range(0, len(line), width)] or ['']


def render_07():
    g = Gold('07.txt')
    t = TextPage(g)
    t.chrome('西岭矿业集团有限公司内部信息网')
    t.chrome('首页 | 集团要闻 | 基层动态 | 安全生产 | 党建园地 | 职工之家 | 视频新闻')
    t.chrome('您现在的位置：首页 >> 安全生产 >> 正文')
    t.blank()
    items = S.S07
    t.raw(items[0][1])
    t.blank()
    t.chrome('作者：孟雪　　发布时间：2025-03-18 16:42:05　　来源：东岗煤矿　　浏览次数：1386')
    t.blank()
    t.chrome('　　本网讯（记者 孟雪 报道）3月17日早班后，东岗煤矿在调度指挥中心召开安全专题调度会，针对3月14日夜班1203掘进工作面出现的透水征兆逐项复盘。矿长韩振东参加会议并讲话，矿领导班子成员、各科室和区队负责人、班组长六十余人参加。以下为讲话内容，根据录音整理，有删节。')
    t.blank()
    t.chrome('图为调度会现场。')
    t.blank()
    for it in items[1:]:
        if it[0] == 'h':
            t.raw('　　' + it[2])
        elif it[0] == 'p':
            t.raw('　　' + it[2])
        else:
            raise ValueError(it)
        t.blank()
    t.chrome('（通讯员 赵国庆 刘洋 摄影 孟雪）')
    t.blank()
    t.chrome('审核：刘建平')
    t.chrome('编辑：孟雪')
    t.blank()
    t.chrome('【打印本页】 【关闭窗口】')
    t.blank()
    t.chrome('上一条：东岗煤矿开展春季“一通三防”专项检查')
    t.chrome('下一条：集团公司召开一季度经济运行分析会')
    t.blank()
    t.chrome('版权所有：西岭矿业集团有限公司　技术支持：集团信息中心　内部网站，未经许可不得转载')
    g.add_speech(items)
    write_bytes('07.txt', ('\r\n'.join(t.lines) + '\r\n').encode('gbk'))
    return g


def render_08():
    W = 32
    g = Gold('08.txt')
    t = TextPage(g)
    t.chrome('鄉村振興資料網　繁體中文版')
    t.chrome('首頁 > 基層工作 > 講話範文')
    t.blank()
    t.chrome('【轉載】本文轉自青溪鎮人民政府網站，僅供學習交流。')
    t.blank()
    items = S.S08
    t.raw(items[0][1])
    t.chrome('發布時間：2025-03-12　瀏覽：527次')
    t.blank()
    for it in items[1:]:
        if it[0] in ('meta', 'salute'):
            t.raw(it[1])
        elif it[0] == 'h':
            assert len(it[2]) <= W
            t.raw(it[2])
        elif it[0] == 'p':
            chunks = wrap('　　' + it[2], W)
            # a paragraph whose last line is exactly W wide would be ambiguous for the validator
            assert len(chunks[-1]) < W, it[2][:10]
            t.lines.extend(chunks)
    t.blank()
    t.chrome('分享到：微信　微博　QQ空間　Facebook')
    t.blank()
    t.chrome('本站為轉載，版權歸原作者所有')
    t.chrome('如有侵權，請來信告知，我們將及時處理。')
    t.blank()
    t.chrome('上一篇：村級防汛工作會議講話稿')
    t.chrome('下一篇：鄉鎮消防安全工作會議發言')
    t.chrome('Copyright (C) 2025 鄉村振興資料網')
    for ln in t.lines:
        assert len(ln) <= W, ln
    g.add_speech(items)
    write_bytes('08.txt', ('\r\n'.join(t.lines) + '\r\n').encode('big5'))
    return g


def render_09():
    g = Gold('09.txt')
    t = TextPage(g)
    header = '恒川精密机械有限公司协同办公平台　流程打印'
    footer_time = '打印时间：2025-06-03 08:12:47　　打印人：王丽娟'
    t.chrome(header)
    t.chrome('流程编号：HC-AQ-20250529-0043')
    t.chrome('流程标题：关于总经理在安全生产月启动会上讲话稿的审批')
    t.chrome('发起人：安环部　王丽娟')
    t.chrome('发起时间：2025-05-29 14:06')
    t.chrome('紧急程度：普通')
    t.chrome('审批意见：')
    t.chrome('　　安环部经理　周海峰：同意。　2025-05-29 15:20')
    t.chrome('　　总经理　刘志远：同意。　2025-05-30 08:47')
    t.chrome('正文内容：')
    items = S.S09
    t.raw(items[0][1])
    for it in items[1:]:
        if it[0] in ('meta', 'salute'):
            t.raw(it[1])
        elif it[0] == 'p':
            t.raw('　　' + it[2])
        elif it[0] == 'rh':
            line = '　　' + it[2] + it[4]
            if BREAK in line:
                a, b = line.split(BREAK)
                t.raw(a)
                t.blank()
                t.chrome(footer_time)
                t.chrome('第1页/共2页')
                t.raw('\f' + header)  # form feed + repeated page header
                t.raw(b)
            else:
                t.raw(line)
        else:
            raise ValueError(it)
    t.chrome('附件：无')
    t.chrome('流程跟踪：发起（王丽娟）→部门审核（周海峰）→总经理审批（刘志远）→归档')
    t.blank()
    t.chrome(footer_time)
    t.chrome('第2页/共2页')
    g.add_speech(items)
    write_bytes('09.txt', b'\xff\xfe' + ('\r\n'.join(t.lines) + '\r\n').encode('utf-16-le'))
    return g


def render_10():
    g = Gold('10.txt')
    t = TextPage(g)
    t.chrome('百晓问答 - 你的问题，总有人懂')
    t.chrome('首页　　分类　　知识专栏　　问答活动　　我的　　登录　　注册')
    t.chrome('百晓问答 > 生活 > 公文写作')
    t.blank()
    t.chrome('求一篇乡镇安全生产季度例会上的讲话稿，要接地气的')
    t.chrome('提问者：云****海　2024-09-26 10:12　悬赏 20 积分')
    t.chrome('下周镇里开三季度安全生产例会，分管领导要讲话，网上找的都太官腔了，求一篇实在点的，一千字左右就行。')
    t.chrome('我来答　　分享　　举报　　3个回答')
    t.blank()
    t.chrome('#热议# 家里老人独居，冬天取暖要注意哪些安全问题？')
    t.blank()
    t.chrome('最佳答案')
    t.chrome('老秦写材料')
    t.chrome('乡镇办公室干了十二年文字材料　回答于 2024-09-26 21:17')
    t.chrome('采纳率89%　　获赞 3.6万')
    t.chrome('展开全部')
    t.chrome('给你一篇我们镇上季度例会用过的，地名和数字自己改改就能用：')
    items = S.S10
    for it in items[1:]:
        if it[0] == 'salute':
            t.raw(it[1])
        elif it[0] == 'h':
            t.raw(it[2])
        elif it[0] == 'p':
            t.raw(it[2])
        else:
            raise ValueError(it)
    t.chrome('（全文完，觉得有用的话给个采纳哈）')
    t.chrome('提问者已采纳该回答')
    t.chrome('赞同 127　　评论 8　　分享　　收藏')
    t.blank()
    t.chrome('其他回答')
    t.chrome('匿名用户　2024-09-26 11:05')
    t.chrome('网上搜“乡镇安全生产例会讲话”能出来一大堆，挑一篇改改地名就行，没必要在这儿求。')
    t.chrome('赞同 3　　评论 0')
    t.blank()
    t.chrome('风吹麦浪2016　2024-09-27 08:40')
    t.chrome('补充一句，秋季的会最好加上秸秆禁烧和冬季取暖防一氧化碳中毒的内容，领导一般都会问到。')
    t.chrome('赞同 11　　评论 1')
    t.blank()
    t.chrome('相关问题')
    t.chrome('安全生产例会主持词怎么写？　5个回答')
    t.chrome('乡镇安全生产工作总结怎么写才不空？　3个回答')
    t.chrome('村里开安全会议讲什么内容比较好？　2个回答')
    t.chrome('季度安全生产例会会议纪要有固定格式吗？　4个回答')
    t.blank()
    t.chrome('©2024 百晓问答　使用协议　隐私政策　意见反馈')
    g.add_speech(items)
    write_bytes('10.txt', ('\n'.join(t.lines) + '\n').encode('utf-8'))
    return g


def main():
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for r in (render_06, render_07, render_08, render_09, render_10):
        r().write()
    print('written: 06.html 07.txt 08.txt 09.txt 10.txt and gold/06-10.json')


if __name__ == '__main__':
    main()
