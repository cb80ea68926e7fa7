#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from speeches.py, so that page and gold agree by construction."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as SP  # noqa: E402

NOISE_RX = re.compile(r"\{\{N:([^}]*)\}\}")


def page_text(t):
    """text as printed on the page: injected noise stays, page-break marker goes"""
    return NOISE_RX.sub(lambda m: m.group(1), t).replace("{{PB}}", "")


def gold_text(t):
    return NOISE_RX.sub("", t).replace("{{PB}}", "")


def gold_for(nn, speech_lists, noise):
    titles, heads, paras = [], [], []
    for blocks in speech_lists:
        for b in blocks:
            if b[0] == "title":
                titles.append(b[1])
            elif b[0] == "h":
                heads.append({"text": b[2], "level": b[1]})
            elif b[0] == "run":
                heads.append({"text": b[2], "level": b[1]})
                paras.append({"text": gold_text(b[4]), "category": b[3], "truncated": False})
            elif b[0] == "p":
                paras.append({"text": gold_text(b[2]), "category": b[1], "truncated": False})
    g = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
         "paragraphs": paras, "noise": noise}
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write(nn, lines, enc, eol):
    text = eol.join(lines) + eol
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)


NO_START = set("，。、；：？！”’）》,.;:?!)")


def wrap(text, first, rest):
    """cut text into lines of `first` then `rest` characters; a closing punctuation mark that would open a line
    hangs on the line before (as typeset text does)"""
    out, i, w = [], 0, first
    while i < len(text):
        j = min(len(text), i + w)
        while j < len(text) and text[j] in NO_START:
            j += 1
        out.append(text[i:j])
        i, w = j, rest
    return out


def block_text(b):
    if b[0] == "run":
        return b[2] + "。" + page_text(b[4])
    if b[0] == "p":
        return page_text(b[2])
    if b[0] == "h":
        return b[2]
    return b[1]


# =====================================================================================================
# 06  OCR of a scanned, printed county speech (CamScanner scan, OCR tool on Windows: GB18030, CRLF)
# =====================================================================================================
def page06():
    S = SP.S06
    noise = [
        "请马局阅,按会议要求抓好落实。陈 3/1",
        "全县安全生产工作会议材料之二",
        "（会后收回）",
        "扫描全能王 创建",
        "〔公章〕",
        "- 1 -",
        "— 2—",
        "—3 —",
        "- 4 -",
        "、 .'",
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
        "青川县安全生产委员会办公室　 2024年2月28日印发",
        "（共印150份）",
    ]
    folios = ["- 1 -", "— 2—", "—3 —", "- 4 -", "一 5 一"]
    head = [
        "请马局阅,按会议要求抓好落实。陈 3/1",
        "",
        "全县安全生产工作会议材料之二",
        "                                    （会后收回）",
        "",
        "          在全县安全生产工作会议",
        "               上的讲话",
        "",
        "         县委副书记、县长 周明远",
        "           （2024年2月26日）",
        "",
    ]
    body = []
    no_indent = {4, 9}  # paragraphs whose indentation the OCR lost
    pi = 0
    for b in S:
        if b[0] == "title":
            continue
        if b[0] == "meta":
            if b[1].startswith("同志们"):
                body.append(b[1])
            continue
        t = block_text(b)
        if b[0] == "h":
            body.append("  " + t)
            continue
        pi += 1
        ind = "" if pi in no_indent else "  "
        for k, ln in enumerate(wrap(t, 26, 28)):
            body.append((ind if k == 0 else "") + ln)
    tail = [
        "",
        "抄送：县委办公室，县人大常委会办公室，县政协办公室。",
        "青川县安全生产委员会办公室　 2024年2月28日印发",
        "                                        （共印150份）",
    ]
    body += tail
    lines = list(head)
    per_page = [12, 22, 22, 22, 22]
    pg, k = 0, 0
    junk = {1: ["l"], 2: ["、 .'"]}  # scanner edge specks read as characters at the top of pages 2 and 3
    while k < len(body):
        n = per_page[min(pg, len(per_page) - 1)]
        chunk = body[k:k + n]
        k += n
        lines += chunk
        lines += ["", "                 " + folios[pg], "                                   扫描全能王 创建", ""]
        pg += 1
        if k < len(body):
            lines += junk.get(pg, [])
    write("06", lines, "gb18030", "\r\n")
    gold_for("06", [S], noise)


