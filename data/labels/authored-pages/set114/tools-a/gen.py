#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from one source (run from the output directory)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as S  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn, encoding, crlf):
        self.nn, self.encoding, self.crlf = nn, encoding, crlf
        self.lines, self.noise = [], []
        self.titles, self.headings, self.paragraphs = [], [], []

    def N(self, line, part=None):
        """chrome line; part = the injected piece to list as noise (default: whole line)"""
        self.lines.append(line)
        ns = (part if part is not None else line).strip()
        if len(ns) >= 4 and ns not in self.noise:
            self.noise.append(ns)

    def A(self, line):
        """allowed unlabelled line (speaker, date, salutation, signature, short marker, blank)"""
        self.lines.append(line)

    def speech(self, sp, indent="　　", hindent="　　", blank=False, salute="同志们：",
               split=None, join=None, header=True):
        """split: {paragraph index: list of cut points} -> page breaks that paragraph over lines;
        join: set of paragraph indexes run together with the next paragraph on one line."""
        split = split or {}
        join = join or set()
        if header:
            self.A(sp["title"])
            if sp["speaker"]:
                self.A(sp["speaker"])
            if sp["date"]:
                self.A(sp["date"])
            if salute:
                self.A(salute)
        self.titles.append(sp["title"])
        pi = 0
        pending = None
        for it in sp["items"]:
            if blank and pending is None:
                self.A("")
            if it[0] == "h":
                self.headings.append({"text": it[2], "level": it[1]})
                self.A(hindent + it[2])
                continue
            if it[0] == "hp":
                self.headings.append({"text": it[2], "level": it[1]})
                cat, text, lead = it[3], it[4], it[2] + "。"
            else:
                cat, text, lead = it[1], it[2], ""
            self.paragraphs.append({"text": text, "category": cat, "truncated": False})
            body = lead + text
            if pi in split:
                cuts = [0] + split[pi] + [len(body)]
                chunks = [body[a:b] for a, b in zip(cuts, cuts[1:])]
            else:
                chunks = [body]
            first = indent + chunks[0]
            if pending is not None:
                first = pending + chunks[0]
                pending = None
            if pi in join:
                assert len(chunks) == 1
                pending = first
            else:
                self.A(first)
                for c in chunks[1:]:
                    self.A(c)
            pi += 1
        assert pending is None

    def write(self):
        eol = "\r\n" if self.crlf else "\n"
        text = eol.join(self.lines) + eol
        if self.encoding == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode(self.encoding)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.titles),
            "titles": self.titles,
            "headings": self.headings,
            "paragraphs": self.paragraphs,
            "noise": self.noise,
        }
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        assert 8 <= len(self.noise) <= 25, (self.nn, len(self.noise))


# ---------------------------------------------------------------- 01 county 应急管理局, old CMS, gb18030 CRLF
def page01():
    p = Page("01", "gb18030", True)
    p.N("澄溪县应急管理局")
    p.N("网站首页　|　机构概况　|　政务公开　|　政策法规　|　安全生产　|　应急救援　|　防灾减灾　|　互动交流")
    p.N("今天是：2024年3月21日 星期四　　　　　　请输入关键字　　检索")
    p.N("您当前的位置：首页 >> 政务公开 >> 领导讲话")
    p.A("")
    p.N("索引号：\tCXX-YJJ-2024-00318\t发布机构：\t澄溪县应急管理局")
    p.N("生成日期：\t2024-03-21\t主题分类：\t安全生产监管")
    p.N("文　　号：\t无\t有 效 性：\t有效")
    p.N("名　　称：\t在全县安全生产暨消防工作会议上的讲话")
    p.A("")
    p.N("郑立衡县长在全县安全生产暨消防工作会议上的讲话")
    p.N("发布时间：2024-03-21 16:40　　来源：县应急管理局　　浏览次数：1286　　【字体：大 中 小】")
    p.A("")
    p.speech(S.S01, indent="　　", hindent="　　")
    p.A("")
    p.N("相关解读：【图解】一图读懂全县安全生产暨消防工作会议")
    p.A("")
    p.N("【打印本页】　【关闭窗口】")
    p.N("上一篇：在全县森林防灭火工作电视电话会议上的讲话")
    p.N("下一篇：澄溪县应急管理局2023年政府信息公开工作年度报告")
    p.A("")
    p.N("主办：澄溪县应急管理局　承办：澄溪县政务服务数据管理局")
    p.N("地址：澄溪县城关镇迎宾路88号　邮编：000000　电话：0000-6812345")
    p.N("网站标识码：0000000123　　澄ICP备00012345号　　建议使用1024×768分辨率浏览")
    p.write()


