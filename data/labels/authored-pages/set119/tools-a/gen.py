#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from speeches.py, so page and gold agree by construction."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles, self.headings, self.paragraphs = [], [], []

    def n(self, text):
        """a chrome line; its whole text is a noise string"""
        self.lines.append(text)
        self.add_noise(text.strip())

    def add_noise(self, s):
        if s not in self.noise:
            self.noise.append(s)

    def x(self, text=""):
        """a line that is neither labelled nor noise (blank, salutation, speaker, date, signature)"""
        self.lines.append(text)

    def title(self, t):
        self.lines.append(t)
        self.titles.append(t)

    def speech(self, sp, indent="", blank=False, inline=None, split=None, before=None):
        """inline: {para_no: (anchor, noise)} noise inserted right after anchor inside the paragraph's line
        split: {para_no: (anchor, [chrome lines])} paragraph broken after anchor, chrome lines in between
        before: {para_no: [chrome lines]} chrome lines set before the paragraph"""
        inline, split, before = inline or {}, split or {}, before or {}
        pno = 0
        pending = None  # run-in heading text waiting for its paragraph
        for b in sp["blocks"]:
            if b[0] == "h":
                _, level, text, mode = b
                self.headings.append({"text": text, "level": level})
                if mode == "runin":
                    pending = text + "。"
                    continue
                self.lines.append(indent + text + ("。" if mode == "line。" else ""))
                if blank:
                    self.lines.append("")
                continue
            _, cat, text = b
            self.paragraphs.append({"text": text, "category": cat, "truncated": False})
            for ln in before.get(pno, []):
                self.n(ln)
                if blank:
                    self.lines.append("")
            body = text
            if pno in inline:
                anchor, nz = inline[pno]
                k = body.index(anchor) + len(anchor)
                body = body[:k] + nz + body[k:]
                self.add_noise(nz.strip())
            head = indent + (pending or "")
            pending = None
            if pno in split:
                anchor, chrome = split[pno]
                k = body.index(anchor) + len(anchor)
                self.lines.append(head + body[:k])
                for ln in chrome:
                    self.n(ln)
                self.lines.append(body[k:])
            else:
                self.lines.append(head + body)
            if blank:
                self.lines.append("")
            pno += 1

    def write(self, encoding, crlf, bom=False):
        nl = "\r\n" if crlf else "\n"
        text = nl.join(self.lines) + nl
        raw = text.encode(encoding)
        if bom:
            raw = b"\xff\xfe" + raw
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
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ------------------------------------------------------------------ 01 煤矿集团新闻中心 (IE copy, Notepad ANSI save)
def page01():
    sp = PAGES["01"][0]
    p = Page("01")
    p.n("在集团公司2024年安全生产工作会议上的讲话--安全生产--汾源煤业集团新闻中心")
    p.n("汾源煤业集团新闻中心")
    p.n("首页 | 集团概况 | 新闻中心 | 安全生产 | 党建工作 | 企业文化 | 人才招聘 | 联系我们")
    p.n("★安全运行天数★　集团公司已实现安全生产 1286 天（截至2024年3月11日）")
    p.n("当前位置：首页 > 新闻中心 > 安全生产")
    p.x()
    p.title(sp["title"])
    p.x("党委书记、董事长　刘振华")
    p.x("（2024年3月8日）")
    p.n("发布时间：2024-03-11 09:32　　来源：集团公司办公室　　作者：宣传部　　点击：2316")
    p.n("【字号 大 中 小】　【打印】　【关闭】")
    p.x()
    p.x("同志们：")
    p.speech(sp, indent="　　", before={2: ["　　▲3月8日，集团公司召开2024年安全生产工作会议。　宣传部 摄"]})
    p.x()
    p.n("（责任编辑：郭晓燕　审核：李志强）")
    p.x()
    p.n("上一篇：集团公司召开一季度安全生产例会")
    p.n("下一篇：汾源煤业集团开展“安全生产月”系列活动")
    p.x()
    p.n("相关新闻")
    p.n("·刘振华在2023年度安全生产工作会议上的讲话")
    p.n("·王立新在集团公司安全生产警示教育大会上的讲话")
    p.n("·东岭矿召开雨季“三防”工作部署会")
    p.x()
    p.n("版权所有：晋北汾源煤业集团有限责任公司　晋ICP备05012376号")
    p.n("地址：汾源市迎泽北路188号　邮编：036000　电话：0350-3126000")
    p.x()
    p.n("本文来源：汾源煤业集团新闻中心　原文链接：http://www.fymy-group.com.cn/xwzx/aqsc/202403/t20240311_4821.html")
    p.write("gb18030", crlf=True)


