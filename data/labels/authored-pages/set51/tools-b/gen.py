# -*- coding: utf-8 -*-
"""Write pages 06.txt-10.html and gold/NN.json for set51b.

Run:  /usr/bin/python3 tools/gen.py
Needs python-docx (09.docx) and the `opencc` command-line tool (08.txt, s2t/t2s).
"""
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import S06, S07, S08, S09, S10  # noqa: E402

random.seed(5151)
HAN = re.compile(r"[\u4e00-\u9fff]")
PUNCT_NO_START = "，。；：、）》”’！？%"


# ---------------------------------------------------------------- helpers
def gold_from(items, fname, noise, conv=None):
    conv = conv or (lambda s: s)
    g = {"file": fname, "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}
    for it in items:
        k = it[0]
        if k == "title":
            g["titles"].append(conv(it[1]))
        elif k == "h":
            g["headings"].append({"text": conv(it[2]), "level": it[1]})
        elif k == "rh":
            g["headings"].append({"text": conv(it[2]), "level": it[1]})
            g["paragraphs"].append({"text": conv(it[4]), "category": it[3], "truncated": False})
        elif k == "p":
            g["paragraphs"].append({"text": conv(it[2]), "category": it[1], "truncated": False})
    g["speeches"] = len(g["titles"])
    seen = []
    for n in noise:
        n = n.strip()
        if len(n) >= 4 and n not in seen:
            seen.append(n)
    g["noise"] = seen
    return g


def han_count(items):
    n = 0
    for it in items:
        if it[0] == "title":
            n += len(HAN.findall(it[1]))
        elif it[0] == "h":
            n += len(HAN.findall(it[2]))
        elif it[0] == "rh":
            n += len(HAN.findall(it[2])) + len(HAN.findall(it[4]))
        elif it[0] == "p":
            n += len(HAN.findall(it[2]))
    return n


def body_text(it):
    """Printed text of a paragraph-like item."""
    if it[0] == "rh":
        return it[2] + "。" + it[4]
    if it[0] == "p":
        return it[2]
    if it[0] == "h":
        return it[2]
    return it[1]


def cw(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text, width, first_indent=0.0, widths=None):
    """Wrap to lines of `width` full-width cells; no line starts with closing punctuation."""
    lines, cur, w = [], "", first_indent
    i = 0
    limit = width
    while i < len(text):
        ch = text[i]
        if w + cw(ch) > limit and cur and ch not in PUNCT_NO_START:
            lines.append(cur)
            cur, w = "", 0.0
            if widths:
                limit = random.choice(widths)
        cur += ch
        w += cw(ch)
        i += 1
    if cur:
        lines.append(cur)
    return lines


def dispw(s):
    return sum(2 if ord(c) >= 128 else 1 for c in s)


def center(s, total=72):
    pad = max(0, (total - dispw(s)) // 2)
    return " " * pad + s


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- 06: PDF text (pdftotext -layout)
def make06():
    noise = []
    M = " " * 8  # left margin

    def body(text, indent=True):
        out = []
        for i, ln in enumerate(wrap(text, 28, 2.0 if indent else 0.0)):
            out.append(M + ("    " if (i == 0 and indent) else "") + ln)
        return out

    # page 1: the notice (all noise)
    p1 = ["", "", "  " + " ".join("桐岭县安全生产委员会办公室文件"), "", ""]
    p1.append(center("桐安办〔2024〕9号"))
    p1 += ["", ""]
    t1, t2 = "桐岭县安委办关于印发韩立群局长在全市危险化学品", "安全生产工作会议上讲话的通知"
    p1 += [center(t1), center(t2), ""]
    p1 += [M + "各乡镇人民政府，县安委会各成员单位，县直有关部门，各有关企业："]
    notice_body = [
        "3月12日，全市危险化学品安全生产工作会议召开，市应急管理局韩立群局长到会讲话，对全市危化品安全生产工作作出了具体部署。经县安委会领导同意，现将讲话印发给你们，请结合本地本单位实际认真学习，抓好贯彻落实。",
        "各乡镇、各有关部门要于4月30日前将贯彻落实情况书面报送县安委办（联系人：罗晓婷，电话：0719-6258304）。",
    ]
    for para in notice_body:
        p1 += body(para)
    p1 += [""]
    p1 += [M + "附件：韩立群局长在全市危险化学品安全生产工作会议上的讲话"]
    p1 += ["", "", ""]
    p1 += [" " * 44 + "桐岭县安全生产委员会办公室", " " * 48 + "2024年3月15日", ""]
    p1 += [M + "（此件公开发布）", "", ""]
    for ln in p1:
        if ln.strip() and ln.strip() != "附件":
            noise.append(ln.strip())

    # speech pages
    sp = ["", M + "附件", "", center("在全市危险化学品安全生产"), center("工作会议上的讲话"), ""]
    for it in S06:
        k = it[0]
        if k == "title":
            continue
        if k == "spk":
            sp.append(center(it[1]))
        elif k == "date":
            sp.append(center(it[1]))
            sp.append("")
        elif k == "sal":
            sp.append(M + it[1])
        elif k == "h":
            sp += body(it[2])
        else:
            sp += body(body_text(it))

    # close block on last page
    tail = ["", "", "",
            M + "─" * 30,
            M + "抄送：市应急管理局，县委办公室，县人大常委会办公室，县政协办公室。",
            M + "─" * 30,
            M + "桐岭县安全生产委员会办公室" + " " * 16 + "2024年3月15日印发",
            M + "─" * 30]
    for ln in tail:
        if ln.strip():
            noise.append(ln.strip())

    PAGE = 22
    pages = [p1]
    chunk = sp
    while chunk:
        pages.append(chunk[:PAGE])
        chunk = chunk[PAGE:]
    if len(pages[-1]) + len(tail) > PAGE + 4:
        pages.append(tail)
    else:
        pages[-1] = pages[-1] + tail
    out = []
    for n, pg in enumerate(pages, 1):
        foot = "— %d —" % n
        noise.append(foot)
        pad = [""] * max(1, PAGE + 2 - len(pg))
        footer = (" " * 58 + foot) if n % 2 == 1 else ("  " + foot)
        out.append("\n".join(pg + pad + [footer]) + "\n")
    text = "\f".join(out) + "\f"
    with open(os.path.join(ROOT, "06.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    write_json(os.path.join(ROOT, "gold", "06.json"), gold_from(S06, "06.txt", noise))


# ---------------------------------------------------------------- 07: OCR of a scan, GBK, CRLF
def make07():
    noise = []
    lines = []
    title = "在全县今冬明春火灾防控工作会议上的讲话"
    lines += ["", "  " + title[:12], "  " + title[12:], "", "    县消防救援大队大队长 郑博文", "      （2023年11月8日）", ""]
    for it in S07:
        k = it[0]
        if k in ("title", "spk", "date"):
            continue
        if k == "sal":
            lines.append(it[1])
            continue
        text = body_text(it)
        ind = random.choice(["　　", "  ", "", "　　"])
        ws = [24, 25, 26, 27, 23]
        wl = wrap(text, random.choice(ws), 2.0 if ind else 0.0, widths=ws)
        wl[0] = ind + wl[0]
        lines += wl
    # OCR line noise: page numbers inserted every ~21 lines, stamp on last page
    out = []
    page = 1
    for i, ln in enumerate(lines, 1):
        out.append(ln)
        if i % 21 == 0:
            pn = "- %d -" % page
            out += ["", "                 " + pn, ""]
            noise.append(pn)
            page += 1
    stamp = "榆岗县人民政府办公室（印）"
    out += ["", "                          " + stamp, "                          2023年11月10日印发", ""]
    noise.append(stamp)
    noise.append("2023年11月10日印发")
    pn = "- %d -" % page
    out += ["                 " + pn]
    noise.append(pn)
    text = "\r\n".join(out) + "\r\n"
    with open(os.path.join(ROOT, "07.txt"), "wb") as f:
        f.write(text.encode("gbk"))
    write_json(os.path.join(ROOT, "gold", "07.json"), gold_from(S07, "07.txt", noise))


# ---------------------------------------------------------------- 08: Big5 mirror page (text save)
def opencc(texts, cfg):
    data = "\n".join(texts) + "\n"
    r = subprocess.run(["opencc", "-c", cfg], input=data.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    out = r.stdout.decode("utf-8").split("\n")[: len(texts)]
    assert len(out) == len(texts)
    return out


def make08():
    chrome_top_s = [
        "临澄新闻网 · 繁体镜像站",
        "首页 | 新闻中心 | 政务公开 | 专题专栏 | 繁體版 | 简体版",
        "当前位置：首页 > 政务公开 > 领导讲话",
    ]
    meta_s = [
        "转载自：临澄市新港区人民政府网站　发布时间：2024-05-22 09:41　浏览次数：386",
        "【字体：大 中 小】　【打印本页】　【关闭窗口】",
    ]
    chrome_bot_s = [
        "（责任编辑：林晓蔓）",
        "【回上页】　【返回顶部】",
        "相关文章：",
        "· 新港区召开安全生产委员会全体会议",
        "· 区应急管理局开展汛前安全检查",
        "· 新港区举办有限空间作业应急救援演练观摩活动",
        "本镜像站内容均转载自公开网站，如有疑问请联系：mirror@linchengnews.example",
        "临澄新闻网繁体镜像站　版权所有　Copyright 2024",
    ]
    # speech (simplified source, as on the mainland page)
    sp_s = []
    for it in S08:
        k = it[0]
        if k == "title":
            sp_s.append(it[1])
        elif k in ("spk", "date", "sal"):
            sp_s.append(it[1])
        elif k == "h":
            sp_s.append("　　" + it[2])
        else:
            sp_s.append("　　" + body_text(it))
    all_s = chrome_top_s + [""] + sp_s[:1] + meta_s + [""] + sp_s[1:] + [""] + chrome_bot_s
    trad = opencc(all_s, "s2tw")
    # the mirror's own "繁體版" label is already traditional; keep as produced
    text = "\r\n".join(trad) + "\r\n"
    raw = text.encode("big5")  # strict: everything must be Big5
    with open(os.path.join(ROOT, "08.txt"), "wb") as f:
        f.write(raw)
    chrome_t = opencc(chrome_top_s + meta_s + chrome_bot_s, "s2tw")
    noise = [c for c in chrome_t]

    # gold: simplified exactly as the Traditional text converts back (opencc t2s)
    def conv_list(xs):
        return opencc(opencc(xs, "s2tw"), "tw2s")

    flat = []
    for it in S08:
        if it[0] == "title":
            flat.append(it[1])
        elif it[0] == "h":
            flat.append(it[2])
        elif it[0] == "rh":
            flat += [it[2], it[4]]
        elif it[0] == "p":
            flat.append(it[2])
    back = dict(zip(flat, conv_list(flat)))
    for k, v in back.items():
        if k != v:
            print("08: round trip changed:", k, "->", v)
    write_json(os.path.join(ROOT, "gold", "08.json"), gold_from(S08, "08.txt", noise, conv=lambda s: back[s]))

    # char map for the stdlib validator (checked to equal opencc t2s on the whole page)
    chars = sorted(set(text) - set("\r\n"))
    conv = opencc(chars, "tw2s")
    cmap = {a: b for a, b in zip(chars, conv) if a != b and len(b) == 1}
    page_s = opencc(text.split("\r\n"), "tw2s")
    mapped = ["".join(cmap.get(c, c) for c in ln) for ln in text.split("\r\n")]
    assert page_s == mapped, [(a, b) for a, b in zip(page_s, mapped) if a != b][:3]
    write_json(os.path.join(HERE, "t2s_08.json"), cmap)


# ---------------------------------------------------------------- 09: docx meeting file
def make09():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    noise = []
    doc = Document()
    st = doc.styles["Normal"]
    st.font.size = Pt(14)
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")

    sec = doc.sections[0]
    hdr = "枫林县实验中学2024年秋季开学安全工作会议材料"
    sec.header.paragraphs[0].text = hdr
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    noise.append(hdr)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ftxt = "枫林县实验中学办公室印制　第"
    fp.add_run(ftxt)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    fp._p.append(fld)
    fp.add_run("页")
    noise.append(ftxt)

    def para(text, align=None, indent=False, bold=False, nz=False):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if indent:
            p.paragraph_format.first_line_indent = Pt(28)
        if nz:
            noise.append(text)
        return p

    # agenda
    para("2024年秋季开学安全工作会议议程", "c", bold=True, nz=True)
    para("时间：2024年8月29日（星期四）下午2:30", nz=True)
    para("地点：学校行政楼三楼会议室", nz=True)
    para("参会人员：全体教职工", nz=True)
    para("主持人：李卫东副校长", nz=True)
    rows = [
        ("序号", "时间", "议程内容", "负责人"),
        ("1", "14:30—14:45", "通报暑期校舍安全检查结果", "王建平副校长"),
        ("2", "14:45—15:05", "布置开学安全保卫和后勤保障工作", "保卫处、后勤处负责人"),
        ("3", "15:05—15:30", "校长作开学安全工作讲话", "陈嘉树校长"),
        ("4", "15:30—15:40", "签订年级组安全责任书", "各年级组长"),
    ]
    tb = doc.add_table(rows=len(rows), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
            noise.append(c)
    # host script (noise: not the speech)
    para("")
    para("主持词", "c", bold=True)
    para("各位老师：")
    host = [
        "新学期即将开始，为切实做好秋季开学各项安全工作，经学校行政会研究，决定召开今天的会议。本次会议共有四项议程。",
        "下面进行第一项议程，请王建平副校长通报暑期校舍安全检查结果。",
        "下面进行第二项议程，请保卫处和后勤处负责同志布置开学安全保卫和后勤保障工作。",
        "下面，请陈嘉树校长作重要讲话，大家欢迎。",
        "刚才，陈校长从三个方面对开学安全工作作了全面部署，请各处室、各年级组会后认真传达，逐项抓好落实。会议到此结束。",
    ]
    for h in host:
        para(h, indent=True, nz=True)
    p = para("")
    p.add_run().add_break(WD_BREAK.PAGE)

    # the speech
    for it in S09:
        k = it[0]
        if k == "title":
            doc.add_paragraph(it[1], style="Title")
        elif k == "spk":
            para(it[1], "c")
        elif k == "date":
            para(it[1], "c")
        elif k == "sal":
            para(it[1])
        elif k == "h":
            doc.add_paragraph(it[2], style="Heading %d" % it[1])
        else:
            para(body_text(it), indent=True)

    p = para("")
    p.add_run().add_break(WD_BREAK.PAGE)
    para("附件：重点任务分工表", bold=True, nz=True)
    rows2 = [
        ("序号", "重点任务", "牵头部门", "完成时限"),
        ("1", "开学前校舍设施隐患排查整治", "后勤处", "8月31日前"),
        ("2", "食堂食品安全专项自查", "后勤处、校医室", "8月31日前"),
        ("3", "开学安全第一课及家长告知书", "政教处、各班主任", "开学后第一周"),
        ("4", "消防疏散和防地震应急演练", "保卫处", "9月30日前"),
        ("5", "签订年级组、班级安全责任书", "校长办公室", "开学前"),
    ]
    tb = doc.add_table(rows=len(rows2), cols=4)
    tb.style = "Table Grid"
    for i, row in enumerate(rows2):
        for j, c in enumerate(row):
            tb.cell(i, j).text = c
            noise.append(c)
    doc.core_properties.author = "xiaoban"
    doc.core_properties.title = "开学安全会议材料"
    doc.save(os.path.join(ROOT, "09.docx"))
    write_json(os.path.join(ROOT, "gold", "09.json"), gold_from(S09, "09.docx", noise))


# ---------------------------------------------------------------- 10: learning-platform html
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make10():
    noise = []

    def nz(s):
        noise.append(s)
        return esc(s)

    toc = [("h1", "01 形势研判"), ("h2", "02 重点任务"), ("h2-1", "2.1 设备消缺"), ("h2-2", "2.2 现场管控"),
           ("h2-3", "2.3 应急准备"), ("h3", "03 责任落实")]
    head_ids = {"一、准确把握今夏电网安全运行形势": "h1", "二、突出重点，全力保障电网安全稳定运行": "h2",
                "（一）深化设备隐患排查治理": "h2-1", "（二）严格现场作业安全管控": "h2-2",
                "（三）做好应急处置各项准备": "h2-3", "三、层层压实安全责任": "h3"}
    hidden_for = {3: 22, 7: 30, 12: 26}  # paragraph index -> length of hidden share-summary copy
    H = []
    H.append('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')
    H.append('<title>在公司2024年迎峰度夏安全生产工作会议上的讲话_安全学习平台</title>')
    H.append('<meta name="viewport" content="width=device-width,initial-scale=1">')
    H.append('<link rel="stylesheet" href="./static/css/study.min.css">')
    H.append('<style>.lazy-p{min-height:1em}.toc a{color:#333}</style>')
    H.append('<script>window.__PAGE__={articleId:"A20240607118",lazy:true,track:"study"};</script>')
    H.append('</head>\n<body class="study-detail">')
    H.append('<header class="top-nav"><a class="logo" href="/">%s</a>' % nz("岚江供电安全学习平台"))
    H.append('<ul><li><a href="/">首页</a></li><li><a href="/course">%s</a></li><li><a href="/topic">%s</a></li>'
             '<li><a href="/my">%s</a></li><li><a href="/exam">%s</a></li></ul>'
             % (nz("课程中心"), nz("专题学习"), nz("我的学习"), nz("在线考试")))
    H.append('<div class="user">%s</div></header>' % nz("欢迎您，运检部 张工"))
    H.append('<div class="crumb">%s</div>' % nz("当前位置：首页 > 专题学习 > 领导讲话"))
    H.append('<div class="wrap">')
    H.append('<aside class="toc"><div class="toc-title">目录</div><ul>')
    for hid, label in toc:
        cls = "sub" if "-" in hid else "top"
        H.append('<li class="%s"><a href="#%s">%s</a></li>' % (cls, hid, nz(label)))
    H.append('</ul><div class="progress">%s</div></aside>' % nz("已学习 0%"))
    H.append('<article class="content" id="article">')
    title = S10[0][1]
    H.append('<h1 class="art-title">%s</h1>' % esc(title))
    H.append('<div class="art-meta"><span>%s</span><span>%s</span><span>%s</span><span>%s</span></div>'
             % (nz("来源：公司办公室"), nz("发布时间：2024-06-07"), nz("本文阅读需要3分钟"), nz("阅读 1523")))
    pi = 0
    pid = 10230
    for it in S10[1:]:
        k = it[0]
        if k == "spk":
            H.append('<p class="speaker">%s</p>' % esc(it[1]))
        elif k == "date":
            H.append('<p class="date">%s</p>' % esc(it[1]))
        elif k == "sal":
            H.append('<p>%s</p>' % esc(it[1]))
        elif k == "h":
            tag = "h2" if it[1] == 1 else "h3"
            H.append('<%s id="%s">%s</%s>' % (tag, head_ids[it[2]], esc(it[2]), tag))
        else:
            text = body_text(it)
            pid += 1
            H.append('<p class="lazy-p" data-src="/api/article/A20240607118/p/%d" data-loaded="1">%s</p>'
                     % (pid, esc(text)))
            if pi in hidden_for:
                cut = text[: hidden_for[pi]] + "…"
                H.append('<p style="display:none" class="share-digest">%s</p>' % nz(cut))
            pi += 1
    H.append('<div class="art-end">%s</div>' % nz("— 全文完 —"))
    H.append('<div class="ops"><button class="fav">%s</button><button class="like">%s</button>'
             '<button class="share">分享</button></div>' % (nz("收藏 86"), nz("点赞 214")))
    H.append('</article>')
    quiz = [
        ("q", "1．今年迎峰度夏期间，高温时段现场作业应当如何安排？（单选）"),
        ("o", "A．照常安排，不作调整"), ("o", "B．避开午间高温时段"), ("o", "C．全部改在夜间进行"),
        ("q", "2．对无票作业等严重违章行为，应当如何处理？（单选）"),
        ("o", "A．口头提醒"), ("o", "B．事后补票"), ("o", "C．停工整顿并考核处罚"),
        ("q", "3．迎峰度夏安全工作第一责任人是谁？（单选）"),
        ("o", "A．各单位主要负责人"), ("o", "B．安监部专责"), ("o", "C．班组长"),
    ]
    H.append('<section class="quiz"><h2 class="quiz-title">%s</h2>' % nz("课后测试（共3题）"))
    H.append('<p class="quiz-tip">%s</p>' % nz("答对2题及以上即可获得本课0.5学时"))
    for kind, s in quiz:
        if kind == "q":
            H.append('<div class="q"><p class="q-stem">%s</p>' % nz(s))
        else:
            H.append('<label><input type="radio">%s</label>' % nz(s))
            if s.startswith("C．"):
                H.append('</div>')
    H.append('<button class="submit">%s</button></section>' % nz("提交答案"))
    H.append('</div>')
    H.append('<footer>%s<br>%s</footer>' % (nz("© 2024 岚江供电公司安全学习平台 版权所有"), nz("技术支持：电话 0736-8821590")))
    H.append('<script src="./static/js/lazyload.min.js"></script>')
    H.append('<script>document.querySelectorAll(".lazy-p").forEach(function(p){/* already loaded */});</script>')
    H.append('</body>\n</html>\n')
    with open(os.path.join(ROOT, "10.html"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(H))
    write_json(os.path.join(ROOT, "gold", "10.json"), gold_from(S10, "10.html", noise))


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for name, items in (("06", S06), ("07", S07), ("08", S08), ("09", S09), ("10", S10)):
        print(name, "Han chars:", han_count(items))
    make06()
    make07()
    make08()
    make09()
    make10()
    print("written to", ROOT)


if __name__ == "__main__":
    main()
