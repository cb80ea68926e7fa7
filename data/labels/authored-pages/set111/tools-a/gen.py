#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes the pages NN.txt and the labels gold/NN.json of set 111a from one source.

A page is a list of pieces:
  N(line)            chrome line listed as noise (the whole stripped line is the noise string)
  F(line)            chrome line left unlabelled (short marker, date, signature, speaker-like line)
  B                  blank line
  SP(items, style)   speech items (see speeches.py), rendered in the page's style
Everything is invented.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S01, S02, S03, S04A, S04B, S05  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def N(line):
    return ("N", line)


def F(line):
    return ("F", line)


B = ("B",)


def SP(items, **style):
    return ("SP", items, style)


# ------------------------------------------------------------------ rendering
def render_speech(items, style, out, gold):
    ind = style.get("indent", "　　")
    hind = style.get("hindent", ind)
    blank = style.get("blank", False)
    title_pad = style.get("title_pad", "")
    for it in items:
        k = it[0]
        if k == "T":
            out.append(title_pad + it[1])
            gold["titles"].append(it[1])
        elif k in ("S", "D"):
            out.append(style.get("meta_pad", title_pad) + it[1])
        elif k == "A":
            out.append(it[1])
        elif k == "H":
            out.append(hind + it[2])
            gold["headings"].append({"text": it[2], "level": it[1]})
        elif k == "R":
            out.append(hind + it[2] + "。" + it[4])
            gold["headings"].append({"text": it[2], "level": it[1]})
            gold["paragraphs"].append({"text": it[4], "category": it[3], "truncated": False})
        elif k == "P":
            out.append(ind + it[2])
            gold["paragraphs"].append({"text": it[2], "category": it[1], "truncated": False})
        elif k == "N":  # chrome inside the speech (watermark etc.)
            out.append(it[1])
            if it[1].strip() not in gold["noise"]:  # a repeated watermark is one noise string
                gold["noise"].append(it[1].strip())
        else:
            raise ValueError(it)
        if blank and k in ("P", "R", "H", "N"):
            out.append("")


