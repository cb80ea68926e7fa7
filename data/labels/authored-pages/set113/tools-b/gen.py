#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from one source. Run from the output directory: python3 tools/gen.py"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from speeches import S06, S07, S08, S09, S10A, S10B  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = "¦"


def render(items, inserts, ind="　　", hind="　　", title_fmt="{}", meta_fmt="{}", sal_ind=""):
    """Body lines of one speech; inserts are consumed by each ¦ and each ("B",) in order."""
    ins = list(inserts)
    out = []

    def fill(text):
        parts = text.split(MARK)
        s = parts[0]
        for p in parts[1:]:
            s += ins.pop(0) + p
        return s

    for it in items:
        k = it[0]
        if k == "T":
            out.append(title_fmt.format(it[1]))
        elif k in ("S", "D"):
            out.append(meta_fmt.format(it[1]))
        elif k == "G":
            out.append(sal_ind + it[1])
        elif k == "H":
            out.append(hind + it[1])
        elif k == "R":
            out.append(ind + it[1] + "。" + fill(it[3]))
        elif k in ("P", "X"):
            out.append(ind + fill(it[1]))
        elif k == "B":
            out.append(ins.pop(0))
    assert not ins, "unused inserts %r" % ins
    return "\n".join(out)


def gold_of(nn, speeches, noise):
    titles, heads, paras = [], [], []
    for items in speeches:
        for it in items:
            k = it[0]
            if k == "T":
                titles.append(it[1])
            elif k == "H":
                heads.append({"text": it[1], "level": it[2]})
            elif k == "R":
                heads.append({"text": it[1], "level": it[2]})
                paras.append({"text": it[3].replace(MARK, ""), "category": it[4], "truncated": False})
            elif k in ("P", "X"):
                paras.append({"text": it[1].replace(MARK, ""), "category": it[2], "truncated": k == "X"})
    return {"file": nn + ".txt", "speeches": len(titles), "titles": titles, "headings": heads,
            "paragraphs": paras, "noise": noise}


