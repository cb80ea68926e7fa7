#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 01-05 and gold/NN.json for set 69a. Deterministic: no randomness, no clock.
Usage: /usr/bin/python3 tools/gen.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import S01, S02, S03A, S03B, S04, S05A, S05B, S05C  # noqa: E402

PY = re.compile(r"\{([^{}]*)\}")


def shown(t):
    """Text as printed on the page: pinyin residue in ASCII brackets."""
    return PY.sub(lambda m: "(" + m.group(1) + ")", t)


def clean(t):
    """Text as the speech says it (gold)."""
    return PY.sub("", t)


class Page:
    def __init__(self, fname):
        self.fname = fname
        self.lines, self.titles, self.heads, self.paras, self.noise = [], [], [], [], []

    def nz(self, s):
        s = s.strip()
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def N(self, *lines):  # chrome lines (noise)
        for ln in lines:
            self.lines.append(ln)
            self.nz(ln)

    def B(self, ln=""):  # blank / unlabelled allowed line
        self.lines.append(ln)

    def inj(self, t):  # register inline pinyin injections as noise
        for m in PY.finditer(t):
            self.nz("(" + m.group(1) + ")")

    def speech(self, sp, indent="", gap=False, after=None, title_pad=""):
        """Render a speech; after = {paragraph_index: [noise lines]} inserted after that paragraph."""
        after = after or {}
        pi = 0
        for it in sp:
            k = it[0]
            if k == "t":
                self.lines.append(title_pad + it[1])
                self.titles.append(it[1])
            elif k == "x":
                self.lines.append(title_pad + it[1] if not it[1].endswith("：") else it[1])
            elif k == "h":
                self.lines.append(indent + shown(it[2]))
                self.inj(it[2])
                self.heads.append({"text": clean(it[2]), "level": it[1]})
            elif k in ("rh", "p"):
                if k == "rh":
                    _, lvl, head, rest, cat = it
                    self.lines.append(indent + shown(head) + "。" + shown(rest))
                    self.inj(head)
                    self.heads.append({"text": clean(head), "level": lvl})
                    text = rest
                else:
                    _, cat, text = it
                    self.lines.append(indent + shown(text))
                self.inj(text)
                self.paras.append({"text": clean(text), "category": cat, "truncated": False})
                for ln in after.get(pi, []):
                    if gap:
                        self.B()
                    self.N(ln)
                pi += 1
            if gap:
                self.B()

    def write(self, enc, eol):
        body = eol.join(self.lines) + eol
        with open(os.path.join(ROOT, self.fname), "wb") as f:
            f.write(body.encode(enc))
        g = {"file": self.fname, "speeches": len(self.titles), "titles": self.titles,
             "headings": self.heads, "paragraphs": self.paras, "noise": self.noise}
        nn = self.fname.split(".")[0]
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")


# ---------------------------------------------------------------- 01: 公文 site, GBK, CRLF
def page01():
    p = Page("01.txt")
    p.N("墨韵公文网 - 机关写作材料一站式查询",
        "首页 | 工作总结 | 讲话致辞 | 心得体会 | 调研报告 | 公文模板 | 会员中心",
        "请输入标题或关键词　　　搜索",
        "热门搜索：安全生产讲话　述职报告　主题教育　民主生活会",
        "您现在的位置：墨韵公文网 > 讲话致辞 > 领导讲话",
        "县长2025年安全生产工作会议讲话稿范文",
        "发布时间：2025-02-26 09:14　　作者：墨韵编辑部　　阅读量：5127")
    p.B()
    p.speech(S01, indent="　　", title_pad="　　　　", after={
        2: ["喜欢这篇范文？按Ctrl+D收藏本站，方便下次查阅"],
        4: ["关注公众号“墨韵写作”，回复“安全”免费领取30篇同类材料"],
        6: ["【点击下载本文Word版】　　【复制全文】"],
    })
    p.B()
    p.N("本文标签：安全生产　县长讲话　会议讲话稿",
        "上一篇：2025年全县应急管理工作会议主持词",
        "下一篇：在全市消防安全工作推进会上的讲话",
        "相关阅读",
        "· 在全县安全生产工作会议上的讲话（通用6篇）",
        "· 在安全生产专项整治工作部署会议上的讲话",
        "· 县委书记在全县安委会全体会议上的讲话提纲",
        "· 安全生产工作会议领导讲话稿精选",
        "关于我们 | 联系我们 | 免责声明 | 网站地图",
        "本站部分内容来源于网络，仅供学习交流，如有侵权请联系删除。",
        "Copyright 2019-2025 墨韵公文网 All Rights Reserved　浙ICP备2021037615号")
    p.write("gbk", "\r\n")


