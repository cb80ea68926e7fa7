#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes set81b pages 06.txt-10.txt and gold/06.json-10.json (deterministic).

Everything here is invented: sites, people, places, figures.
Usage: /usr/bin/python3 tools/gen.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as SP  # noqa: E402


class Page:
    def __init__(self, nn):
        self.nn = nn
        self.lines = []
        self.titles = []
        self.headings = []
        self.paras = []
        self.noise = []

    # chrome: the whole stripped text is one noise string
    def N(self, text, pre="", post=""):
        self.lines.append(pre + text + post)
        if text not in self.noise:
            self.noise.append(text)

    # chrome line made of several noise pieces joined by a separator of punctuation/space
    def NN(self, parts, sep, pre=""):
        self.lines.append(pre + sep.join(parts))
        for p in parts:
            if p not in self.noise:
                self.noise.append(p)

    def U(self, text=""):
        """unlabelled line (blank, spaces, speaker, date, salutation, short marker)"""
        self.lines.append(text)

    def T(self, text, pre=""):
        self.titles.append(text)
        self.lines.append(pre + text)

    def speech(self, sp, pre="", para_pre="　　", wrap=None, between=None, head_pre=None):
        """Render one speech body; returns list of (kind, first_line_index, last_line_index)."""
        spans = []
        if head_pre is None:
            head_pre = para_pre
        for it in sp["items"]:
            start = len(self.lines)
            if it[0] == "H":
                _, lvl, text = it
                self.headings.append({"text": text, "level": lvl})
                self.lines.append(pre + head_pre + text)
            elif it[0] == "R":
                _, lvl, head, cat, text = it
                self.headings.append({"text": head, "level": lvl})
                self.paras.append({"text": text, "category": cat, "truncated": False})
                self._para_lines(pre, para_pre, head + "。" + text, wrap)
            else:
                _, cat, text = it
                self.paras.append({"text": text, "category": cat, "truncated": False})
                self._para_lines(pre, para_pre, text, wrap)
            spans.append((it[0], start, len(self.lines) - 1))
            if between is not None:
                self.lines.append(between)
        return spans

    def _para_lines(self, pre, para_pre, text, wrap):
        if not wrap:
            self.lines.append(pre + para_pre + text)
            return
        first = True
        rest = text
        while rest:
            w = wrap - (len(para_pre) if first else 0)
            chunk, rest = rest[:w], rest[w:]
            # keep closing punctuation off the start of the next line (like a typesetter)
            while rest and rest[0] in "，。、；：”）％%":
                chunk, rest = chunk + rest[0], rest[1:]
            self.lines.append(pre + (para_pre if first else "") + chunk)
            first = False

    def gold(self, n_speeches):
        text = "\n".join(self.lines)
        # noise in order of first appearance on the page
        noise = sorted(self.noise, key=lambda s: (text.find(s), self.noise.index(s)))
        for s in noise:
            assert s in text, s
        return {"file": self.nn + ".txt", "speeches": n_speeches, "titles": self.titles,
                "headings": self.headings, "paragraphs": self.paras, "noise": noise}


