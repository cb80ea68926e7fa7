#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from one source (tools/speeches.py). Run from the output directory."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as S  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles = []
        self.headings = []
        self.paragraphs = []

    def c(self, line, noise=True):
        """chrome line; noise=True -> the whole stripped line is a noise string; a str -> that string."""
        self.lines.append(line)
        if noise is True:
            noise = line.strip()
        if noise:
            for n in (noise if isinstance(noise, list) else [noise]):
                assert n in line, n
                if n not in self.noise:
                    self.noise.append(n)

    def raw(self, line):
        """line allowed to stay unlabelled (speaker, date, salutation, signature, short marker)"""
        self.lines.append(line)

    def title(self, line, t=None):
        self.lines.append(line)
        self.titles.append(t or line.strip())

    def body(self, sp, ind="　　", hind="　　", blank=False, wm=None, inline_wm=None, hfmt=None):
        """render a speech's items; returns nothing, records gold."""
        for it in sp["items"]:
            kind = it[0]
            if kind == "H":
                _, lv, t = it
                self.lines.append(hind + (hfmt(t) if hfmt else t))
                self.headings.append({"text": t, "level": lv})
            elif kind in ("P", "J"):
                _, cat, t = it
                gold = t.replace("¦", "").replace("§", "")
                shown = t.replace("§", inline_wm or "")
                parts = shown.split("¦")
                if kind == "J":
                    while self.lines[-1] == "":
                        self.lines.pop()
                    self.lines[-1] += parts[0]
                else:
                    self.lines.append(ind + parts[0])
                for p in parts[1:]:
                    self.lines.append(p)
                self.paragraphs.append({"text": gold, "category": cat, "truncated": False})
            elif kind == "HP":
                _, lv, h, cat, t = it
                self.lines.append(ind + h + "。" + t)
                self.headings.append({"text": h, "level": lv})
                self.paragraphs.append({"text": t, "category": cat, "truncated": False})
            if blank:
                self.lines.append("")
            if wm and it in wm:
                self.lines.append(wm[it])

    def write(self, enc, eol, trailing=True):
        text = eol.join(self.lines) + (eol if trailing else "")
        data = text.encode(enc)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(data)
        g = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- 06 coal group news site, 领导讲话 column
def page06():
    p, sp = Page("06"), S.S06
    p.c("在集团公司2024年第二季度安全生产例会上的讲话-领导讲话-晋岭煤业集团有限责任公司")
    p.c("晋岭煤业集团有限责任公司")
    p.c("JINLING COAL INDUSTRY GROUP CO.,LTD.")
    p.c("设为首页 | 加入收藏 | 集团邮箱 | English")
    p.c("首页　集团概况　新闻中心　领导讲话　安全生产　党建工作　企业文化　信息公开　人才招聘")
    p.c("请输入关键字 搜索")
    p.c("当前位置：首页 > 新闻中心 > 领导讲话 > 正文")
    p.c("")
    p.title("在集团公司2024年第二季度安全生产例会上的讲话")
    p.c("发布时间：2024-04-18 09:32　　来源：集团公司办公室　　作者：宣传部　　浏览次数：1286　　【字体：大 中 小】")
    p.c("")
    p.raw(sp["date"])
    p.raw(sp["speaker"])
    p.c("")
    p.c("　　图为集团公司党委书记、董事长韩立峰在例会上讲话。（摄影　郭志远）")
    p.raw(sp["salute"])
    p.body(sp)
    p.c("")
    p.c("【责任编辑：马晓婷】【打印本页】【关闭窗口】")
    p.c("上一篇：集团公司召开一季度经营活动分析会")
    p.c("下一篇：韩立峰到青石沟矿调研指导雨季“三防”工作")
    p.c("")
    p.c("领导讲话", "领导讲话")
    p.c("· 在集团公司2024年工作会议上的报告　2024-01-20")
    p.c("· 在集团公司安全生产警示教育大会上的讲话　2024-03-02")
    p.c("· 在东岭矿“3·27”皮带着火事件分析会上的讲话　2024-03-29")
    p.c("更多>>")
    p.c("")
    p.c("版权所有 © 晋岭煤业集团有限责任公司　　地址：岭北市迎泽东路188号　　邮编：030961")
    p.c("晋ICP备12036815号-1　　技术支持：集团公司信息中心　　您是本站第 2093857 位访客")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 07 chemical park 管委会 site
