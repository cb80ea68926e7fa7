#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic generator for set 104b, pages 06-10 (several speeches per page).

Writes NN.txt (in the page's encoding / line ends) and gold/NN.json from one source:
the speech texts in speeches.py and the page chrome below. Everything is invented.
Usage: python3 tools/gen.py
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as SP  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"(⟦.*?⟧|⟪.*?⟫)")


def parse(src):
    out = []
    for ln in src.strip().split("\n"):
        tag, rest = ln.split(" ", 1)
        if tag == "T":
            out.append({"k": "T", "parts": rest.split("‖")})
        elif tag == "S":
            out.append({"k": "S", "text": rest})
        elif tag == "N":
            out.append({"k": "N", "text": rest})
        elif tag[0] == "H":
            out.append({"k": "H", "level": int(tag[1:]), "text": rest})
        elif tag[0] == "R":
            cat, body = rest.split(" ", 1)
            head, para = body.split("｜", 1)
            out.append({"k": "R", "level": int(tag[1:]), "cat": cat, "head": head, "text": para})
        elif tag == "P":
            cat, body = rest.split(" ", 1)
            out.append({"k": "P", "cat": cat, "text": body})
        else:
            raise ValueError(ln)
    return out


def segments(text):
    """split a paragraph source into [('t', plain) | ('i', inline chrome) | ('b', breaking chrome line)]"""
    segs = []
    for piece in MARK.split(text):
        if not piece:
            continue
        if piece.startswith("⟦"):
            segs.append(("i", piece[1:-1]))
        elif piece.startswith("⟪"):
            segs.append(("b", piece[1:-1]))
        else:
            segs.append(("t", piece))
    return segs


def plain(text):
    return "".join(s for k, s in segments(text) if k == "t")


def cw(ch):
    """display width: ASCII / half-width = 1, everything else = 2"""
    return 1 if ord(ch) < 0x2E80 and ch not in "“”‘’…—" else 2


NOHEAD = "，。、；：？！）》”’%"


