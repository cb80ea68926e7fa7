#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 of set 109b and their gold labels from one source (tools/speeches.py).

python3 tools/gen.py   -> 06.txt .. 10.txt and gold/06.json .. gold/10.json, byte for byte reproducible.
Everything on these pages is invented.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07, S08A, S08B, S09, S10  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Page:
    def __init__(self, nn, encoding, eol):
        self.nn, self.encoding, self.eol = nn, encoding, eol
        self.lines, self.noise = [], []
        self.titles, self.headings, self.paragraphs = [], [], []

    # chrome -------------------------------------------------------------
    def chrome(self, line, *noise):
        """A chrome line; `noise` are the strings of it listed as noise (default: the whole line)."""
        self.lines.append(line)
        for n in (noise or (line.strip(),)):
            assert n in line, (n, line)
            if n not in self.noise:
                self.noise.append(n)

    def raw(self, line):
        """A line left unlabelled on purpose (blank, separator, speaker, date, salutation, short marker)."""
        self.lines.append(line)

    # speech -------------------------------------------------------------
    def title(self, t, prefix="", suffix=""):
        self.titles.append(t)
        self.lines.append(prefix + t + suffix)

    def heading(self, level, text, prefix="", suffix=""):
        self.headings.append({"text": text, "level": level})
        self.lines.append(prefix + text + suffix)

    def para(self, cat, text, prefix="", suffix="", truncated=False):
        self.paragraphs.append({"text": text, "category": cat, "truncated": truncated})
        self.lines.append(prefix + text + suffix)

    def runin(self, level, head, cat, text, prefix=""):
        self.headings.append({"text": head, "level": level})
        self.paragraphs.append({"text": text, "category": cat, "truncated": False})
        self.lines.append(prefix + head + "。" + text)

    def para_split(self, cat, text, cut, between):
        """A paragraph broken across a page boundary: the `between` lines (chrome, or "" for a blank
        line) fall inside it."""
        i = text.index(cut) + len(cut)
        self.paragraphs.append({"text": text, "category": cat, "truncated": False})
        self.lines.append(text[:i])
        for line in between:
            if line:
                self.chrome(line)
            else:
                self.raw(line)
        self.lines.append(text[i:])

    def item(self, it, prefix=""):
        if it[0] == "H":
            self.heading(it[1], it[2], prefix)
        elif it[0] == "P":
            self.para(it[1], it[2], prefix)
        else:
            self.runin(it[1], it[2], it[3], it[4], prefix)

    # output -------------------------------------------------------------
    def write(self):
        assert 8 <= len(self.noise) <= 25, (self.nn, len(self.noise))
        text = self.eol.join(self.lines) + self.eol
        if self.encoding == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode(self.encoding)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(gold, f, ensure_ascii=False, indent=2)
            f.write("\n")


# ====================================================================== 06
def page06():
    """PowerPoint/WPS 演示 'outline and notes' text export of a school head's talk.

    Slide titles and ◆ bullets carry the outline; the speech's paragraphs sit in the 演讲者备注.
    Continuation slides repeat the section title with （续）; a SmartArt 目录 repeats it in short form.
    """
    sp = S06
    items = sp["items"]
    # split the items into slides: every level-2 heading opens a slide
    body = items[2:-1]          # from 一、 to the last paragraph before 结尾
    slides = []                 # (l1 heading, first-of-section?, [items])
    cur_l1, first = None, False
    for it in body:
        if it[0] == "H" and it[1] == 1:
            cur_l1, first = it[2], True
            continue
        if it[0] == "H" and it[1] == 2:
            slides.append([cur_l1, first, [it]])
            first = False
        else:
            slides[-1][2].append(it)
    total = 2 + len(slides) + 2
    p = Page("06", "utf-8", "\n")
    SEP = "────────────────────────────"
    FOOT = "禾川市第三中学 · 平安校园建设"
    NOTES = "【演讲者备注】"

    def marker(n):
        p.chrome("幻灯片 %d/%d" % (n, total))

    p.chrome("禾川三中开学安全工作会议讲话.pptx — 大纲和备注页导出（共%d张幻灯片）" % total)
    p.raw(SEP)
    # slide 1: cover
    marker(1)
    p.title(sp["title"])
    p.raw(sp["speaker"])
    p.raw(sp["date"])
    p.chrome(FOOT)
    p.chrome(NOTES)
    p.raw(sp["salutation"])
    p.item(items[0])
    p.raw(SEP)
    # slide 2: contents (SmartArt flattened to one line)
    marker(2)
    p.raw("目录")
    p.chrome("[SmartArt] 正视形势 → 排查隐患 → 压实责任 → 结语")
    p.chrome(FOOT)
    p.chrome(NOTES)
    p.item(items[1])
    p.raw(SEP)
    n = 3
    for l1, first_of_section, its in slides:
        marker(n)
        if first_of_section:
            p.heading(1, l1, "■ ")
        else:
            p.chrome("■ " + l1 + "（续）")
        p.item(its[0], "◆ ")
        p.chrome(FOOT)
        p.chrome(NOTES)
        for it in its[1:]:
            p.item(it)
        p.raw(SEP)
        n += 1
    # closing slide with the 结尾 in its notes
    marker(n)
    p.raw("结语")
    p.chrome(FOOT)
    p.chrome(NOTES)
    p.item(items[-1])
    p.raw(SEP)
    n += 1
    marker(n)
    p.chrome("谢谢聆听")
    p.chrome(FOOT)
    p.chrome(NOTES)
    p.raw("（无）")
    assert n == total
    p.write()


