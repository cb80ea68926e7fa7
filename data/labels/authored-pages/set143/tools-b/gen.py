# -*- coding: utf-8 -*-
"""Build pages 06-10 (bytes) and their gold JSON from speeches.py.  Run: python3 gen.py"""
import json
import os
import re
import unicodedata

from speeches import S06, S07A, S07B, S08, S09, S10

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
INJ = re.compile(r'⟦(.*?)⟧', re.S)

# encoding, line end per page (used by gen and validate)
SPEC = {
    '06': dict(encoding='utf-8-sig', eol='\r\n', label='UTF-8 with BOM, CRLF'),
    '07': dict(encoding='gb18030', eol='\n', label='GB18030, LF (doubled line breaks in the body)'),
    '08': dict(encoding='utf-8', eol='\r\n', label='UTF-8, CRLF, body hard-wrapped at 76 columns'),
    '09': dict(encoding='utf-16-le', bom=b'\xff\xfe', eol='\r\n', label='UTF-16 LE with BOM, CRLF'),
    '10': dict(encoding='utf-8', eol='', label='UTF-8, one single line, no line ends'),
}


def gold_text(t):
    """text as the gold has it: injections removed"""
    return INJ.sub('', t)


def page_text(t, nl='\n'):
    return INJ.sub(lambda m: m.group(1).replace('\n', nl), t)


def inj_noise(t):
    out = []
    for m in INJ.finditer(t):
        out += [x.strip() for x in m.group(1).split('\n') if x.strip()]
    return out


class Page:
    def __init__(self, no):
        self.no = no
        self.lines = []
        self.noise = []
        self.titles, self.headings, self.paras = [], [], []
        self.speeches = 0

    def n(self, line, key=None):
        """a chrome line; key = the distinctive part listed in noise (default: whole line)"""
        self.lines.append(line)
        k = (key or line).strip()
        if k and k not in self.noise:
            self.noise.append(k)

    def raw(self, line=''):
        self.lines.append(line)

    def add_noise(self, items):
        for k in items:
            if k not in self.noise:
                self.noise.append(k)

    # body rendering: returns list of (kind, pagetext) and records gold
    def body(self, sp, nl='\n', runin_sep=''):
        out = []
        for it in sp['body']:
            if it[0] == 'h':
                self.headings.append({'text': it[2], 'level': it[1]})
                out.append(('h', it[2]))
            elif it[0] == 'rh':
                _, lvl, head, cat, body = it
                self.headings.append({'text': head, 'level': lvl})
                self.paras.append({'text': gold_text(body), 'category': cat, 'truncated': False})
                self.add_noise(inj_noise(body))
                out.append(('rh', head + runin_sep + page_text(body, nl)))
            else:
                cat, text = it[1], it[2]
                trunc = len(it) > 3 and it[3]
                self.paras.append({'text': gold_text(text), 'category': cat, 'truncated': bool(trunc)})
                self.add_noise(inj_noise(text))
                out.append(('p', page_text(text, nl)))
        return out

    def gold(self):
        return {'file': f'{self.no}.txt', 'speeches': self.speeches, 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paras, 'noise': self.noise}


def wrap76(line, width=76):
    """hard-wrap like a plain-text mail client: 76 columns, CJK/full-width characters count 2"""
    out, cur, col = [], '', 0
    for ch in line:
        w = 2 if unicodedata.east_asian_width(ch) in ('W', 'F') else 1
        if col + w > width:
            out.append(cur)
            cur, col = '', 0
        cur += ch
        col += w
    out.append(cur)
    return out


