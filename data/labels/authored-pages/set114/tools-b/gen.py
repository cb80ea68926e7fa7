#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from one source. Run from the output directory:
python3 tools/gen.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07, S08A, S08B, S09, S10  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn, enc, eol):
        self.nn, self.enc, self.eol = nn, enc, eol
        self.lines, self.noise, self.titles, self.heads, self.paras = [], [], [], [], []

    def addnoise(self, n):
        if len(n) < 4:
            raise ValueError("noise too short: %r" % n)
        if n not in self.noise:
            self.noise.append(n)

    def c(self, line, noise=None):
        """chrome line; noise = list of strings covering it (default: the stripped line, unless short)"""
        self.lines.append(line)
        s = line.strip()
        if noise is None:
            noise = [s] if len(s) >= 4 else []
        for n in noise:
            self.addnoise(n)

    def cs(self, block):
        for item in block:
            if isinstance(item, tuple):
                self.c(*item)
            else:
                self.c(item)

    def x(self, line):
        """unlabelled allowed line (speaker, date, salutation, short marker)"""
        self.lines.append(line)

    def speech(self, sp, ind="", hind="", tline=None, pre=None, inserts=None, hsep="。"):
        inserts = inserts or {}
        self.titles.append(sp["title"])
        self.lines.append(tline if tline is not None else sp["title"])
        for ln in (pre if pre is not None else sp["pre"]):
            self.x(ln)
        for it in sp["items"]:
            k = it[0]
            if k == "h":
                _, t, lv, end = it
                self.heads.append({"text": t, "level": lv})
                self.lines.append(hind + t + end)
            elif k == "p":
                _, t, cat = it
                self.paras.append({"text": t, "category": cat, "truncated": False})
                self.lines.append(ind + t)
            elif k == "pt":
                _, t, cat = it
                self.paras.append({"text": t, "category": cat, "truncated": True})
                self.lines.append(ind + t)
            elif k == "hp":
                _, h, lv, t, cat = it
                self.heads.append({"text": h, "level": lv})
                self.paras.append({"text": t, "category": cat, "truncated": False})
                self.lines.append(ind + h + hsep + t)
            elif k == "pp":
                for t, cat in it[1]:
                    self.paras.append({"text": t, "category": cat, "truncated": False})
                self.lines.append(ind + "".join(t for t, _ in it[1]))
            elif k == "ps":
                _, a, b, cat, key = it
                self.paras.append({"text": a + b, "category": cat, "truncated": False})
                self.lines.append(ind + a)
                self.cs(inserts[key])
                self.lines.append(b)
            elif k == "ins":
                self.cs(inserts[it[1]])
            else:
                raise ValueError(k)

    def write(self):
        text = self.eol.join(self.lines) + self.eol
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
            "headings": self.heads,
            "paragraphs": self.paras,
            "noise": self.noise,
        }
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ------------------------------------------------------------------ 06: county 融媒体 app, copied from a phone
def page06():
    p = Page("06", "utf-8", "\n")
    p.cs([
        "9:41                      ▲ 5G ▮ 82%",
        "返回",
        "清溪融媒",
        "···",
        "县长郁鸣川在全县安全生产暨森林防火工作会议上的讲话（全文）",
        "清溪融媒 · 清溪县融媒体中心",
        "2024-03-09 07:30　来源：清溪县融媒体中心",
        "阅读 1.3万",
        "导读：这次会议是县委、县政府决定召开的一次重要会议……",
        "",
        "3月8日上午，全县安全生产暨森林防火工作会议召开。县委副书记、县长郁鸣川出席会议并讲话，副县长宋砺主持会议。现将郁鸣川同志的讲话全文刊发如下。",
        "[图片]",
        "▲会议现场　记者 沈嘉 摄",
        "",
    ])
    p.speech(S06)
    p.cs([
        "",
        "打开APP阅读全文",
        "清溪融媒 ｜ 清溪县融媒体中心出品",
        "编辑：林晓禾　校对：何雨　审核：沈嘉",
        "声明：本文为清溪融媒原创，转载请注明出处",
        "写评论...",
        "点赞 268",
        "分享",
        "相关阅读",
        "白沙镇召开安全生产工作部署会",
        "全县森林防火期防火令发布：3月1日至5月31日严禁野外用火",
        "【视频】春季森林防火 这些事项要牢记",
        "下载“清溪融媒”APP，看更多本地新闻",
    ])
    p.write()


