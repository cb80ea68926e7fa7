#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from tools/speeches.py (run from the output directory)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

IND = "\u3000\u3000"


def paras(sp):
    return [x for x in sp["body"] if x[0] == "P"]


def gold_parts(sps):
    titles, heads, ps = [], [], []
    for sp in sps:
        titles.append(sp["title"])
        for it in sp["body"]:
            if it[0] == "H":
                heads.append({"text": it[1], "level": it[2]})
            else:
                ps.append({"text": it[1], "category": it[2], "truncated": False})
    return titles, heads, ps


def write(nn, lines, sps, noise, enc="utf-8", eol="\n"):
    text = eol.join(lines) + eol
    for n in noise:
        assert n in text, (nn, n)
    assert len(set(noise)) == len(noise), nn
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(text.encode(enc))
    titles, heads, ps = gold_parts(sps)
    g = {"file": nn + ".txt", "speeches": len(sps), "titles": titles, "headings": heads,
         "paragraphs": ps, "noise": noise}
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


def wrap(s, width=38):
    return [s[i:i + width] for i in range(0, len(s), width)]


# ------------------------------------------------------------------ 06: PDF text, hard-wrapped, footers inside sentences
def page06():
    sp = S.A
    head1 = "岚溪县2024年第二季度安全生产工作会议材料之二"
    running = "岚溪县安委办编印　　　　　　　　内部资料　注意保存"
    water = "内部资料 请勿外传"
    tail = ["抄送：县委办公室，县人大常委会办公室，县政协办公室。",
            "岚溪县安全生产委员会办公室　　　　　　2024年4月17日印发",
            "（共印80份）"]
    content = ["　　　　　　" + sp["title"], "", "　　　　　　　　　　　　" + sp["speaker"],
               "　　　　　　　　　　" + sp["date"], "", "同志们："]
    for it in sp["body"]:
        content += wrap(IND + it[1])
    content += [""] + tail
    per = 16
    pages = [content[i:i + per] for i in range(0, len(content), per)]
    total = len(pages)
    lines, footers = [head1, ""], []
    for k, pg in enumerate(pages, 1):
        if k > 1:
            lines.append(running)
        if k == 2:
            pg = pg[:7] + [water] + pg[7:]
        lines += pg
        foot = "第 %d 页 共 %d 页" % (k, total)
        footers.append(foot)
        lines.append("　　　　　　　　　　　　　　　　" + foot)
    noise = [head1, running, water] + footers + tail
    write("06", lines, [sp], noise, "utf-8", "\r\n")


# ------------------------------------------------------------------ 07: two speeches, paragraphs joined by spaces
def page07():
    b, c = S.B, S.C
    bt = [it[1] for it in b["body"]]   # P H P P P H P P P P H P P P
    ct = [it[1] for it in c["body"]]
    inj = "（本文来源于网络，如有侵权请联系删除）"
    teaser = "【导读】今天，市安委会召开全市“安全生产月”活动动员部署会，主要任务是贯彻落实上级关于开展第23个“安全生产月”活动的……"
    top = ["首页 | 范文大全 | 讲话稿 | 工作总结 | 心得体会 | 演讲稿 | 公文范文",
           "当前位置：首页 > 讲话稿 > 安全生产讲话",
           "安全生产月动员讲话稿两篇（2024年最新整理）",
           "时间：2024-06-03 10:21　　来源：网友投稿　　阅读：2,417次",
           teaser]
    bottom = ["上一篇：2024年上半年安全生产工作总结范文",
              "下一篇：消防安全培训心得体会（精选3篇）",
              "相关推荐",
              "· 在全市安全生产月活动动员会上的讲话（精选）",
              "· 企业夏季消防安全检查方案范本",
              "版权声明：本站资料均由网友自行上传，仅供学习交流。"]
    lines = top + ["", "篇一", b["title"], b["speaker"], "同志们：",
                   " ".join(bt[0:5]),
                   " ".join(bt[5:8] + [inj] + bt[8:10]),
                   " ".join(bt[10:]),
                   "", "篇二", c["title"], c["speaker"],
                   " ".join(ct[0:5]),
                   " ".join(ct[5:]),
                   ""] + bottom
    noise = top + [inj] + bottom
    write("07", lines, [b, c], noise, "utf-8", "\n")


