#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes set 111b (pages 06-10) and their gold labels from one source. Everything is invented.

python3 tools/gen.py   -> NN.txt and gold/NN.json, byte for byte the same on every run.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07, S08, S09, S10  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZW = "\u200b"   # zero-width space
ZWJ = "\u200d"  # zero-width joiner
WJ = "\u2060"   # word joiner
SHY = "\u00ad"  # soft hyphen


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.titles, self.headings, self.paragraphs, self.noises = [], [], [], []

    # chrome -------------------------------------------------------------
    def noise(self, line, key=None):
        """A chrome line; the whole (stripped) line, or `key` inside it, becomes a noise string."""
        self.lines.append(line)
        ns = key if key is not None else line.strip()
        assert ns in line, ns
        if ns not in self.noises:
            self.noises.append(ns)
        return line

    def plain(self, line):
        """A line left unlabelled on purpose: short marker, salutation, speaker, date, signature, blank."""
        self.lines.append(line)
        return line

    # labels ---------------------------------------------------------------
    def title(self, text):
        self.titles.append(text)

    def heading(self, text, level):
        assert not text.endswith("。")
        self.headings.append({"text": text, "level": level})

    def para(self, text, cat, truncated=False):
        self.paragraphs.append({"text": text, "category": cat, "truncated": truncated})

    def label_body(self, body):
        for kind, a, text in body:
            if kind == "h":
                self.heading(text, a)
            else:
                self.para(text, a)

    # output ---------------------------------------------------------------
    def write(self, encoding, crlf, trailing="\n"):
        assert 8 <= len(self.noises) <= 25, (self.nn, len(self.noises))
        text = "\n".join(self.lines) + trailing
        if crlf:
            text = text.replace("\n", "\r\n")
        if encoding == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode(encoding)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noises}
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ============================================================== 06: PDF text, hard-wrapped
NO_START = set("，。、；：？！”’）》」』〕】%")
ASCII_RUN = re.compile(r"[0-9A-Za-z.%]")


def wrap(text, width=35, indent="　　"):
    """Cut a paragraph into PDF lines of about `width` characters, the way the typeset page broke it:
    no line starts with closing punctuation, and numbers are not split."""
    s = indent + text
    out, i = [], 0
    while i < len(s):
        j = min(i + width, len(s))
        while j < len(s) and s[j] in NO_START:
            j += 1
        while j < len(s) and j > i + 1 and ASCII_RUN.match(s[j]) and ASCII_RUN.match(s[j - 1]):
            j -= 1
        out.append(s[i:j])
        i = j
    return out


