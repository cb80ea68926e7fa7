#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt pages and gold/NN.json from tools/speeches.py, so page and gold agree by construction."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S01, S02, S03, S04A, S04B, S05  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u4e00-\u9fff]")


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def chrome(self, line, noise=True):
        """a chrome line; by default the whole stripped line is a noise string"""
        self.lines.append(line)
        if noise:
            self.add_noise(line.strip())

    def add_noise(self, s):
        if s not in self.noise:
            self.noise.append(s)

    def raw(self, line):
        """an unlabelled line (salutation, speaker, date, blank, short marker)"""
        self.lines.append(line)

    def speech(self, sp, indent="", hindent=None, blank=False, wraps=None, inject=None, after=None,
               title_line=None):
        wraps, inject, after = wraps or {}, inject or {}, after or {}
        hindent = indent if hindent is None else hindent
        self.titles.append(sp["title"])
        self.lines.append(title_line if title_line else sp["title"])
        for ln in sp["pre"]:
            if blank:
                self.lines.append("")
            self.lines.append(ln)
        for i, it in enumerate(sp["items"]):
            if blank:
                self.lines.append("")
            if it[0] == "H":
                _, lvl, text, end = it
                self.headings.append({"text": text, "level": lvl})
                line = hindent + text + end
            elif it[0] == "R":
                _, lvl, head, cat, para = it
                self.headings.append({"text": head, "level": lvl})
                self.paragraphs.append({"text": para, "category": cat, "truncated": False})
                line = indent + head + "。" + para
            else:
                _, cat, para = it
                self.paragraphs.append({"text": para, "category": cat, "truncated": False})
                line = indent + para
            if i in inject:
                for anchor, text in inject[i]:
                    k = line.index(anchor) + len(anchor)
                    line = line[:k] + text + line[k:]
                    self.add_noise(text.strip())
            if i in wraps:
                cuts = [0] + wraps[i] + [len(line)]
                for a, b in zip(cuts, cuts[1:]):
                    self.lines.append(line[a:b])
            else:
                self.lines.append(line)
            for ln in after.get(i, []):
                if blank:
                    self.lines.append("")
                self.chrome(ln)

    def write(self, enc, eol):
        text = eol.join(self.lines) + eol
        if enc == "utf-16-le":
            data = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            data = text.encode(enc)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(data)
        gold = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")
        for n in self.noise:
            assert n in text, (self.nn, n)
        print("%s: %d lines, %d noise, %s/%s" % (self.nn, len(self.lines), len(self.noise), enc,
                                                  "CRLF" if eol == "\r\n" else "LF"))


def han(sp):
    n = 0
    for it in sp["items"]:
        n += sum(len(HAN.findall(x)) for x in it[1:] if isinstance(x, str))
    return n


# ---------------------------------------------------------------- 01 市应急管理局 领导讲话 column (Mac Safari copy)
def page01():
    p = Page("01")
    p.chrome("在全市危险化学品安全风险集中治理部署会上的讲话 - 领导讲话 - 澄州市应急管理局")
    p.chrome("澄州市应急管理局欢迎您！　今天是：2024年4月22日 星期一")
    p.chrome("首页 | 机构概况 | 政务公开 | 新闻中心 | 领导讲话 | 安全生产 | 应急救援 | 互动交流")
    p.chrome("您所在的位置：首页 > 新闻中心 > 领导讲话")
    p.raw("")
    p.speech(S01, blank=True, after={
        0: [],
    })
    # the info bar sits under the H1 in the DOM, but Safari puts the floated bar after the subtitle block
    lines = p.lines
    k = lines.index("——澄州市应急管理局党委书记、局长　周立平")
    info = "发布时间：2024-04-19 16:32　　信息来源：局办公室　　浏览次数：2186　　字号：大 中 小"
    lines.insert(k + 1, info)
    p.add_noise(info)
    p.raw("")
    p.chrome("【打印本页】　【关闭窗口】")
    p.chrome("分享到：微信　新浪微博　QQ空间　复制链接")
    p.chrome("（本文责编：何雨桐　　校对：宋佳　　签发审核：罗建军）")
    p.raw("")
    p.chrome("上一篇：全市应急管理系统2024年工作会议召开")
    p.chrome("下一篇：在全市防汛抗旱工作会议上的讲话")
    p.raw("")
    p.chrome("相关阅读")
    p.chrome("· 在全市应急管理工作会议上的讲话　2024-02-27")
    p.chrome("· 在全市安全生产“开工第一课”视频会上的讲话　2024-02-19")
    p.chrome("· 周立平赴临港化工园区调研安全生产工作　2024-04-02")
    p.raw("")
    p.chrome("主办单位：澄州市应急管理局　　承办单位：澄州市应急管理局信息中心")
    p.chrome("网站标识码：4305000021　　澄ICP备05011237号-1　　公安机关备案号：43050202000318")
    p.chrome("地址：澄州市龙山大道88号　　邮编：422000　　值班电话：0736-8826110")
    p.raw("")
    p.chrome("————————————————", noise=False)
    p.chrome("版权声明：本文为澄州市应急管理局网站原创内容，转载请注明出处。")
    p.chrome("原文链接：http://yjj.chengzhou.gov.cn/ldjh/202404/t20240419_118823.html")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 02 县人民政府 领导活动 (Notepad ANSI save)
