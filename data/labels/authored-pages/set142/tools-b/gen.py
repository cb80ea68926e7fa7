# -*- coding: utf-8 -*-
"""Builds pages 06-10 (bytes) and their gold labels from speeches.py / p10_trad.json.
usage: python3 gen.py            (writes ../NN.txt, ../gold/NN.json, manifest.json)
All chrome below is invented; every chrome line that a reader would want gone goes into noise.
"""
import json
import os

import speeches as S

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# page -> (python codec, line end, description)
ENC = {
    '06': ('utf-8', '\n', 'UTF-8, LF'),
    '07': ('gbk', '\r\n', 'GBK, CRLF'),
    '08': ('utf-8-sig', '\r\n', 'UTF-8 with BOM, CRLF'),
    '09': ('utf-8', '\n', 'UTF-8, LF, form feeds'),
    '10': ('utf-8', '\n', 'UTF-8, LF (Traditional)'),
}


class Page:
    def __init__(self, speech):
        self.lines = []
        self.noise = []
        self.s = speech
        self.gold = dict(titles=[speech['title']], headings=[], paragraphs=[])

    def chrome(self, line, noise=True):
        """a chrome line; noise=True lists the stripped line, a str lists that part, False lists nothing"""
        self.lines.append(line)
        if noise is True and line.strip():
            self.add_noise(line.strip())
        elif isinstance(noise, str):
            self.add_noise(noise)

    def add_noise(self, s):
        if s not in self.noise:
            self.noise.append(s)

    def raw(self, line):
        self.lines.append(line)

    def blank(self, n=1):
        self.lines.extend([''] * n)

    def gold_heading(self, text, level):
        self.gold['headings'].append(dict(text=text, level=level))

    def gold_para(self, text, cat, truncated=False):
        self.gold['paragraphs'].append(dict(text=text, category=cat, truncated=truncated))

    def speech_items(self):
        """yields (kind, level_or_cat, heading, body, cat) and records gold as it goes"""
        for it in self.s['body']:
            if it[0] == 'P':
                self.gold_para(it[2], it[1])
                yield ('P', it[1], None, it[2])
            else:
                _, lvl, head, body, cat = it
                self.gold_heading(head, lvl)
                if body:
                    self.gold_para(body, cat)
                yield ('H', lvl, head, body)

    def write(self, nn, text=None):
        codec, eol, _ = ENC[nn]
        if text is None:
            text = eol.join(self.lines) + eol
        data = text.encode(codec)
        with open(os.path.join(OUT, nn + '.txt'), 'wb') as f:
            f.write(data)
        g = dict(file=nn + '.txt', speeches=len(self.gold['titles']), titles=self.gold['titles'],
                 headings=self.gold['headings'], paragraphs=self.gold['paragraphs'], noise=self.noise)
        with open(os.path.join(OUT, 'gold', nn + '.json'), 'w', encoding='utf-8') as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ---------------------------------------------------------------- 06 Sohu account article
