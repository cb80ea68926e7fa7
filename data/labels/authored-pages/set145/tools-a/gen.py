# -*- coding: utf-8 -*-
"""Builds pages 01-05 of set145 (writer a), their gold labels and perfect.json.

usage: python3 gen.py          (writes ../NN.txt, ../gold/NN.json, ./perfect.json)
"""
import json, os
from speeches import SPEECHES, PAGES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NBSP, IDS = '\u00a0', '\u3000'

# encoding, line end per page
FORMAT = {
    '01': ('utf-8', '\n'),
    '02': ('gb18030', '\r\n'),
    '03': ('utf-8-sig', '\r\n'),
    '04': ('utf-8', '\n'),
    '05': ('utf-16', '\r\n'),   # python's utf-16 writes a BOM; little-endian on this machine (checked below)
}


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles, self.headings, self.paras = [], [], []
        self.speeches = []          # for perfect.json

    # chrome
    def n(self, *lines):
        for l in lines:
            self.lines.append(l)
            if l.strip():
                self.noise.append(l.strip())

    def blank(self, k=1):
        self.lines.extend([''] * k)

    def add(self, line):            # a line whose labelled content is recorded separately
        self.lines.append(line)

    def inject(self, text, anchor, span):
        """insert chrome span right after anchor (must occur once in text); span goes to noise"""
        assert text.count(anchor) == 1, (anchor, text)
        self.noise.append(span.strip())
        i = text.index(anchor) + len(anchor)
        return text[:i] + span + text[i:]

    # gold
    def start_speech(self, sp):
        self.titles.append(sp['title'])
        self.speeches.append({'title': sp['title'], 'blocks': []})

    def gold_h(self, level, text):
        self.headings.append({'text': text, 'level': level})
        self.speeches[-1]['blocks'].append({'kind': 'heading', 'level': level, 'text': text})

    def gold_p(self, cat, text, truncated=False):
        d = {'text': text, 'category': cat}
        if truncated:
            d['truncated'] = True
        self.paras.append(d)
        self.speeches[-1]['blocks'].append({'kind': 'paragraph', 'text': text, 'category': cat})

    def write(self):
        enc, nl = FORMAT[self.nn]
        data = nl.join(self.lines) + nl
        b = data.encode(enc)
        if enc == 'utf-16':
            assert b[:2] == b'\xff\xfe'
        with open(os.path.join(OUT, self.nn + '.txt'), 'wb') as f:
            f.write(b)
        gold = {'file': self.nn + '.txt', 'speeches': len(self.titles), 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paras, 'noise': self.noise}
        with open(os.path.join(OUT, 'gold', self.nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
        return {'file': self.nn + '.txt', 'speeches': self.speeches}


def units(sp):
    """yield (kind, level, heading, category, paragraph) for the body items"""
    for it in sp['body']:
        if it[0] == 'p':
            yield ('p', None, None, it[1], it[2])
        elif it[0] == 'h':
            yield ('h', it[1], it[2], None, None)
        else:
            yield ('rh', it[1], it[2], it[3], it[4])


def record(pg, u):
    kind, lvl, h, cat, p = u
    if h is not None:
        pg.gold_h(lvl, h)
    if p is not None:
        pg.gold_p(cat, p)


# ------------------------------------------------------------------ 01 今朝头条-style app article
def page01():
    pg = Page('01')
    sp = SPEECHES['s1']
    pg.n('今朝头条', '推荐　热榜　本地　视频　财经　科技',
         '县长在县安委会全体会议上的讲话（全文）：安全生产没有旁观者',
         '澄川发布', '2025-03-07 09:41 · 澄川县融媒体中心官方账号 · 原创', '+ 关注')
    pg.blank()
    pg.n('AI速览｜韩树国：今天召开县安委会全体会议，主要任务是总结去年全县安全生产工作，分析当前形势，'
         '安排部署今年的重点任务。刚才，县应急管理局通报了2024年全县安全生产情况...')
    pg.n('🎧 听文章 · 约5分钟')
    pg.blank()
    pg.start_speech(sp)
    pg.add(sp['title'])
    pg.blank()
    for l in sp['pre']:
        pg.add(l)
    pg.blank()
    pg.add(sp['salutation'])
    pg.blank()
    for i, u in enumerate(units(sp)):
        kind, lvl, h, cat, p = u
        record(pg, u)
        if kind == 'rh':
            pg.add(h + p)                   # heading glued to its body
        else:
            pg.add(h if kind == 'h' else p)
        pg.blank()
        if i == 3:                          # in-feed advert after the 思想认识 paragraph
            pg.n('广告', '安全员C证怎么考？零基础三个月拿证，报名通道已开启', '启航职业培训 · 立即咨询')
            pg.blank()
        if i == 6:                          # app fold marker
            pg.n('展开剩余68%')
            pg.blank()
    pg.n('（来源：澄川县融媒体中心　编辑：苏晓　审核：何岩）')
    pg.blank()
    pg.n('举报', '赞 128', '评论 17', '收藏 46', '分享')
    pg.blank()
    pg.n('全部评论 17', '写评论...')
    pg.n('澄川老李', '3月7日 · IP属地：澄川', '责任落实到人，这才是关键👍', '赞 12 · 回复')
    pg.n('云上的日子', '3月7日 · IP属地：外省', '希望燃气改造真能在6月前搞完，我们小区门口餐馆太多了', '赞 5 · 回复')
    pg.blank()
    pg.n('相关推荐')
    pg.n('三、坚持问题导向，全力抓好隐患排查整治', '安全生产周刊 · 1.2万阅读 · 36评论')
    pg.n('在全县防汛工作会议上的讲话：汛期不过，人员不撤', '澄川发布 · 8562阅读 · 12评论')
    pg.n('安全生产月活动方案（2025最新版），拿走直接用', '公文素材库 · 3.4万阅读 · 201评论')
    pg.blank()
    pg.n('下载今朝头条APP，阅读更多精彩内容', '© 2025 今朝头条 jinzhaotoutiao.cn　京ICP备16038251号-3')
    return pg


# ------------------------------------------------------------------ 02 沧澜号-style article carrying a 通知
def page02():
    pg = Page('02')
    sp = SPEECHES['s2']
    notice = '关于印发《在全镇安全生产暨防汛工作会议上的讲话》的通知'
    pg.n('沧澜网首页 | 新闻 | 财经 | 汽车 | 房产 | 教育 | 科技 | 文化 | 更多', '登录')
    pg.blank()
    pg.n(notice, '柳塘镇发布', '2025-05-16 17:32　发布于：湖南', '+关注')
    pg.blank()
    pg.n('柳塘镇党政办公室', '柳党办字〔2025〕19号')
    pg.blank()
    pg.n(notice)
    pg.blank()
    pg.n('各村（社区）党支部、村（居）委会，镇直各单位：',
         IDS * 2 + '现将镇党委书记林国栋同志在全镇安全生产暨防汛工作会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。',
         IDS * 12 + '柳塘镇党政办公室', IDS * 12 + '2025年5月15日')
    pg.blank()
    pg.start_speech(sp)
    pg.add(IDS * 4 + sp['title'])
    for l in sp['pre']:
        pg.add(IDS * 8 + l)
    pg.blank()
    pg.add(sp['salutation'])
    us = list(units(sp))
    joined = []
    for i, u in enumerate(us):
        kind, lvl, h, cat, p = u
        record(pg, u)
        text = (h + p) if kind == 'rh' else (h if kind == 'h' else p)
        if i in (1, 2, 3):                  # editor lost the line breaks: three paragraphs on one line
            joined.append(IDS * 2 + text)
            if i == 3:
                pg.add(''.join(joined))
            continue
        if i == 6:                          # image caption before the flood paragraph
            pg.n('▲5月12日，镇防汛办工作人员在物资仓库清点冲锋舟和救生衣。')
        indent = NBSP * 4 if i >= 8 else IDS * 2     # pasted from another editor: NBSP indents
        pg.add(indent + text)
    pg.blank()
    pg.n('（此件公开发布）')
    pg.blank()
    pg.n('返回沧澜，查看更多')
    pg.blank()
    pg.n('责任编辑：', '声明：该文观点仅代表作者本人，沧澜号系信息发布平台，沧澜网仅提供信息存储空间服务。',
         '阅读 (3482)', '点赞 46')
    pg.blank()
    pg.n('推荐阅读', '第一，压实责任链条，筑牢安全防线', '柳塘镇：多措并举迎战主汛期', '汛期避险，这份转移明白卡请收好')
    pg.blank()
    pg.n('沧澜网 版权所有 © 2025　湘ICP备17026358号', '违法和不良信息举报电话：0731-8264 5190')
    return pg


NO_LINE_START = '，。、；：？！”）》」'


def pdf_wrap(text, width):
    """hard-wrap like a PDF text layer: fixed width, no line may start with closing punctuation"""
    lines, cur = [], ''
    for ch in text:
        if len(cur) >= width and ch not in NO_LINE_START:
            lines.append(cur)
            cur = ''
        cur += ch
    lines.append(cur)
    return lines


# ------------------------------------------------------------------ 03 safety officer's blog, speech copied from a PDF
def page03():
    pg = Page('03')
    sp = SPEECHES['s3']
    pg.n('青苔博客　首页 | 发现 | 专栏 | 登录 | 注册', '老周的安全笔记', '一个干了十二年安全员的工厂人')
    pg.blank()
    pg.n('[原创] 厂长在安全月动员大会上的讲话，我整理出来了',
         '发表于 2025-06-05 21:16 | 分类：安全管理 | 阅读 2317 | 评论 9')
    pg.blank()
    pg.n(IDS * 2 + '前天厂里开了动员大会，王厂长的讲话稿是办公室发的PDF，我直接复制过来了，换行有点乱，大家凑合看。',
         IDS * 2 + '说实话，这几年听过不少领导讲话，我们厂长这篇算是比较实在的，没有太多空话，几个要求都能落到班组。做安全的同行可以参考。')
    pg.blank()
    pg.n('——————以下为讲话原文——————')
    pg.blank()
    pg.start_speech(sp)
    pg.add(sp['title'])
    for l in sp['pre']:
        pg.add(l)
    pg.add(sp['salutation'])
    body = []                               # (line, can_break_after)
    for i, u in enumerate(units(sp)):
        kind, lvl, h, cat, p = u
        record(pg, u)
        if kind == 'h':
            body.append((IDS * 2 + h, False))
            continue
        wrapped = pdf_wrap(IDS * 2 + p, 34)
        # the blogger typed his own remarks behind two paragraphs after pasting
        if i == 3:
            wrapped[-1] = pg.inject(wrapped[-1], '事情来看。', '【老周注：去年隔壁园区那起污水池中毒事故，大家应该都听说过】')
        if i == 10:
            wrapped[-1] = pg.inject(wrapped[-1], '做到闭环管理。', '【老周注：这一条是我提的，班前会终于要动真格了】')
        for j, w in enumerate(wrapped):
            body.append((w, j < len(wrapped) - 1 and not w.endswith('。')))
    # PDF page footers land between wrapped lines, inside sentences
    n = len(body)
    out, k = [], 1
    targets = [n // 3, 2 * n // 3]
    for idx, (line, brk) in enumerate(body):
        out.append(line)
        if targets and idx >= targets[0] and brk:
            out.append('第 %d 页 共 3 页' % k)
            pg.noise.append('第 %d 页 共 3 页' % k)
            k += 1
            targets.pop(0)
    assert k == 3
    for l in out:
        pg.add(l)
    pg.n('第 3 页 共 3 页')
    pg.blank()
    pg.n('——————原文完——————')
    pg.blank()
    pg.n(IDS * 2 + '整理后记：厂长讲的“三个要”，我最认同的是班组排查天天做。安全员一个人跑断腿也看不过来，关键还是让班组长和老师傅们动起来。',
         IDS * 2 + '下周我准备把车间的班前会记录本改一改，改好了再跟大家分享。')
    pg.blank()
    pg.n('标签：安全生产月　讲话稿　班组安全', '上一篇：有限空间作业审批单怎么填？', '下一篇：叉车司机安全操作规程（自用版）')
    pg.blank()
    pg.n('评论（9）',
         '安全小白　2025-06-06 08:12', '学习了，厂长讲得很接地气。能发我一份原稿吗？',
         '老周 回复 安全小白：已发邮箱，注意查收。',
         '风过无痕　2025-06-06 12:40', '“谁的岗位谁负责，谁的设备谁负责”这句说得好，我抄走了。',
         '铁匠铺老王　2025-06-07 19:03', '我们厂安全月就是拉个横幅拍个照，羡慕你们厂长。',
         '发表评论　｜　登录后才能评论')
    pg.blank()
    pg.n('青苔博客 © 2013-2025 qingtaiblog.cn　浙ICP备13052871号-1　联系我们：service@qingtaiblog.cn')
    return pg


# ------------------------------------------------------------------ 04 小橙书-style note with two templates
def page04():
    pg = Page('04')
    pg.n('小橙书', '公文搬砖的小林', '关注')
    pg.n('安全生产讲话稿‼️领导直接用了｜通用2篇')
    pg.n('姐妹们‼️年初各种安全会一个接一个😭',
         '整理了两篇我自己改过N遍的讲话稿，框架通用👇',
         '✅学校、工地项目部都能套',
         '✅××换成自己单位就行',
         '（文末有word版领取方式）',
         '————————')
    for k, sid in enumerate(PAGES['04']):
        sp = SPEECHES[sid]
        if k == 1:
            pg.n('————————', '👉第二篇在下面，建议先收藏⭐')
        pg.n('📌范文（%s）' % '一二'[k])
        pg.start_speech(sp)
        pg.add(sp['title'])
        for l in sp['pre']:
            pg.add(l)
        pg.add(sp['salutation'])
        for i, u in enumerate(units(sp)):
            kind, lvl, h, cat, p = u
            record(pg, u)
            if p is not None and sid == 's4' and i == 5:
                p = pg.inject(p, '疏散通道是否畅通、', '【原创勿搬@公文搬砖的小林】')
            if p is not None and sid == 's5' and i == 3:
                p = pg.inject(p, '第三方检测合格后才能使用；', '（小橙书@公文搬砖的小林）')
            if kind == 'h':
                pg.add('🔸' + h)
            elif kind == 'rh':
                pg.add('🔸' + h + p)
            else:
                pg.add(p)
    pg.n('————————',
         '💡写作小tips：开头交代会议背景，中间按“形势—任务—责任”三段写，结尾表个决心，领导基本不会大改～',
         '需要word版的姐妹评论区扣“1”，我挨个发～',
         '#公文写作 #安全生产 #讲话稿 #体制内 #笔杆子 #材料写作',
         '编辑于 02-18 浙江',
         '❤️' + NBSP + '1.2万' + NBSP * 2 + '⭐' + NBSP + '9876' + NBSP * 2 + '💬' + NBSP + '328',
         '共 328 条评论',
         '路过的小秘书：救命，明天就要交稿了🙏',
         '作者 公文搬砖的小林：已私～',
         '一只笔杆子：扣1',
         '柚子不加糖：学校那篇太及时了，开学会正好用上',
         '相关笔记',
         '一、压实安全责任｜讲话稿开头结尾万能句',
         '安全生产月活动总结怎么写？附3篇模板')
    return pg


# ------------------------------------------------------------------ 05 微光视频 subtitle/transcript export
def ts(sec):
    sec = int(sec)
    return '[%02d:%02d:%02d]' % (sec // 3600, sec // 60 % 60, sec % 60)


def page05():
    pg = Page('05')
    sp = SPEECHES['s6']
    pg.n('微光视频 · 字幕文稿导出',
         '视频标题：【完整版】区长周明远在全区岁末年初安全生产警示教育大会上的讲话',
         'UP主：临江区融媒 ｜ 2.1万播放 ｜ 弹幕 186 ｜ 发布于 2025-12-19',
         '字幕来源：UP主上传（CC字幕）',
         '导出时间：2025-12-22 10:15:33',
         '导出内容：字幕（含时间轴）＋弹幕',
         '——————————————')
    pg.n('[00:00:00] （片头音乐）', '[00:00:06] 主持人：下面，请区长周明远同志讲话，大家欢迎。', '[00:00:11] （掌声）')
    t = 15.0

    def sub(text, labelled=True, dur=None):
        nonlocal t
        stamp = ts(t)
        pg.noise.append(stamp)
        pg.add(stamp + ' ' + text)
        t += dur if dur else max(2.0, len(text) / 4.3)

    def dm(text):
        line = '〔弹幕〕' + ts(t - 2)[1:-1] + ' ' + text
        pg.n(line)

    pg.start_speech(sp)
    sub(sp['title'], dur=2)
    t -= 2
    sub(sp['pre'][0], dur=4)
    sub(sp['salutation'], dur=2)
    dm('前排，打卡学习')
    splits = {3: '电气线路私拉乱接，', 6: '逐一建立隐患台账，'}
    dms = {0: '片子里那个仓库就在我们街道', 9: '值班的同志辛苦了', 7: '“三合一”场所真的要好好查',
           11: '区长讲得很实在'}
    for i, u in enumerate(units(sp)):
        kind, lvl, h, cat, p = u
        record(pg, u)
        if kind == 'h':
            sub(h)
        else:
            text = (h + p) if kind == 'rh' else p
            if i in splits:                 # one paragraph, two subtitle segments, a danmaku between them
                a = text.index(splits[i]) + len(splits[i])
                sub(text[:a])
                dm({3: '八月那场火太惨了', 6: '有没有文字版？'}[i])
                sub(text[a:])
            else:
                sub(text)
        if i in dms:
            dm(dms[i])
    pg.n(ts(t) + ' （掌声）')
    pg.n(ts(t + 4) + ' 主持人：刚才，周区长作了重要讲话，请各单位认真抓好贯彻落实。')
    nsub = sum(1 for l in pg.lines if l.startswith('[')) + 2
    pg.n('——————————————', '文稿结束 · 共 %d 条字幕' % nsub,
         '本文稿由微光视频根据字幕自动导出，版权归原视频作者所有，转载请注明出处',
         '微光视频 weiguangshipin.com　沪ICP备19047726号-5')
    return pg


def main():
    docs = []
    for fn in (page01, page02, page03, page04, page05):
        pg = fn()
        assert pg.titles == [SPEECHES[s]['title'] for s in PAGES[pg.nn]]
        docs.append(pg.write())
    with open(os.path.join(HERE, 'perfect.json'), 'w', encoding='utf-8') as f:
        json.dump({'documents': docs}, f, ensure_ascii=False, indent=1)
    print('wrote', ', '.join(d['file'] for d in docs))


if __name__ == '__main__':
    main()
