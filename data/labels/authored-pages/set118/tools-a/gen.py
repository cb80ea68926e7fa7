#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 01-05 and gold/NN.json from the speech texts in speeches.py."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as SP  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = "\u3000\u3000"
NO_START = set("，。、；：？！”）》」』…%")
NO_END = set("“（《「『")


def logical(b):
    """The one-line form a block takes on a page."""
    k = b[0]
    if k in ("T", "U"):
        return b[1]
    if k == "H":
        return b[2] + ("。" if b[3] else "")
    if k == "R":
        return b[2] + "。" + b[3]
    if k == "P":
        return b[1]
    raise ValueError(k)


class Gold:
    def __init__(self, nn):
        self.nn = nn
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def speech(self, blocks, cut=None):
        """Add a speech's labels; cut: the shown prefix of its last paragraph (page cuts it off)."""
        last_p = max(i for i, b in enumerate(blocks) if b[0] == "P")
        for i, b in enumerate(blocks):
            if b[0] == "T":
                self.titles.append(b[1])
            elif b[0] == "H":
                self.headings.append({"text": b[2], "level": b[1]})
            elif b[0] == "R":
                self.headings.append({"text": b[2], "level": b[1]})
                self.paragraphs.append({"text": b[3], "category": b[4], "truncated": False})
            elif b[0] == "P":
                txt, tr = b[1], False
                if cut is not None and i == last_p:
                    assert b[1].startswith(cut)
                    txt, tr = cut, True
                self.paragraphs.append({"text": txt, "category": b[2], "truncated": tr})

    def n(self, s):
        """Register a noise string and return it (for use on the page)."""
        self.noise.append(s)
        return s

    def write(self, text):
        for s in self.noise:
            assert s in text, ("noise not on page", self.nn, s)
        assert 8 <= len(self.noise) <= 25, (self.nn, len(self.noise))
        g = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def save(nn, lines, enc, eol):
    text = eol.join(lines) + eol
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    return text


def wrap(s, width):
    """Hard-wrap like a preview's text layer: width in half-width units (Han and full-width forms count 2),
    no line starting with closing punctuation, no line ending with an opening one."""
    out, cur, w = [], "", 0
    for c in s:
        cw = 1 if ord(c) < 0x2000 and c not in "“”‘’·" else 2
        if w + cw > width and c not in NO_START:
            carry = ""
            while cur and cur[-1] in NO_END:
                carry, cur = cur[-1] + carry, cur[:-1]
            out.append(cur)
            cur, w = carry, 2 * len(carry)
        cur += c
        w += cw
    if cur:
        out.append(cur)
    return out


