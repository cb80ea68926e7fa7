#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 01-05 and gold/01-05.json from tools/speeches.py (everything invented).
Run from the output directory: python3 tools/gen.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import A, B, C, D, E, F  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = "\u3000\u3000"


def body(sp, indent=IND, hindent=IND, after=None, suffix=None, split=None):
    """Lines of a speech's blocks. after: {para_no: [lines]} inserted after paragraph para_no (0-based,
    counting p and hp blocks); suffix: {para_no: text} glued to the end of that paragraph's line;
    split: {para_no: (cut_after, [lines])} breaks that paragraph after the substring cut_after and
    puts the lines in between."""
    after, suffix, split = after or {}, suffix or {}, split or {}
    out, k = [], 0
    for b in sp["blocks"]:
        if b[0] == "h":
            out.append(hindent + (b[3] if len(b) > 3 else b[2]))
            continue
        if b[0] == "hp":
            line = b[2] + "。" + b[4]
        else:
            line = b[2]
        if k in split:
            cut, mid = split[k]
            i = line.index(cut) + len(cut)
            out.append(indent + line[:i])
            out.extend(mid)
            out.append(line[i:] + suffix.get(k, ""))
        else:
            out.append(indent + line + suffix.get(k, ""))
        out.extend(after.get(k, []))
        k += 1
    return out


def gold(nn, sps, noise):
    heads, paras = [], []
    for sp in sps:
        for b in sp["blocks"]:
            if b[0] == "h":
                heads.append({"text": b[2], "level": b[1]})
            elif b[0] == "hp":
                heads.append({"text": b[2], "level": b[1]})
                paras.append({"text": b[4], "category": b[3], "truncated": False})
            else:
                paras.append({"text": b[2], "category": b[1], "truncated": False})
    return {"file": nn + ".txt", "speeches": len(sps), "titles": [sp["title"] for sp in sps],
            "headings": heads, "paragraphs": paras, "noise": noise}


def write(nn, lines, enc, eol, sps, noise):
    text = eol.join(lines) + eol
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(text.encode(enc))
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold(nn, sps, noise), f, ensure_ascii=False, indent=2)
        f.write("\n")


# ------------------------------------------------------------------ 01 范文网: 导读 + 篇一/篇二
def page01():
    n = {
        "t": "安全生产会议讲话稿（精选2篇）_范文大全网",
        "nav": "范文大全网  首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 演讲稿 | 登录 | 注册",
        "pos": "当前位置：首页 > 讲话稿 > 领导讲话 > 正文",
        "h1": "安全生产会议讲话稿（精选2篇）",
        "meta": "时间：2024-03-02 10:18:41  栏目：领导讲话  浏览：8765次  【收藏本文】",
        "dd": "导读：讲话稿是在较为隆重的会议上发表的讲话文稿。下面是小编为大家整理的安全生产会议讲话稿（精选2篇），仅供参考，欢迎大家阅读。",
        "n1": "篇一：" + A["title"],
        "n2": "篇二：" + B["title"],
        "p1": "【篇一】",
        "p2": "【篇二】",
        "src": "（来源：网友投稿，仅供学习参考。如有侵权，请联系本站删除。）",
        "tag": "本文标签：安全生产  讲话稿  燃气安全",
        "prev": "上一篇：2024年安全生产月活动启动仪式上的致辞",
        "next": "下一篇：在节前安全检查动员会上的讲话",
        "rel": "相关范文推荐",
        "r1": "· 安全生产工作会议讲话稿范文（通用5篇）",
        "r2": "· 季度安全生产例会发言稿",
        "r3": "· 乡镇燃气安全排查整治工作方案",
        "foot": "关于我们 | 联系我们 | 免责声明 | 网站地图",
        "copy": "Copyright © 2014-2024 范文大全网 www.fanwen-dq.cn 版权所有",
    }
    L = [n["t"], n["nav"], n["pos"], "", n["h1"], n["meta"], n["dd"], n["n1"], n["n2"], "", n["p1"],
         A["title"], A["speaker"], "（" + A["date"] + "）", A["salutation"]]
    L += body(A)
    L += ["", n["p2"], B["title"], B["speaker"], B["date"], B["salutation"]]
    L += body(B, hindent="")
    L += ["", n["src"], n["tag"], n["prev"], n["next"], "", n["rel"], n["r1"], n["r2"], n["r3"], "",
          n["foot"], n["copy"]]
    write("01", L, "utf-8", "\n", [A, B], list(n.values()))


