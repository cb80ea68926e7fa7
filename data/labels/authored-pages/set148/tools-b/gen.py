# -*- coding: utf-8 -*-
"""Builds pages 06-10 and gold/06-10.json of set148 from speeches.py (writer b).
All chrome (site names, phones, URLs, ICP numbers ...) is invented."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S

MARK = re.compile(r"⟦(.*?)⟧", re.S)
IND = "\u3000\u3000"
NBSP = "\u00a0"


def gold_text(t):
    return MARK.sub("", t)


def page_text(t):
    return t.replace("⟦", "").replace("⟧", "")


def mark_noise(t):
    out = []
    for m in MARK.findall(t):
        out += [x.strip() for x in m.split("\n") if x.strip()]
    return out


class Page:
    def __init__(self):
        self.parts = []   # strings (lines or spans)
        self.noise = []

    def n(self, *items):
        """chrome: each item is a line (or a span on a one-line page) and one noise entry"""
        for s in items:
            self.parts.append(s)
            if s.strip():
                self.noise.append(s.strip())

    def blank(self):
        self.parts.append("")

    def s(self, s):
        """speech text (not noise)"""
        self.parts.append(s)

    def speech(self, sp, title_prefix="", ind=IND, runin_sep="", head_ind=""):
        self.s(title_prefix + sp["title"])
        for x in sp["speaker"]:
            self.s(x)
        self.s(sp["salute"])
        for b in sp["blocks"]:
            if b[0] == "h":
                self.s(head_ind + b[2])
            elif b[0] == "p":
                self.s(ind + page_text(b[2]))
                self.noise += mark_noise(b[2])
            else:
                self.s(ind + b[2] + runin_sep + page_text(b[4]))
                self.noise += mark_noise(b[4])


def gold_for(page, noise):
    sps = S.SPEECHES[page]
    g = {"file": page + ".txt", "speeches": len(sps), "titles": [], "headings": [], "paragraphs": [], "noise": []}
    for sp in sps:
        g["titles"].append(sp["title"])
        for b in sp["blocks"]:
            if b[0] == "h":
                g["headings"].append({"text": b[2], "level": b[1]})
            elif b[0] == "p":
                g["paragraphs"].append({"text": gold_text(b[2]), "category": b[1], "truncated": False})
            else:
                g["headings"].append({"text": b[2], "level": b[1]})
                g["paragraphs"].append({"text": gold_text(b[4]), "category": b[3], "truncated": False})
    seen = set()
    for x in noise:
        if x not in seen:
            seen.add(x)
            g["noise"].append(x)
    return g


# ------------------------------------------------------------------ 06 市住建局
def build06():
    P = Page()
    sp = S.SPEECHES["06"][0]
    P.n("您好，欢迎访问沅川市住房和城乡建设局网站！　　今天是：2025年3月14日 星期五",
        "无障碍浏览 | 繁體版 | 手机版 | 网站支持IPv6",
        "沅川市住房和城乡建设局 Yuanchuan Municipal Bureau of Housing and Urban-Rural Development",
        "首页 | 机构概况 | 政务公开 | 政策法规 | 建设工程 | 城镇燃气 | 办事服务 | 互动交流 | 专题专栏",
        "请输入关键词　搜索",
        "当前位置：首页 > 政务公开 > 领导讲话")
    P.blank()
    P.n("周立衡局长在全市城镇燃气和建筑施工安全生产工作会议上的讲话",
        "发布时间：2025-03-14 10:26　　来源：局办公室　　浏览次数：1873",
        "【字体：大 中 小】　【打印本页】　【关闭窗口】")
    P.blank()
    P.speech(sp)
    P.blank()
    P.n("【责任编辑：谭静】",
        "分享到：微信　微博　QQ空间",
        "上一篇：全市住建工作会议召开",
        "下一篇：市住建局开展“安全生产月”宣传咨询活动")
    P.blank()
    P.n("相关链接：",
        "1.全市住建系统开展城镇燃气安全隐患“回头看”",
        "2.沅川市建设工程质量安全监督站2025年工作要点",
        "3.关于开展危大工程专项整治“百日攻坚”行动的通知")
    P.blank()
    P.n("主办：沅川市住房和城乡建设局　　承办：沅川市住建局信息中心",
        "地址：沅川市滨江大道218号　邮编：418000　联系电话：0745-2236618",
        "网站标识码：4312000023　湘ICP备12007719号-1　湘公网安备43120202000185号",
        "版权所有 © 2025 沅川市住房和城乡建设局　建议使用1366×768分辨率浏览")
    # the speech lines in the page are lines; join
    return "\n".join(P.parts) + "\n", P.noise


# ------------------------------------------------------------------ 07 区消防救援大队 (one line)
def build07():
    P = Page()
    sp = S.SPEECHES["07"][0]
    P.n("设为首页 | 加入收藏 | 无障碍阅读",
        "榆川区人民政府·部门网站　榆川区消防救援大队",
        "火警电话：119　消防举报投诉：96119",
        "首页 队伍概况 工作动态 消防监督 宣传教育 办事指南 警情通报",
        "您现在的位置：首页 > 工作动态 > 领导讲话",
        "冯岳大队长在全区冬春火灾防控工作会议上的讲话",
        "发布日期：2024-11-22 16:05　来源：区消防救援大队　阅读次数：956　【大 中 小】【打印】",
        "摘要：今天，区防火安全委员会召开全区冬春火灾防控工作会议，主要是分析研判今冬明春火灾形势……")
    # the speech, with an image caption between two paragraphs
    P.s(sp["title"])
    for x in sp["speaker"]:
        P.s(x)
    P.s(sp["salute"])
    for i, b in enumerate(sp["blocks"]):
        if b[0] == "p":
            P.s(IND + page_text(b[2])); P.noise += mark_noise(b[2])
        else:
            P.s(IND + b[2] + page_text(b[4])); P.noise += mark_noise(b[4])
        if i == 5:
            P.n("[图片]", "▲会议现场（榆川区消防救援大队供图）")
    P.n("（责任编辑：邹宁）",
        "【消防提示】冬季天气寒冷，用火用电用气增多，请不要在楼道、门厅停放电动自行车或为其充电，发现火情请立即拨打119。",
        "相关阅读：",
        "全区开展冬春火灾防控“百日攻坚”行动",
        "消防提醒：电动自行车充电“五不要”",
        "今年前三季度全区火灾形势分析",
        "扫一扫在手机打开当前页",
        "关注“榆川消防”微信公众号",
        "主办单位：榆川区消防救援大队　地址：榆川区沿河东路66号　联系电话：0745-5211190",
        "湘ICP备12007733号　湘公网安备43120302000511号")
    return " ".join(P.parts) + "\n", P.noise


# ------------------------------------------------------------------ 08 县交通运输局 (通知 + sidebar + pagination)
def build08():
    P = Page()
    sp = S.SPEECHES["08"][0]
    P.n("临谷县交通运输局　LINGU COUNTY TRANSPORT BUREAU",
        "首页　机构职能　政务公开　政务服务　行业管理　交通建设　公众参与",
        "当前位置：首页 > 政务公开 > 通知公告")
    P.blank()
    P.n("政务服务",
        "网上办事大厅",
        "道路运输经营许可",
        "从业资格证查询",
        "营运车辆年审预约",
        "超限运输车辆通行许可",
        "办事指南下载",
        "交通运输服务监督电话：12328")
    P.blank()
    P.n("关于印发韦承志同志在全县道路运输安全生产工作会议上讲话的通知",
        "发布机构：临谷县交通运输局　发布日期：2025-04-09　索引号：11431226MB1C47205K/2025-00031　浏览：642",
        "临交发〔2025〕23号",
        "各乡镇交通管理站，局属各单位，各道路运输企业：",
        IND + "现将韦承志同志在全县道路运输安全生产工作会议上的讲话印发给你们，请结合实际，认真抓好贯彻落实。",
        "临谷县交通运输局",
        "2025年4月9日")
    P.blank()
    P.speech(sp)
    P.blank()
    P.n(S.PAGEBAR.format(3))
    P.blank()
    P.n("附件下载：韦承志同志在全县道路运输安全生产工作会议上的讲话.docx",
        "【打印】【关闭】",
        "上一条：临谷县交通运输局关于开展“两客一危一货”车辆安全隐患排查整治的通知",
        "下一条：县交通运输局召开一季度安全生产形势分析会",
        "主办：临谷县交通运输局　技术支持：临谷县融媒体中心",
        "地址：临谷县迎宾大道9号　电话：0736-7312328",
        "湘ICP备13008821号-2　网站标识码：4307260019")
    return "\n".join(P.parts) + "\n", P.noise


# ------------------------------------------------------------------ 09 街道办事处 (news + PDF preview with hard wraps)
NO_START = set("，。、；：！？”’）》」")
NO_END = set("“‘（《「")


def wrap(s, w):
    """fixed-width lines as a Word PDF text layer gives them, with the usual line-start/line-end rules"""
    lines, i = [], 0
    while i < len(s):
        j = min(i + w, len(s))
        while j < len(s) and s[j] in NO_START:   # closing punctuation stays on the line
            j += 1
        while j - 1 > i and j < len(s) and s[j - 1] in NO_END:  # opening quote goes to the next line
            j -= 1
        lines.append(s[i:j])
        i = j
    return lines or [""]


def build09():
    P = Page()
    sp = S.SPEECHES["09"][0]
    P.n("中共沅川市江岸区桐溪街道工作委员会　沅川市江岸区桐溪街道办事处",
        "首页 | 街道概况 | 党建引领 | 政务公开 | 社区动态 | 平安建设 | 便民服务 | 留言咨询",
        "您当前所在位置：首页 » 平安建设 » 安全生产")
    P.blank()
    P.n("街道召开2025年安全生产工作会议",
        "发布时间：2025年02月19日" + NBSP * 4 + "点击数：318" + NBSP * 4 + "来源：街道应急管理办公室",
        NBSP * 4 + "2月18日下午，桐溪街道召开2025年安全生产工作会议。街道党工委书记邝敏出席会议并讲话，办事处主任李卫东主持会议并部署全年工作。街道班子成员、各社区党组织书记、站所负责人和全体专职网格员参加会议。",
        NBSP * 4 + "会上，街道与12个社区签订了2025年安全生产目标责任书。现将邝敏同志讲话全文发布如下。",
        "附件：邝敏同志讲话.pdf（在线预览）")
    P.blank()
    # PDF text layer: hard wraps every 30 characters, Word footers "第 N 页 共 3 页" between pages
    W = 30
    lines = []  # (text, is_continued)  is_continued: the next line continues the same paragraph
    def add(text):
        ws = wrap(text, W)
        for i, x in enumerate(ws):
            lines.append((x, i < len(ws) - 1))
    add("　　　　" + sp["title"])
    for x in sp["speaker"]:
        add("　　　　　　　　" + x)
    add(sp["salute"])
    for b in sp["blocks"]:
        if b[0] == "h":
            add(IND + b[2])
        elif b[0] == "p":
            add(IND + b[2])
        else:
            add(IND + b[2] + " " + b[4])
    n = len(lines)
    cuts = []
    for target in (n // 3, 2 * n // 3):
        k = target
        while not lines[k][1]:
            k += 1
        cuts.append(k)
    out = []
    for i, (x, _) in enumerate(lines):
        out.append(x)
        if i in cuts:
            out.append("第 %d 页 共 3 页" % (cuts.index(i) + 1))
            P.noise.append(out[-1])
    out.append("第 3 页 共 3 页")
    P.noise.append(out[-1])
    P.parts += out
    P.blank()
    P.n("【打印】　【关闭】",
        "分享：微信 | 微博",
        "上一篇：桐溪街道开展节后复工复产安全检查",
        "下一篇：一图读懂｜网格员安全巡查“五查五看”")
    P.blank()
    P.n("版权所有：沅川市江岸区桐溪街道办事处　地址：沅川市江岸区桐溪路88号　电话：0745-2869001",
        "湘ICP备12007719号-5",
        "您是本站第 028461 位访客")
    return "\n".join(P.parts) + "\n", P.noise


# ------------------------------------------------------------------ 10 市应急管理局 (accessibility toolbar + robot)
def build10():
    P = Page()
    sp = S.SPEECHES["10"][0]
    P.n("无障碍 | 长者模式 | 关怀版 | 简 | 繁 | English",
        "声音　语速　阅读方式　配色　放大　缩小　大鼠标　十字线　读屏　纯文本　重置　退出服务",
        "岑州市应急管理局　Cenzhou Emergency Management Bureau",
        "首页 | 机构概况 | 新闻资讯 | 信息公开 | 政务服务 | 应急科普 | 互动交流 | 专题专栏",
        "站内搜索　请输入关键词　高级检索",
        "当前位置：首页 > 专题专栏 > 危险化学品安全风险集中治理")
    P.blank()
    P.n("专题导航",
        "一、工作部署",
        "二、进展情况",
        "三、典型案例",
        "四、政策解读")
    P.blank()
    P.n("叶建川副市长在全市危险化学品安全风险集中治理推进会上的讲话",
        "信息来源：市应急管理局　发布时间：2025-05-19 15:42　浏览量：2207　字号：大 中 小　【打印】【收藏】")
    P.blank()
    P.speech(sp)
    P.blank()
    P.n("（本文已同步发布于“岑州应急”微信公众号）",
        "扫码查看一图读懂：危险化学品安全风险集中治理")
    P.blank()
    P.n("智能问答",
        "您好！我是岑州应急智能小助手“小安”，请问有什么可以帮您？",
        "热门问题：",
        "1.危险化学品经营许可证如何办理？",
        "2.安全生产举报奖励标准是什么？",
        "3.特种作业操作证到期如何复审？",
        "请输入您的问题",
        "发送　转人工")
    P.blank()
    P.n("主办单位：岑州市应急管理局　地址：岑州市凤鸣路310号　邮编：425000",
        "值班电话：0746-8223110　举报电话：12350",
        "湘ICP备15004412号　湘公网安备43110202000231号　网站标识码：4311000031")
    return "\n".join(P.parts) + "\n", P.noise


BUILDERS = {"06": build06, "07": build07, "08": build08, "09": build09, "10": build10}


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for page, fn in BUILDERS.items():
        meta = S.PAGES[page]
        text, noise = fn()
        text = text.replace("\n", meta["newline"])
        data = meta["bom"] + text.encode(meta["encoding"])
        with open(os.path.join(OUT, page + ".txt"), "wb") as f:
            f.write(data)
        g = gold_for(page, noise)
        with open(os.path.join(OUT, "gold", page + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
        print(page, len(data), "bytes,", len(g["paragraphs"]), "paragraphs,", len(g["noise"]), "noise")


if __name__ == "__main__":
    main()
