#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/NN.json from tools/speeches.py (all content made up)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as S  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INJ = re.compile(r"\{\{(.+?)\}\}")


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles = []
        self.headings = []
        self.paras = []

    # noise line (or just register a noise string with line=False)
    def n(self, s, line=True):
        if s not in self.noise:
            self.noise.append(s)
        if line:
            self.lines.append(s)

    def a(self, s=""):
        """a line that is not noise: blank, salutation, speaker, date, signature, short marker"""
        self.lines.append(s)

    def para_text(self, t):
        for m in INJ.finditer(t):
            self.n(m.group(1), line=False)
        return INJ.sub(lambda m: m.group(1), t), INJ.sub("", t)

    def body(self, sp, fmt=lambda s: [s], head_fmt=None, blank=False, after=None):
        """emit a speech body; fmt(text) -> page lines of a paragraph; after: {para_index: [noise lines]}"""
        after = after or {}
        head_fmt = head_fmt or (lambda s: [s])
        pi = 0
        for b in sp["body"]:
            if b[0] == "h":
                _, lvl, text, suf = b
                self.headings.append({"text": text, "level": lvl})
                self.lines += head_fmt(text + suf)
            elif b[0] == "r":
                _, lvl, head, cat, text = b
                page_t, gold_t = self.para_text(text)
                self.headings.append({"text": head, "level": lvl})
                self.paras.append({"text": gold_t, "category": cat, "truncated": False})
                self.lines += fmt(head + "。" + page_t)
                pi += 1
            else:
                _, cat, text = b
                page_t, gold_t = self.para_text(text)
                self.paras.append({"text": gold_t, "category": cat, "truncated": False})
                self.lines += fmt(page_t)
                for x in after.get(pi, []):
                    self.n(x)
                pi += 1
            if blank:
                self.lines.append("")

    def write(self, enc, eol):
        text = eol.join(self.lines) + eol
        if enc == "gb18030":
            raw = text.encode("gb18030")
        elif enc == "utf-8-sig":
            raw = b"\xef\xbb\xbf" + text.encode("utf-8")
        elif enc == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode("utf-8")
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.titles),
            "titles": self.titles,
            "headings": self.headings,
            "paragraphs": self.paras,
            "noise": self.noise,
        }
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ---------------------------------------------------------------- 06: 腾讯文档 exported, Notepad ANSI
def page06():
    p = Page("06")
    sp = S.S06
    p.n("在全县安全生产工作会议上的讲话（修改稿v3）- 腾讯文档")
    p.n("文件　编辑　插入　格式　工具　帮助")
    p.n("最近编辑：刘晓蕾 · 3月4日 22:05 · 已保存到云端")
    p.n("协作者：刘晓蕾（县应急局）、周文涛（县政府办）、谢雨晴 · 3人正在编辑")
    p.n("【内部讨论稿，未经领导审定，请勿转发】")
    p.a()
    p.titles.append(sp["title"])
    p.a(sp["title"])
    p.a("副县长　陈立华")
    p.a("（2024年3月5日）")
    p.a("同志们：")
    p.body(sp, after={
        1: ["批注 刘晓蕾：@王海东 19起、11人这两个数请再和局里的统计快报核对一下",
            "回复 王海东：已核对，与快报一致。3月3日 09:12"],
        3: ["批注 周文涛：建议这里补一句“要坚持人民至上、生命至上，把安全发展理念贯穿始终”，请县长定。"],
    })
    p.a()
    p.n("〔批注2〕周文涛：“一票否决”的表述请与县委办1号文件保持一致，@刘晓蕾 改完在群里说一声。")
    p.n("修订：刘晓蕾 删除了“重特大及” 3月4日 21:58")
    p.n("字数统计：正文2316字 | 批注3条 | 修订1处")
    p.n("点击右上角「分享」，邀请更多协作者一起编辑")
    p.write("gb18030", "\r\n")