def build(nn, pieces, enc, eol):
    out = []
    gold = {"file": nn + ".txt", "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}
    for p in pieces:
        if p[0] == "N":
            out.append(p[1])
            gold["noise"].append(p[1].strip())
        elif p[0] == "F":
            out.append(p[1])
        elif p[0] == "B":
            out.append("")
        elif p[0] == "SP":
            render_speech(p[1], p[2], out, gold)
    gold["speeches"] = len(gold["titles"])
    # sanity: noise distinct, 8..25, >=4 chars
    ns = gold["noise"]
    assert len(ns) == len(set(ns)), (nn, [x for x in ns if ns.count(x) > 1])
    assert 8 <= len(ns) <= 25, (nn, len(ns))
    assert all(len(x) >= 4 for x in ns), nn
    text = eol.join(out) + eol
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ------------------------------------------------------------------ 01 township site, 政务公开 article
P01 = [
    F("梅坞镇人民政府"),
    N("溪口县梅坞镇人民政府门户网站　|　设为首页　|　加入收藏　|　无障碍浏览　|　长者模式"),
    N("首页　镇情概况　新闻动态　政务公开　政务服务　互动交流　专题专栏"),
    B,
    N("当前位置：首页 > 政务公开 > 法定主动公开内容 > 安全生产"),
    B,
    N("索引号：\t11330624MB1D52718K/2024-00417\t发布机构：\t梅坞镇人民政府"),
    N("生成日期：\t2024-04-12\t文号：\t梅政办〔2024〕19号"),
    N("主题分类：\t安全生产监管\t公开方式：\t主动公开"),
    N("内容概述：\t今天召开全镇安全生产暨森林防火工作会议，主要任务是贯彻落实县安委会第一次全体会议精神…"),
    N("名　　称：\t梅坞镇人民政府办公室关于印发陈国梁同志在全镇安全生产暨森林防火工作会议上讲话的通知"),
    B,
    N("关于印发陈国梁同志在全镇安全生产暨森林防火工作会议上讲话的通知"),
    N("发布日期：2024-04-12 15:20　　信息来源：党政综合办公室　　浏览次数：612　　【字号：大 中 小】"),
    B,
    N("各村（社区）、镇属各单位、镇级各部门："),
    N("　　现将陈国梁同志在全镇安全生产暨森林防火工作会议上的讲话印发给你们，请结合实际认真抓好贯彻落实。"),
    F("　　　　　　　　　　　　　　梅坞镇人民政府办公室"),
    F("　　　　　　　　　　　　　　　2024年4月12日"),
    B,
    SP(S01, title_pad="　　　　", meta_pad="　　　　　　　　"),
    B,
    N("【打印本页】　　【关闭窗口】"),
    N("附件：梅坞镇2024年森林防火责任区划分表.xls"),
    N("相关链接：梅坞镇人民政府关于印发2024年安全生产工作要点的通知"),
    N("上一篇：梅坞镇召开2024年第一季度安委会成员单位联席会议"),
    N("下一篇：关于开展清明节期间森林防火专项巡查的通知"),
    N("扫一扫在手机打开当前页"),
    B,
    N("主办单位：溪口县梅坞镇人民政府　　承办单位：梅坞镇党政综合办公室"),
    N("地址：溪口县梅坞镇商贸路18号　　邮编：311718　　联系电话：0578-6932015"),
    N("网站标识码：3306240031　　江ICP备05029137号-2　　江公网安备 33062402000218号"),
    N("技术支持：溪口县大数据发展中心　　您是本站第 268915 位访问者"),
]

# ------------------------------------------------------------------ 02 provincial 应急管理厅 column page
P02 = [
    N("岚江省应急管理厅　Lanjiang Provincial Department of Emergency Management"),
    N("今天是：2024年3月22日 星期五　｜　English　｜　无障碍　｜　关怀版　｜　智能问答"),
    N("首页　机构职能　新闻中心　政务公开　政务服务　互动交流　安全科普　专题专栏"),
    B,
    N("您当前的位置：首页 > 新闻中心 > 厅领导讲话"),
    N("栏目导航：厅领导活动 | 厅领导讲话 | 工作动态 | 市州动态 | 媒体聚焦"),
    B,
    N("王振宇厅长在全省危险化学品安全风险集中治理推进会上的讲话"),
    N("发布时间：2024-03-21 17:05　　来源：危险化学品安全监督管理处　　浏览次数：1372"),
    N("【字体：大 中 小】【打印】【关闭】"),
    B,
    N("【摘要】这次会议是经省政府同意召开的一次专题会议，主要任务是总结危险化学品安全风险集中治理第一阶段工作……"),
    B,
    SP(S02, indent="", blank=True),
    N("（根据会议录音整理，已经本人审阅）"),
    B,
    N("相关附件："),
    N("1. 全省危险化学品安全风险集中治理第一阶段督导检查情况通报.pdf（1.27MB）"),
    N("2. 危险化学品企业重大隐患排查表（模板）.xlsx（64KB）"),
    N("3. 化工园区安全风险智能化管控平台数据对接规范.docx（312KB）"),
    B,
    N("扫一扫在手机打开"),
    N("【打印本页】【关闭窗口】"),
    B,
    N("上一篇：张立群副厅长在全省安全生产执法工作视频会议上的讲话"),
    N("下一篇：在全省应急管理系统防汛防台风工作部署会上的讲话"),
    B,
    N("主办单位：岚江省应急管理厅　　地址：岚州市政通路66号　　邮编：410019"),
    N("网站标识码：4300000057　　岚ICP备12003986号　　岚公网安备 43010502000874号"),
    N("24小时应急值班电话：0731-89286110　　建议使用1920×1080分辨率浏览本站"),
]

# ------------------------------------------------------------------ 03 development zone: 领导活动 report, then 讲话全文
P03 = [
    F("临川经济技术开发区管理委员会"),
    N("Linchuan Economic and Technological Development Zone"),
    N("首页 | 开发区概况 | 新闻中心 | 政务公开 | 投资促进 | 营商环境 | 政务服务 | 互动交流"),
    N("首页 > 新闻中心 > 领导活动"),
    B,
    N("刘思远出席开发区2024年“安全生产月”启动仪式暨建筑施工安全工作部署会"),
    N("发布时间：2024-06-03 18:26　来源：开发区党政办公室　作者：朱晓雯　字号：大 中 小"),
    B,
    N("　　6月3日上午，开发区2024年“安全生产月”活动启动仪式暨建筑施工安全工作部署会在城建集团临川科创园项目工地召开。开发区党工委副书记、管委会主任刘思远出席并讲话，管委会副主任吴海涛主持。"),
    N("图为启动仪式现场。（开发区融媒体中心 摄）"),
    N("　　会上，建设管理局通报了1至5月全区建筑施工安全检查情况，城建集团临川项目部作表态发言。与会人员现场观摩了高处坠落、触电等安全体验项目和塔吊事故应急救援演练。"),
    N("　　刘思远指出，今年以来开发区在建项目多、体量大，建筑施工领域安全风险持续累积，各部门、各单位要坚持人民至上、生命至上，把安全生产摆在更加突出的位置。他强调，要聚焦危大工程、起重机械和临时用电等重点环节，扎实开展建筑施工安全专项整治，压紧压实建设、施工、监理各方责任，坚决遏制生产安全事故发生。"),
    N("　　开发区各局办、各街道负责人，区内在建项目建设、施工、监理单位负责人共200余人参加会议。"),
    B,
    N("附：刘思远同志讲话全文"),
    B,
    SP(S03, title_pad="", meta_pad="　　　　　　"),
    B,
    N("责任编辑：朱晓雯　　审核：陈立"),
    N("分享到：微信　微博　QQ空间　　【打印】【关闭】"),
    B,
    N("相关新闻"),
    N("· 开发区召开2024年第二季度安全生产工作例会"),
    N("· 吴海涛带队开展建筑工地安全生产“四不两直”检查"),
    N("· 在开发区安全生产委员会2024年第一次全体会议上的讲话"),
    B,
    N("主办：临川经济技术开发区管理委员会　承办：开发区党政办公室"),
    N("地址：临川市开发区创业大道1号　电话：0795-7366000　传真：0795-7366001"),
    N("临ICP备18004627号-1　网站标识码：3607000103"),
]

# ------------------------------------------------------------------ 04 state enterprise intranet news, two speeches
WM = "东屿发电内网 刘晓燕 0315 2024-04-09 08:52"
P04 = [
    N("东屿发电有限公司　企业门户（内网）"),
    N("欢迎您，刘晓燕（安全监察部）　|　待办事项(3)　|　我的消息　|　退出登录"),
    N("首页　公司新闻　通知公告　规章制度　安全生产　党建园地　员工之家　办公系统"),
    N("当前位置：首页 > 公司新闻 > 安全生产"),
    B,
    N("公司召开2024年第二季度安委会扩大会议暨防汛工作部署会"),
    N("发布部门：安全监察部　　发布人：孙婷　　审核人：郑卫东　　发布时间：2024-04-08 17:36　　点击率：853"),
    B,
    N("    4月8日，公司召开2024年第二季度安委会扩大会议暨防汛工作部署会。总经理何建平出席会议并讲话，维护检修部、发电运行部、燃料部和两家外包单位作了表态发言。现将何建平总经理的讲话和维护检修部的表态发言刊发如下，请各部门组织学习。"),
    B,
    SP(S04A[:14] + [("N", WM)] + S04A[14:], indent="    ", title_pad="        ", meta_pad="            "),
    B,
    SP(S04B[:8] + [("N", WM)] + S04B[8:], indent="    ", title_pad="  ", meta_pad="            "),
    B,
    N("附件（2）："),
    N("1. 东屿发电有限公司2024年防汛应急预案（修订版）.doc"),
    N("2. 二季度安全生产重点工作任务分解表.xls"),
    B,
    N("已阅人员（126）：何建平、郑卫东、魏敏、陈家豪、孙婷……"),
    N("【评论(3)】　【打印】　【关闭】"),
    N("相关新闻：公司开展2024年春季安全大检查　|　1号机组A级检修动员会召开"),
    B,
    N("内部资料　注意保密　严禁将内网信息转发至互联网"),
    N("版权所有：东屿发电有限公司　技术支持：公司信息中心（分机：6688）"),
    N("建议使用IE9以上版本或Chrome浏览器访问"),
]

# ------------------------------------------------------------------ 05 school website 校园新闻
P05 = [
    N("岚江市第十四中学　Lanjiang No.14 Middle School"),
    N("设为首页 | 加入收藏 | 联系我们 | 校长信箱"),
    N("学校首页　学校概况　校园新闻　通知公告　德育天地　教学教研　党建工作　招生信息"),
    N("当前位置：学校首页 >> 校园新闻 >> 正文"),
    B,
    N("筑牢安全防线　守护平安校园——我校召开2024年春季学期开学校园安全工作会议"),
    N("作者：校办　来源：本站原创　发布时间：2024-02-27　访问量：1268"),
    B,
    N("　　2月26日下午，我校在报告厅召开2024年春季学期开学校园安全工作会议，全体教职工参加。会上，黄慧敏校长作了讲话，各年级组长签订了校园安全目标责任书。以下为讲话全文："),
    B,
    SP(S05, title_pad="　　", meta_pad="　　　　　　"),
    B,
    N("（图文：校办　审核：王晓东）"),
    N("上一条：我校开展寒假返校学生安全教育主题班会"),
    N("下一条：高一年级举行2024年春季消防应急疏散演练"),
    N("【关闭窗口】"),
    B,
    N("热点新闻：我校召开2023—2024学年第一学期安全工作总结会 | 在2023年秋季开学典礼上的讲话（黄慧敏）"),
    B,
    N("友情链接：岚江市教育局 | 学校安全教育平台 | 国家中小学智慧教育平台"),
    N("版权所有：岚江市第十四中学　地址：岚江市城东区学府路27号　邮编：410305"),
    N("电话：0731-85520614　岚ICP备09011573号"),
    N("您是本站第 0158273 位访问者　今日访问量：416　技术支持：岚江市电化教育馆"),
]

PAGES = [
    ("01", P01, "gb18030", "\r\n"),
    ("02", P02, "utf-8", "\n"),
    ("03", P03, "utf-8", "\r\n"),
    ("04", P04, "utf-16-le", "\r\n"),
    ("05", P05, "gb18030", "\n"),
]

if __name__ == "__main__":
    for nn, pieces, enc, eol in PAGES:
        build(nn, pieces, enc, eol)
    print("wrote %d pages" % len(PAGES))
