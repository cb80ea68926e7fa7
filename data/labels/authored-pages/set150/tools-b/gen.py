# -*- coding: utf-8 -*-
"""Builds pages 06-10 of set150 (writer b) and their gold labels from speeches.py.

usage: python3 gen.py            writes ../06.txt … ../10.txt and ../gold/06.json … ../gold/10.json
Every chrome string below is invented.
"""
import json
import os
import re
import unicodedata

from speeches import PAGES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GOLD = os.path.join(OUT, "gold")

NBSP = "\u00a0"
IDS = "\u3000"  # ideographic space

# encoding and line ends per page; validate.py reads this table too
PAGE_META = {
    "06": {"encoding": "utf-8", "eol": "\n"},
    "07": {"encoding": "gb18030", "eol": "\r\n"},
    "08": {"encoding": "utf-16-le-bom", "eol": "\r\n"},
    "09": {"encoding": "utf-8-sig", "eol": "\r\n"},
    "10": {"encoding": "utf-8", "eol": "\n"},
}

SPAN = re.compile(r"⟦(.*?)⟧", re.S)


def norm(s):
    """The scorer's norm() without the Traditional→Simplified fold: NFKC, keep letters, digits, × and *."""
    s = unicodedata.normalize("NFKC", s or "")
    return "".join(c for c in s if unicodedata.category(c)[0] in "LN" or c in "×*")


def page_text(t):
    """Text as printed on the page: injected spans kept."""
    return SPAN.sub(lambda m: m.group(1), t)


def gold_text(t):
    """Text as labelled: injected spans removed."""
    return SPAN.sub("", t)


def span_lines(t):
    out = []
    for m in SPAN.finditer(t):
        out += [x.strip() for x in m.group(1).split("\n") if norm(x)]
    return out


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []

    def chrome(self, *lines):
        for line in lines:
            self.lines.append(line)
            if norm(line):  # pure separator lines carry no text and are not listed
                self._noise(line.strip())

    def _noise(self, s):
        if s not in self.noise:
            self.noise.append(s)

    def body(self, line):
        self.lines.append(line)

    def blank(self):
        self.lines.append("")

    def note_spans(self, t):
        for s in span_lines(t):
            self._noise(s)


def speech_units(sp):
    """Yield the speech's blocks as printable units: (heading_or_None, paragraph_or_None) pairs for run-in, else single."""
    b = sp["blocks"]
    i = 0
    while i < len(b):
        kind = b[i][0]
        if kind == "hr":
            yield ("runin", b[i], b[i + 1], i)
            i += 2
        else:
            yield ("single", b[i], None, i)
            i += 1


def unit_text(u):
    kind, a, c, _ = u
    if kind == "runin":
        return a[2] + c[2]
    return a[2]


def wrap(s, width):
    return [s[i:i + width] for i in range(0, len(s), width)] or [""]


# ------------------------------------------------------------------------------------------------------------------
def page06():
    p = Page("06")
    sp = PAGES["06"][0]
    p.chrome(
        "笔友范文网 - 讲话稿_工作总结_心得体会范文大全",
        "www.biyoufw.com",
        "首页 | 工作总结 | 讲话稿 | 心得体会 | 述职报告 | 工作计划 | 主持词 | 会员中心",
        "当前位置：笔友范文网 > 讲话稿 > 安全生产讲话 > 正文",
    )
    p.blank()
    p.chrome(
        "2024年县长在县安委会全体会议上的讲话稿范文",
        "时间：2024-04-02 10:26　来源：网友投稿　作者：清风徐来　阅读：3618次",
        "【摘要】县长在安委会全体会议上的讲话：今天，我们召开县安委会2024年第一次全体会议，主要任务是总结去年全县安全生产工作...",
    )
    p.blank()
    p.body(sp["title"])
    units = list(speech_units(sp))
    texts = [page_text(unit_text(u)) for u in units]
    for u in units:
        p.note_spans(unit_text(u))
    # the site's "copy full text" lost the <p> breaks: three long lines, paragraphs joined by spaces
    head = [sp["speaker"][0], sp["speaker"][1], sp["salutation"]]
    # line 1: speaker … up to the paragraph before heading 二; line 2: heading 二 … before heading 三; line 3: rest
    cut1 = next(k for k, u in enumerate(units) if u[1][2].startswith("二、"))
    cut2 = next(k for k, u in enumerate(units) if u[1][2].startswith("三、"))
    p.body(IDS * 2 + (IDS * 2).join(head + texts[:cut1]))
    p.body(IDS * 2 + (IDS * 2).join(texts[cut1:cut2]))
    p.body(" ".join(texts[cut2:]))
    p.blank()
    p.chrome(
        "【免责声明】本站文章均来自网友投稿，仅供学习参考，如有侵权请联系删除。",
        "下载全文（Word版）　本文需开通VIP会员　限时特惠9.9元/月",
        "上一篇：乡镇安全生产月活动启动仪式讲话稿",
        "下一篇：企业安全生产工作会议总经理讲话稿",
        "相关推荐",
        "一、认清形势，增强安全生产工作的责任感",
        "县安委会全体会议讲话（精选3篇）",
        "2024年全县安全生产工作会议讲话提纲",
        "网友评论（2）",
        "游客 2024-04-05 09:17　写得很好，改改就能用，感谢分享！",
        "游客 2024-04-11 21:46　第二部分能不能再多写点执法方面的内容？",
        "发表评论　登录后才能评论",
        "Copyright © 2018-2024 笔友范文网 版权所有　豫ICP备18040517号-2　联系QQ：2853107741",
    )
    return p


