#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 of set 110b and their gold from one source (tools/speeches.py + the chrome below).
Everything (sites, domains, ICP numbers, people, places, figures) is invented.
Usage: python3 tools/gen.py
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as SP  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"\{(\w+)\}")


def clean(t):
    return TOK.sub("", t)


def fill(t, tokens):
    return TOK.sub(lambda m: tokens[m.group(1)], t)


class Page:
    def __init__(self, nn, enc, ends):
        self.nn, self.enc, self.ends = nn, enc, ends
        self.lines, self.noise, self.speeches = [], [], []

    def n(self, line):
        """a chrome line listed as noise"""
        self.lines.append(line)
        self.z(line.strip())

    def z(self, s):
        """a noise string (inline injection etc.), listed once"""
        if s not in self.noise:
            self.noise.append(s)

    def c(self, line):
        """an unlabelled line (short marker, salutation, speaker, date)"""
        self.lines.append(line)

    def b(self):
        self.lines.append("")

    def extend(self, lines):
        self.lines.extend(lines)

    def gold(self):
        titles, heads, paras = [], [], []
        for sp in self.speeches:
            titles.append(sp["title"])
            for it in sp["items"]:
                if it[0] == "h":
                    heads.append({"text": clean(it[2]), "level": it[1]})
                elif it[0] == "hp":
                    heads.append({"text": clean(it[2]), "level": it[1]})
                    paras.append({"text": clean(it[4]), "category": it[3], "truncated": False})
                else:
                    paras.append({"text": clean(it[2]), "category": it[1],
                                  "truncated": bool(it[3]) if len(it) > 3 else False})
        return {"file": self.nn + ".txt", "speeches": len(titles), "titles": titles,
                "headings": heads, "paragraphs": paras, "noise": self.noise}

    def write(self):
        text = "\n".join(self.lines) + "\n"
        if self.ends == "CRLF":
            text = text.replace("\n", "\r\n")
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(text.encode(self.enc))
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(self.gold(), f, ensure_ascii=False, indent=1)
            f.write("\n")


def body_lines(sp, indent="　　", blank=False, tokens=None, head_indent=None):
    """the speech's items as page lines (title/speaker/salutation are done by the caller)"""
    tokens = tokens or {}
    hi = indent if head_indent is None else head_indent
    out = []
    for it in sp["items"]:
        if it[0] == "h":
            chunk = hi + fill(it[2], tokens)
        elif it[0] == "hp":
            chunk = indent + fill(it[2], tokens) + "。" + fill(it[4], tokens)
        else:
            chunk = indent + fill(it[2], tokens)
        out.extend(chunk.split("\n"))
        if blank:
            out.append("")
    return out


# ====================================================================== 06
def page06():
    p = Page("06", "gb18030", "CRLF")
    p.speeches = [SP.S06A, SP.S06B, SP.S06C]
    H1 = "安全生产工作会议讲话稿范文（通用3篇）"
    p.n("启明范文网 - 工作总结|讲话稿|心得体会|述职报告范文大全")
    p.n("登录 | 注册 | 会员中心 | 手机版 | 我要投稿")
    p.n("首页　工作总结　讲话稿　心得体会　述职报告　演讲稿　主持词　党团范文　合同范本")
    p.c("搜索")
    p.n("当前位置：启明范文网 > 讲话稿 > 安全生产讲话稿 > 正文")
    p.b()
    p.n(H1)
    p.n("时间：2024-05-08 09:12:36　作者：启明小编　来源：网友投稿　阅读：3862次")
    p.c("收藏")
    p.c("打印")
    p.n("【导读】这次会议是县安委会今年召开的第一次全体会议，主要任务是总结去年全县安全生产工作……"
        "下面是启明范文网小编整理的" + H1 + "，欢迎阅读参考。")
    p.b()
    p.c("目录")
    p.n("篇1：在全县安全生产委员会2024年第一次全体会议上的讲话")
    p.n("篇2：在全镇汛期安全生产暨防汛工作会议上的讲话")
    p.n("篇3：公司总经理在“安全生产月”活动启动仪式上的讲话")
    dl = "▲点击下载：" + H1 + "Word文档（免费）"
    for k, sp in enumerate(p.speeches, 1):
        p.b()
        p.c("篇%d" % k)
        p.c(sp["title"])
        if sp["speaker"]:
            p.c(sp["speaker"])
        p.c(sp["salutation"])
        p.extend(body_lines(sp))
        if k < 3:
            p.b()
            p.n(dl)
    p.b()
    p.n("以上就是启明范文网小编整理的" + H1 + "，仅供参考，如需更多范文请继续浏览本站。")
    p.n("标签：安全生产讲话稿　安全生产工作会议　领导讲话稿")
    p.n("上一篇：2024年全县消防安全工作会议主持词")
    p.n("下一篇：安全生产先进集体和先进个人表彰大会讲话稿")
    p.b()
    p.n("相关范文推荐")
    p.n("· 在全市安全生产工作电视电话会议上的讲话")
    p.n("· 县长在全县安全生产委员会2024年第一次全体会议上的讲话（摘要）")
    p.n("· 镇党委书记在防汛抗旱工作部署会上的讲话")
    p.n("· 在公司安全生产月活动总结表彰会上的讲话")
    p.n("· 在全县安全生产大检查动员部署会议上的讲话")
    p.n("· 2024年安全生产工作会议领导讲话稿（精选5篇）")
    p.b()
    p.n("Copyright © 2016-2024 启明范文网 www.qmfanwen.net 版权所有　陇ICP备16028734号-1")
    p.n("声明：本站部分范文来源于网友投稿，仅供学习参考，如有侵权请联系 kefu@qmfanwen.net 删除。")
    p.c("TOP")
    return p


