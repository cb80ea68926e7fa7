#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from one source (tools/speeches.py)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S1, S2, S3, S4, S5, S6  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.titles = []
        self.headings = []
        self.paras = []
        self.noise = []

    def chrome(self, line, noise=None):
        """A chrome line; noise defaults to the whole stripped line (None), or a list of parts."""
        self.lines.append(line)
        if noise is None:
            noise = [line.strip()] if len(line.strip()) >= 4 else []
        for n in noise:
            if n not in self.noise:
                self.noise.append(n)

    def raw(self, line):
        self.lines.append(line)

    def title(self, line, prefix=""):
        self.titles.append(line)
        self.lines.append(prefix + line)

    def body(self, sp, ind="", blank=False, hind=None, inserts=None, merge=(), wrap=None):
        """Render a speech's items. inserts: {item index: [chrome lines after it]};
        merge: item indexes whose paragraph is run onto the previous paragraph's line;
        wrap: {item index: split position} page breaks the paragraph across two lines."""
        hind = ind if hind is None else hind
        inserts = inserts or {}
        wrap = wrap or {}
        for i, it in enumerate(sp["items"]):
            kind = it[0]
            if kind == "h":
                self.headings.append({"text": it[1], "level": it[2]})
                self.lines.append(hind + it[1])
            elif kind == "rh":
                self.headings.append({"text": it[1], "level": it[2]})
                self.paras.append({"text": it[3], "category": it[4], "truncated": False})
                self.lines.append(hind + it[1] + "。" + it[3])
            else:
                self.paras.append({"text": it[1], "category": it[2], "truncated": False})
                if i in merge:
                    self.lines[-1] = self.lines[-1] + it[1]
                elif i in wrap:
                    k = wrap[i]
                    self.lines.append(ind + it[1][:k])
                    self.lines.append(it[1][k:])
                else:
                    self.lines.append(ind + it[1])
            if blank and (i + 1 not in merge):
                self.lines.append("")
            for c in inserts.get(i, []):
                self.chrome(c)
                if blank:
                    self.lines.append("")

    def write(self, enc, eol):
        text = eol.join(self.lines) + eol
        data = text.encode(enc)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(data)
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.titles),
            "titles": self.titles,
            "headings": self.headings,
            "paragraphs": self.paras,
            "noise": self.noise,
        }
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- 01: 安全管理网-like portal, 安全讲话 column
def page01():
    p = Page("01")
    c = p.chrome
    c("在2024年全县安全生产委员会第一次全体会议上的讲话_领导讲话_安管之家网")
    c("安管之家 - 安全管理人员的网上家园    登录 | 免费注册 | 会员中心 | 设为首页 | 加入收藏")
    c("首页 | 安全管理 | 安全技术 | 安全讲话 | 安全制度 | 应急预案 | 事故案例 | 文档下载 | 安全论坛")
    c("当前位置：首页 > 安全讲话 > 领导讲话 > 正文")
    p.raw("")
    p.title(S1["title"])
    c("发布日期：2024-03-05  浏览次数：2386  所需积分：3  下载次数：41  【字号 大 中 小】")
    c("【摘要】今天召开县安委会第一次全体会议，主要任务是总结去年全县安全生产工作……")
    p.raw("")
    p.raw("　　" + S1["speaker"])
    p.raw("　　" + S1["date"])
    p.raw("")
    p.raw("　　" + S1["salute"])
    prompt = "★温馨提示：注册会员登录后可下载本讲话Word完整版，VIP会员免积分下载，普通会员每篇扣3积分★"
    p.body(S1, ind="　　", inserts={9: [prompt]})
    p.raw("")
    c("【下载本文】下载Word文档（需3积分）    您当前积分：0    如何获取积分？")
    c("上一篇：在全县道路交通安全工作会议上的讲话")
    c("下一篇：安全生产月启动仪式上的讲话（企业负责人）")
    p.raw("")
    c("相关讲话")
    c("·在全市安全生产委员会全体会议上的讲话　　2024-02-28")
    c("·县长在全县安全生产工作会议上的讲话（二）　　2024-02-19")
    c("·乡镇安全生产工作会议讲话稿　　2024-01-30")
    c("·在节前安全生产检查动员会上的讲话　　2024-01-22")
    p.raw("")
    c("网友评论（0）  发表评论需登录，评论送1积分")
    c("声明：本站讲话稿均由会员上传，仅供学习交流，如有侵权请联系删除。")
    c("Copyright © 2009-2024 安管之家网 aqgl-home.cn 版权所有  苏ICP备10293847号-2")
    p.write("gb18030", "\r\n")


