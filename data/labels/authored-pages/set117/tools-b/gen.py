#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from tools/speeches.py (page and gold agree by construction)."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
MARK = re.compile(r"⟦([LTI]):(.*?)⟧", re.S)


def han(s):
    return len(HAN.findall(s))


def mmss(sec):
    sec = int(round(sec))
    return "%02d:%02d" % (sec // 60, sec % 60)


def hhmmss(sec):
    sec = int(round(sec))
    return "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)


class Page:
    def __init__(self, nn, enc, crlf):
        self.nn, self.enc, self.crlf = nn, enc, crlf
        self.lines, self.noise = [], []
        self.titles, self.headings, self.paras = [], [], []

    # chrome
    def N(self, s):
        s = s.strip()
        if s not in self.noise:
            self.noise.append(s)
        return s

    def add(self, s=""):
        self.lines.append(s)

    def nl(self, s):
        self.add(self.N(s))

    # labelled
    def title(self, t, pre="", post=""):
        self.titles.append(t)
        self.add(pre + t + post)

    def heading(self, level, text, pre="", post=""):
        self.headings.append({"text": text, "level": level})
        self.add(pre + text + post)

    def expand(self, text):
        """returns (gold text, page text) for a text with ⟦…⟧ markers"""
        gold, page, pos = [], [], 0
        for m in MARK.finditer(text):
            gold.append(text[pos:m.start()])
            page.append(text[pos:m.start()])
            kind, val = m.group(1), m.group(2)
            self.N(val)
            if kind == "L":
                page.append("\n" + val + "\n")
            elif kind == "T":
                page.append("\n" + val + " ")
            else:
                page.append(val)
            pos = m.end()
        gold.append(text[pos:])
        page.append(text[pos:])
        return "".join(gold), "".join(page)

    def para_text(self, cat, text, truncated=False):
        g, p = self.expand(text)
        self.paras.append({"text": g, "category": cat, "truncated": truncated})
        return p

    def para(self, cat, text, pre="", post=""):
        self.add(pre + self.para_text(cat, text) + post)

    def runin(self, level, head, cat, text, pre="", post=""):
        self.headings.append({"text": head, "level": level})
        self.add(pre + head + "。" + self.para_text(cat, text) + post)

    def write(self):
        assert 8 <= len(self.noise) <= 25, (self.nn, len(self.noise))
        text = "\n".join(self.lines) + "\n"
        for ns in self.noise:
            assert len(ns) >= 4, ns
            assert ns in text, ns
        if self.crlf:
            text = text.replace("\n", "\r\n")
        if self.enc == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode(self.enc)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.titles),
            "titles": self.titles,
            "headings": self.headings,
            "paragraphs": self.paras,
            "noise": self.noise,
        }
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


def blocks(P, bl, heading_post="", pre_first=""):
    """render plain blocks one per line; pre_first goes before the first paragraph"""
    first = True
    for b in bl:
        if b[0] == "p":
            P.para(b[1], b[2], pre=pre_first if first else "")
            first = False
        elif b[0] == "h":
            P.heading(b[1], b[2], post=heading_post)
        else:
            P.runin(b[1], b[2], b[3], b[4])
        P.add()


# ====================================================================== 06 应急管理局公众号 (原创, 音频, 在看)
def page06():
    P = Page("06", "utf-8", False)
    P.nl("点击上方蓝字，关注我们")
    P.nl("重磅｜区长沈光远：绷紧安全之弦 守牢安全底线")
    P.nl("原创 澜溪应急 澜溪应急管理 2024年03月12日 19:46 浙江")
    P.add()
    P.nl("🎧 收听本文音频")
    P.nl("区长讲话全文（音频版）")
    P.nl("澜溪应急管理")
    P.nl("11:24")
    P.add()
    P.nl("3月11日，2024年全区安全生产工作会议召开。区委副书记、区长沈光远出席会议并讲话。现将讲话全文编发如下，请各单位认真学习贯彻。")
    P.add()
    P.nl("▲会议现场")
    P.add()
    P.title(S.S06["title"])
    P.add("区委副书记、区长　沈光远")
    P.add("（2024年3月11日）")
    P.add()
    P.add("同志们：")
    P.add()
    for b in S.S06["blocks"]:
        if b[0] == "h" and b[2].startswith("三、"):
            P.nl("划重点：今年全区将开展为期一年的安全生产治本攻坚行动，电动自行车“飞线充电”半年内基本整治到位，新建充电车棚不少于120处。")
            P.add()
        if b[0] == "p":
            P.para(b[1], b[2])
        elif b[0] == "h":
            P.heading(b[1], b[2])
        else:
            P.runin(b[1], b[2], b[3], b[4])
        P.add()
    P.add("END")
    P.add()
    P.nl("来源：澜溪区应急管理局")
    P.nl("编辑：钟晓雯　校对：黄一鸣　审核：严昕")
    P.add()
    P.nl("往期推荐")
    P.nl("● 澜溪区召开安委会全体会议 部署节后复工复产安全工作")
    P.nl("● 【以案说法】一起有限空间中毒事故的警示")
    P.add()
    P.add("澜溪应急管理")
    P.nl("微信号：lanxi_yjgl")
    P.add()
    P.nl("点击“在看”，把安全传递给更多人")
    P.nl("分享　收藏　点赞　在看")
    P.add()
    P.add("写留言")
    P.nl("精选留言")
    P.nl("澜江街道应急办　赞 12")
    P.nl("收到，认真学习，立即传达到各社区！")
    P.nl("城北小孟　赞 5")
    P.nl("电动车充电棚啥时候能建到我们小区？")
    P.add("作者")
    P.nl("您好，请留言具体小区名称，我们将转交相关街道。")
    P.write()