# ====================================================================== 07
def page07():
    p = Page("07", "utf-8", "LF")
    sp = SP.S07
    p.speeches = [sp]
    pb = {k: "\n\n第%s页 / 共5页\n\n" % k[-1] for k in ("PB2", "PB3", "PB4", "PB5")}
    pb["FOLD"] = "\n\n展开阅读全文 ∨\n"
    p.n("知库文档 - 专业文档分享与在线阅读平台")
    p.n("首页 | 分类 | VIP专享 | 上传文档 | 下载客户端 | 企业服务")
    p.c("登录")
    p.n("知库文档 > 行业资料 > 安全管理 > 安全生产 > 讲话稿")
    p.b()
    p.n("钱局长在全市危险化学品安全风险集中治理推进会上的讲话.docx")
    p.n("5页 | 2下载券 | 4.6分（128人评价） | 2361阅读 | 87下载")
    p.n("文档贡献者：澄江安全文档铺　　上传于：2023-09-12　　格式：DOCX　　大小：28.6KB")
    p.n("文档简介：这次推进会，是经市政府同意召开的，主要任务是通报全市危险化学品安全风险集中治理"
        "前一阶段进展情况，分析存在的问题……")
    p.c("下载")
    p.c("收藏")
    p.c("举报")
    p.b()
    p.n("第1页 / 共5页")
    p.b()
    p.c(sp["title"])
    p.c(sp["date"])
    p.c(sp["speaker"])
    p.c(sp["salutation"])
    # page breaks fall where the document's pages end: inside sentences, between paragraphs, after headings
    items = []
    for it in sp["items"]:
        items.append(it)
    lines = []
    for it in items:
        if it[0] == "h":
            lines.append(it[2])
            if it[2].startswith("二、"):
                lines[-1:-1] = ["", "第3页 / 共5页", ""]
        else:
            lines.extend(fill(it[2], pb).split("\n"))
        if it[0] == "p" and it[2].startswith("危化品安全事关重大"):
            lines.extend(pb["FOLD"].split("\n")[1:])
        if it[0] == "p" and it[2].startswith("要加快推进危化品安全生产风险监测"):
            lines.extend(["", "第5页 / 共5页", ""])
    p.extend(lines)
    p.b()
    p.n("试读已结束，剩余内容需下载后阅读")
    p.n("下载本文档需要2下载券　VIP会员免费下载　立即下载")
    p.n("本文档由用户上传，知库文档仅提供信息存储空间服务，如有侵权请联系客服删除。")
    p.b()
    p.n("相关文档")
    p.n("危险化学品安全专项整治三年行动推进会讲话稿　　5页　　1下载券")
    p.n("在全市安全生产工作会议上的讲话（2023年）　　7页　　2下载券")
    p.n("应急管理局长在化工园区安全生产现场会上的讲话　　4页　　免费")
    p.n("关于开展危险化学品安全风险集中治理的实施方案　　12页　　3下载券")
    p.n("危化品企业安全生产主体责任落实情况汇报　　6页　　1下载券")
    p.b()
    p.n("©2023 知库文档 zhiku-wendang.com　浙ICP备19046283号-3　客服热线：400-826-0317")
    for k in ("第2页 / 共5页", "第3页 / 共5页", "第4页 / 共5页", "第5页 / 共5页", "展开阅读全文 ∨"):
        p.z(k)
    return p


