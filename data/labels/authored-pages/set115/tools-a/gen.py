#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes NN.txt and gold/NN.json for pages 01-05 from one source (tools/speeches.py + templates below).

Template lines:  !text  chrome line (its stripped text becomes a noise string)
                 ~text  chrome line left unlabelled on purpose (short marker, signature, date)
                 {KEY}  a speech from speeches.py
                 other  printed as is (blank lines)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as SP  # noqa: E402

INJ = re.compile(r"\[\[(.+?)\]\]")

# ---------------------------------------------------------------- page templates
PAGE01 = """\
!澜川县2024年安全生产工作会议
!材 料 汇 编
~澜川县安全生产委员会办公室
!二〇二四年三月
!（内部资料　注意保存　会后收回）

!会 议 议 程
!时间：2024年3月8日（星期五）上午9:00
!地点：县行政中心三楼第一会议室
!主持：县委常委、常务副县长贺东平
!一、县应急管理局局长赵立新通报去年全县安全生产工作情况
!二、县交通运输局、澜川润丰化工有限公司作表态发言
!三、县委副书记、县长林志诚讲话
!（赵立新同志的通报材料另行印发，本汇编不再收录）

~材料一
{S01A}

~材料二
{S01B}

~材料三
{S01C}

~材料四
{S01D}

!抄送：县委办、县人大办、县政府办、县政协办，县纪委监委。
!澜川县安全生产委员会办公室　　　　2024年3月11日印发
!（共印150份）
"""

PAGE02 = """\
!2024年安全生产会议讲话稿通用5篇_范文汇
!范文汇 - 专注优质范文分享　www.fanwenhui8.cn
!首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 演讲稿 | 范文大全
!当前位置：范文汇 > 讲话稿 > 安全讲话 > 正文

!2024年安全生产会议讲话稿通用5篇
!时间：2024-05-20 10:32:18　　栏目：安全讲话　　阅读：3862次　　作者：网友投稿

!导读：同志们，今天，我们召开全镇安全生产工作会议，主要任务是传达落实县安全生产工作会议精神……以下是小编为大家整理的2024年安全生产会议讲话稿通用5篇，仅供参考，希望对大家有所帮助。

~篇一：
{S02_1}

!相关推荐：乡镇安全生产会议讲话稿大全 | 企业安全例会发言稿精选10篇

~篇二：
{S02_2}

!【广告】写材料不求人？AI智能写作，一键生成讲话稿，点击免费试用>>

~篇三：
{S02_3}

~篇四：
{S02_4}

~篇五：
{S02_5}

!本文标签：安全生产　讲话稿　会议讲话　范文
!上一篇：2024年安全生产工作总结报告范文（精选10篇）
!下一篇：安全生产月活动实施方案2024最新版
!【2024年安全生产会议讲话稿通用5篇】相关文章：
!1.企业安全生产会议讲话稿（精选6篇）
!2.2024年在全镇安全生产工作会议上的讲话范文3篇
!3.校长在学校安全工作会议上的讲话稿精选
!复制全文 | 下载Word文档 | 收藏本文 | 举报
!声明：本站部分文章来源于网络或网友投稿，仅供学习参考，如有侵权请联系删除。
!Copyright © 2016-2024 范文汇 版权所有　粤ICP备16088213号-2
"""

PAGE03 = """\
!安全生产｜三篇领导讲话全文汇编（建议收藏）
!原创　材料研习笔记　2024-06-11 07:30　发表于湖南
!点击上方蓝字“材料研习笔记”关注我们，每天早上7:30准时推送

!编者按：主汛期将至，小编整理了近期三篇安全生产方面的领导讲话，涵盖综合部署、危化品治理和非煤矿山，结构完整，供大家学习参考。

~目录
!01　在全市安全生产和防汛工作会议上的讲话（市长）
!02　在全市危险化学品安全风险集中治理推进会上的讲话（副市长）
!03　在全市非煤矿山安全生产工作现场会上的讲话（局长）
!（可点击标题跳转，文末附Word版获取方式）

~01

{S03_1}

!▲返回目录

~02

{S03_2}

!▲返回目录

~03

{S03_3}

!▲返回目录

!—— END ——
!免责声明：本文素材来源于公开网络，仅供学习交流使用，版权归原作者所有，如有侵权请联系删除。
!获取本文Word版：关注公众号，后台回复“0611”即可领取。
!往期推荐
!★ 2024年上半年安全生产工作总结（3篇）
!★ 领导干部在安全生产警示教育大会上的讲话
!阅读 1.2万　　赞 268　　在看 97
~写留言
!精选留言
!青岚小吏：收藏了，正好下周要写防汛讲话😂
!作者回复：加油，写材料的都不容易
!云上飞鸟：第一篇的三级标题层次很清晰，学习了
"""

