# -*- coding: utf-8 -*-
"""Builds pages 06-10 and gold/06-10.json of set145 from speeches.py.

usage: python3 gen.py            (writes ../06.txt … ../10.txt and ../gold/06.json … ../gold/10.json)

Each render_NN() returns (text, noise, speeches) where text is the page as a str with '\n'
line ends, noise the chrome strings in page order, speeches the effective speech dicts
(after page-specific changes such as OCR slips) from which the gold is built.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

# encoding and line ends per page
FORMAT = {
    '06': ('utf-8', '\r\n'),        # PDF viewer copy pasted into Notepad
    '07': ('gb18030', '\r\n'),      # OCR software saving "ANSI" text on a Chinese Windows
    '08': ('utf-16-le-bom', '\r\n'),  # Word: 另存为纯文本, encoding "Unicode"
    '09': ('utf-8', '\n'),          # mail client "save as text"
    '10': ('utf-8-sig', '\r\n'),    # WPS export, UTF-8 with BOM
}

NO_START = '，。、；：！？）”’》」』%,.;:!?)'


def wrap(text, width, indent=''):
    """Hard wrap like a PDF layout engine: never start a line with closing punctuation,
    never split a run of ASCII letters/digits."""
    s = indent + text
    lines, cur = [], ''
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else ''
        if len(cur) >= width and ch not in NO_START and not (ch.isascii() and ch.isalnum() and prev.isascii() and prev.isalnum()):
            lines.append(cur)
            cur = ''
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def block_lines(sp):
    """Yield ('h'|'p'|'hp', text) units in reading order, gluing run-in headings to their paragraph."""
    out = []
    blocks = sp['blocks']
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b['k'] == 'h' and b['runin']:
            nxt = blocks[i + 1]
            assert nxt['k'] == 'p'
            out.append(('hp', b['text'] + nxt['text']))
            i += 2
            continue
        out.append((b['k'], b['text']))
        i += 1
    return out


# ====================================================================== 06
def render_06():
    """PDF compilation copied from a viewer: hard wraps at ~30 characters, running header,
    a watermark text layer, 第N页 共M页 footers; page breaks fall inside paragraphs; the
    second speech starts on a new page; titles wrapped because of the large title font."""
    sps = [copy.deepcopy(s) for s in S.PAGES['06']]
    header = '澄岭县安全生产会议讲话材料汇编'
    watermark = '澄岭县安委办 内部资料 请勿外传'
    per_page = 26

    def speech_lines(sp):
        ls = wrap(sp['title'], 18)
        ls += sp['meta'] + [sp['salutation']]
        for kind, t in block_lines(sp):
            ls += wrap(t, 30, '　　')
        return ls

    # paginate each speech separately (the second starts on a fresh page)
    pages = []  # list of (lines, is_cover)
    starts = []
    for sp in sps:
        ls = speech_lines(sp)
        starts.append(len(pages) + 2)  # page 1 is the cover
        for k in range(0, len(ls), per_page):
            pages.append(ls[k:k + per_page])
    total = len(pages) + 1
    cover = [
        header,
        '（2024年上半年）',
        '澄岭县安全生产委员会办公室　编',
        '2024年5月',
        '目　　录',
        '一、在县安全生产委员会2024年第一次全体会议上的讲话（韦承志）……………%d' % starts[0],
        '二、在全县道路交通和建筑施工安全专项整治推进会上的讲话（郑若岚）……%d' % starts[1],
    ]
    noise = list(cover)
    out = []
    out += cover
    out.append('第 1 页 共 %d 页' % total)
    noise.append(out[-1])
    for n, pl in enumerate(pages, start=2):
        out.append(header)
        body = list(pl)
        if len(body) > 10:
            body.insert(10, watermark)
        out += body
        out.append('第 %d 页 共 %d 页' % (n, total))
        noise.append(out[-1])
    noise.append(watermark)
    # the case this page tests: at least one page ends in the middle of a sentence
    assert any(not pl[-1].endswith(('。', '！', '：', '）')) for pl in pages[:-1])
    return '\n'.join(out) + '\n', noise, sps


# ====================================================================== 07
OCR_SLIPS_07 = [
    # (where, old, new): OCR misreads of punctuation in the printed original
    ('salutation', '同志们：', '同志们:'),
    ('text', '“零发生”', '"零发生”'),
    ('text', '七成以上，又有', '七成以上.又有'),
    ('text', '严禁携带火种进山。镇森林', '严禁携带火种进山,镇森林'),
    ('text', '二、抓住关键', '二.抓住关键'),
    ('text', '（二）抓好隐患排查。', '(二）抓好隐患排查。'),
    ('text', '党政同责、一岗双责', '党政同责,一岗双责'),
    ('text', '涉及谁，都要', '涉及谁;都要'),
]


def render_07():
    """OCR of a printed speech (4 printed pages, 28 characters a printed line).  The OCR tool
    joins printed lines into paragraphs within a page, so a paragraph that runs over a page
    end comes out as two lines separated by the page number "- N -".  A few punctuation marks
    are misread, the large letter-spaced title comes out with spaces, and the office seal on
    the last page leaves a stray line."""
    sp = copy.deepcopy(S.PAGES['07'][0])
    used = set()
    for where, old, new in OCR_SLIPS_07:
        if where == 'salutation':
            assert sp['salutation'] == old
            sp['salutation'] = new
            used.add(old)
            continue
        for b in sp['blocks']:
            if old in b['text']:
                b['text'] = b['text'].replace(old, new)
                used.add(old)
    assert len(used) == len(OCR_SLIPS_07), 'an OCR slip did not apply'

    header = '石坪镇2024年安全生产暨森林防火工作会议材料之一'
    seal = '⊙中共石坪镇委员会办公室⊙'
    trailer = '（根据录音整理，未经本人审阅）'
    width = 28
    # printed lines: (unit index, text) ; unit = one paragraph-or-heading line of the original
    units = []
    units.append(('title', ' '.join(sp['title'])))
    units += [('meta', m) for m in sp['meta']]
    units.append(('sal', sp['salutation']))
    for kind, t in block_lines(sp):
        units.append((kind, t))
    printed = []  # (unit_no, piece)
    for ui, (kind, t) in enumerate(units):
        if kind in ('title', 'meta', 'sal'):
            printed.append((ui, t))
        else:
            for piece in wrap(t, width, '　　'):
                printed.append((ui, piece))
    # page 1 carries the header and a larger title: fewer body lines.  A4 pages hold
    # 20-23 printed lines depending on the template; take the first size for which a page
    # ends inside a paragraph, in the middle of a sentence (the case this page tests).
    def paginate(per_page):
        pages, k, cap = [], 0, per_page - 4
        while k < len(printed):
            pages.append(printed[k:k + cap])
            k += cap
            cap = per_page
        return pages

    def mid_breaks(pages):
        n = 0
        for a, b in zip(pages, pages[1:]):
            if a[-1][0] == b[0][0] and not a[-1][1].endswith(('。', '！', '；', '：')):
                n += 1
        return n

    for per_page in (22, 21, 23, 20):
        pages = paginate(per_page)
        if mid_breaks(pages):
            break
    assert mid_breaks(pages), 'no page break inside a paragraph'
    out, noise = [header, ''], [header]
    for pn, pl in enumerate(pages, start=1):
        # OCR joins printed lines of the same unit on the same page
        cur_u, buf = None, []
        for ui, piece in pl:
            if ui != cur_u and buf:
                out.append(''.join(buf))
                buf = []
            cur_u = ui
            buf.append(piece.strip('　') if not buf else piece)
        if buf:
            out.append(''.join(buf))
        if pn == len(pages):
            # seal stamped over the lower part of the last page, between two paragraphs
            out.insert(len(out) - 1, seal)
            out.append(trailer)
        out += ['', '- %d -' % pn, '']
        noise.append('- %d -' % pn)
    noise += [seal, trailer]
    # leading/trailing spaces on OCR lines: drop
    return '\n'.join(out).rstrip('\n') + '\n', noise, [sp]


# ====================================================================== 08
def render_08():
    """Word document saved as plain text (Unicode).  The automatic numbering of the level-1
    headings (一、二、三、) was lost; the level-2 ones were typed by hand and survive, run-in.
    The approval form at the top and the attached schedule were tables and became
    tab-separated lines; a manual line break splits one paragraph."""
    sp = copy.deepcopy(S.PAGES['08'][0])
    pre = [
        '江禾新材料股份有限公司文稿审批单',
        '文稿名称\t在公司2024年“安全生产月”活动动员大会上的讲话\t密级\t内部',
        '拟稿部门\t安全环保部\t拟稿人\t陶晓军',
        '核稿\t王继红\t签发\t贺立峰',
        '印发范围\t公司领导班子成员，各部门、各车间负责人',
        '（初稿，请贺总审阅后定稿；讲话时长约12分钟）',
    ]
    post = [
        '附件',
        '2024年“安全生产月”重点活动安排表',
        '序号\t活动内容\t时间\t责任部门',
        '1\t全员安全知识考试\t6月5日—6月15日\t安全环保部',
        '2\t隐患排查治理“回头看”\t6月全月\t各车间、储运部',
        '3\t储罐区泄漏着火综合应急演练\t6月18日\t储运部、安全环保部',
        '4\t“安全生产月”活动总结评比\t6月28日\t安全环保部',
    ]
    out = list(pre) + ['']
    out.append(sp['title'])
    out += sp['meta']
    out.append(sp['salutation'])
    split_at = '共查出各类隐患147项，'
    for kind, t in block_lines(sp):
        if split_at in t:
            a, b = t.split(split_at)
            out += [a + split_at, b]  # manual line break (Shift+Enter) inside the paragraph
        else:
            out.append(t)
    out.append('')
    out += post
    noise = pre + post
    return '\n'.join(out) + '\n', noise, [sp]


# ====================================================================== 09
def render_09():
    """E-mail: a reply on top of a forward; the forwarded draft speech is quoted with '> ',
    hard-wrapped by the mail client at 36 characters.  The reply's own numbered comments
    look like level-3 headings."""
    sp = copy.deepcopy(S.PAGES['09'][0])
    top = [
        '发件人: 陈慕远 <chenmuyuan@tc2zhi-mail.cn>',
        '发送时间: 2024年8月28日\u00a0星期三 上午8:47',
        '收件人: 周晓彤 <zhouxiaotong@tc2zhi-mail.cn>',
        '抄送: 杜卫国 <duweiguo@tc2zhi-mail.cn>',
        '主题: 回复：转发：开学安全工作会议讲话稿（送审稿）',
    ]
    reply = [
        '晓彤：',
        '稿子看过了，总体可以。几处意见：',
        '1. 第二部分加上实训车间的内容，我已经在下面直接改了；',
        '2. 上学期那几件事不要点具体学生和班级；',
        '3. 会议定在30号下午两点半，请通知各系主任和班主任代表参加。',
        '陈慕远\u00a0\u00a0|\u00a0\u00a0桐川市第二职业技术学校 校长',
        '办公电话：0596-3318724',
    ]
    q_head = [
        '在 2024-08-27 17:32，"周晓彤" <zhouxiaotong@tc2zhi-mail.cn> 写道：',
    ]
    q_msg = [
        '陈校长：',
        '总务处杜主任起草的开学安全工作会议讲话稿转给您，请审阅。全文贴在下面，Word版见附件。',
        '周晓彤 校长办公室',
        '---------- 转发的邮件 ----------',
        '发件人: 杜卫国 <duweiguo@tc2zhi-mail.cn>',
        '日期: 2024年8月27日 周二 15:06',
        '主题: 开学安全工作会议讲话稿（送审稿）',
        '收件人: 周晓彤 <zhouxiaotong@tc2zhi-mail.cn>',
        '晓彤：讲话稿初稿如下，麻烦转校长审定。',
    ]
    q_tail = [
        '杜卫国',
        '总务处　分机 8026',
        '附件：开学安全讲话（送审稿）.docx（28.6 KB）',
    ]
    footer = [
        '本邮件及其附件仅供指定收件人使用，如您误收本邮件，请立即删除并通知发件人。',
    ]
    out = top + ['', reply[0], ''] + reply[1:5] + [''] + reply[5:7] + ['']
    out += q_head
    q = ['陈校长：', '', q_msg[1], '', q_msg[2], '', q_msg[3]] + q_msg[4:8] + ['', q_msg[8], '']
    q.append(sp['title'])
    q += sp['meta']
    q.append(sp['salutation'])
    for kind, t in block_lines(sp):
        q += wrap(t, 36)
        q.append('')
    q += q_tail
    for ln in q:
        out.append(('> ' + ln) if ln else '>')
    out.append('')
    out += footer
    noise = top + reply + q_head + q_msg + q_tail + footer
    return '\n'.join(out) + '\n', noise, [sp]


# ====================================================================== 10
def render_10():
    """会议纪要 that first records the meeting (its own 会议认为/会议要求 paragraphs look like
    speech), then gives the director's speech in full, then 参会人员 and 抄送 lines."""
    sp = copy.deepcopy(S.PAGES['10'][0])
    ind = '\u3000\u3000'
    head = [
        '鹭汀经济开发区管理委员会',
        '会　议　纪　要',
        '〔2024〕第11期',
        '鹭汀经济开发区管委会办公室\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年7月10日',
        '关于园区危险化学品企业安全生产专题会议的纪要',
    ]
    record = [
        ind + '2024年7月9日上午，管委会主任许振声在管委会四楼第一会议室主持召开园区危险化学品企业安全生产专题会议，研究部署汛期园区危险化学品企业安全生产工作。园区安全监管局通报了上半年安全检查情况，金澜化工、鼎晟新材料、瑞港物流三家企业负责人作了表态发言。',
        ind + '会议认为，上半年园区安全生产形势总体稳定，但部分企业隐患整改不及时、外包作业管理不规范等问题依然突出，进入汛期后安全风险不容忽视。',
        ind + '会议要求，各企业要切实履行主体责任，限期完成隐患整改；安全监管局要加强执法检查，对整改不力的企业依法处理；各部门要做好主汛期应急值守工作。',
        ind + '许振声主任在会上作了讲话，现将讲话全文印发，请认真贯彻落实。',
        '以下为讲话全文：',
    ]
    tail = [
        ind + '参会人员：许振声，管委会副主任龚学林、欧阳澜，园区安全监管局、经济发展局、规划建设局、消防救援站主要负责人，园区12家危险化学品重点企业主要负责人。',
        ind + '请假人员：管委会副主任蔡明远（公务）。',
        ind + '记录：园区安全监管局　庞小雯',
        ind + '抄送：区委办公室，区政府办公室，区应急管理局，区消防救援大队。',
        '鹭汀经济开发区管委会办公室\u3000\u3000\u3000\u3000\u3000\u3000\u30002024年7月10日印发',
        '（共印30份）',
    ]
    out = list(head) + list(record)
    out.append('\u3000\u3000\u3000' + sp['title'])
    out += ['\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000' + m for m in sp['meta']]
    out.append(sp['salutation'])
    for kind, t in block_lines(sp):
        out.append(ind + t)
    out += tail
    noise = head + [x.strip('\u3000') for x in record] + [x.strip('\u3000') for x in tail]
    return '\n'.join(out) + '\n', noise, [sp]