# ====================================================================== 08
def page08():
    p = Page("08", "gb18030", "LF")
    a, b = SP.S08A, SP.S08B
    p.speeches = [a, b]
    p.n("笔杆子公文网｜机关公文写作服务平台")
    p.n("首页　领导讲话　工作总结　调研报告　心得体会　公文格式　写作技巧　VIP专区")
    p.c("登录")
    p.c("注册")
    p.n("您的位置：首页 » 领导讲话 » 安全生产 » 正文")
    p.b()
    p.n("安全生产工作讲话范文两篇（校园+工地）")
    p.n("发布：2024-02-26　来源：会员投稿　字数：约2700字　阅读：1105次")
    p.b()
    p.n("【写作指导】安全生产讲话稿一般由开头、主体、结尾三部分组成：开头交代会议背景和目的，"
        "主体分三到四个部分展开，结尾提出希望和号召。本文收录范文两篇，供参考。")
    p.b()
    p.c("目录")
    p.n("1、" + a["title"])
    p.n("2、" + b["title"])
    p.b()
    p.n("【范文一】")
    p.b()
    p.c(a["title"])
    p.c(a["speaker"])
    p.b()
    p.c(a["salutation"])
    p.b()
    p.extend(body_lines(a, indent="", blank=True))
    p.n("VIP会员免费下载本文Word版，一键复制，无需排版 >> 立即开通")
    p.b()
    p.n("【范文二】")
    p.b()
    p.c(b["title"])
    p.c(b["date"])
    p.b()
    p.c(b["salutation"])
    p.b()
    p.extend(body_lines(b, indent="", blank=True))
    p.n("【温馨提示】本站范文仅供学习参考，请结合本单位实际修改使用，切勿照搬照抄。")
    p.c("收藏")
    p.c("纠错")
    p.n("上一篇：全县安全生产工作会议主持词（两篇）")
    p.n("下一篇：安全生产专项整治工作情况汇报范文")
    p.b()
    p.n("猜你喜欢")
    p.n("◇ 校长在全校安全工作会议上的讲话")
    p.n("◇ 项目经理在安全生产月启动仪式上的讲话")
    p.n("◇ 在全市建筑施工安全生产工作会议上的讲话")
    p.n("◇ 开学安全工作会议讲话稿（精选3篇）")
    p.b()
    p.n("网友评论（2）")
    p.n("公文小白：第二篇很实用，改了改就用上了，感谢分享！　2024-03-02")
    p.n("老笔头：第一篇“三、落实责任，织密校园安全防护网”那部分写得比较规范。　2024-03-11")
    p.b()
    p.n("关于我们 | 联系方式 | 版权声明 | 网站地图　© 2024 笔杆子公文网")
    return p


# ====================================================================== 09
def page09():
    p = Page("09", "utf-8", "CRLF")
    sp = SP.S09
    p.speeches = [sp]
    inj = {"I1": "（本文来源：优选范文网 www.yxfw8.com）",
           "I2": "【优选范文网 原创首发，转载请注明出处】",
           "I3": "（优选范文网整理 yxfw8.com）"}
    p.n("优选范文网_免费范文大全_讲话稿_发言稿_工作计划")
    p.n("首页 | 讲话稿 | 发言稿 | 工作计划 | 工作总结 | 心得体会 | 申请书 | 合同范本")
    p.n("当前位置：首页 > 讲话稿 > 领导讲话稿 > 正文")
    p.b()
    p.n("副区长在全区城镇燃气安全专项整治推进会上的讲话稿")
    p.n("2023-07-14 17:26　|　优选范文网　|　浏览 1538 次　|　评论 0")
    p.n("内容摘要：今天召开这次推进会，主要是贯彻落实全市城镇燃气安全专项整治工作视频会议精神，"
        "通报前期整治进展，部署下一步工作……（全文约1400字）")
    p.b()
    p.c(sp["title"])
    p.c(sp["salutation"])
    p.extend(body_lines(sp, tokens=inj))
    for k in ("I1", "I2", "I3"):
        p.z(inj[k])
    p.b()
    p.n("本文链接：https://www.yxfw8.com/jianghuagao/2023071405.html")
    p.n("上一篇：在全区安全生产工作会议上的表态发言")
    p.n("下一篇：燃气安全专项整治工作总结范文")
    p.b()
    p.n("相关推荐")
    p.n("1. 在全市城镇燃气安全专项整治工作视频会议上的讲话")
    p.n("2. 区长在全区城镇燃气安全专项整治动员部署会上的讲话")
    p.n("3. 在全区安全生产暨燃气安全工作会议上的讲话")
    p.n("4. 街道党工委书记在燃气安全隐患排查整治会上的讲话")
    p.n("5. 在全区城镇燃气安全专项整治推进会上的讲话提纲")
    p.n("6. 在全区餐饮场所燃气安全整治现场会上的讲话")
    p.b()
    p.n("热门搜索：安全生产讲话　燃气安全　专项整治方案　表态发言　述职报告")
    p.n("© 2023 优选范文网 yxfw8.com 版权所有　蜀ICP备2021017734号")
    return p