def page06():
    p = Page(S.S06)
    c = p.chrome
    c('搜狐首页')
    c('新闻　体育　汽车　房产　旅游　教育　时尚　科技　财经　娱乐　母婴　更多')
    c('登录　　写文章')
    p.blank()
    c('区长罗文澍在全区安全生产暨防汛工作会议上的讲话（全文）')
    c('江汀发布')
    c('2024-05-17 18:42 发布于福建')
    c('江汀区人民政府新闻办公室官方账号　文章 2,317　总阅读 96.4万')
    c('+关注')
    p.blank()
    c('导读｜今天，我们召开全区安全生产暨防汛工作会议，主要任务是贯彻落实市安委会全体会议精神……', '导读｜今天，我们召开')
    p.blank()
    c('▲5月16日下午，全区安全生产暨防汛工作会议召开。图片来源：江汀区融媒体中心')
    p.blank()
    c('5月16日下午，全区安全生产暨防汛工作会议召开，区委副书记、区长罗文澍出席会议并讲话，副区长邹鸣主持。现将讲话全文刊发如下。')
    p.blank()
    c('— 讲话全文 —')
    p.blank()
    p.raw(p.s['title'])
    p.raw(p.s['speaker'][0] + p.s['speaker'][1])      # speaker and date lost their break
    p.blank()
    p.raw(p.s['salutation'])
    p.blank()
    n_runin = 0
    for kind, x, head, body in p.speech_items():
        if kind == 'P':
            p.raw(body)
        elif body:
            p.raw(head + body)
            n_runin += 1
            if n_runin == 2:                           # Sohu folds long articles here
                p.blank()
                c('展开全文')
        else:
            p.raw(head)
        p.blank()
    c('来源｜江汀区融媒体中心')
    c('编辑｜林一苇　审核｜蔡恒')
    p.blank()
    c('返回搜狐，查看更多')
    p.blank()
    c('平台声明：文章内容与观点由作者负责，搜狐号作为信息发布平台，仅提供信息存储与展示服务。')
    c('阅读 (3216)')
    c('责任编辑：')
    c('投诉')
    p.blank()
    c('相关推荐')
    c('在全区安全生产工作会议上的讲话（2023年度）')
    c('副区长在全区防汛工作部署会上的讲话要点')
    c('江汀：多部门联合开展燃气安全入户检查')
    c('一图读懂｜汛期来了，这份避险指南请收好')
    p.blank()
    c('今日搜狐热点')
    c('搜狐号推荐　　意见反馈　　举报中心')
    c('Copyright © 2024 Sohu All Rights Reserved. 搜狐公司 版权所有')
    p.write('06')


# ---------------------------------------------------------------- 07 OA export
def page07():
    p = Page(S.S07)
    c = p.chrome
    c('泓川能源集团协同办公平台　发文处理单（文本导出）')
    c('导出时间：2024-06-04 09:17:35　　导出人：陆小蔓')
    c('――――――――――――――――――――――――――――――――――――', False)
    c('标　　题：关于印发汪启明总经理在公司2024年“安全生产月”活动启动大会上讲话的通知')
    c('文件类型：发文　　密级：普通　　缓急：一般')
    c('文　　号：泓川安〔2024〕26号')
    c('拟稿部门：安全环保部　　拟 稿 人：宋佳怡　　拟稿日期：2024-06-03')
    c('核 稿 人：邵立新　　核稿日期：2024-06-03')
    c('审 核 人：陈劲松（安全总监）　　审核日期：2024-06-04')
    c('签 发 人：汪启明　　签发日期：2024-06-04')
    c('主　　送：集团各部门，各子（分）公司，各项目部')
    c('抄　　送：集团领导班子成员')
    c('――――――――――――――――――――――――――――――――――――', False)
    c('【正文】')
    c('各部门、各子（分）公司、各项目部：')
    c('　　现将汪启明总经理在公司2024年“安全生产月”活动启动大会上的讲话印发给你们，请认真学习，结合实际抓好落实。')
    c('　　　　　　　　　　　　　　　　　　泓川能源集团有限公司')
    c('　　　　　　　　　　　　　　　　　　　　2024年6月4日')
    p.blank()
    p.raw('　　　　' + p.s['title'])
    p.raw('　　　　　　　　　　' + p.s['speaker'][0])
    p.raw('　　　　　　　　　　' + p.s['speaker'][1])
    p.raw(p.s['salutation'])
    for kind, x, head, body in p.speech_items():
        if kind == 'P':
            p.raw('　　' + body)
        elif body:
            p.raw('　　' + head + body)
        else:
            p.raw('　　' + head)
    p.blank()
    c('【附件】')
    c('1．2024年“安全生产月”活动方案.doc（56KB）')
    c('2．安全生产月活动任务分解表.xls（31KB）')
    c('――――――――――――――――――――――――――――――――――――', False)
    c('【审批意见】')
    c('核稿意见：已核，格式无误。　　邵立新　　2024-06-03 17:42')
    c('审核意见：同意印发，请安全环保部跟踪各单位落实情况。　　陈劲松　　2024-06-04 08:55')
    c('签发意见：同意。　　汪启明　　2024-06-04 09:06')
    c('【流转记录】')
    c('序号\t处理人\t处理环节\t到达时间\t处理时间\t状态')
    c('1\t宋佳怡\t拟稿\t2024-06-03 16:02\t2024-06-03 16:20\t已提交')
    c('2\t邵立新\t核稿\t2024-06-03 16:20\t2024-06-03 17:42\t已处理')
    c('3\t陈劲松\t审核\t2024-06-03 17:42\t2024-06-04 08:55\t已处理')
    c('4\t汪启明\t签发\t2024-06-04 08:55\t2024-06-04 09:06\t已处理')
    c('5\t陆小蔓\t分发\t2024-06-04 09:06\t\t办理中')
    c('第 1 页　共 1 页')
    p.write('07')


