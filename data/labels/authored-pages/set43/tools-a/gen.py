#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Render set43 pages 01-05 and their gold from content.SPEECHES (one data structure, so they cannot disagree).

usage: /usr/bin/python3 tools-a/gen.py        (writes ../01.html … ../05.txt and ../gold/01.json … 05.json)
Chrome strings are registered through Noise.add() while a page is rendered; the gold noise list is exactly what
was registered (strings of >= 4 characters, each once). validate.py re-derives everything from the files.
"""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import BR, PB, WM, SPEECHES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def clean(t):
    return t.replace(BR, "").replace(PB, "").replace(WM, "")


class Noise:
    def __init__(self):
        self.items = []

    def add(self, s):
        s2 = s.strip()
        if len(s2) >= 4 and s2 not in self.items:
            self.items.append(s2)
        return s


def gold(fname, speeches, noise):
    g = {"file": fname, "speeches": len(speeches), "titles": [], "headings": [], "paragraphs": [], "noise": noise.items}
    for sp in speeches:
        g["titles"].append(sp["title"])
        for b in sp["body"]:
            if b[0] == "H":
                g["headings"].append({"text": b[2], "level": b[1]})
            elif b[0] == "P":
                trunc = bool(len(b) > 3 and b[3].get("truncated"))
                g["paragraphs"].append({"text": clean(b[2]), "category": b[1], "truncated": trunc})
    return g


def blocks(sp):
    """Yield ('H', level, text, None) / ('RUNIN', level, head, para_block) / ('P', cat, text, opts) / ('TABLE', rows)."""
    body = sp["body"]
    i = 0
    while i < len(body):
        b = body[i]
        if b[0] == "H" and len(b) > 3 and b[3] == "runin":
            yield ("RUNIN", b[1], b[2], body[i + 1])
            i += 2
            continue
        yield b
        i += 1


# ============================================================ 01.html  区应急管理局 article page
def render_01(sp, nz):
    N = lambda s: html.escape(nz.add(s), quote=False)  # noqa: E731

    def ent(t):  # the CMS stores curly quotes as named entities
        t = html.escape(t, quote=False)
        return t.replace("“", "&ldquo;").replace("”", "&rdquo;")

    title_line = sp["title_line"]
    L = []
    a = L.append
    a('<!DOCTYPE html>')
    a('<html lang="zh-CN">')
    a('<head>')
    a('<meta charset="utf-8">')
    a('<meta http-equiv="X-UA-Compatible" content="IE=edge">')
    a('<meta name="SiteName" content="青溪区应急管理局">')
    a('<meta name="ColumnName" content="领导讲话">')
    a('<meta name="ArticleTitle" content="%s">' % title_line)
    a('<meta name="PubDate" content="2024-02-28 10:35">')
    a('<title>%s</title>' % N(title_line + "_青溪区应急管理局"))
    a('<link rel="stylesheet" href="/css/base.css">')
    a('<link rel="stylesheet" href="/css/article.css">')
    a('<script src="/js/jquery-1.12.4.min.js"></script>')
    a('<style>.art-con p{line-height:2;font-size:16px;margin:0 0 8px}.art-con strong{font-weight:bold}</style>')
    a('</head>')
    a('<body>')
    a('<div class="topbar"><div class="w1200">')
    a('<span class="fl" id="today"></span><span class="fl welcome">%s</span>' % N("欢迎访问青溪区应急管理局网站"))
    a('<span class="fr"><a href="/">首页</a> | <a href="javascript:void(0);" id="wza">%s</a> | <a href="/m/">手机版</a></span>' % N("无障碍浏览"))
    a('</div></div>')
    a('<div class="header"><div class="w1200">')
    a('<div class="logo"><a href="/"><img src="/images/logo.png" alt="青溪区应急管理局"></a><span class="logo-txt">%s</span><span class="logo-en">%s</span></div>'
      % (N("青溪区应急管理局"), N("Qingxi District Emergency Management Bureau")))
    a('<div class="search"><form action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>')
    a('</div></div>')
    a('<div class="nav"><ul class="w1200">')
    for item in ["首页", "机构概况", "政务公开", "工作动态", "政策法规", "应急救援", "防灾减灾", "互动交流", "专题专栏"]:
        a('<li><a href="#">%s</a></li>' % N(item))
    a('</ul></div>')
    a('<div class="w1200 main">')
    a('<div class="crumb">%s<a href="/">首页</a> &gt; <a href="/gzdt/">%s</a> &gt; <a href="/gzdt/ldjh/">%s</a></div>'
      % (N("当前位置："), N("工作动态"), N("领导讲话")))
    a('<div class="article">')
    a('<h1 class="art-tit">%s</h1>' % title_line)
    info = "发布时间：2024-02-28 10:35&nbsp;&nbsp;&nbsp;&nbsp;来源：青溪区应急管理局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数："
    nz.add(html.unescape(info))
    a('<div class="art-info">%s<span id="hits">876</span></div>' % info)
    a('<div class="share"><span class="bdsharebuttonbox">%s<a href="#" class="bds_weixin">微信</a><a href="#" class="bds_tsina">微博</a>'
      '<a href="#" class="bds_qzone">%s</a></span><span class="tools">%s<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
      '<a href="javascript:doZoom(14)">小</a>】<a href="javascript:window.print()">%s</a><a href="javascript:window.close()">%s</a></span></div>'
      % (N("分享到："), N("QQ空间"), N("【字体："), N("【打印本页】"), N("【关闭窗口】")))
    a('<div class="art-con TRS_Editor" id="zoom">')
    a('<p style="text-align: center;">%s</p>' % sp["front"][0])
    a('<p>&nbsp;</p>')
    a('<p>%s</p>' % sp["front"][1])
    section = 0
    for b in blocks(sp):
        if b[0] == "H" and b[1] == 1:
            section += 1
        # section three was pasted from Word: full-width spaces instead of text-indent
        if section >= 3:
            pre, op = "　　", "<p>"
        else:
            pre, op = "", '<p style="text-indent: 2em;">'
        if b[0] == "H" and b[1] == 1:
            a('%s%s<strong>%s</strong></p>' % (op, pre, ent(b[2])))
        elif b[0] == "H":
            a('%s%s<span style="font-family: 楷体_GB2312, 楷体;">%s</span></p>' % (op, pre, ent(b[2])))
        elif b[0] == "RUNIN":
            a('%s%s<strong>%s。</strong>%s</p>' % (op, pre, ent(b[2]), ent(b[3][2])))
        elif b[0] == "P":
            a('%s%s%s</p>' % (op, pre, ent(b[2]).replace(BR, "<br/>\n")))
    a('<p>&nbsp;</p>')
    a('</div>')
    a('<div class="fujian">附件：<a href="/uploadfiles/2024/02/20240228103512.pdf">%s</a></div>' % N("青溪区2024年安全生产重点工作任务清单.pdf"))
    a('<div class="editor">%s</div>' % N("【责任编辑：李敏】"))
    a('<div class="page-turn">')
    a('<p>%s<a href="/gzdt/ldjh/202402/t20240205_1187.html">%s</a></p>' % (N("上一篇："), N("青溪区召开春节前安全生产工作部署会")))
    a('<p>%s<a href="/gzdt/gzdt/202402/t20240229_1203.html">%s</a></p>' % (N("下一篇："), N("区应急管理局开展节后复工复产企业安全检查")))
    a('</div>')
    a('</div>')
    a('</div>')
    a('<div class="footer"><div class="w1200">')
    a('<div class="links"><select onchange="window.open(this.value)"><option>%s</option><option value="https://www.mem.gov.cn/">%s</option>'
      '<option value="#">%s</option><option value="#">%s</option></select></div>'
      % (N("—— 相关链接 ——"), N("应急管理部"), N("青溪区人民政府"), N("青溪区政务服务网")))
    a('<p>%s&nbsp;&nbsp;&nbsp;%s</p>' % (N("主办单位：青溪区应急管理局"), N("承办：青溪区政务数据服务中心")))
    a('<p>%s&nbsp;&nbsp;&nbsp;%s&nbsp;&nbsp;&nbsp;%s</p>' % (N("地址：青溪区滨河东路88号"), N("邮编：415000"), N("联系电话：0736-7212345")))
    a('<p>%s&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">%s</a>&nbsp;&nbsp;&nbsp;'
      '<a href="#" target="_blank"><img src="/images/ga.png" alt="">%s</a></p>'
      % (N("网站标识码：4307020021"), N("湘ICP备05012345号-2"), N("湘公网安备 43070202000178号")))
    a('<div class="dzjg"><script id="_jiucuo_" sitecode="4307020021" src="/js/jiucuo.js"></script></div>')
    a('</div></div>')
    a('<script>')
    a("$(function(){var d=new Date();var w=['日','一','二','三','四','五','六'];"
      "$('#today').text(d.getFullYear()+'-'+(d.getMonth()+1)+'-'+d.getDate()+' 星期'+w[d.getDay()]);});")
    a("function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}")
    a('</script>')
    a('</body>')
    a('</html>')
    return ("\n".join(L) + "\n").encode("utf-8")


# ============================================================ 02.txt  社区公众号 article copied from a phone
def render_02(sp, nz):
    L = []
    a = lambda s: L.append(s)  # noqa: E731
    a(nz.add("👆点击上方蓝字 关注我们"))
    a(nz.add("一根飞线、一辆上楼的电动车，可能就是一场大火的开头。这次会上书记交代的事，建议每位楼栋长都转到楼栋群里！"))
    a(sp["title_line"])
    a(nz.add("原创 网格小陈 桂园社区党群服务中心 2024年11月07日 19:02 湖北"))
    a(nz.add("11月6日下午，桂园社区党委召开楼栋长暨物业企业冬季安全工作会议，社区党委书记王秀兰就做好冬季安全工作讲了话。现将讲话内容整理如下，有删节。"))
    for f in sp["front"]:
        a(f)
    first_sit = True
    for b in blocks(sp):
        if b[0] == "H":
            a("🔸" + b[2])
        elif b[0] == "P":
            a(b[2])
            if b[1] == "形势分析" and first_sit:
                a(nz.add("▲社区工作人员夜查楼道里停放的电动车"))
                first_sit = False
    for s in ["—  END  —", "供稿丨网格服务站", "编辑丨陈晓", "审核丨王秀兰", "往期推荐",
              "桂园社区开展“敲门行动” 为独居老人送温暖", "我们的节日·重阳｜桂园社区举办敬老茶话会",
              "阅读原文", "阅读 1538", "分享", "赞", "在看", "写留言", "留言 2",
              "3栋2单元张阿姨", "说得好！我们单元上礼拜就把楼下那几辆电瓶车劝走了，希望物业坚持下去👍", "湖北 11-07", "赞 26",
              "幸福里物业小刘", "收到书记，明天晚上我们就开始夜查，充电桩也在联系加装了。", "湖北 11-08", "赞 14"]:
        a(nz.add(s))
    return ("\n\n".join(L) + "\n").encode("utf-8")


# ============================================================ 03.txt  文库 preview copied as text, GB18030, CRLF
WIDTH = 36  # characters per printed line of the preview
NO_LINE_START = "，。、；：？！）”’》"


def wrap(text, indent="　　"):
    """Hard-wrap a paragraph like the preview's text layer; PB marks where a page ends (forced line end)."""
    out, cur = [], indent
    for k, ch in enumerate(text):
        cur += ch
        nxt = text[k + 1] if k + 1 < len(text) else ""
        # line-start rule (禁则): closing punctuation stays at the end of the line, which may then run one over
        if len(cur) >= WIDTH and nxt not in NO_LINE_START:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def render_03(sp, nz):
    L = []

    def a(s=""):
        L.append(s)

    a(nz.add("项目经理在项目部安全生产例会上的讲话 - 文档邦"))
    a(nz.add("首页 | 分类 | 专题 | VIP会员 | 上传赚钱"))
    a(nz.add("首页 > 行业资料 > 建筑施工 > 安全管理"))
    a(nz.add("项目经理在项目部安全生产例会上的讲话.doc"))
    a(nz.add("上传者：jz_anquan2021　　上传时间：2023-06-12　　页数：3页　　下载券：2"))
    a(nz.add("浏览 2046 次 | 下载 87 次 | 收藏 31 次"))
    a(nz.add("文档简介：项目部周安全例会上的讲话稿，内容涉及外架、塔吊、洞口防护和新工人教育，可修改使用。"))
    a()
    a("　　　　　　" + sp["title_line"])
    a("　　　　　　　　　　" + sp["front"][0])
    a(sp["front"][1])
    page_footer = ["", nz.add("第 1 页 共 3 页"), "", nz.add("开通VIP会员，本文档免费下载，海量精品资料任意看"), ""]
    for b in blocks(sp):
        if b[0] == "H":
            a("　　" + b[2])
        elif b[0] in ("RUNIN", "P"):
            if b[0] == "RUNIN":
                text = b[2] + "。" + b[3][2]
            else:
                text = b[2]
            if PB in text:
                head, tail = text.split(PB)
                for ln in wrap(head):
                    a(ln)
                for ln in page_footer:
                    a(ln)
                for ln in wrap(tail, indent=""):
                    a(ln)
            else:
                for ln in wrap(text):
                    a(ln)
    a()
    for s in ["第 2 页 共 3 页", "", "试读已结束，还剩1页未读，下载后可阅读全文", "立即下载（2下载券）", "加入VIP，免费下载", "",
              "相关文档", "建筑工地安全生产例会会议纪要范本.doc", "项目部月度安全工作总结.docx", "施工现场脚手架工程安全技术交底.doc", "",
              "关于我们 | 帮助中心 | 侵权投诉 | 联系客服", "Copyright © 2010-2024 文档邦 版权所有　浙ICP备11045872号-2"]:
        a(nz.add(s))
    return ("\r\n".join(L) + "\r\n").encode("gb18030")


