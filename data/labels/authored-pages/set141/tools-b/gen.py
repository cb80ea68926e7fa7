# -*- coding: utf-8 -*-
"""Builds pages 06-10 (bytes) and their gold JSON from speeches.py.  Run: python3 gen.py"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from speeches import SPEECHES  # noqa: E402
from common import norm, PAGES  # noqa: E402

OUT = os.path.dirname(HERE)
MARK = re.compile(r'⟦(\w+)⟧')


def strip_marks(s):
    return MARK.sub('', s)


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles, self.headings, self.paragraphs = [], [], []

    # chrome: each arg is a line (noise = whole stripped line) or (line, [noise strings])
    def chrome(self, *items):
        for it in items:
            if isinstance(it, tuple):
                line, ns = it
            else:
                line, ns = it, ([it.strip()] if len(norm(it)) >= 2 else [])
            self.lines.append(line)
            for n in ns:
                self.add_noise(n)

    def add_noise(self, n):
        if n not in self.noise:
            self.noise.append(n)

    def blank(self, k=1):
        self.lines.extend([''] * k)

    def sub(self, text, inj):
        def rep(m):
            s, ns = inj[m.group(1)]
            for n in ns:
                self.add_noise(n)
            return s
        return MARK.sub(rep, text)

    def speech(self, items, inj=None, indent='', blank_between=False, sentence_lines=False,
               title_line=True, runin_sep=''):
        """Render one speech; record its gold."""
        inj = inj or {}
        out = []  # logical lines (may contain \n after injection)

        def emit(text, join_prev=False):
            if sentence_lines:
                sents = [s for s in re.split(r'(?<=[。！？])', text) if s]
                text = '\n'.join(sents)
                text = indent + text
            else:
                text = indent + text
            text = self.sub(text, inj)
            if join_prev and out:
                out[-1] = out[-1] + text.lstrip()
            else:
                out.append(text)

        for it in items:
            k = it[0]
            opts = it[-1] if isinstance(it[-1], dict) else {}
            if k == 'T':
                self.titles.append(strip_marks(it[1]))
                if title_line:
                    out.append(it[1])
            elif k in ('S', 'A'):
                out.append(it[1])
            elif k == 'H':
                self.headings.append({'text': strip_marks(it[2]), 'level': it[1]})
                emit(it[2], opts.get('join_prev', False))
            elif k == 'P':
                self.paragraphs.append({'text': strip_marks(it[2]), 'category': it[1],
                                        'truncated': bool(opts.get('truncated', False))})
                emit(it[2], opts.get('join_prev', False))
            elif k == 'R':
                _, lvl, head, cat, body = it[:5]
                self.headings.append({'text': strip_marks(head).rstrip('。'), 'level': lvl})
                self.paragraphs.append({'text': strip_marks(body), 'category': cat,
                                        'truncated': bool(opts.get('truncated', False))})
                emit(head + runin_sep + body, opts.get('join_prev', False))
        for i, l in enumerate(out):
            for sub in l.split('\n'):
                self.lines.append(sub)
            if blank_between and i < len(out) - 1:
                self.lines.append('')

    def write(self, enc, eol, bom=False):
        text = eol.join(self.lines) + eol
        if bom:
            text = '\ufeff' + text
        data = text.encode(enc)
        with open(os.path.join(OUT, f'{self.nn}.txt'), 'wb') as f:
            f.write(data)
        gold = {'file': f'{self.nn}.txt', 'speeches': len(self.titles), 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paragraphs, 'noise': self.noise}
        os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
        with open(os.path.join(OUT, 'gold', f'{self.nn}.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ------------------------------------------------------------------ 06 forum thread, UTF-8, LF
def page06():
    p = Page('06')
    p.chrome('安环人家论坛 - 安全管理人员的网上家园',
             '登录 | 立即注册 | 找回密码 | 签到领积分',
             '首页 › 论坛 › 安全管理交流区 › 领导讲话材料 › 查看内容',
             '查看: 4126|回复: 23',
             '[复制链接]',
             '【分享】县长在全县安全生产暨安委会全体会议上的讲话（Word可编辑）',
             '')
    p.chrome('老周说安全', '楼主',
             '发表于 2025-3-12 20:14:36 | 只看该作者 | 倒序浏览 | 阅读模式',
             '本帖最后由 老周说安全 于 2025-3-12 20:31 编辑', '')
    p.chrome('前几天县里开会，会后找县府办要了县长的讲话稿，自己重新排了一下版分享给大家，写季度例会、安委会讲话的可以参考。', '',
             'Word版在楼下附件，别嫌积分贵，都是手敲的。', '')
    jam = {'j1': (' 8 G4 h% Q) U* k', ['8 G4 h% Q) U* k']),
           'j2': ('- n2 m5 x6 J7 J', ['- n2 m5 x6 J7 J']),
           'j3': (' & N. H# |1 s/ D', ['& N. H# |1 s/ D']),
           'j4': ('6 r+ A: j) P: R9 v', ['6 r+ A: j) P: R9 v'])}
    p.speech(SPEECHES['06'][0], inj=jam, blank_between=True)
    p.blank()
    p.chrome('--------------------------------',
             '干安全的，没有下班的时候。注安2019届，政府安全服务第六年。', '',
             '附件下载需 5 积分',
             '县长在全县安全生产暨安委会全体会议上的讲话.docx',
             '2025-3-12 20:29 上传',
             '点击文件名下载附件',
             '下载积分: 积分 -5 ',
             '32.47 KB, 下载次数: 386, 下载积分: 积分 -5',
             '售价: 5 积分  [记录]  [购买]', '',
             '评分 参与人数 3 积分 +6 收起 理由',
             '回复 支持 反对 举报', '')
    p.chrome('安全小兵_阿杰', '沙发',
             '发表于 2025-3-12 21:03:11 | 只看该作者',
             '谢谢楼主分享，正好下周要给领导写季度例会的稿子，这篇框架拿来就能用。',
             '每天进步一点点，考过注安再说',
             '回复 支持 反对 举报', '')
    p.chrome('清风徐来0427', '板凳',
             '发表于 2025-3-13 08:47:52 | 只看该作者',
             '引用: 老周说安全 发表于 2025-3-12 20:14')
    # the quoted fragment repeats speech text: not listable as noise
    p.lines.append('要多搞明查暗访、“四不两直”，少发通知、少开会，防止以文件落实文件。')
    p.chrome('这句说到点子上了，我们这边一年到头层层转发文件，真正下去查的人少。',
             '回复 支持 反对 举报', '')
    p.chrome('蓝色安全帽', '地板',
             '发表于 2025-3-13 10:22:05 | 只看该作者',
             '积分不够下载不了，楼主能不能发我一份？已经私信了，先谢过。',
             '回复 支持 反对 举报', '')
    p.chrome('老周说安全', '楼主| 5#',
             '发表于 2025-3-13 11:40:19 | 只看该作者',
             '回复 蓝色安全帽 的帖子',
             '已发，注意查收。其他要的直接站内信，别在楼里留邮箱。',
             '干安全的，没有下班的时候。注安2019届，政府安全服务第六年。',
             '回复 支持 反对 举报', '')
    p.chrome('高级模式', '您需要登录后才可以回帖 登录 | 立即注册',
             '发表回复', '回帖后跳转到最后一页',
             '返回顶部 返回列表',
             'Archiver|手机版|小黑屋|安环人家论坛 ( 鲁ICP备16028417号-1 )',
             'GMT+8, 2025-3-20 15:36 , Processed in 0.071248 second(s), 42 queries .')
    p.write('utf-8', '\n')


# ------------------------------------------------------------------ 07 会议记录 system, GBK, CRLF
def page07():
    p = Page('07')
    p.chrome('恒晟化工协同办公平台 V6.2',
             '待办事项(3) | 我的流程 | 会议管理 | 文档中心 | 退出',
             '当前位置：会议管理 > 会议记录 > 查看',
             '会议名称：2025年二季度安全生产例会',
             '会议类型：安全生产例会（季度）',
             '会议时间：2025年4月9日 14:30—16:10',
             '会议地点：综合楼三楼第一会议室',
             '主 持 人：张海燕（安全总监）',
             '记 录 人：刘婷',
             '参会人员：厂领导班子成员，生产部、设备部、安环部、储运部、质检中心负责人，各车间主任、安全员，共36人',
             '缺席人员：王建军（病假）',
             '记录方式：录音整理，未经讲话人审阅',
             '会议内容：')
    ts = {'t1': ('[00:06:25] ', ['[00:06:25]']),
          't2': ('[00:11:48] ', ['[00:11:48]']),
          't3': ('[00:19:03] ', ['[00:19:03]'])}
    p.speech(SPEECHES['07'][0], inj=ts)
    p.chrome('会议议定事项：',
             '一、4月30日前，由安环部牵头完成全厂风险点复核，形成隐患清单报厂长办公会。',
             '二、设备部于4月20日前完成罐区两台可燃气体报警器更换，二车间反应釜安全阀送检。',
             '三、人力资源部会同安环部修订安全绩效考核办法，5月1日起执行。',
             '四、安环部于5月15日前报送“安全生产月”活动方案，组织全员警示教育。',
             '下次会议时间：2025年7月上旬（另行通知）',
             '附件：会议签到表（1页）、一季度安全检查通报（3页）',
             '记录人：刘婷　　审核人：张海燕',
             '记录状态：已归档　　创建时间：2025-04-09 17:42　　最后修改：2025-04-10 09:15',
             '[打印]　[导出Word]　[返回列表]',
             '技术支持：启明星协同软件　服务热线：400-816-3372')
    p.write('gbk', '\r\n')


# ------------------------------------------------------------------ 08 政府信息公开, UTF-16 LE, CRLF
def page08():
    p = Page('08')
    p.chrome('青禾县白沙镇人民政府',
             '首页 | 政务公开 | 政务服务 | 互动交流 | 走进白沙',
             '您当前的位置：首页 > 政府信息公开 > 法定主动公开内容 > 安全生产',
             '索引号：\t11341122MB1530786X/2025-00142\t主题分类：\t安全生产监管',
             '发文机关：\t白沙镇人民政府\t成文日期：\t2025年05月28日',
             '标　　题：\t白沙镇镇长孙立平在全镇安全生产暨防汛工作会议上的讲话',
             ('文　　号：\t\t发布日期：\t2025年05月30日', ['文　　号：\t\t发布日期：\t2025年05月30日']),
             '有 效 性：\t有效\t关 键 词：\t安全生产；防汛；讲话',
             '')
    items = SPEECHES['08'][0]
    p.lines.append(items[0][1])  # the article's h1 is the speech title
    p.chrome('发布时间：2025-05-30 16:20　来源：白沙镇党政办　浏览次数：218',
             '【字体：大 中 小】　【打印】', '')
    p.speech(items, inj={'wrap': ('\n', [])}, indent='　　', title_line=False)
    p.blank()
    p.chrome('【打印本页】　【关闭窗口】',
             '扫一扫在手机打开当前页', '',
             '相关链接：',
             '白沙镇2024年安全生产工作会议讲话材料',
             '在全镇“安全生产月”活动动员会上的讲话',
             '关于印发《白沙镇2025年安全生产大排查大整治工作方案》的通知',
             '白沙镇2025年防汛抗旱应急预案', '',
             '政府信息公开指南',
             '一、主动公开：本机关通过政府网站、政务公开栏等渠道主动公开政府信息。',
             '二、依申请公开：公民、法人或者其他组织可通过当面、邮寄、网络等方式提出申请。',
             '三、监督保障：对本机关政府信息公开工作有异议的，可向青禾县政务公开办公室反映。', '',
             '网站地图 | 联系我们 | 隐私声明 | 信息公开年报',
             '主办单位：青禾县白沙镇人民政府　承办单位：白沙镇党政办公室',
             '联系电话：0557-4821036　地址：青禾县白沙镇建设路18号',
             '网站标识码：3413220037　皖ICP备05014873号-1　皖公网安备 34132202000154号')
    p.write('utf-16-le', '\r\n', bom=True)


# ------------------------------------------------------------------ 09 范文 通用模板, UTF-8 with BOM, LF
def page09():
    p = Page('09')
    p.chrome('文秘帮手网 - 专业的公文写作范文服务平台',
             '首页 | 讲话稿 | 工作总结 | 心得体会 | 述职报告 | 会议纪要 | VIP会员',
             '当前位置：首页 > 讲话稿 > 安全讲话 > 正文', '',
             '202X年“安全生产月”启动仪式领导讲话稿（通用模板）',
             '发布时间：2025-05-21　栏目：安全讲话　浏览：23618次　下载：1864次', '',
             '导读：今天，我们在这里隆重举行【单位名称】202X年“安全生产月”活动启动仪式。今年全国“安全生产月”的主题是...', '',
             '【使用说明】',
             '1. 本文为通用模板，文中“××”“XXX”“【单位名称】”“X月X日”等处请根据实际情况替换。',
             '2. 全文约1500字，讲话时长约8分钟，可根据会议规模删减第二部分内容。',
             '3. 本文已通过原创检测，仅供学习参考，请勿直接照搬用于正式场合。', '',
             '【VIP专享】智能改写：一键替换单位名称，自动生成同主题讲话稿10篇 >>', '')
    inj = {'wm': ('文秘帮手网', ['文秘帮手网']),
           'pay': ('\n\n……温馨提示：当前内容仅支持预览前70%，开通VIP会员即可查看全文并下载可编辑Word文档。\n'
                   '[ 开通VIP 立即下载 ]\n展开阅读全文 ∨\n\n',
                   ['……温馨提示：当前内容仅支持预览前70%，开通VIP会员即可查看全文并下载可编辑Word文档。',
                    '[ 开通VIP 立即下载 ]', '展开阅读全文 ∨'])}
    p.speech(SPEECHES['09'][0], inj=inj, blank_between=True)
    p.blank()
    p.chrome('（本文共计约1500字，下载Word版可直接编辑）',
             '下载Word文档 | 复制全文（VIP） | 收藏 | 纠错', '',
             '开通VIP会员，全站20万篇范文免费下载，低至0.27元/天！', '',
             '相关推荐：',
             '企业“安全生产月”活动总结（精选6篇）',
             '在公司安全生产工作会议上的讲话（通用模板）',
             '安全生产月启动仪式主持词',
             '202X年安全生产工作会议领导讲话稿范文', '',
             '声明：本站部分内容来源于网友投稿，如有侵权请联系客服删除。',
             '客服QQ：2851673094　工作时间：9:00-21:00',
             'Copyright © 2016-2025 文秘帮手网 版权所有　浙ICP备18044526号-3')
    p.write('utf-8', '\n', bom=True)


# ------------------------------------------------------------------ 10 Traditional, Big5, LF, one sentence a line
def page10():
    p = Page('10')
    p.chrome('華安資訊網　繁體版｜簡體版',
             '首頁　新聞　政策法規　安全生產　領導講話　事故案例',
             '您現在的位置：首頁 > 安全生產 > 領導講話', '')
    items = SPEECHES['10'][0]
    p.lines.append(items[0][1])
    p.chrome('2025-04-17 09:32　來源：區應急管理局　作者：佚名　點擊：1204', '',
             '摘要：今天，區政府召開全區危險化學品安全專項整治部署會，主要任務是貫徹落實市裡危化品安全工作會議精神……', '',
             '廣告：注冊安全工程師考前衝刺班，名師押題，不過退費！諮詢電話 400-871-2265', '')
    inj = {'ad1': ('廣告：危化品企業安全管理人員線上培訓，報名即送題庫\n', ['廣告：危化品企業安全管理人員線上培訓，報名即送題庫']),
           'ad2': ('廣告：防爆型可燃氣體報警器廠家直銷 點擊諮詢>>\n', ['廣告：防爆型可燃氣體報警器廠家直銷 點擊諮詢>>'])}
    p.speech(items, inj=inj, indent='　　', sentence_lines=True, title_line=False)
    p.blank()
    p.chrome('（責任編輯：周敏）',
             '分享到：微信　微博　QQ空間', '',
             '上一篇：區長在全區燃氣安全專項整治推進會上的講話',
             '下一篇：在全區安全生產月活動啟動儀式上的講話', '',
             '廣告：化工企業雙重預防機制信息化系統 免費試用 >>', '',
             '相關閱讀',
             '危險化學品企業重大危險源安全包保責任制解讀',
             '全區開展油氣儲存企業安全風險隱患排查',
             '關於我們｜聯繫我們｜免責聲明｜網站地圖',
             'Copyright 2012-2025 華安資訊網 All Rights Reserved.')
    p.write('big5', '\n')


if __name__ == '__main__':
    for nn, fn in [('06', page06), ('07', page07), ('08', page08), ('09', page09), ('10', page10)]:
        fn()
        print('wrote', nn, PAGES[nn]['enc'])
