# -*- coding: utf-8 -*-
"""Builds pages 01-05 (bytes) and gold/NN.json from speeches.py.  Run: python3 gen.py"""
import json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S1, S2, S3, S4, S5, S6, S7

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r'\{\{(PB|BR|INJ:(.*?))\}\}')

# encodings and line ends, shared with validate.py
SPEC = {
    '01': dict(enc='gb18030', bom=False, eol='\r\n'),
    '02': dict(enc='utf-8', bom=False, eol='\n'),
    '03': dict(enc='utf-8', bom=True, eol='\r\n'),
    '04': dict(enc='utf-8', bom=False, eol='\n'),
    '05': dict(enc='gbk', bom=False, eol='\n'),
}


def norm(s):
    """the scorer's norm() (minus Traditional->Simplified, no Traditional pages here)"""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


def gold_text(s):
    return MARK.sub('', s)


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines, self.titles, self.headings, self.paragraphs, self.noise = [], [], [], [], []

    def add_noise(self, s):
        s = s.strip()
        if len(norm(s)) >= 2 and s not in self.noise:
            self.noise.append(s)

    def chrome(self, *lines):
        """chrome lines: each non-empty line is one noise string"""
        for l in lines:
            self.lines.append(l)
            self.add_noise(l)

    def raw(self, *lines):
        """lines that are neither gold nor noise (blank lines, separators, salutation...)"""
        self.lines.extend(lines)

    def speech(self, sp, title_prefix='', indent='', gap=False, runin_sep='', pb=None, br='\n',
               head_indent=None, pre_lines=None):
        if head_indent is None:
            head_indent = indent
        if title_prefix:
            self.add_noise(title_prefix)
        self.lines.append(title_prefix + sp['title'])
        self.titles.append(sp['title'])
        for l in (sp['pre'] if pre_lines is None else pre_lines):
            self.lines.append(l)
        for it in sp['body']:
            if gap:
                self.lines.append('')
            if it[0] == 'h':
                self.lines.append(head_indent + it[2])
                self.headings.append({'text': it[2], 'level': it[1]})
                continue
            if it[0] == 'rh':
                _, level, head, body, cat = it[:5]
                opts = it[5] if len(it) > 5 else {}
                self.headings.append({'text': head, 'level': level})
                line = head_indent + head + runin_sep + self.render(body, pb, br)
            else:
                _, cat, body = it[:3]
                opts = it[3] if len(it) > 3 else {}
                line = indent + self.render(body, pb, br)
            self.lines.append(line)
            self.paragraphs.append({'text': gold_text(body), 'category': cat,
                                    'truncated': bool(opts.get('truncated'))})

    def render(self, s, pb, br):
        def rep(m):
            if m.group(1) == 'PB':
                return pb()
            if m.group(1) == 'BR':
                return br
            self.add_noise(m.group(2))
            return m.group(2)
        return MARK.sub(rep, s)

    def write(self, text=None):
        spec = SPEC[self.nn]
        if text is None:
            text = '\n'.join(self.lines) + '\n'
        text = text.replace('\r\n', '\n').replace('\n', spec['eol'])
        data = text.encode(spec['enc'], errors='strict')
        if spec['bom']:
            data = b'\xef\xbb\xbf' + data
        with open(os.path.join(OUT, self.nn + '.txt'), 'wb') as f:
            f.write(data)
        gold = {'file': self.nn + '.txt', 'speeches': len(self.titles), 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paragraphs, 'noise': self.noise}
        with open(os.path.join(OUT, 'gold', self.nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)


# ------------------------------------------------------------------ 01 范文 site, 精选3篇, GB18030 CRLF
def page01():
    p = Page('01')
    p.chrome('范文之家 - 专业的范文写作学习网站',
             '首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 公文范文 | 会员中心')
    p.raw('')
    p.chrome('您现在的位置：范文之家 > 讲话稿 > 领导讲话稿 > 正文')
    p.raw('')
    p.chrome('安全生产工作会议讲话稿精选3篇',
             '时间：2024-03-06 10:21:47  栏目：领导讲话稿  浏览：2317次')
    p.raw('')
    p.chrome('导读：今天我们召开全县安全生产工作会议，主要任务是总结2023年全县安全生产工作，分析当前形势，安排部署今年的工作……以下是范文之家小编为大家整理的安全生产工作会议讲话稿精选3篇，欢迎阅读与收藏。',
             '本文关键词：安全生产工作会议讲话稿，安全生产月动员讲话，季度安全例会讲话',
             '【 下载Word版 】  【 复制全文 】  【 收藏本文 】')
    p.raw('')
    p.chrome('【篇一】')
    p.speech(S1, indent='　　', head_indent='　　')
    p.raw('')
    p.chrome('▲ 写材料没思路？开通范文之家VIP，10万+精品范文免费下载 ▲')
    p.raw('')
    p.speech(S2, title_prefix='【篇二】')
    p.raw('')
    p.chrome('相关推荐：2024年全县安全生产工作会议讲话稿（通用5篇）',
             '▲ 公文写作速成班限时5折，资深笔杆子手把手带你写讲话稿 ▲')
    p.raw('')
    p.chrome('篇三：')
    p.speech(S3, indent='  ', gap=True)
    p.raw('')
    p.chrome('【 下载Word版 】  【 复制全文 】  【 收藏本文 】',
             '上一篇：在2024年全镇安全生产工作会议上的讲话',
             '下一篇：安全生产月活动总结范文（精选10篇）')
    p.raw('')
    p.chrome('相关范文',
             '在全市安全生产工作会议上的讲话',
             '县长在全县安全生产大会上的讲话稿',
             '在公司安全生产月启动仪式上的讲话',
             '在全乡第四季度安全生产例会上的讲话',
             '关于安全生产的讲话稿（汇编）')
    p.raw('')
    p.chrome('声明：本站部分文章来源于网络，版权归原作者所有，如有侵权请联系删除。',
             'Copyright © 2016-2024 范文之家 版权所有  蜀ICP备16032751号-2')
    p.write()


# ------------------------------------------------------------------ 02 文库 preview, UTF-8 LF
def page02():
    p = Page('02')
    p.chrome('道客文库', '首页 > 党政公文 > 讲话致辞 > 安全生产讲话')
    p.raw('')
    p.chrome('区安委会全体会议讲话稿.docx',
             '区安委会全体会议讲话稿',
             '★★★★★ 5.0（12人评价）',
             '页数：6页    下载次数：1,286    所需积分：8    文件大小：31.5KB',
             '上传者：清风写材料    认证：文库作者    上传时间：2024-03-19    粉丝：318',
             '【立即下载】  【加入收藏】  【举报】')
    p.raw('')
    counter = [0]

    def pb():
        counter[0] += 1
        m = '—— 第 %d 页 / 共 6 页 ——' % counter[0]
        p.add_noise(m)
        return '\n\n' + m + '\n\n'
    p.speech(S4, pb=pb, runin_sep='')
    p.raw('')
    p.chrome('试读结束，剩余3页未读，继续阅读请下载文档 >>',
             '下载文档（8积分）  |  开通VIP免费下载',
             '本文档由用户上传，版权归作者所有，如有侵权请点击举报')
    p.raw('')
    p.chrome('猜你喜欢',
             '在全区安全生产工作会议上的讲话（区长）    4页    下载 562',
             '安委会全体会议上的讲话稿范文    7页    下载 1,903',
             '区长在安委会扩大会议上的讲话材料    5页    下载 877',
             '街道第一季度安全生产例会讲话稿    3页    下载 415')
    p.raw('')
    p.chrome('关于我们 | 帮助中心 | 侵权投诉 | 文库协议',
             '© 2024 道客文库  京ICP备18077631号-3')
    p.write()


# ------------------------------------------------------------------ 03 city 应急管理局, UTF-8 BOM CRLF
def page03():
    p = Page('03')
    p.chrome('市应急管理局局长程立新在全市危险化学品安全风险集中治理推进会上的讲话_领导讲话_临峰市应急管理局',
             '无障碍 | 长者模式 | 繁體 | 手机版',
             '临峰市应急管理局',
             'LINFENG EMERGENCY MANAGEMENT BUREAU',
             '首页 | 机构概况 | 政务公开 | 应急动态 | 领导讲话 | 安全生产 | 防灾减灾 | 互动交流',
             '请输入关键字  搜索')
    p.raw('')
    p.chrome('当前位置：首页 > 应急动态 > 领导讲话')
    p.raw('')
    # the page's title is the speech title; meta line follows it, before the date line
    p.speech(S5, indent='　　', head_indent='　　', runin_sep='',
             pre_lines=['发布时间：2024-04-17 09:32    来源：市应急管理局办公室    访问量：1386    字号：[ 大 中 小 ]', ''] + S5['pre'])
    p.add_noise('发布时间：2024-04-17 09:32    来源：市应急管理局办公室    访问量：1386    字号：[ 大 中 小 ]')
    p.raw('')
    p.chrome('附件：',
             '1．临峰市危险化学品安全风险集中治理工作任务清单.docx',
             '2．重大危险源企业包保责任人名单.xlsx')
    p.raw('')
    p.chrome('扫一扫在手机打开当前页',
             '【打印本页】  【关闭窗口】',
             '上一篇：市应急管理局召开一季度安全生产形势分析会',
             '下一篇：在全市安全生产执法工作会议上的讲话')
    p.raw('')
    p.chrome('相关新闻',
             '· 全市危险化学品安全风险集中治理工作推进会召开',
             '· 市应急管理局开展化工园区安全专项督导检查',
             '· 关于开展危险化学品重大危险源专项检查的通知',
             '· 在全市安全生产执法工作会议上的讲话（程立新）')
    p.raw('')
    p.chrome('网站地图 | 联系我们 | 隐私声明',
             '主办：临峰市应急管理局    承办：临峰市应急管理局信息中心',
             '网站标识码：4311000023    湘ICP备05013689号-1    湘公网安备 43110202000148号',
             '地址：临峰市滨江大道188号    电话：0746-8312215')
    p.write()


# ------------------------------------------------------------------ 04 aggregator copy of a 公众号, UTF-8 LF
def page04():
    p = Page('04')
    p.chrome('今日看点  首页 > 教育')
    p.raw('')
    p.chrome('县教育局长开学安全会上讲话全文来了，这些要求家长也要知道！')
    p.raw('')
    p.chrome('平川教育发布', '2024-02-26 18:42 · 教育领域创作者', '+ 关注')
    p.raw('')
    p.chrome('点击上方蓝字 关注我们')
    p.raw('')
    p.chrome('原标题：在全县教育系统2024年春季开学安全工作会议上的讲话')
    p.raw('')
    p.chrome('2月26日上午，全县教育系统2024年春季开学安全工作会议召开。县教育局党组书记、局长孟庆川出席会议并讲话，对开学前后学校安全工作作出部署。现将讲话全文刊发如下，供全县教育系统干部职工学习。')
    p.raw('')
    p.chrome('▲会议现场（图片来源：县教育局）')
    p.raw('')
    # body with doubled line breaks; 展开全文 after the 3rd paragraph; stray break in one paragraph
    sp = dict(S6)
    body = list(sp['body'])
    sp['body'] = body[:3]
    p.speech(sp, gap=True, runin_sep='', br='\n\n')
    p.raw('')
    p.chrome('展开全文')
    sp2 = dict(title='', pre=[], body=body[3:])
    # continue the same speech (no title)
    for it in sp2['body']:
        p.raw('')
        if it[0] == 'rh':
            _, level, head, b, cat = it[:5]
            p.headings.append({'text': head, 'level': level})
            p.lines.append(head + p.render(b, None, '\n\n'))
        else:
            _, cat, b = it[:3]
            p.lines.append(p.render(b, None, '\n\n'))
        p.paragraphs.append({'text': gold_text(b), 'category': cat, 'truncated': False})
    p.raw('')
    p.chrome('（本文有删节）')
    p.raw('')
    p.chrome('来源：平川教育发布', '编辑：苏晓雯    审核：高建国')
    p.raw('')
    p.chrome('举报', '评论 23    点赞 156    收藏    分享')
    p.raw('')
    p.chrome('猜你喜欢',
             '开学第一课｜这些安全知识请一定转给孩子',
             '江城教育 · 2.1万阅读 · 15评论',
             '在全市教育系统安全稳定工作会议上的讲话（全文）',
             '远山融媒 · 1.3万阅读 · 8评论',
             '县长在全县安全生产工作会议上强调：守牢安全底线',
             '校长在春季开学安全工作会议上的讲话稿',
             '查看更多 >')
    p.raw('')
    p.chrome('© 2024 今日看点  京ICP证140621号  违法和不良信息举报电话：400-816-2730')
    p.write()


# ------------------------------------------------------------------ 05 简报 PDF-to-text, GBK LF with \f
WIDTH = 38
PAGE_LINES = 24


NO_START = set('，。、；：？！”’）》」』%．,.;:?!)')


def cw(c):
    return 1 if ord(c) < 0x2000 else 2


def wrap(line, width=WIDTH * 2):
    """wrap as the PDF laid the line out: CJK two units, ASCII one unit, no closing punctuation at a line start
    (it is kept on the previous line), so numbers and words are cut wherever the line is full"""
    if not line:
        return ['']
    out, cur, w = [], '', 0
    for c in line:
        if w + cw(c) > width and cur and c not in NO_START:
            out.append(cur)
            cur, w = '', 0
        cur += c
        w += cw(c)
    out.append(cur)
    return out


def page05():
    p = Page('05')
    # masthead lines (hand-wrapped chrome), then speech lines (auto-wrapped)
    head = ['', '安 全 生 产 简 报', '', '第 6 期', '',
            '青溪县安全生产委员会办公室编印                    2024年6月12日',
            '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
            '【编者按】6月5日，我县召开汛期安全生产暨防汛减灾工作会',
            '议，副县长邵明远出席会议并讲话。现将讲话全文刊发，请各乡',
            '镇、各有关部门认真学习，抓好贯彻落实。', '']
    for l in head:
        p.chrome(l)
    n0 = len(p.lines)
    p.speech(S7, indent='　　', head_indent='　　')
    speech_lines = p.lines[n0:]
    p.lines = p.lines[:n0]
    # centre the title and the speaker/date lines, as a PDF extraction keeps them
    speech_lines[0] = ' ' * 8 + speech_lines[0]
    speech_lines[1] = ' ' * 16 + speech_lines[1]
    speech_lines[2] = ' ' * 14 + speech_lines[2]
    body = []
    for l in speech_lines:
        body.extend(wrap(l))
    tail = ['', '（根据录音整理，未经本人审阅）', '',
            '━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
            '报送：市安委办，县委、县人大、县政府、县政协主要领导。',
            '抄送：县安委会各成员单位，各乡镇人民政府、街道办事处。',
            '青溪县安委办                              2024年6月12日印发',
            '（共印80份）']
    for l in tail:
        p.add_noise(l)
    flat = p.lines + body + tail
    pages = []
    first = PAGE_LINES + 4
    pages.append(flat[:first])
    rest = flat[first:]
    while rest:
        pages.append(rest[:PAGE_LINES])
        rest = rest[PAGE_LINES:]
    total = len(pages)
    header = '青溪县安全生产简报                                      2024年第6期'
    p.add_noise(header)
    out = []
    for i, pg in enumerate(pages, 1):
        lines = []
        if i > 1:
            lines += [header, '']
        lines += pg
        foot = '第 %d 页 共 %d 页' % (i, total)
        p.add_noise(foot)
        lines += ['', foot]
        out.append('\n'.join(lines) + '\n')
    text = '\f'.join(out) + '\f'
    p.write(text)


if __name__ == '__main__':
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    page01(); page02(); page03(); page04(); page05()
    print('wrote 01-05')