def page07():
    p, sp = Page("07"), S.S07
    p.c("临江精细化工园区管理委员会 官方网站")
    p.c("今天是：2024年5月23日 星期四　　无障碍浏览 | 长者模式 | 繁体版 | 手机版")
    p.c("园区首页　　园区概况　　政务公开　　安全环保　　招商引资　　企业服务　　互动交流")
    p.c("您现在的位置：首页 >> 安全环保 >> 工作动态")
    p.c("索 引 号：LJHG-2024-00318　　　主题分类：安全生产")
    p.c("发布机构：园区安全环保局　　　　成文日期：2024-05-21")
    p.c("标　　题：在临江精细化工园区危险化学品安全风险集中治理推进会上的讲话")
    p.c("发布日期：2024-05-22　　　　　　访问量：673")
    p.c("")
    p.title("在临江精细化工园区危险化学品安全风险集中治理推进会上的讲话")
    p.raw(sp["speaker"])
    p.raw("（2024年5月21日）")
    p.raw(sp["salute"])
    p.body(sp, hind="　　")
    p.raw("")
    p.raw("临江精细化工园区管委会")
    p.raw("2024年5月22日")
    p.c("")
    p.c("相关附件：")
    p.c("1. 园区危险化学品安全风险集中治理工作方案（2024年修订）.docx")
    p.c("2. 园区重大隐患挂牌督办清单（第二批）.xlsx")
    p.c("相关解读：【图解】一图读懂园区危化品集中治理“十二条”")
    p.c("【打印本页】　【关闭窗口】　　扫一扫在手机打开当前页")
    p.c("")
    p.c("主办：临江精细化工园区管理委员会　　承办：园区党政办公室")
    p.c("地址：临江市沿江大道2号　　联系电话：0517-8866xxxx　　网站标识码：3208990031")
    p.c("浙ICP备20240318号-2　　　公安机关备案号 33011002018857")
    p.write("gb18030", "\r\n")


# ---------------------------------------------------------------- 08 construction group 公众号, copied from a phone
def page08():
    p, sp = Page("08"), S.S08
    p.c("【安全生产月】总经理严志坤：把安全责任扛起来！")
    p.c("原创 华筑安全监督部 华筑建设集团 2024年06月04日 08:30 湖南")
    p.c("")
    p.c("点击蓝字 关注我们")
    p.c("")
    p.raw("图片")
    p.c("")
    p.c("编者按：6月3日，集团公司召开2024年“安全生产月”活动启动会，集团党委副书记、总经理严志坤出席会议并讲话。现将讲话全文刊发，供各单位学习贯彻。")
    p.c("")
    p.raw("图片")
    p.c("▲ 严志坤在启动会上作动员讲话")
    p.c("")
    p.title("在华筑建设集团2024年“安全生产月”活动启动会上的讲话")
    p.c("")
    p.raw(sp["speaker"])
    p.c("")
    p.raw(sp["salute"])
    p.c("")
    p.body(sp, ind="", blank=True)
    p.raw("图片")
    p.raw("END")
    p.c("")
    p.c("来源 | 集团安全监督部")
    p.c("编辑 | 陈可欣")
    p.c("审核 | 周立群　邓书航")
    p.c("")
    p.c("往期推荐")
    p.c("集团召开二季度安全生产委员会会议")
    p.c("第三工程公司开展高支模坍塌应急演练")
    p.c("安全生产月｜这些“三违”行为，你中招了吗？")
    p.c("")
    p.c("微信号：huazhu_jt")
    p.c("阅读原文 阅读 3245")
    p.c("分享 收藏 赞 在看")
    p.raw("写留言")
    p.raw("留言")
    p.c("三公司 王工")
    p.c("讲得太实在了，项目经理就是不能当甩手掌柜！")
    p.raw("12")
    p.c("钢构小李")
    p.c("收到，班组今天就组织学习")
    p.raw("5")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 09 power company OA intranet