# ====================================================================== 10
FW = str.maketrans("0123456789", "０１２３４５６７８９")


NO_START = "，。、；：？！”’）》」』%"
NO_END = "“‘（《「『"


def wrap(line, width):
    """hard-wrap at the scan's line width, with the typesetter's rule: no line starts with a closing
    mark (it is squeezed onto the line before) and none ends with an opening mark"""
    if not line:
        return [""]
    out, cur = [], ""
    for ch in line:
        if len(cur) >= width and ch not in NO_START:
            if cur[-1] in NO_END:
                out.append(cur[:-1])
                cur = cur[-1]
            else:
                out.append(cur)
                cur = ""
        cur += ch
    out.append(cur)
    return out


def page10():
    p = Page("10", "utf-8", "LF")
    sp = SP.S10
    p.speeches = [sp]
    width = 28
    ocr = {"_": " "}
    # the scanned pages' text, as logical lines, then hard-wrapped at the scan's line width
    logical = ["　　　在全县岁末年初安全生产暨冬春火灾防控",
               "　　　　　　　　工作会议上的讲话",
               "　　　　　　　" + sp["date"],
               "　　　　　　　　" + sp["speaker"],
               sp["salutation"]]
    logical += body_lines(sp, tokens=ocr)
    assert "".join(logical[:2]).replace("　", "") == sp["title"]
    lines = []
    for lg in logical:
        lines += wrap(lg, width)
    npages = 4
    per = -(-len(lines) // npages)
    headers = {2: "漳源县岁末年初安全生产工作会议材料之二",
               3: "漳源县岁末年初安全生产工作会议材科之二",  # OCR misread 料 -> 科
               4: "漳源县岁末年初安全生产工作会议材料之二"}
    p.n("文享网 wenxiang.net ｜ 文档免费分享平台")
    p.n("首页 | 文档分类 | 热门文档 | 上传文档 | 登录/注册")
    p.n("当前位置：首页 > 党政公文 > 讲话致辞")
    p.b()
    p.n("县委书记在全县岁末年初安全生产暨冬春火灾防控工作会议上的讲话（扫描版）.pdf")
    p.n("页数：%s页　大小:2.31MB　格式：ＰＤＦ　上传者：qingxi_2019　上传时间：2024-01-19"
        % str(npages).translate(FW))
    p.n("浏览：965次 | 下载：41次 | 评分：★★★★☆(4.2)")
    p.n("温馨提示：本文档为扫描件，以下文字由ＯＣＲ自动识别，可能存在识别错误，请以原文为准。")
    p.n("下载文档（2积分）　|　加入收藏　|　分享　|　举报")
    p.b()
    for k in range(npages):
        chunk = lines[k * per:(k + 1) * per]
        if k + 1 in headers:
            p.n(headers[k + 1])
            p.b()
        p.extend(chunk)
        p.b()
        p.n("— %d —" % (k + 1))
        p.b()
    p.n("── 以上为OCR识别文字，共%d页，完整排版请下载原文档查看 ──" % npages)
    p.b()
    p.n("相关文档")
    p.n("· 漳源县2023年安全生产工作会议讲话（扫描版）")
    p.n("· 在全县冬春火灾防控工作部署会上的讲话.pdf")
    p.n("· 岁末年初安全生产工作方案（县安委办）")
    p.n("· 县长在全县节前安全生产检查动员会上的讲话")
    p.b()
    p.n("©2024 文享网 版权所有　粤ICP备18063925号-2　违法和不良信息举报：jubao@wenxiang.net")
    return p


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for make in (page06, page07, page08, page09, page10):
        pg = make()
        pg.write()
        print("wrote %s.txt (%s %s), %d lines, %d noise strings" % (pg.nn, pg.enc, pg.ends, len(pg.lines), len(pg.noise)))


if __name__ == "__main__":
    main()
