#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes 01.txt-05.txt and gold/01.json-05.json from speeches.py, so page and gold agree by construction."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S1, S2, S3, S4, S5, S6  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"⟦(\w+)⟧")


def fill(text, inj):
    """page form of a paragraph: markers replaced by injected chrome or line breaks"""
    return MARK.sub(lambda m: inj[m.group(1)], text)


def clean(text):
    return MARK.sub("", text)


def render(sp, gold, indent="", blank=False, hend=None, hindent=None, inj=None, after=None):
    """lines of the speech body (without title); appends headings/paragraphs to gold"""
    inj = inj or {}
    after = after or {}
    hindent = indent if hindent is None else hindent
    out = []
    for i, it in enumerate(sp["items"]):
        kind = it[0]
        if kind == "p":
            _, cat, text = it
            out.append(indent + fill(text, inj))
            gold["paragraphs"].append({"text": clean(text), "category": cat, "truncated": False})
        elif kind == "h":
            _, lvl, text, end = it
            e = end if hend is None else hend
            out.append(hindent + text + e)
            gold["headings"].append({"text": text, "level": lvl})
        elif kind == "rh":
            _, lvl, head, cat, text = it
            out.append(indent + head + "。" + fill(text, inj))
            gold["headings"].append({"text": head, "level": lvl})
            gold["paragraphs"].append({"text": clean(text), "category": cat, "truncated": False})
        if blank:
            out.append("")
        if i in after:
            out.extend(after[i])
            if blank:
                out.append("")
    return out


def newgold(nn):
    return {"file": nn + ".txt", "speeches": 0, "titles": [], "headings": [], "paragraphs": [], "noise": []}


def title(gold, sp):
    gold["titles"].append(sp["title"])
    gold["speeches"] += 1
    return sp["title"]


def write(nn, lines, gold, noise, enc, crlf):
    text = "\n".join(lines) + "\n"
    for n in noise:
        assert n in text, (nn, n)
    gold["noise"] = noise
    if crlf:
        text = text.replace("\n", "\r\n")
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ====================================================================== 01  鲸闻头条 (头条-like), mobile copy, UTF-8 LF
def page01():
    g = newgold("01")
    N = {
        "app": "打开鲸闻头条，阅读体验更佳",
        "btn": "打开APP",
        "author": "桐岭发布",
        "byline": "2024-06-13 10:26 · 桐岭县融媒体中心官方账号",
        "fold": "展开全文",
        "note": "（根据现场录音整理，略有删减）",
        "cnt": "评论 47",
        "card": "桐岭县融媒体中心官方账号 · 1.8万粉丝 · 获赞6.2万",
        "rel": "相关推荐",
        "r1": "周振国在全县防汛抗旱工作会议上的讲话",
        "r1m": "桐岭发布 · 126评论 · 3天前",
        "r2": "县委书记在全县安全生产警示教育大会上的讲话（全文）",
        "r2m": "公文写作那些事 · 68评论 · 1周前",
        "r3": "2024年安全生产月启动仪式领导讲话稿精选",
        "r3m": "材料小助手 · 19评论 · 5月28日",
        "all": "全部评论",
        "c1": "县长讲得实在，城关那家家具厂出事的时候我就在附近，响声跟放炮一样。",
        "c2": "“该停产的停产，该关闭的关闭”，说到点子上了，就怕查完又是老样子。",
        "c3": "电动车头盔真得戴，我们单位门口天天有人不戴。",
        "d1": "6月13日 · 回复",
        "d2": "6月14日 · 回复",
        "more": "查看全部47条评论",
        "write": "写评论...",
    }
    L = [N["app"], N["btn"], "", title(g, S1), "", N["author"], N["byline"], "关注", "",
         "（2024年6月12日）", "", "同志们：", ""]
    L += render(S1, g, blank=True, after={3: [N["fold"]]})
    L += [N["note"], "", "举报", "", N["cnt"], "", N["author"], N["card"], "关注", "",
          N["rel"], "", N["r1"], N["r1m"], "", N["r2"], N["r2m"], "", N["r3"], N["r3m"], "",
          N["all"], "", "老钟", N["c1"], N["d1"], "36", "", "山野客", N["c2"], N["d1"], "21", "",
          "小葵", N["c3"], N["d2"], "8", "", N["more"], "", N["write"], "分享", "收藏"]
    write("01", L, g, list(N.values()), "utf-8", False)


