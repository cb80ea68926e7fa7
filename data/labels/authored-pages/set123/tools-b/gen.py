#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from tools/speeches.py (everything made up)."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import PAGES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\{\{(\w+)\}\}")


def strip_marks(t):
    return MARK.sub("", t)


def fill(t, inj):
    def f(m):
        if m.group(1) not in inj:
            raise KeyError("no injection for %s" % m.group(1))
        return inj[m.group(1)]
    return MARK.sub(f, t)


def render(sp, inj, hdeco=None, pindent="", blank=False, title_prefix="", front_blank=False):
    """Lines of one speech as the page prints it."""
    hdeco = hdeco or (lambda lvl: "")
    out = [title_prefix + sp["title"]]
    out += sp["front"]
    if front_blank:
        out.append("")
    for b in sp["blocks"]:
        if b[0] == "h":
            line = hdeco(b[1]) + b[2]
        elif b[0] == "p":
            line = pindent + fill(b[2], inj)
        else:
            line = pindent + b[2] + "。" + fill(b[4], inj)
        out += line.split("\n")
        if blank:
            out.append("")
    return out


def gold_of(nn, speeches, noise):
    titles, heads, paras = [], [], []
    for sp in speeches:
        titles.append(sp["title"])
        for b in sp["blocks"]:
            if b[0] == "h":
                heads.append({"text": b[2], "level": b[1]})
            elif b[0] == "p":
                paras.append({"text": strip_marks(b[2]), "category": b[1], "truncated": False})
            else:
                heads.append({"text": b[2], "level": b[1]})
                paras.append({"text": strip_marks(b[4]), "category": b[3], "truncated": False})
    return {"file": nn + ".txt", "speeches": len(speeches), "titles": titles, "headings": heads,
            "paragraphs": paras, "noise": noise}


# ---------------------------------------------------------------- page 06: 微信公众号 article
def page06():
    sp = PAGES["06"][0]
    noise = [
        "澄溪应急",
        "点击上方蓝字 关注我们",
        "绷紧安全弦 守牢生命线｜邵明远县长在全县安全生产工作会议上作部署",
        "原创 澄溪应急管理局 澄溪应急 2024-03-07 18:30 发表于浙江",
        "编者按：3月6日上午，我县召开全县安全生产工作会议，县长邵明远出席会议并讲话。现将讲话全文刊发如下，供全县各级各部门学习贯彻。",
        "▲ 会议现场 ｜ 摄影：澄溪融媒 吴凡",
        "36人划线",
        "— END —",
        "来源：澄溪县应急管理局　编辑：吴佳　审核：黄志平",
        "往期推荐",
        "在全县防汛抗旱工作会议上的讲话（全文）",
        "全县2024年第一次安委会全体会议召开",
        "以案为鉴｜一起有限空间作业事故的警示",
        "预览时标签不可点",
        "阅读原文",
        "轻触阅读原文",
        "微信扫一扫关注该公众号",
        "喜欢作者",
        "3人喜欢",
        "留言精选",
        "城北老周：隐患排查就得拉网式，不能走过场，邵县长说到点子上了！",
        "作者回复：感谢您的关注，我们将持续跟进各项部署的落实情况。",
        "大坪镇小刘：“一岗双责”不能只挂在墙上，希望这次真正落到实处。",
        "继续滑动看下一个",
    ]
    body = render(sp, {"mark": "36人划线"}, pindent="", blank=True)
    # image caption after the opening paragraph (title, 3 front lines, opening paragraph + blank)
    k = 1 + len(sp["front"]) + 2
    body[k:k] = ["▲ 会议现场 ｜ 摄影：澄溪融媒 吴凡", ""]
    lines = [
        "澄溪应急",
        "点击上方蓝字 关注我们",
        "",
        "绷紧安全弦 守牢生命线｜邵明远县长在全县安全生产工作会议上作部署",
        "原创 澄溪应急管理局 澄溪应急 2024-03-07 18:30 发表于浙江",
        "",
        "▼",
        "编者按：3月6日上午，我县召开全县安全生产工作会议，县长邵明远出席会议并讲话。现将讲话全文刊发如下，供全县各级各部门学习贯彻。",
        "",
    ] + body + [
        "— END —",
        "",
        "来源：澄溪县应急管理局　编辑：吴佳　审核：黄志平",
        "",
        "往期推荐",
        "● 在全县防汛抗旱工作会议上的讲话（全文）",
        "● 全县2024年第一次安委会全体会议召开",
        "● 以案为鉴｜一起有限空间作业事故的警示",
        "",
        "预览时标签不可点",
        "阅读原文",
        "微信扫一扫关注该公众号",
        "",
        "喜欢作者",
        "赞赏",
        "3人喜欢",
        "",
        "分享",
        "收藏",
        "点赞",
        "在看",
        "",
        "留言精选",
        "写留言",
        "城北老周：隐患排查就得拉网式，不能走过场，邵县长说到点子上了！",
        "28",
        "作者回复：感谢您的关注，我们将持续跟进各项部署的落实情况。",
        "大坪镇小刘：“一岗双责”不能只挂在墙上，希望这次真正落到实处。",
        "12",
        "",
        "继续滑动看下一个",
        "轻触阅读原文",
        "澄溪应急",
        "知道了",
        "",
    ]
    return lines, noise, ("utf-8", "LF")


