#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from tools/speeches.py (page and gold match by construction)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import SPEECHES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u4e00-\u9fff]")


class N(str):
    """A chrome line (or inline string) that is noise."""


# ------------------------------------------------------------------ page set-up
def cfg01():
    hdr = N("棠梨县安委会会议材料之三")
    return dict(
        enc="utf-8", bom=False, eol="\n", blank=True, indent="",
        head=[
            N("县长在全县安全生产暨防范化解重大风险工作会议上的讲话（定稿）.docx - 笃学文库"),
            N("首页 > 党政公文 > 讲话致辞 > 安全生产类讲话"),
            N("文档贡献者：棠梨政务笔杆子　｜　上传时间：2024-03-02 09:14　｜　4页　｜　3825人已浏览"),
            N("★★★★☆ 4.3分（61人评价）　收藏　举报"),
            N("AI导读  本文为县长在全县安全生产会议上的讲话，回顾了上年度事故起数和死亡人数“双下降”的成绩，剖析了粉尘燃爆事故暴露出的问题，部署了重点行业隐患排查整治和责任落实工作。"),
            N("以上内容由AI生成，仅供参考，请以文档原文为准"),
            N("立即下载（2下载券）　　开通VIP，本文免券下载"),
            "", hdr, "",
        ],
        brk=lambda n: ["", N("—  %d  —" % n), "", hdr, ""],
        tail=lambda n: ["", N("—  %d  —" % n), "",
                        N("本文档由用户上传，版权归原作者所有。如有侵权，请点击举报，平台将在24小时内处理。"),
                        N("相关文档推荐"),
                        N("在全市安全生产工作会议上的讲话（2024年）.doc　4.6分　1.2万次阅读"),
                        N("县委书记在安全生产和防汛工作会议上的讲话提纲.docx　4.2分　5861次阅读"),
                        N("一、清醒认识安全生产严峻形势——安全生产讲话提纲参考范文.pdf　3.9分"),
                        N("猜你喜欢：安全生产月活动实施方案｜企业安全生产责任书（通用版）｜节前安全大检查通报"),
                        N("©2024 笃学文库 wenku.duxue-doc.cn　滇ICP备2021009876号-2　客服热线：400-860-5127")],
    )


def cfg02():
    wm = N("文享网 wenxiang.net.cn 原创文档 侵权必究")
    return dict(
        enc="gb18030", bom=False, eol="\r\n", blank=False, indent="",
        head=[
            N("在华澜能源集团2024年安全生产工作会议上的讲话_文享网"),
            N("文享网 > 企业管理 > 安全管理 > 会议讲话"),
            N("VIP专享文档　　下载需消耗5下载券，开通VIP可免费下载"),
            N("上传者：安环部小李　上传于：2024-01-19　文档大小：38.5KB　共4页"),
            N("评分：4.8　　收藏(126)　　分享　　举报"),
            "大纲",
            N("▸ 第一，把形势看清看透"),
            N("▸ 第二，把隐患查深查透"),
            N("▸ 第三，把责任压紧压实"),
            N("▸ 第四，把基础打牢打实"),
            N("第1页 / 共4页"),
        ],
        brk=lambda n: [wm, N("第%d页 / 共4页" % (n + 1))],
        tail=lambda n: [wm,
                        N("文档评论（3）"),
                        N("用户8823：写得很实在，改改单位名称就能直接用了"),
                        N("匿名用户：第三部分讲责任那段讲得好，收藏了"),
                        N("安全小白：求一份配套的安全生产责任书，谢谢楼主"),
                        N("相关推荐"),
                        N("集团公司董事长在年度安全生产工作会议上的讲话.docx"),
                        N("第一，把安全责任扛在肩上——国企安全生产会议讲话精选.doc"),
                        N("扫码关注“文享网”公众号，回复“安全”领取100篇安全讲话稿"),
                        N("Copyright © 2019-2024 文享网 版权所有　苏ICP备19024473号")],
    )