# ============================================================ 04.docx  镇党政办 Word document
def render_04(sp, nz, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, Cm

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    doc.core_properties.author = "dzb"
    doc.core_properties.title = ""

    def font(run, name, size, bold=False):
        run.font.name = name
        run.font.size = Pt(size)
        run.font.bold = bold
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), name)

    def para(text="", name="仿宋_GB2312", size=16, bold=False, align=None, indent=True):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.line_spacing = Pt(28)
        pf.space_after = Pt(0)
        if indent:
            pf.first_line_indent = Pt(32)
        if align is not None:
            p.alignment = align
        if text:
            parts = text.split(BR)
            for k, part in enumerate(parts):
                r = p.add_run(part)
                font(r, name, size, bold)
                if k < len(parts) - 1:
                    r.add_break()
        return p

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    font(hp.add_run(nz.add("内部资料　注意保存")), "黑体", 10.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("内部资料　注意保存"), "黑体", 10.5)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run()
    for tag, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
        if tag == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
            r._element.append(el)
        elif tag == "t":
            r2 = fp2.add_run(txt)
            font(r2, "宋体", 14)
            r = fp2.add_run()
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
            r._element.append(el)

    para(sp["title_line"], "方正小标宋简体", 22, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(sp["front"][0], "楷体_GB2312", 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(sp["front"][1], "楷体_GB2312", 16, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    para(indent=False)
    para(sp["front"][2], indent=False)
    n_para = 0
    for b in blocks(sp):
        if b[0] == "H" and b[1] == 1:
            para(b[2], "黑体", 16)
        elif b[0] == "H":
            para(b[2], "楷体_GB2312", 16, bold=True)
        elif b[0] == "RUNIN":
            p = para(b[2] + "。", "楷体_GB2312", 16, bold=True)
            for k, part in enumerate(b[3][2].split(BR)):
                rr = p.add_run(part)
                font(rr, "仿宋_GB2312", 16)
                if k < len(b[3][2].split(BR)) - 1:
                    rr.add_break()
        elif b[0] == "P":
            n_para += 1
            # the clerk typed two full-width spaces instead of using the first-line indent in a few paragraphs
            if n_para in (3, 6):
                para("　　" + b[2], indent=False)
            else:
                para(b[2])
        elif b[0] == "TABLE":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    rr = c.paragraphs[0].add_run(cell)
                    font(rr, "仿宋_GB2312", 12, bold=(i == 0))
            para(indent=False)
    para(indent=False)
    para(nz.add("（根据录音整理，未经本人审阅）"), "楷体_GB2312", 14, indent=False)
    para(indent=False)
    para(nz.add("青山镇党政办公室　　　　　　　　　2024年5月17日印发"), "仿宋_GB2312", 14, indent=False)
    doc.save(path)


# ============================================================ 05.txt  范文 collection page, UTF-8 BOM, CRLF
def render_05(sps, nz):
    L = []

    def a(s=""):
        L.append(s)

    a(nz.add("范文大全网_免费范文下载"))
    a(nz.add("首页 > 讲话稿 > 领导讲话"))
    a(nz.add("关于安全生产的讲话稿通用3篇"))
    a(nz.add("发布时间：2023-08-28 09:14　　来源：网友投稿　　浏览：3260次"))
    a(nz.add("【导读】安全是一切工作的前提。下面是小编精心整理的关于安全生产的讲话稿通用3篇，希望对大家有所帮助，欢迎阅读参考。"))
    a(nz.add("目录"))
    for k, sp in enumerate(sps, 1):
        a(nz.add("%d. %s" % (k, sp["title_line"].split("：", 1)[1])))
    a()
    between = [
        [nz.add("【推荐阅读】开学第一课安全教育讲话稿精选5篇"), nz.add("【推荐阅读】学校安全工作会议主持词范文")],
        [nz.add("相关推荐："), nz.add("加油站安全生产月活动方案范文"), nz.add("企业班组安全会议记录表（通用版）"),
         nz.add("春季森林防火工作会议讲话稿2023最新")],
    ]
    for k, sp in enumerate(sps):
        a(sp["title_line"])
        for f in sp["front"]:
            a(f)
        for b in blocks(sp):
            if b[0] == "H":
                a("　　" + b[2])
            elif b[0] == "RUNIN":
                a("　　" + b[2] + "。" + b[3][2])
            elif b[0] == "P":
                a("　　" + b[2].replace(WM, nz.add("fwdqw.cn")))
                if k == 1 and b[1] == "隐患排查":
                    a(nz.add("更多精品范文请访问：范文大全网 www.fwdqw.cn"))
        a()
        if k < len(between):
            for s in between[k]:
                a(s)
            a()
    for s in ["本文来源于网络，如有侵权请联系删除", "上一篇：2023年安全生产工作总结范文",
              "下一篇：安全生产月主题活动方案精选", "Copyright © 2015-2023 范文大全网 www.fwdqw.cn 版权所有"]:
        a(nz.add(s))
    return ("\ufeff" + "\r\n".join(L) + "\r\n").encode("utf-8")


def main():
    os.makedirs(os.path.join(OUT, "gold"), exist_ok=True)
    jobs = [("01", "01.html", render_01), ("02", "02.txt", render_02), ("03", "03.txt", render_03),
            ("04", "04.docx", None), ("05", "05.txt", None)]
    for key, fname, fn in jobs:
        nz = Noise()
        sps = SPEECHES[key]
        path = os.path.join(OUT, fname)
        if key == "04":
            render_04(sps[0], nz, path)
        elif key == "05":
            open(path, "wb").write(render_05(sps, nz))
        else:
            open(path, "wb").write(fn(sps[0], nz))
        g = gold(fname, sps, nz)
        with open(os.path.join(OUT, "gold", key + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print("wrote", fname, "speeches=%d headings=%d paragraphs=%d noise=%d"
              % (g["speeches"], len(g["headings"]), len(g["paragraphs"]), len(g["noise"])))


if __name__ == "__main__":
    main()