def write(nn, text, enc, crlf, speeches, noise):
    for ns in noise:
        assert ns in text, (nn, ns)
    assert len(set(noise)) == len(noise), nn
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(enc)
    with open(os.path.join(ROOT, nn + ".txt"), "wb") as f:
        f.write(data)
    g = gold_of(nn, speeches, noise)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    with open(os.path.join(ROOT, "gold", nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(g, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ====================================================================== 06  文库 preview, utf-8 LF
def page06():
    N = [
        "知页文库 | 首页　分类　专题　VIP会员　上传文档",
        "搜索文档、课件、范文、讲话稿……　　搜索",
        "当前位置：首页 > 行业资料 > 安全管理 > 讲话稿",
        "在2024年全县安全生产工作会议上的讲话.docx",
        "上传者：林间听雨　上传时间：2024-03-04　格式：DOCX　页数：4　浏览：3,127　下载：96",
        "★★★★☆ 4.6分（18人评价）",
        "VIP免费下载　　立即下载（8下载券）　　加入收藏",
        "— 1 —",
        "— 2 —",
        "— 3 —",
        "1 / 4",
        "2 / 4",
        "3 / 4",
        "试读结束，还剩1页未读",
        "开通VIP会员，免费下载全文 · 低至0.3元/天",
        "继续阅读全文 ∨",
        "本文档由用户上传，仅供学习交流，不代表本站观点，如有侵权请联系删除。",
        "相关文档",
        "在全县安全生产工作会议上的讲话（精选）　5页　VIP",
        "2023年县长在安全生产工作会议上的讲话稿　7页　免费",
        "全县安全生产工作会议主持词（通用版）　3页",
        "安全生产工作会议讲话：层层压实安全生产责任　6页",
        "关于我们 | 帮助中心 | 侵权投诉 | 联系客服 | 网站地图",
        "©2024 知页文库 zhiyewk.com 版权所有　沪ICP备20241137号",
    ]
    body = render(S06, ["\n" + N[7] + "\n" + N[11] + "\n", "\n" + N[8] + "\n" + N[12] + "\n"])
    lines = N[0:7] + ["", N[10], body, N[9], "", N[13], N[14], N[15], "", N[16], "", N[17]] + N[18:22] + \
        ["", "收藏", "分享", "举报", "", N[22], N[23], ""]
    write("06", "\n".join(lines), "utf-8", False, [S06], N)


# ====================================================================== 07  豆丁-like, gb18030 CRLF
def page07():
    N = [
        "斗丁网 — 在线阅读 · 上传文档赚收益",
        "首页 | 文档分类 | 排行榜 | 专题 | 我的书房 | 登录",
        "【斗丁网】在公司2024年节后复工复产安全生产动员会上的讲话 - 企业管理 - 斗丁网",
        "分类：企业管理 > 安全生产　　页数：5　　热度：1206　　上传者：衡化小安",
        "下载本文档（2积分）　收藏　分享到　举报　加入书房",
        "页码：1/5",
        "衡川化工有限公司安全环保部　内部资料",
        "页码：2/5",
        "页码：3/5",
        "页码：4/5",
        "页码：5/5",
        "本文档共5页，已阅读完毕。觉得有用？下载保存到本地阅读",
        "您可能关注的文档",
        "节后复工复产安全培训课件.ppt",
        "化工企业开停车安全管理规定（2024修订）",
        "总经理在安全生产月启动仪式上的讲话",
        "复工复产安全检查表（化工企业通用）.xls",
        "斗丁网所有文档均由用户上传，版权归原作者所有，本站仅提供存储空间。",
        "客服信箱：service@doudingwang.net　备案号：浙ICP备19028841号",
    ]
    hdr = lambda n: N[n] + "\n" + N[6]
    body = render(S07, ["\n" + hdr(7) + "\n", "\n" + hdr(8) + "\n", hdr(9), hdr(10)],
                  title_fmt="　　　　{}", meta_fmt="　　　　　　{}")
    # page 4 break falls between the 应急管理 paragraph and the closing one; page 3 break inside a paragraph
    lines = N[0:5] + ["", hdr(5), body, "", N[11], "", N[12], "· " + N[13], "· " + N[14], "· " + N[15],
                      "· " + N[16], "", N[17], N[18], ""]
    write("07", "\n".join(lines), "gb18030", True, [S07], N)


# ====================================================================== 08  原创力-like, utf-8 CRLF
def page08():
    N = [
        "原创汇文档 — 知识共享 · 原创保护",
        "首页 > 建筑/施工 > 安全管理 > 讲话致辞",
        "在公司2024年“安全生产月”活动启动会上的讲话.docx",
        "文档页数：5页　|　文档大小：28.6KB　|　上传时间：2024-06-11",
        "内容提供方：筑安资料铺　|　价格：3.00元　|　浏览：412　|　下载：7",
        "【版权声明】本文档由内容提供方上传，收益归内容提供方，若内容存在侵权，请进行举报或认领",
        "原创汇文档 ycwd.cn",
        "第1页 共5页",
        "第2页 共5页",
        "第3页 共5页",
        "第4页 共5页",
        "免费预览已结束，剩余1页可下载查看",
        "附件：项目部“安全生产月”活动安排表",
        "下载文档到电脑，查找使用更方便",
        "¥ 3.00　立即下载",
        "还剩1页未读，继续阅读",
        "关于本文档：本文由用户“筑安资料铺”于2024-06-11上传，文档编号 7042158836",
        "相关推荐：项目经理安全生产月讲话稿｜安全生产月活动总结（建筑企业）｜高处作业专项整治方案",
        "原创汇文档 版权所有　客服时间 9:00-18:00　苏ICP备20195566号-2",
    ]
    # watermark run into a paragraph line, page footers between pages
    brk = lambda n: "\n" + N[n] + "\n"
    body = render(S08, [N[6], brk(7), brk(8), brk(9)], title_fmt="{}", meta_fmt="{}")
    lines = N[0:6] + ["", body, N[10], "", N[11], N[12], "", N[13], N[14], N[15], "", N[16], N[17], "", N[18]]
    write("08", "\n".join(lines) + "\n", "utf-8", True, [S08], N)


# ====================================================================== 09  360doc-like 个人图书馆, gb18030 LF
def page09():
    N = [
        "芸窗图书馆 · 个人图书馆",
        "首页　阅览室　馆友　我的图书馆　　登录　注册",
        "镇长在燃气安全专项整治推进会上的讲话（值得收藏）",
        "青禾采薇　2024-04-18 10:22　发布于浙江　　阅 2186　转 57",
        "转藏到我的图书馆",
        "献花(3)　+1",
        "分享：微信　QQ空间　微博",
        "展开阅读全文 ∨",
        "来源：青岚镇人民政府网站　原文发布时间 2024-04-12",
        "本文为个人收藏，不代表本馆观点，如有侵权请点击一键举报。",
        "转藏　全屏　打印　分享　献花(3)",
        "馆友评论（3）",
        "溪山行旅　2024-04-19 08:31",
        "一是二是三是，条理清楚，拿来就能改着用，收藏了。",
        "竹影扫阶　2024-04-20 21:07",
        "“燃气安全连着千家万户”，我们街道下周也要开推进会，借鉴一下。",
        "青禾采薇（馆主）回复竹影扫阶：欢迎转藏，注意把数字换成自己的。",
        "发表评论：请先登录后再发表评论",
        "类似文章　更多",
        "燃气安全专项整治工作方案（乡镇版）",
        "在全县城镇燃气安全排查整治工作会议上的讲话",
        "瓶装液化气安全检查要点汇总",
        "芸窗图书馆 版权所有 · 用户协议 · 隐私声明",
    ]
    body = render(S09, [N[7]], ind="", hind="", title_fmt="{}", meta_fmt="{}")
    lines = N[0:7] + ["", body, "", N[8], N[9], "", N[10], "", N[11], N[12], N[13], N[14], N[15], N[16],
                      "", N[17], "", N[18], N[19], N[20], N[21], "", N[22], ""]
    write("09", "\n".join(lines), "gb18030", False, [S09], N)


# ====================================================================== 10  道客-like, two speeches, utf-8 LF
def page10():
    N = [
        "道阁文档 — 分享文档 · 收获知识",
        "首页 > 行业资料 > 安全/环保 > 讲话稿",
        "2024年安全生产讲话稿两篇（校园安全+道路运输）.doc",
        "文档简介：本文档收录安全生产讲话稿两篇。新学期即将开始，今天我们召开校园安全工作会议，对开学前后的安全工作进行专题部署……",
        "标签：安全生产　讲话稿　校园安全　道路运输　专项整治",
        "贡献者：文远书屋　|　页数：8　|　格式：DOC　|　上传日期：2024-09-02　|　浏览：1,548",
        "下载积分：5　　收藏　　分享　　举报",
        "第 1 页 / 共 8 页",
        "第 4 页 / 共 8 页",
        "第 5 页 / 共 8 页",
        "—— 文档结束，感谢阅读 ——",
        "喜欢此文档的还喜欢",
        "开学安全第一课讲稿（小学版）　4页",
        "道路运输企业安全生产主体责任清单　12页",
        "全县道路运输安全生产专项整治实施方案　9页",
        "道阁文档 © 2024　关于道阁 | 用户协议 | 隐私政策 | daogedoc.com",
    ]
    a = render(S10A, [], title_fmt="{}", meta_fmt="{}")
    b = render(S10B, ["\n" + N[9] + "\n"], title_fmt="{}", meta_fmt="{}")
    lines = N[0:7] + ["", N[7], "篇一", a, "", N[8], "篇二", b, "", N[10], "", N[11]] + N[12:15] + ["", N[15], ""]
    write("10", "\n".join(lines), "utf-8", False, [S10A, S10B], N)


if __name__ == "__main__":
    page06()
    page07()
    page08()
    page09()
    page10()
    print("wrote 06-10")