# ---------------------------------------------------------------- 02 city 安委办 column, two speeches, utf-8 LF
def page02():
    p = Page("02", "utf-8", False)
    p.N("沧岚市应急管理局　沧岚市安全生产委员会办公室")
    p.N("首页 | 新闻动态 | 安委办工作 | 政务公开 | 政策解读 | 办事服务 | 互动交流")
    p.N("当前位置：首页 > 安委办工作 > 会议讲话")
    p.N("栏目导航：会议讲话　督查通报　图解政策　工作简报　警示案例")
    p.A("")
    p.N("全市安委会2024年第一次全体会议讲话摘编")
    p.N("发布日期：2024-03-11　　来源：市安委办　　字号：[大] [中] [小]")
    p.N("编者按：3月8日，市安委会召开2024年第一次全体会议。现将市长韩启舟、常务副市长宋嘉禾在会上的讲话全文刊发，供各地各部门学习贯彻。")
    p.N("【图解】一图读懂全市安委会2024年第一次全体会议精神>>")
    p.A("")
    p.speech(S.S02A, indent="", hindent="", blank=True)
    p.A("")
    p.A("")
    p.speech(S.S02B, indent="", hindent="", blank=True)
    p.A("")
    p.A("沧岚市安全生产委员会办公室　2024年3月11日")
    p.A("")
    p.A("附件：")
    p.N("1.2024年全市安全生产重点工作任务分解表.docx")
    p.N("2.市安委会成员单位安全生产工作职责清单.pdf")
    p.N("3.全市安委会2024年第一次全体会议图解.jpg")
    p.A("")
    p.N("【打印本页】【关闭】【返回顶部】")
    p.N("相关图解")
    p.N("· 一图读懂2024年全市安全生产工作要点")
    p.N("· 图解：城镇燃气安全专项整治“十项措施”")
    p.A("")
    p.N("网站地图 | 联系我们 | 隐私声明 | 使用帮助")
    p.N("主办单位：沧岚市应急管理局　技术支持：沧岚市大数据中心　网站标识码：0000000456")
    p.write()


# ---------------------------------------------------------------- 03 街道办事处 news page, utf-8 CRLF
def page03():
    p = Page("03", "utf-8", True)
    p.N("云川区桂汀街道办事处")
    p.N("首页  街道概况  党建引领  工作动态  社区风采  便民服务  信息公开")
    p.N("您现在的位置：首页 > 工作动态 > 街道要闻")
    p.A("")
    p.N("桂汀街道召开节前安全生产工作部署会")
    p.N("作者：平安办　　来源：桂汀街道　　发布时间：2024年09月13日　　点击数：362")
    p.A("")
    p.N("　　9月12日下午，桂汀街道召开节前安全生产工作部署会，街道党工委书记陆文骞出席会议并讲话，"
        "街道办事处主任方蔚主持会议，街道班子成员、各社区书记、辖区重点单位负责人等共60余人参加会议。")
    p.N("　　会议通报了上半年辖区安全生产情况，要求各社区、各部门重点抓好燃气安全、消防安全和电动自行车安全排查，"
        "确保辖区群众度过一个平安祥和的节日。")
    p.N("[图片] 图为会议现场（摄影：柯一鸣）")
    p.N("　　以下为讲话全文：")
    p.A("")
    # paragraph 4 (the 一是/二是/三是 paragraph) is hard-wrapped by the page in two places
    p.speech(S.S03, indent="　　", split={4: [41, 108]})
    p.A("")
    p.N("（供稿：街道平安办　　编辑：林晓　　审核：方蔚）")
    p.N("分享：微信　QQ空间　新浪微博")
    p.N("【我要纠错】　【打印】　【关闭】")
    p.N("上一篇：桂汀街道开展“九小场所”消防安全夜查行动")
    p.N("下一篇：桂汀街道举办2024年社区应急疏散演练")
    p.N("扫一扫在手机打开当前页")
    p.N("版权所有：云川区桂汀街道办事处　地址：云川区桂汀路166号　联系电话：0000-8765432")
    p.write()