def page02():
    p = Page("02")
    p.chrome("禾丰县人民政府门户网站")
    p.chrome("无障碍浏览　长者模式　繁體版　智能问答")
    p.chrome("首页　政务公开　政务服务　互动交流　走进禾丰　专题专栏")
    p.chrome("首页 > 政务动态 > 领导活动")
    p.raw("")
    p.chrome("刘卫东主持召开县安委会2024年第二次全体会议")
    p.chrome("发布时间：2024-07-03 10:15:26　来源：县政府办公室　作者：张蕾　浏览量：[1045]")
    p.raw("")
    p.chrome("　　7月2日下午，县长、县安委会主任刘卫东主持召开县安委会2024年第二次全体会议，总结上半年全县安全生产工作，分析当前形势，部署下半年重点任务。副县长、县安委会副主任王海军通报了上半年全县安全生产情况，县住建局、县交通运输局、石桥镇作交流发言。")
    p.chrome("　　县领导李红梅、王海军，县安委会各成员单位主要负责人，各乡镇乡镇长、分管负责人参加会议。现将刘卫东同志讲话全文刊发如下：")
    p.raw("")
    p.speech(S02, indent="　　", hindent="　　")
    p.raw("")
    p.chrome("扫一扫在手机打开当前页")
    p.chrome("【打印】【关闭】")
    p.raw("")
    p.chrome("【相关链接】")
    p.chrome("刘卫东在县安全生产委员会2024年第一次全体会议上的讲话")
    p.chrome("刘卫东带队检查汛期安全生产工作")
    p.raw("")
    p.chrome("版权所有：禾丰县人民政府办公室　　承办：禾丰县大数据中心")
    p.chrome("网站标识码：5130240001　　禾ICP备10004521号")
    p.chrome("联系电话：0817-7212345（工作日）　　建议使用1366×768以上分辨率浏览")
    p.write("gb18030", "\r\n")


# ---------------------------------------------------------------- 03 乡镇人民政府 old CMS (Notepad Unicode save)
def page03():
    p = Page("03")
    p.chrome("白沙镇人民政府网 - 安全生产 - 在全镇岁末年初安全生产工作会议上的讲话")
    p.chrome("设为首页 | 加入收藏 | 联系我们")
    p.chrome("网站首页　镇情概况　政务公开　招商引资　便民服务　安全生产　留言板")
    p.chrome("当前位置：首页 >> 政务公开 >> 安全生产 >> 正文")
    p.raw("")
    # old editor pasted the Word text with hard line breaks in two paragraphs
    p.speech(S03, indent="　　", hindent="　　", wraps={
        3: [40, 79],
        6: [36],
    })
    lines = p.lines
    k = lines.index(S03["title"])
    meta = "作者：党政办　　文章来源：本站原创　　点击数：326　　更新时间：2023-12-29"
    lines.insert(k + 1, meta)
    lines.insert(k + 2, "【字体：大 中 小】")
    p.add_noise(meta)
    p.add_noise("【字体：大 中 小】")
    p.raw("")
    p.chrome("【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】")
    p.chrome("上一篇文章：白沙镇召开冬季森林防火工作会议")
    p.chrome("下一篇文章：关于做好2024年元旦春节期间安全生产工作的通知")
    p.raw("")
    p.chrome("网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）")
    p.chrome("匿名网友：石桥村老张　评论时间：2023-12-30 08:41:17")
    p.chrome("镇长讲得实在，去年我们村就是因为电线老化着了火，这回是要好好查一查。")
    p.raw("")
    p.chrome("Copyright © 2008-2023 安平县白沙镇人民政府 All Rights Reserved")
    p.chrome("地址：安平县白沙镇解放街16号　电话：0731-5561208　技术支持：安平县信息中心")
    p.chrome("建议使用IE6.0以上浏览器，1024×768分辨率浏览本站")
    p.write("utf-16-le", "\r\n")