# ====================================================================== 07
def page07():
    """A 会议材料 list saved from a spreadsheet as tab-separated text (Excel quoting of a multi-line cell)."""
    sp = S07
    p = Page("07", "gb18030", "\r\n")
    T = "\t"
    p.chrome("青岙县安全生产委员会2024年第一次全体会议材料报送汇总表" + T * 6)
    p.chrome("填表单位：县安委会办公室" + T * 4 + "填表日期：2024年3月11日" + T * 2,
             "填表单位：县安委会办公室", "填表日期：2024年3月11日")
    p.chrome(T.join(["序号", "材料名称", "报送单位", "报送时间", "页数", "状态", "内容（正文/摘要）"]))
    rows_before = [
        ["1", "会议议程", "县安委会办公室", "3月8日", "1", "已印制", ""],
        ["2", "参会人员名单及座次安排", "县安委会办公室", "3月8日", "2", "已印制", ""],
        ["3", "2023年全县安全生产工作情况通报", "县应急管理局", "3月9日", "6", "已审核",
         "2023年全县共发生各类生产安全事故14起、死亡11人，同比分别下降17.6%和15.4%，未发生较大以上事故……（全文见附件）"],
    ]
    for r in rows_before:
        p.chrome(T.join(r), T.join(r).rstrip(T))
    # row 4: the speech, one quoted cell over many rows of text
    lead = T.join(["4", "罗县长讲话（定稿）", "县政府办公室", "3月11日", "8", "已审定"])
    p.title(sp["title"], prefix=lead + T + '"')
    p.noise.append(lead)
    p.raw(sp["speaker"])
    p.raw(sp["date"])
    p.raw(sp["salutation"])
    for it in sp["items"][:-1]:
        p.item(it)
    last = sp["items"][-1]
    p.para(last[1], last[2], suffix='"')
    rows_after = [
        ["5", "2024年全县安全生产工作要点", "县安委会办公室", "3月9日", "5", "已审核", ""],
        ["6", "表态发言（石湾乡）", "石湾乡人民政府", "3月10日", "2", "已审核", ""],
        ["7", "表态发言（县住建局）", "县住建局", "3月10日", "2", "退回修改", "超过800字，请压缩至600字以内后重报"],
        ["8", "表态发言（青岙化工有限公司）", "青岙化工有限公司", "3月10日", "2", "已审核", ""],
        ["9", "会议新闻通稿", "县融媒体中心", "3月12日", "1", "会后报审",
         "3月12日，县安委会召开2024年第一次全体会议。县委副书记、县长罗振东出席会议并讲话，"
         "要求把形势看得更清、把隐患查得更实、把责任压得更紧。"],
    ]
    for r in rows_after:
        p.chrome(T.join(r), T.join(r).rstrip(T))
    p.chrome(T + "合计" + T * 3 + "27" + T * 2, "合计" + T * 3 + "27")
    p.chrome("说明：1.材料请于3月10日17:00前报送县安委办；2.“状态”栏由县安委会办公室填写，报送单位请勿改动。" + T * 6)
    p.write()