PAGE04 = """\
!石坪县人民政府门户网站
!首页　　政务公开　　政务服务　　互动交流　　走进石坪　　无障碍浏览
!您当前的位置：首页 > 政务公开 > 通知公告
!索 引 号：431125-0031/2024-00317
!发布机构：石坪县安全生产委员会办公室
!发文字号：石安办〔2024〕9号
!成文日期：2024-04-12　　发布日期：2024-04-15
!主题分类：安全生产监管　　有效性：有效
!石坪县安全生产委员会办公室关于印发《在全县一季度安全生产工作调度会上的讲话》的通知
!【字体：大 中 小】　　【打印本页】　　【关闭窗口】
!各乡镇人民政府，县安委会各成员单位，各有关企业：
!\u00a0\u00a0\u00a0\u00a0现将县委副书记、县长黄启明同志在全县一季度安全生产工作调度会上的讲话印发给你们，请认真学习领会，结合实际抓好贯彻落实。
!\u00a0\u00a0\u00a0\u00a0附件：黄启明同志在全县一季度安全生产工作调度会上的讲话
~\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0石坪县安全生产委员会办公室
~\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a02024年4月12日
!\u00a0\u00a0\u00a0\u00a0（此件公开发布）
~附件
{S04}
!相关附件：黄启明同志讲话.docx（下载次数：37）
!相关链接：图解：一季度全县安全生产工作调度会精神
!扫一扫在手机打开当前页
!主办：石坪县人民政府办公室　　承办：石坪县大数据中心
!网站标识码：4311250001　　ICP备案号：湘ICP备05009871号
!政府网站找错
"""

PAGE05 = """\
!安全生产月启动仪式致辞（精选2篇）-致辞大全网
!致辞大全网　｜　开业致辞　婚礼致辞　会议致辞　节日致辞　领导致辞
!位置：首页 › 会议致辞 › 安全生产月启动仪式致辞（精选2篇）
!安全生产月启动仪式致辞（精选2篇）
!发布者：zcdq_edit　　更新：2024-05-29　　人气：1986
!在当下社会，需要使用致辞的场合越来越多，致辞要求风格亲切、简洁明快。那么致辞应该怎么写才合适呢？下面是小编帮大家整理的安全生产月启动仪式致辞（精选2篇），欢迎大家分享。
~致辞1
{S05_1}
!…………………………………………安全生产月启动仪式致辞（精选2篇）第2篇……
~致辞2
{S05_2}
!看过“安全生产月启动仪式致辞（精选2篇）”的人还看了：
!1.安全生产月活动启动仪式主持词范文
!2.企业安全生产月启动大会总经理讲话
!3.2024年安全生产月活动总结（通用15篇）
!【温馨提示】本站内容仅供参考，请根据实际情况修改后使用。
!上一篇：消防安全演练活动领导致辞　　下一篇：安全生产表彰大会致辞
!Copyright © 2012-2024 zhicidaquan.cn 版权所有
"""