# ---------------------------------------------------------------- 04 开发区管委会 新闻动态 reprint (Win10 Notepad UTF-8)
def page04():
    p = Page("04")
    p.chrome("云湖经济技术开发区管理委员会")
    p.chrome("首页　走进经开区　新闻动态　政务公开　投资服务　企业服务　互动交流")
    p.chrome("位置：首页 / 新闻动态 / 园区要闻")
    p.raw("")
    p.chrome("经开区召开2024年“安全生产月”暨防汛工作部署会")
    p.chrome("来源：云湖日报　　时间：2024-06-07　　阅读量：873　　【转载】")
    p.raw("")
    p.chrome("　　6月5日，经开区召开2024年“安全生产月”暨防汛工作部署会，党工委副书记、管委会主任孙海涛出席会议并讲话，管委会副主任韩冰作具体部署。现将两位领导的讲话予以刊发。")
    p.chrome("图为会议现场。（记者 杨帆 摄）")
    p.raw("")
    p.speech(S04A, indent="　　", hindent="　　")
    p.raw("")
    p.speech(S04B, indent="　　", hindent="　　", after={
        4: ["▲孙海涛在会上讲话"],
    })
    p.raw("")
    p.chrome("（记者　杨帆　通讯员　李佳琪）")
    p.chrome("责任编辑：吴倩　　审核：郑涛")
    p.chrome("【声明】本站转载作品仅为传递信息，版权归原作者所有，如有侵权请联系删除。")
    p.raw("分享：")
    p.raw("")
    p.chrome("上一条：经开区开展危化品企业安全生产专项检查")
    p.chrome("下一条：经开区举办2024年应急救援综合演练")
    p.raw("")
    p.chrome("版权所有：云湖经济技术开发区管理委员会　　地址：云湖市滨湖大道1号")
    p.chrome("网站标识码：3601990003　　云ICP备2021004567号")
    p.write("utf-8", "\r\n")


# ---------------------------------------------------------------- 05 省应急管理厅 原文 + 解读 box (Mac copy, UTF-8)
def page05():
    p = Page("05")
    p.chrome("在全省安全生产工作会议上的讲话_政策解读_南岭省应急管理厅")
    p.chrome("南岭省应急管理厅 门户网站")
    p.chrome("首页　机构职能　新闻动态　政务公开　政策解读　应急救援　互动交流")
    p.chrome("首页 > 政务公开 > 政策解读")
    p.raw("")
    p.chrome("索引号：11430000MB1C23456X/2024-00318　　发布机构：南岭省应急管理厅　　主题分类：安全生产监管")
    p.chrome("发布日期：2024-02-26　　浏览次数：1206　　【打印】【收藏】【关闭】")
    p.raw("")
    p.chrome("原文　｜　解读")
    p.raw("")
    wm = "南岭省应急管理厅网站 yjglt.nanling.gov.cn"
    box = [
        "【解读】一图读懂全省安全生产工作会议精神",
        "● 关键数据：2023年全省事故起数、死亡人数同比分别下降13.6%、9.8%，连续三年未发生重特大事故。",
        "● 重点任务：重大事故隐患动态清零；乡镇应急管理站所年底前全覆盖；高危企业接入监测预警系统。",
        "● 责任要求：考核结果与干部评价使用挂钩，发生较大以上事故的实行“一票否决”。",
        "解读单位：省应急管理厅政策法规处　　解读人：钟明远",
    ]
    p.speech(S05, blank=True, after={4: box}, inject={
        3: [("较大事故仍时有发生，", wm)],
        14: [("全面落实全员安全生产责任制。", wm)],
    })
    p.raw("")
    p.chrome("相关解读")
    p.chrome("《全省安全生产工作会议精神》政策问答")
    p.chrome("图解：2024年全省安全生产重点工作任务")
    p.raw("")
    p.chrome("主办：南岭省应急管理厅　　网站标识码：4300000047　　南ICP备08002316号")
    p.write("utf-8", "\n")


if __name__ == "__main__":
    for f in (page01, page02, page03, page04, page05):
        f()
    for name, sp in (("01", S01), ("02", S02), ("03", S03), ("04a", S04A), ("04b", S04B), ("05", S05)):
        print("Han %s: %d" % (name, han(sp)))
