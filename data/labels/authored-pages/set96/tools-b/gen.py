#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/NN.json from one item list per page (deterministic)."""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class N(str):
    """a noise segment inside a labelled line"""


class Page:
    def __init__(self, nn, enc="utf-8", eol="\n"):
        self.nn, self.enc, self.eol = nn, enc, eol
        self.lines = []   # each line: list of (role, text, item)
        self.items = []   # labelled items in page order

    # ---- items
    def _item(self, kind, **kw):
        it = dict(kind=kind, text="", **kw)
        self.items.append(it)
        return it

    def _segs(self, it, parts):
        segs = []
        for x in parts:
            if isinstance(x, N):
                segs.append(("N", x, None))
            else:
                segs.append(("L", x, it))
        return segs

    # ---- simple one-line-per-block layout
    def n(self, *texts):
        for t in texts:
            self.lines.append([("N", t, None)])

    def f(self, text):  # unlabelled allowed line (salutation, speaker, date) or blank
        self.lines.append([("F", text, None)])

    def blank(self, k=1):
        for _ in range(k):
            self.lines.append([])

    def t(self, *parts, indent=""):
        it = self._item("title")
        self.lines.append([("F", indent, None)] + self._segs(it, parts))
        return it

    def h(self, level, *parts, indent=""):
        it = self._item("head", level=level)
        self.lines.append([("F", indent, None)] + self._segs(it, parts))
        return it

    def p(self, cat, *parts, indent="", trunc=False):
        it = self._item("para", cat=cat, trunc=trunc)
        self.lines.append([("F", indent, None)] + self._segs(it, parts))
        return it

    # a paragraph split over several page lines with noise lines between (page break in a preview)
    def p_split(self, cat, chunks, indent=""):
        """chunks: list of str (text lines of the paragraph) or list-of-str (noise lines between)"""
        it = self._item("para", cat=cat, trunc=False)
        first = True
        for c in chunks:
            if isinstance(c, list):
                for nl in c:
                    self.lines.append([("N", nl, None)] if nl else [])
            else:
                self.lines.append([("F", indent if first else "", None), ("L", c, it)])
                first = False
        return it

    # ---- output
    def render(self):
        out = []
        for ln in self.lines:
            s = ""
            for role, text, it in ln:
                s += text
                if role == "L":
                    it["text"] += text
            out.append(s.rstrip())
        return out

    def write(self):
        for it in self.items:
            it["text"] = ""
        lines = self.render()
        txt = self.eol.join(lines) + self.eol
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as fh:
            fh.write(txt.encode(self.enc))
        noise = []
        for ln in self.lines:
            for role, text, _ in ln:
                if role == "N" and text.strip():
                    s = text.strip()
                    assert len(s) >= 4, (self.nn, s)
                    if s not in noise:
                        noise.append(s)
        for it in self.items:
            assert it["text"] == it["text"].strip(), (self.nn, it["text"][:20])
        gold = {
            "file": self.nn + ".txt",
            "speeches": sum(1 for it in self.items if it["kind"] == "title"),
            "titles": [it["text"] for it in self.items if it["kind"] == "title"],
            "headings": [{"text": it["text"], "level": it["level"]} for it in self.items if it["kind"] == "head"],
            "paragraphs": [{"text": it["text"], "category": it["cat"], "truncated": it["trunc"]}
                           for it in self.items if it["kind"] == "para"],
            "noise": noise,
        }
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


# ---------------------------------------------------------------- flow layout (PDF / OCR copies)
NOHEAD = "，。、；：！？）”’》"


def wrap(text, width, first_width=None):
    out, i = [], 0
    w = first_width or width
    while i < len(text):
        j = min(len(text), i + w)
        # keep closing punctuation on the line before (避头)
        while j < len(text) and text[j] in NOHEAD:
            j += 1
        out.append(text[i:j])
        i = j
        w = width
    return out


class Flow:
    """blocks laid out into fixed-width lines, with running header/footer noise at page breaks"""

    def __init__(self, page, width, per_page, header, footer, first_page, used=0):
        self.pg, self.width, self.per_page = page, width, per_page
        self.header, self.footer, self.page_no = header, footer, first_page
        self.used = used

    def _emit(self, line):
        if self.used >= self.per_page:
            for nl in self.footer(self.page_no):
                self.pg.lines.append([("N", nl, None)] if nl else [])
            self.page_no += 1
            for nl in self.header(self.page_no):
                self.pg.lines.append([("N", nl, None)] if nl else [])
            self.used = 0
        self.pg.lines.append(line)
        self.used += 1

    def block(self, kind, text, indent="", width=None, **kw):
        w = width or self.width
        if kind == "noise":
            for c in wrap(text, w):
                self._emit([("N", c, None)])
            return
        if kind == "free":
            self._emit([("F", text, None)])
            return
        if kind == "blank":
            self._emit([])
            return
        it = self.pg._item(kind, **kw)
        for k, c in enumerate(wrap(text, w, w - len(indent))):
            self._emit([("F", indent if k == 0 else "", None), ("L", c, it)])

    def close(self, tail_blank=0):
        for _ in range(tail_blank):
            self._emit([])
        for nl in self.footer(self.page_no):
            self.pg.lines.append([("N", nl, None)] if nl else [])


PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ================================================================ 06  online collaborative doc export
@page
def p06():
    pg = Page("06")
    pg.n("青梧文档 · 柏溪镇三季度安全生产会议讲话稿（讨论稿）",
         "docs.qingwudoc.cn/d/7HqK2mXbP0rL",
         "已保存到云端　最近修改：周晓岚 10月9日 16:42",
         "周晓岚、李文静、宋家禾 等3人可编辑　|　2人正在查看")
    pg.blank()
    pg.n("文件　编辑　插入　格式　表格　审阅　工具", "修订模式：显示标记的最终状态　|　批注 3 条")
    pg.blank()
    pg.n("目录大纲",
         "一、正视当前形势，不能有丝毫…",
         "二、聚焦重点领域，扎扎实实…",
         "三、压实各方责任，确保各项…")
    pg.blank()
    pg.n("（讨论稿　请勿外传）")
    pg.blank()
    pg.t("在全镇安全生产和消防安全工作会议上的讲话")
    pg.f("镇党委副书记、镇长　宋家禾")
    pg.f("（2024年10月11日）")
    pg.blank()
    pg.f("同志们：")
    I = "　　"
    pg.p("开场", "这次会议是镇党委、镇政府研究决定召开的，主要任务是通报前三季度全镇安全生产和消防安全情况，"
         "分析当前面临的突出问题，对四季度特别是今冬明春火灾防控工作作出安排。刚才，镇安办通报了有关情况，"
         "派出所、消防救援站和竹林村、石门村作了发言，讲得都很实在，我都同意。下面，我再讲三点意见。", indent=I)
    pg.h(1, "一、正视当前形势，不能有丝毫松劲懈怠", indent=I)
    pg.p("形势分析", "总的看，今年以来全镇安全生产形势保持平稳，没有发生较大以上生产安全事故，道路交通事故起数和受伤人数同比都有下降。"
         "这个成绩来之不易，是各村、各站所和各企业一起扛下来的。但是大家心里要有数，平稳不等于安全，"
         "成绩背后的隐患一点也不少。", indent=I)
    pg.p("形势分析", "从前三季度情况看，全镇共发生各类火灾", N("[删除 周晓岚]九起[/删除]"), N("[插入 周晓岚]"), "七起",
         N("[/插入]"), N("[批注1]"), "，其中居民住宅火灾四起，起因基本都是电动自行车室内充电、私拉乱接电线和老人用火不慎。"
         "八月份竹林村一户村民在楼道里给电瓶车充电起火，幸亏邻居发现得早，才没有酿成人员伤亡。另外，镇区四家竹木加工厂有三家"
         "存在粉尘清扫不及时的问题，工业园区个别企业外包作业管理松散，这些都是实实在在摆在面前的风险。", indent=I)
    pg.p("思想认识", "有的同志觉得，我们镇没有大型危化企业，也没有矿山，出不了什么大事。这个想法很危险。恰恰是小作坊、出租房、"
         "老旧民房这些看起来不起眼的地方，最容易出问题，一出就是人命关天的事。各村各单位一定要克服侥幸心理和厌战情绪，"
         "把安全工作当作硬任务来抓。", indent=I)
    pg.h(1, "二、聚焦重点领域，扎扎实实排查整治隐患", indent=I)
    pg.h(2, "（一）抓好电动自行车和居民住宅火灾防控", indent=I)
    pg.p("隐患排查", "从下周开始，用一个半月时间，在全镇开展电动自行车充电和出租房消防隐患集中排查。各村要把网格员、村民小组长"
         "全部发动起来，逐户上门，重点查楼道充电、飞线充电和违规停放，发现一处登记一处、整改一处。镇区新建的六处集中充电棚"
         "要在十一月底前全部投入使用，不能建了不用、摆在那里好看。", indent=I)
    pg.h(2, "（二）抓好企业和工业园区隐患整治", indent=I)
    pg.p("隐患排查", "对竹木加工、小五金等涉粉尘、涉有限空间作业企业，镇安办要会同园区管理处逐家过一遍，对照问题清单限期整改。"
         "对排查出的", N("[插入 周晓岚]"), "四十二项", N("[/插入]"), "问题隐患，要建立台账，明确整改责任人和完成时限，"
         "整改一项销号一项。整改不到位的，坚决不能恢复生产。", indent=I)
    pg.p("监管执法", "镇综合行政执法队要把安全生产执法检查纳入日常工作，不要只发通知、只开会议。对屡查屡犯、拒不整改的，"
         "该停产的停产，该移送的移送，该曝光的曝光，让违法违规的人付出代价。", indent=I)
    pg.h(2, "（三）抓好道路交通和冬季用火用电安全", indent=I)
    pg.p("隐患排查", "进入冬季，农村集中办酒席、取暖用火用电明显增多，学生上下学的接送车辆也要重点盯住。交管站和各村要把临水临崖路段、"
         "急弯陡坡的警示标志再查一遍，缺的补上，坏的修好", N("[删除 李文静]，确保不留死角[/删除]"), "。", indent=I)
    pg.h(1, "三、压实各方责任，确保各项措施落地见效", indent=I)
    pg.p("责任落实", "安全生产是一把手工程。各村党支部书记是本村安全工作的第一责任人，各站所负责人是本行业领域的直接责任人，"
         "要按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，把责任一级一级落到具体的人头上。"
         "镇里的包村领导要经常下村，不能只在会上讲、在电话里问。", indent=I)
    pg.p("责任落实", "企业是安全生产的责任主体。园区各企业的法定代表人要亲自抓，安全管理人员要配齐配强，全员安全生产责任制"
         "不光要上墙，更要入心。镇里将把安全生产工作纳入年终综合考核，对工作不力、发生事故的，严格按规定追责问责", N("[批注2]"),
         "。", indent=I)
    pg.p("应急管理", "同时要做好应急准备。各村微型消防站的器材要检查一遍，灭火器过期的要及时更换，值班值守要落实到人。"
         "遇到险情，第一时间报告、第一时间处置，绝不允许迟报、漏报、瞒报。", indent=I)
    pg.p("结尾", "同志们，离年底只剩不到三个月了，越到年底越不能松劲。希望大家以这次会议为契机，把各项措施抓实抓细，"
         "坚决守住不发生较大以上事故的底线，为全镇经济社会发展营造安全稳定的环境。", indent=I)
    pg.blank(2)
    pg.n("——————— 批注 ———————",
         "[批注1] 周晓岚（党政办） 10月9日 15:21",
         "按镇安办10月8日报表改为七起，另两起是野外焚烧，不计入。",
         "　↳ 李文静（镇安办） 10月9日 15:33：同意，已和月报核对一致。",
         "[批注2] 李文静（镇安办） 10月9日 15:40",
         "建议补一句：考核结果与村干部绩效报酬挂钩，一年内发生两起以上火灾的村取消评先资格。",
         "　↳ 宋家禾 10月9日 16:05：先不写进稿子，会上口头强调。",
         "[批注3] 周晓岚（党政办） 10月9日 16:40",
         "开会前请把打印版交镇长再看一遍。")
    pg.blank()
    pg.n("字数统计：1,362 字　|　修订 4 处　|　共 4 页",
         "导出自青梧文档 2024-10-10 08:57　导出人：周晓岚",
         "© 2024 青梧文档　帮助中心　意见反馈")
    return pg


