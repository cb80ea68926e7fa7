# -*- coding: utf-8 -*-
"""Builds writer a's pages 01-05 (OUTDIR/NN.txt) and their gold (OUTDIR/gold/NN.json) from speeches.py.
Also writes tools-a/perfect.json (a perfect miner's output built from the same gold).
usage: python3 gen.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

INJ = re.compile(r"⟦(.*?)⟧")
IDEO = "\u3000"
NBSP = "\u00a0"


def gold_text(t):
    return INJ.sub("", t)


def han(s):
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def speech_han(sp):
    return sum(han(gold_text(b["t"])) for b in sp["blocks"])


class Page:
    def __init__(self, num):
        self.num = num
        self.lines = []
        self.noise = []

    def c(self, s):
        """a chrome line"""
        self.lines.append(s)
        self._n(s)

    def t(self, s):
        """a text line (speech or unlabelled)"""
        self.lines.append(s)

    def blank(self):
        self.lines.append("")

    def _n(self, s):
        s = s.strip().strip(IDEO).strip()
        if re.search(r"[^\W_]", s) and s not in self.noise:
            self.noise.append(s)

    def render(self, t):
        """paragraph text as it appears on the page; injected spans go to noise"""
        for m in INJ.finditer(t):
            self._n(m.group(1))
        return INJ.sub(lambda m: m.group(1), t)

    def write(self, encoding, crlf=False):
        text = "\n".join(self.lines) + "\n"
        if crlf:
            text = text.replace("\n", "\r\n")
        if encoding == "utf-8-sig":
            data = b"\xef\xbb\xbf" + text.encode("utf-8")
        elif encoding == "utf-16le-bom":
            data = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            data = text.encode(encoding)
        with open(os.path.join(OUT, f"{self.num}.txt"), "wb") as f:
            f.write(data)
        speeches = PAGES[self.num]
        gold = {
            "file": f"{self.num}.txt",
            "speeches": len(speeches),
            "titles": [sp["title"] for sp in speeches],
            "headings": [{"text": b["t"], "level": b["h"]} for sp in speeches for b in sp["blocks"] if "h" in b],
            "paragraphs": [{"text": gold_text(b["t"]), "category": b["c"], "truncated": bool(b.get("trunc"))}
                           for sp in speeches for b in sp["blocks"] if "c" in b],
            "noise": self.noise,
        }
        # gold/ is shared with writer b; gold-a/ holds a copy of pages 01-05 only, for scoring them alone
        for d in (os.path.join(OUT, "gold"), os.path.join(HERE, "gold-a")):
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{self.num}.json"), "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")


def body_lines(sp, p, indent=IDEO * 2, heading_indent="", heading_fmt="{}"):
    """standard layout: one line per paragraph; run-in headings share the paragraph's line"""
    pending = None
    for b in sp["blocks"]:
        if "h" in b:
            if b.get("runin"):
                pending = b["t"]
            else:
                p.t(heading_indent + heading_fmt.format(b["t"]))
        else:
            txt = p.render(b["t"])
            if pending:
                p.t(indent + pending + txt)
                pending = None
            else:
                p.t(indent + txt)