def page09():
    p, sp = Page("09"), S.S09
    WM = "周敏 100382 内部资料 注意保密"
    IWM = "【周敏 100382】"
    p.c("云岫电力有限公司协同办公平台")
    p.c("首页 | 待办事宜(12) | 待阅事宜(5) | 公文管理 | 新闻中心 | 规章制度 | 通讯录 | 个人设置 | 安全退出")
    p.c("当前用户：周敏（信息通信分公司）　　2024年7月3日 星期三")
    p.c("新闻中心 > 公司要闻")
    p.c("")
    p.title(sp["title"])
    p.c("发布部门：安全监察部　发布人：王珏　发布时间：2024-07-02 16:45　阅读人数：2317")
    p.c("【大字】【小字】【打印】【收藏】【关闭】")
    p.c(WM)
    p.raw(sp["speaker"])
    p.raw("（2024年7月1日）")
    p.raw(sp["salute"])
    items = sp["items"]
    wm = {items[2]: WM, items[5]: WM, items[8]: WM}
    p.body(sp, wm=wm, inline_wm=IWM)
    p.noise.append(IWM)
    p.c("")
    p.c("附件：无")
    p.c("已阅人员(2317)　未阅人员(1045)")
    p.c("相关新闻")
    p.c("· 公司召开迎峰度夏保供电誓师大会 07-01")
    p.c("· 程远航赴220千伏柳塘变电站检查防汛工作 06-28")
    p.c("评论(2)")
    p.c("李振国 调度控制中心 2024-07-02 17:10")
    p.c("坚决落实，确保度夏期间电网安全稳定运行！")
    p.c("回复 | 赞(8)")
    p.c("孙蕾 输电运检中心 2024-07-02 17:36")
    p.c("通道隐患已开始排查，本周内完成清理。")
    p.c("回复 | 赞(3)")
    p.c("发表评论：请文明发言，不得涉及涉密信息")
    p.c("[提交] [重置]")
    p.c("云岫电力有限公司信息通信分公司 技术支持　服务热线：8-6655　建议使用IE9以上浏览器，分辨率1366×768")
    p.write("utf-8", "\r\n")


# ---------------------------------------------------------------- 10 transport company 安全简报, two speeches
def page10():
    p = Page("10")
    p.c("内部资料　注意保存")
    p.c("")
    p.c("安 全 简 报")
    p.c("")
    p.c("第7期（总第86期）")
    p.c("岚通公路客运集团有限公司安全生产委员会办公室编印　　　　2024年8月12日")
    p.c("━━━━━━━━━━━━━━━━━━━━━━━━━━", False)
    p.c("本期要目")
    p.c("◆ 于振东在集团公司三季度安全生产例会上强调：正视问题　盯住重点　压实责任")
    p.c("◆ 魏天朗在专项整治动员会上要求：认清紧迫性　突出重点　落实责任")
    p.c("◆ 简讯：集团公司暑运安全检查情况通报")
    p.c("━━━━━━━━━━━━━━━━━━━━━━━━━━", False)
    p.c("")
    p.c("　　【编者按】8月6日，集团公司召开三季度安全生产例会暨道路运输安全隐患专项整治动员会，董事长于振东、总经理魏天朗分别讲话。现将讲话全文印发，请各单位认真组织学习，抓好贯彻落实。")
    p.c("")
    for k, sp in enumerate((S.S10A, S.S10B)):
        p.title(sp["title"])
        p.raw(sp["date"])
        p.raw(sp["speaker"])
        p.c("")
        p.raw(sp["salute"])
        items = sp["items"]
        wm = {items[6]: "— 2 —"} if k == 0 else {items[7]: "— 4 —"}
        p.body(sp, wm=wm, inline_wm="¦— 3 —¦")
        p.c("")
    p.noise += ["— 2 —", "— 3 —", "— 4 —"]
    p.c("　　【简讯】8月1日至5日，集团公司安全技术部对各客运站和车队开展暑运安全检查，共检查营运客车138辆，发现问题21项，已全部整改完毕。")
    p.c("")
    p.c("━━━━━━━━━━━━━━━━━━━━━━━━━━", False)
    p.c("报：市交通运输局，市应急管理局，市道路运输事业发展中心")
    p.c("送：集团公司领导班子成员，安委会各成员单位")
    p.c("发：各分公司、各客运站、动态监控中心")
    p.c("━━━━━━━━━━━━━━━━━━━━━━━━━━", False)
    p.c("责任编辑：韦晓雯　　校对：邱明　　　　　　　　（共印80份）")
    p.write("gb18030", "\r\n")


if __name__ == "__main__":
    for f in (page06, page07, page08, page09, page10):
        f()
    print("wrote 06-10")