# ---------------------------------------------------------------- 02: industry association news page
def page02():
    p = Page("02")
    c = p.chrome
    c("临江市建筑业协会 | Linjiang Construction Industry Association")
    c("首页  协会概况  新闻动态  政策法规  安全质量  会员服务  入会指南  联系我们")
    c("您现在的位置：首页 >> 新闻动态 >> 协会新闻")
    p.raw("")
    c("我市召开2024年建筑施工安全生产工作推进会")
    c("发布时间：2024-06-04 09:30    来源：协会秘书处    浏览：1532次    【打印】")
    p.raw("")
    c("    6月3日下午，全市建筑施工安全生产工作推进会在市建设大厦召开。市住房和城乡建设局副局长欧阳蔚出席会议并讲话，协会会长韩立群主持会议，全市120余家会员单位负责人参加会议。")
    c("    会上，协会通报了上半年全市建筑施工安全生产标准化考评情况，三家企业作了交流发言。会议强调，各会员单位要拧紧安全责任链条，确保全市建筑施工安全形势持续稳定。")
    c("    现将欧阳蔚副局长讲话全文刊发如下：")
    p.raw("")
    p.title(S2["title"])
    p.raw(S2["speaker"])
    p.raw("")
    p.raw(S2["salute"])
    p.body(S2, ind="    ", hind="    ", blank=True)
    c("（根据录音整理，未经本人审阅）")
    p.raw("")
    c("【打印本页】  【关闭窗口】  【返回顶部】")
    c("上一条：协会召开第五届理事会第三次会议")
    c("下一条：关于开展2024年度“安全文明标准化工地”评选活动的通知")
    p.raw("")
    c("友情链接：市住房和城乡建设局 | 市应急管理局 | 省建筑业协会 | 市质量安全监督站")
    c("版权所有：临江市建筑业协会  地址：临江市建设路88号建设大厦9楼  电话：0000-6231xxxx")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 03: 安全文化网-like article
def page03():
    p = Page("03")
    c = p.chrome
    c("安全文化在线 —— 传播安全文化  关爱生命健康")
    c("首页 | 安全文化 | 企业文化 | 安全讲话 | 安全知识 | 事故警示 | 班组建设 | 安全论坛")
    c("当前位置：安全文化在线 → 安全讲话 → 企业领导讲话")
    p.raw("")
    p.title(S3["title"])
    c("作者：钟慕白  来源：江川化工安环部  点击：1873  更新时间：2024-6-5 8:41:07")
    c("【字体：大 中 小】【我要投稿】【打印】【关闭】")
    p.raw("")
    c("　　编者按：本文是一家化工企业负责人在安全生产月动员大会上的讲话，结合企业实际，讲问题不回避、提要求很具体，推荐各企业安全管理人员参考。")
    p.raw("")
    p.raw("　　" + S3["speaker"])
    p.raw("")
    p.raw("　　" + S3["salute"])
    p.body(S3, ind="　　")
    p.raw("")
    c("（责任编辑：安小文）")
    c("顶一下（12）    踩一下（0）")
    p.raw("")
    c("推荐阅读")
    c("  · 安全生产月活动动员讲话（车间主任）")
    c("  · 在公司安全生产月启动仪式上的讲话")
    c("  · 厂长在安全生产工作会议上的讲话提纲")
    c("  · 有限空间作业中毒窒息事故警示录")
    p.raw("")
    c("相关评论：暂无评论    [发表评论]")
    c("关于我们 | 广告服务 | 网站地图 | 联系我们 | 投稿须知")
    c("安全文化在线 版权所有 © 2006-2024  京ICP备05117263号")
    p.write("utf-8", "\r\n")


