#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate pages 04-06 and gold/04-06.json for set58b (deterministic, stdlib only)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S04, S05, S06

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CN = "一二三四五六七八九十"
HAN = re.compile(r"[\u4e00-\u9fff]")


class Gold:
    def __init__(self, fname):
        self.fname = fname
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def n(self, s):
        s = s.strip()
        assert len(s) >= 4, s
        if s not in self.noise:
            self.noise.append(s)
        return s

    def dump(self):
        d = {"file": self.fname, "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        with open(os.path.join(ROOT, "gold", self.fname.split(".")[0] + ".json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")


def label_items(g, sp):
    """Record gold for a speech's items (in order)."""
    g.titles.append(sp["title"].replace("\n", ""))
    for it in sp["items"]:
        if it[0] == "p":
            g.paragraphs.append({"text": it[2].replace("‖", ""), "category": it[1], "truncated": False})
        elif it[0] == "h":
            g.headings.append({"text": it[2], "level": it[1]})
        elif it[0] == "r":
            g.headings.append({"text": it[2], "level": it[1]})
            g.paragraphs.append({"text": it[4].replace("‖", ""), "category": it[3], "truncated": False})


def wrap(text, width, first_indent="　　"):
    """Hard-wrap like a PDF/preview layout, keeping closing punctuation off line starts."""
    s = first_indent + text
    out, cur = [], ""
    for ch in s:
        if len(cur) >= width and ch not in "，。、；：！？”）》":
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def hans(s):
    return len(HAN.findall(s))


# ---------------------------------------------------------------- 04 (GBK, CRLF)
def page04():
    g = Gold("04.txt")
    HEAD = "全县安全生产工作会议讲话汇编"

    def speaker_of(sp):
        for it in sp["items"]:
            if it[0] == "u" and "　" in it[1] and not it[1].startswith("（"):
                return it[1].split("　")[-1]
        return ""

    def build(M, toc_pages):
        top = [
            "知行文库 - 专业文档分享与在线阅读平台",
            "首页 | 文档分类 | 专题合集 | 办公模板 | VIP专区 | 上传赚钱 | 登录 注册",
            "当前位置：首页 > 党政办公 > 讲话致辞 > 安全生产讲话",
            "全县安全生产工作会议讲话汇编.docx",
            "上传者：岭上青松2019　上传时间：2024-08-02　文档页数：%d页　格式：docx　大小：58.6KB" % M,
            "4.7分（213人评价）　浏览量：6,481　下载次数：539",
            "举报 | 收藏 | 分享到微信",
            "文档简介：本汇编收录岚溪县2024年上半年安全生产系列会议领导讲话6篇，可供基层单位撰写讲话稿参考。",
            "免费预览已开启，以下为文档预览内容",
            "",
        ]
        # blocks: ("blk", [lines], han, keep) or ("brk",)
        blocks = [("blk", ["　　　　" + HEAD, "", "　　　　　　（内部资料　注意保存）", "",
                           "　　　　　岚溪县安全生产委员会办公室　编", "　　　　　　　　二〇二四年七月"], 0), ("brk",)]
        toc = ["　　　　　　　　汇编目录"]
        for k, sp in enumerate(S04):
            t = sp["title"].replace("\n", "")
            toc.append("第%s篇　%s（%s）%s%d" % (CN[k], t, speaker_of(sp), "…" * (40 - len(t) - len(speaker_of(sp))),
                                                toc_pages[k] if toc_pages else 0))
        blocks += [("blk", toc, 0), ("brk",)]
        for k, sp in enumerate(S04):
            hl = ([] if k == 0 else [""]) + ["第%s篇" % CN[k]] + ["　　　" + x for x in sp["title"].split("\n")]
            for it in sp["items"]:
                if it[0] == "u":
                    hl.append(("　　　　　　" + it[1]) if not it[1].endswith("：") else it[1])
            blocks.append(("blk", hl, 180, "speech%d" % k))
            for it in sp["items"]:
                if it[0] == "u":
                    continue
                if it[0] == "h":
                    blocks.append(("blk", ["　　" + it[2]], hans(it[2])))
                    continue
                text = it[2] if it[0] == "p" else it[2] + "。" + it[4]
                parts = text.split("‖")
                for pi, part in enumerate(parts):
                    ind = "　　" if pi == 0 else ""
                    lines = wrap(part, 35, ind) if sp["wrap"] else [ind + part]
                    blocks.append(("blk", lines, hans(part)))
                    if pi < len(parts) - 1:
                        blocks.append(("brk",))
        # paginate
        out, page, used, pages_of = [], 1, 0, {}
        BUDGET = 560

        def brk():
            nonlocal page, used
            out.extend(["", "第 %d 页 共 %d 页" % (page, M), "", HEAD, ""])
            page += 1
            used = 0

        for b in blocks:
            if b[0] == "brk":
                brk()
                continue
            han = b[2]
            if used > 0 and used + han > BUDGET:
                brk()
            if len(b) > 3:
                pages_of[b[3]] = page
                han = hans("".join(b[1]))
            out.extend(b[1])
            used += han
        out.extend(["", "第 %d 页 共 %d 页" % (page, M)])
        bottom = [
            "",
            "预览已结束，下载文档查看完整排版",
            "下载全文",
            "VIP会员免费下载 | 单篇购买：8.80元（限时7折）",
            "",
            "相关文档",
            "乡镇安全生产工作会议表态发言材料（3篇）.docx　4页",
            "2024年安全生产月活动总结汇报.docx　6页",
            "企业安全生产主体责任落实情况汇报.pdf　9页",
            "",
            "关于知行文库 | 用户协议 | 隐私政策 | 侵权投诉 | 联系客服",
            "Copyright 2014-2024 知行文库 版权所有　增值电信业务经营许可证：岚B2-20190387",
        ]
        return top + out + bottom, page, [pages_of["speech%d" % k] for k in range(len(S04))]

    _, M, tp = build(0, None)
    lines, M2, tp2 = build(M, tp)
    assert M2 == M and tp2 == tp
    # gold: noise = every non-blank line that is not speech content
    speech_lines = set()
    for sp in S04:
        label_items(g, sp)
    text = "\r\n".join(lines) + "\r\n"
    content = set()
    for sp in S04:
        content.add(sp["title"])
        for x in sp["title"].split("\n"):
            content.add(x)
    for ln in lines:
        s = ln.strip()
        if not s:
            continue
        if is_content_line(s, S04):
            continue
        g.n(s)
    with open(os.path.join(ROOT, "04.txt"), "wb") as f:
        f.write(text.encode("gbk"))
    g.dump()


def is_content_line(s, speeches):
    """True if a stripped line belongs to speech text (labelled or unlabelled speech lines, markers)."""
    if re.fullmatch(r"第[一二三四五六七八九十]+篇|范文[一二三四五六七八九十]+", s):
        return True
    blob = ""
    for sp in speeches:
        if s in sp["title"].split("\n"):
            return True
        for it in sp["items"]:
            if it[0] == "u":
                if s == it[1]:
                    return True
            elif it[0] == "h":
                if s == it[2]:
                    return True
            elif it[0] == "p":
                blob += "\x00" + it[2].replace("‖", "")
            else:
                blob += "\x00" + it[2] + "。" + it[4].replace("‖", "")
    return s.replace("‖", "") in blob


# ---------------------------------------------------------------- 05 (UTF-8, LF)
def page05():
    g = Gold("05.txt")
    INJ = "（本文来源：笔端范文网 www.bdfanwen.cn）"
    L = []

    def n(s):
        L.append(s)
        g.n(s)

    n("笔端范文网_海量优质范文免费参考")
    n("首页　工作总结　工作计划　心得体会　发言稿　讲话稿　演讲稿　述职报告　合同范本")
    n("您现在的位置：笔端范文网 > 发言稿 > 表态发言稿 > 正文")
    L.append("")
    n("表态发言稿（精选5篇）")
    n("发布时间：2024-05-16 09:12:44　来源：网友投稿　编辑：晓禾　阅读：12367")
    L.append("")
    n("　　在日常学习、工作或生活中，大家都可能会用到表态发言稿。表态发言稿是在会议上表明态度、作出承诺时使用的文稿。"
      "那么一般表态发言稿是怎么写的呢？以下是笔端范文网小编精心整理的表态发言稿（精选5篇），欢迎阅读与收藏。")
    n("【推荐】2024安全生产讲话稿大全 | 表态发言结尾金句100句")
    L.append("")
    notes = [
        "此范文由用户上传，仅供学习交流使用，版权归原作者所有。",
        "此范文由用户上传，内容仅代表作者观点，如有侵权请联系本站删除。",
        "此范文由用户上传并经编辑整理，转载请注明出处。",
        "此范文由用户上传，本站不保证其内容的准确性，请结合实际修改使用。",
    ]
    for k, sp in enumerate(S05):
        label_items(g, sp)
        if sp["mark"] == "standalone":
            L.append(sp["num"])
            L.append(sp["title"])
        else:
            L.append(sp["num"] + sp["title"])
            g.n(sp["num"])
        L.append("")
        for it in sp["items"]:
            if it[0] == "u":
                L.append(it[1])
            elif it[0] == "h":
                L.append(it[2])
            else:
                t = it[2] if it[0] == "p" else it[2] + "。" + it[4]
                if "‖" in t:
                    t = t.replace("‖", INJ)
                    g.n(INJ)
                L.append("　　" + t)
            L.append("")
        if k < len(notes):
            n(notes[k])
            L.append("")
    for s in ["━━━━━━━━━━━━━━━━━━━━",
              "《表态发言稿（精选5篇）》Word文档下载",
              "本文共5篇，约3200字，下载后可自由编辑",
              "开通VIP会员，全站文档不限次数下载",
              "￥19.9/月　立即开通",
              "单篇下载：3元　微信扫码支付",
              "下载文档到电脑，方便收藏和打印",
              "━━━━━━━━━━━━━━━━━━━━"]:
        L.append(s) if s in g.noise else n(s)
    L.append("")
    for s in ["上一篇：2024年安全生产月活动方案（通用8篇）",
              "下一篇：教师节表彰大会表态发言稿（通用6篇）",
              "",
              "关于我们 - 联系我们 - 免责声明 - 网站地图",
              "Copyright © 2016-2024 bdfanwen.cn 笔端范文网 版权所有"]:
        n(s) if s else L.append("")
    with open(os.path.join(ROOT, "05.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")
    g.dump()


# ---------------------------------------------------------------- 06 (UTF-16 LE + BOM, CRLF)
def page06():
    g = Gold("06.txt")
    L = []

    def n(s):
        L.append(s)
        g.n(s)

    for s in ["泓州新闻网 - 泓州市重点新闻网站",
              "首页 | 时政 | 泓州要闻 | 县区 | 民生 | 专题 | 视频 | 评论 | 数字报 | 客户端",
              "2024年3月9日 星期六　多云 8~15℃",
              "当前位置：首页 > 专题 > 全市安全生产工作会议",
              "",
              "专题：全市安全生产工作会议",
              "守牢安全底线　护航高质量发展",
              "本期专题：会议报道 | 讲话全文 | 各地动态 | 图片集锦",
              "来源：泓州日报　发布时间：2024-03-09 08:30",
              ""]:
        n(s) if s else L.append("")
    for k, sp in enumerate(S06):
        label_items(g, sp)
        n(sp["lead"])
        L.append("")
        L.append("【讲话全文】")
        g.n("【讲话全文】")
        L.append(sp["title"])
        for it in sp["items"]:
            if it[0] == "u":
                L.append(it[1])
            elif it[0] == "h":
                L.append(it[2])
            elif it[0] == "p":
                L.append(it[2])
            else:
                L.append(it[2] + "。" + it[4])
        L.append("")
        if k < len(S06) - 1:
            n("—— 专题 · 第%d篇 ——" % (k + 1))
            L.append("")
    for s in ["（责任编辑：朱晓楠　审核：邹明）",
              "分享到：微信 | 微博 | QQ空间 | 复制链接",
              "",
              "相关新闻",
              "全市召开安全生产委员会全体会议",
              "泓安区启动安全生产“百日攻坚”行动",
              "市交通运输局开展“两客一危”车辆专项检查",
              "",
              "关于我们 | 网站声明 | 联系方式 | 违法和不良信息举报电话：0596-3317720",
              "泓州新闻网版权所有，未经书面授权禁止转载或镜像",
              "泓ICP备11002736号-2　泓公网安备39010202000155号"]:
        n(s) if s else L.append("")
    data = "\r\n".join(L) + "\r\n"
    with open(os.path.join(ROOT, "06.txt"), "wb") as f:
        f.write(b"\xff\xfe" + data.encode("utf-16-le"))
    g.dump()


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    page04()
    page05()
    page06()
    print("generated 04.txt 05.txt 06.txt and gold/")