# ------------------------------------------------------------------ 06
def page06():
    p = Page('06')
    S = S06
    title = S['title_main'] + S['title_sub']
    p.titles.append(title)
    p.speeches = 1
    p.n(title + '_江岚省应急管理厅')
    p.n('您好，欢迎访问江岚省应急管理厅网站！  无障碍浏览 | 长者模式 | 简体 | 繁體 | 登录 | 注册')
    p.n('江岚省应急管理厅  Jianglan Provincial Department of Emergency Management')
    p.n('首页    机构概况    政务公开    新闻动态    安全生产    防汛抗旱    防灾减灾    互动交流    专题专栏')
    p.n('请输入关键词   搜索   高级搜索')
    p.n('当前位置：首页 > 政务公开 > 领导讲话')
    p.raw('')
    p.raw(S['title_main'])
    p.n('发布时间：2025-04-18 10:32    来源：省防汛抗旱指挥部办公室    浏览次数：1873    【字体：大 中 小】    【打印】    【关闭】')
    p.n('相关解读：【图解】一图读懂全省防汛抗旱工作会议精神')
    p.raw('')
    p.raw(S['title_sub'])
    for m in S['meta']:
        p.raw(m)
    p.raw('')
    p.raw(S['salutation'])
    body = p.body(S)
    for i, (kind, txt) in enumerate(body):
        if kind == 'h':
            p.raw('\u3000\u3000' + txt + '  ')
        else:
            p.raw('\u00a0\u00a0\u00a0\u00a0' + txt)
        if i == 0:
            p.raw('')
            p.n('（图为会议现场。江岚省应急管理厅 供图）')
        p.raw('')
    p.n('附件下载：')
    p.n('1.2025年全省汛前检查工作方案.pdf')
    p.n('2.江岚省防汛抗旱应急预案（2025年修订）.docx')
    p.n('3.全省大中型水库防汛“三个责任人”名单.xlsx')
    p.raw('')
    p.n('【相关解读】')
    p.n('· 一图读懂：全省防汛抗旱工作会议精神')
    p.n('· 答记者问｜省防指办负责人就今年防汛抗旱重点工作答记者问')
    p.n('· 视频解读：防汛“三个责任人”如何履职到位')
    p.raw('')
    p.n('上一篇：在全省安全生产工作会议上的讲话')
    p.n('下一篇：关于做好2025年汛期安全防范工作的通知')
    p.n('分享到：微信  微博  QQ空间')
    p.n('扫一扫在手机打开当前页')
    p.n('【打印本页】  【关闭窗口】')
    p.raw('')
    p.n('网站地图 | 联系我们 | 网站声明 | 无障碍服务')
    p.n('主办单位：江岚省应急管理厅    承办：江岚省应急管理信息中心')
    p.n('地址：江岚省澄州市文渊路188号    邮编：650231    联系电话：0874-66012350')
    p.n('网站标识码：7100000043    岚ICP备10027316号-1    岚公网安备 71010202000418号')
    return p