def page07():
    p = Page("07")
    sp = PAGES["07"][0]
    p.chrome(
        "岚溪镇人民政府",
        "无障碍浏览 | 关怀版 | 手机版",
        "首页 | 镇情概况 | 政务公开 | 新闻动态 | 办事服务 | 互动交流",
        "请输入关键字　搜索",
        "您当前的位置：首页 > 政务公开 > 领导讲话",
        # left column of the 政务公开 channel comes before the article in the page source
        "政务公开",
        "政务公开指南",
        "政务公开目录",
        "机构职能",
        "领导信息",
        "政策文件",
        "规划计划",
        "财政预决算",
        "人事信息",
        "依申请公开",
        "政务公开年报",
        "索引号：431127-LX-2024-00186　　主题分类：领导讲话",
        "发布机构：岚溪镇人民政府　　生成日期：2024-05-29",
    )
    p.body(sp["title"])
    p.chrome("发布时间：2024-05-29 16:40　来源：岚溪镇党政综合办公室　浏览次数：287　字号：[大 中 小]")
    for s in sp["speaker"]:
        p.body(s)
    p.body(sp["salutation"])
    # the article was pasted from a fixed-width draft: hard wraps every 36 characters, run-in headings
    for u in speech_units(sp):
        t = page_text(unit_text(u))
        p.note_spans(unit_text(u))
        for line in wrap(IDS * 2 + t, 36):
            p.body(line)
    p.chrome(
        "【打印本页】【关闭窗口】",
        "相关信息",
        "岚溪镇召开2024年防汛工作部署会",
        "岚溪镇开展汛前地质灾害隐患点巡查",
        "主办：岚溪镇人民政府　承办：岚溪镇党政综合办公室",
        "地址：岚溪镇新街路16号　邮编：419305　电话：0746-7723105",
        "网站标识码：4311270019　湘ICP备17008846号-1　湘公网安备43112702000135号",
    )
    return p


def page08():
    p = Page("08")
    sp = PAGES["08"][0]
    header = "嶽晟新材料股份有限公司　安全環保部（內部資料）"
    p.chrome(
        "文庫網繁體鏡像站",
        "簡體版 | 繁體版 | 登入 | 註冊 | 上傳文件",
        "首頁 > 行業資料 > 安全管理 > 安全生產講話",
        "總經理在公司2024年度安全生產工作會議上的講話稿.doc",
        "上傳者：綠茶半杯 | 上傳時間：2024-03-04 | 頁數：5頁 | 瀏覽：1296 | 下載：87",
        "VIP專享文件 | 下載本文件需要5積分 | 立即下載 | 加入收藏",
        header,
    )
    p.body(sp["title"])
    for s in sp["speaker"]:
        p.body(s)
    p.body(sp["salutation"])
    for u in speech_units(sp):
        kind, a, c, i = u
        t = unit_text(u)
        p.note_spans(t)
        lead = "" if a[0] in ("h", "hr") else IDS * 2
        for line in (lead + page_text(t)).split("\n"):
            p.body(line)
        if a[0] == "h" and a[2].startswith("（三）"):
            # the heading is the last line of viewer page 2; its paragraph starts page 3
            p.chrome("第 2 頁 / 共 5 頁", header)
    p.chrome(
        "還剩1頁未讀，繼續閱讀",
        "下載全文 | 5積分 | 開通VIP免費下載",
        "本文件由會員上傳，內容僅供參考，如侵犯了您的權益請聯絡客服刪除。",
        "用戶評論（2）",
        "訪客3721：很實用，正好要寫年度安全會議的講話。",
        "訪客0856：下載要積分，能不能直接看全文？",
        "相關文件",
        "化工企業年度安全生產工作會議講話（三篇）.doc",
        "一、壓實企業安全生產主體責任的幾點做法.doc",
        "車間主任安全生產表態發言稿.docx",
        "熱門標籤：化工 講話稿 年度會議 總經理",
        "文庫網繁體鏡像 版權所有 | 客服熱線：400-086-3517 | 侵權投訴 | 閩ICP備20031846號-3",
    )
    return p


