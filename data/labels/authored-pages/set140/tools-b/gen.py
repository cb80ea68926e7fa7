# -*- coding: utf-8 -*-
"""Builds pages 06-10 (bytes) and gold/NN.json from speeches.py.  Run: python3 gen.py"""
import json, os, random, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S

MARKERS = ('⟦INJ⟧', '⟦FOLD⟧', '⟦BR⟧')


def occ(mode, items):
    r = subprocess.run(['node', os.path.join(HERE, 'occ.mjs')], input=json.dumps({'mode': mode, 'items': items}),
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def to_tw_speech(sp):
    """Convert a speech's texts (not its category keys) to Traditional with opencc cn->tw."""
    texts = [sp['title'], sp['salute']] + list(sp['meta'])
    for it in sp['body']:
        texts += [it[2]] if it[0] in ('p', 'h') else [it[2], it[4]]
    conv = iter(occ('cn2tw', texts))
    out = {'title': next(conv), 'salute': next(conv), 'meta': [next(conv) for _ in sp['meta']], 'body': []}
    for it in sp['body']:
        if it[0] == 'p':
            out['body'].append(('p', it[1], next(conv)))
        elif it[0] == 'h':
            out['body'].append(('h', it[1], next(conv)))
        else:
            h = next(conv)
            out['body'].append(('hr', it[1], h, it[3], next(conv)))
    return out


def clean(t):
    for m in MARKERS:
        t = t.replace(m, '')
    return t


class Page:
    def __init__(self, num):
        self.num = num
        self.lines = []
        self.gold = {'file': f'{num}.txt', 'speeches': 0, 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}

    def chrome(self, *lines, listed=True):
        """chrome lines; listed=False for lines that carry no text to list (rules, blank, pure symbols)"""
        for ln in lines:
            self.lines.append(ln)
            if listed:
                self.noise(ln)

    def noise(self, s):
        if s not in self.gold['noise']:
            self.gold['noise'].append(s)

    def speech(self, sp, *, inj='', fold=(), br='\n', after=None, prefix=None, indent='', salute_merge=False,
               title_line=True, blank=False):
        """after: {body index: [chrome lines]} inserted after that item; prefix: {body index: str} (noise)"""
        after = after or {}
        prefix = prefix or {}
        g = self.gold
        g['speeches'] += 1
        g['titles'].append(sp['title'])
        add = (lambda ln: self.lines.extend([ln, ''])) if blank else self.lines.append
        if title_line:
            add(sp['title'])
        for m in sp['meta']:
            add(m)

        def page_text(t):
            t = t.replace('⟦INJ⟧', inj).replace('⟦BR⟧', br)
            return t.replace('⟦FOLD⟧', '\n' + '\n'.join(fold) + '\n')

        if inj:
            self.noise(inj)
        for f in fold:
            self.noise(f)
        pending_salute = sp['salute'] if salute_merge else None
        if not salute_merge:
            add(sp['salute'])
        for i, it in enumerate(sp['body']):
            pre = prefix.get(i, '')
            if pre:
                self.noise(pre)
            if it[0] == 'p':
                line = pre + indent + page_text(it[2])
                g['paragraphs'].append({'text': clean(it[2]), 'category': it[1], 'truncated': False})
            elif it[0] == 'h':
                line = pre + it[2]
                g['headings'].append({'text': it[2], 'level': it[1]})
            else:
                line = pre + indent + it[2] + page_text(it[4])
                g['headings'].append({'text': it[2], 'level': it[1]})
                g['paragraphs'].append({'text': clean(it[4]), 'category': it[3], 'truncated': False})
            if pending_salute:
                line = pending_salute + line
                pending_salute = None
            add(line)
            for c in after.get(i, []):
                add(c)
                self.noise(c)

    def write(self, encoding, eol, bom=False):
        text = '\n'.join(self.lines)
        phys = text.split('\n')
        if eol == 'mixed':
            rnd = random.Random(10)
            out = ''
            for k, ln in enumerate(phys):
                # select-all copy stitched from a WebView: runs of LF and of CRLF
                if k < len(phys) - 1:
                    out += ln + ('\r\n' if (k // 7) % 2 == 1 or rnd.random() < 0.15 else '\n')
                else:
                    out += ln + '\n'
            text = out
        else:
            text = eol.join(phys) + eol
        data = text.encode(encoding)
        if bom:
            data = b'\xef\xbb\xbf' + data
        with open(os.path.join(OUT, f'{self.num}.txt'), 'wb') as f:
            f.write(data)
        os.makedirs(os.path.join(OUT, 'gold'), exist_ok=True)
        with open(os.path.join(OUT, 'gold', f'{self.num}.json'), 'w', encoding='utf-8') as f:
            json.dump(self.gold, f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- 06 Big5 mirror (Traditional), CRLF, doubled breaks
def page06():
    p = Page('06')
    sp = to_tw_speech(S.S06)
    ch = [
        '【繁体中文】 | 【简体中文】　本站内容已自动转换为繁体显示',
        '华文公文网 - 讲话稿镜像站',
        '首页 | 领导讲话 | 工作总结 | 心得体会 | 述职报告 | 演讲稿 | 范文大全 | 会员中心',
        '热门搜索：安全生产讲话 安全生产月 安委会会议 年终总结',
        '您现在的位置：首页 > 领导讲话 > 安全生产讲话 > 正文',
        # after title
        '发布时间：2024-03-15 09:41　来源：网络转载　作者：佚名　浏览次数：1286次',
        '【字体：大 中 小】【打印本页】【关闭窗口】【加入收藏】',
        '内容摘要：今天召开全县安全生产工作会议，主要任务是总结2023年全县安全生产工作……',
        # ads, page break, injection
        '【广告】公文写作精品课程　限时八折　点此报名>>',
        '（第1页/共2页）　上一页　[1]　[2]　下一页',
        S.S06['title'] + '(2)',
        '广告 | 讲话稿代写　专业团队　当天交稿　点击咨询>>',
        '【广告】办公用品批发　满299元包邮　欢迎选购',
        '（华文公文网 www.hwgwen.net 收集整理）',
        # bottom
        '（第2页/共2页）　上一页　[1]　[2]',
        '上一篇：在全县安全生产月活动启动仪式上的讲话',
        '下一篇：乡镇安全生产工作会议主持词（通用版）',
        '热门文章',
        '1. 在全市安全生产工作会议上的讲话（精选5篇）',
        '2. 2024年安全生产月活动实施方案',
        '3. 县长在全县防汛工作会议上的讲话',
        '4. 安全生产专项整治三年行动工作总结',
        '5. 在企业安全生产大会上的表态发言',
        '关于本站 | 联系我们 | 投稿须知 | 免责声明 | 网站地图',
        '本站部分文章转载自网络，版权归原作者所有，如有侵权请来信告知，我们将及时删除。',
        'Copyright (C) 2012-2024 华文公文网 hwgwen.net All Rights Reserved　联系信箱：service@hwgwen.net',
    ]
    c = occ('cn2tw', ch)
    c[0] = '【繁體中文】 | 【簡體中文】　本站內容已自動轉換為繁體顯示'
    for ln in c[0:5]:
        p.chrome(ln)
        p.lines.append('')
    p.lines.extend([sp['title'], ''])  # the title sits above the info rows; speech() gets title_line=False
    for ln in c[5:8]:
        p.chrome(ln)
        p.lines.append('')
    p.speech(sp, title_line=False, inj=c[13], blank=True,
             after={2: [c[8]], 4: [c[9], c[10]], 7: [c[11]], 11: [c[12]]})
    for ln in c[14:]:
        p.chrome(ln)
        p.lines.append('')
    p.write('big5', '\r\n')


# ---------------------------------------------------------------- 07 intranet news page, UTF-8 BOM, LF
def page07():
    p = Page('07')
    p.chrome('江澜化工集团有限公司企业门户',
             '欢迎您，储运中心 高建明 | 个人中心 | 退出　　2024年6月4日 星期二',
             '首页 | 新闻中心 | 通知公告 | 安全环保 | 规章制度 | 党建工作 | 企业文化 | 员工服务 | OA办公\u200b',
             '当前位置：首页 > 新闻中心 > 公司要闻',
             '公司召开2024年“安全生产月”活动动员大会',
             '发布时间：2024-06-04 09:15:32　　来源：党群工作部　　作者：韩晓雯　　【字号：大 中 小】',
             '6月3日上午，公司在一楼报告厅召开2024年“安全生产月”活动动员大会。公司领导班子成员，各部门、各分厂主要负责人，'
             '安全管理人员及班组长代表共260余人参加会议。总经理钱立文出席会议并作动员讲话。现将讲话全文刊发如下：',
             '图为动员大会现场。（韩晓雯 摄）')
    p.lines.append('')
    p.speech(S.S07, indent='\u3000\u3000',
             after={0: ['图为总经理钱立文作动员讲话。（韩晓雯 摄）'],
                    6: ['图为与会人员在“安全生产月”承诺墙上签名。'],
                    8: ['图为储运中心员工开展液氯泄漏应急处置演练（资料图片）']},
             prefix={2: '&nbsp;&nbsp;&nbsp;&nbsp;', 10: '&nbsp;&nbsp;&nbsp;&nbsp;'})
    p.lines.append('')
    p.chrome('【编辑：韩晓雯】【审核：孟庆松】',
             '文章点击数：1527　　【打印本页】　【关闭窗口】',
             '上一条：公司召开二季度安全环保委员会（扩大）会议',
             '下一条：在公司2024年安全生产工作会议上的讲话',
             '版权所有：江澜化工集团有限公司　内网备案号：JLHG-IT-2019-006',
             '技术支持：澜科信息技术有限公司　建议使用Chrome浏览器，1366×768以上分辨率浏览')
    p.write('utf-8', '\n', bom=True)


# ---------------------------------------------------------------- 08 范文 site, 主持词 + 讲话, UTF-8, CRLF
def page08():
    p = Page('08')
    p.chrome('笔友范文网 - 专注公文写作服务',
             '首页 | 讲话稿 | 主持词 | 工作总结 | 工作计划 | 心得体会 | 述职报告 | 实施方案 | 范文下载',
             '请输入关键词　搜索',
             '当前位置：笔友范文网 > 讲话稿 > 安全生产讲话稿',
             '全县安全生产暨防汛工作会议主持词和县长讲话（两篇）',
             '时间：2024-06-21　作者：bymf　热度：3862　【下载doc】【收藏本文】',
             '导读：本文是笔友范文网为大家整理的全县安全生产暨防汛工作会议主持词和县长讲话，供大家参考借鉴。'
             '为深入贯彻落实上级关于安全生产和防汛工作的决策部署……')
    p.lines.append('')
    p.chrome('【篇一】')
    p.speech(S.S08A)
    p.lines.append('')
    p.chrome('温馨提示：本文较长，登录会员后可免费复制全文', '【篇二】')
    p.speech(S.S08B, inj='笔友范文网',
             after={5: ['▲ 公文写作训练营：30天写出好材料，限时特价199元，点击报名>>']})
    p.lines.append('')
    p.chrome('本文来源于笔友范文网（www.bymfw.com），转载请保留出处。',
             '内容太长，复制全文请登录；开通VIP可免费下载Word文档',
             '相关范文推荐：',
             '· 在全县安全生产工作会议上的表态发言',
             '· 在全镇防汛工作会议上的讲话稿',
             '· 安全生产工作会议主持词（通用3篇）',
             '· 在全县安全生产暨防汛工作会议上的讲话【精选】',
             '上一篇：乡镇安全生产月活动总结',
             '下一篇：在全县森林防火工作会议上的主持词',
             '关于我们 | 联系我们 | 免责声明 | 网站地图',
             'Copyright © 2016-2024 笔友范文网 版权所有　备案号：苏ICP备16052873号-2')
    p.write('utf-8', '\r\n')


# ---------------------------------------------------------------- 09 blog repost, GB18030, LF
def page09():
    p = Page('09')
    p.chrome('蓝鲸博客　首页 | 登录 | 注册',
             '老钟说安全的博客',
             'http://blog.lanjing.com.cn/laozhongaq　[订阅]　[手机订阅]',
             '首页　博文目录　图片　关于我',
             '个人资料',
             '老钟说安全',
             '加好友　发纸条　写留言　加关注',
             '博客等级：12　博客积分：1,206　博客访问：98,432　关注人气：315',
             '正文　字体大小：大 中 小',
             '[转载]副区长在全区安全生产专项整治部署会上的讲话（全文）',
             '(2024-04-18 10:22:15)转载▼',
             '标签：安全生产 讲话稿 专项整治 杂谈',
             '分类：工作参考',
             '原文地址：在全区安全生产专项整治部署会上的讲话作者：澜城应急',
             '按：这篇讲话稿是一个老同事发给我的，写得不花哨，第二部分讲排查和整改的内容基本可以直接拿来用，转过来留个底，做安全的同行们可以参考。')
    p.lines.append('')
    p.speech(S.S09, salute_merge=True, br='\n')
    p.lines.append('')
    p.chrome('分享：',
             '阅读(356)┊ 评论 (2)┊ 收藏(0) ┊转载(5) ┊ 喜欢▼ ┊打印┊举报',
             '已投稿到：',
             '前一篇：安全生产“十五条硬措施”学习笔记',
             '后一篇：[转载]在全区道路交通安全工作会议上的讲话',
             '评论　重要提示：警惕虚假中奖信息',
             '[发评论]',
             '安监小刘　2024-4-19 08:31',
             '“隐患就是事故,排查不到位本身就是最大的隐患”，这句话说得好，收藏了！',
             '青山依旧　2024-4-20 21:15',
             '博主好！“对重大隐患，一律由区安委会挂牌督办，整改完成一项、销号一项”这个做法我们县也在学，有没有word版？👍',
             '老钟说安全　回复 青山依旧：原文就这些，直接复制就行。',
             '发评论',
             '博主推荐',
             '· 在全市安全生产工作会议上的讲话',
             '· 乡镇安全生产例会讲话稿（范文）',
             '· 企业安全生产月活动总结',
             '相关博文',
             '· 在全区安全生产工作会议上的讲话（2篇）',
             '蓝鲸博客意见反馈留言板　不良信息反馈　电话：4008-625-719　提示音后按1键（按当地市话标准计费）',
             'Copyright © 1996 - 2024 LANJING Corporation, All Rights Reserved',
             '蓝鲸公司 版权所有')
    p.write('gb18030', '\n')


# ---------------------------------------------------------------- 10 mobile select-all copy, UTF-8, mixed line ends
def page10():
    p = Page('10')
    p.chrome('打开APP阅读', '掌上澜州')
    p.lines.append(S.S10['title'])
    p.chrome('澜州融媒　2024-07-05 17:32　发布于澜州', '+关注')
    p.speech(S.S10, title_line=False,
             fold=('展开剩余76%', '继续阅读', '打开掌上澜州APP，查看完整内容'),
             after={0: ['打开掌上澜州APP，阅读体验更佳'], 6: ['打开APP阅读']})
    p.chrome('本文来源：石桥镇人民政府　责任编辑：蒋敏',
             '举报/反馈',
             '点赞 46　分享　收藏',
             '热门评论',
             '石桥老李 · 石桥镇　07-05',
             '镇长这话说得实在，两千块钱一条人命，砖厂老板该好好听听。',
             '赞 128　回复',
             '澜州小陈 · 澜州　07-06',
             '我们村那个路口早该装减速带了，希望这次真能落实👍',
             '赞 57　回复',
             '查看全部32条评论 >',
             '相关推荐',
             '在全县安全生产季度例会上的讲话：隐患排查要“动真格”',
             '澜州融媒 · 1.2万阅读',
             '乡镇安全生产工作会议讲话稿，这几句话说到了点子上',
             '基层之声 · 8635阅读',
             '在全市防汛工作会议上的讲话（全文）',
             '澜州日报 · 3.4万阅读',
             '打开APP，看更多精彩内容',
             '下载掌上澜州APP　立即下载',
             '澜州日报社主办　© 2024 掌上澜州 版权所有')
    p.write('utf-8', 'mixed')


if __name__ == '__main__':
    for f in (page06, page07, page08, page09, page10):
        f()
    print('written', OUT)