# ------------------------------------------------------------------ 07: 今日头条-like self-media page, copied on Windows
def page07():
    p = Page("07", "utf-8", "\r\n")
    p.cs([
        ("头条速览　首页　下载App　登录", None),
        "",
        "在公司2024年“安全生产月”活动启动大会上的讲话，值得每个班组长读一读",
        "原创2024-06-02 21:15·安监老周·山东",
        "+ 关注",
        "",
        "编者按：这是一家化工企业总经理在今年安全生产月启动会上的讲话，不念套话，句句落到班组。征得企业同意后全文分享，企业名称已隐去。",
        "",
    ])
    p.speech(S07)
    p.cs([
        "",
        "（本文根据现场录音整理，略有删节。图片来源网络，侵删）",
        "#安全生产月# #化工安全# #班组管理#",
        "举报/反馈",
        "",
        "作者主页",
        "安监老周",
        "12.6万粉丝 · 587篇原创 · 获赞43万",
        "关注",
        "",
        "评论 46",
        "写下你的评论...",
        "用户7731029：“安全生产没有局外人”，说得太对了！",
        "化工老兵阿彬：我们厂也在搞双重预防，台账比人还高[捂脸]",
        "安全小白兔：收藏了，下周班前会就用这篇",
        "安监老周（作者）：谢谢支持，欢迎转给身边的安全员",
        "查看全部46条评论",
        "",
        "相关推荐",
        "在全厂安全生产月动员会上的讲话（完整版）",
        "化工企业动火作业十大禁令，一张图看懂",
        "3年前的这起闪爆事故，至今仍值得每个厂长反思",
    ])
    p.write()


# ------------------------------------------------------------------ 08: 澎湃-like 政务号 page, two speeches, saved as ANSI text
def page08():
    p = Page("08", "gb18030", "\r\n")
    p.cs([
        "潮涌新闻",
        "首页 | 要闻 | 时事 | 财经 | 思想 | 生活 | 潮涌号",
        "潮涌号 > 政务",
        "",
        "全市防汛暨安全生产工作会议召开，两位市领导讲话全文发布",
        "青峰应急",
        "2024-05-21 17:46　来源：潮涌新闻·潮涌号·政务",
        "字号",
        "",
        "　　5月20日，全市防汛暨安全生产工作会议召开。副市长温砚秋对全市防汛和安全生产工作作具体部署，市委副书记、市长乔启帆出席会议并讲话。现将两位市领导的讲话全文刊发如下。",
        "",
    ])
    p.speech(S08A, ind="　　", hind="　　")
    p.c("")
    p.speech(S08B, ind="　　")
    p.cs([
        "",
        "（青峰市应急管理局供稿）",
        "责任编辑：潮涌号政务频道",
        "校对：刘一",
        "",
        "特别声明",
        "本文由入驻潮涌号的机构上传发布，仅代表该机构观点，潮涌新闻仅提供信息发布平台。申请潮涌号请用电脑访问。",
        "",
        "青峰应急",
        "青峰市应急管理局官方账号",
        "+订阅",
        "",
        "热门推荐",
        "汛期将至，这份家庭应急物资清单请收好",
        "青峰市启动防汛Ⅳ级应急响应",
        "查看更多",
    ])
    p.write()


# ------------------------------------------------------------------ 09: 百家号-like article
def page09():
    p = Page("09", "utf-8", "\n")
    p.cs([
        "百众号",
        "镇长讲话：燃气安全没有“小事”，全镇专项整治这样抓",
        "乡镇安全那些事",
        "2024-04-17 10:03　广东　优质安全领域创作者",
        "关注",
        "举报",
        "",
        "近日，桂塘镇召开城镇燃气安全专项整治推进会。会上，镇长对下一步工作作了部署，讲话很接地气，值得基层同行参考。以下为讲话全文：",
        "",
    ])
    p.speech(S09, inserts={
        "fold": ["展开全文", ""],
        "ad": ["", "赞助内容", "燃气报警器厂家直销 低至39元/台 餐饮商用可上门安装", "了解更多 >", ""],
        "follow": ["", "关注“乡镇安全那些事”，每天一篇基层安全干货", ""],
    })
    p.cs([
        "",
        "声明：本文内容整理自网络公开资料，仅供学习交流，如有侵权请联系删除。",
        "",
        "举报",
        "",
        "猜你喜欢",
        "燃气泄漏闻到臭味怎么办？牢记这五步，关键时刻能救命",
        "在全县燃气安全工作会议上的讲话（精选3篇）",
        "村里的液化气瓶，到底该放在哪里？",
        "广告",
        "百众号内打开，阅读体验更佳",
    ])
    p.write()


# ------------------------------------------------------------------ 10: 搜狐号-like page
def page10():
    p = Page("10", "gb18030", "\n")
    p.cs([
        "搜湖  首页  新闻  体育  汽车  房产  旅游  教育  时尚  科技  财经  娱乐  更多",
        "",
        "一位副总经理的季度安全例会讲话：问题不回避，措施很实在",
        "筑安课堂",
        "2024-07-09 14:22　发布于：江苏省",
        "",
        "原标题：在公司二季度安全生产例会上的讲话",
        "",
    ])
    p.speech(S10, ind="　　")
    p.cs([
        "",
        "（来源：某建筑集团安全管理部　整理：筑安课堂）",
        "返回搜湖，查看更多",
        "责任编辑：",
        "平台声明：该文观点仅代表作者本人，搜湖号系信息发布平台，搜湖仅提供信息存储空间服务。",
        "阅读 (2786)",
        "",
        "筑安课堂",
        "文章 326　总阅读 51万",
        "+ 关注",
        "",
        "推荐阅读",
        "项目经理带班制度，到底怎么落地？",
        "高温天施工，这8条红线千万别碰",
        "发表评论　0/1000",
    ])
    p.write()


def main():
    for f in (page06, page07, page08, page09, page10):
        f()
    print("wrote 06-10")


if __name__ == "__main__":
    main()
