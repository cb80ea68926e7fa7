#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic generator for set 104a: writes 01.txt-05.txt and gold/01.json-05.json from one source.

Every page is a collection page (范文 / 文库 / 讲话稿 site) holding 2-3 speeches. All names, places, sites,
domains, numbers and sentences are invented.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INJ = re.compile(r"\{\{(.*?)\}\}")


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles = []
        self.headings = []
        self.paras = []

    def n(self, s):
        """register a chrome string (verbatim) as noise and return it"""
        if s not in self.noise:
            self.noise.append(s)
        return s

    def add(self, *ls):
        self.lines.extend(ls)

    def title(self, key):
        t = S[key]["title"]
        self.titles.append(t)
        return t

    def body(self, key, indent="", blank=False, wrap=None, before=None, truncated=False):
        """render the speech's headings/paragraphs; returns list of lines and records gold.
        before: {item index: [chrome lines to emit before that item]} (chrome strings must be registered)."""
        out = []
        items = S[key]["items"]
        before = before or {}
        for i, it in enumerate(items):
            for ln in before.get(i, []):
                out.append(ln)
                if blank:
                    out.append("")
            last = i == len(items) - 1
            if it[0] == "h":
                _, lv, text = it
                self.headings.append({"text": text, "level": lv})
                out.append(text)
            else:
                if it[0] == "p":
                    _, cat, text = it
                    shown = text
                else:
                    _, lv, head, cat, text = it
                    self.headings.append({"text": head, "level": lv})
                    shown = head + "。" + text
                for inj in INJ.findall(shown):
                    self.n(inj)
                clean = INJ.sub("", text)
                shown = INJ.sub(lambda m: m.group(1), shown)
                self.paras.append({"text": clean, "category": cat, "truncated": bool(truncated and last)})
                if wrap:
                    out.extend(wrap_text(indent + shown, wrap))
                else:
                    out.append(indent + shown)
            if blank:
                out.append("")
        return out

    def gold(self):
        return {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paras, "noise": self.noise}


def wrap_text(s, width):
    """hard-wrap like a copied DOCX preview: about `width` characters per line; a closing punctuation mark
    never starts a line (it is pulled back onto the line before, as the viewer does)"""
    out, i = [], 0
    while i < len(s):
        j = min(i + width, len(s))
        while j < len(s) and s[j] in "，。、；：！？）”》":
            j += 1
        out.append(s[i:j])
        i = j
    return out


# ====================================================================== 01: 范文网, 【第N篇】, 导读, 相关推荐
def page01():
    p = Page("01")
    n = p.n
    a, b, c = (S[k]["title"] for k in ("01a", "01b", "01c"))
    p.add(n("青简范文网_专注公文写作与范文分享"),
          n("首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 会员中心 | 登录/注册"),
          n("您现在的位置：首页 > 讲话稿 > 安全生产讲话 > 正文"),
          "",
          n("2025年安全生产工作会议讲话稿精选3篇"),
          "",
          n("更新时间：2025-03-06 09:41　　来源：青简范文网　　浏览：2317次"),
          "",
          n("导读：安全生产讲话稿是各级领导在安全工作会议上使用较多的文稿，下面是小编为大家整理的“2025年安全生产工作会议讲话稿精选3篇”，仅供参考，欢迎大家阅读。"),
          "",
          n("1. " + a),
          n("2. " + b),
          n("3. " + c),
          "")
    # --- speech 1
    p.add(n("【第1篇】") + p.title("01a"), "",
          "县委副书记、县长　周启明", "（2025年2月26日）", "",
          "同志们：", "")
    p.add(*p.body("01a", indent="　　", blank=True))
    p.add(n("相关推荐："),
          n("· 安全生产月启动仪式讲话稿（通用5篇）"),
          n("· 在全县安全生产专项整治攻坚行动推进会上的讲话"),
          n("· 企业负责人安全生产表态发言稿范文"),
          "")
    # --- speech 2 (no speaker / date lines)
    p.add(n("【第2篇】") + p.title("01b"), "", "同志们：", "")
    p.add(*p.body("01b", indent="　　", blank=True))
    p.add(n("▶ 开通VIP会员，全站范文免费复制、一键下载Word ◀"), "")
    # --- speech 3 (speaker only, no outline headings at all)
    p.add(n("【第3篇】") + p.title("01c"), "", "校长　林慧敏", "", "老师们：", "")
    p.add(*p.body("01c", indent="　　", blank=True))
    p.add(n("上一篇：2025年消防安全工作会议讲话稿"),
          n("下一篇：企业安全生产月活动总结范文（精选6篇）"),
          "",
          n("声明：本站部分文章来源于网络，版权归原作者所有，如有侵权请联系删除。"),
          n("Copyright © 2016-2025 青简范文网 qingjianfw.com 版权所有　苏ICP备18051627号-2"),
          "")
    return p


