#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 06-10 from tools/speeches.py (all content invented)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07, S08, S09A, S09B, S10  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"⟦(\|?)(.*?)\|?⟧")


def N(t):
    return ("N", t)


def A(t):
    return ("A", t)


B = ("B",)


def SP(sp, indent="", head_indent=None, insert_after=None, speaker_first=False):
    return ("S", sp, dict(indent=indent, head_indent=indent if head_indent is None else head_indent,
                          insert_after=insert_after or {}, speaker_first=speaker_first))


def build(layout):
    """Returns (lines, gold dict without file) from a layout."""
    lines, noise = [], []
    titles, heads, paras = [], [], []

    def addnoise(t):
        if t not in noise:
            noise.append(t)

    for item in layout:
        kind = item[0]
        if kind == "N":
            lines.append(item[1])
            addnoise(item[1].strip())
        elif kind == "A":
            lines.append(item[1])
        elif kind == "B":
            lines.append("")
        elif kind == "S":
            sp, o = item[1], item[2]
            titles.append(sp["title"])
            lines.append(sp["title"])
            if sp.get("speaker"):
                lines.append(sp["speaker"])
            if sp.get("date"):
                lines.append(sp["date"])
            lines.append(sp["salutation"])
            for bi, it in enumerate(sp["body"]):
                if it[0] == "h":
                    _, lvl, text, end = it
                    heads.append({"text": text, "level": lvl})
                    lines.append(o["head_indent"] + text + end)
                elif it[0] == "rh":
                    _, lvl, head, cat, rest = it
                    heads.append({"text": head, "level": lvl})
                    paras.append({"text": rest, "category": cat, "truncated": False})
                    lines.append(o["indent"] + head + "。" + rest)
                else:
                    cat, raw = it[1], it[2]
                    trunc = len(it) > 3 and it[3]
                    gold = MARK.sub("", raw)
                    paras.append({"text": gold, "category": cat, "truncated": bool(trunc)})
                    cur = o["indent"]
                    pos = 0
                    for m in MARK.finditer(raw):
                        cur += raw[pos:m.start()]
                        x = m.group(2)
                        addnoise(x)
                        if m.group(1):  # line break with noise line in between
                            lines.append(cur)
                            lines.append(x)
                            cur = ""
                        else:
                            cur += x
                        pos = m.end()
                    cur += raw[pos:]
                    lines.append(cur)
                for extra in o["insert_after"].get(bi, []):
                    if extra[0] == "N":
                        lines.append(extra[1])
                        addnoise(extra[1].strip())
                    elif extra[0] == "B":
                        lines.append("")
                    else:
                        lines.append(extra[1])
    gold = {"speeches": len(titles), "titles": titles, "headings": heads, "paragraphs": paras, "noise": noise}
    return lines, gold


# ------------------------------------------------------------------ page 06: township portal, browser "save as text"
P06 = [
    N("凤鸣县青石镇人民政府门户网站"),
    N("www.fmqingshi.gov.cn"),
    N("首页 | 走进青石 | 政务公开 | 政务服务 | 政民互动 | 专题专栏"),
    N("请输入关键字　搜索"),
    B,
    N("您当前的位置：首页 > 政务公开 > 领导活动 > 领导讲话"),
    B,
    SP(S06, indent="　　", head_indent="　　", insert_after={
        3: [B, N("守牢安全底线　建设平安青石"), B],
    }),
    B,
    N("【责任编辑：何晓燕】"),
    N("【打印本页】　【关闭窗口】"),
    N("扫一扫在手机打开当前页"),
    B,
    N("上一篇：青石镇2023年安全生产工作总结"),
    N("下一篇：关于开展燃气安全隐患专项排查整治的通知"),
    B,
    N("相关链接"),
    N("· 在全镇防汛减灾工作会议上的讲话"),
    N("· 罗德明镇长在全镇森林防火工作推进会上强调压实责任"),
    B,
    N("主办单位：凤鸣县青石镇人民政府　承办：青石镇党政综合办公室"),
    N("地址：凤鸣县青石镇迎宾路18号　邮编：628415　联系电话：0839-6621035"),
    N("蜀ICP备19008327号-1　网站标识码：5108230017　川公网安备 51082302000118号"),
]


