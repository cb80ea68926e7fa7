#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Regenerate pages 01-03 and gold/NN.json for set58a (deterministic, stdlib only)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INJ = re.compile(r'⟦(.*?)⟧')


class Page:
    def __init__(self, fname, encoding='utf-8', newline='\n'):
        self.fname, self.encoding, self.newline = fname, encoding, newline
        self.lines, self.noise = [], []
        self.titles, self.headings, self.paragraphs = [], [], []

    def _n(self, s):
        s = s.strip()
        assert len(s) >= 4, s
        if s not in self.noise:
            self.noise.append(s)

    def chrome(self, *lines):
        for l in lines:
            self.lines.append(l)
            if l.strip():
                self._n(l)

    def blank(self, k=1):
        self.lines.extend([''] * k)

    def plain(self, line):            # unlabelled leftover (marker / salutation / speaker)
        self.lines.append(line)

    def title(self, parts, prefix='', prefix_is_noise=True):
        for i, p in enumerate(parts):
            self.lines.append((prefix if i == 0 else '') + p)
        if prefix and prefix_is_noise:
            self._n(prefix)
        self.titles.append(''.join(parts))

    def speech(self, sp, indent='', gap=0):
        for raw in sp['body'].strip().splitlines():
            tag, rest = raw.split('|', 1)
            if tag == 'S':
                self.lines.append(rest)
            elif tag == 'H1':
                self.lines.append(indent + rest)
                self.headings.append({'text': rest, 'level': 1})
            elif tag == 'P':
                cat, text = rest.split('|', 1)
                for inj in INJ.findall(text):
                    self._n(inj)
                self.lines.append(indent + INJ.sub(lambda m: m.group(1), text))
                self.paragraphs.append({'text': INJ.sub('', text), 'category': cat, 'truncated': False})
            elif tag == 'R1':
                cat, text = rest.split('|', 1)
                head, body = text.split('。', 1)
                self.lines.append(indent + text)
                self.headings.append({'text': head, 'level': 1})
                self.paragraphs.append({'text': body, 'category': cat, 'truncated': False})
            else:
                raise ValueError(raw)
            if gap:
                self.blank(gap)

    def write(self):
        text = self.newline.join(self.lines) + self.newline
        with open(os.path.join(ROOT, self.fname), 'wb') as f:
            f.write(text.encode(self.encoding))
        gold = {'file': self.fname, 'speeches': len(self.titles), 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paragraphs, 'noise': self.noise}
        os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
        with open(os.path.join(ROOT, 'gold', self.fname.split('.')[0] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ---------------------------------------------------------------- 01: 范文 site, UTF-8
def page01():
    p = Page('01.txt')
    p.chrome('文选范文网 - 专注优质范文分享，写材料不再愁',
             '首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 演讲稿 | 合同范本 | 会员中心')
    p.chrome('当前位置：首页 > 讲话稿 > 安全生产讲话稿 > 正文')
    p.blank()
    p.chrome('安全生产会议讲话稿通用8篇')
    p.chrome('时间：2024-03-18 09:41　　栏目：安全生产讲话稿　　作者：文选小编　　阅读：3862次')
    p.blank()
    p.chrome('导读：安全生产会议讲话稿通用8篇由文选范文网网友投稿整理，汇集了县级政府、企业、乡镇、学校、'
             '行业部门等不同场合的安全生产会议讲话稿，结构完整、语言规范，供大家写作时参考借鉴。'
             '如需Word版全文，请点击每篇文末的下载链接。')
    ads = {
        2: ['【推荐】安全生产月主题班会课件PPT，30套模板免费领取>>'],
        4: ['开通VIP会员，全站8万余篇范文无限下载，每天不到1毛钱', '立即开通 >>'],
        7: ['广告　安全员C证考试题库2024最新版，扫码免费刷题'],
    }
    downloads = {1, 3, 6, 8}
    for i, sp in enumerate(speeches.P01, 1):
        p.blank()
        p.plain('篇%d' % i)
        p.blank()
        p.title(sp['title'])
        p.blank()
        p.speech(sp, indent='　　')
        if i in downloads:
            p.blank()
            p.chrome('点击下载本文')
        if i in ads:
            p.blank()
            p.chrome(*ads[i])
    p.blank()
    p.chrome('本文标签：安全生产讲话稿  会议讲话  安全工作会议')
    p.chrome('上一篇：2024年消防安全工作会议讲话稿（精选5篇）',
             '下一篇：安全生产月启动仪式致辞范文')
    p.blank()
    p.chrome('相关推荐',
             '· 安全生产工作总结范文（通用12篇）',
             '· 企业安全生产责任书模板3篇',
             '· 在安全生产表彰大会上的发言稿（优秀范文）',
             '· 乡镇安全生产工作汇报材料精选',
             '· 安全生产月活动方案（通用6篇）')
    p.blank()
    p.chrome('关于本站 | 联系我们 | 版权声明 | 网站地图 | 投稿须知',
             'Copyright © 2016-2024 文选范文网 www.wenxuanfw.cn 版权所有　鲁ICP备16027413号-3',
             '声明：本站范文均来自网友投稿及网络整理，仅供学习参考，如有侵权请联系 kefu@wenxuanfw.cn 删除。')
    p.write()


# ---------------------------------------------------------------- 02: 文秘 site, GB18030, CRLF
def page02():
    p = Page('02.txt', encoding='gb18030', newline='\r\n')
    nums = '一二三四五六'
    p.chrome('笔杆文秘网 — 机关公文写作素材库',
             '网站首页　公文写作　讲话稿　主持词　工作总结　调研报告　心得体会　会员中心')
    p.chrome('您现在的位置：笔杆文秘网 >> 主持词 >> 会议主持词 >> 正文')
    p.blank()
    p.chrome('季度安全生产例会主持词及讲话稿（6篇）')
    p.chrome('发布时间：2024-06-27 15:08:33　　来源：会员投稿　　字数：约9800字　　浏览量：1207')
    p.chrome('【字体：大 中 小】　【打印本页】　【收藏本文】')
    p.blank()
    p.chrome('【本文目录】')
    for k, sp in enumerate(speeches.P02):
        p.chrome('篇%s：%s' % (nums[k], sp['title'][0]))
    for k, sp in enumerate(speeches.P02):
        p.blank()
        marker = '【篇%s】' % nums[k]
        if sp['oneline']:
            p.title(sp['title'], prefix=marker)
        else:
            p.chrome(marker)
            p.title(sp['title'])
        p.speech(sp, indent='    ')
        if k == 2:
            p.blank()
            p.chrome('温馨提示：本文由会员“江城老笔”投稿，登录后可复制全文，未经许可禁止转载。')
        if k in (1, 3):
            p.chrome('[返回目录]')
    p.blank()
    p.chrome('【本文关键词】季度例会　主持词　安全生产讲话',
             '相关文章：',
             '　·安全生产专题会议主持词范本（三篇）',
             '　·安委会成员单位述职报告汇编',
             '　·年中安全生产工作推进会发言提纲')
    p.blank()
    p.chrome('会员登录 | 免费注册 | 充值中心 | 联系客服 QQ：2853177641',
             'Copyright 2012-2024 笔杆文秘网 All rights reserved.　苏ICP备12045517号')
    p.write()


# ---------------------------------------------------------------- 03: 公众号 article, UTF-8
def page03():
    p = Page('03.txt')
    p.chrome('干货｜7篇安委会全体会议讲话稿，拿走不谢')
    p.chrome('原创 笔耕小安 安监笔记 2024-04-16 07:02 发表于山东')
    p.blank()
    p.chrome('安监笔记', '专注安全生产材料写作，分享实用公文素材，陪你写好每一篇稿子。')
    p.blank()
    p.chrome('点击上方蓝字 关注我们')
    p.blank()
    p.chrome('每年一开春，各地都要开安委会全体会议，后台不少朋友留言，想要几篇安委会会议讲话稿参考。'
             '小安这次整理了7篇，涵盖市级、县级、开发区、城区和企业，篇篇都是精简版，建议先收藏再慢慢看。')
    p.chrome('（以下材料仅供学习交流，请结合本地实际修改使用，切勿照搬照抄）')
    for i, sp in enumerate(speeches.P03, 1):
        p.blank()
        p.plain('▼')
        p.blank()
        p.plain('%02d' % i)
        p.blank()
        p.title(sp['title'])
        p.blank()
        p.speech(sp, gap=1)
    p.blank()
    p.plain('▼')
    p.blank()
    p.chrome('— THE END —',
             '声明：文章来源于网络综合整理，仅供学习交流，版权归原作者所有，如有侵权请后台联系删除。')
    p.blank()
    p.chrome('往期推荐',
             '▶ 安委会办公室2024年工作要点（附模板）',
             '▶ 讲话稿开头结尾怎么写？20组金句收藏备用',
             '▶ 安全生产月主题活动方案（精选5篇）',
             '▶ 领导干部安全生产述职报告写作指南')
    p.blank()
    p.chrome('觉得有用，记得点个「赞」和「在看」哦~',
             '分享　收藏　点赞　在看',
             '阅读 6351',
             '微信扫一扫关注该公众号',
             '继续滑动看下一个',
             '安监笔记',
             '向上滑动看下一个')
    p.write()


if __name__ == '__main__':
    page01(); page02(); page03()
    print('generated 01.txt 02.txt 03.txt and gold/*.json')
