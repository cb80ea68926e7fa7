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
import speeches as SP  # noqa: E402

DEL = re.compile(r"\{-(.*?)-\}")
COM = re.compile(r"\{#(.*?)#\}")
CLOSE = set("，。、；：）”！？》」』,.;:)!?%")


def gold_text(t):
    return COM.sub("", DEL.sub("", t))


def page_text(t):
    return COM.sub(lambda m: m.group(1), DEL.sub(lambda m: m.group(1), t))


def inline_noise(t):
    return DEL.findall(t) + COM.findall(t)


def gold_of(speeches):
    titles, heads, paras = [], [], []
    for sp in speeches:
        for it in sp:
            k = it[0]
            if k == "t":
                titles.append(it[1])
            elif k == "h":
                heads.append({"text": it[2], "level": it[1]})
            elif k == "rh":
                heads.append({"text": it[2], "level": it[1]})
                paras.append({"text": gold_text(it[4]), "category": it[3], "truncated": False})
            elif k == "p":
                paras.append({"text": gold_text(it[2]), "category": it[1], "truncated": False})
    return titles, heads, paras


def width(c):
    return 0.5 if ord(c) < 128 else 1.0


def wrap(s, w):
    """Hard-wrap like a PDF line box / a plain-text mailer: no line starts with closing punctuation."""
    out, cur, cw = [], "", 0.0
    for c in s:
        if cw + width(c) > w and cur and c not in CLOSE:
            out.append(cur)
            cur, cw = "", 0.0
        cur += c
        cw += width(c)
    if cur:
        out.append(cur)
    return out


def write(nn, lines, enc, eol, speeches, noise):
    text = eol.join(lines) + eol
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    titles, heads, paras = gold_of(speeches)
    g = {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
         "paragraphs": paras, "noise": noise}
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ------------------------------------------------------------------ 06 县政府办公室文件 (Word "纯文本" save)
def page06():
    IND = "\u3000\u3000"
    rule = "━" * 26
    L = [
        "000037",
        "密级：内部",
        "",
        "　　　　云岭县人民政府办公室文件",
        "",
        "云政办发〔2024〕9号　　　　　　　　　　签发人：何振东",
        rule,
        "",
        "　　　　　　　　云岭县人民政府办公室",
        "关于印发周启明同志在2024年全县安全生产工作会议上的讲话的通知",
        "",
        "各乡镇人民政府，县政府各部门，县直各单位，县属国有企业：",
        IND + "现将县委副书记、县长周启明同志在2024年全县安全生产工作会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。",
        "",
        IND + "附件：周启明同志在2024年全县安全生产工作会议上的讲话",
        "",
        "",
        "　　　　　　　　　　　　　　　　云岭县人民政府办公室",
        "　　　　　　　　　　　　　　　　　　2024年2月28日",
        IND + "（此件不公开）",
        "",
        "",
        "附件",
        "",
    ]
    for it in SP.S06:
        k = it[0]
        if k == "t":
            L += ["　　" + it[1]]
        elif k in ("spk", "date"):
            L += ["　　　　　　" + it[1]]
        elif k == "sal":
            L += ["", it[1]]
        elif k == "h":
            L += [IND + it[2] + it[3]]
        elif k == "rh":
            L += [IND + it[2] + "。" + it[4]]
        elif k == "p":
            L += [IND + it[2]]
    L += [
        "",
        "",
        rule,
        "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。",
        rule,
        "云岭县人民政府办公室　　　　　　　　　2024年2月28日印发",
        rule,
        "　　　　　　　　　　　　　　　　　　　　（共印150份）",
    ]
    noise = [
        "000037",
        "密级：内部",
        "云岭县人民政府办公室文件",
        "云政办发〔2024〕9号",
        "签发人：何振东",
        "关于印发周启明同志在2024年全县安全生产工作会议上的讲话的通知",
        "各乡镇人民政府，县政府各部门，县直各单位，县属国有企业：",
        "现将县委副书记、县长周启明同志在2024年全县安全生产工作会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。",
        "附件：周启明同志在2024年全县安全生产工作会议上的讲话",
        "（此件不公开）",
        "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院，县人武部。",
        "云岭县人民政府办公室　　　　　　　　　2024年2月28日印发",
        "（共印150份）",
    ]
    write("06", L, "gb18030", "\r\n", [SP.S06], noise)