# ---------------------------------------------------------------- 01: 范文 site, three speeches
def page01():
    p = Page("01")
    a, b, c = PAGES["01"]
    p.c("笔落范文网 - 免费范文大全 - www.biluofanwen.com")
    p.c("首页 | 讲话稿 | 工作总结 | 心得体会 | 演讲稿 | 策划方案 | 登录 | 注册")
    p.c("当前位置：首页 > 讲话稿 > 安全讲话 > 正文")
    p.blank()
    p.c("安全生产工作会议讲话稿通用3篇")
    p.c(f"时间：2025-03-12 10:21:36{NBSP}{NBSP}来源：网友投稿{NBSP}{NBSP}阅读：1204次{NBSP}{NBSP}【字体：大 中 小】")
    first = a["blocks"][0]["t"]
    p.c("导读：安全生产工作会议讲话稿通用3篇由网友投稿整理，希望能帮到大家。" + first[:46] + "...")
    p.blank()
    p.c("【推荐】开通笔落范文VIP，海量讲话稿免费下载，每天仅需0.3元 >>")
    p.blank()
    for i, (sp, mark) in enumerate([(a, "【篇一】"), (b, "【篇二】"), (c, "【篇三】")]):
        p.lines.append(mark + sp["title"])
        p._n(mark)
        for line in sp["pre"]:
            p.t(line)
        p.t(sp["salutation"])
        body_lines(sp, p, indent=IDEO * 2, heading_indent=IDEO * 2)
        p.blank()
        if i == 0:
            p.c("▲点击下载：安全生产工作会议讲话稿通用3篇.doc（共3篇，Word版可编辑）")
            p.blank()
        if i == 1:
            p.c("手机扫码阅读本文 | 收藏本文 | 分享到微信")
            p.blank()
    p.c("原文链接：https://www.biluofanwen.com/jianghua/anquan/88213.html")
    p.c("本文由网友投稿，不代表本站观点。如需转载请注明出处。")
    p.blank()
    p.c("上一篇：2025年春季开学安全工作会议讲话稿")
    p.c("下一篇：在全市防汛工作会议上的讲话（精选2篇）")
    p.blank()
    p.c("相关推荐")
    p.c("1. 2025年全县安全生产工作会议讲话稿（精选4篇）")
    p.c("2. 一、提高政治站位，切实扛起安全生产政治责任")
    p.c("3. 企业安全生产月启动仪式讲话稿范文")
    p.c("4. 第一，要把安全责任扛在肩上（乡镇安全讲话提纲）")
    p.c("5. 镇长在春节前安全生产工作会议上的讲话")
    p.blank()
    p.c("热门标签：安全讲话 安委会 岁末年初 煤矿安全 讲话稿")
    p.c("Copyright © 2019-2025 笔落范文网 版权所有　鄂ICP备2021018736号-2")
    p.c("联系邮箱：kefu@biluofanwen.com　客服QQ：2938471650")
    p.write("utf-8")


# ---------------------------------------------------------------- 02: 文库 preview, GB/T 9704 page (28 x 22), paywall
NO_START = set("，。、；：？！”’）》」』…%")


def wrap(s, width=28):
    """hard wrap as Word lays out a 28-character line: closing punctuation never starts a line"""
    lines, cur = [], ""
    for ch in s:
        if len(cur) >= width and ch not in NO_START:
            lines.append(cur)
            cur = ""
        cur += ch
    lines.append(cur)
    return lines


def page02():
    p = Page("02")
    sp = PAGES["02"][0]
    doc_lines = []  # (text, kind) kind: 't' text
    doc_lines.append(IDEO * 2 + sp["title"])
    for line in sp["pre"]:
        doc_lines.append(IDEO * 6 + line)
    doc_lines.append("")
    doc_lines.append(sp["salutation"])
    for b in sp["blocks"]:
        if "h" in b:
            doc_lines.extend(wrap(IDEO * 2 + b["t"]))
        else:
            doc_lines.extend(wrap(IDEO * 2 + p.render(b["t"])))
    per_page = 22
    pages = [doc_lines[i:i + per_page] for i in range(0, len(doc_lines), per_page)]
    total = len(pages) + 1  # one more page sits behind the paywall
    header = "江岭化工有限公司安全环保部　安全学习资料（内部）"

    p.c("云知文库 - 海量文档免费阅读")
    p.c("首页 > 行业资料 > 安全管理 > 安全会议讲话")
    p.blank()
    p.c("2024厂长在安全生产月活动启动会上的讲话（精编版）")
    p.c(f"上传者：安环小陈 | 上传时间：2024-06-05 | 文档格式：DOCX | 页数：{total} | 大小：28.6KB")
    p.c("浏览 2318 次 | 下载 146 次 | 评分 4.6 分")
    p.c("价格：5 下载券（文库VIP免费）　【立即下载】　【加入文库VIP】　【收藏】　【举报】")
    p.c(f"简介：本文档为2024厂长在安全生产月活动启动会上的讲话，共{total}页，可在线阅读，下载后可编辑。")
    p.blank()
    for n, pg in enumerate(pages, 1):
        p.c(header)
        p.blank()
        for line in pg:
            p.t(line)
        if len(pg) == per_page:
            p.blank()
            p.c(f"第 {n} 页 / 共 {total} 页")
            p.blank()
    p.blank()
    p.c("…… 剩余 1 页未读，开通VIP继续阅读 ……")
    p.c("【加入文库VIP，免费下载全文】　【5下载券 下载本文档】")
    p.c("本文档由用户上传，云知文库仅提供信息存储空间服务。如有侵权，请联系客服删除。")
    p.blank()
    p.c("相关文档")
    p.c("公司安全生产月活动实施方案（2024版）　5页")
    p.c("一、认清形势 强化担当——车间安全例会发言稿　2页")
    p.c("化工企业特殊作业安全管理制度　12页")
    p.blank()
    p.c("© 2024 云知文库　客服热线：400-862-3107　粤ICP备2022051836号")
    p.write("utf-8-sig", crlf=True)
    return total