RENDER = {'06': render_06, '07': render_07, '08': render_08, '09': render_09, '10': render_10}


def encode(text, page):
    enc, eol = FORMAT[page]
    text = text.replace('\n', eol)
    if enc == 'utf-16-le-bom':
        return b'\xff\xfe' + text.encode('utf-16-le')
    return text.encode(enc)


def gold_of(page, noise, sps):
    g = {'file': page + '.txt', 'speeches': len(sps), 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}
    for sp in sps:
        g['titles'].append(sp['title'])
        for b in sp['blocks']:
            if b['k'] == 'h':
                g['headings'].append({'text': b['text'], 'level': b['level']})
            else:
                g['paragraphs'].append({'text': b['text'], 'category': b['cat'], 'truncated': False})
    seen = set()
    for n in noise:
        n = n.strip()
        if n and n not in seen:
            seen.add(n)
            g['noise'].append(n)
    return g


def build(page):
    text, noise, sps = RENDER[page]()
    return text, noise, sps


def main():
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    for page in RENDER:
        text, noise, sps = build(page)
        with open(os.path.join(OUT, page + '.txt'), 'wb') as f:
            f.write(encode(text, page))
        with open(os.path.join(OUT, 'gold', page + '.json'), 'w', encoding='utf-8') as f:
            json.dump(gold_of(page, noise, sps), f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', page)


if __name__ == '__main__':
    main()