def wrap_tokens(tokens, width, first_indent=""):
    """tokens: list of (str, atomic). Greedy wrap by display width (width in half-width columns);
    atomic tokens are never split; closing punctuation is never put at the head of a line."""
    lines, cur = [], first_indent
    w = lambda s: sum(cw(c) for c in s)
    for s, atomic in tokens:
        if atomic:
            if w(cur) + w(s) > width and cur.strip():
                lines.append(cur)
                cur = ""
            cur += s
            continue
        for ch in s:
            if w(cur) + cw(ch) > width and ch not in NOHEAD and cur:
                lines.append(cur)
                cur = ""
            cur += ch
    if cur.strip():
        lines.append(cur)
    return lines


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.titles, self.headings, self.paragraphs = [], [], []

    def add_noise(self, s):
        s = s.strip()
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def c(self, line, label=True):
        """a chrome line; labelled as noise (whole line) unless shorter than 4 chars"""
        self.lines.append(line)
        if label and line.strip():
            self.add_noise(line)

    def raw(self, line):
        """an unlabelled line (speaker / date / salutation / signature / short marker / blank)"""
        self.lines.append(line)

    def blank(self):
        self.lines.append("")

    def speech(self, elems, indent="", gap=False, wrap=None, head_indent=None, runin_sep="。"):
        """render one speech; returns the list of lines it produced (also appended to self.lines)"""
        hi = indent if head_indent is None else head_indent
        start = len(self.lines)
        first_para = True
        for e in elems:
            k = e["k"]
            if k == "T":
                self.titles.append("".join(e["parts"]))
                for p in e["parts"]:
                    self.lines.append(p)
            elif k == "S":
                self.lines.append(e["text"])
            elif k == "N":
                if gap:
                    self.blank()
                self.c(e["text"])
            elif k == "H":
                if gap:
                    self.blank()
                self.headings.append({"text": e["text"], "level": e["level"]})
                self.lines.append(hi + e["text"])
            elif k in ("P", "R"):
                if gap and not first_para:
                    self.blank()
                first_para = False
                text = e["text"]
                self.paragraphs.append({"text": plain(text), "category": e["cat"], "truncated": False})
                tokens = []
                if k == "R":
                    self.headings.append({"text": e["head"], "level": e["level"]})
                    tokens.append((e["head"] + runin_sep, False))
                cur_first = True
                blocks = [[]]
                for kind, s in segments(text):
                    if kind == "b":
                        blocks.append(("BREAK", s))
                        blocks.append([])
                    else:
                        if kind == "i":
                            self.add_noise(s)
                        blocks[-1].append((s, kind == "i"))
                blocks[0] = tokens + blocks[0]
                for b in blocks:
                    if isinstance(b, tuple):
                        self.c(b[1])
                        continue
                    if not b:
                        continue
                    ind = indent if cur_first else ""
                    cur_first = False
                    if wrap:
                        self.lines.extend(wrap_tokens(b, wrap, ind))
                    else:
                        self.lines.append(ind + "".join(s for s, _ in b))
        return self.lines[start:]

    def write(self, enc, eol):
        text = eol.join(self.lines) + eol
        path = os.path.join(ROOT, self.nn + ".txt")
        if enc == "utf-16-le":
            data = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            data = text.encode(enc)
        with open(path, "wb") as f:
            f.write(data)
        assert 8 <= len(self.noise) <= 25, (self.nn, len(self.noise))
        g = {"file": self.nn + ".txt", "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ---------------------------------------------------------------- 06: WeChat 公众号 合集 post
def page06():
    p = Page("06")
    p.c("收藏！企业安全生产会议讲话稿3篇（年度会议/节后复工/夏季防火）")
    p.c("原创 安全笔记本 安全笔记本 2025年06月10日 07:18 湖南")
    p.blank()
    p.c("点击上方蓝字 关注我们")
    p.blank()
    p.c("编者按：又到一年“安全生产月”，不少读者在后台留言要讲话稿。小编把近半年整理的3篇企业负责人讲话放在一起，"
        "化工、建筑、纺织各一篇，结构完整、数据翔实，稍加修改就能用。全文约9000字，建议先收藏再看。")
    p.blank()
    p.raw("▍导读")
    p.c("① 化工企业年度安全生产工作会议讲话（总经理）")
    p.c("② 建筑集团节后复工复产专题会讲话（董事长）")
    p.c("③ 纺织厂安全生产月暨夏季消防动员会讲话（厂长）")
    teasers = [("01", "适用：化工、危化品企业年度会议 | 约1500字", SP.S06A),
               ("02", "适用：建筑施工企业节后复工 | 约1300字", SP.S06B),
               ("03", "适用：纺织、服装等劳动密集型企业 | 约1300字", SP.S06C)]
    for num, teaser, src in teasers:
        p.blank()
        p.blank()
        p.raw(num)
        p.c(teaser)
        p.blank()
        p.speech(parse(src), indent="", gap=True)
    p.blank()
    p.c("— END —")
    p.blank()
    p.c("往期推荐")
    p.c("▶ 合集｜2024年度安全生产述职报告5篇（附模板）")
    p.c("▶ 班组长安全讲话这样写，领导点名表扬")
    p.blank()
    p.c("声明：本文部分内容整理自网络，仅供学习交流，版权归原作者所有，如有侵权请联系删除。")
    p.c("预览时标签不可点")
    p.c("微信扫一扫关注该公众号")
    p.blank()
    p.c("继续滑动看下一个")
    p.blank()
    p.c("精选留言")
    p.c("张工在路上")
    p.c("第二篇正好用上，改了改数据就交了，感谢小编！")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 07: 文档分享 preview of a 材料汇编
def page07():
    p = Page("07")
    W, PER = 72, 27
    TOTAL = 24
    DOC = "全市教育系统2025年春季学校安全工作会议材料汇编"
    RUN = "春季学校安全工作会议材料"
    p.c("简文库 - 在线文档分享平台　首页 | 分类 | 精品 | VIP专享 | 上传文档 | 登录 | 注册")
    p.c("当前位置：简文库 > 行业资料 > 应急安全 > " + DOC)
    p.c(DOC + ".docx")
    p.c("上传人：xzjy_aq　上传时间：2025-03-11　格式：DOCX　页数：24　大小：61.5KB　下载券：8")
    p.blank()

    def marker(n):
        p.c("第 %d 页 / 共 %d 页" % (n, TOTAL))

    # body rendered on a scratch page first, so that it can be paginated
    body = Page("07body")
    a = body.speech(parse(SP.S07A), indent="　　", wrap=W, head_indent="　　")
    body.blank()
    b_start = len(body.lines)
    body.speech(parse(SP.S07B), indent="　　", wrap=W, head_indent="　　")
    blines = body.lines
    pages = [blines[i:i + PER] for i in range(0, len(blines), PER)]
    b_page = b_start // PER + 1
    # viewer page 1: cover
    marker(1)
    p.c(DOC)
    p.raw("溪州市教育局办公室")
    p.c("二〇二五年三月")
    p.blank()
    marker(2)
    p.raw("目　录")
    p.c("郑文博同志在全市教育系统2025年春季学校安全工作会议上的讲话 ………… 1")
    p.c("陈宏同志在全市教育系统2025年春季学校安全工作会议上的讲话 ………… %d" % b_page)
    p.c("溪州市2025年春季学期学校安全工作要点 ………… %d" % (len(pages) + 1))
    p.c("各县区春季开学安全检查情况汇报 ………… %d" % (len(pages) + 5))
    p.blank()
    for i, pg in enumerate(pages):
        n = i + 3
        marker(n)
        p.c(RUN)
        p.lines.extend(pg)
        p.blank()
        if n == 4:
            p.c("【VIP】开通会员，本文档及全站文档免费下载 >>")
            p.blank()
    shown = len(pages) + 2
    # carry over labels from the scratch page
    p.titles, p.headings, p.paragraphs = body.titles, body.headings, body.paragraphs
    for ns in body.noise:
        p.add_noise(ns)
    p.c("试读已结束，剩余%d页未读，点击继续阅读" % (TOTAL - shown))
    p.c("下载文档（8下载券）　加入VIP免费下载")
    p.blank()
    p.c("2024年秋季学期学校安全工作总结.docx　12页")
    p.c("免责声明：本站文档均由用户上传，仅供学习交流，如有侵权请联系客服删除。")
    p.c("Copyright © 2019-2025 简文库 版权所有　沪ICP备19046312号-2")
    p.write("gb18030", "\r\n")


# ---------------------------------------------------------------- 08: forum thread (Discuz!)
def page08():
    p = Page("08")
    THREAD = "【原创】××镇安全生产暨森林防火会议讲话（二楼附医院的一篇）"
    p.c("笔杆子之家 - 公文写作交流论坛")
    p.c("首页 › 讲话稿交流 › 安全生产类 › " + THREAD)
    p.c("返回列表　发新帖")
    p.c("查看: 3571 | 回复: 23")
    p.c("[讲话稿] " + THREAD + " [复制链接]")
    p.c("笔下生花2019")
    p.raw("楼主")
    p.c("发表于 2025-3-18 21:07:44 | 只看该作者 | 倒序浏览 | 阅读模式")
    p.c("本帖最后由 笔下生花2019 于 2025-3-18 21:26 编辑")
    p.blank()
    p.c("上周给镇长写的，会上基本照念，领导比较满意。地名人名都隐去了，大家拿去改改能用，别原样照抄哈。")
    p.blank()
    p.speech(parse(SP.S08A), indent="　　", gap=False, head_indent="")
    p.blank()
    p.c("有问题欢迎讨论，觉得有用的顶一下~")
    p.c("签名：笔下生花，不如笔下有物。")
    p.c("回复 举报")
    p.c("清风徐来")
    p.raw("沙发")
    p.c("发表于 2025-3-19 08:12:30 | 只看该作者")
    p.c("笔下生花2019 发表于 2025-3-18 21:07")
    p.c("今天召开全镇安全生产暨森林防火工作会议，主要任务是传达县安委会第一次全体会议精神，总结去年工作，"
        "安排部署今年特别是春季的安全生产和森 ...")
    p.c("结构很清楚，第二部分“一要二要三要”那种写法我们镇也常用。收藏了，谢谢楼主！")
    p.c("回复 举报")
    p.raw("老秦")
    p.raw("板凳")
    p.c("发表于 2025-3-19 10:45:03 | 只看该作者")
    p.c("跟个帖，贴一篇上个月给我们院长写的，医院安全生产会上用的，需要的自取，数据都改过了。")
    p.blank()
    p.speech(parse(SP.S08B), indent="", gap=True)
    p.blank()
    p.c("回复 举报")
    p.c("返回列表　发新帖")
    p.c("Powered by Discuz! X3.5 © 2001-2025 笔杆子之家")
    p.write("utf-8", "\r\n")


# ---------------------------------------------------------------- 09: county portal 专题 page
def page09():
    p = Page("09")
    p.raw("岚川县人民政府")
    p.c("无障碍浏览 | 长者模式 | 繁體版 | 登录")
    p.c("首页　政务公开　政务服务　互动交流　走进岚川　专题专栏")
    p.c("请输入关键词　搜索")
    p.c("专题：安全生产治本攻坚三年行动（2024—2026）")
    p.c("您当前的位置：首页 > 专题专栏 > 安全生产治本攻坚三年行动 > 领导讲话")
    p.c("栏目导航：工作动态 | 政策文件 | 领导讲话 | 曝光台 | 典型案例")
    p.blank()
    items = [(SP.S09A, "发布时间：2024-12-06 16:20　来源：县安委办　浏览次数：1489",
              "▲12月5日，全县岁末年初安全生产工作会议召开。（记者 李涛 摄）"),
             (SP.S09B, "发布时间：2024-12-06 16:25　来源：县安委办　浏览次数：1032", None)]
    for src, meta, photo in items:
        el = parse(src)
        # title line, then the portal's metadata lines, then the body
        p.speech(el[:1])
        p.c(meta)
        p.c("【字体：大 中 小】【打印】【关闭】")
        if photo:
            p.c(photo)
        p.blank()
        p.speech(el[1:], indent="　　", gap=True)
        p.blank()
        p.c("【责任编辑：王晓敏】")
        p.blank()
        p.blank()
    p.c("分享到：微信 微博 QQ空间")
    p.c("上一篇：岚川县召开岁末年初安全生产工作会议")
    p.c("下一篇：县应急管理局开展冬季燃气安全执法检查")
    p.blank()
    p.c("相关链接：应急管理部 | 省应急管理厅 | 市应急管理局")
    p.c("主办：岚川县人民政府办公室　承办：岚川县融媒体中心")
    p.c("网站标识码：3611270031　赣ICP备05009871号-1　赣公网安备36112702000155号")
    p.c("联系电话：0793-3612345　技术支持：岚川县融媒体中心")
    p.write("gb18030", "\n")


# ---------------------------------------------------------------- 10: e-mail saved from the mail client
def page10():
    p = Page("10")
    W = 76
    p.c("发件人: 厅办公室文秘组 <wmz_bgs@zjt.lanjiang.gov.cn>")
    p.c("发送时间: 2025年4月21日 17:42")
    p.c("收件人: 张立新; 安全监管处公共邮箱")
    p.c("抄送: 城市建设处; 质量安全处")
    p.c("主题: 转发: 两位厅领导在全省住建系统安全生产工作视频会议上的讲话（审定稿）")
    p.c("附件: 讲话稿（陈厅长）.docx (31 KB); 讲话稿（刘副厅长）.docx (27 KB)")
    p.blank()
    p.c("立新处长：")
    p.c("两位厅领导的讲话已审定，正文贴在下面方便手机上看，格式以附件为准。请按此稿于4月23日前编入会议纪要，"
        "并在厅门户网站“安全生产”专栏发布。")
    p.c("另：陈厅长讲话第一部分的事故数据已按安全监管处意见更新。")
    p.c("文秘组 周敏")
    p.blank()
    for label, src in (("讲话一", SP.S10A), ("讲话二", SP.S10B)):
        p.blank()
        p.c("==================== %s ====================" % label)
        p.blank()
        p.speech(parse(src), indent="", gap=True, wrap=W)
        p.blank()
    p.blank()
    p.c("-----原始邮件-----")
    p.c("发件人: 刘卫东 <liuwd@zjt.lanjiang.gov.cn>")
    p.c("发送时间: 2025年4月21日 15:06")
    p.c("收件人: 厅办公室文秘组")
    p.c("主题: 回复: 讲话稿核稿")
    p.blank()
    p.c("我的稿子看过了，第四部分督查组数量确认是4个，可以定稿。")
    p.blank()
    p.c("> 请两位厅领导于今天下午4点前反馈修改意见。")
    p.blank()
    p.c("本邮件及其附件可能含有澜江省住房和城乡建设厅内部资料，仅限收件人使用，未经许可请勿转发。")
    p.write("utf-16-le", "\r\n")


if __name__ == "__main__":
    for fn in (page06, page07, page08, page09, page10):
        fn()
    print("written 06-10")