# ------------------------------------------------------------------ 07
def page07():
    p = Page('07')
    p.speeches = 2
    p.n('笔墨范文网 - 免费范文大全_工作总结_讲话稿_主持词')
    p.n('www.bimofw.com')
    p.n('首页 | 工作总结 | 工作计划 | 讲话稿 | 主持词 | 心得体会 | 演讲稿 | 述职报告 | 范文大全')
    p.n('您现在的位置：笔墨范文网 > 讲话稿 > 安全生产讲话 > 正文')
    p.raw('')
    coll = '全县燃气安全专项整治部署会主持词及书记讲话（2篇）'
    p.n(coll)
    p.n('时间：2024-06-03 14:21:07  来源：网友投稿  作者：佚名  点击：  次')
    first = gold_text(S07A['body'][0][2])
    teaser = '导读：' + first[:first.index('经县委')] + '经县委、县政府研究...以下是笔墨范文网小编为大家整理的' + coll[:-4] + '，欢迎阅读参考。'
    p.n(teaser)
    p.raw('')

    def speech(S, tail_inj=None, pagebreak_after=None):
        p.titles.append(S['title'])
        p.raw(S['title'])
        p.raw('')
        for m in S['meta']:
            p.raw(m)
            p.raw('')
        p.raw(S['salutation'])
        p.raw('')
        body = p.body(S)
        for i, (kind, txt) in enumerate(body):
            line = '\u3000\u3000' + txt
            if tail_inj and i == len(body) - 1:
                line += tail_inj          # lost line break: the next chrome line is glued to the last paragraph
                p.add_noise([tail_inj])
            p.raw(line)
            p.raw('')
            if pagebreak_after is not None and i == pagebreak_after:
                p.n('本文共2页，当前第1页')
                p.n('上一页  [1]  [2]  下一页')
                p.raw('')
                p.n(coll + '(2)')
                p.n('时间：2024-06-03 14:21:07  来源：网友投稿  作者：佚名  点击：  次')
                p.raw('')

    p.n('【篇一】')
    p.raw('')
    speech(S07A, tail_inj='【篇二】')
    p.n('▲▲▲ 更多安全生产讲话稿范文，请关注公众号“笔墨范文”，回复“安全”免费领取 ▲▲▲')
    p.raw('')
    speech(S07B, pagebreak_after=3)
    p.n('本文共2页，当前第2页')
    p.raw('上一页  [1]  [2]  下一页')
    p.n('本文来源：https://www.bimofw.com/jianghua/202406/58213.html')
    p.raw('')
    p.n('相关范文：')
    p.n('在全县安全生产专项整治三年行动推进会上的讲话')
    p.n('全市燃气安全专项整治工作会议主持词（精选3篇）')
    p.n('在全镇燃气安全排查整治工作部署会上的讲话范文')
    p.n('县长在全县安全生产工作会议上的讲话稿')
    p.n('热门标签：主持词  讲话稿  燃气安全  专项整治')
    p.raw('')
    p.n('声明：本站部分文章来源于网络，仅供学习参考，如有侵权请联系我们删除。')
    p.n('Copyright © 2016-2024 笔墨范文网 版权所有  闽ICP备16052917号-2')
    return p


# ------------------------------------------------------------------ 08
def page08():
    p = Page('08')
    p.speeches = 1
    S = S08
    p.titles.append(S['title'])
    for l in ['发件人: 孙立 <sunli@shengchuan-nm.com>',
              '发送时间: 2025年5月28日 星期三 上午9:16',
              '收件人: 王海峰 <wanghf@shengchuan-nm.com>',
              '抄送: 周明远 <zhoumy@shengchuan-nm.com>',
              '主题: 转发: 回复: 安全生产月启动会讲话稿（初稿）',
              '附件: 讲话稿初稿0527.docx (31.2 KB)']:
        p.n(l)
    p.raw('')
    p.n('海峰：')
    for l in ['    安环部报来的讲话稿初稿，我看了一遍，框架可以，有几点修改意见：',
              '    1. 第一部分的数据要跟集团月报口径一致，“未遂事件7起”那句建议不提，或者换个说法；',
              '    2. 第二部分三个“以……为抓手”太像口号，小标题再提炼一下；',
              '    3. 第三部分加一句对承包商的要求，陈总上次办公会专门讲过；',
              '    4. 全文控制在15分钟以内，现在稍长，结尾可以再短一点。',
              '    你按这个意见改一下，今天下班前发我，我再呈陈总审定。']:
        for w in wrap76(l):
            p.n(w)
    p.n('孙立')
    p.n('总经理办公室 | 电话 0571-8816 2203')
    p.raw('')
    p.raw('')
    p.n('-------- 转发的邮件 --------')
    for l in ['发件人: 周明远 <zhoumy@shengchuan-nm.com>',
              '发送时间: 2025年5月27日 星期二 下午4:42',
              '收件人: 孙立 <sunli@shengchuan-nm.com>',
              '主题: 回复: 安全生产月启动会讲话稿']:
        p.n(l)
    p.raw('')
    p.n('孙主任：')
    for w in wrap76('    讲话稿初稿附后，正文也贴在下面，方便您在手机上看，请审阅。“轻伤事故3起”我标了待核实，定稿前再确认一遍。'):
        p.n(w)
    p.raw('')
    p.n('周明远')
    p.n('安全环保部 | 分机 8316')
    p.raw('')
    p.n('【讲话稿初稿正文】')
    p.raw('')
    p.raw(S['title'])
    for m in S['meta']:
        p.raw(m)
    p.raw('')
    p.raw(S['salutation'])
    # the draft as pasted from Word into a plain-text mail: full-width indent, hard wraps at 76 columns,
    # no blank lines between paragraphs
    body = p.body(S, runin_sep='')
    for kind, txt in body:
        ind = '' if kind == 'h' else '\u3000\u3000'
        # keep the injected comment in one piece
        for w in wrap76_keep(ind + txt, '【待核实，定稿前删除】'):
            p.raw(w)
    p.raw('')
    p.raw('')
    quoted = ['-----原始邮件-----',
              '发件人: 孙立 <sunli@shengchuan-nm.com>',
              '发送时间: 2025年5月20日 星期二 上午8:57',
              '收件人: 周明远 <zhoumy@shengchuan-nm.com>',
              '主题: 安全生产月启动会讲话稿',
              '',
              '明远：',
              '    总经理定了6月3日上午开安全生产月启动会，请你们部门起草一个讲话稿，',
              '    15分钟左右，大致三块：一是讲讲今年以来的形势和问题，二是安全生产月的',
              '    几项重点活动，三是责任落实。数据用1-4月的，5月27日前发我。',
              '孙立',
              '总经理办公室']
    for q in quoted:
        if q:
            p.n('> ' + q)
        else:
            p.raw('>')
    p.raw('')
    for w in wrap76('【保密提示】本邮件及其附件可能含有晟川新材料股份有限公司的保密信息，仅供指定收件人使用。如您误收本邮件，请立即通知发件人并删除，不得以任何形式复制、转发或披露。'):
        # a wrapped chrome line is listed piece by piece; a tail too short to measure stays unlisted
        p.n(w) if len(w.strip()) >= 4 else p.raw(w)
    return p