# ====================================================================== 02: 文库, 目录 with page numbers, 篇一/篇二
def page02():
    p = Page("02")
    n = p.n
    a, b = S["02a"]["title"], S["02b"]["title"]
    doc_title = "2024年安全生产工作会议讲话稿（精选2篇）"
    head = [n("知页文库 - 海量文档在线分享"),
            n("首页 | 行业资料 | 党政公文 | 教育专区 | 上传文档 | 开通VIP"),
            n("知页文库 > 党政公文 > 讲话致辞"),
            n(doc_title),
            n("上传人：风起青萍　　上传时间：2024-05-09　　浏览：6832次　　下载：412次"),
            n("格式：DOCX　页数：{T}页　大小：41.5KB"),
            n("VIP免费下载　　立即下载（2下载券）　　加入收藏　　举报"),
            ""]
    # document body, wrapped at 34 characters, page footers inserted every PAGE lines
    W, PAGE = 34, 18
    doc = [doc_title, "", "目录", "TOC1", "TOC2", ""]
    doc += ["篇一", p.title("02a"), "", "市应急管理局党委书记、局长　郑晓阳", "2024年4月18日", "", "同志们："]
    doc += p.body("02a", indent="　　", wrap=W)
    doc += [""]
    start2 = len(doc)
    doc += ["篇二", p.title("02b"), "", "院长　韩淑琴", "", "同志们："]
    doc += p.body("02b", indent="　　", wrap=W)
    pages = [doc[i:i + PAGE] for i in range(0, len(doc), PAGE)]
    T = len(pages)
    page_of2 = start2 // PAGE + 1
    toc1 = "篇一：" + a + "……………………" + "1"
    toc2 = "篇二：" + b + "…………………" + str(page_of2)
    mark = "知页文库 zhiyewenku.com · 文档可编辑"
    head[5] = head[5].replace("{T}", str(T))
    p.noise[p.noise.index("格式：DOCX　页数：{T}页　大小：41.5KB")] = head[5]
    n(toc1)
    n(toc2)
    n(mark)
    body = []
    for k, pg in enumerate(pages, 1):
        pg = [toc1 if x == "TOC1" else toc2 if x == "TOC2" else x for x in pg]
        body += pg
        body += ["", n("第 %d 页 共 %d 页" % (k, T))]
        if k < T:
            body += [mark, ""]
    p.add(*head)
    p.add(*body)
    p.add("",
          n("本文档由用户上传，知页文库仅提供信息存储空间服务，如有侵权请联系删除。"),
          n("下载文档到电脑，查找使用更方便"),
          n("2下载券　　开通VIP免费下载"),
          n("相关文档：安全生产工作会议讲话稿（通用12篇）.docx"),
          "")
    return p


# ====================================================================== 03: 公文网, 范文一/二, 下载框, 会员墙
def page03():
    p = Page("03")
    n = p.n
    p.add(n("笔耕公文网 — 原创公文范文服务平台"),
          n("首页　讲话致辞　工作总结　调研报告　心得体会　VIP专区"),
          n("当前位置：首页 » 讲话致辞 » 安全生产"),
          "",
          n("区建筑施工安全生产大会讲话及企业表态发言（范文2篇）"),
          n("发布日期：2025-04-11　编辑：老笔头　阅读量：1264"),
          n("本文共2篇，约4100字，会员可一键复制、下载Word版"),
          "")
    p.add(n("范文一：") + p.title("03a"), "", "副区长　唐振宇", "2025年4月8日", "", "同志们：", "")
    p.add(*p.body("03a", blank=True))
    p.add("┌────────────────────────────────┐",
          "│ " + n("点击下载本文（Word格式，可直接编辑）") + "         │",
          "│ " + n("开通会员，全站12万篇范文不限次数下载") + "         │",
          "└────────────────────────────────┘",
          "")
    p.add(n("范文二：") + p.title("03b"), "", "江城建工集团有限公司总经理　韩卫东", "", "尊敬的各位领导、同志们：", "")
    p.add(*p.body("03b", blank=True, truncated=True)[:-1])
    p.add(n("…… 以上为部分内容，剩余约12%需开通会员后阅读 ……"),
          "",
          n("[ 开通会员 ￥68/年 ]　[ 单篇购买 ￥5.9 ]"),
          n("会员权益：免费复制 · 无限下载 · 专属写作顾问"),
          "",
          n("猜你喜欢："),
          n("在全市建设工程安全生产工作会议上的讲话（3篇）"),
          n("施工企业安全生产承诺书范文（通用版）"),
          "",
          n("笔耕公文网 版权所有 浙ICP备20038416号"),
          "")
    return p