# ---------------------------------------------------------------- 08 Q&A page
def page08():
    p = Page(S.S08)
    c = p.chrome
    c('百度知道　首页　问题分类　知道日报　知道大数据　我要提问')
    c('百度知道 > 社会民生 > 其他社会话题')
    p.blank()
    c('求一篇镇里三季度安全生产例会的领导讲话稿，急！！')
    c('明天就要用，书记让我写个讲话，乡镇的，要有形势、有隐患排查、有责任落实，一千字左右就行，谢谢各位大神')
    c('匿名用户　|　浏览2871次')
    c('我有更好的答案')
    p.blank()
    c('最佳答案')
    c('推荐于2023-07-06 14:22:18')
    p.blank()
    c('给你找了一篇我们镇上个季度例会用的，书记讲的，你把镇名和数字改一下就能用：')
    c('展开全部')
    p.blank()
    p.raw(p.s['title'])
    p.blank()
    p.raw(p.s['speaker'][0] + '　' + p.s['speaker'][1])
    first = True
    for kind, x, head, body in p.speech_items():
        if kind == 'P':
            if first:                                   # salutation glued to the opening (lost break)
                p.blank()
                p.raw(p.s['salutation'] + body)
                first = False
            else:
                p.raw(body)
        elif body:
            p.blank()                                   # headings get a blank line before them, bodies don't
            p.raw(head + body)
        else:
            p.raw(head)
    p.blank()
    c('以上，纯手打不易，望采纳。有不明白的可以追问。')
    p.blank()
    c('本回答由提问者推荐')
    c('举报　|　答题者：枫林晚渡　|　采纳率：87%　|　擅长：公文写作　社会民生')
    p.blank()
    c('追问')
    c('能不能加点防汛的内容？我们这边七月雨多')
    c('追答')
    c('第三部分防汛那段你再展开一下就行，加上转移群众、巡查河堤这些')
    c('追问')
    c('好的谢谢！')
    p.blank()
    c('其他回答（2）')
    c('季度安全例会讲话一般分三块：一是总结上季度安全工作，二是分析当前存在的问题，三是部署下季度重点工作。网上范文很多，你可以搜“季度安全例会讲话稿”参考一下。')
    c('热心网友　|　2023-07-05 21:03')
    c('赞 12　踩 3')
    p.blank()
    c('去文库搜一下，很多的，改改就能用')
    c('风吹麦浪2019　|　2023-07-05 22:47')
    c('赞 2')
    p.blank()
    c('相关问题')
    c('三季度安全生产例会上的讲话　12个回答')
    c('在全镇安全生产工作会议上的讲话稿范文　8个回答')
    c('乡镇安全例会主持词怎么写　3个回答')
    c('安全生产例会会议记录怎么写？　5个回答')
    p.blank()
    c('为你推荐：')
    c('特别推荐　公文写作不求人！讲话稿、汇报材料一键生成，点击立即体验>>')
    p.blank()
    c('©2023 Baidu　知道协议　意见反馈　京ICP证041286号')
    p.write('08')


# ---------------------------------------------------------------- 09 PDF copy of a county government file
PDF_COLS = 28
PDF_ROWS = 22
CLOSERS = '，。、；：！？）”’」%'