# per page: template, encoding, eol, rendering style
STYLE = {
    # Word document saved as plain text (ANSI = GB18030 on a Chinese Windows): no indents, no blank lines
    "01": dict(tpl=PAGE01, enc="gb18030", eol="\r\n", p_ind="", h_ind="", t_ind="", blank=False),
    # web page copied from a browser: full-width indents, blank line between paragraphs
    "02": dict(tpl=PAGE02, enc="utf-8", eol="\n", p_ind="\u3000\u3000", h_ind="\u3000\u3000", t_ind="", blank=True),
    # WeChat article pasted into Notepad on Windows: no indents, blank lines, CRLF
    "03": dict(tpl=PAGE03, enc="utf-8", eol="\r\n", p_ind="", h_ind="", t_ind="", blank=True),
    # old government CMS page saved as text (GBK): &nbsp; indents, no blank lines
    "04": dict(tpl=PAGE04, enc="gb18030", eol="\n", p_ind="\u00a0" * 4, h_ind="\u00a0" * 4, t_ind="\u00a0" * 12,
               blank=False),
    # web page pasted into Notepad, saved as "Unicode" (UTF-16 LE + BOM), CRLF
    "05": dict(tpl=PAGE05, enc="utf-16-le", eol="\r\n", p_ind="\u3000\u3000", h_ind="\u3000\u3000", t_ind="",
               blank=False),
}


def split_inj(text):
    """Return (page text, gold text, injected fragments)."""
    frags = INJ.findall(text)
    return INJ.sub(lambda m: m.group(1), text), INJ.sub("", text), frags


def render_speech(src, st, gold, noise):
    out = []

    def add(line, blank_after=False):
        out.append(line)
        if blank_after and st["blank"]:
            out.append("")

    for raw in src.strip("\n").split("\n"):
        tag, rest = raw.split(" ", 1)
        if tag == "T":
            gold["titles"].append(rest)
            add(st["t_ind"] + rest, True)
        elif tag == "L":
            add(rest, st["blank"] and not rest.startswith("—"))
        elif tag == "N":
            noise.append(rest)
            add(rest, True)
        elif tag[0] == "H":
            gold["headings"].append({"text": rest[:-1] if rest.endswith("。") else rest, "level": int(tag[1:])})
            add(st["h_ind"] + rest, True)
        elif tag[0] == "R":
            cat, body = rest.split(" ", 1)
            head, para = body.split("。", 1)
            gold["headings"].append({"text": head, "level": int(tag[1:])})
            ptxt, gtxt, frags = split_inj(para)
            noise.extend(frags)
            gold["paragraphs"].append({"text": gtxt, "category": cat, "truncated": False})
            add(st["p_ind"] + head + "。" + ptxt, True)
        elif tag in ("P", "J"):
            cat, body = rest.split(" ", 1)
            ptxt, gtxt, frags = split_inj(body)
            noise.extend(frags)
            gold["paragraphs"].append({"text": gtxt, "category": cat, "truncated": False})
            if tag == "J":
                # run together with the previous paragraph (the page lost the break)
                while out and out[-1] == "":
                    out.pop()
                out[-1] = out[-1] + ptxt
                if st["blank"]:
                    out.append("")
            else:
                add(st["p_ind"] + ptxt, True)
        else:
            raise ValueError(raw)
    while out and out[-1] == "":
        out.pop()
    return out


def build(nn):
    st = STYLE[nn]
    gold = {"file": nn + ".txt", "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}
    noise = []
    lines = []
    for tl in st["tpl"].split("\n")[:-1]:
        if tl.startswith("{") and tl.endswith("}"):
            lines.extend(render_speech(getattr(SP, tl[1:-1]), st, gold, noise))
        elif tl.startswith("!"):
            lines.append(tl[1:])
            noise.append(tl[1:].strip())
        elif tl.startswith("~"):
            lines.append(tl[1:])
        else:
            lines.append(tl)
    seen = []
    for n in noise:
        if n not in seen:
            seen.append(n)
    gold["noise"] = seen
    gold["speeches"] = len(gold["titles"])
    text = st["eol"].join(lines) + st["eol"]
    if st["enc"] == "utf-16-le":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(st["enc"])
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(data)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    assert 8 <= len(seen) <= 25, (nn, len(seen))


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn in sorted(STYLE):
        build(nn)
    print("wrote", ", ".join(sorted(STYLE)))


if __name__ == "__main__":
    main()
