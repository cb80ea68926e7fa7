#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes set78b pages 06.txt-10.txt and gold/06.json-10.json (deterministic, stdlib only)."""
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07A, S07B, S07C, S08, S09, S10  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = "\u3000\u3000"


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    # chrome
    def n(self, *lines):
        for ln in lines:
            self.lines.append(ln)
            if ln.strip():
                self.rec(ln.strip())

    def rec(self, s):
        if s not in self.noise:
            self.noise.append(s)

    def raw(self, *lines):
        self.lines.extend(lines)

    def blank(self):
        self.lines.append("")

    # speech helpers
    def title(self, t, prefix="", prefix_noise=True):
        self.titles.append(t)
        if prefix and prefix_noise:
            self.rec(prefix.strip())
        self.lines.append(prefix + t)

    def gold_item(self, it):
        if it[0] == "h":
            self.headings.append({"text": it[1], "level": it[2]})
        elif it[0] == "p":
            self.paragraphs.append({"text": it[1], "category": it[2], "truncated": False})
        else:
            self.headings.append({"text": it[1], "level": it[2]})
            self.paragraphs.append({"text": it[3], "category": it[4], "truncated": False})

    @staticmethod
    def item_line(it):
        if it[0] in ("h", "p"):
            return it[1]
        return it[1] + "。" + it[3]

    def body(self, items, indent="", blank_between=False, head_indent=""):
        for it in items:
            self.gold_item(it)
            ind = head_indent if it[0] == "h" else indent
            self.lines.append(ind + self.item_line(it))
            if blank_between:
                self.lines.append("")

    def write(self, enc="utf-8", eol="\n"):
        text = eol.join(self.lines) + eol
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(text.encode(enc))
        gold = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


def split_at(items, *heads):
    """Split body items into chunks starting at the given heading texts."""
    chunks, cur = [], []
    for it in items:
        if it[0] == "h" and it[1] in heads:
            chunks.append(cur)
            cur = []
        cur.append(it)
    chunks.append(cur)
    return chunks


# ====================================================================== 06 forum thread
def page06():
    p = Page("06")
    sp = S06
    c1, c3, c5 = split_at(sp["body"], "二、聚焦重点领域抓好隐患排查整治", "三、压紧压实各方面安全生产责任")
    host = "岚溪小吏"
    p.n("溪谈社区 > 地方 > 岚溪县吧",
        "岚溪县吧　关注 8.6万　帖子 41万",
        "看贴　　图片　　精品　　吧务　　群聊",
        "")
    p.n("【资料】葛县长一季度安全生产会讲话全文，手打整理，分三楼发",
        "回复贴：7　　只看楼主　　收藏　　举报")
    p.blank()
    # 1楼
    p.n(host + "　楼主", "Lv.9 吧内职务：小吧主")
    p.n("周二县里开的会，材料是我对着录音和会议资料一个字一个字敲的，有错别字请见谅。一楼发不下，分三楼发完。")
    p.blank()
    p.title(sp["title"])
    p.raw(*sp["pre"])
    p.body(c1, blank_between=True)
    p.n("1楼　2024-04-03 21:16　来自Android客户端　回复(2)")
    p.blank()
    # 2楼
    p.n("木子三水", "Lv.6")
    p.n("前排支持，楼主辛苦了")
    p.n("2楼　2024-04-03 21:19　回复")
    p.blank()
    # 3楼
    p.n(host + "　楼主", "Lv.9 吧内职务：小吧主")
    p.n("（接上楼）")
    p.body(c3, blank_between=True)
    p.n("3楼　2024-04-03 21:24　来自Android客户端　回复")
    p.blank()
    # 4楼
    p.n("安监小白菜", "Lv.4")
    p.n("码住，下周我们乡镇也要开会，正好参考一下")
    p.n("4楼　2024-04-03 21:27　回复")
    p.blank()
    # 5楼
    p.n(host + "　楼主", "Lv.9 吧内职务：小吧主")
    p.n("（接上楼）")
    p.body(c5, blank_between=True)
    p.n("（全文完，转载请注明出处）")
    p.n("5楼　2024-04-03 21:31　来自Android客户端　回复(1)")
    p.blank()
    # 6楼
    p.n("青崖听雨", "Lv.7")
    p.n("讲得实在，数字也具体，比我们这边的官样文章强多了")
    p.n("6楼　2024-04-03 22:05　回复")
    p.blank()
    # 7楼 question
    p.n("晚风不识字", "Lv.3")
    p.n("请问楼主，里面说的“三个必须”具体是指哪三个？领导让我写进方案里，我怕写错")
    p.n("7楼　2024-04-04 08:42　回复")
    p.blank()
    # 8楼 answer (noise)
    p.n(host + "　楼主", "Lv.9 吧内职务：小吧主")
    p.n("回复 晚风不识字 ：管行业必须管安全、管业务必须管安全、管生产经营必须管安全，直接照这个写就行")
    p.n("8楼　2024-04-04 09:10　来自Android客户端　回复")
    p.blank()
    p.n("发表回复", "请文明发言，还可以输入 2000 字")
    p.raw("发　表")
    p.blank()
    p.n("©2024 溪谈社区　用户协议 | 隐私政策 | 吧主制度 | 违规信息举报 0743-8812345")
    p.write("utf-8", "\n")