# ====================================================================== 07 企业公众号 (往期回顾)
def page07():
    P = Page("07", "gb18030", True)
    P.nl("强基固本守底线｜公司召开2024年第二季度安全生产例会")
    P.nl("华晟化工 华晟化工 2024-04-09 17:30")
    P.add()
    P.nl("4月8日下午，公司在办公楼三楼会议室召开2024年第二季度安全生产例会。公司领导班子成员、各部门负责人、各车间主任及安全员共40余人参加会议，会议由副总经理、安全总监刘海波主持。")
    P.add()
    P.nl("会上，安环部通报了一季度安全生产检查考核情况，三个生产车间分别作了交流发言。总经理魏建林作了讲话，现将讲话全文整理如下：")
    P.add()
    P.nl("▼ 会议现场")
    P.add()
    P.title(S.S07["title"])
    P.add("总经理　魏建林")
    P.add("2024年4月8日")
    P.add()
    P.add("同志们：")
    P.add()
    blocks(P, S.S07["blocks"])
    P.nl("文字：安环部　图片：党群工作部")
    P.nl("编辑：周蓓　审核：刘海波")
    P.add()
    P.nl("往期回顾")
    P.add()
    P.nl("在公司2024年第一季度安全生产例会上的讲话")
    P.nl("公司开展2024年春季消防应急疏散演练")
    P.nl("“开工第一课”｜总经理带队开展节后复工安全检查")
    P.add()
    P.nl("华晟化工")
    P.nl("诚信 安全 绿色 共赢")
    P.nl("长按二维码关注我们")
    P.add()
    P.nl("预览时标签不可点")
    P.nl("微信扫一扫")
    P.nl("关注该公众号")
    P.add()
    P.nl("继续滑动看下一个")
    P.nl("轻触阅读原文")
    P.add()
    P.add("华晟化工")
    P.nl("向上滑动看下一个")
    P.add()
    P.add("知道了")
    P.add()
    P.add("微信扫一扫")
    P.nl("使用小程序")
    P.add()
    P.add("取消")
    P.add("允许")
    P.add()
    P.nl("赞，轻点两下取消赞")
    P.nl("在看，轻点两下取消在看")
    P.write()


# ====================================================================== 08 录音转写
def page08():
    P = Page("08", "utf-16-le", True)
    CPS = 3.3  # Han per second, spoken with pauses
    host1 = "好，那个，大家安静一下啊，我们开会了。今天就一项议程，请罗镇长讲话，大家欢迎。"
    body = []
    t = 3.0
    body.append(P.N("发言人2 " + hhmmss(t)))
    body.append(P.N(host1))
    body.append("")
    t += han(host1) / CPS + 5
    for seg in S.S08["segments"]:
        body.append(P.N("发言人1 " + hhmmss(t)))
        for b in seg:
            if b[0] == "h":
                P.headings.append({"text": b[2], "level": b[1]})
                body.append(b[2] + "。")
                t += han(b[2]) / CPS + 1.5
            else:
                if b[0] == "rh":
                    head, cat, text = b[2], b[3], b[4]
                    P.headings.append({"text": head, "level": b[1]})
                else:
                    head, cat, text = None, b[1], b[2]
                if "{t}" in text:
                    before = text.split("⟦")[0]
                    ts = t + (han(head or "") + han(before)) / CPS + 3
                    text = text.replace("{t}", hhmmss(ts))
                    t += 3
                line = P.para_text(cat, text)
                body.append((head + "。" if head else "") + line)
                t += (han(head or "") + han(text)) / CPS + 1.5
        body.append("")
        t += 2
    host2 = "好，刚才罗镇长讲得很具体，大家回去抓紧落实。散会。"
    body.append(P.N("发言人2 " + hhmmss(t)))
    body.append(P.N(host2))
    t += han(host2) / CPS + 2
    # header
    P.title(S.S08["title"])
    P.nl("2024-05-20 09:12 ｜ 时长 %s ｜ 发言人 2" % hhmmss(t))
    P.nl("本文由AI语音转写生成，内容仅供参考，请以原始录音为准")
    P.nl("关键词：防汛 地质灾害 山塘水库 隐患排查 值班值守 责任追究")
    P.nl("全文概要：镇长罗永春部署主汛期防汛和安全生产工作，要求各村对地质灾害隐患点、山塘水库和切坡建房户逐户排查建账，落实镇村两级责任和24小时值班，6月10日前完成转移避险演练。")
    P.add()
    for ln in body:
        P.add(ln)
    P.add()
    P.nl("以上内容由速记通AI转写 · 导出时间 2024-05-20 11:47")
    # noise order: header first reads better
    P.write()