def page06():
    P = Page("06")
    s = S06
    HEADER = "\f澄溪县安委办文件　　　　　　　　　　　　　　　　澄安办〔2024〕9号"
    WATERMARK = "澄溪县人民政府门户网站　www.chengxi-xian.gov.cn　下载时间：2024-03-20 09:41"
    # ---- page 1: the red-head notice that covers the speech
    P.noise("　　　　　　澄溪县安全生产委员会办公室文件")
    P.plain("")
    P.noise("　　　　　　　　　　　澄安办〔2024〕9号")
    P.plain("")
    P.noise("　　　　关于印发孙立群同志在2024年全县安全生产")
    P.noise("　　　　　　　　工作会议上讲话的通知")
    P.plain("")
    P.noise("各乡镇人民政府、街道办事处，县安委会各成员单位：")
    P.noise("　　现将县委副书记、县长孙立群同志在2024年全县安全生")
    P.noise("产工作会议上的讲话印发给你们，请结合实际认真学习贯彻。")
    P.plain("")
    P.noise("　　附件：孙立群同志在2024年全县安全生产工作会议上的")
    P.noise("　　　　　讲话（2024年3月8日）")
    P.plain("")
    P.plain("　　　　　　　　　　　　澄溪县安全生产委员会办公室")
    P.plain("　　　　　　　　　　　　　　　2024年3月14日")
    P.noise("　　（此件公开发布）")
    P.noise("                                  第 1 页")
    # ---- pages 2..: the speech, wrapped; page breaks fall where the page is full
    body = []  # (line, owner) owner = index of paragraph/heading block, or None

    def add(line, owner=None):
        body.append((line, owner))

    add("附件")
    add("")
    P.title(s["title"])
    add("　　　　　　　在2024年全县安全生产工作")
    add("　　　　　　　　　会议上的讲话")
    add("")
    add("　　　　　　　　县委副书记、县长　孙立群")
    add("　　　　　　　　　（2024年3月8日）")
    add("")
    add(s["salutation"])
    for bi, (kind, a, text) in enumerate(s["body"]):
        if kind == "h":
            P.heading(text, a)
        else:
            P.para(text, a)
        for ln in wrap(text):
            add(ln, bi)
    sizes = [17, 21]  # lines per PDF page (page 2 carries 附件 and the title block); the rest go on the last page
    pages, k = [], 0
    for n in sizes:
        pages.append(body[k:k + n])
        k += n
    pages.append(body[k:])
    assert pages[-1], "last page empty"
    inside = 0
    for a, b in zip(pages, pages[1:]):
        if a[-1][1] is not None and a[-1][1] == b[0][1]:
            inside += 1
    assert inside >= 2, inside
    for pi, pg in enumerate(pages):
        P.noise(HEADER, key=HEADER.lstrip("\f"))
        P.noise(WATERMARK)
        for ln, _ in pg:
            P.plain(ln) if not ln.strip() or ln.strip() in ("附件", s["salutation"]) else P.lines.append(ln)
        if pi == len(pages) - 1:
            P.plain("")
            P.plain("")
            P.noise("抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委监委。")
            P.noise("澄溪县安全生产委员会办公室　　　　　　2024年3月14日印发")
        P.noise("                                  第 %d 页" % (pi + 2))
    P.write("utf-8", crlf=False, trailing="\n\f")
    return P


# ============================================================== 07: one huge line (old 文秘 site)
def page07():
    P = Page("07")
    s = S07
    P.noise("设为首页 | 加入收藏 | 联系我们 | 投稿须知 | 会员登录")
    P.noise("柘川文秘网 —— 讲话稿 · 工作总结 · 心得体会 · 范文大全")
    P.noise("网站首页 | 领导讲话 | 工作总结 | 工作计划 | 心得体会 | 述职报告 | 调研报告 | 演讲稿 | 党建材料")
    P.noise("★ 原创代写、公文润色、材料加急，QQ：1739204856（非诚勿扰） ★")
    P.noise("您现在的位置： 柘川文秘网 >> 领导讲话 >> 安全生产讲话 >> 正文")
    P.plain("")
    P.noise("应急局长在全区危化品专项整治部署会议上的讲话")
    P.noise("作者：佚名　　文章来源：本站会员投稿　　点击数：3861　　更新时间：2023-5-19 9:26:07")
    P.noise("【字体：小 大】　【打印此文】　【关闭窗口】")
    P.noise("内容提要：今天召开这次会议，主要是贯彻落实全市危险化学品安全生产专项整治推进会精神……")
    P.plain("")
    P.title(s["title"])
    P.lines.append("　　　　" + s["title"])
    P.label_body(s["body"])
    P.lines.append("　　" + "　　".join(t for _, _, t in s["body"]))
    P.noise("（本文来源：柘川文秘网　http://www.zhechuanwm.com　转载请注明出处）")
    P.plain("")
    P.noise("上一篇文章： 在全区安全生产月活动启动仪式上的讲话")
    P.noise("下一篇文章： 在全区道路交通安全工作会议上的讲话")
    P.noise("相关文章")
    P.noise("·在全区危险化学品安全生产工作会议上的讲话　　05-11")
    P.noise("·在全市危化品安全专项整治推进会上的表态发言　　05-08")
    P.noise("·区长在安全生产专项整治三年行动部署会上的讲话　　04-27")
    P.noise("·危险化学品企业安全生产专项整治工作方案　　04-19")
    P.noise("网友评论：（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）")
    P.noise("用户名：　　　密码：　　　□匿名发表　　验证码：　　【发表评论】")
    P.plain("")
    P.noise("Copyright © 2007-2024 www.zhechuanwm.com All Rights Reserved. 柘川文秘网 版权所有")
    P.noise("本站部分文章来自网络及会员投稿，如有侵权请联系删除　　赣ICP备07031428号")
    P.write("gb18030", crlf=True)
    return P