def p06():
    lines, gold = build(P06)
    # the portal prints the publish line and the photo caption between the title block and the salutation
    ti = lines.index(S06["title"])
    pub = "发布时间：2024-02-27 09:41　来源：青石镇应急管理办公室　浏览次数：1386　【字体：大 中 小】"
    cap = "图为会议现场。2月26日上午，青石镇召开全镇安全生产工作会议，镇村两级干部及辖区企业负责人共120余人参加。"
    lines[ti + 1:ti + 1] = [pub, ""]
    si = lines.index(S06["salutation"])
    lines[si:si] = ["", cap, ""]
    gold["noise"][5:5] = [pub, cap]
    return lines, gold


# ------------------------------------------------------------------ page 07: education bureau, forwarded e-mail
P07 = [
    N("发件人：华溪县教育局办公室 <bgs@hxjyj.cn>"),
    N("发送时间：2024年3月4日(星期一) 下午4:22"),
    N("收件人：各中小学校; 各幼儿园; 县职业中专"),
    N("抄送：局安全股 <aqg@hxjyj.cn>"),
    N("主题：转发：许局长在全县教育系统安全生产工作会议上的讲话（请组织学习）"),
    N("附件：许光辉局长讲话（定稿）.docx (38.6 KB)"),
    B,
    N("各学校（园）："),
    N("    现将许光辉局长在全县教育系统安全生产工作会议上的讲话转发给你们，请于3月8日前组织全体教职工传达学习，结合开学安全检查抓好贯彻落实，学习情况报局安全股。"),
    B,
    A("县教育局办公室"),
    A("2024年3月4日"),
    B,
    B,
    N("------------------ 原始邮件 ------------------"),
    N("发件人：\"李思远\"<lisiyuan@hxjyj.cn>"),
    N("发送时间：2024年3月1日(星期五) 晚上7:48"),
    N("收件人：\"县教育局办公室\"<bgs@hxjyj.cn>"),
    N("主题：讲话稿定稿，麻烦排版后下发"),
    B,
    N("办公室：局长讲话稿已按会上意见改好，数据部分我标了待核，排版时请把标注删掉。"),
    B,
    SP(S07, indent="    ", head_indent=""),
    B,
    A("-- "),
    A("李思远"),
    A("县教育局办公室"),
    N("电话：0736-7215528　手机：139 7361 4402"),
    B,
    N("此邮件及其附件含有华溪县教育局内部工作信息，仅限收件人使用，请勿转发至互联网或无关人员。"),
]


# ------------------------------------------------------------------ page 08: housing bureau, intranet OA with approval trail
WM = "内部资料·注意保密 chenxiao 2024-03-13"
P08 = [
    A("\ufeff"),
    N("云川市住房和城乡建设局协同办公平台"),
    N("欢迎您，陈晓（安全质量监督科）　｜　待办(12)　已办　待阅(3)　｜　修改密码　退出"),
    N("首页 > 公文管理 > 发文管理 > 发文详情"),
    B,
    N("标　　题：关于印发王立新同志在全市住建系统安全生产工作会议上讲话的通知"),
    N("文　　号：云住建办〔2024〕17号　　密级：普通　　缓急：平件"),
    N("拟稿部门：安全质量监督科　　拟稿人：陈晓　　拟稿日期：2024-03-11"),
    N("主　　送：各区县住房和城乡建设局，局机关各科室、各直属单位"),
    B,
    N("流程跟踪"),
    N("【科室审核】杜明远　同意，请办公室核稿。　2024-03-11 15:02"),
    N("【办公室核稿】覃秀兰　已核，文中数据与质安科报表一致。　2024-03-11 17:36"),
    N("【分管领导审签】吴卫国　同意，呈王局长签发。　2024-03-12 08:51"),
    N("【局长签发】王立新　同意印发。　2024-03-12 09:18"),
    N("【印发】办公室　已分发至38个单位　2024-03-13 10:05"),
    B,
    A("正文"),
    SP(S08, indent="　　", head_indent="　　", insert_after={8: [N(WM)]}),
    B,
    N("附件：全市住建领域安全生产隐患排查整治台账（模板）.xlsx　[下载]　[在线预览]"),
    N("阅读情况：已阅 41 人　未阅 6 人　[查看明细]"),
    N("【办理意见】请各单位结合实际认真贯彻落实。——局办公室"),
    N("[打印]　[转发]　[归档]　[返回]"),
    N("技术支持：云川市大数据中心　服务热线：0877-3120056"),
]


