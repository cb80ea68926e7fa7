# -*- coding: utf-8 -*-
"""Builds pages 01-05 (writer a, set150), their gold labels and perfect.json from speeches.py.

usage: python3 gen.py          (writes ../NN.txt, ../gold/NN.json, perfect.json, gold-a/NN.json)
Everything on these pages is invented.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S

IND = '\u3000\u3000'      # full-width indent
NBSP = '\u00a0'


def halfwidth(t):
    """Half-width punctuation as some 范文 pages have it (page 02, 篇4)."""
    for a, b in (('，', ','), ('；', ';'), ('：', ':'), ('（', '('), ('）', ')')):
        t = t.replace(a, b)
    return t


class Page:
    def __init__(self, nn, encoding, eol):
        self.nn, self.encoding, self.eol = nn, encoding, eol
        self.lines, self.noise, self.order = [], [], []   # order: per speech list of records

    def n(self, *lines):            # chrome lines, each one noise entry
        for l in lines:
            self.lines.append(l)
            if l.strip():
                self.noise.append(l.strip())

    def blank(self):
        self.lines.append('')

    def speech(self, sp, **opt):
        """Render one speech; returns its lines (also appended unless opt['collect'])."""
        tf = opt.get('transform', lambda t: t)
        ind = opt.get('indent', IND)
        hind = opt.get('hindent', ind)
        sep_runin = opt.get('runin_sep', '')
        inject = opt.get('inject', {})           # item index -> (anchor, span)
        before = opt.get('before', {})           # item index -> [noise lines] inserted before item
        glue = opt.get('glue', set())            # item index of heading glued to next paragraph (no separator)
        join = opt.get('join', {})               # item index of paragraph -> separator to next paragraph
        split = opt.get('split', {})             # item index -> anchor after which a wrong line break is inserted
        breakin = opt.get('breakin', {})         # item index -> (anchor, noise line) put between the halves
        gap = opt.get('gap', False)              # blank line between blocks (WeChat)
        rec = {'title': tf(sp['title']), 'unl': [], 'blocks': []}
        out = []
        title = tf(sp['title'])
        out.append(opt.get('title_prefix', '') + title)
        if gap: out.append('')
        for l in sp['pre']:
            out.append(opt.get('pre_prefix', '') + tf(l)); rec['unl'].append(tf(l))
        if gap and sp['pre']: out.append('')
        sal = tf(sp['salutation']) if sp['salutation'] else None
        if sal: rec['unl'].append(sal)
        cur = None                       # line under construction
        glue_sal = opt.get('glue_salutation', False)
        if sal and not glue_sal:
            out.append(sal)
        items = sp['items']
        for i, it in enumerate(items):
            for nl in before.get(i, []):
                if cur is not None: out.append(cur); cur = None
                if gap: out.append('')
                out.append(nl); self.noise.append(nl.strip())
            if it[0] == 'h':
                _, lvl, text, runin = it
                text = tf(text)
                rec['blocks'].append({'kind': 'heading', 'level': lvl, 'text': text})
                if cur is not None: out.append(cur); cur = None
                if gap: out.append('')
                line = hind + text
                if runin:
                    cur = line + sep_runin
                elif i in glue:
                    cur = line
                else:
                    out.append(line)
            else:
                _, cat, text = it
                text = tf(text)
                rec['blocks'].append({'kind': 'paragraph', 'text': text, 'category': cat})
                shown = text
                if i in inject:
                    anchor, span = inject[i]
                    k = shown.index(anchor) + len(anchor)
                    shown = shown[:k] + span + shown[k:]
                    self.noise.append(span.strip())
                if i in split:
                    anchor = split[i]
                    k = shown.index(anchor) + len(anchor)
                    shown = shown[:k] + '\n' + shown[k:]
                if i in breakin:                 # a chrome line (pager) between two halves of a paragraph
                    anchor, nl = breakin[i]
                    k = shown.index(anchor) + len(anchor)
                    shown = shown[:k] + '\n' + nl + '\n' + shown[k:]
                    self.noise.append(nl.strip())
                if cur is not None:
                    line = cur + shown
                    cur = None
                elif glue_sal and sal and i == 0:
                    line = (opt.get('sal_indent', '')) + sal + shown
                else:
                    if gap: out.append('')
                    line = ind + shown
                if i in join:
                    cur = line + join[i]
                else:
                    out.extend(line.split('\n'))
        if cur is not None: out.extend(cur.split('\n'))
        self.order.append(rec)
        if not opt.get('collect'):
            self.lines.extend(out)
        return out

    def encode(self):
        text = self.eol.join(self.lines) + self.eol
        if self.encoding == 'utf-8': return text.encode('utf-8')
        if self.encoding == 'utf-8-sig': return b'\xef\xbb\xbf' + text.encode('utf-8')
        if self.encoding == 'gb18030': return text.encode('gb18030')
        if self.encoding == 'utf-16le-bom': return b'\xff\xfe' + text.encode('utf-16-le')
        raise ValueError(self.encoding)

    def gold(self):
        titles = [r['title'] for r in self.order]
        heads = [{'text': b['text'], 'level': b['level']} for r in self.order for b in r['blocks'] if b['kind'] == 'heading']
        paras = []
        for r in self.order:
            for b in r['blocks']:
                if b['kind'] == 'paragraph':
                    p = {'text': b['text'], 'category': b['category']}
                    if b.get('truncated'): p['truncated'] = True
                    paras.append(p)
        return {'file': f'{self.nn}.txt', 'speeches': len(self.order), 'titles': titles,
                'headings': heads, 'paragraphs': paras, 'noise': self.noise}


# ------------------------------------------------------------------------------------------ page 01
def page01():
    p = Page('01', 'utf-8', '\n')
    p.n('笔苑范文网 - 公文写作好帮手　海量范文免费参考',
        '首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 演讲稿 | 公文写作 | 范文大全',
        '当前位置：笔苑范文网 > 讲话稿 > 安全生产讲话 > 正文')
    p.blank()
    p.n('县长在全县安全生产工作会议上的讲话（2024年）',
        '时间：2024-03-04 10:26:17　　来源：网友投稿　　作者：青梧笔杆子　　阅读：2318次')
    first = S.A['items'][0][2]
    p.n('导读：' + first[:first.index('分析当前面临的形势') + len('分析当前面临的形势')] + '...')
    p.blank()
    items = S.A['items']
    i_three = next(i for i, it in enumerate(items) if it[0] == 'h' and it[2].startswith('三、'))
    i_hazard = next(i for i, it in enumerate(items) if it[0] == 'p' and '结合我县实际' in it[2])
    i_enf = next(i for i, it in enumerate(items) if it[0] == 'p' and it[1] == '监管执法')
    p.speech(S.A, title_prefix='\u3000' * 6, pre_prefix='\u3000' * 8,
             before={i_three: ['▲公文写作遇到难题？资深笔杆子一对一修改润色，微信：bywf2024（长按复制）']},
             breakin={i_enf: ('该停产整顿的坚决停产整顿，', '<< 上一页　1　2　下一页 >>　第1页 共2页')},
             inject={i_hazard: ('结合我', '笔苑范文网')})
    p.blank()
    p.n('本文地址：http://www.biyuanfw.com/jianghua/anquan/61827.html',
        '上一篇：乡镇安全生产工作总结范文',
        '下一篇：在全市应急管理工作会议上的表态发言')
    p.blank()
    p.n('相关范文',
        '1. 在全县安全生产暨消防安全工作会议上的讲话',
        '2. 副县长在全县安全生产大检查动员部署会上的讲话',
        '3. 乡镇长在全县安全生产工作会议上的表态发言',
        '4. 2024年安全生产月活动方案（精选5篇）',
        '5. 强化责任担当　筑牢安全防线——安全生产工作讲话提纲',
        '热门标签：安全生产讲话　县长讲话　安委会　隐患排查')
    p.blank()
    p.n('关于我们 | 联系我们 | 免责声明 | 网站地图 | 投稿须知',
        '本站部分文章来自网友投稿，如有侵权请联系删除。联系邮箱：service@biyuanfw.com',
        'Copyright © 2015-2024 笔苑范文网 版权所有　湘ICP备19028764号-2')
    return p


# ------------------------------------------------------------------------------------------ page 02
def page02():
    p = Page('02', 'gb18030', '\r\n')
    p.n('简文范文网　jianwenfw.com',
        '网站首页 | 范文大全 | 讲话稿 | 发言稿 | 工作总结 | 心得体会 | 会员中心',
        '网站首页 > 范文大全 > 讲话稿 > 安全生产会议讲话稿通用4篇')
    p.blank()
    p.n('安全生产会议讲话稿通用4篇',
        '发布时间：2024-04-18 15:02:33 | 字数：约3500字 | 投稿人：haiyan0917',
        IND + '在日常学习、工作和生活中，大家都不可避免地要接触到讲话稿吧，讲话稿是在会议或重要活动上发表讲话的文稿。'
              '那么你知道讲话稿怎么写才规范吗？下面是小编为大家整理的安全生产会议讲话稿通用4篇，希望能够帮助到大家。')
    ads = {2: '▼ 点击下载本文完整Word文档（共4篇） ▼',
           3: '猜你喜欢：企业安全生产月活动总结（精选10篇）',
           4: '※※ 本站温馨提示：开通会员即可免费复制全文 ※※'}
    for k, sp in enumerate([S.B1, S.B2, S.B3, S.B4], 1):
        if k in ads:
            p.blank(); p.n(ads[k])
        p.blank()
        p.n(f'安全生产会议讲话稿 篇{k}')
        p.blank()
        opt = {}
        if k == 4:
            opt['transform'] = halfwidth
        p.speech(sp, **opt)
    p.blank()
    p.n('《安全生产会议讲话稿通用4篇》由简文范文网整理，转载请注明出处。',
        '相关推荐：',
        '安全生产会议主持词范文（通用6篇）',
        '在安全生产月启动仪式上的讲话稿精选',
        '2024年学校安全工作计划（精选3篇）')
    p.blank()
    p.n('© 2024 简文范文网 jianwenfw.com　浙ICP备20035518号　违法和不良信息举报电话：0571-86932017')
    return p


# ------------------------------------------------------------------------------------------ page 03
NO_LINE_START = '，。、；：？！）”’》%'


def wrap(line, width):
    """Hard wrap at width characters; like Word, a closing punctuation mark stays on the line it closes."""
    out = []
    while len(line) > width:
        k = width
        while k < len(line) and line[k] in NO_LINE_START:
            k += 1
        if k >= len(line):
            break
        out.append(line[:k]); line = line[k:]
    out.append(line)
    return out


def page03():
    p = Page('03', 'utf-8-sig', '\r\n')
    p.n('知行文库',
        '首页 | 分类 | 精品专区 | 上传文档 | 开通VIP | 登录',
        '知行文库 > 行业资料 > 安全管理 > 讲话材料',
        '区长在全区重大事故隐患专项排查整治推进会上的讲话.docx',
        '上传者：qingmu_wk　　上传时间：2024-05-09　　页数：3页　　阅读：1.3万　　下载券：3　　评分：4.6')
    first = S.C['items'][0][2]
    p.n('文档简介：' + first[:first.index('查找存在的问题') + len('查找存在的问题')] + '……',
        '下载文档　|　收藏　|　分享　|　举报')
    p.blank()
    body = p.speech(S.C, collect=True, title_prefix='\u3000' * 3, pre_prefix='\u3000' * 5)
    # Word-style pages of PAGE_LINES lines x 28 characters, as the preview's text layer gives them
    PAGE_LINES = 20
    phys, owner = [], []            # physical lines, and the logical line each comes from
    for k, l in enumerate(body):
        w = wrap(l, 28)
        phys.extend(w); owner.extend([k] * len(w))
    keep = S.C_PREVIEW_PAGES * PAGE_LINES
    cut = owner[keep - 1]           # logical line cut by the paywall
    assert owner[keep] == cut, 'the paywall must cut a paragraph'
    visible = ''.join(phys[j] for j in range(keep) if owner[j] == cut)
    # gold: speech blocks after the cut paragraph are not on the page; the cut one keeps only its visible part
    blocks = p.order[-1]['blocks']
    k_cut = next(j for j, b in enumerate(blocks) if b['kind'] == 'paragraph' and visible.strip('\u3000') and
                 b['text'].startswith(visible.lstrip('\u3000')))
    blocks[k_cut] = dict(blocks[k_cut], text=visible.lstrip('\u3000'), truncated=True)
    del blocks[k_cut + 1:]
    for j in range(keep):
        p.lines.append(phys[j])
        if (j + 1) % PAGE_LINES == 0 and j + 1 < keep:
            p.n(f'—— 第{(j + 1) // PAGE_LINES}页 / 共3页 ——')
    p.n('剩余1页未读，继续阅读',
        '开通VIP，免费下载全文　|　单篇购买 ￥3.00',
        '本文档由用户上传并发布，知行文库仅提供信息存储空间服务。如有侵权，请联系客服删除。')
    p.blank()
    p.n('相关文档',
        '安全生产专项整治推进会讲话稿（共5篇）.docx　　4页',
        '重大事故隐患排查整治工作方案.doc　　12页',
        '在全市安全生产工作会议上的讲话.pdf　　7页',
        '客服热线：400-862-1937（工作日9:00-18:00）',
        '© 2024 知行文库 zhixingwk.com　京ICP备20114836号-3')
    return p


# ------------------------------------------------------------------------------------------ page 04
def page04():
    p = Page('04', 'gb18030', '\n')
    p.n('桐溪县人民政府',
        '无障碍浏览 | 长者模式 | 繁體版 | 智能问答 | 登录',
        '首页　政务公开　政务服务　政民互动　数据发布　走进桐溪',
        '请输入关键字　搜索',
        '当前位置：首页 > 政务公开 > 领导讲话')
    p.blank()
    p.n('高振华在县安委会2024年第二次全体会议上的讲话',
        f'发布时间：2024-06-14 16:20{NBSP*2}来源：县应急管理局{NBSP*2}浏览次数：1873{NBSP*2}【字体：大 中 小】')
    p.blank()
    items = S.D['items']
    i_sit2 = [i for i, it in enumerate(items) if it[0] == 'p' and it[1] == '形势分析'][1]
    p.speech(S.D, title_prefix=NBSP * 8, pre_prefix=NBSP * 12,
             split={i_sit2: '强对流天气频发，'})
    p.blank()
    p.n('【打印】　【关闭】',
        '分享到：微信　微博　QQ空间',
        '扫一扫在手机打开当前页',
        '相关链接：',
        '一图读懂｜桐溪县2024年安全生产工作要点',
        '县政府召开常务会议研究部署防汛和安全生产工作',
        '关于印发《桐溪县安全生产委员会成员单位安全生产工作职责》的通知')
    p.blank()
    p.n('政府网站　|　部门网站　|　乡镇网站　|　市级网站',
        '主办单位：桐溪县人民政府办公室　承办单位：桐溪县政务服务和大数据中心',
        '地址：桐溪县城南新区行政中心3号楼　邮编：417500　联系电话：0738-6215038',
        '网站标识码：4313820003　湘ICP备11004617号　湘公网安备43138202000146号',
        '建议使用1366×768以上分辨率浏览本网站')
    return p


# ------------------------------------------------------------------------------------------ page 05
def page05():
    p = Page('05', 'utf-16le-bom', '\r\n')
    p.n('警示教育｜区委书记周明远：以案为鉴 举一反三 坚决守牢安全生产底线',
        '原创 澄岭应急 澄岭应急管理 2024-05-21 19:06 湖南')
    p.blank(); p.n('点击蓝字 · 关注我们')
    p.blank(); p.n('图片')
    p.blank(); p.n('5月20日，澄岭区召开全区安全生产警示教育大会，区委书记周明远出席会议并讲话。现将讲话全文刊发如下：')
    p.blank()
    items = S.E['items']
    idx = lambda pred: next(i for i, it in enumerate(items) if pred(it))
    i_h1 = idx(lambda it: it[0] == 'h' and it[2].startswith('一、'))
    i_h2 = idx(lambda it: it[0] == 'h' and it[2].startswith('二、'))
    i_h3 = idx(lambda it: it[0] == 'h' and it[2].startswith('三、'))
    i_enf = idx(lambda it: it[0] == 'p' and it[1] == '监管执法')
    p.speech(S.E, gap=True, indent='', hindent='', glue_salutation=True,
             glue={i_h1}, join={i_enf: '\u3000\u3000'},
             before={i_h2: ['图片'], i_h3: ['图片']})
    p.blank()
    p.n('- END -',
        '来源：澄岭区融媒体中心',
        '编辑：李晓雯　审核：陈志刚　签发：王立群')
    p.blank()
    p.n('往期推荐',
        '▶ 一图读懂｜有限空间作业“十不准”',
        '▶ 区应急管理局开展有限空间作业专项执法检查',
        '▶ 关注！汛期安全提示请收好')
    p.blank()
    p.n('图片', '澄岭应急管理', '长按二维码　关注我们',
        '原文链接：https://mp.weixin.qq.com/s/Qe7vKd2xLp0ZcR4mT9wYsA',
        '阅读 2096',
        '分享　收藏　点赞　在看',
        '写留言')
    p.blank()
    p.n('留言', '精选留言',
        '山水之间　湖南　5月21日',
        '安全生产责任重于泰山，书记讲得实在！',
        '赞 16',
        '老周的日常　湖南　5月22日',
        '有限空间作业一定要先通风再检测后作业，血的教训啊',
        '赞 9',
        '作者已设置关注后才可以留言')
    return p


BUILDERS = {'01': page01, '02': page02, '03': page03, '04': page04, '05': page05}


def build(nn):
    return BUILDERS[nn]()


def perfect_doc(p):
    return {'file': f'{p.nn}.txt',
            'speeches': [{'title': r['title'],
                          'blocks': [({'kind': 'heading', 'level': b['level'], 'text': b['text']} if b['kind'] == 'heading'
                                      else {'kind': 'paragraph', 'text': b['text'], 'category': b['category']})
                                     for b in r['blocks']]} for r in p.order]}


def main():
    docs = []
    os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'gold-a'), exist_ok=True)
    for nn in BUILDERS:
        p = build(nn)
        with open(os.path.join(OUT, f'{nn}.txt'), 'wb') as f:
            f.write(p.encode())
        g = json.dumps(p.gold(), ensure_ascii=False, indent=1)
        for d in (os.path.join(OUT, 'gold'), os.path.join(HERE, 'gold-a')):
            with open(os.path.join(d, f'{nn}.json'), 'w', encoding='utf-8') as f:
                f.write(g + '\n')
        docs.append(perfect_doc(p))
    with open(os.path.join(HERE, 'perfect.json'), 'w', encoding='utf-8') as f:
        json.dump({'documents': docs}, f, ensure_ascii=False, indent=1)
    print('wrote', ', '.join(f'{nn}.txt' for nn in BUILDERS))


if __name__ == '__main__':
    main()