# ---------------------------------------------------------------- 04 开发区 site with 无障碍/长者模式 bar, utf-8 LF
def page04():
    p = Page("04", "utf-8", False)
    p.N("无障碍浏览 | 长者模式 | 繁體版 | English | 登录 | 注册")
    p.N("青漪经济技术开发区管理委员会")
    p.N("首页　园区概况　新闻中心　政务公开　投资服务　安全监管　互动交流")
    p.N("请输入关键词　搜索　　热词：营商环境　人才政策　项目审批")
    p.N("当前位置：首页 > 新闻中心 > 领导讲话")
    p.A("")
    p.N("邵景明主任在开发区2024年二季度安全生产例会上的讲话")
    p.N("发布时间：2024-04-09 10:21　　信息来源：开发区安监分局　　阅读次数：517")
    p.N("字号：大 中 小　｜　语音播报　｜　打印　｜　关闭")
    p.A("")
    # paragraphs 9 and 10 (责任落实 / 基层基础) run together on one line
    p.speech(S.S04, indent="    ", hindent="", join={10})
    p.A("")
    p.N("（根据会议录音整理，未经本人审阅）")
    p.N("【关闭窗口】　【返回顶部】")
    p.A("")
    p.N("相关阅读")
    p.N("· 开发区开展危化品企业特殊作业专项检查")
    p.N("· 开发区举行2024年防汛综合应急演练")
    p.A("")
    p.N("关于我们｜网站地图｜联系我们｜长者模式｜无障碍")
    p.N("主办：青漪经济技术开发区管理委员会　网站标识码：0000000789　公安备案号：00000000000001号")
    p.write()


# ---------------------------------------------------------------- 05 省应急管理厅 领导讲话, utf-16-le BOM CRLF
def page05():
    p = Page("05", "utf-16-le", True)
    p.N("澜川省应急管理厅")
    p.N("首页　机构职能　新闻中心　政务公开　政策文件　应急救援　科普宣教　互动交流")
    p.N("当前位置：首页 > 新闻中心 > 领导讲话")
    p.N("领导讲话")
    p.A("")
    p.N("乔仲远厅长在全省危险化学品安全风险集中治理推进会上的讲话")
    p.N("时间：2024-05-20 09:30　来源：省应急管理厅办公室　【字号：大 中 小】　【打印本页】")
    p.N("分享到：微信 微博 QQ空间")
    p.A("")
    p.speech(S.S05, indent="　　", hindent="　　")
    p.A("")
    p.N("分享到：微信 微博 QQ空间")
    p.N("【打印本页】　【关闭窗口】")
    p.N("上一条：全省应急管理系统召开防汛抗旱工作视频会议")
    p.N("下一条：在全省“安全生产月”活动启动仪式上的致辞")
    p.N("扫一扫在手机打开当前页")
    p.N("主办：澜川省应急管理厅　　网站标识码：0000000321　　备案号：澜ICP备00000321号")
    p.write()


if __name__ == "__main__":
    for f in (page01, page02, page03, page04, page05):
        f()
    print("wrote 01-05")