def write(page, n_speeches, encoding, crlf):
    text = "\n".join(page.lines) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(ROOT, page.nn + ".txt"), "wb") as f:
        f.write(text.encode(encoding))
    g = page.gold(n_speeches)
    with open(os.path.join(ROOT, "gold", page.nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(g, ensure_ascii=False, indent=1) + "\n")


# ================================================================== 06 county government portal, two speeches
def page06():
    p = Page("06")
    p.N("桐岭县人民政府")
    p.N("www.tonglingxian.gov.cn")
    p.N("无障碍阅读　|　长者模式　|　English　|　手机版　|　用户登录")
    p.N("首页　　走进桐岭　　政务公开　　政务服务　　政民互动　　数据开放　　专题专栏")
    p.N("站内搜索：请输入关键词　　[搜索]")
    p.U()
    p.N("您现在的位置：首页 > 政务公开 > 领导讲话")
    p.U()
    p.N("韩振宇、沈国栋同志在全县安全生产工作会议上的讲话")
    p.N("信息来源：县应急管理局　　发布时间：2024-02-28 16:42　　阅读次数：1587　　【字体：大 中 小】")
    p.U()
    for k, sp in enumerate((SP.S06A, SP.S06B)):
        if k:
            p.U()
        p.T(sp["title"], pre="　　　　")
        p.U("　　　　　　" + sp["speaker"])
        p.U("　　　　　" + sp["date"])
        p.U()
        p.U(sp["salutation"])
        p.speech(sp)
    p.U()
    p.N("【打印】【关闭】")
    p.U()
    p.N("责任编辑：刘䶮　　审核：王思源")
    p.N("上一篇：桐岭县召开2024年度森林防灭火工作部署会")
    p.N("下一篇：县政府党组召开2024年第3次会议")
    p.U()
    p.N("相关链接：国务院安委会办公室 | 省应急管理厅 | 市应急管理局 | 县融媒体中心")
    p.U()
    p.N("主办单位：桐岭县人民政府办公室　　承办单位：桐岭县融媒体中心")
    p.N("地址：桐岭县城关镇府前路8号　　邮编：417300　　联系电话：0745-6213088")
    p.N("网站标识码：4312290001　　赣ICP备11008734号-1　　赣公网安备36102202000311号")
    p.N("本网站支持IPv6　　建议使用1366×768以上分辨率浏览")
    write(p, 2, "gb18030", True)


# ================================================================== 07 document library preview
def page07():
    p = Page("07")
    p.N("闻渊文库")
    p.N("首页　|　精品文档　|　行业资料　|　考试题库　|　办公模板　|　开通VIP")
    p.N("请输入文档标题、关键词搜索")
    p.U()
    p.N("化工园区管委会主任在特殊作业安全专项整治推进会上的讲话")
    p.N("hjaq_wenmi 上传于 2024-04-22　|　5页　|　3.6千次阅读　|　218次下载　|　4.5分（27人评价）")
    p.N("[ 下载文档 ]　[ 收藏 ]　[ 分享 ]　[ 举报 ]")
    p.N("VIP会员免费下载此文档，开通即享海量精品文档")
    p.U()
    body_start = len(p.lines)
    sp = SP.S07
    p.T(sp["title"], pre="    ")
    p.U("              " + sp["speaker"])
    p.U("                " + sp["date"])
    p.U(sp["salutation"])
    spans = p.speech(sp, wrap=34, head_pre="　　")
    body = p.lines[body_start:]
    del p.lines[body_start:]
    # five preview pages; page k ends after cut[k] body lines
    n = len(body)
    cuts = [round(n * k / 5) for k in range(1, 6)]
    # inside-paragraph line indices (continuation lines) relative to body
    cont = set()
    for kind, a, b in spans:
        for i in range(a + 1, b + 1):
            cont.add(i - body_start)
    mid = [c for c in cuts[:-1] if c in cont]
    assert len(mid) >= 2, ("want page breaks inside paragraphs", cuts, sorted(cont))
    prev = 0
    for k, c in enumerate(cuts, 1):
        p.lines.extend(body[prev:c])
        p.U()
        p.N("第%d页 / 共5页" % k)
        if k == 2:
            p.N("展开阅读全文")
            p.N("剩余3页未读，点击继续阅读 ∨")
        p.U()
        prev = c
    p.N("本文档由 hjaq_wenmi 上传，仅供学习交流使用，如有侵权请联系平台删除")
    p.N("下载本文档（需2下载券）　　VIP免费下载")
    p.U()
    p.N("相关推荐")
    p.N("化工企业特殊作业安全管理培训课件.pptx　12页")
    p.N("危险化学品企业特殊作业安全规范条文解读.pdf　36页")
    p.N("在全市危化品安全生产工作会议上的讲话.doc　6页")
    p.N("园区安全生产大排查大整治动员会讲话稿.docx　4页")
    p.U()
    p.N("热门标签：讲话稿　领导讲话　安全专项整治　化工园区")
    p.N("©2024 闻渊文库 wenyuanwk.com　版权所有　　增值电信业务经营许可证 苏B2-20190388")
    write(p, 1, "utf-8", False)
    return cuts, sorted(cont)


# ================================================================== 08 personal WeChat official account
def page08():
    p = Page("08")
    p.N("【范文】交通运输局长在全市交通运输安全生产工作会议上的讲话（可直接套用）")
    p.U()
    p.N("原创　青灯老周　墨池夜话　2024年05月09日 07:30　湖南")
    p.U()
    p.N("▲点击上方蓝字“墨池夜话”，关注一个写了十五年材料的老笔杆子")
    p.U()
    p.N("各位老铁好。今天分享的这篇，是前几天一位在交通系统工作的老同学发给我的，他们局长在全市会议上的讲话。"
        "我做了脱密处理，地名、人名、数字都换过了。这篇稿子的好处是数据扎实、问题点得准、篇幅不长，"
        "写同类材料的朋友可以重点看看它的结构。全文约2500字，建议先收藏再看。")
    p.U()
    p.N("—— 正文 ——")
    p.U()
    sp = SP.S08
    p.T(sp["title"])
    p.U(sp["speaker"])
    p.U(sp["date"])
    p.U()
    p.U(sp["salutation"])
    # render manually so an inserted image caption and a "recommended" line sit between sections
    items = sp["items"]
    cut1 = [i for i, it in enumerate(items) if it[0] == "H" and it[2].startswith("二、")][0]
    cut2 = [i for i, it in enumerate(items) if it[0] == "H" and it[2].startswith("三、")][0]
    p.speech(dict(items=items[:cut1]), para_pre="", between="")
    p.N("▲ 图片来源于网络，侵删")
    p.U()
    p.speech(dict(items=items[cut1:cut2]), para_pre="", between="")
    p.N("推荐阅读｜安全生产类讲话稿开头30例，建议收藏")
    p.U()
    p.speech(dict(items=items[cut2:]), para_pre="", between="")
    p.N("写在最后")
    p.U()
    p.N("这篇稿子我给打85分，说几点体会：")
    p.N("1. 开头不绕弯子。“刚才……我都赞成。下面……讲三个方面的意见”，三句话把会议背景交代清楚，领导最喜欢这种。")
    p.N("2. 形势部分一定要有数字、有案例。具体到路段、具体到日期的表述，比“个别路段”“部分企业”有说服力得多。")
    p.N("3. 标题层级别乱。这篇一级用“一、”，二级有的用“（一）”，有的用“一是”，都挂在一级下面，层次是清楚的。")
    p.N("4. 结尾不要超过100字，表个态、提个要求就够了，千万别再来一遍总结。")
    p.U()
    p.N("需要这篇Word版的朋友，后台回复“交通安全”自动获取。")
    p.U()
    p.N("-END-")
    p.U()
    p.N("作者：青灯老周，县级机关从业十五年，专注公文写作，不定期分享实用范文。")
    p.N("觉得有用，点个“在看”，让更多笔杆子看到 👇")
    p.U()
    p.N("喜欢作者")
    p.N("赞赏作者")
    p.N("31人喜欢")
    p.U()
    p.N("阅读 1.6万　　赞 286　　在看 74　　分享")
    p.U("写留言")
    p.N("留言 42")
    p.N("精选留言")
    p.U()
    p.N("墨痕　河南　5月9日")
    p.N("标题层级这块我一直搞不清楚，今天终于明白了，感谢老周！")
    p.U("18")
    p.N("作者　回复：关键看包含关系，同一级里换着用“（一）”“一是”都行，但同一部分内别混着用。")
    p.U("6")
    p.N("文字民工小王　山东　5月9日")
    p.N("局里下周正好开这个会，直接拿来改了，哈哈😂")
    p.U("11")
    p.N("作者　回复：改的时候把数据换成你们本地的，千万别照抄，领导一眼就能看出来。")
    p.U("9")
    p.N("山城一支笔　重庆　5月10日")
    p.N("第三部分“三是提升应急处置能力”放在责任里面是不是有点牵强？")
    p.U("4")
    p.N("作者　回复：好眼力，严格讲应急可以单列一部分，原稿篇幅有限就合并了。")
    p.U()
    p.N("以上留言由公众号筛选后显示")
    p.N("了解留言功能详情")
    write(p, 1, "utf-8", False)


# ================================================================== 09 old government site, table layout saved as text
def page09():
    p = Page("09")
    SPC = "                                                            "  # a row of spaces
    NBSP = "\u00a0\u00a0 \u00a0\u00a0\u00a0 \u00a0"
    p.N("秀川市人民政府网", pre="  ", post="                                        ")
    p.N("设为首页 | 加入收藏 | 联系我们", pre="  ", post="\t\t")
    p.N("2024年3月7日 星期四", pre="  ")
    p.U(SPC)
    for item in ("网站首页", "市情概况", "领导之窗", "政务公开", "通知公告", "新闻", "政策法规", "办事指南",
                 "市长信箱", "公众参与", "专题专栏", "下载", "网站地图"):
        if len(item) >= 4:
            p.N(item, pre="  ", post="  ")
        else:
            p.U("  " + item + "  ")
    p.U(SPC)
    p.N("您的位置：网站首页 >> 领导之窗 >> 讲话文章", pre="  ")
    p.U(SPC)
    p.N("郑怀远市长在市安委会2024年第一次全体会议上的讲话", pre="\t\t")
    p.N("发布日期：2024-03-07　　信息来源：市政府办公室　　点击数：【 2317 】", pre="\t")
    p.U(SPC[:30])
    sp = SP.S09
    p.T(sp["title"], pre="          ")
    p.U(NBSP)
    p.U("                        " + sp["speaker"] + "      ")
    p.U("                      " + sp["date"])
    p.U(SPC)
    p.U("    " + sp["salutation"])
    p.speech(sp, pre="    ", between=SPC[:44])
    p.U(NBSP)
    p.N("【打印本页】　【关闭窗口】　【返回顶部】", pre="\t\t\t")
    p.U(SPC)
    p.N("版权所有：秀川市人民政府办公室　　技术支持：秀川市信息中心", pre="  ")
    p.N("建议使用1024×768分辨率、IE6.0以上浏览器浏览本站", pre="  ")
    p.N("您是本站第 00863215 位访客", pre="  ")
    write(p, 1, "utf-8", False)


# ================================================================== 10 Q&A site, best answer holds the speech
def page10():
    p = Page("10")
    p.N("知了问答 - 有问题，就来知了")
    p.N("首页　问题分类　知识专栏　问答达人　手机知了　　登录 | 注册")
    p.N("知了问答 > 教育/科学 > 学校教育")
    p.U()
    p.N("求一篇小学校长秋季开学安全工作会议讲话稿，一千来字，明天开会要用！")
    p.N("悬赏20积分　|　提问者：gzl_桂花坪　|　2024-08-29 21:14　|　浏览 4210 次")
    p.N("我来答　　分享　　举报")
    p.U()
    p.N("最佳答案")
    p.N("提问者采纳")
    p.N("给你一篇我们学校去年用过的，名字改过了，你根据你们学校情况再调一调：")
    p.U()
    sp = SP.S10
    p.T(sp["title"])
    p.U(sp["speaker"])
    p.U(sp["salutation"])
    p.speech(sp, para_pre="　　")
    p.U()
    p.N("希望能帮到你，满意请采纳~")
    p.N("回答者：春风化雨2016　|　教育领域创作者　|　采纳率91%　|　2024-08-29 22:03")
    p.N("赞同(56)　反对(2)　评论(3)")
    p.U()
    p.N("追问：太感谢了！能不能把防溺水的内容再加重一点？我们这边山塘水库多。")
    p.N("追答：可以的，在第二部分再加一段，把附近的水库、山塘、河沟逐一列出来，明确每个村的劝导员，"
        "再让班主任每周放学前强调一次就行。")
    p.U()
    p.N("其他回答（2）")
    p.U()
    p.N("网上范文很多，关键要结合你们学校实际，比如寄宿生多就重点讲宿舍安全和夜间值班。")
    p.N("回答者：匿名用户　|　2024-08-30 07:12")
    p.U()
    p.N("开学安全讲话一般围绕交通、防溺水、食品卫生、消防、防欺凌这几块讲，楼上的稿子结构挺完整，可以直接用。")
    p.N("回答者：小鱼老师在路上　|　2024-08-30 08:45")
    p.U()
    p.N("相关问题")
    p.N("校长在秋季开学典礼上的讲话稿（三篇）")
    p.N("开学第一课安全教育主题班会教案怎么写")
    p.N("小学秋季开学安全工作方案范文")
    p.N("学校安全工作会议记录怎么写？")
    p.N("更多相关问题 >")
    p.U()
    p.N("Copyright 2024 知了问答　使用前必读　意见反馈　京ICP证090123号")
    write(p, 1, "gbk", True)


def main():
    page06()
    cuts = page07()
    page08()
    page09()
    page10()
    if "-v" in sys.argv:
        print("07 page cuts (body lines):", cuts[0])


if __name__ == "__main__":
    main()