# ================================================================ 07  网盘 file preview, two speeches
@page
def p07():
    pg = Page("07", eol="\r\n")
    I = "    "
    HDR = "湖川建工集团有限公司　内部资料　注意保存"

    def brk(k):
        return ["", "———— 第 %d 页 / 共 7 页 ————" % k, "", HDR, ""]

    pg.n("云栈网盘", "首页　我的文件　我的分享　传输列表　回收站", "搜索我的文件")
    pg.n("全部文件 > 2024年安全管理 > 安委会 > 会议材料")
    pg.blank()
    pg.n("安委会第一次全体会议领导讲话（定稿）.docx",
         "86.4 KB　|　2024-02-27 09:13 修改　|　上传者：安全监督部-王晓",
         "下载（86.4 KB）　保存到我的网盘　分享　用WPS打开",
         "文档预览 · 第 1 页 / 共 7 页")
    pg.blank()
    pg.n(HDR)
    pg.blank()
    pg.n("集团公司2024年安全生产委员会第一次全体会议领导讲话材料")
    pg.n("目　　录",
         "一、罗承斌总经理讲话……………………………………1",
         "二、聂远航董事长总结讲话…………………………………5",
         "集团安全监督部　2024年2月")
    pg.blank()
    # ---- speech A
    pg.t("在集团公司2024年安全生产委员会第一次全体会议上的讲话")
    pg.f("总经理　罗承斌")
    pg.f("（2024年2月26日）")
    pg.blank()
    pg.f("同志们：")
    pg.p("开场", "今天召开集团公司安委会2024年第一次全体会议，主要是总结去年安全生产工作，分析今年面临的形势，部署全年重点任务。"
         "刚才，安全总监通报了2023年安全生产情况和典型事故案例，三家子公司作了表态发言，我都赞成。下面，我讲几点意见。", indent=I)
    pg.h(1, "一、清醒认识集团安全生产面临的形势", indent=I)
    pg.p("形势分析", "2023年，集团在建项目最多时达到一百一十七个，全年完成产值同比增长百分之十二点六，未发生较大及以上生产安全事故，"
         "安全生产标准化达标项目比例提高到百分之九十一。但我们也要看到，全年仍发生一般事故两起、死亡两人，分别是三公司滨江花园项目"
         "高处坠落和路桥公司东环线项目起重伤害。两起事故都发生在分包队伍，都是违章作业、监护缺位造成的，教训十分深刻。", indent=I)
    pg.p_split("形势分析", ["今年集团新开工项目多、工期紧，超过一半是城市更新和地下管廊工程，深基坑、高支模、起重吊装等危险性较大的分部分项工程明显增加。",
                          brk(2),
                          "同时，劳务人员流动性大，年龄偏大、培训不足的问题比较突出。各单位对这些变化要有清醒判断，绝不能拿过去的老经验来应对今天的新风险。"],
               indent=I)
    pg.h(1, "二、突出重点，全力抓好危大工程和隐患治理", indent=I)
    pg.p("隐患排查", "各项目部要在三月底前完成危大工程清单梳理，专项方案该论证的必须论证，没有经过审批的方案一律不准施工。"
         "集团安全监督部每月组织一次随机飞行检查，重点查深基坑监测、高支模验收和塔吊顶升作业，查出的重大隐患由集团挂牌督办。", indent=I)
    pg.p("隐患排查", "要把隐患排查治理做成闭环。项目每周排查、公司每月排查、集团每季度抽查，所有隐患都要录入集团安全管理平台，"
         "整改前后有照片，整改结果有签字。去年有的项目隐患台账前后对不上，整改记录照抄照搬，这种做法必须坚决纠正。", indent=I)
    for x in brk(3):
        pg.n(x) if x else pg.blank()
    pg.h(1, "三、压紧压实全员安全生产责任", indent=I)
    pg.p("责任落实", "各子公司总经理是本单位安全生产第一责任人，项目经理是项目安全生产第一责任人，要亲自组织危大工程交底，"
         "亲自带队检查。分管领导和职能部门要按照“一岗双责”要求，把安全工作融入生产、技术、物资、劳务管理的每一个环节。", indent=I)
    pg.p_split("责任落实", ["对分包队伍，要坚持“谁用工谁负责、谁分包谁管理”。分包单位的安全管理人员必须持证上岗、足额配备，不符合条件的一律清退。",
                          brk(4),
                          "今年集团将修订安全生产考核办法，考核结果与班子绩效年薪直接挂钩，发生死亡事故的单位，年度考核一律不得评优。"],
               indent=I)
    pg.p("宣传培训", "要加强一线作业人员教育培训。新进场工人的三级安全教育不能走过场，特种作业人员必须持证上岗。"
         "各项目要利用班前讲话、安全体验馆等形式，让工人真正知道风险在哪里、该怎么防。", indent=I)
    pg.p("应急管理", "汛期和高温季节到来之前，各单位要修订完善应急预案，至少组织一次实战演练，应急物资要按清单储备到位。", indent=I)
    pg.p("结尾", "同志们，安全生产是企业发展的生命线。希望大家以更高的标准、更实的举措抓好各项工作，确保全年安全生产形势持续稳定，"
         "为集团高质量发展提供坚实保障。", indent=I)
    for x in brk(5):
        pg.n(x) if x else pg.blank()
    # ---- speech B
    pg.t("在集团公司2024年安全生产委员会第一次全体会议上的总结讲话")
    pg.f("党委书记、董事长　聂远航")
    pg.f("（2024年2月26日）")
    pg.n("（根据会议录音整理，未经本人审阅）")
    pg.blank()
    pg.f("同志们：")
    pg.p("开场", "刚才，罗承斌同志对今年的安全生产工作作了全面部署，讲得很具体、很有针对性，我完全同意，请各单位认真抓好落实。"
         "借这个机会，我再强调三点。", indent=I)
    pg.h(1, "第一，要把安全发展理念真正树起来", indent=I)
    pg.p("思想认识", "安全生产不是可以拿来“算账”的事情。有的单位在工期和安全之间讨价还价，认为抢一抢、赶一赶问题不大，"
         "这种想法必须扭转过来。一个项目出一次事故，赔进去的不仅是利润，更是职工的生命和企业多年积累的信誉。", indent=I)
    pg.p("形势分析", "去年两起事故我都到现场去看了。滨江花园项目那位工人五十六岁，作业时安全带没有挂，旁边也没有人提醒；"
         "东环线项目吊装时指挥信号不统一，司机凭经验起吊。这些问题说到底都不复杂，就是规矩没有落到地上。", indent=I)
    pg.p("形势分析", "从今年一、二月份的检查情况看，集团共发现各类隐患六百三十余项，其中临边防护、临时用电和脚手架问题占了一多半。"
         "和去年同期比较，重复性隐患的比例没有明显下降，说明我们的整改还停留在表面，问题反复出现、反复整改，始终没有从根子上解决。",
         indent=I)
    pg.h(1, "第二，要把隐患整改真正抓下去", indent=I)
    pg.p("隐患排查", "隐患不除，事故难免。对这次检查查出的问题，各单位要在三月十五日前全部整改完毕，集团安全监督部逐项复核销号。"
         "对同一类隐患反复出现的项目，要追查到人，该约谈的约谈，该停工整顿的停工整顿。", indent=I)
    pg.p_split("隐患排查", ["项目部要重点抓好“两头”：一头是开工前的风险辨识，方案不过关就不开工；",
                          brk(6),
                          "一头是收尾阶段的拆除作业，这个阶段人员陆续撤场、管理容易松懈，最容易出事，必须安排专人盯守。"],
               indent=I)
    pg.h(1, "第三，要把责任链条真正连起来", indent=I)
    pg.p("责任落实", "集团各级领导班子成员要带头履职，每季度至少到分管联系的项目检查一次。检查要看现场、查问题，"
         "不能只听汇报、看资料。我本人也会继续带队到项目上去。", indent=I)
    pg.p("责任落实", "要严格责任追究。今后凡是发生生产安全事故的，除依法追究直接责任人外，还要倒查项目经理、子公司分管领导"
         "和主要负责人的管理责任，决不搞下不为例。", indent=I)
    pg.p("监管执法", "集团安全监督部要敢于较真碰硬，独立开展监督检查，检查结果直接向集团主要负责人报告。对检查中发现的违章指挥、"
         "违章作业和违反劳动纪律行为，要按规定处罚到人、通报到单位，不能碍于情面大事化小，更不能替被检查单位打掩护。", indent=I)
    pg.p("基层基础", "同时，集团今年将安排安全专项资金一千二百万元，主要用于项目安全防护设施标准化和智慧工地建设，"
         "各单位要把钱用在刀刃上，不能挪作他用。", indent=I)
    for x in brk(7):
        pg.n(x) if x else pg.blank()
    pg.p("结尾", "同志们，今年任务重、项目多，安全生产容不得半点闪失。一个项目出事，全集团都要付出代价。希望大家守土尽责、"
         "真抓实干，把今天会上部署的各项工作一件一件落到实处，以安全生产的实际成效保障集团全年各项目标任务顺利完成。", indent=I)
    pg.blank()
    pg.n("———— 已到达文档末尾 ————")
    pg.blank()
    pg.n("预览服务由云栈文档中心提供，排版可能与原文件存在差异",
         "开通超级会员，享极速下载、高清预览和200GB扩容 >",
         "举报　|　帮助中心　|　云栈网盘 v7.12.3")
    return pg