# ---------------------------------------------------------------- 07: text copied out of a PDF reader
def wrap(text, width=30, indent="　　"):
    s = indent + text
    return [s[i:i + width] for i in range(0, len(s), width)]


def page07():
    p = Page("07")
    sp = S.S07
    top = "青川市安全生产委员会会议材料（二）"
    run = "青安委〔2024〕2号　附件1"
    p.n(top, line=False)
    p.n(run, line=False)
    p.a(top)
    p.a()
    p.titles.append(sp["title"])
    p.a("在 全 市 安 全 生 产 工 作 会 议")
    p.a("上 的 讲 话")
    p.a("（2024年2月23日）")
    p.a("副市长　孙嘉禾")
    p.a("同志们：")
    start = len(p.lines)
    p.body(sp, fmt=wrap, head_fmt=lambda s: ["　　" + s])
    # a PDF watermark line copied along inside the 2nd 隐患排查 paragraph
    wm = "青川市应急管理局 孙小敏 2024-02-26 16:03 下载"
    p.n(wm, line=False)
    idx = next(i for i, l in enumerate(p.lines) if l.startswith("　　对有限空间作业"))
    p.lines.insert(idx + 2, wm)
    tail = ["", "（根据录音整理）", "", "（此件公开发布）",
            "抄送：市委办公室，市人大常委会办公室，市政协办公室，市法院，市检察院。",
            "青川市安全生产委员会办公室　　　　2024年2月26日印发"]
    for t in tail:
        if t:
            p.n(t, line=False)
    p.lines += tail
    # paginate: 25 lines per page, footer "— k —", running header on pages 2+
    body = p.lines
    out, k, per = [], 1, 25
    for i in range(0, len(body), per):
        if i:
            out.append(run)
            out.append("")
        out += body[i:i + per]
        out.append("")
        foot = "— %d —" % k
        p.n(foot, line=False)
        out.append("                              " + foot)
        k += 1
    p.lines = out
    assert start
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 08: Word document saved as .txt
def page08():
    p = Page("08")
    sp = S.S08
    ind = lambda s: ["　　" + s]
    p.n("页眉：鹤岭化工集团有限公司　　　　　　内部资料　注意保密")
    p.a()
    p.n("鹤岭化工集团有限公司文件")
    p.a()
    p.n("鹤化司发〔2024〕3号")
    p.a()
    p.n("关于印发韩振邦同志在集团2024年安全生产工作会议上讲话的通知")
    p.a()
    p.n("各子公司、分公司，集团各部门：")
    p.n("　　现将韩振邦同志在集团2024年安全生产工作会议上的讲话印发给你们，请结合实际认真学习贯彻。")
    p.a()
    p.n("附件：1．韩振邦同志在集团2024年安全生产工作会议上的讲话")
    p.n("　　　2．集团2024年安全生产目标责任书（样本）")
    p.n("　　　3．2023年度安全生产先进集体和先进个人名单")
    p.a()
    p.a("鹤岭化工集团有限公司办公室")
    p.a("2024年1月18日")
    p.a()
    p.a("附件1")
    p.a()
    p.titles.append(sp["title"])
    p.a(sp["title"])
    p.a("党委书记、董事长　韩振邦")
    p.a("（2024年1月16日）")
    p.a("同志们：")
    p.body(sp, fmt=ind, head_fmt=ind, after={
        1: ["表1　集团近两年安全生产主要指标",
            "年度\t轻伤事故（起）\t险情（起）\t百万工时伤害率",
            "2022年\t7\t11\t0.61",
            "2023年\t3\t9\t0.42"],
    })
    p.a()
    p.n("附件2、附件3另行印发（纸质版）")
    p.a()
    p.n("抄送：集团党委委员、董事、监事，各职能部门。")
    p.n("鹤岭化工集团有限公司办公室　　　　2024年1月18日印发")
    p.n("页脚：第 1 页 共 6 页")
    p.write("utf-16-le", "\r\n")


