# -*- coding: utf-8 -*-
"""Builds pages 01-05 (bytes in their stated encodings) and their gold labels from speeches.py.

usage: python3 gen.py            writes ../01.txt … ../05.txt and ../gold/01.json … ../gold/05.json
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

MARK = re.compile(r'⟦(BR|CUT|INJ:[^⟧]*|PG:[^⟧]*)⟧')

# page encodings / line ends (validate.py reads the same table)
PAGES = {
    '01': dict(encoding='utf-8', bom=False, eol='\n'),
    '02': dict(encoding='gbk', bom=False, eol='\r\n'),
    '03': dict(encoding='utf-8', bom=True, eol='\n'),
    '04': dict(encoding='utf-8', bom=False, eol='\n'),
    '05': dict(encoding='gb18030', bom=False, eol='\r\n'),
}


def norm(s):
    """Python twin of the scorer's norm(): NFKC, keep letters, digits, × and *."""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if c in '×*' or unicodedata.category(c)[0] in 'LN')


def han_count(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf')


NO_START = '，。、；：？！”）》'

HALF = str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')'})


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles, self.headings, self.paragraphs = [], [], []
        self.stats = []  # per speech: (title, han, paragraphs)

    # chrome line: goes on the page and (unless listed otherwise) into noise
    def c(self, line, noise=True, parts=None):
        self.lines.append(line)
        if parts:
            self.noise.extend(parts)
        elif noise and line.strip():
            self.noise.append(line.strip())

    def blank(self, n=1):
        self.lines.extend([''] * n)

    @staticmethod
    def split_marks(text):
        """-> (page_text, gold_text, truncated, noise_items)."""
        page, gold, noise, trunc = [], [], [], False
        pos = 0
        for m in MARK.finditer(text):
            seg = text[pos:m.start()]
            page.append(seg)
            gold.append(seg)
            pos = m.end()
            tag = m.group(1)
            if tag == 'BR':
                page.append('\n')
            elif tag == 'CUT':
                trunc = True
                break
            elif tag.startswith('INJ:'):
                page.append(tag[4:])
                noise.append(tag[4:])
            elif tag.startswith('PG:'):
                page.append('\n\n' + tag[3:] + '\n\n')
                noise.append(tag[3:])
        else:
            page.append(text[pos:])
            gold.append(text[pos:])
        return ''.join(page), ''.join(gold), trunc, noise

    def speech(self, sp, indent='', runin_sep='', wrap=None, half=False, gap=0, title_fmt='{}',
               pre_fmt='{}', salute_inline=False):
        """Renders one speech. Returns True if the page cut it off."""
        conv = (lambda s: s.translate(HALF)) if half else (lambda s: s)
        han, npara = 0, 0
        title = conv(sp['title'])
        self.titles.append(title)
        han += han_count(title)
        self.lines.append(title_fmt.format(title))
        self.blank(gap)
        for p in sp['pre']:
            self.lines.append(pre_fmt.format(conv(p)))
        if sp['pre']:
            self.blank(gap)
        lead = ''
        if sp['salute'] and salute_inline:
            lead = conv(sp['salute'])  # line break lost: the salutation runs into the opening paragraph
        elif sp['salute']:
            self.lines.append(conv(sp['salute']))
            self.blank(gap)

        def emit(text):
            nonlocal lead
            text, lead = lead + text, ''
            if wrap:
                # hard wrap every `wrap` characters, the first line carrying the indent
                full = indent + text
                chunks = []
                for para_line in full.split('\n'):
                    while len(para_line) > wrap:
                        cut = wrap
                        # the old CMS keeps closing punctuation off the start of a line (one char of overhang)
                        if para_line[cut] in NO_START:
                            cut += 1
                        chunks.append(para_line[:cut])
                        para_line = para_line[cut:]
                    chunks.append(para_line)
                self.lines.extend(chunks)
            else:
                self.lines.extend((indent + text).split('\n'))
            self.blank(gap)

        cut = False
        for it in sp['body']:
            if it[0] == 'h':
                _, lvl, h = it
                h = conv(h)
                self.headings.append(dict(text=h, level=lvl))
                han += han_count(h)
                emit(h)
            elif it[0] == 'p':
                _, cat, t = it
                pg, gd, tr, nz = self.split_marks(conv(t))
                self.paragraphs.append(dict(text=gd, category=cat, truncated=tr))
                self.noise.extend(nz)
                han += han_count(gd)
                npara += 1
                emit(pg)
                if tr:
                    cut = True
                    break
            elif it[0] == 'hr':
                _, lvl, h, cat, t = it
                h = conv(h)
                pg, gd, tr, nz = self.split_marks(conv(t))
                self.headings.append(dict(text=h, level=lvl))
                self.paragraphs.append(dict(text=gd, category=cat, truncated=tr))
                self.noise.extend(nz)
                han += han_count(h) + han_count(gd)
                npara += 1
                emit(h + runin_sep + pg)
                if tr:
                    cut = True
                    break
        self.stats.append(dict(title=title, han=han, paragraphs=npara, cut=cut))
        return cut

    def gold(self):
        seen, noise = set(), []
        for n in self.noise:
            if n not in seen:
                seen.add(n)
                noise.append(n)
        return {'file': f'{self.nn}.txt', 'speeches': len(self.titles), 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paragraphs, 'noise': noise}

    def text(self):
        t = '\n'.join(self.lines) + '\n'
        # ⟦PG⟧ / ⟦BR⟧ produced embedded newlines; keep them as they are
        return t