# ============================================================== 08: 村务公开 site, plain talk
def page08():
    P = Page("08")
    s = S08
    P.noise("蓼湾镇柳塘村村务公开网")
    P.noise("首页 | 村情概况 | 党务公开 | 村务公开 | 财务公开 | 惠民政策 | 便民服务 | 村民留言")
    P.noise("今天是：2024年6月5日 星期三　　天气：小雨转中雨 22～27℃")
    P.noise("当前位置：首页 > 村务公开 > 会议纪要")
    P.plain("")
    P.noise("村支书刘长福在安全生产暨防汛村民大会上讲话（全文）")
    P.noise("发布时间：2024-06-03 17:26　　发布人：柳塘村两委　　浏览次数：341")
    P.plain("")
    P.noise("　　【会议纪要】6月2日晚，柳塘村在村部二楼会议室召开安全生产暨防汛工作村民大会，全村各户代表、村两委成员、网格员共160余人参加，镇安监站、派出所有关同志到会。现将刘长福同志讲话整理如下：")
    P.plain("")
    P.title(s["title"])
    P.lines.append("　　　　" + s["title"])
    P.plain("　　　　　　　　" + s["speaker"])
    P.plain("")
    P.plain(s["salutation"])
    P.label_body(s["body"])
    for _, _, t in s["body"]:
        P.lines.append("　　" + t)
    P.noise("　　（根据会议录音整理，有删节）")
    P.plain("")
    P.noise("附件：柳塘村2024年汛期转移避险责任人名单.xls（23KB）")
    P.noise("【打印本页】　【关闭窗口】")
    P.noise("上一条：柳塘村2024年5月份财务收支情况公开")
    P.noise("下一条：关于开展农村自建房安全隐患排查的公告")
    P.plain("")
    P.noise("公开栏目")
    P.noise("· 村级财务收支明细（2024年第一季度）")
    P.noise("· 2024年度低保、特困供养人员名单公示")
    P.noise("· 柳塘村村规民约（修订稿）")
    P.noise("· 汛期应急转移路线示意图")
    P.plain("")
    P.noise("村务监督委员会监督电话：0797-6235106　　镇纪委举报电话：0797-6231012")
    P.noise("主办：柳塘村民委员会　　协办：蓼湾镇人民政府")
    P.noise("技术支持：赣南云农信息科技有限公司　　建议使用1280×800以上分辨率浏览")
    P.noise("您是本站第 0052817 位访客")
    P.write("utf-8", crlf=False)
    return P


# ============================================================== 09: 公众号, 班前会 talk
def page09():
    P = Page("09")
    s = S09
    P.noise("节后开工第一课｜厂长邹建平：安全这根弦，一刻也不能松！")
    P.plain("")
    P.noise("原创 安环部 拓沣机械 2024-02-19 07:48 江西")
    P.plain("")
    P.plain("听全文")
    P.plain("")
    P.noise("编者按：正月初十，公司迎来节后复工第一天。早上7点半，厂长邹建平在全厂班前会上给大家上了开年“安全第一课”：“今天是节后复工第一天，先给大家拜个晚年……”全文如下，请各班组组织学习。")
    P.plain("")
    P.noise("▲ 2月19日早，全厂班前会现场（摄影：安环部 小吴）")
    P.plain("")
    P.title(s["title"])
    P.lines.append(s["title"])
    P.plain("")
    P.plain(s["speaker"])
    P.plain("")
    P.plain(s["salutation"])
    P.plain("")
    P.label_body(s["body"])
    for kind, a, t in s["body"]:
        P.lines.append(("🔶" + t) if kind == "h" else t)
        P.plain("")
    P.noise("- END -")
    P.plain("")
    P.noise("文字｜安环部　　图片｜小吴　　编辑｜刘颖　　审核｜陈志刚")
    P.plain("")
    P.noise("📌 往期推荐")
    P.noise("▶ 安全生产月｜听一线班组长说安全")
    P.noise("▶ 在2023年度安全生产总结表彰会上的讲话")
    P.noise("▶ 高温来了，这份防暑降温指南请收好")
    P.plain("")
    P.noise("长按识别二维码　关注拓沣机械")
    P.plain("")
    P.noise("阅读原文")
    P.noise("阅读 2341　　分享　　收藏　　点赞 86　　在看 37")
    P.plain("")
    P.noise("精选留言 12")
    P.noise("熔炼车间老胡：厂长讲得实在，新年第一天，安全第一！ 赞 18")
    P.noise("精整班小杨：随手拍已经报了两条了😄 赞 9")
    P.noise("作者回复：谢谢小杨，查实后奖励照发！")
    P.noise("以上留言由公众号筛选后显示")
    P.plain("")
    P.noise("预览时标签不可点")
    P.write("utf-8", crlf=True)
    return P