# =====================================================================================================
# 07  Meeting booklet with two speeches, pdftotext -layout output: 34 characters a line, running head
#     on every page, folio at the foot, form feed between pages (UTF-8, LF)
# =====================================================================================================
def page07():
    A, B = SP.S07A, SP.S07B
    rule = "─" * 34
    even_head = "集中治理部署会会议材料"
    cover = [
        "", "", "", "",
        "          内部资料　注意保存",
        "", "",
        "   何家湾化工园区危险化学品安全风险集中治理部署会",
        "",
        "                会　议　材　料",
        "", "", "", "", "", "",
        "          何家湾化工园区管委会办公室",
        "               二〇二四年四月",
        "",
    ]
    noise = [
        "内部资料　注意保存",
        "何家湾化工园区危险化学品安全风险集中治理部署会",
        "会　议　材　料",
        "何家湾化工园区管委会办公室",
        "二〇二四年四月",
        even_head,
        "汪启明同志讲话",
        "罗家栋同志讲话",
        "（此件发至园区各企业主要负责人）",
        "- 1 -", "- 2 -", "- 3 -", "- 4 -",
        rule,
        "何家湾化工园区管委会办公室　　　　2024年4月19日印",
    ]

    def body_of(S, odd_head):
        out = []
        for b in S:
            if b[0] == "title":
                for ln in wrap(b[1], 34, 34):
                    out.append(" " * max(0, (34 - len(ln)))  + ln)
                out.append("")
                continue
            if b[0] == "meta":
                if b[1].startswith("同志们"):
                    out.append(b[1])
                else:
                    out.append(" " * max(0, 34 - len(b[1])) + b[1])
                    if b[1].startswith("（"):
                        out.append("")
                continue
            t = block_text(b)
            for k, ln in enumerate(wrap(t, 32, 34)):
                out.append(("    " if k == 0 else "") + ln)
        return out

    pages = []  # list of (head, lines)
    PER = 25
    for S, odd in ((A, "汪启明同志讲话"), (B, "罗家栋同志讲话")):
        body = body_of(S, odd)
        for i in range(0, len(body), PER):
            pages.append(body[i:i + PER])
    # the closing block goes on the last page
    pages[-1] += ["", "", "（此件发至园区各企业主要负责人）", "", "何家湾化工园区管委会办公室　　　　2024年4月19日印"]
    # which speech each page belongs to
    na = (len(body_of(A, "")) + PER - 1) // PER
    out = list(cover)
    for i, pl in enumerate(pages):
        folio = i + 1
        if folio % 2 == 0:
            h = even_head
        else:
            h = "汪启明同志讲话" if i < na else "罗家栋同志讲话"
        pad = " " * (2 * (34 - len(h))) if folio % 2 else ""
        pg = [pad + h, rule, ""] + pl
        pg += [""] * (PER - len(pl))
        pg += ["", "               - %d -" % folio]
        out.append("\f" + pg[0])
        out += pg[1:]
    write("07", out, "utf-8", "\n")
    gold_for("07", [A, B], noise)