def wrap76_keep(line, atom, width=76):
    """wrap76, but never split `atom`"""
    if atom not in line:
        return wrap76(line, width)
    out, cur, col = [], '', 0
    i = 0
    while i < len(line):
        if line.startswith(atom, i):
            tok = atom
        else:
            tok = line[i]
        w = sum(2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1 for c in tok)
        if col + w > width:
            out.append(cur)
            cur, col = '', 0
        cur += tok
        col += w
        i += len(tok)
    out.append(cur)
    return out


# ------------------------------------------------------------------ 09
def page09():
    p = Page('09')
    p.speeches = 1
    S = S09
    p.titles.append(S['title'])
    p.n('知页文库 - 海量实用文档免费分享')
    p.n('首页 | 分类 | 精品专区 | 公文写作 | 上传文档 | 开通VIP')
    p.n('请输入关键词搜索文档')
    p.n('知页文库 > 公文写作 > 讲话致辞 > 安全生产讲话')
    p.raw('')
    p.n('乡镇2024年防汛工作会议讲话稿（精选）.docx')
    p.n('上传者：春***8 | 上传时间：2024-05-09 | 格式：DOCX | 页数：4 | 浏览：2361 | 下载：86 | 评分：4.6')
    p.n('收藏 | 举报 | 分享')
    p.n('AI摘要：本文是一篇乡镇党委书记在全镇防汛工作会议上的讲话稿，围绕思想认识、隐患排查、责任落实三个方面对汛期工作作出部署，语言朴实、要求具体，可供基层撰写防汛讲话参考。')
    p.raw('')
    p.n('文档大纲')
    heads = [it[2] for it in S['body'] if it[0] == 'h']
    for h, pg in zip(heads, [1, 1, 2]):
        p.n('  ' + h + ' ········ ' + str(pg))
    p.n('收起 ∧')
    p.raw('')
    p.n('第 1 页 共 4 页')
    p.raw('')
    p.raw(S['title'])
    for m in S['meta']:
        p.raw(m)
    p.raw(S['salutation'])
    body = p.body(S)
    for kind, txt in body:
        if kind == 'h':
            p.raw(txt)
        else:
            # a docx page break inside a paragraph: page marker on its own line, the sentence goes on unindented
            for j, l in enumerate(txt.split('\n')):
                p.raw('    ' + l if j == 0 else l)
    p.raw('')
    p.n('剩余2页未读，继续阅读 ∨')
    p.n('VIP会员免费下载全文，下载后可编辑')
    p.n('立即下载（¥5.90）    加入VIP')
    p.n('本文档由用户上传，仅供学习参考，不代表本站立场，如有侵权请联系删除。')
    p.raw('')
    p.n('相关推荐')
    p.n('乡镇防汛工作会议主持词（通用版）  3页')
    p.n('在全县防汛抗旱工作会议上的讲话（2023年）  6页')
    p.n('村级防汛应急预案范本  5页')
    p.n('镇长在全镇防汛工作部署会上的讲话  4页')
    p.raw('')
    p.n('关于我们 | 用户协议 | 隐私政策 | 侵权投诉 | 帮助中心')
    p.n('©2024 知页文库 zhiyewenku.com 版权所有  粤ICP备19063318号-3')
    return p