# ================================================================ 08  PDF reader copy (compilation, hard wraps)
@page
def p08():
    pg = Page("08")
    HEAD = "江岚市应急管理工作文件汇编（2023年卷）"

    def header(k):  # running header alternates: even pages the volume, odd pages the section
        return [HEAD if k % 2 == 0 else "二、领导讲话"]

    def footer(k):
        return ["· %d ·" % k]

    fl = Flow(pg, 36, 34, header, footer, first_page=41)
    pg.n(header(41)[0])
    # tail of the preceding document in the compilation
    for c in wrap("五、工作要求。各区安委办要于每月25日前将专项检查进展情况报送市安委办，重大情况随时报告。"
                  "联系人：市应急管理局危化品监管科，电话：0725-6381142。", 36):
        fl.block("noise", c)
    fl.block("blank", "")
    fl.block("noise", "江岚市安全生产委员会办公室")
    fl.block("noise", "2023年9月6日印发")
    fl.block("blank", "")
    fl.block("blank", "")
    fl.block("title", "在全市危险化学品安全风险集中治理推进会上的讲话")
    fl.block("free", "副市长　韩立群")
    fl.block("free", "（2023年9月14日）")
    fl.block("blank", "")
    fl.block("free", "同志们：")
    I = "　　"
    P = lambda cat, text: fl.block("para", text, indent=I, cat=cat, trunc=False)
    H = lambda lvl, text: fl.block("head", text, indent=I, level=lvl)
    P("开场", "今天召开全市危险化学品安全风险集中治理推进会，主要目的是对照省里的部署要求，回头看前一阶段工作，查找短板弱项，"
      "推动集中治理各项任务在年底前落地见效。刚才，市应急管理局通报了治理进展，江北化工园区管委会和临港区、青湾区作了交流发言，"
      "有经验也有问题，请大家会后认真对照。下面，我讲三个方面的意见。")
    H(1, "一、准确把握全市危险化学品安全形势")
    P("形势分析", "我市现有危险化学品生产、经营、储存企业三百四十六家，其中涉及重大危险源的企业二十九家，主要集中在江北化工园区和临港片区。"
      "今年一至八月，全市危化品领域未发生较大以上事故，但发生一般事故一起、险情四起。六月份临港一家仓储企业发生甲醇储罐呼吸阀泄漏，"
      "虽然处置及时没有造成伤亡，但暴露出企业设备维护和巡检制度形同虚设的问题。")
    P("形势分析", "从集中治理第一阶段的排查情况看，全市共排查出各类隐患一千八百二十三项，已整改一千五百六十项，整改率百分之八十五点六。"
      "剩下的二百六十多项大多是需要停产检修、投入资金较大的硬骨头，再加上部分企业老旧装置多、自动化水平低、专业技术人员短缺，"
      "治理任务依然十分艰巨。")
    P("思想认识", "危化品事故的特点是一旦发生，往往波及范围大、社会影响大。各地各部门务必保持清醒头脑，把集中治理作为当前安全生产工作的"
      "重中之重，不能等、不能拖，更不能搞选择性治理。")
    H(1, "二、紧盯关键环节，推动隐患动态清零")
    P("隐患排查", "对剩余未整改的隐患，各区要逐项过堂，一项一项明确整改措施、责任人和完成时限，十月底前完成全部重大隐患整改。"
      "确实需要停产检修的，要制定检修方案，做好检修期间的特殊作业管理，坚决防止“边检修边出事”。")
    P("隐患排查", "要把老旧装置、重大危险源、特殊作业和危化品运输作为治理重点。对运行超过二十年的老旧装置，要组织专家逐一开展安全评估，"
      "该改造的改造，该淘汰的淘汰。对动火、受限空间等特殊作业，要严格执行作业票证制度，实行全过程视频监控。")
    P("监管执法", "市应急管理局要会同交通运输、公安、市场监管等部门开展联合执法，对非法储存、违规运输、无证经营等行为从严查处，"
      "典型案例要公开曝光。要用好重大危险源在线监测预警系统，对报警信息长时间不处置的企业，一律约谈通报。")
    H(1, "三、层层压实责任，形成齐抓共管的工作合力")
    P("责任落实", "各区政府要落实属地管理责任，主要负责同志要亲自研究部署、亲自督促检查。化工园区管委会要把园区安全管理作为头等大事，"
      "配齐专职安全监管人员，不能把招商引资和安全监管对立起来。")
    P("责任落实", "企业主要负责人要切实履行第一责任人职责，重大危险源包保责任人要按要求定期到现场履职检查，履职情况要在系统里如实填报。"
      "对包保责任不落实、弄虚作假的，要严肃追责。市安委办将对各地集中治理工作开展督导，结果纳入年度安全生产考核。")
    P("应急管理", "要加强应急救援能力建设。江北化工园区专业救援队伍年内要完成扩编，各重点企业要开展一次有针对性的实战演练，"
      "确保一旦出事拉得出、用得上、打得赢。")
    P("结尾", "同志们，离集中治理收官只有三个多月时间了。希望大家以时不我待的紧迫感，一鼓作气、攻坚克难，确保集中治理取得实效，"
      "为全市经济社会高质量发展守好安全底线。")
    fl.block("blank", "")
    fl.block("blank", "")
    # next document of the compilation begins
    for c in wrap("关于印发《江岚市危险化学品企业特殊作业专项检查方案》的通知", 30):
        fl.block("noise", c)
    fl.block("blank", "")
    fl.block("noise", "江安委办〔2023〕37号")
    fl.block("blank", "")
    fl.block("noise", "各区安委会，市安委会有关成员单位：")
    for c in wrap("现将《江岚市危险化学品企业特殊作业专项检查方案》印发给你们，请结合实际认真贯彻执行。", 34):
        fl.block("noise", "　　" + c if c.startswith("现将") else c)
    fl.close()
    return pg