def cfg03():
    return dict(
        enc="utf-8", bom=True, eol="\r\n", blank=False, indent="　　",
        wm=N("（本文来自公文易文库 gwy-wenku.cn，转载请注明出处）"),
        head=[
            "",
            N("公文易 · 文库频道"),
            N("首页 ＞ 文库 ＞ 领导讲话 ＞ 应急管理"),
            N("在鹤川区安全生产工作推进会上的讲话.doc"),
            N("文档贡献者：鹤川笔耕　贡献等级：LV6　上传时间：2024年5月16日"),
            N("文档格式：doc　页数：5　下载次数：271　浏览：1936　　【举报】"),
            N("【AI总结】"),
            N("这篇讲话以周边地区燃气爆炸和火灾事故为鉴，提出了三个方面的要求。"),
            N("要点1：以案为鉴，认清一季度事故死亡人数与去年持平的严峻形势；"),
            N("要点2：紧盯城镇燃气、自建房和人员密集场所，全面起底风险隐患；"),
            N("要点3：压实党政领导责任、部门监管责任，做好汛期应急准备。"),
            N("*以上内容由AI大模型生成，可能存在错误"),
            "————————————————",
            "正文：",
        ],
        brk=lambda n: [],
        tail=lambda n: ["————————————————",
                        N("下载本文档需要1个下载券，您当前剩余0个　　获取下载券"),
                        N("本文档所有内容由用户上传，仅供学习交流，不代表公文易立场"),
                        N("相关推荐："),
                        N("在全区安全生产工作推进会上的讲话（区委书记）"),
                        N("一是紧盯城镇燃气安全——燃气安全专项整治工作讲话"),
                        N("关于进一步加强城镇燃气安全管理工作的通知"),
                        N("鄂ICP备2022031165号-1　公文易 版权所有")],
    )


def cfg04():
    wm = N("笔友文库 www.biyouwk.com 仅供个人学习使用")
    return dict(
        enc="utf-8", bom=False, eol="\r\n", blank=True, indent="　　",
        head=[
            N("安全工作会议讲话稿范文2篇（学校、乡镇）- 笔友文库"),
            N("笔友文库 > 范文大全 > 讲话稿 > 安全讲话"),
            N("付费文档　¥3.90　　购买后可复制、下载全文　　VIP会员免费"),
            N("文档贡献者：云岫小编　　上传时间：2024-04-08　　共4页　　已有1306人下载"),
            N("AI总结：本文收录两篇安全工作会议讲话稿，第一篇为中学校长在春季开学安全工作会议上的讲话，第二篇为镇长在全镇安全生产工作会议上的讲话，均包含形势分析、隐患排查和责任落实等内容。"),
            "",
        ],
        brk=lambda n: ["", wm, N("第%d页 共4页" % n), ""],
        between=["", N("更多精彩范文，请关注笔友文库“讲话稿”专栏"), ""],
        tail=lambda n: ["", wm, N("第%d页 共4页" % n), "",
                        N("内容不能复制？开通VIP即可一键复制全文"),
                        N("为您推荐"),
                        N("在全镇安全生产暨森林防火工作会议上的讲话.doc"),
                        N("开学安全工作会议校长讲话稿（精选5篇）.docx"),
                        N("认清形势，守牢校园安全底线——校长安全讲话范文"),
                        N("举报　|　关于我们　|　联系客服：0731-85520194　|　湘ICP备20011839号")],
    )