# ====================================================================== page 01
def page01():
    g = Gold("01")
    g.speech(SP.S1)
    L = []
    L.append(g.n("原创汇文档｜原创文档分享交易平台"))
    L.append(g.n("首页　行业资料　考试资料　教学课件　公文范文　创作者中心　VIP专享　登录　注册"))
    L.append(g.n("当前位置：首页 > 公文范文 > 领导讲话 > 安全生产"))
    L.append(g.n("县长在2024年全县安全生产工作会议上的讲话（定稿）.docx"))
    L.append(g.n("VIP免费下载　　下载文档　　收藏　　分享　　举报"))
    L.append(g.n("原创汇文档 · 上传时间：2024-03-02 · 浏览人气：418 · 约1.7千字 · 共8页"))
    L.append("")
    # the document, as the preview's text layer gives it: 28 characters a line, 26 lines a page
    doc = []
    for b in SP.S1:
        s = logical(b)
        if b[0] == "T":
            doc.append("\u3000\u3000\u3000" + s)
        elif b[0] == "U" and b[1] != "同志们：":
            doc.append("\u3000" * 8 + s)
        elif b[0] == "U":
            doc.append(s)
        else:
            doc.extend(wrap(IND + s, 56))
    per = 26
    pages = [doc[i:i + per] for i in range(0, len(doc), per)]
    total = 8
    for k, pg in enumerate(pages, 1):
        L.extend(pg)
        L.append("")
        L.append(g.n("第%d页/共%d页" % (k, total)))
        L.append("")
    k = len(pages) + 1
    L.append("附件")
    L.append(g.n("2024年澄溪县安全生产重点工作任务分解表"))
    L.append(g.n("序号　重点任务　牵头单位　配合单位　完成时限"))
    L.append(g.n("1　开展重大事故隐患专项排查整治　县安委办　县直有关部门、各乡镇　2024年12月底前"))
    L.append("")
    L.append(g.n("第%d页/共%d页" % (k, total)))
    L.append("")
    L.append(g.n("预览结束，喜欢就下载吧！"))
    L.append(g.n("¥ 15.00　　立即下载　　加入收藏"))
    L.append("")
    L.append(g.n("内容提供方：澄明笔墨"))
    L.append(g.n("认证主体：澄溪县明墨文印工作室　　上传文档数：1286　　+关注"))
    L.append("")
    L.append(g.n("版权声明：本文档由内容提供方上传，所得收益归内容提供方所有。如您认为本文侵犯了您的权益，"
                 "请点击“举报”或进行版权认领；付费下载前请先通过预览确认内容，下载后不支持退款。"))
    L.append("")
    L.append(g.n("相关文档推荐"))
    L.append(g.n("在全县安全生产暨安委会全体会议上的讲话.docx"))
    L.append(g.n("2024年乡镇安全生产工作会议讲话稿.doc"))
    L.append(g.n("副县长在全县安全生产工作会议上的讲话范文（精选3篇）.docx"))
    L.append("")
    L.append(g.n("© 2014-2024 原创汇文档 版权所有　皖ICP备16047753号-2"))
    text = save("01", L, "utf-8", "\n")
    g.write(text)
    return len(pages)