# ====================================================================== 09 会议直播 文字实录 (两篇)
def page09():
    P = Page("09", "utf-8", True)
    P.nl("鹤川新闻网｜直播频道")
    P.nl("首页　时政　民生　直播　视频　专题　鹤川号")
    P.nl("当前位置：首页 > 直播 > 时政直播")
    P.add()
    P.nl("【图文直播】鹤川市2024年安全生产工作会议")
    P.nl("直播状态：已结束　开始时间：2024-02-27 09:00　浏览量：3.6万")
    P.nl("主持人：市委常委、市政府秘书长　贺敏")
    P.nl("导语：2月27日上午，鹤川市召开2024年安全生产工作会议，总结2023年全市安全生产工作，部署2024年重点任务。本网记者在会场进行全程图文直播。")
    P.nl("（以下文字实录根据现场录音整理，讲话内容有删节）")
    P.nl("刷新　｜　正序　｜　倒序")
    P.add()
    P.nl("09:00　主持人：同志们，现在开会。今天召开全市安全生产工作会议，会议共有三项议程。")
    P.add()
    P.nl("09:02　【图片】会议现场。（记者 吴思远 摄）")
    P.add()
    P.nl("09:05　主持人：首先，请市应急管理局局长韩立通报2023年全市安全生产工作情况。")
    P.add()
    P.nl("09:21　主持人：下面，请市委常委、常务副市长周宏远同志讲话。")
    P.add()
    for sp, host_after in ((S.S09A, ["09:48　主持人：下面，请市委副书记、市长林正平同志讲话，大家欢迎！", "（掌声）"]),
                           (S.S09B, ["10:16　主持人：同志们，刚才林正平市长作了重要讲话，宏远同志作了具体部署，请大家认真抓好贯彻落实。会议到此结束，散会。", "（直播结束）"])):
        P.title(sp["title"], pre="【", post="】")
        first = True
        for b in sp["blocks"]:
            if b[0] == "p":
                P.para(b[1], b[2], pre=P.N(sp["prefix"]) if first else "")
                first = False
            elif b[0] == "h":
                P.heading(b[1], b[2], post="。" if b[1] == 2 else "")
            else:
                P.runin(b[1], b[2], b[3], b[4])
        P.add()
        for h in host_after:
            P.nl(h)
        P.add()
    P.nl("责任编辑：马骁")
    P.add()
    P.nl("相关直播")
    P.nl("【图文直播】鹤川市2024年防汛工作会议")
    P.nl("在全市安委会第一次全体会议暨一季度安全生产形势分析会上的讲话（实录）")
    P.write()


# ====================================================================== 10 视频号文字稿 (每行时间戳)
def page10():
    P = Page("10", "utf-8", False)
    CPS = 4.4
    P.nl("青禾铸造")
    P.add("关注")
    P.title(S.S10["title"], post=P.N("｜完整版 #安全生产月 #青禾铸造"))
    P.nl("6月3日 · 浙江")
    P.nl("♡ 1286　💬 214　↗ 97")
    P.add()
    P.add("文字稿")
    P.nl("以下内容由AI自动识别生成，可能存在误差")
    t = 2.0
    for b in S.S10["blocks"]:
        assert b[0] == "p"
        text = b[2]
        start = P.N(mmss(t))
        if "{t}" in text:
            before = text.split("⟦")[0]
            text = text.replace("{t}", mmss(t + han(before) / CPS + 0.6))
        P.para(b[1], text, pre=start + " ")
        t += han(text) / CPS + 1.2
    P.add()
    P.nl("全部评论（214）")
    P.nl("青禾铸造·安全科老郑：大家把视频转到班组群里，人人都要看，下周班前会要抽问。")
    P.add("回复")
    P.nl("铸造车间小李：厂长说得实在，胶带那个事确实该管管了👍")
    P.nl("赞 36")
    P.add()
    P.nl("发条评论，说说你的想法")
    P.nl("视频号 · 青禾铸造")
    P.write()


if __name__ == "__main__":
    for f in (page06, page07, page08, page09, page10):
        f()
    print("written 06-10")