# ------------------------------------------------------------------ 07 PDF 会议材料 copied out of a reader
def page07():
    W, H = 28, 24
    hdr = ["2024年全市安全生产和防汛工作会议材料之一", "2024年全市安全生产和防汛工作会议材料之二"]

    def body(sp):
        out = []
        for it in sp:
            k = it[0]
            if k == "t":
                out += wrap(it[1], 18)
            elif k in ("spk", "date", "sal"):
                out += [it[1]]
            elif k == "h":
                out += wrap(it[2] + it[3], W)
            elif k == "rh":
                out += wrap(it[2] + "。" + it[4], W)
            elif k == "p":
                out += wrap(it[2], W)
        return out

    pages = []  # (header, lines)
    starts = []
    for si, sp in enumerate((SP.S07A, SP.S07B)):
        b = body(sp)
        starts.append(len(pages) + 1)
        for i in range(0, len(b), H):
            pages.append((hdr[si], b[i:i + H]))
    annex_page = len(pages) + 1
    dots = "……………………"
    toc = [
        "一、在全市安全生产和防汛工作会议上的讲话（韩立群）" + dots + str(starts[0]),
        "二、在全市安全生产和防汛工作会议上的讲话（邓海涛）" + dots + str(starts[1]),
        "三、2024年全市安全生产和防汛重点工作任务分工" + dots + "……" + str(annex_page),
    ]
    L = [
        "内部资料　会后收回",
        "",
        "2024年全市安全生产和防汛工作会议",
        "会　议　材　料",
        "",
        "滨川市安全生产委员会办公室",
        "二〇二四年四月",
        "",
        "目　录",
    ] + toc + [""]
    footers = []
    for n, (h, lines) in enumerate(pages, 1):
        foot = "— %d —" % n
        footers.append(foot)
        L += [h] + lines + [foot]
    noise = ["内部资料　会后收回", "2024年全市安全生产和防汛工作会议", "会　议　材　料", "二〇二四年四月"] + toc + hdr + footers
    write("07", L, "utf-8", "\n", [SP.S07A, SP.S07B], noise)


# ------------------------------------------------------------------ 08 WPS draft with 批注 and 修订 remnants
def page08():
    IND = "\u3000\u3000"
    L = ["内部讨论稿　请勿外传", ""]
    noise = ["内部讨论稿　请勿外传"]
    for it in SP.S08:
        k = it[0]
        if k == "t":
            L += [it[1], "[批注4: 刘晓雯 2024-05-28 10:02] 标题要不要加上厂名？往年的稿子都带“红星铸造厂”。"]
            noise.append(L[-1])
        elif k == "x":
            L += [it[1]]
            noise.append(it[1])
        elif k in ("spk", "date", "sal"):
            L += [it[1]]
        elif k == "h":
            L += [it[2] + it[3]]
        elif k == "rh":
            L += [IND + it[2] + "。" + page_text(it[4])]
            noise += inline_noise(it[4])
        elif k == "p":
            L += [IND + page_text(it[2])]
            noise += inline_noise(it[2])
    L += ["", "（讲话时间控制在15分钟以内，打印时请用三号字）"]
    noise.append(L[-1])
    write("08", L, "utf-16-le", "\r\n", [SP.S08], noise)