# ====================================================================== page 02
def page02():
    g = Gold("02")
    g.speech(SP.S2)
    g.speech(SP.S3)
    L = []
    L.append(g.n("文客巴巴 - 在线文档分享与阅读平台"))
    L.append(g.n("首页 | 文档分类 | 精品专题 | 上传文档 | 客户端 | 登录 | 注册"))
    L.append(g.n("岚江市安委会2024年第一次全体会议讲话材料（2篇）"))
    meta_i = len(L)
    L.append(None)  # meta line, filled in once the page count is known
    L.append(g.n("下载积分：1200　　加入文档收藏　　全屏阅读　　分享到　　举报"))
    L.append(g.n("文档简介：常务副市长在安委会全体会议上的工作部署讲话，以及市长在会议结束时的讲话，两篇合集，可编辑。"))
    L.append("")
    # document pages of about 430 characters; a paragraph that crosses a page is split there
    budget = 430
    page, used = 1, 0
    footers = []

    def footer():
        nonlocal page, used
        s = g.n("- %d -" % page)
        footers.append(s)
        L.append(s)
        page += 1
        used = 0

    for si, sp in enumerate((SP.S2, SP.S3)):
        if si == 1:
            footer()  # the second speech starts on a new page
        for b in sp:
            s = logical(b)
            if b[0] == "T":
                L.append(s)
                used += 40
                continue
            if b[0] == "U":
                L.append(s)
                used += 28
                continue
            if b[0] == "H":
                L.append(s)
                used += 28 * (1 + len(s) // 28)
                continue
            # paragraph (or run-in): may cross a page end
            s = IND + s
            while used + len(s) > budget:
                room = budget - used
                if room < 8:
                    footer()
                    continue
                head, s = s[:room], s[room:]
                while s and s[0] in NO_START:
                    head, s = head + s[0], s[1:]
                L.append(head)
                footer()
            L.append(s)
            used += 28 * (1 + len(s) // 28)
    footer()
    npages = page - 1
    L[meta_i] = g.n("上传者：ljs_wenmi　上传时间：2024-04-11　格式：DOC　页数：%d　浏览：1,035　下载：26" % npages)
    # meta was registered last; keep the noise list in page order
    g.noise.insert(3, g.noise.pop())
    L.append("")
    L.append(g.n("文档评论（2）"))
    L.append(g.n("游客4f2a**　2024-05-07：第二篇讲话很实在，收藏了"))
    L.append(g.n("wangxm_az　2024-06-13：格式规范，拿来改改就能用，感谢分享"))
    L.append("")
    L.append(g.n("相关文档"))
    L.append(g.n("在全市安全生产工作会议上的讲话（市长）"))
    L.append(g.n("市安委会全体会议主持词及讲话提纲"))
    L.append(g.n("常务副市长在2024年全市安全生产工作会议上的讲话.doc"))
    L.append("")
    L.append(g.n("文客巴巴 wenke88.net 版权所有 ©2011-2024　苏ICP备13051176号"))
    text = save("02", L, "gb18030", "\r\n")
    g.write(text)
    return npages


# ====================================================================== page 03
def page03():
    g = Gold("03")
    g.speech(SP.S4)
    L = []
    L.append(g.n("第壹范文网 - 您身边的写作好帮手"))
    L.append(g.n("首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 演讲稿 | 述职报告 | 更多>>"))
    L.append(g.n("您现在的位置：第壹范文网 > 讲话稿 > 校长讲话 > 正文"))
    L.append("")
    inject = "【第壹范文网 www.d1fanwen.net】"
    np = 0
    for b in SP.S4:
        s = logical(b)
        if b[0] == "T":
            L.append(s)
            L.append(g.n("时间：2024-02-19 11:26:07　来源：网友投稿　编辑：小禾　　手机版"))
            L.append(g.n("本文已影响 2384 人"))
            L.append("")
            continue
        if b[0] == "U":
            L.append(s)
            continue
        np += 1
        if np == 6:
            cut = s.index("总务处要一个一个核实。") + len("总务处要一个一个核实。")
            s = s[:cut] + g.n(inject) + s[cut:]
        L.append(IND + s)
        if np == 4:
            L.append("")
            L.append(g.n("小编推荐："))
            L.append(g.n("★ 2024年学校安全工作计划（通用5篇）"))
            L.append(g.n("★ 开学第一课安全教育讲话稿"))
            L.append(g.n("★ 校园安全隐患排查整改报告范文"))
            L.append("")
    L.append("")
    L.append(g.n("复制本文　　下载Word版　　打印本文"))
    L.append("")
    L.append(g.n("【校长在2024年春季开学安全工作会议上的讲话】相关文章："))
    L.append(g.n("校长在秋季开学安全工作会议上的讲话稿"))
    L.append(g.n("学校安全工作会议校长讲话（精选6篇）"))
    L.append(g.n("2024年春季开学工作会议上的讲话"))
    L.append("")
    L.append(g.n("上一篇：在学校安全生产月启动仪式上的讲话"))
    L.append(g.n("下一篇：中学校长在期中教学质量分析会上的讲话"))
    L.append("")
    L.append(g.n("Copyright © 2012-2024 第壹范文网 版权所有 | 联系我们 | 网站地图"))
    text = save("03", L, "utf-16-le", "\r\n")
    g.write(text)


# ====================================================================== page 04
def page04():
    g = Gold("04")
    g.speech(SP.S5, cut=SP.S5_CUT)
    L = []
    L.append(g.n("墨言公文写作工作室 — 专注机关文稿十二年"))
    L.append(g.n("首页　领导讲话　工作总结　调研报告　心得体会　主题教育　材料定制　开通VIP"))
    L.append(g.n("当前位置：首页 > 领导讲话 > 安全生产"))
    L.append("")
    full = sum(len(logical(b)) for b in SP.S5 if b[0] != "T")
    last = [b for b in SP.S5 if b[0] == "P"][-1][1]
    left = len(last) - len(SP.S5_CUT)
    inject = "【墨言公文原创 盗版必究】"
    np = 0
    for b in SP.S5:
        s = logical(b)
        if b[0] == "T":
            L.append(s)
            L.append(g.n("作者：墨言工作室　　更新时间：2024-06-03　　阅读：2617　　全文%d字　　[原创]" % full))
            L.append(g.n("温馨提示：本站材料均为原创，仅供学习参考，使用时请结合本地实际修改。"))
            L.append("")
            continue
        if b[0] == "U":
            L.append(s)
            continue
        if b[0] == "P":
            np += 1
            if np == 3:
                cut = s.index("三是据县气象局预测，")
                s = s[:cut] + g.n(inject) + s[cut:]
            if s == last:
                L.append(IND + SP.S5_CUT)
                L.append("……")
                break
            L.append(IND + s)
        else:
            L.append(IND + s)
    L.append("")
    L.append(g.n("剩余内容需 VIP 会员查看（还剩约%d字）" % left))
    L.append(g.n("开通VIP会员，全站3万余篇原创材料免费阅读、一键下载Word"))
    L.append(g.n("开通VIP ¥198/年　　　单篇购买 ¥6.80"))
    L.append(g.n("已有4126位笔杆子开通了VIP"))
    L.append(g.n("材料定制请联系：墨老师 136-0571-2208（微信同号）"))
    L.append("")
    L.append(g.n("相关材料推荐"))
    L.append(g.n("在全镇安全生产月活动动员会上的讲话"))
    L.append(g.n("乡镇长在防汛工作会议上的讲话（2024年）"))
    L.append(g.n("在全县端午节前安全生产工作会议上的讲话提纲"))
    L.append("")
    L.append(g.n("墨言公文工作室 版权所有 未经许可不得转载　浙ICP备19030211号"))
    text = save("04", L, "utf-8", "\r\n")
    g.write(text)


# ====================================================================== page 05
def page05():
    g = Gold("05")
    g.speech(SP.S6)
    L = []
    L.append(g.n("知页文库 | 海量文档 免费阅读"))
    L.append(g.n("首页　文档分类　精品专区　办公模板　AI写作　VIP会员　登录"))
    L.append("")
    L.append(g.n("集团公司总经理在2024年安全生产工作会议上的讲话（全文）"))
    L.append(g.n("4.8分 · 23091人阅读 · 1176次下载 · 共6页 · 2024-02-06上传 · 上传者：安环小陈"))
    L.append(g.n("免费下载　　收藏　　分享　　举报"))
    L.append("")
    L.append(g.n("AI总结"))
    L.append(g.n("本内容由AI根据文档生成，仅供参考"))
    L.append(g.n("这是一篇建材企业负责人在年度安全工作会议上的讲话稿。讲话先回顾了集团上一年的安全成绩，"
                 "并以窑尾清堵烫伤事故为例指出管理短板；随后从风险隐患排查、外包队伍和危险作业管控、"
                 "责任考核、信息化建设与班组培训四个方面提出要求，适合企业年初安全会议参考。"))
    L.append(g.n("有帮助　|　没帮助"))
    L.append("")
    L.append("目录")
    pages = [1, 2, 3, 4]
    heads = [b[2] for b in SP.S6 if b[0] == "H"]
    for h, p in zip(heads, pages):
        dots = "…" * max(4, (44 - 2 * len(h)) // 2)
        L.append(g.n(h + dots + str(p)))
    L.append("")
    wm = "知页文库 zhiyewenku.com"
    np = 0
    for b in SP.S6:
        s = logical(b)
        if b[0] == "T":
            L.append(s)
        elif b[0] == "U":
            L.append(s)
        elif b[0] == "H":
            L.append(s)
        else:
            np += 1
            if np == 5:
                cut = s.index("重点查煤粉制备系统")
                s = s[:cut] + g.n(wm) + s[cut:]
            L.append(IND + s)
    L.append("")
    L.append(g.n("— 全文阅读已结束，下载文档可编辑打印 —"))
    L.append("")
    L.append(g.n("猜你喜欢"))
    L.append(g.n("公司总经理在安全生产月启动会上的讲话"))
    L.append(g.n("水泥厂2024年安全生产工作要点（附责任分工）"))
    L.append(g.n("在子公司安全生产专项整治推进会上的讲话稿"))
    L.append("")
    L.append(g.n("以上内容来自知页文库，原文地址：https://wk.zhiyewenku.com/d/8f3a21c7.html"))
    L.append(g.n("© 2024 知页文库　沪ICP备2021018826号-1"))
    text = save("05", L, "utf-8", "\n")
    g.write(text)


if __name__ == "__main__":
    n1 = page01()
    n2 = page02()
    page03()
    page04()
    page05()
    print("page 01: speech on %d preview pages; page 02: %d document pages" % (n1, n2))