# ------------------------------------------------------------------ 02 文秘 site with paywall
def page02():
    n = {
        "t": C["title"] + " - 文秘帮手网",
        "nav": "文秘帮手网   首页   公文范文   讲话致辞   总结汇报   会员专区   登录 | 注册",
        "pos": "您的位置：首页 > 讲话致辞 > 企业讲话 > 安全讲话",
        "meta": "字数：2136字   上传时间：2024-05-08   下载次数：312   VIP专享",
        "abs": "摘要：今天召开二季度安全生产例会，主要是回顾一季度安全工作，分析存在的问题……",
        "pay": "【复制全文】需开通会员   【下载Word】需开通会员",
        "wm": "（文秘帮手网 www.wmbs-demo.com 会员专享）",
        "strip": "—— 以下内容开通会员后可复制 · VIP会员低至9.9元/月 ——",
        "cnt": "本文共2136字，开通会员即可一键复制全文、下载Word文档。",
        "tip": "温馨提示：本站范文仅供参考，请结合本单位实际修改使用，切勿照搬照抄。",
        "vip": "立即开通VIP会员",
        "cm": "网友评论（2）",
        "c1": "yw_3827：第三部分写得很实在，我们车间开例会直接就能用。 2024-05-12",
        "c2": "匿名网友：能不能再补充一点危化品仓库管理的内容？ 2024-05-20",
        "like": "猜你喜欢",
        "l1": "· 在公司安全生产月启动会上的讲话",
        "l2": "· 车间主任安全生产表态发言",
        "l3": "· 班组安全生产例会记录范文",
        "foot": "文秘帮手网 版权所有  客服QQ：800012345  工作时间：9:00-21:00",
    }
    L = [n["t"], n["nav"], n["pos"], "", C["title"], n["meta"], n["abs"], n["pay"], "",
         C["speaker"], C["salutation"]]
    L += body(C, suffix={4: n["wm"]}, after={5: [n["strip"]]})
    L += [C["date"], "", n["cnt"], n["tip"], n["vip"], "", n["cm"], n["c1"], n["c2"], "", n["like"],
          n["l1"], n["l2"], n["l3"], n["foot"]]
    write("02", L, "gb18030", "\r\n", [C], list(n.values()))


# ------------------------------------------------------------------ 03 公文写作 site, 写作指导 sidebar
def page03():
    n = {
        "t": "公文写作网_专业公文写作指导与范文",
        "nav": "首页 | 公文写作 | 讲话稿 | 写作指导 | 范文 | 投稿",
        "side": "写作指导",
        "s1": "· 领导讲话稿开头的五种写法",
        "s2": "· 形势分析部分怎样写才有分量",
        "s3": "· 讲话稿提纲层次：一、（一）1.怎么用",
        "s4": "写作小贴士：讲话稿开头要交代会议背景和目的，一般以“下面，我讲几点意见”过渡到正文。",
        "pos": "当前位置：首页 > 讲话稿 > 部门讲话",
        "meta": "作者：公文写作网编辑部  来源：会员投稿  时间：2023-09-12  点击：4521",
        "hint": "【写作提示】此处可结合本地区实际，列出危大工程的数量和分布。",
        "guide": "【写作指导】本文是专项整治工作会议讲话，采用“认清形势—聚焦重点—压实责任”三段式结构，层次用一、（一）、1.三级标题，适合住建、应急等部门参考。",
        "ed": "责任编辑：林小文",
        "tag": "标签：建筑施工  专项整治  讲话稿",
        "prev": "上一篇：在全市燃气安全工作会议上的讲话",
        "next": "下一篇：在全区道路交通安全工作会议上的讲话",
        "copy": "Copyright © 2012-2023 公文写作网 gwxz-demo.net  All Rights Reserved",
    }
    L = [n["t"], n["nav"], "", n["side"], n["s1"], n["s2"], n["s3"], n["s4"], "", n["pos"], D["title"],
         n["meta"], D["speaker"], "（" + D["date"] + "）", D["salutation"]]
    b = body(D, hindent="")
    i = b.index("（一）狠抓危大工程管控")
    b.insert(i, n["hint"])
    L += b
    L += ["", n["guide"], n["ed"], n["tag"], n["prev"], n["next"], "", n["copy"]]
    write("03", L, "utf-8", "\r\n", [D], list(n.values()))


