#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json for set 69b, deterministically (no randomness, no clock).

Usage: gen.py            (writes into the set folder, i.e. the parent of tools/)
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07, S08, S09, S10A, S10B, S10C  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = "\u3000\u3000"


class Page:
    """Collects page lines plus the gold labels in page order."""

    def __init__(self, name):
        self.name = name
        self.lines = []
        self.titles = []
        self.headings = []
        self.paragraphs = []
        self.noise = []

    def n(self, *lines):  # whole noise lines
        for ln in lines:
            self.lines.append(ln)
            if len(ln.strip()) >= 4:
                self.noise.append(ln.strip())

    def raw(self, *lines):  # unlabelled lines (blank, short chrome, speaker/date/salutation)
        self.lines.extend(lines)

    def speech_lines(self, sp, indent="", dot_blank=False, inject=None):
        """Yield the logical lines of a speech body (after title block) and record gold.
        inject: {paragraph_index: (after_text, noise)} puts an inline noise string after after_text."""
        out = []
        pi = 0
        for it in sp["items"]:
            if it[0] == "h":
                _, head, level, dot = it
                self.headings.append({"text": head, "level": level})
                out.append(indent + head + ("。" if dot else ""))
            elif it[0] == "p":
                _, text, cat = it
                self.paragraphs.append({"text": text, "category": cat, "truncated": False})
                shown = text
                if inject and pi in inject:
                    after, nz = inject[pi]
                    assert shown.count(after) == 1
                    shown = shown.replace(after, after + nz)
                    self.noise.append(nz.strip())
                out.append(indent + shown)
                pi += 1
            else:
                _, head, level, text, cat = it
                self.headings.append({"text": head, "level": level})
                self.paragraphs.append({"text": text, "category": cat, "truncated": False})
                out.append(indent + head + "。" + text)
                pi += 1
        return out

    def gold(self, fname):
        text = "\n".join(self.lines)
        seen, order = set(), []
        for ns in self.noise:
            if ns in seen:
                continue
            seen.add(ns)
            assert ns in text, ns
            order.append(ns)
        order.sort(key=lambda s: text.find(s))
        return {"file": fname, "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": order}


def title_block(pg, sp, indent=""):
    pg.titles.append(sp["title"])
    pg.raw(sp["title"], sp["speaker"])
    if sp["date"]:
        pg.raw(sp["date"])


# ---------------------------------------------------------------- 06 WeChat article (UTF-8, LF)
def page06():
    pg = Page("06")
    pg.n("干货｜镇长给村干部讲安全，句句都是大白话")
    pg.n("原创 白鹭镇融媒 桐溪应急 2025年04月18日 08:30 四川")
    pg.raw("")
    pg.n("点击上方蓝字“桐溪应急”关注我们")
    pg.raw("")
    pg.n("编者按：4月16日，白鹭镇召开全镇村（社区）干部安全生产工作会议。镇长刘德明没有念稿子，"
         "用大白话给村干部讲了摸底数、压责任、讲道理、值好班几件实在事，话不长，却句句落在村里的实处。"
         "现将讲话整理刊发，供各乡镇参考。")
    pg.raw("")
    title_block(pg, S06)
    pg.raw("", S06["salute"], "")
    for ln in pg.speech_lines(S06):
        pg.raw(ln, "")
    pg.n("（本文根据会议录音整理，有删节）")
    pg.raw("")
    pg.n("来源：白鹭镇人民政府", "编辑：杨帆", "审核：陈卫东")
    pg.raw("")
    pg.n("阅读原文", "分享 收藏 点赞 在看")
    pg.raw("")
    pg.n("精选留言")
    pg.n("桐花开了", "四川 4月18日", "讲得实在！我们村的山坪塘明天就去看。", "赞 23")
    pg.n("老周在路上", "四川 4月18日", "一是二是三是，比念文件管用多了，点赞刘镇长。")
    pg.raw("赞 9")
    pg.raw("作者")
    pg.n("欢迎各村把整改前后的照片发到后台，我们择优刊发。", "赞 4")
    pg.raw("")
    pg.n("继续滑动看下一个", "桐溪应急", "向上滑动看下一个")
    return pg, "\n".join(pg.lines) + "\n", "utf-8"