# =====================================================================================================
# 08  Township speech copied out of a PDF into Notepad, saved as "Unicode" (UTF-16 LE + BOM, CRLF).
#     Title and headings come out letter-spaced; page head and foot of the PDF are in the flow.
# =====================================================================================================
def page08():
    S = SP.S08
    run_head = "青石镇2024年安全生产暨防汛工作会议"
    foot = "第 %d 页 共 4 页"
    noise = [
        "会议材料之三",
        run_head,
        foot % 1, foot % 2, foot % 3, foot % 4,
        "青石镇党政办  内部资料",
        "（根据录音整理，未经本人审阅）",
        "青石镇党政办公室　　2024年5月21日印",
    ]
    lines = ["会议材料之三", run_head]
    page = [1]

    def pbreak():
        lines.append(foot % page[0])
        page[0] += 1
        lines.append(run_head)

    break_after = {9, 11}  # paragraph numbers after which the PDF starts a new page
    pi = 0
    for b in S:
        if b[0] == "title":
            lines.append(b[1])
            continue
        if b[0] == "meta":
            lines.append(b[1])
            continue
        if b[0] == "h":
            lines.append(b[2])
            continue
        pi += 1
        raw = NOISE_RX.sub(lambda m: m.group(1), b[2])
        parts = raw.split("{{PB}}")
        for k, part in enumerate(parts):
            if k:
                pbreak()
            lines.append(part)
        if pi in break_after:
            pbreak()
    lines += ["（根据录音整理，未经本人审阅）", "", "青石镇党政办公室　　2024年5月21日印", foot % page[0]]
    write("08", lines, "utf-16-le", "\r\n")
    gold_for("08", [S], noise)


# =====================================================================================================
# 09  School site page, tags stripped, entities left in (UTF-8, CRLF)
# =====================================================================================================
def page09():
    S = SP.S09
    title = S[0][1]
    nb = "&nbsp;"
    noise = [
        title + "-青禾县第二中学",
        "var _hmt = _hmt || [];",
        "青禾县第二中学",
        "网站首页 | 学校概况 | 党建园地 | 校园动态 | 教育教学 | 德育天地 | 安全教育 | 招生信息",
        "当前位置：首页&nbsp;&gt;&gt;&nbsp;安全教育&nbsp;&gt;&gt;&nbsp;校长讲话",
        "发布时间：2024年06月04日&nbsp;&nbsp;&nbsp;来源：校长办公室&nbsp;&nbsp;&nbsp;点击：316次",
        "【字体：大&nbsp;中&nbsp;小】",
        "&nbsp;",
        "▲动员会现场（摄影：张晓燕）",
        "（责任编辑：王丽　审核：李建军）",
        "【打印本页】&nbsp;&nbsp;【关闭窗口】",
        "上一篇：关于做好2024年暑期学生防溺水安全教育工作的通知",
        "下一篇：在2024年春季开学安全工作会议上的讲话",
        "相关文章",
        "&middot;&nbsp;学校举行消防应急疏散演练",
        "&middot;&nbsp;在全县教育系统安全工作会议上的讲话（摘要）",
        "版权所有&copy;2024 青禾县第二中学&nbsp;&nbsp;地址：青禾县城关镇文昌路66号&nbsp;&nbsp;电话：0736-5521088",
        "备案号：青ICP备20210031号-1&nbsp;&nbsp;技术支持：青禾县教育信息中心",
    ]
    L = [
        title + "-青禾县第二中学",
        "",
        "\t\tvar _hmt = _hmt || [];",
        "",
        "",
        "\t青禾县第二中学",
        "\t网站首页 | 学校概况 | 党建园地 | 校园动态 | 教育教学 | 德育天地 | 安全教育 | 招生信息",
        "",
        "\t\t当前位置：首页&nbsp;&gt;&gt;&nbsp;安全教育&nbsp;&gt;&gt;&nbsp;校长讲话",
        "",
        "\t\t\t" + title,
        "\t\t\t发布时间：2024年06月04日&nbsp;&nbsp;&nbsp;来源：校长办公室&nbsp;&nbsp;&nbsp;点击：316次",
        "\t\t\t【字体：大&nbsp;中&nbsp;小】",
        "",
    ]
    ind = nb * 4
    after_meta = False
    for b in S[1:]:
        if b[0] == "meta":
            L.append(b[1])
            if b[1].startswith("（"):
                L += ["▲动员会现场（摄影：张晓燕）"]
            continue
        if b[0] == "h":
            L.append(b[2])
            continue
        L.append(ind + page_text(b[2]))
        if b[1] in ("隐患排查",) and not after_meta:
            L.append(nb)  # an empty <p>&nbsp;</p> the editor left between paragraphs
            after_meta = True
    L += [
        nb,
        "\t\t\t（责任编辑：王丽　审核：李建军）",
        "\t\t\t【打印本页】&nbsp;&nbsp;【关闭窗口】",
        "",
        "\t\t上一篇：关于做好2024年暑期学生防溺水安全教育工作的通知",
        "\t\t下一篇：在2024年春季开学安全工作会议上的讲话",
        "",
        "\t\t相关文章",
        "\t\t&middot;&nbsp;学校举行消防应急疏散演练",
        "\t\t&middot;&nbsp;在全县教育系统安全工作会议上的讲话（摘要）",
        "",
        "\t版权所有&copy;2024 青禾县第二中学&nbsp;&nbsp;地址：青禾县城关镇文昌路66号&nbsp;&nbsp;电话：0736-5521088",
        "\t备案号：青ICP备20210031号-1&nbsp;&nbsp;技术支持：青禾县教育信息中心",
        "",
    ]
    write("09", L, "utf-8", "\r\n")
    gold_for("09", [S], noise)