def page09():
    p = Page("09")
    a, b = PAGES["09"]
    p.chrome(
        "写手之家范文网",
        "首页 | 讲话稿 | 主持词 | 致辞 | 心得体会 | 工作总结 | 公文写作 | 范文下载",
        "您现在的位置：写手之家 > 主持词 > 会议主持词",
        "岁末年初安全生产工作部署会主持词及领导讲话（2篇）",
        "发布者：admin　　更新时间：2023-12-15　　人气：1842",
        "本文目录",
        "1. 全区岁末年初安全防范工作部署会主持词",
        "2. 全区岁末年初安全防范工作部署会区长讲话",
        "【广告】公文写作不会写？30天带你成为单位笔杆子，点击了解>>",
    )
    for marker, sp in (("篇一：", a), ("篇二：", b)):
        p.lines.append(marker + sp["title"])
        p._noise(marker)
        for s in sp["speaker"]:
            p.body(s)
        p.body(sp["salutation"])
        for u in speech_units(sp):
            t = unit_text(u)
            p.note_spans(t)
            p.body(IDS * 2 + page_text(t))
        if sp is a:
            p.chrome("↓↓↓ 更多精品主持词范文，请点击下载Word版 ↓↓↓")
    p.chrome(
        "本文标签：主持词 讲话稿 岁末年初 安全防范",
        "上一篇：2024年元旦春节期间安全生产工作会议主持词",
        "下一篇：安全生产月启动仪式主持词（精选）",
        "猜你喜欢",
        "（一）安全生产工作会议主持词范文大全",
        "区长在全区安全生产大检查动员会上的讲话",
        "关于我们 | 联系我们 | 投稿须知 | 免责声明",
        "Copyright © 2015-2023 写手之家范文网 All Rights Reserved　浙ICP备15027718号",
    )
    return p


def page10():
    p = Page("10")
    sp = PAGES["10"][0]
    p.chrome(
        "临沣市应急管理局",
        "Linfeng Emergency Management Bureau",
        "首页  机构概况  新闻动态  政务公开  政策法规  应急救援  防灾减灾  互动交流  专题专栏",
        "当前位置：首页 > 新闻动态 > 领导讲话",
    )
    p.blank()
    p.body(sp["title"])
    p.chrome(
        "发布日期：2024-07-18" + NBSP * 2 + "来源：危险化学品安全监督管理科" + NBSP * 2 + "浏览量：503"
        + NBSP * 2 + "【字体：大 中 小】" + NBSP + "【打印】",
        "▲ 7月16日，全市危险化学品安全风险集中治理推进会召开。（图／吕萌）",
    )
    for s in sp["speaker"]:
        p.body(s)
    p.body(sp["salutation"])
    for n, u in enumerate(speech_units(sp)):
        kind, a, c, i = u
        t = page_text(unit_text(u))
        p.note_spans(unit_text(u))
        if a[0] == "h" and a[1] == 2:
            p.body(t)  # level-2 headings flush left
        elif n % 3 == 1:
            p.body(NBSP * 4 + t)  # &nbsp; indents left by the CMS editor
        else:
            p.body(IDS * 2 + t)
    p.blank()
    p.chrome(
        "附件：临沣市危险化学品安全风险集中治理下半年重点任务清单.docx",
        "附件下载：讲话全文（PDF版，286KB）",
        "【打印本页】【关闭窗口】",
        "分享到：微信 微博 QQ空间",
        "扫一扫在手机打开当前页",
        "相关文章",
        "全市召开危险化学品企业安全生产执法工作调度会",
        "（一）深化重大危险源包保责任制落实的做法与成效",
        "主办单位：临沣市应急管理局　　地址：临沣市滨江东路218号　　邮编：422301",
        "联系电话：0739-8826017　　网站标识码：4305000041",
        "湘ICP备19002637号-1　　湘公网安备 43050202000318号",
    )
    return p


BUILDERS = {"06": page06, "07": page07, "08": page08, "09": page09, "10": page10}


def encode(text, meta):
    text = text.replace("\n", meta["eol"])
    enc = meta["encoding"]
    if enc == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(enc)


def gold_for(nn, page):
    sps = PAGES[nn]
    g = {"file": f"{nn}.txt", "speeches": len(sps), "titles": [], "headings": [], "paragraphs": [], "noise": page.noise}
    for sp in sps:
        g["titles"].append(sp["title"])
        for blk in sp["blocks"]:
            kind = blk[0]
            if kind in ("h", "hr"):
                g["headings"].append({"text": gold_text(blk[2]), "level": blk[1]})
            else:
                g["paragraphs"].append({"text": gold_text(blk[2]), "category": blk[1], "truncated": kind == "pt"})
    return g


def build(nn):
    page = BUILDERS[nn]()
    text = "\n".join(page.lines) + "\n"
    return page, text


def main():
    os.makedirs(GOLD, exist_ok=True)
    for nn in BUILDERS:
        page, text = build(nn)
        with open(os.path.join(OUT, f"{nn}.txt"), "wb") as f:
            f.write(encode(text, PAGE_META[nn]))
        with open(os.path.join(GOLD, f"{nn}.json"), "w", encoding="utf-8") as f:
            json.dump(gold_for(nn, page), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(nn, PAGE_META[nn]["encoding"], len(text), "chars,", len(page.noise), "noise")


if __name__ == "__main__":
    main()