# ---------------------------------------------------------------- 02: 文库 preview, UTF-8, LF
WRAP, PER_PAGE, HEADER = 38, 17, "泓川县安全生产委员会办公室　会议材料汇编"
CUT_AT = "以钉钉子精神把各项整"
NOSTART = "，。、；：？！”）》"


def wrap(full):
    """Break at WRAP characters; a closing mark never starts a line (it stays on the line before)."""
    out, a = [], 0
    while a < len(full):
        e = a + WRAP
        while e < len(full) and full[e] in NOSTART:
            e += 1
        out.append(full[a:e])
        a = e
    return out


def page02():
    p = Page("02.txt")
    p.N("知库文档 · 在线预览",
        "首页 > 行业资料 > 安全管理 > 安全生产讲话",
        "在全县安全生产专项整治部署会上的讲话.docx",
        "上传者：hc_aqb2019　　上传时间：2024-05-13",
        "页数：4页　　字数：1862字　　下载次数：1376　　评分：4.7分（86人评价）",
        "文档简介：本文为县领导在专项整治部署会上的讲话稿，结构完整，可供参考。")
    p.B()
    # build visual lines of the document, wrapping paragraphs
    vis = []
    sp = list(S02)
    last = max(i for i, it in enumerate(sp) if it[0] == "p")
    for i, it in enumerate(sp):
        k = it[0]
        if k == "t":
            vis.append("　　　　" + it[1])
            p.titles.append(it[1])
        elif k == "x":
            vis.append(("　　　　　　" if not it[1].endswith("：") else "") + it[1])
        elif k == "h":
            vis.append("　　" + it[2])
            p.heads.append({"text": it[2], "level": it[1]})
        else:
            if k == "rh":
                _, lvl, head, text, cat = it
                p.heads.append({"text": head, "level": lvl})
                full = "　　" + head + "。" + text
            else:
                _, cat, text = it
                full = "　　" + text
            trunc = False
            if i == last:
                j = text.index(CUT_AT) + len(CUT_AT)
                text, full, trunc = text[:j], "　　" + text[:j], True
            p.paras.append({"text": text, "category": cat, "truncated": trunc})
            vis.extend(wrap(full))
    # paginate: running header on top of every page, "- n -" at the foot of every full page
    pno = 1
    p.N(HEADER)
    p.B()
    for n, ln in enumerate(vis):
        if n and n % PER_PAGE == 0:
            p.B()
            p.N("- %d -" % pno)
            pno += 1
            p.N(HEADER)
            p.B()
        p.B(ln)
    p.B()
    p.N("试读已结束，剩余1页未读",
        "继续阅读全文 ∨",
        "开通VIP会员，本文档免费下载　　单篇购买：3.00元",
        "下载本文档需要消耗2下载券，举报本文档",
        "相关文档推荐",
        "在全县安全生产大检查工作部署会上的讲话　　5页　　4.5分",
        "县委常委在安全生产专项整治三年行动推进会上的讲话　　7页　　4.8分",
        "2024年安全生产专项整治工作实施方案　　12页　　4.6分",
        "知库文档　|　用户协议　|　隐私政策　|　侵权投诉")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 03: county portal, two speeches, UTF-8, LF
def page03():
    p = Page("03.txt")
    p.N("澄阳县人民政府",
        "首页　　政务公开　　政务服务　　政民互动　　走进澄阳　　专题专栏",
        "无障碍浏览　|　长者模式　|　繁體版",
        "请输入关键字　搜索",
        "当前位置：首页 > 政务公开 > 领导讲话",
        "周立群、黄振宇同志在全县安全生产工作会议上的主持词和讲话",
        "信息来源：县政府办公室　　发布时间：2025-03-13 16:40　　浏览次数：",
        "【字体：大 中 小】　　【打印本页】　　【关闭窗口】")
    p.B()
    p.speech(S03A, indent="　　", gap=True)
    p.B()
    p.speech(S03B, indent="　　", gap=True)
    p.B()
    p.N("【打印本页】　　【关闭窗口】",
        "扫一扫在手机打开当前页",
        "相关文章：",
        "· 澄阳县2025年安全生产工作要点",
        "· 在全县防汛抗旱工作会议上的讲话",
        "· 县安委会召开2024年第四季度例会",
        "主办：澄阳县人民政府办公室　　承办：澄阳县大数据发展中心",
        "网站标识码：4310990012　　湘ICP备05013318号-1　　湘公网安备43109902000157号",
        "建议使用1920×1080分辨率浏览本站")
    p.write("utf-8", "\n")