# ------------------------------------------------------------------ 02 化工企业 HSE 专栏 (Safari copy, Mac UTF-8)
def page02():
    sp = PAGES["02"][0]
    warn = "⚠ 危险化学品生产企业 · 厂区严禁烟火 · 外来人员须登记并接受安全告知"
    p = Page("02")
    p.n(sp["title"] + " - HSE专栏 - 润宇化工")
    p.n("鲁东润宇化工有限公司")
    p.n("LUDONG RUNYU CHEMICAL CO., LTD.")
    p.n("首页  走进润宇  新闻中心  HSE专栏  产品与服务  人力资源  联系我们")
    p.n(warn)
    p.n("HSE方针 | 安全动态 | 环保信息公开 | 职业健康 | 应急管理")
    p.n("您所在的位置：首页 > HSE专栏 > 安全动态")
    p.x()
    p.title(sp["title"])
    p.n("发布部门：安全环保部　|　发布时间：2024-07-02 16:08　|　浏览：613次")
    p.x()
    p.n("编者按：6月28日下午，公司召开二季度安全生产例会，王建军厂长没有用稿子，讲了四件事。现根据录音整理，略有删节，供各车间、班组学习讨论。")
    p.x()
    p.x("厂长 王建军")
    p.x()
    p.x("各位班组长、同志们：")
    p.x()
    p.speech(sp, blank=True)
    p.n("（根据会议录音整理，未经本人审阅）")
    p.x()
    p.n("分享到：微信 朋友圈 微博")
    p.n("上一篇：安环部开展夏季“四防”专项检查")
    p.n("下一篇：公司组织液氯泄漏现场处置演练")
    p.x()
    p.n("HSE专栏热门文章")
    p.n("1 王建军厂长在2023年度安全环保工作总结会上的讲话")
    p.n("2 孙总在一季度安全生产例会上的讲话要点")
    p.n("3 【警示】某化工企业受限空间窒息事故案例分析")
    p.x()
    p.n(warn)
    p.n("24小时应急值班电话：0535-6218119　　环保举报电话：0535-6218120")
    p.n("Copyright © 2018-2024 鲁东润宇化工有限公司 版权所有　鲁ICP备17028316号-1")
    p.write("utf-8", crlf=False)


# ------------------------------------------------------------------ 03 建筑集团内网 (Chrome copy, Win10 Notepad UTF-8)
def page03():
    sp = PAGES["03"][0]
    wm = "内部资料 严禁外传 张敏 10.20.3.115"
    p = Page("03")
    p.n("鼎建集团协同办公平台")
    p.n("欢迎您：张敏（第三工程公司·工程管理部）　|　待办(3)　|　消息(12)　|　修改密码　|　安全退出")
    p.n("首页　通知公告　集团要闻　项目部动态　安全质量　党建园地　制度文件　通讯录")
    p.n("当前位置：集团要闻 > 安全质量")
    p.x()
    p.title(sp["title"])
    p.x("总经理　赵德胜")
    p.x("2024年6月3日")
    p.n("发布人：集团办公室　　发布时间：2024-06-04 08:45　　阅读(1287)　　【收藏】")
    p.x()
    p.x("同志们：")
    p.speech(
        sp,
        inline={2: ("有的分包队伍人员流动快，", " " + wm + " "), 9: ("项目部每周开展一次班前安全讲评，", wm)},
        before={4: [wm]},
        split={6: ("汛期实行项目经理带班和24小时值班制度，", ["第1页/共2页", "« 上一页　1　2　下一页 »"])},
    )
    p.n("（集团办公室供稿）")
    p.n("第2页/共2页")
    p.n("« 上一页　1　2　下一页 »")
    p.x()
    p.n("附件：赵德胜总经理讲话（定稿）.docx　36KB　已下载57次")
    p.x()
    p.n("项目部动态　　　　　　　　更多>>")
    p.n("· 滨江府项目部开展防高坠应急演练")
    p.n("· 市政公司G312改造项目通过省级安全文明工地验收")
    p.n("党建园地　　　　　　　　更多>>")
    p.n("· 集团党委书记在庆祝建党103周年暨七一表彰大会上的讲话")
    p.n("· 第三工程公司党支部开展“安全生产党员先行”主题党日活动")
    p.x()
    p.n("鼎建集团信息中心 技术支持　内线：8021　建议使用Chrome浏览器，分辨率1920×1080")
    p.write("utf-8", crlf=True)