# =====================================================================================================
# 10  公众号 article exported to Markdown (UTF-8, LF)
# =====================================================================================================
def page10():
    S = SP.S10
    noise = [
        "title: 节前安全这根弦，一刻也不能松｜厂长在部署会上的讲话",
        "author: 恒盛安环",
        "date: 2024-09-25 08:30",
        "url: https://mp.wx-archive.example/s/Hs8kQ2vLm0TzA7pYw3RcNg",
        "原创 恒盛安环 [恒盛建材安环部](https://mp.wx-archive.example/profile/hsjc-ahb) *2024年09月25日 08:30* *浙江*",
        "**编者按**：9月24日下午，公司召开国庆节前安全大检查部署会，厂长郑国平对节前安全工作提出明确要求。"
        "现将讲话全文刊发，请各车间、班组认真组织学习，对照检查、抓好落实。",
        "检查方案详见[《关于开展2024年国庆节前安全大检查的通知》](https://oa.hsjc.example/notice/2024/0923-07)",
        "![图片](https://mmbiz.wx-archive.example/hsjc/20240924_01.jpeg)",
        "*▲ 部署会现场（摄影：徐晓东）*",
        "**往期推荐**",
        "- [安全生产月｜班组长安全履职能力培训开班](https://mp.wx-archive.example/s/a81Lk2)",
        "- [在2024年安全生产月启动会上的讲话](https://mp.wx-archive.example/s/p0Qe7m)",
        "- [事故警示｜一起皮带机卷入事故的教训](https://mp.wx-archive.example/s/Zt5cW9)",
        "![](https://mmbiz.wx-archive.example/hsjc/qrcode_258.png)",
        "长按识别二维码，关注“恒盛安环”",
        "[阅读原文](https://oa.hsjc.example/news/2024/0925-01)　阅读 1862　在看 12",
    ]
    L = ["---", noise[0], noise[1], noise[2], noise[3], "---", "", "# " + S[0][1], "", noise[4], "",
         "> " + noise[5], ">", "> " + noise[6], "", noise[7], "", noise[8], ""]
    for b in S[1:]:
        if b[0] == "meta":
            L += [b[1], ""]
        elif b[0] == "h":
            L += ["## " + b[2], ""]
        elif b[0] == "run":
            L += ["**" + b[2] + "。**" + page_text(b[4]), ""]
        else:
            L += [page_text(b[2]), ""]
    L += ["---", "", noise[9], "", noise[10], noise[11], noise[12], "", noise[13], "", noise[14], "", noise[15]]
    write("10", L, "utf-8", "\n")
    gold_for("10", [S], noise)


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    page06()
    page07()
    page08()
    page09()
    page10()
    print("wrote 06-10")