# ------------------------------------------------------------------ 09 e-mail forwarded twice
def page09():
    W = 38
    top = [
        "发件人: 孙一帆 <sunyifan@qsq-yjj.cn>",
        "发送时间: 2024年6月5日 10:47",
        "收件人: 王建平 <wangjianping@qsq-yjj.cn>",
        "主题: 转发: 转发: 刘镇长在全镇安全生产暨防汛工作会议上的讲话（定稿）",
        "附件: 刘镇长讲话定稿0603.docx",
    ]
    note = "您要的青石镇防汛会讲话稿转给您，正文贴在下面，附件是原稿，汇编时直接用就行。"
    sig_unit = "青山区应急管理局综合科"
    sig_tel = "电话：(0736) 862 1447　内线 8012"
    fwd1 = [
        "-------- 转发邮件信息 --------",
        "发件人：\"青石镇党政办\" <qszdzb@qingshizhen.cn>",
        "发送日期：2024-06-04 16:12:37",
        "收件人：\"孙一帆\" <sunyifan@qsq-yjj.cn>",
        "主题：转发：刘镇长在全镇安全生产暨防汛工作会议上的讲话（定稿）",
    ]
    phone = "发自我的iPhone"
    fwd2 = [
        "------------------ 原始邮件 ------------------",
        "发件人: \"何晓静\"<hexiaojing@qingshizhen.cn>;",
        "发送时间: 2024年6月3日(星期一) 晚上9:05",
        "收件人: \"青石镇党政办\"<qszdzb@qingshizhen.cn>;",
        "主题: 刘镇长在全镇安全生产暨防汛工作会议上的讲话（定稿）",
    ]
    note2 = "党政办：刘镇长讲话定稿贴在下面，请存档并发各村（社区）。"
    L = top + ["", "王科长：", "    " + note, "", "孙一帆", "", "-- ", "孙一帆", sig_unit, sig_tel, "", ""]
    L += fwd1 + ["", phone, "", ""]
    L += fwd2 + ["", note2, ""]
    for it in SP.S09:
        k = it[0]
        if k == "t":
            L += [it[1]]
        elif k in ("spk", "date"):
            L += [it[1]]
        elif k == "sal":
            L += ["", it[1]]
        elif k == "h":
            L += wrap(it[2] + it[3], W) + [""]
        elif k == "rh":
            L += wrap(it[2] + "。" + it[4], W) + [""]
        elif k == "p":
            L += wrap(it[2], W) + [""]
    L += ["何晓静", "青石镇人民政府办公室", "", ""]
    noise = top + ["王科长：", note, sig_unit, sig_tel] + fwd1 + [phone] + fwd2 + [note2]
    write("09", L, "utf-8", "\r\n", [SP.S09], noise)


# ------------------------------------------------------------------ 10 企业 OA 公告 copied from the browser
def page10():
    IND = "\u3000\u3000"
    head = [
        "泰和重工集团协同办公平台",
        "首页 | 待办事项(12) | 公文管理 | 通知公告 | 规章制度 | 知识文档 | 通讯录",
        "欢迎您，周蕾（装备制造公司综合办）　修改密码　退出",
        "当前位置：通知公告 > 安全环保 > 正文",
    ]
    ttl = "关于印发邵启航董事长在集团公司2024年第二季度安全生产例会上讲话的通知"
    meta = "发布人：蒋文斌（安全环保部）　发布时间：2024-07-09 16:25　阅读次数：318"
    flags = "【置顶】【重要】【需回执】"
    to = "各子公司、集团各部门："
    intro = "7月5日，集团公司召开2024年第二季度安全生产例会，董事长邵启航出席会议并讲话。现将讲话全文印发给你们，请各单位组织班子成员和安全管理人员认真学习，逐条对照抓好落实，并于7月19日前将学习贯彻情况书面报集团安全环保部。"
    unit = "泰和重工集团有限公司安全环保部"
    att = [
        "附件(2)：",
        "邵启航董事长在二季度安全生产例会上的讲话.pdf　(386.5KB)　下载　预览",
        "二季度安全生产例会签到表.xlsx　(22.1KB)　下载",
    ]
    reads = [
        "已读(276)　未读(42)　回执(251)",
        "未读人员：物流公司 韩雪　建安公司 许国平　建安公司 罗志勇　装备制造公司 田野 ……　查看全部",
        "回执内容：已组织本单位班子成员学习，下一步将逐条抓好落实。——建安公司 方静 2024-07-10 09:12",
    ]
    tail = [
        "上一篇：关于开展2024年“安全生产月”活动的通知",
        "下一篇：总经理在集团公司防汛防台风专题会议上的讲话",
        "【打印本页】　【关闭窗口】",
        "Copyright © 2019-2024 泰和重工集团有限公司 信息中心维护　技术支持内线：8016",
    ]
    L = head + ["", ttl, meta, flags, "", to, IND + intro, ""]
    for it in SP.S10:
        k = it[0]
        if k == "t":
            L += [it[1]]
        elif k in ("spk", "date"):
            L += [it[1]]
        elif k == "sal":
            L += [it[1]]
        elif k == "h":
            L += [IND + it[2] + it[3]]
        elif k == "p":
            L += [IND + it[2]]
    L += ["", unit, "2024年7月9日", ""] + att[:1] + att[1:] + [""] + reads + [""] + tail
    noise = head + [ttl, meta, flags, to, intro, unit] + att + reads + tail
    write("10", L, "gb18030", "\r\n", [SP.S10], noise)


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    page06()
    page07()
    page08()
    page09()
    page10()
    print("wrote 06-10")