# ---------------------------------------------------------------- 03: 公文写作 studio, ads between paragraphs
def page03():
    p = Page("03")
    sp = PAGES["03"][0]
    words = han(sp["title"]) + speech_han(sp)
    ads = {
        # inserted after the n-th body line of the speech
        3: ["—————— 广告 ——————",
            "笔耕工作室承接各类讲话稿、述职报告、调研文章撰写，资深笔杆子一对一服务，最快当天交稿。咨询微信：bg-gongwen88"],
        7: ["【VIP专享】开通笔耕VIP，全站8万篇范文无限下载，首月仅需9.9元 >>"],
        11: ["—————— 广告 ——————",
             "「笔耕公文」小程序上线啦！输入会议名称，三分钟生成讲话提纲 → 扫码体验"],
    }
    p.c("笔耕公文工作室 — 专注党政机关公文写作服务")
    p.c("首页 | 讲话稿 | 工作总结 | 汇报材料 | 心得体会 | 材料代写 | 会员中心")
    p.c("当前位置：首页 > 讲话稿 > 教育系统讲话")
    p.blank()
    p.c("校园安全工作会议校长讲话稿（开学前）")
    p.c(f"字数：{words}字 | 页数：3页 | 格式：Word | 更新：2024-08-22 | 浏览：3527")
    p.c("【下载Word】 【复制全文】 【加入收藏】 【纠错】")
    p.blank()
    p.t(sp["title"])
    for line in sp["pre"]:
        p.t(line)
    p.t(sp["salutation"])
    sub = Page("tmp")
    body_lines(sp, sub, indent=IDEO * 2)
    p.noise.extend(x for x in sub.noise if x not in p.noise)
    for i, line in enumerate(sub.lines, 1):
        p.t(line)
        for ad in ads.get(i, []):
            p.c(ad)
    p.c("（全文完）")
    p.blank()
    p.c(f"本文共 {words} 字")
    p.c("下载本文Word文档（需10积分）　VIP会员免费下载")
    p.c("上一篇：一、强化安全意识，守住校园安全底线")
    p.c("下一篇：在全县教育系统安全生产工作会议上的讲话")
    p.blank()
    p.c("相关范文")
    p.c("· 开学前校园安全隐患排查工作方案")
    p.c("· （一）抓好校园安全管理工作（学校安全工作汇报提纲）")
    p.c("· 中学校长在防溺水专题会议上的讲话")
    p.blank()
    p.c("笔耕公文工作室 版权所有 © 2021-2024　客服电话：0731-84625519　湘ICP备2023004719号-1")
    p.write("utf-16le-bom", crlf=True)
    return words


