#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/NN.json for set 74b deterministically."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as SP  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn, ext="txt"):
        self.nn, self.file = nn, "%s.%s" % (nn, ext)
        self.lines, self.noise = [], []
        self.titles, self.headings, self.paras = [], [], []

    def addnoise(self, s):
        s = s.strip()
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def chrome(self, *ls):
        for l in ls:
            self.lines.append(l)
            self.addnoise(l)

    def raw(self, *ls):
        self.lines.extend(ls)

    def speech(self, items, para_fmt=None, after=None, title_fmt=None):
        """para_fmt(text) -> list of page lines for a paragraph body; after(i, item) -> chrome lines"""
        para_fmt = para_fmt or (lambda t: [t])
        for i, it in enumerate(items):
            k = it[0]
            if k == "T":
                self.titles.append(it[1])
                tl = title_fmt(it[1]) if title_fmt else [it[1]]
                self.raw(tl[0])
                self.chrome(*tl[1:])
            elif k in "SDA":
                self.raw(it[1])
            elif k == "H":
                self.headings.append({"text": it[1], "level": it[2]})
                self.raw(it[1])
            elif k == "P":
                self.paras.append({"text": it[1], "category": it[2], "truncated": False})
                self.raw(*para_fmt(it[1]))
            elif k == "R":
                self.headings.append({"text": it[1], "level": it[2]})
                self.paras.append({"text": it[3], "category": it[4], "truncated": False})
                self.raw(*para_fmt(it[1] + "。" + it[3]))
            if after:
                ex = after(i, it)
                if ex:
                    self.chrome(*ex)

    def write(self, enc="utf-8", eol="\n"):
        data = eol.join(self.lines) + eol
        with open(os.path.join(ROOT, self.file), "wb") as f:
            f.write(data.encode(enc))
        gold = {"file": self.file, "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paras, "noise": self.noise}
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


def page06():
    p = Page("06")
    p.chrome("知行百科 - 开放的中文知识平台", "首页　分类　特色百科　知识专题　用户　权威合作　",
             "搜索词条", "进入词条", "全站搜索", "帮助")
    p.raw("")
    p.chrome("安全生产讲话稿", "播报", "编辑", "讨论", "上传视频",
             "安全生产讲话稿是各级领导干部在安全生产工作会议、安委会全体会议、专题部署会等场合发表讲话时所使用的文稿，属于机关公文中的讲话类文体。",
             "中文名", "安全生产讲话稿", "类　　别", "应用文·讲话稿", "使用场合", "安全生产工作会议、安委会会议、警示教育大会",
             "基本结构", "标题、称谓、开头、主体、结尾")
    p.raw("")
    p.chrome("目录", "1 定义", "2 结构", "3 写作要求", "4 范例", "5 参考资料")
    p.raw("")
    p.chrome("定义", "编辑",
             "安全生产讲话稿是讲话人就安全生产形势、任务和要求向与会人员作出说明和部署的文稿[1]。其内容通常涉及事故形势分析、隐患排查治理、安全责任落实以及应急管理等方面，具有较强的针对性和指导性。",
             "结构", "编辑",
             "安全生产讲话稿一般由标题、称谓、开头、主体和结尾五部分组成。标题多采用“在××会议上的讲话”的形式；称谓通常为“同志们”；开头交代会议的目的和议程；主体部分常用“一、（一）1.”等序号分层展开；结尾部分提出希望和号召[2]。",
             "写作要求", "编辑",
             "撰写此类文稿应做到情况准确、数据可靠、措施具体，避免空话套话。引用事故案例时应注意核实时间、地点和伤亡情况。",
             "范例", "编辑",
             "以下为一篇乡镇安全生产工作会议讲话稿的示例，供参考：")
    p.raw("")
    p.speech(SP.S06)
    p.raw("")
    p.chrome("（以上范例仅供学习参考，文中单位、人名、数据均为虚构）")
    p.raw("")
    p.chrome("参考资料", "编辑",
             "[1] 公文写作实务编写组．机关常用讲话稿写作指南．北京：红叶出版社，2022：118-125．",
             "[2] 刘晓岚．浅谈基层安全生产会议讲话稿的结构与语言．应用写作研究，2023（4）：33-36．",
             "词条标签：", "社会　文化　应用文　安全生产",
             "词条统计", "浏览次数：8724次", "编辑次数：6次历史版本", "最近更新：知行百科用户 qingshi_wy （2025-03-02）",
             "©2025 知行百科　使用百科前必读　百科协议　隐私政策　京ICP证2202××号")
    p.write()


def page07():
    p = Page("07")
    p.chrome("华岳装备制造股份有限公司", "网站首页 | 走进华岳 | 新闻中心 | 产品展示 | 安全环保 | 党建园地 | 联系我们",
             "当前位置：首页 > 安全环保 > 专题专栏 > 2025年“安全生产月”专题")
    p.raw("")
    p.chrome("2025年“安全生产月”专题", "人人讲安全　个个会应急　查找身边安全隐患",
             "◀", "1 / 4", "▶",
             "图一：公司举行“安全生产月”启动仪式",
             "图二：一分厂开展消防灭火器实操训练",
             "图三：安全环保部人员检查喷涂车间除尘设施",
             "图四：员工在安全承诺墙前签名")
    p.raw("")
    p.chrome("活动动态　　　　　　　　　　　　更多>>",
             "· 二分厂组织叉车司机专项技能比武　　06-12",
             "· 公司开展危化品库房泄漏应急演练　　06-10",
             "· 安全环保部发布第一期隐患随手拍通报　　06-06",
             "· 公司召开“安全生产月”活动动员大会　　06-03")
    p.raw("")
    p.chrome("领导讲话")
    p.speech(SP.S07, para_fmt=lambda t: ["　　" + t])
    p.raw("")
    p.chrome("（来源：公司办公室　　编辑：田雨萌　　发布时间：2025-06-04　　浏览：1206次）")
    p.raw("")
    p.chrome("【通知公告】关于举办2025年员工安全知识竞赛的通知",
             "为进一步巩固“安全生产月”活动成果，公司定于6月20日在职工活动中心举办安全知识竞赛，各分厂以3人为一队报名参赛，报名截止时间为6月15日，联系人：安全环保部 曹磊，电话：0731-8562××××。",
             "点击下载：竞赛题库（2025版）.pdf")
    p.raw("")
    p.chrome("友情链接：应急管理部 | 省应急管理厅 | 中国安全生产网",
             "Copyright © 2025 华岳装备制造股份有限公司 版权所有　湘ICP备1803××××号-1",
             "地址：湖南省株洲市荷塘区金山工业园华岳路8号　邮编：412000")
    p.write()


def page08():
    p = Page("08")
    p.chrome("清风临川 · 临川县纪委监委网站", "首页　工作动态　审查调查　纪法课堂　警示教育　巡察工作　廉洁文化　信访举报",
             "廉洁从政　廉洁用权　廉洁修身　廉洁齐家",
             "当前位置：首页 >> 警示教育 >> 以案促改")
    p.raw("")
    p.speech(SP.S08, para_fmt=lambda t: ["　　" + t],
             title_fmt=lambda t: [t, "发布时间：2024-11-28　来源：县委办公室　字体：【大 中 小】　打印本页"])
    p.raw("")
    p.chrome("【责任编辑：黄思远】",
             "一人不廉，全家不圆；守住底线，幸福相伴。",
             "上一篇：县纪委监委通报3起安全生产领域失职失责典型问题",
             "下一篇：以案为鉴守初心　警钟长鸣践使命——全县党员干部观看警示教育片",
             "举报电话：12388　　举报网址：www.12388.gov.cn",
             "主办：中共临川县纪律检查委员会　临川县监察委员会　版权所有",
             "赣ICP备1200××××号　　赣公网安备3610××××××号")
    p.write(enc="gbk", eol="\r\n")


def page09():
    p = Page("09")
    p.chrome("09:41　　　　　　　　　　5G　87%", "＜ 返回　　　　　　　阅读模式　　　　　　　··· ",
             "字号　A－　A　A＋　　夜间模式 ○　　朗读 ▶")
    p.raw("")
    p.chrome("学习强安 · 讲话精选")
    toast = "✓ 有效阅读　积分 +1"
    progress = {}
    paras = [i for i, it in enumerate(SP.S09) if it[0] == "P"]
    n = len(paras)
    for frac in (30, 60):
        progress[paras[int(n * frac / 100) - 1]] = "本文已阅读 %d%%" % frac
    toasts = {paras[2], paras[6], paras[9]}

    def after(i, it):
        ex = []
        if i in toasts:
            ex.append(toast)
        if i in progress:
            ex.append(progress[i])
        if it[0] == "D":
            ex.append("来源：区融媒体中心　　阅读 2.3万　　2026-01-10")
        return ex
    p.speech(SP.S09, after=after)
    p.chrome("本文已阅读 100%", toast, "—— 已读完，本篇累计获得积分 3 ——",
             "☆ 收藏　　↗ 分享　　✎ 写观点　　♡ 点赞 486")
    p.raw("")
    p.chrome("相关推荐", "全市安全生产工作会议召开　部署2026年重点任务",
             "【每日答题】安全生产治本攻坚三年行动知识问答", "点击进入学习积分排行榜 >")
    p.write()


def page10():
    p = Page("10")
    wm = "yxfanwencom"
    p.chrome("优选范文网 yxfanwen.com - 免费范文大全，写作不再难",
             "首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 演讲稿 | 会员中心",
             "您现在的位置：优选范文网 > 讲话稿 > 安全生产讲话稿 > 正文")
    p.raw("")
    rnd = random.Random(7410)
    state = {"n": 0, "next": 3}

    def wrap(t):
        s = "　　" + t
        out = [s[i:i + 40] for i in range(0, len(s), 40)]
        res = []
        for ln in out:
            state["n"] += 1
            if state["n"] >= state["next"] and len(ln) > 6:
                pos = rnd.randint(3, len(ln) - 2)
                ln = ln[:pos] + wm + ln[pos:]
                p.addnoise(wm)
                state["n"] = 0
                state["next"] = rnd.choice((3, 4, 5))
            res.append(ln)
        return res
    p.speech(SP.S10, para_fmt=wrap,
             title_fmt=lambda t: [t, "时间：2025-10-09　作者：yx投稿　阅读：3471　收藏本文　下载本文"])
    p.raw("")
    p.chrome("本文由优选范文网用户投稿，版权归原作者所有，如有侵权请联系删除。",
             "下载本文 word 版（需开通VIP）　　复制全文（需登录）",
             "相关范文：", "· 在全镇安全生产暨消防工作会议上的讲话",
             "· 季度安全生产例会主持词", "· 企业安全生产月活动总结",
             "Copyright©2019-2025 yxfanwen.com 优选范文网 All Rights Reserved　蜀ICP备1900××××号")
    p.write()


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for f in (page06, page07, page08, page09, page10):
        f()