def _w(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text, indent='　　', cols=PDF_COLS):
    """hard-wrap like pdftotext on a GB/T 9704 page: 28 full-width characters a line"""
    out, cur, width = [], indent, sum(_w(ch) for ch in indent)
    for ch in text:
        if width + _w(ch) > cols and ch not in CLOSERS:     # closing punctuation may hang past the margin
            out.append(cur)
            cur, width = '', 0.0
        cur += ch
        width += _w(ch)
    if cur:
        out.append(cur)
    return out


def page09():
    p = Page(S.S09)
    c = p.chrome
    # the notice pages (chrome), as logical lines; each entry: (text, noise) or list of wrapped lines
    body_lines = []          # (line, kind): kind 'c' chrome line listed whole, 'n' part of a listed block, 's' speech

    def chrome_block(text, indent='　　'):
        for ln in wrap(text, indent):
            body_lines.append((ln, 'n'))
        p.add_noise(text)

    def cl(line, noise=True):
        body_lines.append((line, 'c' if noise else 'x'))
        if noise is True and line.strip():
            p.add_noise(line.strip())
        elif isinstance(noise, str):
            p.add_noise(noise)

    cl('')
    cl('　　　　　青峪县人民政府办公室文件')
    cl('')
    cl('青政办发〔2024〕9号　　　　　　　　　签发人：钱立群')
    cl('━━━━━━━━━━━━━━━━━━━━━━━━━━━━', False)
    cl('')
    cl('　　　　　　　青峪县人民政府办公室')
    notice_title = '关于印发龚建锋同志在全县安全生产工作会议上的讲话的通知'
    body_lines.append(('　　' + notice_title[:21], 'n'))        # centred two-line title
    body_lines.append(('　　　　　　　　　　　' + notice_title[21:], 'n'))
    p.add_noise(notice_title)
    cl('')
    cl('各乡镇人民政府，县政府各部门，县直各单位：')
    chrome_block('经县政府同意，现将县委副书记、县长龚建锋同志在全县安全生产工作会议上的讲话印发给你们，请结合实际，认真抓好贯彻落实。')
    cl('')
    chrome_block('附件：龚建锋同志在全县安全生产工作会议上的讲话')
    cl('')
    cl('')
    cl('　　　　　　　　　　　青峪县人民政府办公室')
    cl('　　　　　　　　　　　　　2024年3月8日')
    cl('　　（此件公开发布）')
    body_lines.append(('\f', 'break'))
    cl('附件')
    cl('')
    t = p.s['title']
    body_lines.append(('　　　　　' + t[:11], 's'))          # the centred title wraps in two
    body_lines.append(('　　　　　　　　　　　' + t[11:], 's'))
    body_lines.append(('', 's'))
    body_lines.append(('　　　　　　　' + p.s['speaker'][0], 's'))
    body_lines.append(('　　　　　　　　　' + p.s['speaker'][1], 's'))
    body_lines.append(('', 's'))
    body_lines.append((p.s['salutation'], 's'))
    for kind, x, head, body in p.speech_items():
        text = body if kind == 'P' else (head + body if body else head)
        for ln in wrap(text):
            body_lines.append((ln, 's'))
    body_lines.append(('\f', 'break'))
    # the 版记 on its own last page
    for _ in range(PDF_ROWS - 5):
        cl('')
    cl('━━━━━━━━━━━━━━━━━━━━━━━━━━━━', False)
    chrome_block('抄送：县委办公室，县人大常委会办公室，县政协办公室，县法院，县检察院。', '　')
    cl('━━━━━━━━━━━━━━━━━━━━━━━━━━━━', False)
    cl('　青峪县人民政府办公室　　　　　　　2024年3月8日印发')

    # paginate: 22 rows a page, page number under each page, odd right / even left, \f between pages
    pages, cur = [], []
    for ln, kind in body_lines:
        if kind == 'break':
            pages.append(cur)
            cur = []
            continue
        if len(cur) == PDF_ROWS:
            pages.append(cur)
            cur = []
        cur.append(ln)
    if cur:
        pages.append(cur)
    out = []
    for i, pg in enumerate(pages, 1):
        while pg and pg[-1] == '':
            pg = pg[:-1]
        num = '— %d —' % i
        numline = ('　' * 22 + num) if i % 2 else ('　' + num)
        out.append('\n'.join(pg) + '\n\n' + numline + '\n')
    text = '\f'.join(out)
    p.write('09', text)


