#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Deterministic generator for set 107a: writes NN.txt pages and gold/NN.json from the texts in speeches.py.
Run from anywhere: python3 tools/gen.py"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

TOK = re.compile(r"\{(\w+)\}")


def clean(t):
    return TOK.sub("", t)


def fill(t, table):
    return TOK.sub(lambda m: table[m.group(1)], t)


def gold_of(nn, speeches, noise):
    titles, heads, paras = [], [], []
    for sp in speeches:
        titles.append(sp["title"])
        for b in sp["blocks"]:
            if b[0] == "h":
                heads.append({"text": clean(b[2]), "level": b[1]})
            else:
                paras.append({"text": clean(b[2]), "category": b[1], "truncated": False})
        if sp.get("cut"):
            paras[-1]["truncated"] = True
    return {"file": nn + ".txt", "speeches": len(speeches), "titles": titles,
            "headings": heads, "paragraphs": paras, "noise": noise}


def write(nn, lines, enc, eol, speeches, noise, final_eol=True):
    text = eol.join(lines) + (eol if final_eol else "")
    if enc == "utf-16-le":
        raw = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        raw = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(raw)
    g = gold_of(nn, speeches, noise)
    for ns in noise:
        assert ns in text, (nn, ns)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ====================================================================== 01: 范文 site, paragraphs joined into long lines
def page01():
    sp = S.A
    headline = "县长在全县安全生产暨节后复工复产工作会议上的讲话"
    stamp = "更多领导讲话范文请关注文苗范文网讲话稿栏目"
    noise = [
        "文苗范文网 - 专注优质范文分享",
        "首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 演讲稿 | 公文范文",
        "您现在的位置：文苗范文网 > 讲话稿 > 领导讲话",
        headline,
        "时间：2024-02-26 08:41:15  来源：网友投稿  作者：山间明月  阅读：2156次",
        "字号：T|T  复制全文  下载本文",
        stamp,
        "【县长在全县安全生产暨节后复工复产工作会议上的讲话】相关文章：",
        "在全县安全生产工作会议上的讲话（精选3篇）",
        "2024年安全生产月活动启动仪式讲话稿",
        "节后复工复产安全生产会议主持词",
        "上一篇：在全县春季森林防火工作会议上的讲话",
        "下一篇：局长在全市交通运输安全工作会议上的讲话",
        "免责声明：本站文章来源于网友投稿，仅供学习交流，如有侵权请联系删除。",
        "Copyright © 2016-2024 文苗范文网 版权所有  湘ICP备16028317号-2",
        "分享到：",
    ]
    b = [x[2] for x in sp["blocks"]]
    # blocks: 0 P1,1 H1,2 P2,3 P3,4 P4,5 H2,6 P5,7 P6,8 P7,9 P8,10 H3,11 P9,12 P10,13 P11,14 P12
    l1 = "　　" + "　　".join([b[0], b[1], b[2], b[3], b[4]])
    l2 = " ".join([b[5], b[6], b[7]]) + "  " + stamp + "  " + " ".join([b[8], b[9]])
    l3 = "　　".join([b[10], b[11]]) + " " + " ".join(b[12:15])
    lines = noise[0:3] + [headline, noise[4], noise[5], "",
                          sp["title"], sp["speaker"], sp["date"], "同志们：",
                          l1, l2, l3, "", "", "分享到：", ""] + noise[7:15]
    write("01", lines, "gb18030", "\r\n", [sp], noise)