# ------------------------------------------------------------------ 08: old county site, whole speech on one line
def page08():
    d = S.D
    body = ""
    seps = [IND, "", IND, "", IND, IND, "", IND, "", IND, IND, "", IND, IND, ""]
    prev = None
    for k, it in enumerate(d["body"]):
        body += "" if prev == "H" else seps[k % len(seps)]
        prev = it[0]
        body += it[1] + ("。" if it[0] == "H" else "")
    edit = "（责任编辑：熊磊）"
    body += edit
    top = ["桐岭县人民政府门户网站",
           "首页　政务公开　政务服务　互动交流　走进桐岭",
           "您现在的位置：首页 >> 政务公开 >> 领导讲话"]
    meta = "作者：县政府办公室　　发布时间：2023-04-11　　点击数：386　　【字体：大 中 小】"
    bottom = ["【打印本页】　【关闭窗口】",
              "上一篇：在全县森林防火工作会议上的讲话",
              "下一篇：关于开展春季道路交通安全隐患排查的通知",
              "主办：桐岭县人民政府办公室　　承办：桐岭县信息中心",
              "地址：桐岭县城关镇府前路1号　　网站标识码：3619990012　　ICP备05012345号"]
    lines = top + ["", d["title"], meta, d["speaker"], "同志们：", body, ""] + bottom
    noise = top + [meta, edit] + bottom
    write("08", lines, [d], noise, "gb18030", "\n")


# ------------------------------------------------------------------ 09: headings and salutation glued to neighbours
def page09():
    e = S.E
    t = [it[1] for it in e["body"]]
    # indices: 0 P,1 H,2 P,3 P,4 P,5 H,6 H,7 P,8 H,9 P,10 H,11 P,12 H,13 P,14 P,15 P,16 P,17 P,18 P
    hdr = "区安委会2024年第3次全体（扩大）会议材料"
    tag = "【材料五】"
    keep = "内部资料　注意保存"
    tail = ["抄送：区委办公室，区人大常委会办公室，区政协办公室。",
            "区安全生产委员会办公室　　　　2024年4月19日印发",
            "校对：区安委办综合科　　（共印120份）"]
    lines = [hdr + "　　　　" + keep, tag, "",
             "　　" + e["title"],
             "　　　　　　" + e["speaker"],
             e["date"] + "同志们：",
             IND + t[0],
             t[1] + t[2],
             IND + t[3],
             IND + t[4] + t[5],
             t[6] + t[7],
             "- 12 -",
             t[8],
             IND + t[9],
             t[10] + t[11],
             "- 13 -" + t[12],
             IND + t[13],
             IND + t[14],
             IND + t[15],
             IND + t[16],
             IND + t[17],
             "- 14 -",
             IND + t[18],
             ""] + tail
    noise = [hdr, tag, keep, "- 12 -", "- 13 -", "- 14 -"] + tail
    write("09", lines, [e], noise, "gb18030", "\r\n")


# ------------------------------------------------------------------ 10: Traditional-script reprint on a Hong Kong site
def page10():
    f = S.F
    top = ["灣區時政網 www.wanqu-shizheng.hk",
           "首頁 | 要聞 | 兩岸 | 港澳 | 內地 | 財經 | 評論 | 專題 | 影音",
           "繁體 | 简体　　登入 | 註冊",
           "當前位置：首頁 > 內地 > 政策文件 > 在全市建築施工安全生產專項整治會議上的講話"]
    meta = "2024-04-02 09:15　來源：濱江市應急管理局網站　作者：周啟明　【字體：大 中 小】"
    note = ("編者按：本網轉載內地濱江市安委辦負責人在建築施工安全專項整治會議上的講話全文，"
            "原文稱「今天召開全市建築施工安全生產專項整治會議……」，以供讀者了解內地安全生產監管動向。全文如下：")
    body = []
    for it in f["body"]:
        body.append((IND if it[0] == "P" else "") + it[1])
    bottom = ["（完）",
              "【責任編輯：梁嘉欣】",
              "免責聲明：本網轉載內容僅代表原作者觀點，不代表本網立場。如涉及版權問題，請與本網聯絡。",
              "分享到：Facebook　WhatsApp　微信　微博　複製連結",
              "相關新聞",
              "‧ 內地多地部署建築施工安全專項整治 2024-03-30",
              "‧ 在全市安全生產工作會議上的講話（全文） 2024-03-12",
              "熱門評論（2）",
              "網友 aming88：內地工地安全管理越來越嚴格了。 2024-04-02 12:31",
              "網友 小燕子：希望香港地盤都一樣重視安全。 2024-04-02 14:07",
              "灣區時政網 版權所有 © 2024　私隱政策　聯絡我們"]
    lines = top + ["", f["title"], meta, note, "", "　　　　　　" + f["speaker"],
                   "　　　　　　" + f["date"]] + body + [""] + bottom
    noise = top + [meta, note] + bottom[1:]
    write("10", lines, [f], noise, "utf-8", "\n")


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    page06()
    page07()
    page08()
    page09()
    page10()
    print("wrote 06-10")
