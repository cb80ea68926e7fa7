# -*- coding: utf-8 -*-
"""Builds pages 06-10 and gold/06.json ... gold/10.json from speeches.py (writer b).

usage: python3 gen.py            (writes ../06.txt … ../10.txt and ../gold/06.json … ../gold/10.json)
All chrome below is invented: site names, addresses, phones, URLs, ICP and 公网安备 numbers.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402

IND = "\u3000\u3000"   # two ideographic spaces
NB = "\u00a0"          # no-break space


class Page:
    def __init__(self, key):
        self.key = key
        self.lines = []
        self.noise = []

    def n(self, *lines):
        """chrome lines: printed and listed in noise"""
        for ln in lines:
            self.lines.append(ln)
            if ln.strip():
                self.noise.append(ln.strip())

    def blank(self, k=1):
        self.lines.extend([""] * k)

    def raw(self, ln):
        """a line printed as is; its noise spans (if any) are recorded by the caller"""
        self.lines.append(ln)


NO_START = set("，。、；：？！”’）》」』…")


def wrap(text, width, first_indent=""):
    """Hard-wrap text as a print view does: every `width` characters, injected spans kept whole."""
    atoms = []
    i = 0
    while i < len(text):
        if text[i] == "⟪":
            j = text.index("⟫", i)
            atoms.append(text[i + 1:j])
            i = j + 1
        else:
            atoms.append(text[i])
            i += 1
    lines, cur = [], first_indent
    for a in atoms:
        if len(cur) + len(a) > width and cur.strip() and a not in NO_START:
            lines.append(cur)
            cur = ""
        cur += a
    if cur:
        lines.append(cur)
    return lines


def render_speech(pg, sp, *, title=True, indent=IND, head_indent="", line_indent="", wrap_width=None,
                  joins=None, join_sep=IND, one_line_from_salute=False, one_line_sep=IND):
    """Print one speech. joins: {block index: separator} to put the next block on the same line."""
    joins = joins or {}
    if title:
        pg.raw(sp["title"])
    for ln in sp["lines"]:
        pg.raw(line_indent + ln)
    pieces = []  # (text_with_markers, is_heading_line)
    for b in sp["blocks"]:
        if b[0] == "H":
            pieces.append((b[2], True))
        elif b[0] == "P":
            pieces.append((b[2], False))
        else:
            pieces.append((b[2] + b[4], False))
        for span in S.injected(pieces[-1][0]):
            pg.noise.append(span.strip())
    if one_line_from_salute:
        line = sp["salute"] + one_line_sep + one_line_sep.join(S.page_text(t) for t, _ in pieces)
        pg.raw(line)
        return
    pg.raw(sp["salute"])
    i = 0
    while i < len(pieces):
        t, is_head = pieces[i]
        text = (head_indent if is_head else indent) + t
        while i in joins:
            i += 1
            t2, h2 = pieces[i]
            text += joins[i - 1] + t2
        if wrap_width and not is_head:
            for ln in wrap(text, wrap_width):
                pg.raw(ln)
        else:
            pg.raw(S.page_text(text))
        i += 1


# ------------------------------------------------------------------ page 06
def page06():
    pg = Page("06")
    sp = S.PAGES["06"]["speeches"][0]
    pg.n("桐岭镇人民政府",
         "www.tlz.anlan-xian.gov.cn",
         "首页 | 镇情概况 | 政务公开 | 领导讲话 | 办事服务 | 互动交流 | 专题专栏")
    pg.n("站内搜索：请输入关键字　　搜索")
    pg.blank()
    pg.n("您现在的位置：首页 > 政务公开 > 领导讲话")
    pg.blank()
    pg.n("周立新在全镇安全生产暨森林防火工作会议上的讲话")
    pg.n("发布时间：2025-02-27 16:42" + NB + NB + "来源：镇党政办" + NB + NB + "浏览次数：487")
    pg.n("【字体：大 中 小】　【打印】　【收藏】")
    pg.blank()
    render_speech(pg, sp, indent=IND, head_indent=IND, wrap_width=40)
    pg.blank()
    pg.n("（审核：李国栋　编辑：郑小雨）")
    pg.n("【打印本页】　【关闭窗口】")
    pg.blank()
    pg.n("上一篇：王海燕在全镇2025年经济工作会议上的讲话")
    pg.n("下一篇：二、突出重点，扎实做好汛前各项准备工作——全镇防汛备汛工作会议讲话摘编")
    pg.blank()
    pg.n("相关文章")
    pg.n("· 桐岭镇召开春季森林防火工作部署会",
         "· 桐岭镇开展经营性自建房安全隐患“回头看”",
         "· 三、压实责任 守牢底线——在全镇安全生产约谈会上的讲话（摘要）",
         "· 关于做好2025年清明节期间森林防火工作的通知")
    pg.blank()
    pg.n("政府网站找错　　　　扫一扫在手机打开当前页")
    pg.n("主办：安澜县桐岭镇人民政府　　承办：桐岭镇党政综合办公室")
    pg.n("地址：安澜县桐岭镇新街路18号　　邮编：417630　　联系电话：0738-6213570")
    pg.n("湘ICP备17008342号-2　　政府网站标识码：4313270019　　湘公网安备 43132702000117号")
    pg.n("建议使用1366×768分辨率、IE10以上版本浏览器浏览本站")
    return pg


# ------------------------------------------------------------------ page 07
def page07():
    pg = Page("07")
    sp = S.PAGES["07"]["speeches"][0]
    pg.n("湄川经济开发区管理委员会",
         "MEICHUAN ECONOMIC DEVELOPMENT ZONE",
         "首页　走进开发区　新闻中心　政务公开　招商引资　安全生产　政民互动",
         "2025年4月18日 星期五　　农历三月廿一")
    pg.blank()
    pg.n("安全生产专题专栏",
         "专栏导航：工作动态 | 领导讲话 | 隐患排查 | 执法检查 | 应急管理 | 政策解读 | 警示教育",
         "当前位置：首页 > 专题专栏 > 安全生产 > 领导讲话")
    pg.blank()
    pg.raw(sp["title"])
    pg.n("发布时间：2025-04-18 08:55　　来源：开发区安全生产监督管理局　　浏览量：　　字号：[大 中 小]")
    pg.n("【摘要】这次会议是经管委会研究决定召开的，主要是通报一季度安全生产工作情况，部署二季度重点任务。刚才，安全生产监督管理局通报了一季度安全检查情况……")
    pg.blank()
    render_speech(pg, dict(sp, title=None), title=False, indent=IND, head_indent=IND,
                  joins={2: " ", 8: IND})
    pg.blank()
    pg.n("分享到：微信　微博　QQ空间")
    pg.n("【打印】【关闭窗口】【返回顶部】")
    pg.n("上一篇：开发区开展化工园区安全整治提升“百日攻坚”行动",
         "下一篇：开发区召开2025年度防汛工作动员会")
    pg.blank()
    pg.n("政策解读",
         "· 图解：《化工园区安全风险智能化管控平台建设指南》要点",
         "· 一图读懂危险化学品企业特殊作业“八必须”",
         "· 第三，压实企业安全生产主体责任——《开发区安全生产责任清单》解读",
         "· 问答：新修订的安全生产法对园区企业有哪些新要求？",
         "更多>>")
    pg.blank()
    pg.n("友情链接：省应急管理厅 | 湄川市人民政府 | 湄川市应急管理局 | 国家企业信用信息公示系统")
    pg.n("版权所有：湄川经济开发区管理委员会　　地址：湄川市滨江大道2号　　电话：0571-85927430")
    pg.n("浙ICP备15044218号　　浙公网安备 33018502000391号　　网站标识码：3301000084")
    return pg


# ------------------------------------------------------------------ page 08
def page08():
    pg = Page("08")
    sp = S.PAGES["08"]["speeches"][0]
    pg.n("岚州市应急管理局",
         "首页 | 机构概况 | 新闻动态 | 政府信息公开 | 政务服务 | 互动交流 | 专题专栏",
         "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 讲话讲稿")
    pg.blank()
    pg.n("索 引 号：\t11410300MB1K52837X/2025-00216\t主题分类：\t安全生产监管",
         "发文机关：\t岚州市应急管理局\t成文日期：\t2025-05-14",
         "名　　称：\t在全市安全生产执法工作推进会上的讲话",
         "文　　号：\t\t发布日期：\t2025-05-16",
         "有 效 性：\t有效\t主 题 词：\t安全生产　执法")
    pg.blank()
    # the article is paginated on the site: the clerk copied its three pages one after another
    blocks = sp["blocks"]
    cut1 = 9   # after "1.紧盯重大事故隐患" paragraph -> page 2 ends
    render_speech(pg, dict(sp, blocks=blocks[:cut1]), indent=IND, head_indent=IND)
    pg.n("上一页　1　2　3　下一页", "第2页 共3页")
    for b in blocks[cut1:]:
        t = b[2] if b[0] in ("H", "P") else b[2] + b[4]
        pg.raw(IND + S.page_text(t))
        for span in S.injected(t):
            pg.noise.append(span.strip())
    pg.n("上一页　1　2　3　下一页", "第3页 共3页")
    pg.blank()
    pg.n("相关附件：无")
    pg.n("分享到：　微信　　微博")
    pg.n("【我要纠错】　【打印】　【关闭窗口】")
    pg.blank()
    pg.n("主办单位：岚州市应急管理局　　地址：岚州市行政中心3号楼　　值班电话：0379-63215110",
         "豫ICP备16027735号-1　　豫公网安备 41030202000268号　　网站标识码：4103000057")
    return pg


# ------------------------------------------------------------------ page 09
def page09():
    pg = Page("09")
    sp = S.PAGES["09"]["speeches"][0]
    pg.n("恒川能源控股集团有限公司",
         "HENGCHUAN ENERGY HOLDING GROUP",
         "首页　关于我们　新闻中心　党的建设　产业板块　安全环保　人力资源　信息公开")
    pg.n("新闻中心 > 集团要闻")
    pg.blank()
    pg.n("党建园地",
         "· 集团党委召开理论学习中心组（扩大）学习会",
         "· 以高质量党建引领保障安全发展",
         "· 三、压紧压实全员安全生产责任——“安全先锋岗”创建经验交流之三",
         "· 集团公司开展“党员身边无违章”主题实践活动",
         "· 热电公司党支部：把支部建在班组上")
    pg.blank()
    pg.n("谭启明在集团公司2025年安委会第一次全体会议上强调 压紧压实全员安全生产责任 全力保障集团安全稳定运行")
    pg.n("发布日期：2025-01-09　来源：安全监察部　作者：林晓　点击量：1204")
    pg.n("1月8日，集团公司召开2025年安全生产委员会第一次全体会议，总结2024年安全生产工作，部署2025年重点任务。集团公司党委书记、董事长谭启明出席会议并讲话。")
    pg.n("以下为讲话全文：")
    render_speech(pg, sp, one_line_from_salute=True)
    pg.n("（责任编辑：周蕾　审核：钱立群）")
    pg.n("【打印本页】【关闭窗口】")
    pg.n("上一条：集团公司召开2025年工作会议暨职工代表大会",
         "下一条：热电公司开展冬季锅炉压力容器专项检查")
    pg.blank()
    pg.n("集团官方微信公众号　　扫码关注")
    pg.n("Copyright © 2025 恒川能源控股集团有限公司 版权所有　京ICP备18052261号-1",
         "地址：北京市朝阳区望京东路88号恒川大厦　电话：010-64387200　邮编：100102")
    return pg


# ------------------------------------------------------------------ page 10
def page10():
    pg = Page("10")
    a, b = S.PAGES["10"]["speeches"]
    pg.n("丰岩县人民政府",
         "首页　政务公开　政务服务　互动交流　走进丰岩",
         "当前位置：首页 > 政务公开 > 政府文件 > 县政府办文件")
    pg.blank()
    pg.n("丰岩县人民政府办公室关于印发欧阳明同志和梁振华同志在全县2025年安全生产工作会议上讲话的通知")
    pg.n("发布时间：2025-03-20 10:15" + NB + NB + "来源：县政府办" + NB + NB + "【字体：大 中 小】")
    pg.blank()
    pg.n("丰政办发〔2025〕9号")
    pg.n("各乡镇人民政府，县直各单位：")
    pg.n(IND + "现将欧阳明同志、梁振华同志在全县2025年安全生产工作会议上的讲话印发给你们，请结合实际认真学习贯彻。")
    pg.n(IND + "附件：1.欧阳明同志在全县2025年安全生产工作会议上的讲话",
         IND + "\u3000\u3000\u3000 2.梁振华同志在全县2025年安全生产工作会议上的讲话")
    pg.n("丰岩县人民政府办公室", "2025年3月20日")
    pg.n("（此件公开发布）")
    pg.blank()
    pg.n("附件1")
    pg.blank()
    render_speech(pg, a, indent=IND, head_indent=IND, line_indent="")
    pg.blank()
    pg.n("附件2")
    pg.blank()
    render_speech(pg, b, indent=NB * 4, head_indent=NB * 4)
    pg.blank()
    pg.n("抄送：县委办公室，县人大常委会办公室，县政协办公室。")
    pg.n("丰岩县人民政府办公室" + "\u3000" * 6 + "2025年3月20日印发")
    pg.blank()
    pg.n("【打印】　【关闭窗口】")
    pg.n("扫一扫在手机上查看当前页面")
    pg.n("网站地图 | 联系我们 | 隐私声明")
    pg.n("主办：丰岩县人民政府办公室" + NB + NB + "承办：丰岩县大数据中心" + NB + NB + "联系电话：0745-7721096")
    pg.n("网站标识码：4312250003" + NB + NB + "湘ICP备12004577号" + NB + NB + "湘公网安备 43122502000093号")
    return pg


BUILDERS = {"06": page06, "07": page07, "08": page08, "09": page09, "10": page10}


def encode(text, enc):
    if enc == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(enc)


def gold_for(key, pg):
    sps = S.PAGES[key]["speeches"]
    titles, headings, paragraphs = [], [], []
    for sp in sps:
        for it in S.sequence(sp):
            if it[0] == "title":
                titles.append(it[1])
            elif it[0] == "heading":
                headings.append({"text": it[1], "level": it[2]})
            elif it[0] == "paragraph":
                paragraphs.append({"text": it[1], "category": it[2]})
    return {"file": key + ".txt", "speeches": len(sps), "titles": titles, "headings": headings,
            "paragraphs": paragraphs, "noise": pg.noise}


def build(key):
    pg = BUILDERS[key]()
    meta = S.PAGES[key]
    text = meta["eol"].join(pg.lines) + meta["eol"]
    return pg, text, encode(text, meta["encoding"])


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    for key in BUILDERS:
        pg, text, data = build(key)
        with open(os.path.join(OUT, key + ".txt"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, "gold", key + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_for(key, pg), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(key, len(data), "bytes", S.PAGES[key]["encoding"], repr(S.PAGES[key]["eol"]))


if __name__ == "__main__":
    main()
