# -*- coding: utf-8 -*-
"""Builds pages 01-05 of set146 (writer a) and their gold labels from speeches.py.

usage: python3 gen.py            (writes ../NN.txt and ../gold/NN.json for NN = 01..05)
All site names, URLs, phone numbers, ICP numbers and people are invented.
"""
import json
import os
import unicodedata

import speeches as S

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GOLD = os.path.join(OUT, 'gold')

# page -> (python codec, newline, gbk_only) ; gbk_only: the page was saved as "ANSI" on a Chinese Windows box,
# so every character must exist in GBK (checked here), although it is decoded as GB18030.
ENCODING = {
    '01': ('gb18030', '\r\n', True),
    '02': ('utf-8', '\n', False),
    '03': ('utf-8-sig', '\r\n', False),
    '04': ('utf-16', '\r\n', False),   # Python's utf-16 codec writes a BOM; we force little-endian below
    '05': ('utf-8', '\n', False),
}

IND = '\u3000\u3000'   # two full-width spaces: the usual paragraph indent
NBSP = '\u00a0'


class Page:
    def __init__(self, code):
        self.code = code
        self.lines = []
        self.noise = []

    def c(self, line):
        """a chrome line: goes on the page and into noise (stripped)"""
        self.lines.append(line)
        self.note(line)

    def note(self, span):
        span = span.strip().strip(NBSP).strip()
        if sum(ch.isalnum() for ch in unicodedata.normalize('NFKC', span)) >= 2:
            self.noise.append(span)

    def t(self, line):
        """a content line (title, speaker, salutation, heading, paragraph text)"""
        self.lines.append(line)

    def blank(self):
        self.lines.append('')


def inject(page, text, anchor, span):
    """insert an injected chrome span right after the first occurrence of anchor"""
    i = text.index(anchor) + len(anchor)
    page.note(span)
    return text[:i] + span + text[i:]


def block_lines(page, speech, inj=None, runin_sep='', heading_indent=IND, para_indent=IND, glue=None):
    """Render a speech's blocks to content lines. inj: {block_index: [(anchor, span), ...]} for injected spans;
    glue: {block_index: separator} renders a heading on the same line as the next block (heading glued to body)."""
    inj = inj or {}
    glue = glue or {}
    out = []
    pending = None
    for i, b in enumerate(speech['blocks']):
        if b['kind'] == 'heading':
            line = heading_indent + b['text']
        elif b['kind'] == 'runin':
            body = b['body']
            for a, s in inj.get(i, []):
                body = inject(page, body, a, s)
            line = para_indent + b['head'] + runin_sep + body
        else:
            text = b['text']
            for a, s in inj.get(i, []):
                text = inject(page, text, a, s)
            line = para_indent + text
        if pending is not None:
            line = pending + line.lstrip('\u3000')
            pending = None
        if i in glue:
            pending = line + glue[i]
            continue
        out.append((i, line))
    assert pending is None
    return out


def gbk_safe(s):
    s.encode('gbk')
    return s


# ------------------------------------------------------------------------------------------------ page 01
def page01():
    p = Page('01')
    p.c('青岚范文网 - 公文写作素材一站搞定')
    p.c('首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 演讲稿 | 工作计划 | 会员中心')
    p.c('搜索范文：请输入关键词　[搜索]')
    p.c('当前位置：首页 > 讲话稿 > 安全生产讲话稿')
    p.blank()
    p.c('安全生产会议讲话稿范文（通用5篇）')
    p.c('更新时间：2025-09-03 10:18:46　　浏览：3126次　　作者：笔友小青')
    p.c('导读：在日常的学习、工作、生活中，大家总少不了要写讲话稿吧。讲话稿要紧扣会议主题，语言要口语化。下面是小编精心整理的安全生产会议讲话稿范文（通用5篇），仅供参考，大家一起来看看吧。')
    p.c('摘要：今天召开全镇安全生产工作会议，主要任务是回顾去年工作，分析当前形势，部署一季度及全年安全生产重点工作。刚才，镇应急办通报了2024年全镇安全生产情况...')
    p.blank()
    markers = ['篇一：', '篇二：', '篇三：', '篇四：', '篇五：']
    injections = [
        {2: [('全镇小作坊、', '青岚范文网')]},
        {},
        {6: [('实验室的危险化学品要', 'www.qinglanfw.com')]},
        {9: [('科室主任是本科室', '青岚范文网')]},
        {},
    ]
    between = [
        ['【写作服务】领导讲话稿代写 · 48小时交稿 · 不满意免费修改　咨询热线：0571-86902231'],
        ['想要更多“讲话稿”范文？点此查看 >>'],
        ['★ 推荐阅读：2025年安全生产月活动方案范文（精选6篇）'],
        ['【写作服务】领导讲话稿代写 · 48小时交稿 · 不满意免费修改　咨询热线：0571-86902231'],
    ]
    for k, sp in enumerate(S.PAGES['01']):
        p.note(markers[k])
        p.t(markers[k] + sp['title'])
        for x in sp['pre']:
            p.t(x)
        p.t(sp['salute'])
        for _, line in block_lines(p, sp, inj=injections[k]):
            p.t(line)
        p.blank()
        if k < len(between):
            for x in between[k]:
                p.c(x)
            p.blank()
    p.c('【安全生产会议讲话稿范文（通用5篇）】相关文章：')
    p.c('　　安全生产讲话稿提纲：一、认清形势　二、突出重点　三、压实责任')
    p.c('　　一、提高政治站位　压紧压实安全生产责任（县长讲话稿）')
    p.c('　　企业安全生产月活动总结范文（精选8篇）')
    p.c('　　校园安全工作会议讲话稿（通用6篇）')
    p.c('　　2025年消防安全工作会议讲话稿')
    p.blank()
    p.c('上一篇：2025年防汛工作会议讲话稿范文　　下一篇：安全生产先进个人事迹材料')
    p.c('[点击下载本文档]　本文为会员内容，下载需消耗1积分')
    p.blank()
    p.c('关于我们 | 联系我们 | 免责声明 | 网站地图')
    p.c('本站部分内容来源于网络，仅供学习参考，如有侵权请联系删除。')
    p.c('Copyright (C) 2016-2025 青岚范文网 All Rights Reserved　浙ICP备16038275号-3')
    return p