# ====================================================================== 02  百晓号 (百家号-like), two speeches, GB18030 CRLF
def page02():
    g = newgold("02")
    N = {
        "home": "百晓首页",
        "nav": "资讯　视频　图片　知道　文库　更多",
        "h1": "基层干部讲安全：一位镇长和一位村支书的两篇讲话稿",
        "author": "公文笔杆子",
        "byline": "2024-09-28 08:15 · 湖北 · 教育领域创作者",
        "intro": "最近不少读者私信，想要一些基层安全生产会议的讲话稿做参考。今天分享两篇，一篇是镇长在国庆节前安全部署会上的讲话，"
                 "一篇是村支书在防汛和安全生产会上的讲话，都是实打实的基层口吻，供大家学习参考。",
        "pg2": "— 2 —",
        "pg3": "— 3 —",
        "ad": "安全生产标准化咨询｜隐患排查信息系统 一站式服务，免费获取方案",
        "adbtn": "立即咨询",
        "src": "（以上讲话稿整理自网络，仅供学习交流，如有侵权请联系删除）",
        "decl": "本文系百晓号作者发布，观点仅代表作者本人，百晓号仅提供信息存储空间服务。",
        "rep": "举报/反馈",
        "latest": "作者最新文章",
        "l1": "乡镇安全生产工作总结（2024年度，可直接套用）　09-21",
        "l2": "在全镇森林防火工作会议上的讲话　09-14",
        "relh": "相关文章",
        "x1": "镇长在安全生产大会上的讲话：守住底线，护航发展　2.3万阅读",
        "x2": "村支部书记在防汛动员会上的讲话稿（最新）　8176阅读",
        "foot": "©2024 Baixiao　使用百晓前必读　意见反馈　鄂ICP备20031876号",
    }
    L = [N["home"], N["nav"], "", N["h1"], "", N["author"], N["byline"], "关注", "", N["intro"], "",
         "讲话一", "", title(g, S2), "柳塘镇镇长　吴建华", "（2024年9月25日）", "同志们："]
    L += render(S2, g, indent="　　", hend="。", hindent="　　",
                inj={"PG3": "\n" + N["pg3"] + "\n"}, after={2: [N["pg2"]]})
    L += ["", "广告", N["ad"], N["adbtn"], "", "讲话二", "", title(g, S3), "杨家湾村党支部书记　杨福生", "乡亲们："]
    L += render(S3, g, indent="　　")
    L += ["", N["src"], "", N["decl"], N["rep"], "", N["latest"], N["l1"], N["l2"], "", N["relh"], N["x1"], N["x2"],
          "", N["foot"]]
    write("02", L, g, list(N.values()), "gb18030", True)


# ====================================================================== 03  网澜号 (网易号-like), UTF-8 CRLF
def page03():
    g = newgold("03")
    N = {
        "bar": "在2024年秋季开学校园安全工作会议上的讲话|校园安全|开学_网澜订阅",
        "home": "网澜首页",
        "nav": "新闻　体育　娱乐　财经　汽车　科技　教育　健康",
        "byline": "2024-08-26 16:05:12　来源: 溪桥教育在线",
        "wm": "【本文来自网澜号：溪桥教育在线】",
        "cap": "图为暑期维修中的宿舍楼（资料图）",
        "decl": "特别声明：本文为网澜号作者上传并发布，仅代表该作者观点。网澜仅提供信息发布平台服务。",
        "en": "Notice: The content above is uploaded and posted by a user of Wanglan Hao, "
              "which is a social media platform and only provides information storage services.",
        "rel": "相关推荐",
        "r1": "溪桥中学召开2024年秋季开学安全工作会议",
        "r2": "校长在新学期教职工大会上的讲话：守住安全底线",
        "r3": "中小学“开学第一课”安全教育讲话稿（6篇）",
        "hot": "网澜热搜",
        "h1": "1 多地发布开学季安全提醒",
        "h2": "2 暑期防溺水典型案例通报",
        "gt": "跟贴 0　参与 0",
        "open": "打开网澜新闻 查看精彩图片",
        "copy": "©1997-2024 网澜公司版权所有",
    }
    L = [N["bar"], N["home"], N["nav"], "登录", "", title(g, S4), N["byline"], "举报", "分享至", "",
         "溪桥中学校长　刘敏", "", "老师们：", ""]
    L += render(S4, g, blank=True, inj={"WM": N["wm"]}, after={6: [N["cap"]]})
    L += [N["decl"], N["en"], "", N["rel"], N["r1"], N["r2"], N["r3"], "", N["hot"], N["h1"], N["h2"], "",
          N["gt"], N["open"], "", N["copy"]]
    write("03", L, g, list(N.values()), "utf-8", True)