# ---------------------------------------------------------------- 04: AI writing assistant output
def page04():
    p = Page("04")
    sp = PAGES["04"][0]
    p.c("墨言AI写作")
    p.c("＋ 新建对话")
    p.c("历史对话")
    p.c("· 燃气安全推进会讲话")
    p.c("· 防汛值班通知怎么写")
    p.c("· 2024年度述职报告润色")
    p.blank()
    p.c("我的提问：")
    p.c("请帮我写一篇街道党工委书记在燃气安全专项整治推进会上的讲话稿，1000字左右，要有具体数据，分三个部分。")
    p.blank()
    p.c("墨言的回答：")
    p.c("已深度思考（用时 8 秒）")
    p.c("好的！以下是为您生成的街道党工委书记在燃气安全专项整治推进会上的讲话稿，共分三个部分，您可以结合本街道实际修改数据和表述：")
    p.blank()
    p.t("---")
    p.blank()
    p.t("## " + sp["title"])
    p.blank()
    for line in sp["pre"]:
        p.t(line)
        p.blank()
    p.t(sp["salutation"])
    p.blank()
    for b in sp["blocks"]:
        if "h" in b:
            p.t("### " + b["t"])
        else:
            p.t(p.render(b["t"]))
        p.blank()
    p.t("---")
    p.blank()
    p.c("**使用说明：**")
    p.c("1. 文中数据均为示例，请替换为本街道实际统计数字；")
    p.c("2. 如需用于正式场合，建议补充上级文件名称和会议精神；")
    p.c("3. 可根据讲话时长适当删减第二部分内容。")
    p.blank()
    p.c(f"复制{NBSP}{NBSP}重新生成{NBSP}{NBSP}导出Word{NBSP}{NBSP}分享")
    p.c("你可能还想问：")
    p.c("帮我把这篇讲话稿压缩到600字以内")
    p.c("再补充两个燃气事故典型案例")
    p.c("生成一份燃气安全推进会的主持词")
    p.blank()
    p.c("内容由AI生成，请仔细甄别")
    p.c("给墨言发送消息，Shift+Enter换行")
    p.write("utf-8")


# ---------------------------------------------------------------- 05: 范文 site in GB18030, paragraphs joined on long lines
def page05():
    p = Page("05")
    sp = PAGES["05"][0]
    p.c("妙笔范文网 www.miaobifw.com")
    p.c("首页 > 范文大全 > 讲话稿 > 安全生产讲话稿")
    p.c("建筑施工安全警示教育会议讲话稿")
    p.c("发布时间：2024-09-12　栏目：安全生产讲话稿　作者：佚名　点击：")
    p.t(sp["title"])
    for line in sp["pre"]:
        p.t(line)
    # the whole body on three very long lines; separators are the indents that survived the copy
    seps = [IDEO * 2, " ", IDEO * 2, "  ", IDEO * 2, " ", IDEO * 2, IDEO * 2, " ", IDEO * 2, IDEO * 2, " ", IDEO * 2,
            " ", IDEO * 2, IDEO * 2, " ", IDEO * 2, IDEO * 2, " "]
    pieces = [sp["salutation"]]
    for b in sp["blocks"]:
        pieces.append(b["t"] if "h" in b else p.render(b["t"]))
    # break lines before the second and third headings
    idx_h = [i + 1 for i, b in enumerate(sp["blocks"]) if "h" in b]
    cuts = set(idx_h[1:])
    line = ""
    k = 0
    for i, piece in enumerate(pieces):
        if i in cuts:
            p.t(line)
            line = IDEO * 2 + piece
        elif i == 0:
            line = piece
        else:
            line += seps[k % len(seps)] + piece
            k += 1
    p.t(line)
    p.c("【建筑施工安全警示教育会议讲话稿相关文章】")
    p.c("在全区建筑施工安全生产工作会议上的讲话")
    p.c("二、全面开展安全隐患大排查（建筑行业安全讲话提纲）")
    p.c("住建局长在安全生产月活动启动仪式上的讲话")
    p.c("本文地址：http://www.miaobifw.com/jianghua/anquan/2024091237.html")
    p.c("上一篇：安全生产月活动总结范文　下一篇：项目部安全例会发言稿")
    p.c("妙笔范文网 版权所有　备案号：浙ICP备2020037745号-3")
    p.write("gb18030", crlf=True)


def perfect():
    docs = []
    for num, speeches in PAGES.items():
        docs.append({"file": f"{num}.txt", "speeches": [{
            "title": sp["title"],
            "blocks": [{"kind": "heading", "level": b["h"], "text": b["t"]} if "h" in b else
                       {"kind": "paragraph", "text": gold_text(b["t"]), "category": b["c"]} for b in sp["blocks"]],
        } for sp in speeches]})
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    page01()
    page02()
    page03()
    page04()
    page05()
    perfect()
    for num, speeches in PAGES.items():
        for sp in speeches:
            print(num, sp["title"], "han", speech_han(sp), "paras", sum(1 for b in sp["blocks"] if "c" in b))