# ------------------------------------------------------------------------------------------------ page 02
def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in ('W', 'F', 'A') else 1


NO_START = set('，。、；：？！”）》」』,.;:?!)%')
NO_END = set('“（《「『(')


def wrap(line, maxw=56):
    """hard-wrap as a word processor would (28 full-width characters a line), keeping closing punctuation
    off the start of a line"""
    out, cur, w = [], '', 0
    for ch in line:
        cw = width(ch)
        if w + cw > maxw and cur and ch not in NO_START:
            carry = ''
            while cur and cur[-1] in NO_END:      # an opening quote never ends a line: push it down
                carry = cur[-1] + carry
                cur = cur[:-1]
            out.append(cur)
            cur, w = carry, sum(width(c) for c in carry)
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def page02():
    p = Page('02')
    sp = S.PAGES['02'][0]
    p.c('知页文档 - 海量实用文档免费预览')
    p.c('首页 | 分类 | 排行榜 | 上传文档 | VIP会员 | 登录')
    p.c('首页 > 党政资料 > 讲话致辞 > 安全生产')
    p.blank()
    p.c('县长在县安委会全体会议上的讲话（2025年）.docx')
    p.c('上传者：qingshan_wen　　上传时间：2025-03-11　　页数：4页　　大小：29.5KB')
    p.c('4.7分（86人评价）　浏览：5203　下载：317')
    p.c('文档简介：全县安全生产委员会2025年第一次全体会议讲话 这次会议是县安委会今年召开的第一次全体会议，主要任务是深入贯彻上级安全生产工作会议精神，总结2024年全县……')
    p.c('【免费下载】　【加入收藏】　【举报】')
    p.blank()
    # document body, as the text layer of a 28 x 22 page
    phys = []
    center = lambda s: '\u3000' * max(0, (28 - sum(width(c) for c in s) // 2) // 2) + s
    phys.append(center(sp['title']))
    for x in sp['pre']:
        phys.append(center(x))
    phys.append(sp['salute'])
    for _, line in block_lines(p, sp):
        phys.extend(wrap(line))
    per = 22
    pages = [phys[i:i + per] for i in range(0, len(phys), per)]
    total = len(pages) + 1          # the last page is not previewed at all
    for k, pg in enumerate(pages, 1):
        for x in pg:
            p.t(x)
        if k < len(pages):
            p.c('本文档由用户上传，如有侵权请联系删除')
            p.c('第 %d 页 / 共 %d 页' % (k, total))
            p.c('剩余%d页未读，继续阅读' % (total - k))
    p.c('剩余1页未读，继续阅读')
    p.c('—— 预览已结束，完整文档共%d页 ——' % total)
    p.c('下载文档到电脑，查找使用更方便')
    p.c('2 下载券　　[立即下载]')
    p.blank()
    p.c('相关文档')
    p.c('安全生产委员会全体会议讲话（通用模板）.doc')
    p.c('县长在全县安全生产工作会议上的讲话.docx')
    p.c('二、突出工作重点，全力防范化解重大安全风险（讲话提纲）.doc')
    p.c('乡镇安委会第一季度会议记录.pdf')
    p.blank()
    p.c('关于知页 | 用户协议 | 隐私政策 | 侵权投诉')
    p.c('客服邮箱：kefu@zhiyedoc.com　　京ICP备19062841号-1')
    return p


# ------------------------------------------------------------------------------------------------ page 03
def page03():
    p = Page('03')
    sp = S.PAGES['03'][0]
    p.c('安知学堂 · 应急管理与安全生产网络培训平台')
    p.c('首页 | 课程中心 | 学习资料 | 在线考试 | 证书查询 | 个人中心')
    p.c('您好，学员 136****2709　[退出]')
    p.c('当前位置：课程中心 > 危险化学品安全风险防控能力提升专题班 > 学习资料')
    p.t('━━━━━━━━━━━━━━━━━━━━')
    p.c('【专题课程】危险化学品安全风险防控能力提升专题班　第4讲')
    p.c('主讲单位：安知学堂教研中心　｜　学时：2.0　｜　已有 3406 人学习')
    p.c('本讲目录：第一节 集中治理的形势与任务　第二节 特殊作业安全管理　第三节 责任体系与考核')
    p.t('━━━━━━━━━━━━━━━━━━━━')
    p.c('学习资料 · 讲话原文（阅读满15分钟计入学时）')
    p.blank()
    p.t(sp['title'])
    for x in sp['pre']:
        p.t(x)
    p.t(sp['salute'])
    inj = {11: [('“三管三必须”', '【考点】')], 9: [('双重预防机制数字化建设', '【划重点】')]}
    for _, line in block_lines(p, sp, inj=inj, runin_sep=' '):
        p.t(line)
    p.blank()
    p.c('（本资料由安知学堂教研中心整理，仅供学员学习使用）')
    p.c('[上一节：危险化学品重大危险源辨识]　[下一节：特殊作业“八大作业”安全规范解读]')
    p.blank()
    p.c('课后思考题')
    p.c('1. 结合讲话内容，谈谈你对“三管三必须”的理解。')
    p.c('2. 本单位特殊作业管理中还存在哪些薄弱环节？请至少列举三项。')
    p.c('3. 化工园区封闭化管理主要包括哪些内容？')
    p.c('[提交答案]　[查看参考答案]')
    p.blank()
    p.c('学员评论（27）　最新 | 最热')
    p.c('平安护航2023　2024-07-03 15:21')
    p.c('讲话把问题点得很透，我们厂的动火票证确实有填写不全的情况，回去马上整改。')
    p.c('回复(2)　赞(15)')
    p.c('化工小白　2024-07-05 09:02')
    p.c('请问老师，“看不懂、查不出”具体是指什么？')
    p.c('回复(1)　赞(3)')
    p.c('安知学堂助教 回复 化工小白：指基层监管人员专业能力不足，看不懂化工工艺流程，发现不了深层次问题。')
    p.c('老周在园区　2024-07-08 20:47')
    p.c('打卡第4讲，已学完。')
    p.c('回复　赞(1)')
    p.c('加载更多评论')
    p.blank()
    p.c('主办：安知学堂教育科技有限公司　技术支持：安知云')
    p.c('客服热线：400-860-3172（工作日 9:00-17:30）')
    p.c('苏ICP备20031586号-2　苏公网安备 32010602011583号')
    return p


# ------------------------------------------------------------------------------------------------ page 04
def page04():
    p = Page('04')
    sp = S.PAGES['04'][0]
    p.c('禾州新闻网')
    p.c('首页　时政　要闻　区县　民生　专题　视频　评论　数字报')
    p.c('您当前的位置：禾州新闻网 > 时政 > 领导活动')
    p.blank()
    p.c('葛承远：宁可十防九空　不可失防万一')
    p.c('2025-05-21 08:46　来源：禾州日报　作者：何川　编辑：苏晓')
    p.c('【字体：大 中 小】　【打印】　分享到：微信 微博')
    p.blank()
    p.c('【编者按】5月20日，全市安全生产暨防汛工作会议召开。市长葛承远在会上强调，要树牢底线思维和极限思维，扎实抓好安全生产和防汛各项工作。现将讲话全文刊发，供各地各部门学习贯彻。')
    p.blank()
    p.t(IND + sp['title'])
    for x in sp['pre']:
        p.t(IND + x)
    p.t(IND + sp['salute'])
    inj = {3: [('部分堤防、涵闸', '禾州新闻网 www.hzxw.cn')]}
    glue = {6: '　'}    # "1.城镇燃气安全" glued to its paragraph with a full-width space
    lines = block_lines(p, sp, inj=inj, glue=glue)
    after = {
        0: ['▲ 5月20日，全市安全生产暨防汛工作会议召开。记者 何川 摄'],
        3: ['延伸阅读',
            '· 我市启动汛前安全隐患大排查　已整改问题1260项',
            '· 一图读懂：城镇燃气安全“十个严禁”',
            '· 三、压紧压实各方责任——各县区长签下防汛“军令状”'],
        9: ['【专题】2025年“安全生产月” · 人人讲安全　个个会应急　>>点击进入'],
    }
    join_next = {11}   # paragraph 11 (应急管理) and 12 (监管执法) share one line, separated by a space
    buf = None
    for i, line in lines:
        if buf is not None:
            line = buf + ' ' + line
            buf = None
        if i in join_next:
            buf = line
            continue
        p.t(line)
        for x in after.get(i, []):
            p.c(x)
    assert buf is None
    p.blank()
    p.c('（来源：禾州日报）')
    p.c('责任编辑：苏晓　　审核：周明德')
    p.c('【打印本页】【关闭窗口】【我要纠错】')
    p.blank()
    p.c('相关新闻')
    p.c('· 市政府召开常务会议　研究部署防汛备汛工作')
    p.c('· 全市开展城镇燃气安全专项整治“回头看”')
    p.c('· 南岭县：汛前排查到村到户　险情隐患清单化管理')
    p.blank()
    p.c('网友评论')
    p.c('请文明上网，理性发言。[发表评论]')
    p.blank()
    p.c('禾州新闻网版权所有　未经授权禁止复制或建立镜像')
    p.c('新闻热线：0738-2861135　违法和不良信息举报电话：0738-2861120')
    p.c('湘ICP备12004738号-1　互联网新闻信息服务许可证：43120170011')
    return p


# ------------------------------------------------------------------------------------------------ page 05
def page05():
    p = Page('05')
    sp = S.PAGES['05'][0]
    p.c('青屿城投集团')
    p.t(sp['title'])
    p.c('qyct.com.cn' + NBSP + '·' + NBSP + '集团要闻' + NBSP + '·' + NBSP + '2025年2月14日')
    body = ''.join(S.items(sp)[i][2] for i in range(len(S.items(sp))))
    n = sum(1 for ch in body if '\u4e00' <= ch <= '\u9fff')
    p.c('全文约 %d 字' % (round(n, -2)) + NBSP + NBSP + '预计阅读时间：%d 分钟' % max(1, round(n / 400)))
    p.blank()
    for x in sp['pre']:
        p.t(x)
    lines = [line for _, line in block_lines(p, sp)]
    # the reader's plain-text export flattened the <p> elements into one line; an image splits it in two
    cut = 5
    p.t(sp['salute'] + ' ' + ' '.join(lines[:cut]))
    p.c('[图片：集团公司2025年安全生产工作会议现场]')
    p.t(' '.join(lines[cut:]))
    p.c('（集团党委工作部供稿　编辑：林晓　审核：陈立）')
    p.blank()
    p.c('原文链接：https://www.qyct.com.cn/jtyw/202502/t20250214_4417.html')
    p.t('────────────────')
    p.c('本文由「简读」阅读模式整理' + NBSP + '·' + NBSP + '2025/2/18 21:14')
    p.c('简读 Reader 3.2 · 去除广告，专注阅读 · 反馈建议：feedback@jiandu-reader.app')
    return p


BUILDERS = {'01': page01, '02': page02, '03': page03, '04': page04, '05': page05}


def gold_of(code, page):
    titles, headings, paragraphs = [], [], []
    for sp in S.PAGES[code]:
        titles.append(sp['title'])
        for it in S.items(sp):
            if it[0] == 'heading':
                headings.append({'text': it[2], 'level': it[1]})
            else:
                paragraphs.append({'text': it[2], 'category': it[1], 'truncated': it[3]})
    return {'file': code + '.txt', 'speeches': len(S.PAGES[code]), 'titles': titles,
            'headings': headings, 'paragraphs': paragraphs, 'noise': page.noise}


def encode(code, text):
    codec, nl, gbk_only = ENCODING[code]
    text = text.replace('\n', nl)
    if gbk_only:
        gbk_safe(text)
    if code == '04':
        return b'\xff\xfe' + text.encode('utf-16-le')
    return text.encode(codec)


def main():
    os.makedirs(GOLD, exist_ok=True)
    for code, build in BUILDERS.items():
        page = build()
        text = '\n'.join(page.lines) + '\n'
        with open(os.path.join(OUT, code + '.txt'), 'wb') as f:
            f.write(encode(code, text))
        with open(os.path.join(GOLD, code + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_of(code, page), f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(code, len(page.lines), 'lines', len(page.noise), 'noise')


if __name__ == '__main__':
    main()