# ---------------------------------------------------------------- 04: safety training site 讲稿 page
def page04():
    p = Page("04")
    c = p.chrome
    c("安培学苑 — 安全培训 · 注安考证 · 企业内训    400-000-7788")
    c("首页 | 注安师 | 安全员 | 特种作业 | 企业内训 | 讲稿范文 | 题库 | 直播课")
    c("您的位置：首页 > 讲稿范文 > 安全讲话稿")
    p.raw("")
    p.title(S4["title"], prefix="【讲稿】")
    p.noise.append("【讲稿】")
    c("字数：约1200字 | 适用对象：乡镇、街道 | 更新：2024-04-18 | 阅读 3,208")
    c("[2024注安师考前冲刺班] 名师押题 不过免费重学 >>立即报名")
    p.raw("")
    p.raw(S4["speaker"])
    p.raw(S4["date"])
    p.raw(S4["salute"])
    ad = "【推荐课程】燃气安全管理人员培训（线上32学时） ¥399 已有2318人报名 立即报名"
    # item 18 (宣传培训) is run onto item 17's line; ad after the 形势分析 part
    p.body(S4, ind="", inserts={6: [ad]}, merge=(18,))
    p.raw("")
    c("本讲稿仅供培训学习参考，转载请注明出处。下载PPT课件请联系在线客服。")
    c("上一篇：安全生产月领导讲话稿（企业版）")
    c("下一篇：在全镇安全生产大检查工作部署会上的讲话")
    p.raw("")
    c("热门课程")
    c("· 安全生产管理人员继续教育（24学时） 立即报名")
    c("· 有限空间作业安全培训 立即报名")
    p.raw("")
    c("在线客服")
    c("QQ咨询  微信咨询  电话：400-000-7788（9:00-21:00）")
    c("返回顶部")
    c("© 2024 安培学苑 anpei-xueyuan.com 版权所有")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 05: 安全工程师 forum thread, two speeches
def page05():
    p = Page("05")
    c = p.chrome
    sig1 = "安全无小事，责任大于天 —— 注安交流群：000123456"
    c("安工论坛 - 注册安全工程师交流社区 › 首页 › 安全管理交流 › 讲话稿/材料分享")
    c("标题: [原创] 自己写的公司二季度安全例会讲话，请各位前辈拍砖")
    c("查看: 4217 | 回复: 5  [复制链接]")
    p.raw("")
    p.raw("楼主")
    c("安全老兵老周 发表于 2024-4-8 21:17:33 | 只看该作者 | 倒序浏览")
    c("帖子 1208 | 精华 3 | 积分 5677 | 注册安全工程师(金属非金属矿山)")
    c("本帖最后由 安全老兵老周 于 2024-4-9 08:02 编辑")
    p.raw("")
    p.title(S5["title"])
    p.raw(S5["speaker"])
    p.raw("")
    p.raw(S5["salute"])
    p.raw("")
    p.body(S5, blank=True, wrap={4: 61})
    c("------------------------------")
    c(sig1)
    c("回复 引用 支持(8) 反对(0)")
    p.raw("")
    p.raw("沙发")
    c("小白学安全 发表于 2024-4-8 21:40:05")
    c("写得很接地气，收藏了！一是二是三是那两段可以直接拿来用。")
    c("回复 引用 支持(8) 反对(0)", noise=[])
    p.raw("")
    p.raw("板凳")
    c("山城水利人 发表于 2024-4-9 10:26:51")
    c("楼主写得好。我也补充一篇，是我们县去年汛前会议上领导的讲话，人名都改了，大家参考：")
    p.raw("")
    p.title(S6["title"])
    p.raw(S6["speaker"])
    p.raw(S6["salute"])
    p.body(S6)
    c("------------------------------", noise=[])
    c("防汛无小事 · 宁可十防九空")
    c("回复 引用 支持(8) 反对(0)", noise=[])
    p.raw("")
    p.raw("地板")
    c("安全老兵老周 发表于 2024-4-9 11:03:12")
    c("> 山城水利人 发表于 2024-4-9 10:26 楼主写得好。我也补充一篇……")
    c("谢谢！防汛这篇结构清楚，三个部分层次分明，一看就是老笔杆子。")
    p.raw("")
    p.raw("5#")
    c("zhuan_an_2023 发表于 2024-4-10 09:15:40")
    c("第四段那句“一季度没出事，不等于没有风险”说得好，借用了。")
    p.raw("")
    c("快速回复主题    您需要登录后才可以回帖 登录 | 立即注册")
    c("Powered by XForum 3.2 © 2008-2024 安工论坛 ( 浙ICP备00420815号-1 )")
    p.write("gb18030", "\n")


if __name__ == "__main__":
    for f in (page01, page02, page03, page04, page05):
        f()
    print("written 01-05")