# ---------------------------------------------------------------- 10 Hong Kong mirror, Traditional
def page10():
    with open(os.path.join(HERE, 'p10_trad.json'), encoding='utf-8') as f:
        s = json.load(f)
    q = lambda x: x.replace('“', '「').replace('”', '」') if isinstance(x, str) else x
    s = dict(title=q(s['title']), speaker=[q(x) for x in s['speaker']], salutation=q(s['salutation']),
             body=[[q(v) if (i >= 2) else v for i, v in enumerate(it)] for it in s['body']])
    p = Page(s)
    c = p.chrome
    c('港聞速遞 GangMan Express')
    c('简 | 繁')
    c('首頁　港聞　兩岸　內地　國際　財經　體育　娛樂　生活　熱門')
    c('登入 / 註冊　　訂閱電子報')
    p.blank()
    c('內地 > 政策')
    p.blank()
    c('嵐澄市長岑志遠：安全生產形勢依然嚴峻　全力防範化解重大風險')
    c('2024年2月27日 星期二 10:35　來源：網絡綜合')
    c('分享到：Facebook　WhatsApp　Twitter　微信　電郵　列印')
    c('字體：小　中　大')
    p.blank()
    c('摘要：今天召開市安委會全體（擴大）會議，主要是貫徹落實全國、全省安全生產電視電話會議精神……', '摘要：今天召開市安委會')
    p.blank()
    p.raw(s['title'])
    p.blank()
    p.raw(s['speaker'][0])
    p.raw(s['speaker'][1])
    p.blank()
    p.raw(s['salutation'])
    p.blank()
    inject = '（港聞速遞 gangman.hk）'
    glue = False
    for kind, cat, head, body in p.speech_items():
        if kind == 'P':
            if cat == '隐患排查':                            # watermark injected mid-sentence
                k = body.index('餐飲場所') + 4
                body = body[:k] + inject + body[k:]
                p.add_noise(inject)
            if glue:                                        # lost line break: heading runs into its paragraph
                p.lines[-1] += ' ' + body
                glue = False
            else:
                p.raw(body)
            p.blank()
            if cat == '思想认识':
                c('【廣告】港島南區海景新盤　首期低至5%　即睇詳情 >>')
                p.blank()
            if cat == '应急管理':
                c('延伸閱讀：市長在全市防汛工作會議上的講話（全文）')
                p.blank()
        elif head.startswith('（二）'):
            p.raw(head)
            glue = True
        else:
            p.raw(head)
            p.blank()
    c('（完）', False)                                   # chrome, but a single character after norm()
    c('責任編輯：區嘉欣')
    c('免責聲明：本網轉載之文章僅供參考，不代表本網立場。如涉及版權問題，請聯絡本網刪除。')
    c('分享到：Facebook　WhatsApp')
    p.blank()
    c('熱門')
    c('1　天文台：周四起轉涼　新界低至12度')
    c('2　在全市安全生產工作會議上的講話（全文）')
    c('3　港鐵新線下月試運　沿線居民關注噪音')
    c('4　內地多省部署節後復工安全檢查')
    c('5　本港一月零售額按年升4.1%')
    p.blank()
    c('相關新聞')
    c('應急管理部：節後復工復產須嚴防事故反彈')
    c('嵐澄臨港化工園區開展安全大體檢')
    p.blank()
    c('廣告')
    c('專業裝修一條龍　免費上門報價　WhatsApp 6123 4567')
    p.blank()
    c('© 2024 港聞速遞 版權所有　|　私隱政策　|　聯絡我們　|　廣告查詢 (852) 2789 0123')
    p.write('10')


if __name__ == '__main__':
    page06()
    page07()
    page08()
    page09()
    page10()
    with open(os.path.join(HERE, 'manifest.json'), 'w', encoding='utf-8') as f:
        json.dump({k: dict(codec=v[0], eol=v[1], desc=v[2]) for k, v in ENC.items()}, f, ensure_ascii=False, indent=1)
    print('written 06-10')