# ============================================================== 10: glued headings, zero-width chars and soft hyphens in the chrome
def page10():
    P = Page("10")
    s = S10
    P.noise("无障碍浏览 | 长者模式 | 繁體版 | Eng" + SHY + "lish")
    P.noise("柘川市住房和城乡建设局" + ZW + "门户网站")
    P.noise(ZW.join(["首页", "机构概况", "政务公开", "政务服务", "互动交流", "专题专栏"]).replace(ZW, ZW + " | " + ZW))
    P.noise("请输入关键" + ZWJ + "词　　搜索")
    P.noise("当前位置：首页" + ZW + " > 政务公开" + ZW + " > 工作动态" + ZW + " > 领导讲话")
    P.plain("")
    P.noise("市住建局局长韩卫国在全市建筑施工安全生产暨汛期安全工作会议上的讲" + ZW + "话")
    P.noise("发布时间：2024-05-21 16:02　来源：" + ZW + "市住建局" + ZW + "办公室　浏览量：1207　【字体：大 中 小】")
    P.noise("分享到：" + ZW + "微信 " + ZW + "微博 " + ZW + "QQ空间")
    P.plain("")
    # the title with 同志们： glued to its end
    P.title(s["title"])
    P.noise(s["title"] + s["salutation"], key=s["salutation"])
    P.label_body(s["body"])
    body = s["body"]
    i = 0
    while i < len(body):
        kind, a, t = body[i]
        if kind == "h" and i + 1 < len(body) and body[i + 1][0] == "p":
            P.lines.append("　　" + t + "。" + body[i + 1][2])  # heading glued to its body
            i += 2
            continue
        P.lines.append("　　" + t + ("。" if kind == "h" else ""))
        i += 1
    P.plain("")
    P.noise("【打印本页】【关闭窗口】【返回顶部】")
    P.noise("相关链接")
    P.noise("· 柘川市2024年建筑施工安全生产专项整治工作方案")
    P.noise("· 关于做好2024年房屋市政工程汛期安全工作的通知")
    P.noise("扫一扫在手" + ZW + "机打开当前页")
    P.plain("")
    P.noise("主办单位：柘川市住房和城乡建设局　　承办单位：柘川市住建" + WJ + "局信息中心")
    P.noise("地址：柘川市滨江大道218号　　邮编：341900　　联系电话：0797-8123456")
    P.noise("网站标识码：3607000034　　赣ICP备12004587号-1　　赣公网安备 36070202000211号")
    P.noise("网站地图 | 联系我们 | 隐私声明 | www.zhe" + SHY + "chuan" + SHY + "zjj.gov.cn")
    P.noise("Copy" + SHY + "right © 2024 Zhe" + SHY + "chuan Municipal Hous" + SHY + "ing and Urban-Rural Devel" + SHY + "op" + SHY + "ment Bureau")
    P.write("utf-16-le", crlf=True)
    return P


def main():
    for fn in (page06, page07, page08, page09, page10):
        fn()


if __name__ == "__main__":
    main()