# ================================================================ 09  OCR of a printed speech (GB18030, CRLF)
@page
def p09():
    pg = Page("09", enc="gb18030", eol="\r\n")
    HEAD = "仁济县人民医院会议材料"

    def header(k):
        return ["", "[第%d页]  识别完成" % k, HEAD, ""]

    def footer(k):
        return ["", "- %d -" % (k - 0)]

    pg.n("==== 速扫OCR 文字识别结果 ====", "来源：IMG_20240305_0912.jpg 等2张　识别语言：简体中文　导出：2024-03-05 09:31")
    pg.blank()
    pg.n("[第1页]  识别完成")
    fl = Flow(pg, 33, 31, header, footer, first_page=1)
    fl.block("noise", HEAD)
    fl.block("blank", "")
    fl.block("title", "在全院安全生产暨消防安全工作会议上的讲话")
    fl.block("blank", "")
    fl.block("free", "院长  谭宏瑜")
    fl.block("free", "(2024年2月28日)")
    fl.block("blank", "")
    fl.block("free", "同志们：")
    P = lambda cat, text: fl.block("para", text, indent="  ", cat=cat, trunc=False)
    H = lambda lvl, text: fl.block("head", text, indent="  ", level=lvl)
    P("开场", "今天召开全院安全生产暨消防安全工作会议，一方面是传达县卫健局安全生产工作会议精神，另一方面是对今年医院安全工作作出部署。"
      "刚才，保卫科通报了去年全院安全检查情况，后勤保障部就新住院楼消防设施运行情况作了说明。下面，我讲三点意见。")
    H(1, "一、认清形势，把安全放在医院工作的突出位置")
    P("形势分析", "医院是人员密集场所，住院病人大多行动不便，夜间值班人员少，一旦发生火灾，疏散难度远远大于一般场所。近年来，"
      "外地有的医院因电气线路老化、违规动火引发火灾，造成重大人员伤亡，教训极其惨痛。")
    P("形势分析", "去年，我院保卫科和后勤保障部共开展各类检查四十六次，发现隐患一百三十八处，整改一百三十一处。但问题仍然不少：门诊楼部分疏散"
      "通道堆放杂物，老住院楼电气线路超负荷，个别科室违规使用电热水壶，氧气瓶存放不规范，消防控制室值班人员持 证率只有百分之六十。"
      "这些问题，哪一个放任不管都可能酿成大祸。")
    P("思想认识", "有的科室负责人认为，安全是保卫科的事，临床科室管好医疗就行了。这种认识是不对的。医疗安全和消防安全、设备安全是一个整体，"
      "哪一个环节出了问题，受损的都是患者和医院。")
    H(1, "二、突出重点，扎实开展隐患排查整治")
    P("隐患排查", "从三月起，全院开展为期三个月的安全隐患大排查，重点是四个方面：一是电气线路和大功率用电设备；二是氧气、酒精等易燃易爆"
      "物品的储存和使用；三是疏散通道、安全出口和消防设施；四是电梯、锅炉、压力容器等特种设备。排查要横向到边、纵向到底，"
      "每个科室、每个病区、每个库房都不能漏掉。")
    P("隐患排查", "对查出的隐患，能立即整改的要立即整改；一时整改不了的，要制定方案，落实临时防范措施。老住院楼电气线路改造己经列入"
      "今年的改造计划，后勤保障部要抓紧组织实施，力争在汛期前完工。")
    P("应急管理", "各病区要结合实际修订火灾应急疏散预案，明确夜间疏散的分工和路线。今年全院至少组织两次消防应急疏散演练，其中一次要在夜间进行。")
    P("宣传培训", "要抓好全员消防培训,做到人人会报警、会使用灭火器、会组织病人疏散。新入职职工、规培生和护工要先培训后上岗。")
    H(1, "三、落实责任，确保各项工作落到实处")
    P("责任落实", "院安全生产委员会要发挥好统筹作用，各科室主任、护士长是本科室安全的第一责任人，要把安全工作和医疗工作一起部署、一起检查、"
      "一起考核。保卫科要加强日常巡查，后勤保障部要管好设施设备，各负其责、协调配合。")
    P("责任落实", "医院将与各科室签订安全生产责任书，把安全工作纳入科室绩效考核。对隐患整改不力、造成不良后果的，扣减科室绩效，"
      "并追究相关人员责任；发生安全事故的科室，年度评先评优实行一票否决。")
    P("结尾", "同志们，安全工作只有起点，没有终点。希望大家进一步增强责任感，守好每一个岗位、每一道防线，为患者和职工创造安全的就医"
      "和工作环境。")
    fl.block("blank", "")
    fl.block("blank", "")
    fl.block("noise", "[印章：仁济县人民医院院长办公室]")
    fl.block("noise", "抄送：县卫生健康局，县消防救援大队。")
    fl.block("noise", "仁济县人民医院院长办公室　　　2024年3月1日印发")
    fl.close()
    pg.blank()
    pg.n("==== 共识别2页，约1190字。免费版每日可识别10次，升级专业版去除识别次数限制 ====")
    return pg