# ====================================================================== 02: government portal, whole page on one line
def page02():
    sp = S.B
    headline = "副区长贺晓峰在全区2024年“安全生产月”暨防汛备汛工作推进会上的讲话"
    noise = [
        "您好，欢迎访问云港市临江区人民政府门户网站！",
        "临江区人民政府 无障碍 长者模式 English",
        "首页 走进临江 政务公开 政务服务 互动交流 专题专栏",
        "当前位置：首页 > 政务公开 > 领导讲话",
        headline,
        "发布时间：2024-06-07 16:20 来源：区应急管理局 浏览次数：1083",
        "【字体：大 中 小】",
        "副区长 贺晓峰",
        "（2024年6月5日）",
        "同志们：",
        "【打印本页】 【关闭窗口】",
        "扫一扫在手机打开当前页",
        "相关链接： 临江区2024年防汛防台应急预案（修订） 关于开展2024年“安全生产月”活动的通知",
        "主办：云港市临江区人民政府办公室 承办：临江区大数据中心",
        "网站标识码：3308150021 浙ICP备05011736号 浙公网安备 33081502000117号",
        "联系电话：0570-3326015（工作日） 建议使用1920×1080分辨率浏览",
    ]
    parts = noise[0:7] + [sp["title"], noise[7], noise[8], noise[9]]
    body = []
    for x in sp["blocks"]:
        body.append(x[2])
    line = " ".join(parts) + " 　　" + " 　　".join(body) + "  " + "  ".join(noise[10:])
    write("02", [line], "utf-8", "\n", [sp], noise)


# ====================================================================== 03: WeChat 公众号, headings run in, 同志们： glued to title
def page03():
    sp = S.C
    headline = "总经理谭国栋：以案为鉴守底线 攻坚三季度保平安"
    intro = ("7月9日，集团公司召开安全生产警示教育暨高温季节施工安全工作会议。集团公司总经理谭国栋出席会议并讲话。"
             "现将讲话全文刊发如下，供各单位学习贯彻。")
    photo = "▲会议现场（摄影：钟毅）"
    noise = [
        headline,
        "原创 中沅建工 中沅建工 2024年07月11日 18:05 湖南",
        "点击上方蓝字关注我们",
        intro,
        "同志们：",
        photo,
        "—END—",
        "来源：集团安全环保部",
        "编辑：周小蔓　审核：何立新",
        "往期推荐",
        "▶ 中沅建工荣获2023年度省建筑施工安全生产标准化工地",
        "▶ 筑牢防线｜集团开展2024年防汛应急演练",
        "扫码关注我们",
        "中沅建工",
        "微信号｜zhongyuanjg",
        "阅读 3082",
        "分享 收藏 点赞 在看",
    ]
    lines = [headline, noise[1], "", noise[2], "", intro, "", sp["title"] + "同志们：", ""]
    pending = None
    for i, (kind, a, t) in enumerate(sp["blocks"]):
        if kind == "h":
            pending = t
            continue
        if pending:
            t = pending + "。" + t
            pending = None
        lines += [t, ""]
        if i == 3:  # photo caption after the second 形势分析 paragraph
            lines += [photo, ""]
    lines += ["—END—", "", noise[7], noise[8], "", noise[9], noise[10], noise[11], "",
              noise[12], noise[13], noise[14], "", noise[15], noise[16], "写留言"]
    write("03", lines, "utf-16-le", "\r\n", [sp], noise)