# ====================================================================== 04: 讲稿站手机版, ▼第N篇▼, 展开全文, 广告
def page04():
    p = Page("04")
    n = p.n
    p.add(n("讲稿之家 m.jianggaozhijia.com"),
          n("≡ 分类　　搜索讲话稿"),
          n("企业安全生产工作会议讲话稿（精选2篇）"),
          n("2025-01-20 · 讲稿之家 · 阅读 3.1万"),
          n("文章摘要：本文精选了2篇安全生产工作会议讲话稿，分别来自煤矿企业和省级交通运输行业，供大家写作时参考。"),
          "")
    ad = ["广告", n("【限时】公文写作AI助手，一键生成讲话稿，点击免费试用>>")]
    p.add(n("▼第1篇▼"), p.title("04a"), "集团公司党委书记、董事长　赵国栋", "2025年1月16日", "同志们：")
    p.add(*p.body("04a", before={3: [n("展开全文∨")], 12: ad}))
    p.add("", n("本篇完，继续阅读下一篇 ↓"), "")
    p.add(n("▼第2篇▼"), p.title("04b"), "省交通运输厅党组书记、厅长　孔令川", "同志们：")
    p.add(*p.body("04b", before={9: [n("—— 讲稿之家会员专享内容，已为您自动解锁 ——")]}))
    p.add("",
          n("—— 全文完 ——"),
          n("喜欢这篇文章？点个赞再走吧 👍 126"),
          n("猜你喜欢"),
          n("煤矿企业年度安全生产工作会议讲话（4篇）"),
          n("全省道路运输安全整治推进会讲话提纲"),
          n("下载讲稿之家APP，海量范文随身看"),
          "")
    return p


# ====================================================================== 05: 文秘网, 目录跳转, ━ 范文 N ━, 小编提示
def page05():
    p = Page("05")
    n = p.n
    a, b = S["05a"]["title"], S["05b"]["title"]
    p.add(n("文秘帮手网 wenmibangshou.net"),
          n("首页 > 范文大全 > 讲话稿 > 安全讲话"),
          "",
          n("安全生产讲话稿2篇（乡镇+园区）"),
          n("时间：2024-11-02　栏目：安全讲话　字体：大 中 小"),
          "",
          "目录",
          n("一、" + a + "（点击跳转）"),
          n("二、" + b + "（点击跳转）"),
          "")
    p.add(n("━━━━━━ 范文 1 ━━━━━━"), "", p.title("05a"), "", "乡党委书记　罗建平", "（2024年10月22日）", "", "同志们：")
    p.add(*p.body("05a", indent="    "))
    p.add("", n("↑ 返回目录"), n("本文标签：森林防火 安全生产 乡镇讲话"), "")
    p.add(n("温馨提示：本站范文仅供参考，请结合本单位实际修改后使用。"), "")
    p.add(n("━━━━━━ 范文 2 ━━━━━━"), "", p.title("05b"), "", "高新区管委会主任　邵明轩", "", "各位领导、同志们、朋友们：")
    p.add(*p.body("05b", indent="    ", before={3: ["    " + n("小编提示：讲话稿中的数据请根据本地实际情况替换。")]}))
    p.add("", n("↑ 返回目录"), n("本文标签：安全生产月 启动仪式 园区"), "",
          n("相关阅读：在全县森林防火工作会议上的讲话（精选）"),
          n("本文由文秘帮手网整理发布，转载请保留出处。"),
          "")
    return p


PAGES = {
    "01": (page01, "utf-8", "\n"),
    "02": (page02, "gb18030", "\r\n"),
    "03": (page03, "utf-8", "\r\n"),
    "04": (page04, "utf-16-le", "\r\n"),
    "05": (page05, "gb18030", "\n"),
}


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn, (fn, enc, eol) in PAGES.items():
        p = fn()
        text = eol.join(p.lines)
        if not text.endswith(eol):
            text += eol
        raw = text.encode(enc)
        if enc == "utf-16-le":
            raw = b"\xff\xfe" + raw
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(p.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(nn, enc, repr(eol), len(p.lines), "lines", len(p.noise), "noise")


if __name__ == "__main__":
    main()