# ================================================================ 10  文档分享 site preview with paywall
@page
def p10():
    pg = Page("10")
    W = N(" 文渊共享网 www.wenyuan-share.cn ")
    pg.n("文渊共享网 - 海量文档免费分享", "首页　|　行业资料　|　公文范文　|　教育专区　|　VIP专区　|　上传赚钱", "登录　注册")
    pg.n("当前位置：文渊共享 > 公文范文 > 领导讲话 > 教育系统")
    pg.blank()
    pg.n("在全区中小学校园安全工作会议上的讲话（精选）.docx")
    pg.n("贡献者：sun***18　上传时间：2023-09-21　页数：6页　浏览：3,418　下载：97",
         "【下载券 2 张】　【VIP免费】　收藏　举报")
    pg.n("温馨提示：本文档共6页，您可免费预览前3页，完整文档请下载后阅读。")
    pg.blank()
    pg.t("在全区中小学校园安全工作会议上的讲话")
    pg.f("区教育局局长　方若松")
    pg.f("同志们：")
    I = "　　"
    pg.p("开场", "新学期开学已经两周了。今天召开全区中小学校园安全工作会议，主要任务是通报上学期校园安全工作情况，"
         "分析存在的问题，部署本学期校园安全重点工作。刚才，安全科通报了开学安全检查情况，三所学校作了交流发言，讲得都很好。"
         "下面，我讲几点意见。", indent=I)
    pg.h(1, "一、正确看待当前校园安全形势", indent=I)
    pg.p("形势分析", "上学期，全区八十三所中小学、幼儿园总体保持安全稳定，没有发生重大校园安全事故。但也出现了一些值得警惕的情况："
         "全区共发生学生意外伤害事件二十一起，大多数发生在课间和体育活动中；暑假期间有两名学生私自下河游泳，其中一人溺亡，"
         "教训十分沉痛。", indent=I)
    pg.p("形势分析", "这次开学检查中，我们发现部分学校还存在不少薄弱环节：有的学校门卫人员年龄偏大，", W,
         "来访登记流于形式；有的学校校舍年久失修，围墙出现裂缝；有的食堂从业人员健康证过期，食品留样记录不全；"
         "还有的学校接送学生的车辆没有备案。这些问题都需要我们高度重视，及时加以解决。", indent=I)
    pg.p("思想认识", "校园安全是教育工作的底线，底线守不住，其他工作做得再好也要打折扣。各学校不能把安全工作当成“软任务”，"
         "更不能等出了事再去补救。", indent=I)
    pg.blank()
    pg.n("— 1 —")
    pg.blank()
    pg.n("【推广】公文写作AI助手：输入会议主题，一键生成领导讲话稿 >>")
    pg.blank()
    pg.h(1, "二、聚焦重点环节，全面排查整改安全隐患", indent=I)
    pg.p("隐患排查", "各学校要在九月底前完成一次全覆盖的安全隐患自查，重点查校舍、消防、食堂、实验室危化品和校车五个方面。"
         "自查要有记录，隐患要建台账，整改要有时限。区教育局将组织专项督查组，对各校自查整改情况逐校复查。", indent=I)
    pg.p("隐患排查", "要特别关注学生防溺水和交通安全。临近水域的学校要联合属地镇街，对周边河塘、水库的警示标志和防护设施再排查一遍，"
         "缺的要补齐。校门口的交通秩序要会同交警部门共同整治，上下学高峰时段要有人值守。", indent=I)
    pg.p("宣传培训", "要把安全教育融入日常教学，每月至少开展一次主题安全教育课，每学期组织一次应急疏散演练。要通过家长会、"
         "致家长的一封信等形式，提醒家长切实履行监护责任。", indent=I)
    pg.p("应急管理", "各学校要完善地震、火灾、防汛和公共卫生等应急预案，明确遇到突发情况时谁来报告、谁来组织疏散、谁来联系家长。"
         "值班电话要保持畅通，节假日和恶劣天气期间要落实领导带班制度。", indent=I)
    pg.blank()
    pg.n("— 2 —")
    pg.blank()
    pg.h(1, "三、严格落实校园安全责任", indent=I)
    pg.p("责任落实", "校长是学校安全工作的第一责任人，分管副校长是直接责任人，班主任和任课教师要落实“一岗双责”。各学校要把安全责任分解到"
         "每个部门、每个岗位、每个人，做到人人有责、层层负责。", indent=I)
    pg.p("基层基础", "区财政今年安排校园安全专项经费三百五十万元，重点用于农村学校视频监控升级和专职保安配备。各学校要专款专用，", W,
         "不得挤占挪用。", indent=I)
    pg.p("责任落实", "区教育局将把校园安全工作纳入学校年度考核，实行一票否决。对因工作不到位、隐患整改不及时导致安全事故的，"
         "将依规依纪严肃追究有关人员责任。", indent=I)
    pg.p("结尾", "同志们，校园安全关系到千家万户，关系到孩子们的健康成长。希望大家以高度负责的态度，把每一项措施落细落实，切实守护好",
         indent=I, trunc=True)
    pg.blank()
    pg.n("— 3 —")
    pg.blank()
    pg.n("······ 剩余3页未读，继续阅读 ······",
         "本文档为付费文档，开通VIP免费下载全文　|　单篇购买 ¥6.80",
         "声明：本站文档均由用户上传，仅供学习交流，如有侵权请联系删除。")
    pg.blank()
    pg.n("相关推荐",
         "在全区中小学校园安全工作会议上的讲话.doc　5页　2.3千次浏览",
         "局长在全县校园安全工作会议上的讲话稿（最新）　8页",
         "开学校园安全工作会议讲话：守住底线、压实责任　4页",
         "2023年秋季学期学校安全工作部署会主持词　3页")
    pg.blank()
    pg.n("关于我们　|　用户协议　|　版权申诉　|　联系客服 400-812-6637",
         "Copyright © 2016-2024 wenyuan-share.cn 苏ICP备18047219号-3")
    return pg


def main():
    for fn in PAGES:
        fn().write()


if __name__ == "__main__":
    main()