def cfg05():
    hdr = N("临江市第二人民医院院办　内部资料")
    return dict(
        enc="utf-16-le", bom=True, eol="\r\n", blank=False, indent="  ",
        head=[
            N("在临江市第二人民医院2024年安全生产工作会议上的讲话 - 阅文档"),
            N("阅文档 ＞ 行业资料 ＞ 医疗卫生 ＞ 医院管理"),
            N("上传者：医院后勤那点事　上传时间：2024-03-25　页数：4页　阅读：2107"),
            N("★★★★★ 5.0（12人评）　　举报"),
            N("【导读】本文系院长在医院年度安全生产工作会议上的讲话，分析了医院人员密集、用氧用电量大的风险特点，部署了重点部位排查、专项整治和责任落实等工作。（导读由AI自动生成）"),
            hdr,
        ],
        brk=lambda n: [N("- %d -" % n), hdr],
        tail=lambda n: [N("试读已结束，还剩1页未读，继续阅读需消耗1下载券"),
                        N("开通阅文档VIP，免费下载全部内容，专享无广告阅读"),
                        N("点击展开全文 ∨"),
                        N("本文档由 医院后勤那点事 上传分享，阅文档仅提供信息存储空间服务"),
                        N("同类文档"),
                        N("医院院长在安全生产月启动仪式上的讲话.docx　2023-06-01"),
                        N("关于开展医疗机构安全生产大排查大整治的实施方案.pdf"),
                        N("医院安全生产工作要点（2024年）.doc"),
                        N("阅文档 yuedoc.com.cn　浙ICP备2020047731号-3　违法和不良信息举报：0571-88071265")],
    )


CFG = {"01": cfg01, "02": cfg02, "03": cfg03, "04": cfg04, "05": cfg05}


# ------------------------------------------------------------------ building
def build(nn):
    c = CFG[nn]()
    lines, noise = [], []
    page = [1]

    def add(seq):
        for s in seq:
            lines.append(s)
            if isinstance(s, N):
                noise.append(str(s))

    def gap():
        if c["blank"]:
            lines.append("")

    def brk():
        add(c["brk"](page[0]))
        page[0] += 1

    titles, heads, paras = [], [], []
    add(c["head"])
    for si, sp in enumerate(SPEECHES[nn]):
        if si:
            add(c.get("between", []))
        for x in sp.get("lead", []):
            lines.append(x)
            gap()
        titles.append(sp["title"])
        lines.append(sp["title"])
        gap()
        for x in sp["pre"]:
            lines.append(x)
        gap()
        for it in sp["body"]:
            if it[0] == "BRK":
                brk()
                continue
            if it[0] == "H":
                _, lvl, text, suf = it
                heads.append({"text": text, "level": lvl})
                lines.append(text + suf)
                gap()
                continue
            if it[0] == "R":
                _, lvl, head, cat, text = it
                heads.append({"text": head, "level": lvl})
                prefix, trunc = head + "。", False
            else:
                cat, text = it[1], it[2]
                trunc = len(it) > 3 and it[3]
                prefix = ""
            gold = text.replace("〔BRK〕", "").replace("〔WM〕", "")
            paras.append({"text": gold, "category": cat, "truncated": bool(trunc)})
            if "〔WM〕" in text:
                noise.append(str(c["wm"]))
                text = text.replace("〔WM〕", c["wm"])
            parts = text.split("〔BRK〕")
            for pi, part in enumerate(parts):
                if pi:
                    brk()
                lines.append((c["indent"] + prefix if pi == 0 else "") + part)
            gap()
    add(c["tail"](page[0]))
    # dedupe noise, keep order
    seen, nz = set(), []
    for s in noise:
        if s not in seen:
            seen.add(s)
            nz.append(s)
    text = c["eol"].join(lines) + c["eol"]
    for s in nz:
        assert s in text, s
    assert 8 <= len(nz) <= 25, (nn, len(nz))
    gold = {"file": nn + ".txt", "speeches": len(titles), "titles": titles,
            "headings": heads, "paragraphs": paras, "noise": nz}
    if c["enc"] == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = (b"\xef\xbb\xbf" if c["bom"] else b"") + text.encode(c["enc"])
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def main():
    for nn in sorted(CFG):
        g = build(nn)
        print(nn, "noise", len(g["noise"]))


if __name__ == "__main__":
    main()