# ---------------------------------------------------------------- 01
def render_rest(p, items, **kw):
    """Continue a speech already opened on the page (after a pager line)."""
    tmp = dict(title='', pre=[], salute=None, body=items)
    n_titles = len(p.titles)
    lines_before = len(p.lines)
    p.speech(tmp, **kw)
    # drop the empty title line and title entry that speech() added
    del p.lines[lines_before]
    p.titles = p.titles[:n_titles]
    st = p.stats.pop()
    return st


def build01():
    p = Page('01')
    p.c('神州时讯网 | 地方频道')
    p.c('首页　时政　地方　财经　社会　国际　评论　图片　视频　专题　|　手机看新闻')
    p.c('神州时讯网 >> 地方频道 >> 江岭 >> 正文')
    p.blank()
    p.c('青岚县委书记欧阳振华：以“时时放心不下”的责任感抓实安全生产')
    p.c('2024年02月28日09:16　|　来源：青岚县融媒体中心　|　【字号 大 中 小】')
    p.c('分享到：微信　微博　QQ空间　复制链接')
    p.blank()
    p.c('核心提示：今天，县委、县政府召开全县安全生产工作会议，主要任务是贯彻上级安全生产工作部署……')
    p.blank()
    p.c('　　神州时讯网青岚2月28日电（通讯员 邝思远）2月27日，青岚县召开2024年全县安全生产工作会议。'
        '县委书记欧阳振华出席会议并讲话，县委副书记、县长石磊主持会议并通报有关情况。现将讲话全文刊发如下。')
    p.blank()
    p.c('图为会议现场。青岚县融媒体中心供图')
    p.blank()
    body = S.S01['body']
    k = next(i for i, it in enumerate(body) if it[0] == 'h' and it[2].startswith('三、'))
    p.speech(dict(S.S01, body=body[:k]), indent='　　', title_fmt='　　　　{}', pre_fmt='　　　　{}')
    st1 = p.stats.pop()
    p.blank()
    p.c('上一页　[1]　[2]　下一页')
    p.blank()
    st2 = render_rest(p, body[k:], indent='　　')
    p.stats.append(dict(title=st1['title'], han=st1['han'] + st2['han'],
                        paragraphs=st1['paragraphs'] + st2['paragraphs'], cut=st2['cut']))
    p.blank()
    p.c('（根据录音整理，有删节）')
    p.c('【编辑：韩晓雯】')
    p.blank()
    p.c('分享到：')
    p.c('微信　微博　QQ空间　人人网　打印本页')
    p.c('【责任编辑：包文涛】')
    p.blank()
    p.c('相关新闻')
    p.c('· 在全县安全生产专项整治三年行动推进会上的讲话　2023-11-06')
    p.c('· 副县长在全县汛期安全生产工作会议上的讲话要点　2023-06-19')
    p.c('· 青岚县启动2024年“安全生产月”系列活动　2024-06-01')
    p.c('· 全市安全生产工作会议召开 部署今年重点任务　2024-02-21')
    p.blank()
    p.c('网站声明：凡本网注明“来源：神州时讯网”的所有作品，版权均属神州时讯网所有，未经授权不得转载、摘编或利用其他方式使用。'
        '凡本网注明“来源：XXX（非神州时讯网）”的作品，均转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。')
    p.blank()
    p.c('关于我们 | 联系我们 | 广告服务 | 网站地图 | 违法和不良信息举报电话：010-65398712')
    p.c('神州时讯网 版权所有　京ICP备10438726号　互联网新闻信息服务许可证：10120170049')
    return p