# ------------------------------------------------------------------ 04 交通运输局 (Mac copy, UTF-8 LF), two speeches
def page04():
    a, b = PAGES["04"]
    p = Page("04")
    p.n("全县交通运输安全生产暨防汛工作会议召开_工作动态_云岭县交通运输局")
    p.n("云岭县交通运输局")
    p.n("网站首页 | 机构概况 | 政务公开 | 工作动态 | 领导讲话 | 公路建设 | 运输管理 | 政策法规 | 互动交流")
    p.n("实时路况 ｜ 【G208线】K356+200至K358+600段路面修复施工，半幅通行，请减速慢行　【X015线】青峰镇段K12+400处小型塌方，已设置警示标志，请绕行X017线　【出行提示】雨天路滑，请谨慎驾驶")
    p.n("您现在的位置：首页 » 工作动态 » 领导讲话")
    p.x()
    p.n("全县交通运输安全生产暨防汛工作会议召开")
    p.n("信息来源：局办公室　　发布日期：2024-05-22　　浏览次数：[ 942 ]　　字体：[大 中 小]")
    p.x()
    p.n("　　5月20日，全县交通运输安全生产暨防汛工作会议在局三楼会议室召开。局党组书记、局长马向东，副县长李明华分别讲话，各乡镇交管站、局属各单位及县内道路运输企业负责人共80余人参加会议。现将讲话全文刊发如下。")
    p.x()
    p.title(a["title"])
    p.x("局党组书记、局长　马向东")
    p.x("（2024年5月20日）")
    p.x("同志们：")
    p.speech(a, indent="　　")
    p.x()
    p.title(b["title"])
    p.x("副县长　李明华")
    p.x("（2024年5月20日）")
    p.x("同志们：")
    p.speech(b, indent="　　")
    p.x()
    p.n("〖打印本页〗〖加入收藏〗〖关闭窗口〗")
    p.n("初审：陈晓　复审：刘文斌　终审：吴国庆")
    p.x()
    p.n("相关阅读：")
    p.n("· 县交通运输局召开2024年春运安全生产工作部署会")
    p.n("· 马向东在2024年全县交通运输工作会议上的讲话")
    p.n("· 全县开展道路运输安全生产“百日攻坚”行动")
    p.x()
    p.n("路况信息")
    p.n("G208线K356+200至K358+600段路面修复施工（5月21日—6月10日）")
    p.n("X015线青峰镇段K12+400处塌方已抢通，恢复双向通行")
    p.x()
    p.n("主办：云岭县交通运输局　承办：局办公室　网站标识码：5323000012　滇ICP备09007421号")
    p.n("地址：云岭县迎宾路56号　邮编：655000　联系电话：0874-3125566")
    p.write("utf-8", crlf=False)


# ------------------------------------------------------------------ 05 人民医院 院务公开 (Notepad "Unicode" save)
def page05():
    sp = PAGES["05"][0]
    p = Page("05")
    p.n("院长在医院2024年第二季度安全生产例会上的讲话 - 院务公开 - 桐溪县人民医院")
    p.n("桐溪县人民医院　TONGXI COUNTY PEOPLE'S HOSPITAL")
    p.n("国家二级甲等综合医院　县域医共体牵头单位")
    p.n("首页 | 医院概况 | 新闻动态 | 院务公开 | 科室导航 | 专家团队 | 就医指南 | 护理天地 | 党建廉政")
    p.n("【预约挂号】关注“桐溪县人民医院”微信公众号，可预约7天内专家号源　门诊咨询：0578-6012345")
    p.n("急诊24小时开诊　急救电话：0578-6012120")
    p.n("院务公开 >> 安全生产")
    p.x()
    p.title(sp["title"])
    p.n("发布时间：2024年04月12日　　来源：院办　　浏览次数：1083")
    p.x()
    p.x("党委副书记、院长　黄文涛")
    p.x("2024年4月9日")
    p.x()
    p.x("各位中层干部、同志们：")
    p.speech(sp, indent="　　", inline={5: ("设备科、总务科要按规定做好日常巡检和定期检测，", "在线咨询 预约挂号 返回顶部")})
    p.x()
    p.x("桐溪县人民医院院长办公室　2024年4月12日")
    p.x()
    p.n("附件：2024年一季度安全生产检查问题清单.xlsx（点击下载）")
    p.n("分享到：")
    p.n("上一条：关于开展2024年“安全生产月”活动的通知")
    p.n("下一条：医院召开2024年消防安全工作会议")
    p.x()
    p.n("院务公开")
    p.n("· 院长在2023年度安全生产工作总结大会上的讲话")
    p.n("· 2024年第一季度药品集中采购执行情况公示")
    p.n("· 关于调整部分医疗服务价格的公示")
    p.x()
    p.n("网上预约挂号　　体检预约　　检查结果查询　　住院费用查询")
    p.n("版权所有：桐溪县人民医院　地址：桐溪县人民路108号　浙ICP备13021586号")
    p.write("utf-16-le", crlf=True, bom=True)


if __name__ == "__main__":
    for f in (page01, page02, page03, page04, page05):
        f()
    print("written 01-05")