# ====================================================================== 08
def page08():
    """A 会议材料汇编 (Word) saved as Unicode text: cover, 目录 with dot leaders, running header and footers."""
    p = Page("08", "utf-16-le", "\r\n")
    HEAD = "县安委办编印"
    pageno = [0]

    def pagebreak_lines():
        pageno[0] += 1
        return ["", "— %d —" % pageno[0], "", HEAD]

    def pagebreak():
        for line in pagebreak_lines():
            if line:
                p.chrome(line)
            else:
                p.raw(line)

    p.chrome("内部资料　注意保存")
    p.raw("")
    p.chrome("全县安全生产暨消防工作会议材料汇编")
    p.raw("")
    p.raw("汀柳县安全生产委员会办公室")
    p.chrome("二〇二四年二月")
    p.raw("")
    p.raw("目　录")
    p.raw("")
    p.chrome("郑启航同志在全县安全生产暨消防工作会议上的讲话" + "…" * 12 + "1")
    p.chrome("蒋建国同志在全县安全生产暨消防工作会议上的部署讲话" + "…" * 10 + "4")
    p.chrome("附：全县安全生产暨消防工作会议议程" + "…" * 18 + "7")
    p.raw("")
    p.chrome(HEAD)

    def speech(sp, breaks, split):
        """breaks: item indexes after which a page ends; split: (item index, text before the break)
        for the paragraph that a page boundary cuts in two."""
        p.raw("")
        p.title(sp["title"])
        p.raw(sp["speaker"])
        p.raw(sp["date"])
        p.raw(sp["salutation"])
        for i, it in enumerate(sp["items"]):
            if i == split[0]:
                assert it[0] == "P"
                p.para_split(it[1], it[2], split[1], pagebreak_lines())
            else:
                p.item(it)
            if i in breaks:
                pagebreak()

    # speech 1 on pages 1-3
    speech(S08A, breaks={13}, split=(5, "个别企业复工复产时"))
    pagebreak()                  # end of page 3
    # speech 2 on pages 4-6
    speech(S08B, breaks={10}, split=(5, "居民住宅火灾占比超过六成，"))
    pagebreak()                  # end of page 6
    # page 7: the agenda, whose numbered items look like outline headings
    p.raw("")
    p.chrome("附：全县安全生产暨消防工作会议议程")
    p.chrome("时间：2024年2月20日（星期二）上午9:00")
    p.chrome("地点：县行政中心三楼第一会议室")
    p.raw("主持人：县委副书记、县长　唐维民")
    p.chrome("一、县应急管理局局长刘启明通报2023年全县安全生产和消防工作情况")
    p.chrome("二、各乡镇、县安委会成员单位签订2024年度安全生产目标责任书")
    p.chrome("三、县委书记郑启航讲话")
    p.chrome("四、副县长蒋建国作工作部署")
    p.raw("")
    pageno[0] += 1
    p.chrome("— %d —" % pageno[0])
    assert pageno[0] == 7
    p.write()


# ====================================================================== 09
def page09():
    """An OA system's 收文 view (收文登记 form, 拟办意见, 领导批示, 流转记录) with the attached speech opened below."""
    sp = S09
    p = Page("09", "utf-8", "\r\n")
    p.chrome("澜溪县协同办公平台　｜　白沙镇人民政府　｜　当前用户：林晓（党政办）")
    p.chrome("首页　待办事项(12)　待阅事项(3)　收文管理　发文管理　督查督办　通知公告　个人设置　安全退出")
    p.chrome("当前位置：收文管理 > 收文登记 > 查看")
    p.raw("")
    p.chrome("收文登记　　【签收】【拟办】【转办】【打印处理单】【返回】")
    p.chrome("收文编号：白收〔2024〕0368　　　收文日期：2024-05-11 09:12")
    p.chrome("来文单位：澜溪县应急管理局　　　文　　号：澜应急〔2024〕31号")
    p.chrome("标　　题：关于印发严慧芳同志在全县2024年防汛暨汛期安全生产工作会议上讲话的通知")
    p.chrome("密　　级：非密　　　紧急程度：特急　　　份　　数：1")
    p.chrome("拟办意见：建议呈何书记、周镇长阅示，转镇应急办牵头组织学习，各村（社区）对照抓好落实。（党政办 林晓　2024-05-11）")
    p.chrome("领导批示：请各村（社区）、镇直各单位认真学习讲话精神，立即开展汛前隐患排查，"
             "5月20日前将排查情况报镇应急办。（何振宇　2024-05-11）")
    p.raw("")
    p.chrome("流转记录（共4条）")
    p.chrome("序号　办理人　办理环节　处理时间　状态")
    p.chrome("1　林晓　收文登记　2024-05-11 09:12　已完成")
    p.chrome("2　何振宇　领导批示　2024-05-11 11:47　已完成")
    p.chrome("3　周国梁　传阅　2024-05-11 14:05　已阅")
    p.chrome("4　镇应急办　承办　—　办理中")
    p.raw("")
    p.chrome("附件（1）：严慧芳同志讲话.docx（42KB）　【下载】【预览】")
    p.raw("")
    p.raw("正文")
    p.chrome("各乡镇人民政府，县直有关单位：")
    p.chrome("现将严慧芳同志在全县2024年防汛暨汛期安全生产工作会议上的讲话印发给你们，请结合实际认真学习贯彻。")
    p.chrome("澜溪县应急管理局")
    p.raw("2024年5月10日")
    p.raw("")
    p.chrome("附件预览：严慧芳同志讲话.docx")
    p.raw("")
    p.title(sp["title"])
    p.raw(sp["speaker"])
    p.raw(sp["date"])
    p.raw(sp["salutation"])
    for it in sp["items"]:
        p.item(it)
    p.raw("")
    p.chrome("【关闭】【打印】【返回列表】")
    p.chrome("主办：澜溪县人民政府办公室　技术支持：澜溪县大数据中心　建议使用1366×768以上分辨率浏览")
    p.write()


