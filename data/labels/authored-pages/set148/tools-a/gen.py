# -*- coding: utf-8 -*-
"""Builds pages 01-05 and gold/01-05.json of set148 (writer a) from speeches.py.

All site names, domains, phone numbers, ICP numbers and people are invented.
usage: python3 gen.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import S, PAGES  # noqa: E402

# page -> (python codec, line end, write BOM)
ENCODING = {
    '01': ('gb18030', '\r\n', False),
    '02': ('utf-8', '\n', True),
    '03': ('utf-16-le', '\r\n', True),
    '04': ('gb18030', '\n', False),
    '05': ('utf-8', '\n', False),
}

IDS = '\u3000\u3000'  # full-width indent
NBSP = '\u00a0'


class Page:
    def __init__(self):
        self.lines = []
        self.noise = []

    def chrome(self, *lines):
        for ln in lines:
            self.lines.append(ln)
            if ln.strip():
                self.noise.append(ln.strip())

    def text(self, *lines):  # gold or unlabelled lines
        self.lines.extend(lines)

    def blank(self):
        self.lines.append('')

    def span(self, s, noise):
        self.noise.extend(noise)
        return s


def inject(page, text, rules):
    """rules: list of (anchor, span, noise-strings); span is inserted right after anchor."""
    for anchor, span, noise in rules:
        assert text.count(anchor) == 1, (anchor, text)
        text = text.replace(anchor, anchor + page.span(span, noise), 1)
    return text


def wrap(line, width):
    return '\n'.join(line[i:i + width] for i in range(0, len(line), width))


def body_units(page, sid, inj=None):
    """Yields (block index of the unit's first block, kind, string) where a run-in heading and its paragraph form one
    'run' unit; injections applied."""
    inj = inj or {}
    blocks = S[sid]['blocks']
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b[0] == 'h' and len(b) > 3 and b[3] == 'run':
            p = blocks[i + 1]
            assert p[0] == 'p'
            yield i, 'run', b[2] + inject(page, p[2], inj.get(i + 1, []))
            i += 2
        elif b[0] == 'h':
            yield i, 'h', b[2]
            i += 1
        else:
            yield i, 'p', inject(page, b[2], inj.get(i, []))
            i += 1


def head(page, sid, title_prefix=''):
    sp = S[sid]
    page.text(title_prefix + sp['title'])
    page.text(*sp['pre'])
    page.text(sp['salute'])


def std_body(page, sid, pind=IDS, hind='', inj=None, wraps=None, width=36):
    wraps = wraps or {}
    for i, kind, s in body_units(page, sid, inj):
        line = (hind if kind == 'h' else pind) + s
        if i in wraps:
            line = wrap(line, width)
        page.text(line)


# ------------------------------------------------------------------------------------------------ page 01
def page01():
    p = Page()
    p.chrome('文澜范文网 — 写材料，就上文澜',
             '首页 | 工作总结 | 讲话稿 | 发言稿 | 心得体会 | 工作计划 | 主持词 | 会员中心',
             '搜索范文：[　　　　　　　　　　] [搜索]',
             '当前位置：首页 > 发言稿 > 表态发言 > 安全生产表态发言稿（3篇）')
    p.blank()
    p.chrome('安全生产表态发言稿（3篇）',
             '发布时间：2025-03-11 08:46　　来源：文澜范文网　　浏览：6127次　　[收藏本文]',
             '导语：表态发言是在会议上代表本单位表明态度、作出承诺的讲话材料。下面是小编为大家整理的3篇安全生产表态发言稿，仅供参考，希望对您有所帮助。')
    p.blank()
    # 篇一
    p.noise.append('【篇一】')
    head(p, '01a', '【篇一】')
    std_body(p, '01a', inj={4: [('逐段“过筛子”', 'wenlanfw.com', ['wenlanfw.com'])]})
    p.blank()
    # 篇二
    p.noise.append('【篇二】')
    head(p, '01b', '【篇二】')
    std_body(p, '01b', inj={5: [('户不漏项', '文澜范文网', ['文澜范文网'])]})
    p.blank()
    p.chrome('精选范文',
             '1. 在安全生产警示教育大会上的表态发言',
             '2. 坚决扛起安全生产政治责任 全力守护人民群众生命财产安全',
             '3. 企业安全生产责任书签订表态发言（通用6篇）',
             '4. 乡镇安全生产工作表态发言材料',
             '5. 2025年安全生产工作会议表态发言稿')
    p.blank()
    # 篇三
    p.noise.append('【篇三】')
    head(p, '01c', '【篇三】')
    std_body(p, '01c', inj={4: [('每月开展一次综合检查，', '（本文来源：文澜范文网）', ['（本文来源：文澜范文网）'])]})
    p.blank()
    p.chrome('（本文共3篇，由文澜范文网用户投稿整理，如有侵权请联系删除）')
    p.blank()
    p.chrome('热门范文',
             '一、压紧压实安全责任　筑牢安全生产防线（讲话提纲）',
             '安全生产月活动总结范文（精选10篇）',
             '在全镇防汛工作会议上的讲话',
             '企业安全生产年终工作总结',
             '安全生产承诺书（个人版）')
    p.blank()
    p.chrome('上一篇：安全生产工作汇报材料（通用5篇）',
             '下一篇：在全市安全生产工作会议上的讲话（2篇）')
    p.blank()
    p.chrome('关于我们 | 联系我们 | 投稿须知 | 免责声明 | 网站地图',
             '客服QQ：2870046613　　邮箱：service@wenlanfw.com',
             'Copyright © 2018-2025 文澜范文网 www.wenlanfw.com 版权所有　晋ICP备18069427号-2')
    return p


# ------------------------------------------------------------------------------------------------ page 02
def han_count(sid):
    import re
    return len(re.findall(r'[\u4e00-\u9fff]', S[sid]['title'] + ''.join(b[2] for b in S[sid]['blocks'])))


def page02():
    p = Page()
    p.chrome('妙笔范文库 | 专注公文写作十二年',
             '首页　　公文写作　　讲话致辞　　工作总结　　心得体会　　范文下载　　VIP开通',
             '您的位置：首页 › 讲话致辞 › 活动致辞 › 正文')
    p.blank()
    p.chrome('2025年安全生产月启动仪式领导致辞',
             f'发布时间：2025-06-03{NBSP}10:21{NBSP}{NBSP}作者：妙笔小编{NBSP}{NBSP}字数：{han_count("02")}{NBSP}{NBSP}阅读量：5806',
             f'标签：安全生产月{NBSP}{NBSP}启动仪式{NBSP}{NBSP}领导致辞{NBSP}{NBSP}区级',
             '【复制本文】　【下载Word】　【打印】',
             '摘要：各位领导，同志们，朋友们：在全国第二十四个“安全生产月”到来之际，我们在这里隆重举行全区“安全生产月”活动启动仪式...')
    p.blank()
    head(p, '02')
    std_body(p, '02',
             inj={7: [('组织开展一次全覆盖的', '妙笔范文库', ['妙笔范文库'])],
                  10: [('明确责任人和时间表。', '【更多精彩范文请访问 miaobifwk.cn】', ['【更多精彩范文请访问 miaobifwk.cn】'])]},
             wraps={2, 4, 12}, width=36)
    p.blank()
    p.chrome('本文为妙笔范文库会员原创，转载请注明出处！',
             '【复制本文】　【收藏】　分享到：微信 | QQ空间 | 微博')
    p.blank()
    p.chrome('相关推荐',
             '· 一要强化红线意识 二要狠抓隐患整改——安全生产月讲话提纲',
             '· 在安全生产月启动仪式上的讲话（通用3篇）',
             '· 企业“安全生产月”活动实施方案',
             '· 安全生产月宣传咨询日主持词')
    p.blank()
    p.chrome('网友评论（2）',
             '云澄网友　2025-06-04 08:15',
             '很实用，改改就能用，感谢分享！',
             '匿名用户　2025-06-05 19:42',
             '第三部分写得好，收藏了。',
             '我要评论：登录后才能发表评论 [登录] [注册]')
    p.blank()
    p.chrome('联系电话：0571-86203345（工作日9:00-17:30）　邮箱：kefu@miaobifwk.cn',
             '© 2013-2025 妙笔范文库 miaobifwk.cn　浙ICP备16033258号-1')
    return p


# ------------------------------------------------------------------------------------------------ page 03
def page03():
    p = Page()
    p.chrome('墨香公文网 - 公文写作好帮手',
             '[首页] [讲话稿] [主持词] [工作总结] [心得体会] [申论范文]　　[登录] [注册]',
             '首页 >> 主持词 >> 会议主持词')
    p.blank()
    p.chrome('县安委会全体会议主持词',
             '所属栏目：会议主持词    更新时间：2025-02-24    编辑：墨香    阅读：2318')
    p.chrome('┌──────────────────────────────────┐',
             '│ 📄 下载Word版：本文档共4页，约1600字，格式DOCX，21.6KB │',
             '│ [立即下载]　VIP会员免费下载，非会员5积分             │',
             '└──────────────────────────────────┘',
             '本文目录：一、认清形势 二、聚焦重点 三、压实责任')
    p.blank()
    head(p, '03')
    units = list(body_units(p, '03', {
        10: [('拉出问题清单', 'moxianggongwen', ['moxianggongwen'])],
        13: [('把本行业领域的', '墨香公文网', ['墨香公文网'])],
    }))
    for i, kind, s in units:
        if i == 6:  # the host hands over to the county head; the site's box sits after this line
            p.text('    ' + s)
            p.blank()
            p.chrome('温馨提示：本文可下载Word版，方便编辑修改 >> 点击下载Word版')
            p.blank()
            continue
        p.text(s if kind == 'h' else '    ' + s)
    p.blank()
    p.chrome('【下载Word版】点击此处下载本文完整Word文档（可编辑）',
             '上一篇：全县安全生产工作会议主持词（通用3篇）',
             '下一篇：森林防火工作会议主持词',
             '相关主持词：',
             '安全生产警示教育大会主持词',
             '防汛工作部署会议主持词',
             '墨香公文网（www.moxianggw.com）　联系电话：0351-7562018　晋ICP备20041357号')
    return p


# ------------------------------------------------------------------------------------------------ page 04
def page04():
    p = Page()
    p.chrome('千稿范文网',
             '首页 / 讲话稿 / 企业讲话 / 安全讲话')
    p.blank()
    p.chrome('公司年终安全生产总结讲话稿范文',
             '2024-12-27 16:05　栏目：企业讲话　点击：4203　来源：千稿范文网')
    p.blank()
    head(p, '04')
    brk = ('\n\n第1页　共2页\n首页　上一页　[1]　[2]　下一页　尾页\n\n公司年终安全生产总结讲话稿范文（2）\n'
           '2024-12-27 16:05　栏目：企业讲话\n\n')
    std_body(p, '04', inj={
        8: [('车间每周', brk, ['第1页　共2页', '首页　上一页　[1]　[2]　下一页　尾页', '公司年终安全生产总结讲话稿范文（2）',
                                 '2024-12-27 16:05　栏目：企业讲话'])],
        15: [('取消评先评优资格，', 'qiangaofw.net', ['qiangaofw.net'])],
    })
    p.blank()
    p.chrome('（完）',
             '千稿范文网提醒：本站范文仅供参考学习，请勿直接照抄使用。')
    p.blank()
    p.chrome('猜你喜欢',
             '· 第一，坚守安全红线不动摇——企业负责人年终安全讲话',
             '· 2024年度安全生产工作总结（精选8篇）',
             '· 在公司安全生产表彰大会上的发言（先进个人代表）',
             '· 1.强化隐患排查治理 2.严格落实安全责任——车间主任讲话提纲',
             '· 班组安全建设经验交流材料',
             '· 新年开工第一天安全讲话')
    p.blank()
    p.chrome('本文链接：http://www.qiangaofw.net/jianghua/qiye/20241227_48816.html',
             '千稿范文网 版权所有 © 2016-2025 | 京ICP备16058872号-3 | 京公网安备11010802037516号')
    return p


# ------------------------------------------------------------------------------------------------ page 05
def page05():
    p = Page()
    p.chrome('‹ 返回　　　　绿叶范文　　　　⋯',
             '🔍 搜索范文、讲话稿')
    p.chrome('在2025年春季开学校园安全工作会议上的讲话范文',
             '绿叶范文　2025-02-14 15:32　IP属地：江苏',
             '阅读 2.3万',
             '（APP内打开，阅读体验更佳）')
    p.blank()
    head(p, '05')
    units = list(body_units(p, '05', {
        2: [('校门口交通秩序混乱，', '\n\n展开全文 ⌄\n\n', ['展开全文 ⌄'])],
        8: [('联合排查，', ' 展开剩余62% ', ['展开剩余62%'])],
        15: [('视频监控系统升级', '【绿叶范文】', ['【绿叶范文】'])],
    }))
    seps = [' ', '\u3000\u3000', '', NBSP, ' ', '', '\u3000\u3000', ' ', NBSP, '', ' ', ' ']
    flat = []
    for i, kind, s in units:
        if i < 4:  # the first screen keeps its line breaks
            p.text(s if kind == 'h' else IDS + s)
        else:
            flat.append(s)
    one = flat[0]
    for k, s in enumerate(flat[1:]):
        one += seps[k % len(seps)] + s
    p.text(one)
    p.blank()
    p.chrome('—— 完 ——',
             '打开APP，查看更多精彩范文',
             '上一篇：在全校安全工作总结大会上的讲话',
             '下一篇：学校防溺水安全教育讲话稿',
             '相关阅读',
             '中小学春季开学安全工作会议讲话稿（精选5篇）',
             '校长在安全工作会议上的讲话',
             '赞 128　收藏　分享',
             '返回顶部 ↑',
             '绿叶范文 m.lvyefw.com ©2025 苏ICP备19047730号')
    return p


BUILDERS = {'01': page01, '02': page02, '03': page03, '04': page04, '05': page05}


def gold_for(nn, page):
    sids = PAGES[nn]
    titles, headings, paragraphs = [], [], []
    for sid in sids:
        titles.append(S[sid]['title'])
        for b in S[sid]['blocks']:
            if b[0] == 'h':
                headings.append({'text': b[2], 'level': b[1]})
            else:
                paragraphs.append({'text': b[2], 'category': b[1], 'truncated': False})
    noise = []
    for n in page.noise:
        if n not in noise:
            noise.append(n)
    return {'file': f'{nn}.txt', 'speeches': len(sids), 'titles': titles, 'headings': headings,
            'paragraphs': paragraphs, 'noise': noise}


def main():
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for nn, build in BUILDERS.items():
        page = build()
        codec, eol, bom = ENCODING[nn]
        text = '\n'.join(page.lines) + '\n'
        text = text.replace('\n', eol)
        data = text.encode(codec)
        if bom:
            data = ('\ufeff'.encode(codec)) + data
        with open(os.path.join(OUT, f'{nn}.txt'), 'wb') as f:
            f.write(data)
        with open(os.path.join(OUT, 'gold', f'{nn}.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_for(nn, page), f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(nn, codec, 'BOM' if bom else '', repr(eol), len(data), 'bytes')


if __name__ == '__main__':
    main()