# ---------------------------------------------------------------- 07 news site report + full text (GB18030)
def page07():
    pg = Page("07")
    pg.n("清岚县人民政府网 • 清岚党建网")
    pg.n("首页 • 政务要闻 • 党建动态 • 基层风采 • 专题专栏 • 政策文件 • 互动交流")
    pg.n("当前位置：首页 > 政务要闻 > 县内要闻")
    pg.raw("")
    pg.n("清岚县召开2025年安全生产委员会全体（扩大）会议")
    pg.n("发布时间：2025-02-27 09:12　来源：县融媒体中心　作者：李佳倩　浏览次数：1268　【字体：大 中 小】")
    pg.raw("")
    pg.n(IND + "2月26日，清岚县安全生产委员会全体（扩大）会议召开。县委副书记、县长陈立新出席会议并讲话，"
         "县领导王建华、刘晓燕出席会议。")
    pg.n(IND + "会议指出，2024年全县安全生产形势总体平稳，但道路交通、城镇燃气、消防等领域风险隐患仍然突出，"
         "各级各部门要始终保持清醒头脑。")
    pg.n(IND + "会议强调，要聚焦重点领域深化治本攻坚，严格执法监管，层层压实党政领导责任、部门监管责任和企业主体责任，"
         "坚决防范遏制重特大事故发生。")
    pg.n(IND + "会上，县应急管理局通报了2024年全县安全生产工作情况，县住建局、县交通运输局、青岩镇作交流发言。")
    pg.raw("")
    pg.n("附：讲话全文")
    pg.raw("")
    title_block(pg, S07)
    pg.raw(S07["salute"])
    body = pg.speech_lines(S07, indent=IND)
    # photo caption after the 思想认识 paragraph (end of part 一)
    k = next(i for i, ln in enumerate(body) if ln.startswith(IND + "二、"))
    for ln in body[:k]:
        pg.raw(ln)
    pg.n("▲会议现场（记者　李佳倩　摄）")
    for ln in body[k:]:
        pg.raw(ln)
    pg.raw("")
    pg.n("责任编辑：周敏")
    pg.n("【打印本页】　【关闭窗口】")
    pg.raw("")
    pg.n("主办：清岚县人民政府办公室　中共清岚县委组织部　承办：清岚县融媒体中心")
    pg.n("网站标识码：5130270001　蜀ICP备05012876号-1　川公网安备 51302702000112号")
    pg.n("© 2025 清岚县人民政府网 版权所有　建议使用1920×1080分辨率浏览")
    return pg, "\n".join(pg.lines) + "\n", "gb18030"


# ---------------------------------------------------------------- 08 forum thread (UTF-8, LF)
def page08():
    pg = Page("08")
    ask = ("本人在区应急局办公室，领导周五要在“安全生产月”动员会上讲话，要求1000字左右，"
           "讲形势、讲隐患排查、讲责任，最好有点数据。跪求各位大神帮忙，感激不尽！")
    pg.n("山城笔杆子论坛 - 公文写作交流社区")
    pg.n("首页 › 公文写作 › 讲话稿求助区")
    pg.raw("")
    pg.n("【求助】求一篇安全生产月动员部署会上的领导讲话稿，周五要用，谢谢各位！")
    pg.n("查看: 3216 | 回复: 27")
    pg.raw("")
    pg.n("枫林小吏")
    pg.raw("楼主")
    pg.n("发表于 2025-5-28 15:02 | 只看该作者")
    pg.n(ask)
    pg.raw("")
    pg.raw("老笔头")
    pg.raw("沙发")
    pg.n("发表于 2025-5-28 16:40 | 只看该作者")
    pg.n("本帖最后由 老笔头 于 2025-5-28 16:52 编辑")
    pg.raw("")
    pg.n("引用：枫林小吏 发表于 2025-5-28 15:02")
    pg.n("本人在区应急局办公室，领导周五要在“安全生产月”动员会上讲话，要求1000字左右…")
    pg.raw("")
    pg.n("楼主看看这篇，是我们局去年用过的，数据自己换一下就行。")
    pg.raw("")
    title_block(pg, S08)
    pg.raw("", S08["salute"])
    # Discuz-style anti-copy jammer strings land inside two sentences
    inj = {5: ("建筑施工、燃气、", " x3Kf9 "), 8: ("每个岗位、", "9tQ2mL")}
    for ln in pg.speech_lines(S08, indent=IND, inject=inj):
        pg.raw(ln)
    pg.raw("")
    pg.n("——————————————")
    pg.n("笔耕不辍，文以载道。本人不接代写，勿私信。")
    pg.raw("")
    pg.n("安监小白兔")
    pg.raw("板凳")
    pg.n("发表于 2025-5-28 17:05 | 只看该作者")
    pg.n("谢谢分享")
    pg.raw("")
    pg.n("清风徐来2019")
    pg.raw("地板")
    pg.n("发表于 2025-5-28 19:33 | 只看该作者")
    pg.raw("顶")
    pg.raw("")
    pg.raw("枫林小吏")
    pg.raw("5#")
    pg.n("发表于 2025-5-29 08:11 | 只看该作者")
    pg.n("太感谢老笔头了，稍微改改数据就能用，结贴加分！")
    pg.raw("")
    pg.n("1 2 3 下一页 › 返回列表")
    pg.n("相关帖子：在全县安全生产工作会议上的讲话（2023年）｜安全生产月启动仪式主持词")
    pg.n("手机版 | 联系站务 | 山城笔杆子论坛")
    pg.n("GMT+8, 2025-6-2 21:14 , Processed in 0.052 second(s), 18 queries")
    pg.n("Copyright © 2016-2025 山城笔杆子论坛　渝ICP备16008812号-1")
    return pg, "\n".join(pg.lines) + "\n", "utf-8"