# ------------------------------------------------------------------ 04 办公资源 site, 下载Word按钮
def page04():
    n = {
        "t": "办公资源网 - 免费Word模板_Excel表格_PPT模板_范文下载",
        "nav": "首页  Word模板  Excel表格  PPT模板  范文大全  会员中心",
        "pos": "首页 > 范文大全 > 讲话稿 > 学校讲话稿",
        "doc": "2024年秋季开学校园安全工作会议校长讲话稿.docx",
        "meta": "文档格式：DOCX  文档页数：4页  文档大小：26.5KB  更新时间：2024-08-22",
        "btns": "[下载Word文档]  [收藏]  [举报]",
        "btn": "[下载Word文档]",
        "pre": "以下为文档内容预览（下载后可自由编辑）：",
        "end": "文档内容预览结束，点击上方下载Word按钮获取完整可编辑文档",
        "disc": "本文档由用户上传，仅供学习交流，如有侵权请联系客服删除。",
        "rel": "相关文档",
        "r1": "学校安全工作会议讲话稿（通用版）.docx   3页",
        "r2": "开学安全工作会议主持词.docx   2页",
        "r3": "校园安全隐患排查记录表.xlsx   1页",
        "foot": "办公资源网  bgzy-demo.com  客服电话：400-000-1234",
    }
    L = [n["t"], n["nav"], n["pos"], "", n["doc"], n["meta"], n["btns"], "", n["pre"], E["title"],
         E["speaker"], "（" + E["date"] + "）", E["salutation"]]
    L += body(E, after={5: [n["btn"]]})
    L += ["", n["end"], n["btn"], n["disc"], "", n["rel"], n["r1"], n["r2"], n["r3"], n["foot"]]
    write("04", L, "gb18030", "\n", [E], list(n.values()))


# ------------------------------------------------------------------ 05 材料 site, 相关推荐 between paragraphs
def page05():
    n = {
        "t": "材料之家_公文材料_讲话材料_汇报材料",
        "nav": "首页 | 讲话材料 | 汇报材料 | 心得体会 | 党建材料 | 工作总结",
        "pos": "首页 › 讲话材料 › 安全讲话",
        "meta": "来源：材料之家   2024-06-05   阅读 1.2万   字号：大 中 小",
        "rx1": "相关推荐：在全县防汛抗旱工作会议上的讲话",
        "rx": "相关推荐：",
        "ra": "▶ 乡镇防汛工作表态发言（精选3篇）",
        "rb": "▶ 汛期安全生产大检查工作方案",
        "rx3": "相关推荐：2024年镇村防汛应急预案范本",
        "own": "本文由材料之家整理发布，转载请注明出处。",
        "prev": "上一篇：全镇安全生产大检查工作方案",
        "next": "下一篇：村级防汛工作表态发言",
        "hot": "热门材料排行",
        "h1": "1  在全镇安全生产工作会议上的讲话（通用3篇）",
        "h2": "2  防汛工作会议主持词",
        "copy": "© 材料之家 clzj-demo.com  本站部分内容来自网络",
    }
    L = [n["t"], n["nav"], n["pos"], "", F["title"], n["meta"], "", F["speaker"], F["salutation"]]
    L += body(F, hindent="",
              after={0: [n["rx1"]], 9: [n["rx3"]]},
              split={4: ("摸清底数，建立台账，", [n["rx"], n["ra"], n["rb"]])})
    L += [F["date"], "", n["own"], n["prev"], n["next"], "", n["hot"], n["h1"], n["h2"], n["copy"]]
    write("05", L, "utf-8", "\n", [F], list(n.values()))


if __name__ == "__main__":
    for fn in (page01, page02, page03, page04, page05):
        fn()
    print("wrote 01-05")
