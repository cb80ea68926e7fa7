# -*- coding: utf-8 -*-
"""Builds pages 01-05 (set149, writer a), their gold labels and the perfect-miner output.

usage: python3 gen.py            (writes ../NN.txt, ../gold/NN.json, ./perfect.json)
All text comes from speeches.py; the site chrome of each page is written below. Everything is invented.
"""
import json
import math
import os
import re

from speeches import PAGES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GOLD = os.path.join(OUT, "gold")
MARK = re.compile(r"⟦(n|br):([^⟧]*)⟧")
IDSP = "\u3000"
NBSP = "\u00a0"


def clean(t):
    return MARK.sub("", t)


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.noise = []
        self.speeches = PAGES[nn]

    # chrome lines: printed and listed as noise (blank lines are only printed)
    def chrome(self, *lines):
        for l in lines:
            self.lines.append(l)
            if l.strip(" \t" + IDSP + NBSP):
                self.noise.append(l.strip(" \t" + IDSP + NBSP))

    def text(self, t, mode="lines"):
        """Render a text with inline markers; record the injected spans as noise."""
        def rep(m):
            kind, val = m.group(1), m.group(2)
            self.noise.append(val.strip(" " + IDSP + NBSP))
            if kind == "n":
                return val
            return "\n" + val + "\n" if mode == "lines" else val
        return MARK.sub(rep, t)

    def speech_lines(self, sp, indent=IDSP * 2, head_indent="", runin_sep="", join_prev=(), join_sep=IDSP * 2,
                     title_prefix="", pre_indent="", salute_line=True):
        """Lines of one speech. join_prev: indexes (into sp['blocks']) of blocks glued to the previous line."""
        out = [title_prefix + sp["title"]]
        for p in sp["pre"]:
            out.append(pre_indent + p)
        if salute_line:
            out.append(sp["salute"])
        pending = None  # a run-in heading waiting for its paragraph
        for i, b in enumerate(sp["blocks"]):
            if b[0] == "h":
                _, lvl, t, runin = b
                if runin:
                    pending = (head_indent if head_indent is not None else indent) + self.text(t)
                    continue
                line = head_indent + self.text(t)
            else:
                body = self.text(b[2])
                if pending is not None:
                    line = pending + runin_sep + body
                    pending = None
                else:
                    line = indent + body
            if i in join_prev and out:
                out[-1] = out[-1] + join_sep + line.lstrip(IDSP + NBSP + " ")
            else:
                out.extend(line.split("\n"))
        return out

    def write(self, encoding="utf-8", bom=False, crlf=False):
        txt = "\n".join(self.lines) + "\n"
        if crlf:
            txt = txt.replace("\n", "\r\n")
        if encoding == "utf-16-le":
            data = b"\xff\xfe" + txt.encode("utf-16-le")
        else:
            data = txt.encode(encoding)
            if bom:
                data = b"\xef\xbb\xbf" + data
        with open(os.path.join(OUT, self.nn + ".txt"), "wb") as f:
            f.write(data)
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.speeches),
            "titles": [s["title"] for s in self.speeches],
            "headings": [{"text": clean(b[2]), "level": b[1]} for s in self.speeches for b in s["blocks"] if b[0] == "h"],
            "paragraphs": [dict({"text": clean(b[2]), "category": b[1]}, **({"truncated": True} if len(b) > 3 and b[3] else {}))
                           for s in self.speeches for b in s["blocks"] if b[0] == "p"],
            "noise": self.noise,
        }
        with open(os.path.join(GOLD, self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ------------------------------------------------------------------------------------------------ 01
def page01():
    """A 原创力-like document store selling the speech; preview cut after 3 of 6 pages."""
    p = Page("01")
    sp = p.speeches[0]
    p.chrome(
        "卓文文档 · 原创文档交易平台",
        "首页 | 文档分类 | 精品专区 | 机构店铺 | 上传赚钱 | VIP特权 | 登录 | 注册",
        "当前位置：首页 > 党政公文 > 讲话发言 > 安全生产",
        "",
        "县长在县安委会2024年第一次全体会议上的讲话稿（可编辑）.docx",
        "文档编号：7126043581　　上传者：青山***文库　　上传时间：2024-03-15",
        "页数：6页　　大小：27.9KB　　格式：DOCX",
        "价格：8.80元（原价：12.00元）　　VIP免费下载",
        "★★★★☆ 4.5分（共86人评价）　　浏览：2316次　　下载：89次",
        "立即下载　　加入购物车　　收藏　　举报",
        "内容提示：在县安委会2024年第一次全体会议上的讲话县长　周立衡（2024年3月12日）同志们：今天召开县安委会2024年第一次全体会议，"
        "主要任务是总结去年全县安全生产工作，分析当前形势，部署今年重点任务。刚才，县应急管理局通报了2023年全县安全生...",
        "",
        "文档预览",
        "第1页 / 共6页",
    )
    p.lines.extend(p.speech_lines(sp, indent=IDSP * 2, head_indent=IDSP * 2, pre_indent=""))
    p.chrome(
        "",
        "免费预览已结束，剩余3页可下载查看",
        "下载文档到电脑，查找使用更方便",
        "8.80 元　　立即下载",
        "还剩3页未读，继续阅读",
        "",
        "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或认领",
        "文档贡献者",
        "青山***文库",
        "该用户很懒，什么也没介绍",
        "",
        "相关文档",
        "在全县安全生产工作会议上的讲话（2篇）.docx　　12页",
        "三、压紧压实安全生产责任 推动各项措施落地见效.docx　　4页",
        "安委会全体会议主持词及表态发言汇编.doc　　9页",
        "乡镇安全生产隐患排查整治工作方案.docx　　7页",
        "",
        "关于我们　帮助中心　用户协议　隐私政策　侵权处理",
        "客服热线：400-862-1375（工作日 9:00-18:00）",
        "Copyright © 2015-2024 卓文文档 All Rights Reserved　皖ICP备19036271号-2",
    )
    p.write(encoding="utf-8", bom=True, crlf=False)


# ------------------------------------------------------------------------------------------------ 02
def page02():
    """A 360doc-like personal online library: collector, 转藏/分享, counts; two paragraph pairs glued by spaces."""
    p = Page("02")
    sp = p.speeches[0]
    blocks = sp["blocks"]
    # glue 宣传培训 onto the 应急管理 paragraph and the second 责任落实 onto the first (lost <p> tags)
    i_pub = next(i for i, b in enumerate(blocks) if b[0] == "p" and b[1] == "宣传培训")
    i_resp2 = [i for i, b in enumerate(blocks) if b[0] == "p" and b[1] == "责任落实"][1]
    p.chrome(
        "藏书阁 · 个人图书馆",
        "首页　阅览室　馆友　我的图书馆　　搜索文章　　登录　注册",
        "",
        "2023镇党委书记在安全生产暨森林防火会议上的讲话（收藏备用）",
        "松溪听雨　　2023-11-09　发布于江西　　|　阅 1473　|　转 26",
        "转藏　　全屏　　朗读　　分享",
        "",
    )
    body = p.speech_lines(sp, indent=NBSP * 4, head_indent=IDSP * 2, runin_sep="", join_prev={i_pub, i_resp2},
                          join_sep=NBSP * 2)
    # the collector's copy lost the title centring; mixed indents as pasted from Word
    body = [(IDSP * 2 + l[4:]) if l.startswith(NBSP * 4) and k % 3 == 0 else l for k, l in enumerate(body)]
    # the mobile view folds the article after the first section: the fold button's label is copied along
    k = next(k for k, l in enumerate(body) if "如履薄冰" in l)
    p.lines.extend(body[:k + 1])
    p.chrome("展开全文", "▼")
    p.lines.extend(body[k + 1:])
    p.chrome(
        "",
        "来自: 松溪听雨 > 《公文写作·安全讲话》",
        "阅读：1473　　转藏：26",
        "转藏　　分享　　献花(2)",
        "本文内容由收藏者从网络收集整理，仅供个人学习参考。如发现有害或侵权内容，请点击一键举报。",
        "",
        "发表评论",
        "请遵守用户 评论公约",
        "",
        "类似文章　更多",
        "一、正视问题 增强安全工作紧迫感（乡镇讲话素材）",
        "在全镇秋冬季安全生产工作会议上的讲话（范文）",
        "乡镇森林防火工作会议表态发言",
        "精选文章",
        "镇长在春季森林防火工作会议上的讲话",
        "",
        "松溪听雨",
        "馆藏" + NBSP + "12873",
        "关注",
        "",
        "Copyright © 2008-2024 cangshuge.net All Rights Reserved　赣ICP备16029473号-1",
    )
    p.write(encoding="utf-8", crlf=True)


# ------------------------------------------------------------------------------------------------ 03
NO_START = "，。、；：？！”）》…"


def wrap(line, width):
    """Hard wrap as a PDF text layer gives it; closing punctuation never starts a line (it hangs at the end)."""
    out = []
    while len(line) > width:
        k = width
        while k < len(line) and line[k] in NO_START:
            k += 1
        if k >= len(line):
            break
        out.append(line[:k])
        line = line[k:]
    out.append(line)
    return out


def page03():
    """A 豆丁-like preview in GB18030: hard-wrapped PDF text, running header and footer on every page."""
    p = Page("03")
    sp = p.speeches[0]
    p.chrome(
        "豆页文档 - 专业在线文档分享平台",
        "首页 | 文档分类 | 精品文档 | 上传文档 | 登录 | 注册",
        "当前位置：首页 > 行业资料 > 化工 > 安全管理",
        "厂长在“安全生产月”活动动员大会上的讲话.doc",
        "上传者：hzaq2019　|　页数：4页　|　大小：45KB　|　阅读：862次　|　下载积分：3",
        "全屏　|　下载　|　收藏　|　分享　|　举报",
        "",
    )
    raw = p.speech_lines(sp, indent=IDSP * 2, head_indent=IDSP * 2, pre_indent=IDSP * 8)
    raw[0] = IDSP * 4 + raw[0]
    lines = []
    for l in raw:
        lines.extend(wrap(l, 31))
    npages = 4
    per = math.ceil(len(lines) / npages)
    header = "宏泰精细化工厂" + IDSP * 10 + "安全管理文件汇编（2024）"
    for k in range(npages):
        p.chrome(header)
        p.lines.extend(lines[k * per:(k + 1) * per])
        p.chrome("第 %d 页 共 %d 页" % (k + 1, npages))
        if k == 1:
            p.chrome("【推荐】安全生产标准化全套资料（158份）限时特价　立即查看>>")
    p.chrome(
        "",
        "本文档预览结束，共4页",
        "下载本文档（需3积分）",
        "",
        "相关推荐",
        "1.严格特殊作业管理制度（2024修订版）.doc",
        "化工企业安全生产月活动方案.doc",
        "车间主任安全生产责任书范本.doc",
        "",
        "Copyright © 2012-2024 豆页文档 www.doupage.net　沪ICP备13057921号",
    )
    p.write(encoding="gb18030", crlf=True)


# ------------------------------------------------------------------------------------------------ 04
def page04():
    """Saved by a browser extension: URL/date/note on top, the article body collapsed onto one line."""
    p = Page("04")
    sp = p.speeches[0]
    p.chrome(
        "【网页存档助手】正文提取结果",
        "页面标题：在2024年春季开学校园安全工作会议上的讲话 - 桐川县第二中学",
        "原始网址：https://www.tcxez.cn/xzjh/2024/0227/1286.html",
        "保存时间：2024-02-28 16:05:33",
        "说明：本文件由浏览器扩展“网页存档助手”自动提取正文生成，已去除页面样式，段落格式可能丢失，内容以原网页为准。",
        "------------------------------------------------------------",
        "首页 > 校园动态 > 校长讲话",
        "",
    )
    body = p.speech_lines(sp, indent="", head_indent="", salute_line=False)
    title, pre, rest = body[0], body[1:1 + len(sp["pre"])], body[1 + len(sp["pre"]):]
    p.lines.append(title)
    p.chrome("发布时间：2024-02-27 08:30　来源：校长办公室　作者：校办　浏览次数：583　【字体：大 中 小】")
    p.lines.extend(pre)
    p.lines.append(IDSP * 2 + (IDSP * 2).join([sp["salute"]] + rest))
    p.chrome(
        "【打印本页】　【关闭窗口】",
        "上一篇：我校召开2024年寒假前安全教育大会",
        "下一篇：一、强化责任担当 筑牢校园安全防线——我校召开安全工作专题会",
        "相关文章",
        "· 学校安全工作“一岗双责”实施办法（修订）",
        "· 关于开展春季学期校园安全隐患排查的通知",
        "桐川县第二中学 版权所有　地址：桐川县文昌路88号　电话：0574-6213477　浙ICP备10028519号",
        "------------------------------------------------------------",
        "—— 网页存档助手 · 提取完成 · 共1篇 ——",
    )
    p.write(encoding="utf-16-le", crlf=True)


# ------------------------------------------------------------------------------------------------ 05
def page05():
    """A 讲话稿 dump: two speeches of the same meeting in one preview, 文档目录 on top, watermark in sentences."""
    p = Page("05")
    a, b = p.speeches
    p.chrome(
        "笔苑文库 — 公文写作资料分享平台",
        "首页 | 讲话稿 | 工作总结 | 心得体会 | 实施方案 | 会员中心",
        "当前位置：首页 > 讲话稿 > 安全生产讲话",
        "",
        "县长、常务副县长在全县安全生产暨防汛工作会议上的讲话（2篇）",
        "上传时间：2024-05-23　页数：9页　浏览：2041　下载：156　本文档免费下载",
        "",
        "文档目录",
        "1. 在全县安全生产暨防汛工作会议上的讲话（马春阳）…………………… 1",
        "2. 在全县安全生产暨防汛工作会议上的讲话（刘春林）…………………… 5",
        "",
    )
    p.lines.extend(p.speech_lines(a, indent=IDSP * 2, head_indent=IDSP * 2))
    p.chrome("", "本文档来自笔苑文库，转载请注明出处　www.biyuanwk.com", "")
    p.lines.extend(p.speech_lines(b, indent=IDSP * 2, head_indent=IDSP * 2))
    p.chrome(
        "",
        "全文阅读已结束，如需下载请点击下方按钮",
        "下载文档（.docx）",
        "收藏　　分享　　举报",
        "文档评论（0）",
        "",
        "相关推荐",
        "一要压实责任 二要排查隐患——安全生产会议讲话要点",
        "全县防汛工作会议主持词",
        "热门标签：安全生产　防汛　讲话稿　县长讲话",
        "",
        "关于我们 | 联系我们 | 免责声明 | 网站地图",
        "客服QQ：2853107746　邮箱：service@biyuanwk.com",
        "Copyright © 2016-2024 笔苑文库 All Rights Reserved　湘ICP备17004962号-3",
    )
    p.write(encoding="utf-8", crlf=False)


def perfect():
    docs = []
    for nn, sps in sorted(PAGES.items()):
        docs.append({"file": nn + ".txt", "speeches": [
            {"title": s["title"], "blocks": [
                {"kind": "heading", "level": b[1], "text": clean(b[2])} if b[0] == "h"
                else {"kind": "paragraph", "text": clean(b[2]), "category": b[1]}
                for b in s["blocks"]]}
            for s in sps]})
    with open(os.path.join(HERE, "perfect.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": docs}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    for fn in (page01, page02, page03, page04, page05):
        fn()
    perfect()
    print("wrote 01-05, gold/01-05.json, tools-a/perfect.json")