# ---------------------------------------------------------------- 02
def build02():
    p = Page('02')
    p.c('知行文库 - 专业文档分享与下载平台')
    p.c('首页 | 文档分类 | 精品专区 | 开通VIP | 上传文档 | 登录 | 注册')
    p.c('请输入关键词搜索文档　　搜索')
    p.c('当前位置：知行文库 > 行业资料 > 安全管理 > 会议讲话')
    p.blank()
    p.c('在市安委会2024年第二次全体会议上的讲话（定稿）.docx')
    p.c('上传人：安***办　|　上传时间：2024-06-21　|　格式：docx　|　页数：6　|　大小：31.2KB')
    p.c('浏览 3412 次　　下载 96 次　　收藏 21 次　　★★★★☆ 4.6分（27人评价）')
    p.c('立即下载　|　加入收藏　|　分享　|　举报')
    p.blank()
    p.c('文档简介')
    p.c('该文档为某市2024年第二次安委会全体会议上市长的讲话稿，内容包括安全生产形势分析、下半年重点工作安排和责任落实要求，'
        '可供各级安委办、应急管理部门撰写同类讲话稿时参考。')
    p.blank()
    p.c('AI 摘要')
    p.c('本文是市长在市安委会全体会议上的讲话。讲话指出，今年1至5月全市事故起数和死亡人数实现“双下降”，但降幅收窄、'
        '5月份出现反弹；要求深化重大事故隐患专项排查整治，从严开展监管执法，全力做好防汛和应急准备，层层压实安全生产责任。')
    p.c('以上摘要由AI根据文档内容自动生成，仅供参考，请以原文为准')
    p.blank()
    p.c('本文档共6页，免费预览前3页，完整内容请下载后查看')
    p.blank()
    cut = p.speech(S.S02, indent='    ', title_fmt='          {}', pre_fmt='                {}')
    assert cut
    p.c('第 3 页 / 共 6 页')
    p.blank()
    p.c('试读已结束，还剩3页未读，点击继续阅读 ∨')
    p.c('￥3.00　下载文档　|　开通VIP，本文档免费下载')
    p.c('下载文档到电脑，查找使用更方便')
    p.blank()
    p.c('相关文档')
    p.c('在全市安全生产工作会议上的讲话（2024）.docx　8页　免费')
    p.c('副市长在全市防汛抗旱工作会议上的讲话.doc　5页　￥2.00')
    p.c('市安委会第一次全体会议讲话稿（精选）.docx　7页　VIP')
    p.c('在全市重大事故隐患专项排查整治行动推进会上的讲话.pdf　6页　免费')
    p.blank()
    p.c('关于我们 | 联系我们 | 用户协议 | 隐私政策 | 版权申诉 | 网站地图')
    p.c('本站所有文档均由用户上传，版权归原作者所有。如有侵权，请联系客服删除。')
    p.c('Copyright 2018-2024 zhixingwenku.com 版权所有　苏ICP备18064219号-2')
    return p


# ---------------------------------------------------------------- 03
def build03():
    p = Page('03')
    p.c('笔尖范文网 — 你身边的公文写作助手')
    p.c('首页 > 致辞讲话 > 安全致辞')
    p.blank()
    p.c('安全生产致辞讲话精选（通用3篇）')
    p.c('时间：2024-05-29 15:40:12　栏目：安全致辞　热度：5873℃')
    p.blank()
    p.c('导读：安全生产是企业发展的生命线。为了帮助大家写好安全主题致辞，笔尖范文网小编精心整理了3篇安全讲话范本，'
        '涵盖企业、校园、工程项目等场合，欢迎阅读参考。')
    p.blank()
    p.c('◎ 致辞范本（甲）')
    p.blank()
    p.speech(S.S03A, gap=1)
    p.c('┌ 温馨提示 ─────────────────')
    p.c('│ 本文由笔尖范文网网友投稿整理，仅供写作参考，请结合本单位实际修改使用，切勿照搬照抄。')
    p.c('└──────────────────────')
    p.blank()
    p.c('◎ 致辞范本（乙）')
    p.blank()
    p.speech(S.S03B, gap=1)
    p.c('┌ 温馨提示 ─────────────────')
    p.c('│ 复制内容请点击右上角“一键复制”，开通会员可下载无广告Word版。')
    p.c('│ ▲点击领取：2024安全生产月活动方案+讲话稿+主持词全套资料包')
    p.c('└──────────────────────')
    p.blank()
    p.c('◎ 致辞范本（丙）')
    p.blank()
    p.speech(S.S03C, gap=1)
    p.c('本文标签：安全生产月　致辞　消防演练　开工仪式')
    p.c('上一篇：公司年会总经理致辞（优选5篇）')
    p.c('下一篇：在安全生产月启动仪式上的讲话稿范文')
    p.blank()
    p.c('猜你喜欢')
    p.c('· 企业安全生产会议讲话稿（精选6篇）')
    p.c('· 校长在开学典礼上的安全教育讲话')
    p.c('· 在项目部安全生产例会上的讲话')
    p.blank()
    p.c('Copyright © 笔尖范文网 版权所有　浙ICP备2021093357号')
    # the box frame lines are chrome but carry no letters; list them by nothing (norm() would be empty)
    p.noise = [n for n in p.noise if len(norm(n)) >= 2]
    return p