# ====================================================================== 10
def page10():
    """A WPS document saved as plain text: field-code residue (TOC, HYPERLINK, PAGEREF, PAGE),
    footnote marks [n] in the text and the footnotes at the end, then the 版记 (抄送, 印发)."""
    sp = S10
    p = Page("10", "gb18030", "\n")

    def page_field(n):
        p.raw("")
        p.chrome("— PAGE \\* MERGEFORMAT %d —" % n)
        p.raw("")

    p.chrome("澄源化工集团有限公司文件")
    p.chrome("澄化集团发〔2024〕5号")
    p.raw("")
    p.chrome("关于印发陆海峰同志在集团公司2024年安全生产工作会议上的讲话的通知")
    p.raw("")
    p.chrome("各分（子）公司，集团公司各部门：")
    p.chrome("　　现将陆海峰同志在集团公司2024年安全生产工作会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。",
             "现将陆海峰同志在集团公司2024年安全生产工作会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。")
    p.raw("")
    p.chrome("　　　　　　　　　　　　　　　　澄源化工集团有限公司", "澄源化工集团有限公司")
    p.raw("　　　　　　　　　　　　　　　　2024年1月29日")
    page_field(1)
    p.raw("目　录")
    p.chrome('TOC \\o "1-1" \\h \\z \\u ')
    l1 = [it[2] for it in sp["items"] if it[0] == "H" and it[1] == 1]
    pages = [3, 4, 5, 6]
    for k, (h, pg) in enumerate(zip(l1, pages)):
        bm = "_Toc1570234%02d" % (11 + k * 7)
        p.chrome('HYPERLINK \\l "%s" %s\tPAGEREF %s \\h %d' % (bm, h, bm, pg))
    page_field(2)
    p.title(sp["title"])
    p.raw(sp["speaker"])
    p.raw(sp["date"])
    p.raw(sp["salutation"])
    breaks = {6: 3, 14: 4, 21: 5}   # item index after which a page ends -> the page number printed
    for i, it in enumerate(sp["items"]):
        p.item(it, "　　" if it[0] == "P" else "")
        if i in breaks:
            page_field(breaks[i])
    p.raw("")
    p.raw("————————————")
    p.chrome("[1] 2023年集团公司共发生一般生产安全事故1起、轻伤事故4起，事故起数同比下降50%。")
    p.chrome("[2] 指《澄源化工集团有限公司安全生产责任制考核办法（2023年修订）》（澄化集团发〔2023〕41号）。")
    p.chrome("[3] “三违”即违章指挥、违章作业、违反劳动纪律，是生产安全事故的主要诱因。")
    p.raw("")
    p.raw("━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    p.chrome("抄送：市应急管理局，市国资委，集团公司领导班子成员。")
    p.raw("━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    p.chrome("澄源化工集团有限公司办公室　　　　　　　2024年1月29日印发")
    p.raw("━━━━━━━━━━━━━━━━━━━━━━━━━━━━")
    page_field(6)
    p.write()


def main():
    page06()
    page07()
    page08()
    page09()
    page10()


if __name__ == "__main__":
    main()