# ---------------------------------------------------------------- page 07: 视频号/抖音 图文 caption copy
def page07():
    sp = PAGES["07"][0]
    noise = [
        "华远能源集团",
        "视频号 · 2.1万关注",
        "图片 1/9",
        "集团董事长韩立新：今年安全工作这样干！#安全生产 #能源央企 #华远能源",
        "#安全红线",
        "@华远能源集团安监部",
        "IP属地：内蒙古",
        "❤ 2356",
        "💬 188",
        "共188条评论",
        "安监小兵：第三点说到心坎里了，外委队伍就是最大的短板👍",
        "作者赞过",
        "红柳矿老王：去年那次皮带巷起火我就在现场，现在想起来都后怕",
        "展开2条回复",
        "华远能源集团（作者）：安全无小事，感谢大家关注！",
        "说点什么...",
        "相关推荐",
        "第一，把安全责任扛稳压实——某集团总经理在年度安全工作会上的讲话",
        "煤矿安全生产“十条硬措施”图解",
    ]
    deco = {1: "🔸"}
    body = render(sp, {"tag1": " #安全红线", "tag2": " @华远能源集团安监部"},
                  hdeco=lambda lvl: deco[lvl], title_prefix="📢 ")
    lines = [
        "＜",
        "华远能源集团",
        "视频号 · 2.1万关注",
        "关注",
        "图片 1/9",
        "",
        "集团董事长韩立新：今年安全工作这样干！#安全生产 #能源央企 #华远能源",
        "",
    ] + body + [
        "收起",
        "2024年2月28日",
        "IP属地：内蒙古",
        "❤ 2356",
        "💬 188",
        "⭐收藏",
        "转发",
        "",
        "共188条评论",
        "安监小兵：第三点说到心坎里了，外委队伍就是最大的短板👍",
        "作者赞过",
        "回复",
        "红柳矿老王：去年那次皮带巷起火我就在现场，现在想起来都后怕",
        "展开2条回复",
        "华远能源集团（作者）：安全无小事，感谢大家关注！",
        "",
        "说点什么...",
        "",
        "相关推荐",
        "第一，把安全责任扛稳压实——某集团总经理在年度安全工作会上的讲话",
        "煤矿安全生产“十条硬措施”图解",
    ]
    return lines, noise, ("utf-8-sig", "CRLF")


# ---------------------------------------------------------------- page 08: 头条号 article with 声明 and 评论
def page08():
    sp = PAGES["08"][0]
    ad = "岚州本地人都在用的燃气报警器，限时特惠，点击了解"
    noise = [
        "岚州新观察",
        "2024-03-15 08:12 · 头条号作者 · 优质政务领域创作者",
        "副市长许嘉禾在全市安全生产工作会议上的讲话，句句戳中要害！",
        "声明：本文内容整理自岚州市政府网站公开信息，仅供学习交流，如涉及版权问题请联系删除。",
        "（图片来源：网络，侵删）",
        "广告　" + ad,
        "（掌声）",
        "（本文完）",
        "作者声明：个人观点、仅供参考",
        "举报/反馈",
        "评论 36",
        "岚州老哥：说得好??燃气这块真该好好查查了",
        "云岭区网格员：一个网格员管三百多户，检查哪顾得过来？",
        "12条回复",
        "用户7291035846：转发了",
        "写评论...",
        "相关推荐",
        "全市安全生产工作会议召开 许嘉禾出席并讲话",
        "在全省安全生产电视电话会议上的讲话要点（附全文）",
    ]
    body = render(sp, {"applause": "（掌声）"}, pindent="　　", blank=False)
    # ad after the first run-in paragraph of section 二, photo caption after the opening paragraph
    i = next(j for j, l in enumerate(body) if l.startswith("　　二是聚焦自建房"))
    body[i:i] = ["广告　" + ad]
    i = next(j for j, l in enumerate(body) if l.startswith("一、"))
    body[i:i] = ["（图片来源：网络，侵删）"]
    lines = [
        "岚州新观察",
        "2024-03-15 08:12 · 头条号作者 · 优质政务领域创作者",
        "+关注",
        "",
        "副市长许嘉禾在全市安全生产工作会议上的讲话，句句戳中要害！",
        "",
        "声明：本文内容整理自岚州市政府网站公开信息，仅供学习交流，如涉及版权问题请联系删除。",
        "",
    ] + body + [
        "",
        "（本文完）",
        "作者声明：个人观点、仅供参考",
        "举报/反馈",
        "",
        "评论 36",
        "热门",
        "最新",
        "岚州老哥：说得好??燃气这块真该好好查查了",
        "云岭区网格员：一个网格员管三百多户，检查哪顾得过来？",
        "12条回复",
        "用户7291035846：转发了",
        "写评论...",
        "",
        "相关推荐",
        "全市安全生产工作会议召开 许嘉禾出席并讲话",
        "在全省安全生产电视电话会议上的讲话要点（附全文）",
    ]
    return lines, noise, ("gb18030", "CRLF")