# ---------------------------------------------------------------- 09 PDF viewer copy (UTF-8, LF)
def width(c):
    return 1 if ord(c) < 0x2E80 and c not in "“”‘’、，。：；！？（）《》…—" else 2


NOHEAD = "，。、；：！？）”》…%"


def tokens(s):
    """ASCII runs (numbers such as 13.6% or 11387) stay together, as a word processor keeps them."""
    out, cur = [], ""
    for c in s:
        if ord(c) < 128:
            cur += c
        else:
            if cur:
                out.append(cur)
                cur = ""
            out.append(c)
    if cur:
        out.append(cur)
    return out


def wrap(s, maxw=70):
    """Hard-wrap at about 35 full-width characters, no line starting with closing punctuation."""
    lines, cur, w = [], "", 0
    for t in tokens(s):
        tw = sum(width(c) for c in t)
        if w + tw > maxw and cur and t[0] not in NOHEAD:
            lines.append(cur)
            cur, w = "", 0
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def page09():
    pg = Page("09")
    head = ["澜州市人民政府办公室", "领导讲话材料", "澜府办讲〔2025〕7号"]
    body = []  # (line, kind) kind: 'N' noise, 'R' raw
    for h in head:
        body.append((h, "N"))
    pg.titles.append(S09["title"])
    body += [(S09["title"], "R"), (S09["speaker"], "R"), (S09["date"], "R"), (S09["salute"], "R")]
    for ln in pg.speech_lines(S09, indent=IND):
        for w in wrap(ln):
            body.append((w, "R"))
    tail = ["抄送：市委办公室，市人大常委会办公室，市政协办公室。",
            "澜州市人民政府办公室　　　　2025年4月11日印发"]
    for t in tail:
        body.append((t, "N"))
    L = len(body)
    # five pages; the break before footer 2 must fall inside a sentence
    cuts = []
    for k in range(1, 5):
        t = round(k * L / 5)
        if k == 2:
            cands = sorted(range(t - 4, t + 5), key=lambda i: abs(i - t))
            t = next(i for i in cands if body[i - 1][0][-1] not in "。：；！" and not body[i][0].startswith(IND)
                     and body[i][1] == "R" and body[i - 1][1] == "R")
        cuts.append(t)
    cuts.append(L)
    prev = 0
    for k, c in enumerate(cuts, 1):
        for ln, kind in body[prev:c]:
            (pg.n if kind == "N" else pg.raw)(ln)
        pg.n("第 %d 页 共 5 页" % k)
        prev = c
    return pg, "\n".join(pg.lines) + "\n", "utf-8"


# ---------------------------------------------------------------- 10 表态发言 collection (UTF-8, CRLF)
def page10():
    pg = Page("10")
    pg.n("青峰县人民政府门户网站")
    pg.n("无障碍 | 长者模式 | 繁體 | 登录 | 注册")
    pg.n("首页　走进青峰　政务公开　政务服务　互动交流　专题专栏")
    pg.n("您现在的位置：首页 > 政务公开 > 部门动态 > 应急管理")
    pg.raw("")
    pg.n("我县举行2025年度安全生产目标责任书签订仪式")
    pg.n("信息来源：县应急管理局　发布日期：2025-03-07　点击量：863　【大 中 小】")
    pg.raw("")
    pg.n(IND + "3月6日，全县2025年度安全生产目标责任书签订仪式在县行政中心举行。县政府与各乡镇、"
         "县级有关部门和重点企业主要负责人签订了责任书。龙潭镇、县住房和城乡建设局、青峰华兴水泥有限公司"
         "作表态发言。现将发言摘登如下。")
    pg.raw("")
    for sp in (S10A, S10B, S10C):
        title_block(pg, sp)
        pg.raw(sp["salute"])
        for ln in pg.speech_lines(sp, indent=IND):
            pg.raw(ln)
        pg.raw("")
    pg.n("责任编辑：罗晓雯")
    pg.n("分享到：微信　微博　QQ空间　复制链接")
    pg.n("【打印】　【关闭】")
    pg.raw("")
    pg.n("上一篇：县应急管理局开展春季森林防火督导检查")
    pg.n("下一篇：全县召开一季度道路交通安全联席会议")
    pg.raw("")
    pg.n("主办单位：青峰县人民政府办公室　承办单位：青峰县大数据中心")
    pg.n("网站标识码：5134260002　蜀ICP备12034567号　川公网安备 51342602000087号")
    return pg, "\r\n".join(pg.lines) + "\r\n", "utf-8"


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for fn in (page06, page07, page08, page09, page10):
        pg, text, enc = fn()
        fname = pg.name + ".txt"
        with open(os.path.join(ROOT, fname), "wb") as f:
            f.write(text.encode(enc))
        g = pg.gold(fname)
        with open(os.path.join(ROOT, "gold", pg.name + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")
        print("wrote", fname, enc, len(pg.lines), "lines,", len(g["noise"]), "noise")


if __name__ == "__main__":
    main()