# ------------------------------------------------------------------ 10
def page10():
    p = Page('10')
    p.speeches = 1
    S = S10
    p.titles.append(S['title'])
    p.n('云岗发布 打开APP')
    p.n('首页 › 政务 › 领导讲话')
    p.raw(S['title'])
    p.n('云岗发布 2024-11-08 17:25 来源：云岗区人民政府办公室 阅读 3216')
    p.n('字号 A- A A+')
    for m in S['meta']:
        p.raw(m)
    p.raw(S['salutation'])
    body = p.body(S, nl=' ', runin_sep=' ')
    for i, (kind, txt) in enumerate(body):
        p.raw(txt if kind == 'h' else '\u3000\u3000' + txt)
        if i == 3:
            p.n('展开全文 ⌄')
        if i == 6:
            p.n('打开云岗发布APP，阅读体验更佳 ›')
    p.n('（责任编辑：林晓雯  审核：陈立平）')
    p.n('本文来源：云岗区人民政府办公室 阅读原文')
    p.n('举报')
    p.n('点赞 128 在看 36 分享')
    p.n('相关阅读')
    p.n('在全区安全生产工作会议上的讲话 2024-10-12')
    p.n('区长在全区冬季道路交通安全百日攻坚行动部署会上的讲话 2024-01-05')
    p.n('我区召开道路交通安全工作会议 部署岁末年初交通安全工作 2024-11-06')
    p.n('写留言')
    p.n('暂无评论，快来抢沙发吧~')
    p.n('返回顶部')
    p.n('©2024 云岗区融媒体中心 版权所有 浙ICP备19058821号-1')
    return p


def render(p):
    spec = SPEC[p.no]
    if p.no == '10':
        # one line: parts separated by one space, sometimes two
        parts = [l for l in p.lines if l != '']
        text = ''
        for i, l in enumerate(parts):
            text += ('' if i == 0 else ('  ' if i % 3 == 0 else ' ')) + l
        assert '\n' not in text and '\r' not in text
    else:
        text = spec['eol'].join(p.lines) + spec['eol']
    data = text.encode(spec['encoding'])
    if spec.get('bom'):
        data = spec['bom'] + data
    return data


def main():
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for fn in (page06, page07, page08, page09, page10):
        p = fn()
        with open(os.path.join(OUT, p.no + '.txt'), 'wb') as f:
            f.write(render(p))
        with open(os.path.join(OUT, 'gold', p.no + '.json'), 'w', encoding='utf-8') as f:
            json.dump(p.gold(), f, ensure_ascii=False, indent=1)
        print(p.no, 'written:', len(p.paras), 'paragraphs,', len(p.headings), 'headings,', len(p.noise), 'noise')


if __name__ == '__main__':
    main()