# ---------------------------------------------------------------- page 09: 微信群 chat forward, two speeches
def page09():
    a, b = PAGES["09"]
    h41, h42, h44, h46, h47, h50 = ("党政办刘晓  09:41", "党政办刘晓  09:42", "应急办王海军  09:44",
                                    "党政办刘晓  09:46", "党政办刘晓  09:47", "东坡村杨德林  09:50")
    notice = ("各位领导、各村（社区）、各站所：昨天全镇安全生产暨森林防火工作会议上陈镇长和罗书记的讲话已整理好，"
              "现转发给大家，请认真学习传达，抓好贯彻落实。")
    noise = [
        "白沙镇安全生产工作群的聊天记录",
        h41, h42, h44, h46, h47, h50,
        notice,
        "[文件] 陈镇长讲话（定稿）.docx 86.5K",
        "[图片]",
        "党政办刘晓撤回了一条消息",
        "[强][强][强]",
        "收到，马上传达到各村民小组。",
        "（讲话内容较长，分条发送）",
    ]
    body_a = render(a, {"split": "\n" + h42 + "\n"})
    body_b = render(b, {"split": "\n" + h47 + "\n"}, blank=False)
    lines = [
        "白沙镇安全生产工作群的聊天记录",
        "2024年3月12日",
        "",
        h41,
        notice,
        "",
        h41,
        "[文件] 陈镇长讲话（定稿）.docx 86.5K",
        "",
        h41,
        "[图片]",
        "",
        h42,
        "（讲话内容较长，分条发送）",
        "",
        h42,
    ] + body_a + [
        "",
        h44,
        "收到",
        "",
        "党政办刘晓撤回了一条消息",
        "",
        h46,
    ] + body_b + [
        "",
        h50,
        "[强][强][强]",
        "收到，马上传达到各村民小组。",
        "",
    ]
    return lines, noise, ("utf-16-le", "CRLF")


# ---------------------------------------------------------------- page 10: 小红书-style note with tags
def page10():
    sp = PAGES["10"][0]
    intro = ("最近院里开了安全生产工作会，院长的讲话稿我一个字一个字敲下来了🙌 结构清晰、层次分明，"
             "做医院安全管理、写年度总结的宝子们可以码住👇")
    murmur = "💡 小鹿碎碎念：这篇讲话最值得学的是四个小标题都用“把……”开头，排比很有气势，写材料可以直接借鉴～"
    tags = "#安全生产 #医院安全管理 #公文写作 #写材料 #职场干货 #打工人日常"
    noise = [
        "安全员小鹿",
        "📝院长这篇安全生产讲话太会写了！写材料的姐妹直接抄作业",
        intro,
        "【划重点】",
        murmur,
        tags,
        "编辑于 03-21 浙江",
        "共 56 条评论",
        "糯米团子：蹲一个word版🙏",
        "安全员小鹿（作者）：已私～",
        "护士长阿May：我们院去年也被通报了消防通道堆杂物，太真实了",
        "展开 6 条回复",
        "说点什么...",
        "赞 1.3万　收藏 8732　评论 56",
    ]
    body = render(sp, {"hl": "【划重点】"}, hdeco=lambda lvl: "✅", blank=True, title_prefix="🌟")
    lines = [
        "安全员小鹿",
        "关注",
        "1/6",
        "",
        "📝院长这篇安全生产讲话太会写了！写材料的姐妹直接抄作业",
        "",
        intro,
        "",
    ] + body + [
        murmur,
        "",
        tags,
        "",
        "编辑于 03-21 浙江",
        "",
        "共 56 条评论",
        "糯米团子：蹲一个word版🙏",
        "安全员小鹿（作者）：已私～",
        "护士长阿May：我们院去年也被通报了消防通道堆杂物，太真实了",
        "展开 6 条回复",
        "",
        "说点什么...",
        "赞 1.3万　收藏 8732　评论 56",
    ]
    return lines, noise, ("utf-8", "LF")


def write(nn, fn):
    lines, noise, (enc, ends) = fn()
    text = "\n".join(lines) + "\n"
    for bad in ("\ufe0f", "\u200d"):
        assert bad not in text, (nn, "variation selector / ZWJ on page")
    for ns in noise:
        assert ns in text, (nn, ns)
    if ends == "CRLF":
        text = text.replace("\n", "\r\n")
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    gold = gold_of(nn, PAGES[nn], noise)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    for nn, fn in (("06", page06), ("07", page07), ("08", page08), ("09", page09), ("10", page10)):
        write(nn, fn)
    print("wrote pages 06-10 and gold files")


if __name__ == "__main__":
    main()