# ====================================================================== 04: 文库 preview, page footers and stamp inside sentences
def page04():
    d, e = S.D, dict(S.E)
    e["cut"] = True
    stamp = "金页文库 www.jinyewk.com"
    f1, f2, f3 = "第1页 共4页", "第2页 共4页", "第3页 共4页"
    noise = [
        "金页文库 - 海量实用文档在线阅读与下载",
        "首页 > 行业资料 > 安全管理 > 讲话致辞",
        "安全生产会议讲话稿（精选2篇）.docx",
        "上传人：wk_39a71　上传时间：2024-10-21　格式：DOCX　页数：4　大小：31.6KB",
        "VIP免费下载　立即下载　加入收藏　举报",
        "安全生产会议讲话稿（精选2篇）",
        "【篇一】",
        "【篇二】",
        f1, f2, f3,
        stamp,
        "试读已结束，还剩1页未读，下载后可阅读全文",
        "下载文档到电脑，查找使用更方便",
        "5.9 金币　0人已下载",
        "下载　加入收藏　分享",
        "相关文档",
        "乡镇安全生产工作会议讲话稿.docx",
        "医院消防安全工作会议讲话稿范文.doc",
        "本站所有文档均为用户上传分享，仅供参考，如有侵权请联系客服删除。",
    ]
    table = {"F1": f1, "W": stamp, "F2": "\n" + f2 + "\n"}
    lines = noise[0:5] + ["", noise[5], "【篇一】", d["title"], d["speaker"], d["date"], "同志们："]
    for kind, a, t in d["blocks"]:
        lines += ("　　" + fill(t, table)).split("\n")
    lines += ["", "【篇二】", e["title"], e["speaker"], "同志们："]
    for kind, a, t in e["blocks"]:
        lines += ("　　" + fill(t, table)).split("\n")
    lines += ["", f3, "", noise[12], noise[13], noise[14], noise[15], "", noise[16], noise[17], noise[18], "", noise[19]]
    write("04", lines, "utf-8", "\r\n", [d, e], noise)


# ====================================================================== 05: portal + PDF attachment copy, arbitrary line splits
def split_para(t, rng):
    n = len(t)
    k = 2 if n < 80 else rng.choice([2, 3, 3, 4])
    cuts, step = [], n / k
    for i in range(1, k):
        c = int(step * i + rng.randint(-6, 6))
        c = max(3, min(n - 3, c))
        while c < n - 1 and t[c] in "，。；：、）”％%":  # PDF line breaks never start a line with closing punctuation
            c += 1
        cuts.append(c)
    cuts = sorted(set(cuts))
    out, prev = [], 0
    for c in cuts + [n]:
        out.append(t[prev:c])
        prev = c
    return out


def page05():
    sp = S.F
    rng = random.Random(1075)
    news = ("8月28日，全县2024年秋季开学学校安全工作会议在县教育局五楼会议室召开。县教育局局长周启航出席会议并讲话，"
            "各中小学、幼儿园校（园）长和局机关各股室负责人参加会议。现将讲话全文公布如下。")
    pnums = ["— 1 —", "— 2 —", "— 3 —", "— 4 —"]
    noise = [
        "凤岭县人民政府门户网站",
        "首页　政务公开　政务服务　政民互动　走进凤岭",
        "当前位置：首页 > 部门信息 > 县教育局 > 工作动态",
        "凤岭县召开2024年秋季开学学校安全工作会议",
        "信息来源：县教育局　发布日期：2024-08-30 10:15　访问量：642",
        news,
        "附件：周启航同志讲话.pdf",
    ] + pnums + [
        "【打印本页】　【关闭窗口】",
        "主办单位：凤岭县人民政府办公室　承办单位：凤岭县融媒体中心",
        "网站标识码：5227310003　黔ICP备13004562号-1",
    ]
    t = sp["title"]
    body = [t[:14], t[14:], "", sp["speaker"], sp["date"], "", "同志们："]
    count, page = 60, 0  # Han chars on the current PDF page (title block counts)
    for kind, a, txt in sp["blocks"]:
        if kind == "h":
            pieces = [txt[:13], txt[13:]] if len(txt) > 22 else [txt]
        else:
            pieces = split_para(txt, rng)
        for pc in pieces:
            body.append(pc)
            count += len(pc)
            if count > 560 and page < 3:
                body += ["", pnums[page], ""]
                page += 1
                count = 0
        if kind == "p" and rng.random() < 0.4:
            body.append("")
    body += ["", pnums[page]]
    noise = noise[:7] + pnums[:page + 1] + noise[11:]
    lines = noise[0:7] + [""] + body + [""] + noise[-3:]
    write("05", lines, "gb18030", "\n", [sp], noise)


if __name__ == "__main__":
    page01()
    page02()
    page03()
    page04()
    page05()
    print("written")