# ====================================================================== 04  澎浪号·政务 (澎湃号·政务-like), news lead, UTF-8 LF
def page04():
    g = newgold("04")
    N = {
        "site": "澎浪新闻",
        "h1": "云岗市召开市安委会2024年第二次全体会议",
        "acct": "云岗应急管理",
        "acct2": "云岗市应急管理局官方澎浪号",
        "byline": "2024-06-06 18:20　来源：澎浪新闻·澎浪号·政务",
        "lead1": "6月5日下午，云岗市安委会召开2024年第二次全体会议，通报1至5月全市安全生产形势，"
                 "安排部署治本攻坚三年行动和汛期安全防范工作。市委副书记、市长、市安委会主任孙立华出席会议并讲话。",
        "cap": "▲会议现场。图片来源：云岗市应急管理局",
        "lead2": "会议以视频形式召开，在各区县设分会场。副市长、市安委会副主任陈光明主持会议。市安委会各成员单位主要负责同志"
                 "在主会场参加会议。",
        "lead3": "以下为孙立华同志讲话全文。",
        "src": "（来源：云岗市应急管理局）",
        "ed": "编辑：何雨　审核：梁建平",
        "decl": "本文由澎浪号·政务入驻机构发布，内容仅代表该机构观点，澎浪新闻仅提供信息发布与存储服务。",
        "apply": "申请澎浪号请用电脑访问 https://hao.penglang.cn",
        "tip": "澎浪新闻报料：0571-86305517",
        "rel": "相关推荐",
        "r1": "云岗市部署汛期安全防范工作",
        "r1m": "云岗应急管理　2024-06-01",
        "r2": "孙立华在全市安全生产大检查动员会上强调 压实责任 消除隐患",
        "r2m": "云岗发布　2024-05-17",
        "nocm": "暂无评论，快来抢沙发",
        "copy": "© 2014-2024 澎浪新闻 · 沪ICP备14003370号",
    }
    L = [N["site"], "首页", "澎浪号", "政务", "", N["h1"], "", N["acct"], N["acct2"], "关注", N["byline"], "字号", "",
         "　　" + N["lead1"], "", N["cap"], "", "　　" + N["lead2"], "", "　　" + N["lead3"], "",
         title(g, S5), "孙立华", "（2024年6月5日）", "", "同志们：", ""]
    L += render(S5, g, indent="　　", hindent="　　", blank=True, inj={"BR": "\n"})
    L += [N["src"], N["ed"], "", N["decl"], N["apply"], N["tip"], "", N["rel"], N["r1"], N["r1m"], N["r2"], N["r2m"],
          "", N["nocm"], "", N["copy"]]
    write("04", L, g, list(N.values()), "utf-8", False)


# ====================================================================== 05  新岚看点 (新浪看点-like), UTF-16 LE BOM CRLF
def page05():
    g = newgold("05")
    N = {
        "site": "新岚看点",
        "nav": "推荐　本地　财经　科技　汽车　健康",
        "h1": "总经理这番话，说到了每个一线员工心坎上",
        "author": "安全生产观察",
        "byline": "2024-10-10 19:02 · 阅读 4.7万",
        "intro": "前几天，一家建材企业的季度安全例会讲话在朋友圈转了很多，话不长，但句句说在点子上。全文如下：",
        "img": "打开新岚看点APP，查看高清大图",
        "orig": "本文为作者原创，未经授权禁止转载。如有侵权，请联系新岚看点删除。",
        "stat": "赞 326　评论 58　转发 14",
        "hot": "热门评论",
        "c1": "老陈：挂牌上锁这件事，我们车间去年也差点出事，真不是小题大做。　赞 89",
        "c2": "苏苏：外包队伍那段说得好，出事的往往就是外包进来的人。　赞 57",
        "c3": "鹏哥：考核权重从15%提到25%，班组长这下压力大了。　赞 31",
        "more": "查看全部58条评论",
        "rel": "相关阅读",
        "r1": "在公司2024年上半年安全生产工作会议上的讲话",
        "r2": "安全生产例会总经理讲话稿：安全是最大的效益",
        "dl": "下载新岚看点APP，看更多好内容",
        "copy": "新岚网版权所有 Copyright © 1998-2024 XINLAN.COM",
    }
    L = [N["site"], N["nav"], N["h1"], N["author"], N["byline"], "+关注", N["intro"],
         title(g, S6), "鼎川建材有限公司总经理　马国庆", "（2024年10月8日）", "同志们："]
    L += render(S6, g, inj={"BR": "\n"}, after={6: [N["img"]]})
    L += [N["orig"], N["stat"], N["hot"], N["c1"], N["c2"], N["c3"], N["more"], N["rel"], N["r1"], N["r2"],
          N["dl"], N["copy"]]
    write("05", L, g, list(N.values()), "utf-16-le", True)


if __name__ == "__main__":
    for fn in (page01, page02, page03, page04, page05):
        fn()
    print("written 01-05 and gold/01-05")