# ------------------------------------------------------------------ page 09: market regulation bureau, news story + two speeches
P09 = [
    N("岷阳市市场监督管理局"),
    N("首页　机构概况　新闻动态　政务公开　办事服务　互动交流　专题专栏"),
    N("当前位置：首页 > 新闻动态 > 工作动态"),
    B,
    N("市市场监管局召开2024年全市市场监管系统安全生产工作会议"),
    N("发布日期：2024-03-13　来源：市局办公室　作者：宋雨桐　阅读量：2547"),
    N("【字号 大 中 小】　【打印】　【纠错】"),
    B,
    N("3月12日，市市场监管局召开2024年全市市场监管系统安全生产工作会议，总结2023年全系统安全生产工作，分析研判当前形势，部署今年重点任务。局党组书记、局长周建平出席会议并讲话，局党组成员、副局长刘文涛对特种设备安全监管工作作具体部署。"),
    N("会议指出，过去一年，全系统坚持人民至上、生命至上，扎实开展燃气安全、电梯安全等专项整治，全市特种设备安全形势保持稳定。会议要求，各级市场监管部门要进一步压实安全监管责任，以“时时放心不下”的责任感抓好各项工作落实。"),
    N("市局机关各处室、直属单位主要负责人，各县（市、区）市场监管局局长、分管局长参加会议。"),
    N("（图为会议现场　摄影：宋雨桐）"),
    B,
    N("以下为会议讲话全文："),
    B,
    SP(S09A),
    B,
    SP(S09B),
    B,
    N("分享到：微信　微博　QQ空间"),
    N("上一条：市市场监管局开展“3·15”国际消费者权益日系列活动"),
    N("下一条：全市电梯安全筑底行动推进会召开"),
    B,
    N("相关阅读"),
    N("在全市食品安全工作会议上的讲话"),
    N("关于全市特种设备安全监管工作的通知"),
    B,
    N("扫码关注“岷阳市场监管”微信公众号"),
    N("岷阳市市场监督管理局　版权所有　地址：岷阳市滨江大道366号　邮编：427100"),
    N("黔ICP备17005219号-2　网站标识码：5226000031"),
]

# ------------------------------------------------------------------ page 10: transport bureau, attachment preview, plain talk
P10 = [
    N("临江县交通运输局门户网站"),
    N("无障碍浏览　｜　长者模式　｜　繁體"),
    N("首页　机构设置　政务公开　交通资讯　办事指南　公众参与"),
    N("您所在的位置：首页 > 政务公开 > 法定主动公开内容 > 领导讲话"),
    B,
    N("索 引 号：LJ-JTJ-2024-00031　　主题分类：交通运输"),
    N("发布机构：临江县交通运输局　　成文日期：2024-04-03"),
    N("名　　称：在全县交通运输安全生产工作会议上的讲话"),
    B,
    N("附件预览（在线阅读仅显示文档前2页）"),
    B,
    SP(S10, indent="　　"),
    N("预览已结束，剩余2页内容请下载附件后查看"),
    N("下载附件：在全县交通运输安全生产工作会议上的讲话.pdf（236KB）"),
    B,
    N("打印本页　　关闭窗口"),
    N("上一篇：县交通运输局关于做好清明节期间道路运输安全工作的通知"),
    N("下一篇：全县农村公路“路长制”工作推进会召开"),
    B,
    N("主办：临江县交通运输局　　承办：县交通运输局办公室"),
    N("地址：临江县滨河路2号　　电话：0745-5228190"),
    N("湘ICP备20013644号　网站标识码：4311270009"),
]

PAGES = {
    "06": (p06, "gb18030", "\r\n", False),
    "07": (lambda: build(P07), "utf-8", "\n", False),
    "08": (lambda: build(P08), "utf-8", "\r\n", False),  # the BOM is the first line of P08
    "09": (lambda: build(P09), "utf-8", "\n", False),
    "10": (lambda: build(P10), "utf-16-le", "\r\n", True),
}


def main():
    for nn, (fn, enc, eol, bom) in PAGES.items():
        lines, gold = fn()
        text = eol.join(lines) + eol
        raw = text.encode(enc)
        if bom:
            raw = b"\xff\xfe" + raw
        with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
            f.write(raw)
        g = {"file": nn + ".txt"}
        g.update(gold)
        with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", ", ".join(PAGES))


if __name__ == "__main__":
    main()