# ---------------------------------------------------------------- 09: 会议材料汇编 (two speeches)
def page09():
    p = Page("09")
    ind = lambda s: ["　　" + s]
    p.a()  # the BOM sits on this empty first line
    p.n("桐溪区2024年安全生产暨消防工作会议")
    p.n("会　议　材　料")
    p.n("桐溪区安全生产委员会办公室　编印")
    p.n("二〇二四年三月")
    p.a()
    p.a("目录")
    p.n("一、会议议程………………………………1")
    p.n("二、参会人员名单…………………………2")
    p.n("三、沈明远区长讲话………………………3")
    p.n("四、林国栋书记总结讲话…………………7")
    p.a()
    p.n("会议议程")
    p.n("时间：2024年3月12日（星期二）上午9:00")
    p.n("地点：区行政中心四楼第一会议室")
    p.n("主持：区委常委、常务副区长　郑海峰")
    p.n("1．区应急管理局局长通报2023年全区安全生产工作情况")
    p.n("2．区消防救援大队大队长部署春季火灾防控工作")
    p.n("3．区长沈明远讲话")
    p.n("4．区委书记林国栋作总结讲话")
    p.a()
    p.n("参会人员名单")
    p.n("各镇（街道）：党（工）委书记、镇长（主任）、分管负责同志")
    p.n("区安委会成员单位：主要负责同志和分管负责同志")
    p.n("重点企业：区内危化品、建筑施工、商贸等重点企业主要负责人（共32家）")
    p.a()
    p.n("材料之三")
    sp = S.S09A
    p.titles.append(sp["title"])
    p.a(sp["title"])
    p.a("区长　沈明远")
    p.a("（2024年3月12日）")
    p.n("（根据录音整理，未经本人审阅）")
    p.a("同志们：")
    p.body(sp, fmt=ind)
    p.a()
    p.n("材料之四")
    sp = S.S09B
    p.titles.append(sp["title"])
    p.a(sp["title"])
    p.a("区委书记　林国栋")
    p.a("（2024年3月12日）")
    p.a("同志们：")
    p.body(sp, fmt=ind)
    p.a()
    p.n("（会议材料汇编完毕，共印120份，会后请妥善保管）")
    p.write("utf-8-sig", "\r\n")


# ---------------------------------------------------------------- 10: 飞书 document copied
def page10():
    p = Page("10")
    sp = S.S10
    p.n("飞书云文档")
    p.n("开学安全工作会议校长讲话稿（定稿）")
    p.n("蒋晓芸 · 最后修改于 今天 08:12")
    p.n("所有者：校长办公室 蒋晓芸　|　可阅读：全体行政人员")
    p.n("👀 23 人已阅读")
    p.a()
    p.n("引用：澜湾市教育局《关于做好2024年春季开学安全工作的通知》")
    p.n("> 各学校要把安全工作作为开学第一要务，切实做到“不安全不开学”。")
    p.a()
    p.titles.append(sp["title"])
    p.a(sp["title"])
    p.a("校长　邵文斌")
    p.a("2024年2月22日")
    p.a()
    p.a("老师们：")
    p.a()
    p.body(sp, blank=True, after={
        1: ["评论 · 谢建平：14起受伤的数据是德育处统计的，已核对。2月21日 17:36"],
        2: ["评论 · 蒋晓芸：@邵文斌 这里要不要点名实验楼？区消防的通报里写的是“实验楼三楼东侧”。2月21日 18:02",
            "已解决 · 由 蒋晓芸 标记"],
    })
    p.n("👍 5　💬 3")
    p.n("相关文档：2023年秋季开学安全工作会议讲话稿（校长）")
    p.n("相关文档：学校安全隐患排查整治台账（2024春）")
    p.n("蒋晓芸 于 2月22日 08:12 删除了 1 处内容，查看历史记录")
    p.write("utf-8", "\n")


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    page06()
    page07()
    page08()
    page09()
    page10()
    print("wrote 06-10")