# ---------------------------------------------------------------- 04
def build04():
    p = Page('04')
    p.c('掌上丰源')
    p.c('打开APP，观看高清视频 〉')
    p.c('【视频】全县第三季度安全生产例会召开')
    p.c('丰源县融媒体中心　2024-09-03 18:26')
    p.c('▶ 00:00 / 16:08')
    p.c('播放　倍速 1.0X　清晰度 超清　全屏')
    p.c('该视频已播放 3487 次')
    p.c('9月2日下午，全县第三季度安全生产例会召开。副县长韦海波出席会议并讲话。会议通报了前三季度全县安全生产情况，'
        '部署第四季度和国庆、秋冬季安全防范工作。')
    p.c('【文字实录】')
    p.speech(S.S04, half=True, runin_sep=' ', gap=1, salute_inline=True)
    p.c('(根据会议录音整理)')
    p.c('记者:蓝心怡 李昊　编辑:覃雅　审核:梁斌')
    p.c('👍 点赞 236　　💬 评论 18　　↗ 转发 41　　☆ 收藏')
    p.c('相关视频')
    p.c('▶ 【视频】我县召开防汛抗旱工作会议 韦海波出席并讲话　03:15')
    p.c('▶ 在全县安全生产大检查动员部署会上的讲话(视频)　12:47')
    p.c('▶ 安全生产月|丰源县开展危化品泄漏应急演练　02:08')
    p.c('评论(18)')
    p.c('丰源老李：农用三轮车载人的问题确实要好好管管了，我们村口天天都能看到。　09-03　👍 35')
    p.c('柳溪人在外：石材厂那个事故太惨了，希望老板们都重视起来，设备该换就换。　09-03　👍 21')
    p.c('写评论...')
    p.c('已显示全部评论')
    p.c('丰源县融媒体中心 版权所有 未经授权不得转载')
    # the app export separates every line by an empty line (doubled line breaks)
    out = []
    for ln in p.lines:
        out.append(ln)
        if ln != '':
            out.append('')
    p.lines = out
    return p


# ---------------------------------------------------------------- 05
def build05():
    p = Page('05')
    p.c('白沙铺镇人民政府网')
    p.c('首页 | 政务公开 | 镇情简介 | 新闻动态 | 招商引资 | 办事指南 | 留言咨询')
    p.c('今天是：2012年4月16日 星期一　　天气：多云转小雨 12～19℃')
    p.c('您现在的位置： 首页 >> 政务公开 >> 领导讲话')
    p.blank()
    p.c('刘德顺镇长在全镇安全生产工作会议上的讲话')
    p.c('作者：党政办　　来源：本站原创　　访问次数：1027　　更新时间：2012-4-16 9:32:11')
    p.c('【字体：大 中 小】【我要打印】【关闭窗口】')
    p.blank()
    p.speech(S.S05, indent='　　', wrap=40, title_fmt='　　　　　　{}', pre_fmt='　　　　　　　　　　{}')
    p.blank()
    p.c('附件：白沙铺镇2012年度安全生产目标责任书.doc')
    p.blank()
    p.c('【我要打印】【关闭窗口】', parts=['【我要打印】【关闭窗口】'])
    p.c('上一篇：白沙铺镇召开春季森林防火工作会议')
    p.c('下一篇：关于开展2012年“安全生产月”活动的通知')
    p.blank()
    p.c('版权所有：白沙铺镇人民政府　地址：白沙铺镇解放路18号　电话：0745-6321088')
    p.c('ICP备12003517号　技术支持：县政府信息中心')
    p.c('建议使用IE6.0以上版本浏览器，1024×768分辨率浏览')
    return p


BUILDERS = {'01': build01, '02': build02, '03': build03, '04': build04, '05': build05}


def build_all():
    return {nn: f() for nn, f in BUILDERS.items()}


def page_bytes(nn, p):
    cfg = PAGES[nn]
    t = p.text().replace('\r\n', '\n')
    t = t.replace('\n', cfg['eol'])
    b = t.encode(cfg['encoding'])
    if cfg['bom']:
        b = b'\xef\xbb\xbf' + b
    return b


def main():
    pages = build_all()
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for nn, p in pages.items():
        with open(os.path.join(OUT, f'{nn}.txt'), 'wb') as f:
            f.write(page_bytes(nn, p))
        with open(os.path.join(OUT, 'gold', f'{nn}.json'), 'w', encoding='utf-8') as f:
            json.dump(p.gold(), f, ensure_ascii=False, indent=1)
            f.write('\n')
        st = '; '.join(f"{s['han']} Han/{s['paragraphs']} paras" for s in p.stats)
        print(nn, PAGES[nn]['encoding'], repr(PAGES[nn]['eol']), st)


if __name__ == '__main__':
    main()