# ---------------------------------------------------------------- 04: 繁体 mirror, Big5-HKSCS, CRLF
def page04():
    p = Page("04.txt")
    p.N("範文閣（繁體鏡像站）",
        "首頁 | 講話稿 | 工作計劃 | 工作總結 | 心得體會 | 演講稿 | 熱門專題",
        "站內搜尋：請輸入關鍵字　　搜尋",
        "目前位置：首頁 > 講話稿 > 安全生產講話",
        "縣長安委會全體會議講話稿（附下半年工作安排）",
        "更新時間：2023-07-20　　來源：網友投稿　　點擊次數：2461",
        "本頁由簡體原文自動轉換為繁體，括號內注音由閱讀助手生成，僅供參考。")
    p.B()
    p.speech(S04, indent="  ", title_pad="    ")
    p.B()
    p.N("（本文完）",
        "上一篇：在全市防汛抗旱工作會議上的講話",
        "下一篇：在安全生產月活動總結會上的發言",
        "熱門文章",
        "1. 在全縣安全生產工作會議上的講話（精選三篇）",
        "2. 在縣委理論學習中心組學習會上的發言",
        "3. 安委會全體會議主持詞範文",
        "4. 在全縣安全生產大檢查動員會上的講話",
        "免責聲明：本站文章均來自網友投稿或網絡轉載，僅供學習參考，版權歸原作者所有；如有侵權，請來信告知，我們將及時刪除。",
        "Copyright 2016-2023 範文閣 繁體版　|　聯繫我們　|　網站地圖")
    p.write("big5hkscs", "\r\n")


# ---------------------------------------------------------------- 05: collection page, 3 speeches, UTF-8, LF
def page05():
    p = Page("05.txt")
    p.N("笔墨书香范文库",
        "首页　讲话稿　发言稿　致辞　主持词　工作报告　会员专区",
        "搜一搜：输入关键词，找到你要的范文",
        "当前位置：首页 > 讲话稿 > 安全讲话",
        "安全生产会议讲话稿（通用5篇）",
        "时间：2025-06-03　作者：书香小编　分类：安全讲话",
        "在日常工作中，讲话稿的使用频率越来越高，讲话稿是在特定场合发表讲话的文稿。那么你知道讲话稿怎么写才能打动人心吗？"
        "下面是小编为大家整理的安全生产会议讲话稿（通用5篇），欢迎大家借鉴与参考，希望对大家有所帮助。")
    p.B("目录")
    p.N("篇1：白沙河镇在全县安全生产工作会议上的表态发言",
        "篇2：在2025年“安全生产月”活动启动仪式上的致辞",
        "篇3：在2025年第三季度安全生产例会上的讲话",
        "篇4：在全县安全生产大排查大整治行动动员会上的讲话",
        "篇5：公司安全生产委员会季度会议总经理讲话")
    p.B()
    for n, sp in enumerate((S05A, S05B, S05C), 1):
        p.N("安全生产会议讲话稿 篇%d" % n)
        p.B()
        p.speech(sp, gap=True)
    p.B("……")
    p.N("剩余2篇精彩内容已隐藏，开通VIP会员即可查看全文并下载Word文档",
        "立即开通　　单篇下载2.00元",
        "【安全生产会议讲话稿（通用5篇）】相关文章：",
        "安全生产会议讲话稿范文（精选8篇）",
        "公司安全生产工作会议讲话稿",
        "安全生产月启动仪式致辞（通用10篇）",
        "关于我们 - 联系方式 - 投稿须知 - 网站地图")
    p.write("utf-8", "\n")


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for f in (page01, page02, page03, page04, page05):
        f()


if __name__ == "__main__":
    main()