# ====================================================================== 07 范文 site, 3 speeches
def page07():
    p = Page("07")
    total = 0
    for sp in (S07A, S07B, S07C):
        for it in sp["body"]:
            total += len(Page.item_line(it))
        total += len(sp["title"])
    p.n("笔耕文库 — 写材料，先来笔耕看看",
        "首页 | 工作总结 | 领导讲话 | 心得体会 | 述职报告 | 工作计划 | 会员中心 | 登录 / 注册",
        "当前位置：首页 > 领导讲话 > 安全生产讲话稿",
        "")
    p.n("2024年安全生产工作会议讲话稿（精选3篇）",
        "更新时间：2024-03-06　　来源：网友投稿　　浏览：7319 次",
        "本文共 %d 字，阅读约需 %d 分钟" % (total, total // 400 + 1),
        "温馨提示：本站范文由会员上传、编辑整理，仅供学习参考，请勿直接照搬。")
    p.blank()
    p.n("目录：【篇一】镇安全生产工作会议讲话　【篇二】节后复工复产讲话　【篇三】汛期安全生产讲话")
    p.blank()
    # 篇一: marker on the same line as the title
    p.title(S07A["title"], prefix="【篇一】")
    p.raw(*S07A["pre"])
    p.body(S07A["body"], indent=IND, head_indent=IND)
    p.blank()
    p.n("温馨提示：觉得这篇有用？点击下方按钮即可免费下载Word版本，方便修改。",
        "[免费下载本篇]　　[一键复制全文]　　[加入收藏夹]")
    p.blank()
    # 篇二: marker on its own line
    p.n("【篇二】")
    p.title(S07B["title"])
    p.raw(*S07B["pre"])
    p.body(S07B["body"], indent=IND, head_indent=IND)
    p.blank()
    p.n("[免费下载本篇]　　[一键复制全文]　　[加入收藏夹]")
    p.n("开通VIP会员：全站12万篇讲话稿随心下载，首月仅需9.9元 >>")
    p.blank()
    # 篇三: marker + space + title
    p.title(S07C["title"], prefix="【篇三】 ")
    p.raw(*S07C["pre"])
    p.body(S07C["body"], indent=IND, head_indent=IND)
    p.blank()
    p.n("[免费下载本篇]　　[一键复制全文]　　[加入收藏夹]",
        "温馨提示：以上三篇讲话稿仅作写作参考，引用时请替换为本单位实际情况。")
    p.blank()
    p.n("猜你喜欢：",
        "· 2024年安全生产月活动启动仪式上的讲话稿",
        "· 乡镇安全生产工作总结及下一步工作打算",
        "· 企业安全生产表态发言材料（5篇）",
        "· 消防安全工作会议主持词范文")
    p.blank()
    p.n("笔耕文库　Copyright © 2016-2024　闽ICP备17034521号-2　本站内容侵权请联系 kefu@bigeng-wenku.cn")
    p.write("gb18030", "\r\n")


# ====================================================================== 08 PDF compilation
NO_START = "，。、；：！？）”’》%"
NO_END = "“‘（《"


def wrap(text, width=28.0, first_indent=True):
    """Hard-wrap like a PDF text extraction: full-width chars count 1, ASCII 0.5;
    closing punctuation never starts a line (it hangs at the end of the previous one)."""
    out, cur, w = [], IND if first_indent else "", 2.0 if first_indent else 0.0
    for ch in text:
        cw = 0.5 if ord(ch) < 128 else 1.0
        if w + cw > width and not (ch in NO_START and cur.strip()):
            carry = ""
            if cur and cur[-1] in NO_END:  # an opening mark never ends a line
                cur, carry = cur[:-1], cur[-1]
            out.append(cur)
            cur, w = carry, (1.0 if carry else 0.0)
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def page08():
    p = Page("08")
    sp = S08
    header = "栖凤县2024年安全生产工作会议材料汇编"
    p.n("栖凤县2024年全县安全生产工作会议", "材　料　汇　编")
    p.blank()
    p.n("栖凤县安全生产委员会办公室　编", "二〇二四年二月")
    p.blank()
    p.n(header)
    p.blank()
    p.n("目　　录")
    p.blank()
    toc_at = len(p.lines)
    p.blank()
    # speech body lines, hard-wrapped; page breaks every PER lines
    body_lines = []
    body_lines.append(IND * 2 + sp["title"])
    p.titles.append(sp["title"])
    body_lines.append("")
    body_lines.append(IND * 4 + sp["pre"][0])
    body_lines.append(IND * 3 + sp["pre"][1])
    body_lines.append("")
    body_lines.extend(sp["pre"][2:])
    for it in sp["body"]:
        p.gold_item(it)
        if it[0] == "h":
            body_lines.append(IND + it[1] if it[2] == 2 else it[1])
        else:
            body_lines.extend(wrap(it[1]))
    PER = 22
    page_no = 1
    p.n(header)
    p.blank()
    count = 0
    for ln in body_lines:
        if count == PER:
            p.blank()
            p.n("— %d —" % page_no)
            p.raw("\f")
            p.n(header)
            p.blank()
            page_no += 1
            count = 0
        p.raw(ln)
        count += 1
    p.blank()
    p.n("— %d —" % page_no)
    p.raw("\f")
    p.n(header)
    p.blank()
    p.n("栖凤县安全生产委员会", "关于2023年度安全生产目标管理责任考核")
    # table of contents, page numbers taken from the laid-out speech
    nxt = page_no + 1
    toc = ["在全县2024年安全生产工作会议上的讲话（郝明远）……………………… 1",
           "栖凤县安全生产委员会关于2023年度安全生产目标管理责任考核结果的通报 … %d" % nxt,
           "栖凤县2024年安全生产工作要点 ………………………………………………… %d" % (nxt + 4),
           "表态发言材料（4篇） ……………………………………………………………… %d" % (nxt + 11)]
    p.lines[toc_at:toc_at] = toc
    for t in toc:
        p.rec(t)
    # keep noise in page order: move the toc entries right after "目　　录"
    p.noise = [x for x in p.noise if x not in toc]
    k = p.noise.index("目　　录") + 1
    p.noise[k:k] = toc
    p.write("utf-8", "\n")


# ====================================================================== 09 weibo long post
def page09():
    p = Page("09")
    sp = S09
    p.n("微博　首页　热门　视频　消息　我　　搜索微博",
        "")
    p.n("云岫发布",
        "云岫县委宣传部官方微博　粉丝 36.4万",
        "5-22 20:47　来自 微博 weibo.com　已编辑",
        "")
    p.n("县委书记邝立新：隐患不除，决不收兵！",
        "#云岫安全生产# #大排查大整治在行动#",
        "5月22日下午，云岫县召开安全生产隐患大排查大整治工作推进会，县委书记邝立新出席并讲话。现将讲话全文刊发如下：",
        "")
    p.title(sp["title"])
    p.raw(*sp["pre"])
    p.body(sp["body"])
    p.blank()
    p.n("（来源：县安委办　编辑：覃晓雯　审核：龙一鸣）",
        "#安全生产月# #平安云岫#",
        "阅读 1.8万",
        "")
    p.n("转发 12　　评论 8　　赞 56", "")
    p.n("转发 12", "")
    p.n("河湾镇人民政府：压实责任，立查立改，河湾镇坚决落实！//@云岫应急管理:转发微博",
        "5-22 21:03　　转发　评论　赞 9",
        "云岫应急管理：学习贯彻！各乡镇安监站请对照讲话逐条抓好落实。",
        "5-22 20:58　　转发　评论　赞 14",
        "查看更多 >",
        "")
    p.n("评论 8　按热度",
        "山那边的阿岚：石料厂罚18万，干得漂亮",
        "查看更多评论")
    p.blank()
    p.n("微博客服　意见反馈　Copyright © 2009-2024 WEIBO 北京微梦创科网络技术有限公司")
    p.write("utf-8", "\n")


# ====================================================================== 10 SOE OA
def page10():
    p = Page("10")
    sp = S10
    org = "华嵘交通建设集团有限公司安全生产委员会办公室"
    p.n("华嵘集团协同办公平台 V6.2",
        "欢迎您，李向阳（安全监督部）　｜　待办事项(7)　｜　个人设置　｜　安全退出",
        "当前位置：公文管理 > 收文阅办 > 正文查看",
        "【打印正文】【下载附件】【转发】【关闭窗口】",
        "")
    p.n("标　　题：关于印发邵建华董事长在集团公司安委会2024年第一次全体会议上讲话的通知",
        "发文单位：" + org,
        "文　　号：华嵘安委办〔2024〕3号",
        "密　　级：内部　　保密期限：1年",
        "阅读范围：集团领导，本部各部门，各二级单位主要负责人、分管安全负责人、安全总监",
        "紧急程度：平件　　成文日期：2024-02-20",
        "")
    p.n("各二级单位，集团本部各部门：",
        IND + "现将邵建华董事长在集团公司安委会2024年第一次全体会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。")
    p.blank()
    p.n(IND + IND + org)
    p.raw(IND + IND + "2024年2月20日")
    p.blank()
    p.title(sp["title"])
    p.raw(*sp["pre"])
    p.body(sp["body"], indent=IND, head_indent=IND)
    p.blank()
    p.n("审核：安全监督部　周启航", "签发：邵建华（2024-02-20 16:35）",
        "印发：" + org + "　　2024年2月20日印发",
        "")
    p.raw("附件：")
    p.n("1. 华嵘集团2024年安全生产工作要点.docx（86KB）",
        "2. 2024年度二级单位安全生产责任书（范本）.pdf（412KB）",
        "")
    p.n("阅读情况：已阅 46 人　未阅 12 人　【查看明细】",
        "华嵘交通建设集团有限公司 信息中心 技术支持　内部系统，严禁外传")
    p.write("utf-8", "\n")


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    page06()
    page07()
    page08()
    page09()
    page10()


if __name__ == "__main__":
    main()
