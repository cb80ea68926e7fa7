#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate set 68a pages (bilingual / mixed-script pages) and their gold files.

Deterministic: running twice gives byte-identical output.
Page items (in page order):
  ("N", s)                    noise line (whole line is noise)
  ("X", s)                    allowed leftover line (speaker, date, salutation)
  ("T", s)                    speech title
  ("H", s, level)             own-line outline heading
  ("P", cat, s)               paragraph
  ("R", level, head, rest, cat)  run-in head: line = head + "。" + rest
  ("B",)                      blank line
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = "\u3000\u3000"


class Gold:
    def __init__(self, fname):
        self.fname = fname
        self.titles, self.headings, self.paras, self.noise = [], [], [], []

    def n(self, s):
        s = s.strip()
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def dump(self):
        g = {"file": self.fname, "speeches": len(self.titles), "titles": self.titles,
             "headings": [{"text": t, "level": l} for t, l in self.headings],
             "paragraphs": [{"text": t, "category": c, "truncated": tr} for t, c, tr in self.paras],
             "noise": self.noise}
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.fname.split(".")[0] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def render_txt(items, fname, indent=IND, eol="\n"):
    """Plain-text pages: returns text, fills gold."""
    g = Gold(fname)
    out = []
    for it in items:
        k = it[0]
        if k == "N":
            g.n(it[1])
            out.append(it[1])
        elif k == "X":
            out.append(it[1])
        elif k == "B":
            out.append("")
        elif k == "T":
            g.titles.append(it[1])
            out.append(it[1])
        elif k == "H":
            g.headings.append((it[1], it[2]))
            out.append(indent + it[1])
        elif k == "P":
            g.paras.append((it[2], it[1], False))
            out.append(indent + it[2])
        elif k == "R":
            _, lvl, head, rest, cat = it
            g.headings.append((head, lvl))
            g.paras.append((rest, cat, False))
            out.append(indent + head + "。" + rest)
        else:
            raise ValueError(k)
    return eol.join(out) + eol, g


# ---------------------------------------------------------------------------------------------
# 01.html  新疆 county portal, Uyghur (Arabic script) + Chinese
# ---------------------------------------------------------------------------------------------
T01 = "在巴音沟县2025年第一季度安全生产工作会议上的讲话"
S01 = [
    ("X", "县长　艾尔肯·吐尔逊"),
    ("X", "（2025年3月14日）"),
    ("X", "同志们："),
    ("P", "开场", "今天召开全县第一季度安全生产工作会议，主要任务是总结2024年全县安全生产工作，分析研判当前形势，安排部署一季度及全国“两会”期间安全防范工作。刚才，县应急管理局通报了去年全县安全生产情况，县交通运输局、县住建局和阿克托别乡作了交流发言，讲得都很实在，我都同意。下面，我再讲三点意见。"),
    ("H", "一、清醒认识当前安全生产形势", 1),
    ("H", "（一）成绩来之不易", 2),
    ("P", "形势分析", "2024年，全县共发生各类生产安全事故7起、死亡5人，同比分别下降22.2%和28.6%，没有发生较大及以上事故，连续六年实现“零较大事故”目标。全年累计检查企业1436家次，排查整改隐患3912项，整改率达到98.7%。这些成绩的取得，凝聚着各乡镇、各部门和广大干部职工的心血和汗水。"),
    ("H", "（二）问题不容忽视", 2),
    ("P", "形势分析", "也要清醒看到，我县安全生产基础依然薄弱。去年11月，县城一家商砼站发生一起机械伤害事故，造成1人死亡，暴露出企业安全培训流于形式、现场管理混乱等问题。G216国道沿线货运车辆多、冬季路面结冰时间长，道路交通事故占全部事故的六成以上；部分小微企业主体责任意识淡薄，有的安全管理岗位长期空缺，这些都是我们必须正视的短板。"),
    ("P", "思想认识", "各级领导干部要牢固树立安全发展理念，坚持人民至上、生命至上，时刻绷紧安全生产这根弦，决不能有丝毫松懈和侥幸心理，决不能把“没出事”当作“没问题”。"),
    ("H", "二、扎实开展重大事故隐患排查整治", 1),
    ("H", "（一）聚焦重点行业领域", 2),
    ("P", "隐患排查", "要紧盯矿山、危险化学品、燃气、道路交通、建筑施工等重点行业领域，组织开展为期三个月的集中排查。县应急管理局要牵头对全县12家非煤矿山和4家危化品经营单位逐一过筛，县住建局要对城区老旧小区燃气管道、餐饮商户使用液化石油气情况开展拉网式检查，坚决消除“瓶改管”不到位、报警装置缺失等问题。"),
    ("H", "（二）建立台账闭环管理", 2),
    ("P", "隐患排查", "对排查出的隐患，要逐项建立问题清单、责任清单和整改清单，明确整改措施、时限和责任人，实行销号管理。对一时难以整改的重大隐患，要落实挂牌督办，做到整改不到位不放过、群众不满意不销号。"),
    ("P", "监管执法", "县应急、市场监管、公安等部门要加大联合执法力度，对非法违法生产经营、屡查屡犯的企业，该停产整顿的坚决停产整顿，该关闭取缔的坚决关闭取缔，依法从严从重处罚，形成有力震慑。"),
    ("H", "三、压紧压实安全生产责任", 1),
    ("H", "（一）落实党政领导责任", 2),
    ("P", "责任落实", "各乡镇党委、政府主要负责同志是本辖区安全生产第一责任人，要严格落实“党政同责、一岗双责、齐抓共管、失职追责”，每季度至少专题研究一次安全生产工作，带队检查不少于两次。"),
    ("H", "（二）落实部门监管责任和企业主体责任", 2),
    ("P", "责任落实", "各行业主管部门要按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，把监管责任落到具体岗位和具体人。企业法定代表人要亲自抓安全，配齐安全管理人员，足额提取安全生产费用。县安委办要把安全生产纳入年度绩效考核，对责任不落实、造成事故的，严肃追究相关人员责任。"),
    ("P", "应急管理", "同时，要严格落实领导带班和24小时值班制度，确保信息报送及时准确，遇有突发情况第一时间赶赴现场、科学处置。"),
    ("P", "结尾", "同志们，安全生产只有起点，没有终点。希望大家以更加务实的作风、更加有力的举措，抓好各项工作落实，为全县经济社会高质量发展营造安全稳定的环境。"),
]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page01():
    g = Gold("01.html")
    L = []
    ug_head = "ناھىيە باشلىقى ئەركىن تۇرسۇننىڭ 2025-يىللىق 1-پەسىللىك بىخەتەر ئىشلەپچىقىرىش خىزمەت يىغىنىدىكى سۆزى"
    title_tag = T01 + "_巴音沟县人民政府"

    def N(s):
        g.n(s)
        return s
    L += ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
          '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
          '<meta name="keywords" content="安全生产,工作会议,巴音沟县,بىخەتەر ئىشلەپچىقىرىش">',
          '<title>%s</title>' % N(title_tag),
          '<link rel="stylesheet" href="/static/css/main.css">',
          '<script type="text/javascript">var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "/static/js/tj.js"; })();</script>',
          '<style>.top-ug,.crumb-ug,.title-ug{direction:rtl;font-family:"UKIJ Tuz Tom";}</style>',
          '</head>', '<body>',
          '<div class="top">',
          '  <div class="top-ug" dir="rtl">%s</div>' % N("بايىنغول ناھىيىلىك خەلق ھۆكۈمىتى تور بېكىتى"),
          '  <div class="top-cn">%s</div>' % N("巴音沟县人民政府网"),
          '  <div class="top-date">%s</div>' % N("2025年3月17日　星期一　2025-يىلى 3-ئاينىڭ 17-كۈنى دۈشەنبە"),
          '</div>',
          '<ul class="nav">']
    for href, s in (("/", "首页 باش بەت"), ("/xwzx/", "新闻中心 خەۋەر مەركىزى"),
                    ("/zwgk/", "政务公开 ھۆكۈمەت ئىشلىرى ئاشكارىلىقى"), ("/zwfw/", "政务服务 ھۆكۈمەت مۇلازىمىتى"),
                    ("/hdjl/", "互动交流 ئۆز-ئارا ئالاقە")):
        L.append('  <li><a href="%s">%s</a></li>' % (href, N(s)))
    L += ['</ul>',
          '<div class="crumb">%s</div>' % N("当前位置：首页 › 新闻中心 › 政务要闻"),
          '<div class="crumb-ug" dir="rtl">%s</div>' % N("ئورنىڭىز: باش بەت › خەۋەر مەركىزى › مۇھىم خەۋەرلەر"),
          '<div class="article">',
          '<h1 class="title-ug" dir="rtl">%s</h1>' % N(ug_head)]
    g.titles.append(T01)
    L += ['<h1 class="title-cn">%s</h1>' % T01,
          '<div class="info">%s</div>' % N("发布时间：2025-03-17 11:20　来源：县应急管理局　浏览次数：2364　【字体：大 中 小】"),
          '<div class="content" id="zoom">']
    pi = 0
    for it in S01:
        k = it[0]
        if k == "X":
            L.append('<p style="text-align:center">%s</p>' % it[1] if "同志们" not in it[1] else '<p>%s</p>' % it[1])
        elif k == "H":
            g.headings.append((it[1], it[2]))
            if it[2] == 1:
                L.append('<p><strong>%s</strong></p>' % esc(it[1]))
            else:
                L.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;<strong>%s</strong></p>' % esc(it[1]))
        elif k == "P":
            cat, s = it[1], it[2]
            g.paras.append((s, cat, False))
            src = esc(s)
            pi += 1
            if pi == 2:      # hard-wrapped in the source: a browser shows one line
                cut = src.index("没有发生")
                src = src[:cut] + "\n" + src[cut:]
            if pi == 5:      # inline bold inside the sentence
                src = src.replace("整改不到位不放过、群众不满意不销号", "<strong>整改不到位不放过、群众不满意不销号</strong>")
            if pi == 7:      # quotes as entities
                src = src.replace("“", "&ldquo;").replace("”", "&rdquo;")
            if pi == 3:      # wrapped after a Latin token
                cut = src.index("国道沿线")
                src = src[:cut] + "\n" + src[cut:]
            L.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % src)
    L += ['</div>',
          '<div class="tools">【<a href="javascript:window.print()">%s</a>】【<a href="javascript:window.close()">%s</a>】</div>'
          % (N("打印本页 بېسىش"), N("关闭窗口 تاقاش")),
          '</div>',
          '<div class="footer">',
          '  <p>%s</p>' % N("主办单位：巴音沟县人民政府办公室　承办单位：巴音沟县融媒体中心"),
          '  <p dir="rtl">%s</p>' % N("ساھىبخان ئورۇن: بايىنغول ناھىيىلىك خەلق ھۆكۈمىتى ئىشخانىسى"),
          '  <p>%s</p>' % N("新ICP备2021004417号-1　新公网安备65292602000385号"),
          '  <p>%s</p>' % N("联系电话 ئالاقە تېلېفونى: 0996-6012345"),
          '</div>',
          '<script src="/static/js/jquery.min.js"></script>',
          '</body>', '</html>']
    return "\n".join(L) + "\n", g


# ---------------------------------------------------------------------------------------------
# 02.txt  内蒙古 banner page, traditional Mongolian + Chinese, run-in 一是…
# ---------------------------------------------------------------------------------------------
T02 = "在查干淖尔旗安委会2024年第二次全体（扩大）会议上的讲话"
MG_SITE = "ᠴᠠᠭᠠᠨ ᠨᠠᠭᠤᠷ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ"
P02 = [
    ("N", MG_SITE),
    ("N", "查干淖尔旗人民政府门户网站"),
    ("N", "ᠨᠢᠭᠤᠷ ᠬᠠᠭᠤᠳᠠᠰᠤ　ᠮᠡᠳᠡᠭᠡ ᠮᠡᠳᠡᠭᠡᠯ　ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠢᠯᠡ ᠲᠣᠳᠣ　ᠣᠯᠠᠨ ᠨᠡᠢᠲᠡ ᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ　ᠢᠷᠭᠡᠨ ᠣᠷᠣᠯᠴᠠᠭᠠ"),
    ("N", "首页　新闻动态　政务公开　政务服务　互动交流"),
    ("N", "ᠣᠳᠣᠬᠢ ᠪᠠᠢᠷᠢ᠄ ᠨᠢᠭᠤᠷ ᠬᠠᠭᠤᠳᠠᠰᠤ ＞ ᠮᠡᠳᠡᠭᠡ ᠮᠡᠳᠡᠭᠡᠯ ＞ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠮᠡᠳᠡᠭᠡ"),
    ("N", "当前位置：首页 ＞ 新闻动态 ＞ 本旗要闻"),
    ("B",),
    ("N", "ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠨᠠᠮ ᠤᠨ ᠬᠣᠷᠢᠶ ᠠ ᠶᠢᠨ ᠳᠠᠷᠤᠭ᠎ᠠ ᠪᠠᠲᠤ ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ ᠦᠢᠯᠡᠳᠪᠦᠷᠢ ᠶᠢᠨ ᠬᠤᠷᠠᠯ ᠳᠤ ᠬᠡᠯᠡᠭᠰᠡᠨ ᠦᠭᠡ"),
    ("T", T02),
    ("N", "发布时间：2024-06-13 09:45　来源：旗应急管理局　ᠢᠷᠡᠯᠲᠡ᠄ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠶᠠᠭᠠᠷᠠᠯᠲᠠᠢ ᠪᠠᠢᠳᠠᠯ ᠢ ᠵᠢᠬᠢᠷᠬᠡᠬᠦ ᠲᠣᠪᠴᠢᠶ᠎ᠠ"),
    ("B",),
    ("N", "ᠬᠤᠷᠠᠩᠭᠤᠢ᠄ 2024 ᠣᠨ ᠤ 6 ᠳᠤᠭᠠᠷ ᠰᠠᠷ ᠠ ᠶᠢᠨ 12 ᠤ ᠡᠳᠦᠷ᠂ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠮᠤᠷ ᠲᠦᠪᠰᠢᠨ ᠦ ᠬᠣᠷᠢᠶ ᠠ ᠶᠢᠨ 2024 ᠣᠨ ᠤ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠪᠦᠬᠦ ᠭᠡᠰᠢᠭᠦᠳ ᠦᠨ ᠬᠤᠷᠠᠯ ᠬᠤᠷᠠᠯᠳᠠᠪᠠ᠃ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠨᠠᠮ ᠤᠨ ᠬᠣᠷᠢᠶ ᠠ ᠶᠢᠨ ᠳᠠᠷᠤᠭ᠎ᠠ ᠪᠠᠲᠤ ᠬᠤᠷᠠᠯ ᠳᠤ ᠣᠷᠣᠯᠴᠠᠵᠤ ᠦᠭᠡ ᠬᠡᠯᠡᠵᠦ᠂ ᠬᠠᠷᠢᠭᠤᠴᠠᠯᠭ᠎ᠠ ᠶᠢ ᠨᠠᠷᠢᠯᠠᠭ ᠪᠡᠯᠡᠳᠬᠡᠬᠦ᠂ ᠨᠤᠭᠤᠴᠠ ᠠᠶᠤᠯ ᠢ ᠪᠠᠢᠴᠠᠭᠠᠨ ᠵᠠᠰᠠᠬᠤ᠂ ᠦᠶᠡᠷ ᠤᠨ ᠤᠯᠠᠷᠢᠯ ᠳᠤ ᠪᠡᠯᠡᠳᠬᠡᠬᠦ ᠶᠢ ᠣᠨᠴᠠᠯᠠᠨ ᠱᠠᠭᠠᠷᠳᠠᠪᠠ᠃"),
    ("B",),
    ("X", "旗委书记　巴特尔"),
    ("X", "（2024年6月12日）"),
    ("B",),
    ("X", "同志们："),
    ("P", "开场", "这次会议是旗委、旗政府决定召开的一次重要会议。刚才，旗应急管理局通报了今年以来全旗安全生产形势，旗长宝音图同志对当前重点工作作了具体安排，我完全赞同，请大家认真抓好落实。下面，我再强调几点意见。"),
    ("P", "形势分析", "今年1至5月，全旗共发生生产安全事故3起、死亡2人，事故起数和死亡人数同比均有下降，安全生产形势总体平稳。但是，从近期全区情况看，煤矿、非煤矿山和道路运输领域事故时有发生，5月份邻旗一处露天煤矿发生边坡坍塌，造成2人死亡，教训十分深刻。"),
    ("P", "形势分析", "我旗煤炭、化工企业集中，草原面积大、牧区路网长，进入主汛期后强降雨、雷电和草原火灾风险相互叠加。部分企业重生产轻安全，安全投入不足，从业人员流动性大，“三违”行为屡禁不止；一些苏木镇安全监管力量薄弱，基层“最后一公里”问题还没有得到根本解决。"),
    ("R", 1, "一是压紧压实各级责任", "各苏木镇、各部门要严格落实“党政同责、一岗双责”，主要负责同志要亲自研究、亲自部署、亲自督导，班子成员要抓好分管领域安全工作。旗安委会各成员单位要按照职责分工，把监管责任落实到每个股室、每名干部。", "责任落实"),
    ("P", "责任落实", "企业是安全生产的责任主体。全旗12家煤矿和7家化工企业的主要负责人要严格履行法定职责，把全员安全生产责任制落实到班组、岗位，确保横向到边、纵向到底。旗政府督查室要把安全生产纳入苏木镇和部门年度考核，对发生较大事故的实行“一票否决”。"),
    ("R", 1, "二是深入开展隐患排查整治", "要以煤矿、非煤矿山、危险化学品、燃气和交通运输为重点，组织开展为期两个月的安全生产大排查，做到不留死角、不留盲区。煤矿企业要重点排查采空区、边坡稳定和监测监控系统运行情况，化工企业要重点排查重大危险源在线监测和动火、受限空间等特殊作业管理情况。", "隐患排查"),
    ("P", "隐患排查", "排查发现的问题隐患，要建立台账、分级管控，能立即整改的立即整改，不能立即整改的要落实防范措施，明确整改时限和责任人。对重大事故隐患，旗安委办要挂牌督办，整改完成后组织验收销号。"),
    ("R", 1, "三是严格监管执法", "旗应急管理局、能源局、交通运输局等部门要保持执法高压态势，采取“四不两直”、明查暗访等方式，严厉打击无证开采、超层越界、非法运输危险化学品等违法行为，对典型案例公开曝光。", "监管执法"),
    ("R", 1, "四是全力做好防汛和草原防火工作", "要修订完善应急预案，开展防汛、草原防火实战演练，储备足够的抢险物资。汛期要严格执行24小时值班和领导带班制度，遇有险情及时转移受威胁群众，确保信息报告及时准确。", "应急管理"),
    ("R", 1, "五是加强宣传教育培训", "以“安全生产月”为契机，深入嘎查村、企业、学校开展“安全宣传五进”活动，用蒙汉两种文字编印宣传材料，提高农牧民群众安全意识和自救互救能力。", "宣传培训"),
    ("P", "结尾", "同志们，安全生产责任重于泰山。希望大家以时不我待的紧迫感，把各项措施抓实抓细，坚决防范遏制重特大事故发生，以安全生产的实际成效迎接自治区成立77周年。"),
    ("B",),
    ("N", "【打印本页】　【关闭窗口】"),
    ("B",),
    ("N", "ᠡᠵᠡᠮᠰᠢᠭᠴᠢ᠄ ᠴᠠᠭᠠᠨ ᠨᠠᠭᠤᠷ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠠᠯᠪᠠᠨ ᠲᠠᠰᠤᠭ"),
    ("N", "主办单位：查干淖尔旗人民政府办公室　蒙ICP备05003127号-1"),
    ("N", "ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠤᠲᠠᠰᠤ᠄ 0474-5212345　联系电话：0474-5212345"),
]


# ---------------------------------------------------------------------------------------------
# 03.txt  延边 Korean–Chinese news page, UTF-16LE BOM CRLF
# ---------------------------------------------------------------------------------------------
T03 = "在延边州城镇燃气和危险化学品安全专项整治部署会上的讲话"
P03 = [
    ("N", "연변뉴스넷　延边新闻网"),
    ("N", "홈　|　뉴스　|　정무　|　경제　|　사회　|　문화　|　스포츠　|　중문판"),
    ("N", "현재 위치: 홈 > 뉴스 > 정무"),
    ("B",),
    ("N", "연변주 도시가스·위험화학품 안전 특별정비 배치회의 열려"),
    ("N", "입력: 2025-09-05 09:12　|　편집: 최은희　|　조회수: 1,873"),
    ("N", "요약: 9월 4일, 연변주는 도시가스와 위험화학품 안전 특별정비 배치회의를 열고 각 현·시와 관련 부문에 특별정비를 전면 추진할 것을 요구했다. 주응급관리국 김영철 국장은 회의에서 가스 누출과 노후 배관 등 위험요소를 철저히 점검하고 책임을 층층이 압실할 것을 강조했다. 아래는 연설 전문(중문)이다."),
    ("B",),
    ("T", T03),
    ("N", "来源：延边州应急管理局　发布时间：2025-09-05 09:12"),
    ("B",),
    ("X", "州应急管理局局长　金永哲"),
    ("X", "（2025年9月4日）"),
    ("B",),
    ("X", "同志们："),
    ("P", "开场", "今天，我们召开全州城镇燃气和危险化学品安全专项整治部署会，主要是贯彻落实省委、省政府关于燃气安全和危化品安全的决策部署，动员各县市和有关部门迅速行动起来，全面推进专项整治。刚才，州住建局通报了前期燃气安全检查情况，珲春市、龙井市作了表态发言。下面，我讲三个方面的意见。"),
    ("H", "一、准确把握燃气和危化品安全形势", 1),
    ("P", "形势分析", "今年以来，全州燃气和危化品领域总体平稳，未发生较大以上事故。州县两级累计检查燃气经营企业46家、餐饮等用气场所5200余家，督促整改隐患2870项；全州87家危化品企业全部完成重大危险源包保责任人公示。"),
    ("N", "사진: 9월 4일 열린 배치회의 현장. 리명숙 기자 촬영"),
    ("P", "形势分析", "但问题依然突出。8月，延吉市一家饭店因软管老化发生液化气泄漏引发闪爆，造成3人受伤；一些老旧小区管网建成已超过25年，腐蚀、占压问题较多；部分危化品企业特殊作业审批不规范，动火作业未严格执行GB 30871标准。再过一个多月就将进入供暖季，用气量快速上升，风险叠加，形势不容乐观。"),
    ("P", "思想认识", "燃气和危化品安全，一头连着企业生产，一头连着千家万户。各地各部门务必把思想和行动统一到上级部署要求上来，坚决克服麻痹大意思想，决不能等出了事再补课。"),
    ("H", "二、全面开展隐患排查整治", 1),
    ("R", 2, "（一）城镇燃气要“全链条”排查", "要围绕燃气经营、输送配送、终端使用等环节，对燃气企业、老旧管网、餐饮场所和居民用户开展全覆盖检查。餐饮场所必须100%安装可燃气体报警装置，对使用不合格软管、调压阀的，要限期更换到位。", "隐患排查"),
    ("R", 2, "（二）危险化学品要“全流程”排查", "重点检查重大危险源管控、特殊作业管理、自动化控制系统投用等情况，督促企业落实双重预防机制，对排查出的隐患一律登记造册，实行清单化管理，整改一项、销号一项。", "隐患排查"),
    ("R", 2, "（三）执法检查要动真碰硬", "州县两级应急、住建、市场监管、公安和消防救援部门要组成联合执法组，采取“四不两直”方式开展暗查暗访。对无证经营、违规充装、“黑气点”等违法行为，发现一起、查处一起，典型案例一律公开曝光。", "监管执法"),
    ("H", "三、层层压实整治责任", 1),
    ("P", "责任落实", "各县市政府是专项整治的责任主体，主要负责同志要亲自部署、亲自督战。行业主管部门要按照“三个必须”要求，切实履行监管责任；燃气企业要落实入户安检主体责任，确保每户每年至少安检一次。"),
    ("P", "责任落实", "州安委办将组织专项督导组，每月通报各县市整治进展，对工作推进缓慢、隐患整改不力的，约谈相关负责人；对因失职失责导致事故发生的，依规依纪依法严肃追责问责。"),
    ("P", "应急管理", "各县市要修订完善燃气事故应急预案，组织燃气企业开展抢险演练，确保接到报警后30分钟内到达现场、有效处置。"),
    ("P", "宣传培训", "要用朝汉双语开展燃气安全进社区、进餐馆活动，向居民发放安全用气明白卡，提高群众识别泄漏、正确处置的能力。"),
    ("P", "结尾", "同志们，专项整治时间紧、任务重。各地各部门要以只争朝夕的劲头，把各项措施落到实处，坚决守住安全底线，为全州经济社会发展创造良好环境。谢谢大家！"),
    ("B",),
    ("N", "관련기사"),
    ("N", "· 연길시, 추석 앞두고 가스 안전 점검 나서"),
    ("N", "· 훈춘시 위험화학품 기업 특별점검 진행"),
    ("N", "· 도문시, 겨울철 난방 안전 대책 마련"),
    ("B",),
    ("N", "연변뉴스넷 | 주소: 연길시 광명가 88호 | 전화: 0433-2512345"),
    ("N", "吉ICP备06001234号-2　Copyright © 2025 연변뉴스넷 All Rights Reserved"),
]


# ---------------------------------------------------------------------------------------------
# 04.txt  西藏 portal, Tibetan header/menu/footer, Tibetan banner inside the speech
# ---------------------------------------------------------------------------------------------
T04 = "在扎西岗县2025年安全生产暨防汛减灾工作会议上的讲话"
P04 = [
    ("N", "བོད་རང་སྐྱོང་ལྗོངས་བཀྲ་ཤིས་སྒང་རྫོང་མི་དམངས་སྲིད་གཞུང་གི་དྲ་ཚིགས།"),
    ("N", "西藏自治区扎西岗县人民政府门户网站"),
    ("N", "ཐོག་ངོས།　གསར་འགྱུར།　སྲིད་དོན་གསལ་བསྒྲགས།　ཞབས་ཞུ།　ཕན་ཚུན་འབྲེལ་འདྲིས།"),
    ("N", "首页　新闻动态　政务公开　政务服务　互动交流"),
    ("N", "当前位置：首页 > 新闻动态 > 工作动态"),
    ("B",),
    ("N", "རྫོང་གི་ལོ་2025ལོའི་བདེ་འཇགས་ཐོན་སྐྱེད་དང་ཆུ་ལོག་ཉེན་འགོག་ལས་དོན་ཚོགས་འདུའི་ཐོག་གི་གསུང་བཤད།"),
    ("T", T04),
    ("N", "发布时间：2025-05-21　来源：扎西岗县应急管理局　【打印】【关闭】"),
    ("B",),
    ("X", "县委副书记、县长　次仁多吉"),
    ("X", "（2025年5月20日）"),
    ("X", "同志们："),
    ("P", "开场", "今天召开全县安全生产暨防汛减灾工作会议，主要任务是总结一季度安全生产工作，部署当前和主汛期安全生产与防汛减灾工作。刚才，县应急管理局、县交通运输局分别作了工作汇报，达孜乡、县文旅局作了表态发言，请大家认真抓好落实。下面，我再讲几点意见。"),
    ("H", "一、充分认识做好安全生产工作的极端重要性", 1),
    ("P", "形势分析", "今年1至4月，全县未发生较大以上生产安全事故，道路交通事故起数同比下降18%，安全生产形势总体平稳。全县共开展安全检查312次，排查整改隐患647处，建成乡镇应急服务站9个。"),
    ("P", "形势分析", "同时也要看到，我县地处高海拔地区，地质灾害易发多发，G318国道和县乡公路急弯陡坡多，旅游旺季自驾车辆大量涌入；部分在建工程施工单位资质不全，高处作业防护不到位；个别乡镇对安全生产重视不够，存在“上热中温下冷”现象。去年7月，某乡发生一起泥石流冲毁便道事件，虽未造成人员伤亡，但暴露出预警转移不及时的问题。"),
    ("P", "思想认识", "各级各部门必须坚持人民至上、生命至上，牢牢守住安全生产红线和底线，切实克服麻痹思想和厌战情绪，以“时时放心不下”的责任感抓好安全工作。"),
    ("H", "二、突出重点抓好隐患排查整治", 1),
    ("R", 2, "1.抓好道路交通安全", "交通、公安部门要对G318国道和县乡道路开展隐患排查，重点排查临水临崖、急弯陡坡和长下坡路段，完善防护栏、警示标志和减速设施。旅游旺季要在重点路段设置服务站，加强对旅游客车和危化品运输车辆的检查。", "隐患排查"),
    ("N", "བདེ་འཇགས་ཐོན་སྐྱེད་ལ་ཡིད་གཟབ་གནང་རོགས། མི་ཚེ་ནི་གལ་ཆེ་ཤོས་ཡིན། ཉེན་ཁ་སྔོན་འགོག་བྱ་རྒྱུ་གཙོ་བོར་འཛིན།"),
    ("R", 2, "2.抓好建筑施工和旅游景区安全", "住建部门要对全县43个在建项目开展拉网式排查，重点检查深基坑、脚手架、起重机械和临时用电，对排查出的问题建立台账、限期整改。文旅部门要对景区游步道、观景平台和民宿消防安全逐一检查，做到不漏一处、不留死角。", "隐患排查"),
    ("R", 2, "3.严格监管执法", "应急、住建、市场监管等部门要加大执法力度，对无资质施工、违法转包分包、特种设备无证运行等行为依法严厉处罚，对拒不整改的企业依法责令停产停业整顿。", "监管执法"),
    ("H", "三、全力做好防汛减灾工作", 1),
    ("P", "应急管理", "要立足防大汛、抗大灾，修订完善各级防汛应急预案，在5月底前完成乡村两级防汛演练。气象、自然资源部门要加强监测预警，对全县87处地质灾害隐患点落实“一点一策”和群测群防员，汛期严格执行24小时值班和领导带班制度，确保预警信息及时传递到村到户到人。"),
    ("H", "四、切实加强组织领导", 1),
    ("P", "责任落实", "各乡镇党委、政府要严格落实安全生产“党政同责、一岗双责”，主要负责同志要切实履行第一责任人职责。县直各部门要认真落实“三个必须”要求，督促企业落实全员安全生产责任制。"),
    ("P", "责任落实", "县安委办要将安全生产和防汛工作纳入年度目标考核，加强督导检查，对工作不力、推诿扯皮的单位和个人严肃问责，对发生事故的依法依规追究责任。"),
    ("P", "基层基础", "要加强乡镇应急力量建设，每个乡镇至少配备2名专职安全监管人员，加快推进安全生产信息化平台建设，提升基层应急处置能力。"),
    ("P", "结尾", "同志们，做好安全生产和防汛减灾工作，事关人民群众生命财产安全，事关社会大局稳定。希望大家以高度负责的态度，扎实做好各项工作，为建设团结富裕文明和谐美丽的新扎西岗作出新的更大贡献。"),
    ("B",),
    ("N", "ཕྱི་ལྟ་ཐེངས་གྲངས། 1518　浏览次数：1518"),
    ("B",),
    ("N", "པར་དབང་ཡོངས་ཁྱབ། བཀྲ་ཤིས་སྒང་རྫོང་མི་དམངས་སྲིད་གཞུང་།"),
    ("N", "版权所有：扎西岗县人民政府　藏ICP备12000368号-2"),
    ("N", "འབྲེལ་གཏུག་ཁ་པར། 0891-6123456"),
]


# ---------------------------------------------------------------------------------------------
# 05.txt  双语阅读 learning page, GB18030, Chinese paragraph + English translation
# ---------------------------------------------------------------------------------------------
T05 = "在恒通汽车零部件（中国）有限公司2025年度安全生产大会上的讲话"
P05 = [
    ("N", "译林双语网 • 双语阅读 | 职场英语 | 政经热词 | 四六级 | 考研"),
    ("N", "首页 > 双语阅读 > 演讲致辞"),
    ("B",),
    ("N", "Speech at the 2025 Work Safety Conference of Hengtong Auto Parts (China) Co., Ltd."),
    ("T", T05),
    ("N", "来源：企业供稿　译者：Grace Lin　难度：★★★☆☆　阅读量：5,206"),
    ("N", "扫码收听 • 全文朗读 06:18（英音）"),
    ("B",),
    ("X", "公司总经理　周立新"),
    ("X", "（2025年1月16日）"),
    ("N", "General Manager Zhou Lixin, January 16, 2025"),
    ("B",),
    ("X", "各位同事、同志们："),
    ("N", "Dear colleagues and comrades:"),
    ("P", "开场", "今天，我们召开公司2025年度安全生产大会，回顾去年的安全工作，部署今年的重点任务。刚才，HSE部经理通报了2024年安全绩效，冲压车间和物流部作了经验交流，我都赞同。下面，我讲三点意见。"),
    ("N", "Today we hold the company's 2025 work safety conference to review last year's safety work and plan this year's key tasks. Just now, the HSE manager reported the 2024 safety performance, and the stamping workshop and the logistics department shared their experience. I agree with all of them. Now I will make three points."),
    ("H", "一、客观看待安全形势", 1),
    ("N", "I. Take an objective view of the safety situation"),
    ("P", "形势分析", "2024年，公司实现了全年零死亡、零重伤、零火灾的目标，可记录工伤事故率降至0.42，比上年下降31%，顺利通过ISO 45001职业健康安全管理体系再认证。这是全体员工共同努力的结果。"),
    ("N", "In 2024, the company reached its goal of zero deaths, zero serious injuries and zero fires. The recordable injury rate fell to 0.42, down 31% from the year before, and we passed the ISO 45001 recertification. This is the result of the hard work of all employees."),
    ("N", "【词汇】work safety 安全生产；recordable injury rate 可记录工伤事故率；recertification 再认证"),
    ("P", "形势分析", "但是，去年公司仍发生轻伤事故5起，其中3起发生在冲压和焊接工序，主要原因是员工违章操作、设备安全联锁被短接。新生产线投产后，新员工占比超过三成，安全技能不足的问题比较突出，这些都必须引起我们高度警惕。"),
    ("N", "However, there were still five minor injury accidents last year, three of them in stamping and welding. The main causes were unsafe operation and bypassed safety interlocks. Since the new line started, new employees make up more than 30% of the workforce, and their lack of safety skills is a serious problem. We must stay alert."),
    ("P", "思想认识", "大家要牢固树立“安全第一、预防为主”的理念，决不能因为生产任务重就降低安全标准，任何时候都不能拿员工的生命去换取产量。安全工作没有旁观者，每一名管理者都要把安全记在心上、扛在肩上。"),
    ("N", "We must always put safety first and prevention first. We must never lower safety standards because of heavy production tasks, and we must never trade workers' lives for output. No one is a bystander in safety, and every manager must keep it in mind and carry it on his or her shoulders."),
    ("H", "二、深入开展隐患排查治理", 1),
    ("N", "II. Carry out thorough hazard identification and control"),
    ("P", "隐患排查", "各车间要每周开展一次隐患排查，重点检查冲压设备光幕、焊接烟尘收集、叉车作业区域和危化品仓库，所有隐患都要录入隐患管理系统，明确整改责任人和完成时间，整改结果由HSE部复核关闭。"),
    ("N", "Each workshop should check for hazards every week, focusing on the light curtains of stamping presses, welding fume collection, forklift areas and the chemical warehouse. Every hazard must be entered into the hazard management system with an owner and a deadline, and the HSE department will verify and close it."),
    ("N", "【词汇】hidden hazard 隐患；light curtain 光幕；forklift 叉车；fume 烟尘"),
    ("P", "隐患排查", "今年一季度，公司将组织一次覆盖全厂的专项安全检查，邀请外部专家对涂装线和天然气锅炉房进行诊断，对发现的重大隐患实行挂牌督办，整改不到位的生产线一律不得复产。"),
    ("N", "In the first quarter, the company will organize a special safety inspection of the whole plant. Outside experts will assess the painting line and the gas boiler room. Major hazards will be tracked until they are fixed, and no line may restart before its hazards are removed."),
    ("H", "三、层层落实安全责任", 1),
    ("N", "III. Fulfil safety responsibility at every level"),
    ("P", "责任落实", "安全生产，人人有责。我作为公司安全生产第一责任人，将每月带队检查现场。各部门经理是本部门安全第一责任人，班组长要管好每一个岗位，真正做到“谁主管、谁负责”。"),
    ("N", "Work safety is everyone's duty. As the person with first responsibility for safety in the company, I will lead a site inspection every month. Each department manager is first responsible for safety in his or her department, and team leaders must take care of every post."),
    ("P", "责任落实", "公司将把安全绩效纳入各部门KPI考核，实行安全一票否决。对发生责任事故的部门，取消年度评优资格，并追究相关管理人员责任。同时，各部门要与班组层层签订安全生产责任书，做到责任到人、考核到人。"),
    ("N", "The company will include safety performance in every department's KPI, with a one-vote veto on safety. A department that causes an accident will lose its annual awards, and the managers involved will be held accountable. Departments will also sign safety responsibility letters with every team, so that each person is responsible and assessed."),
    ("N", "【词汇】one-vote veto 一票否决；be held accountable 被追责"),
    ("P", "宣传培训", "人力资源部和HSE部要抓好新员工三级安全教育，所有新员工必须经培训考核合格后才能上岗，今年要组织每名员工参加不少于24学时的安全培训。"),
    ("N", "The HR and HSE departments must run three-level safety education for new employees. No new employee may start work before passing the training test, and this year every employee will receive at least 24 hours of safety training."),
    ("N", "【词汇】three-level safety education 三级安全教育；near miss 未遂事件"),
    ("P", "宣传培训", "要大力开展安全文化建设，在每个班组推行班前安全讲话，开展“安全之星”评选，鼓励员工主动报告未遂事件和不安全行为，让“我要安全”成为每个人的自觉行动。"),
    ("N", "We will build a strong safety culture. Every team will hold a safety talk before each shift, we will choose \"Safety Stars\", and we encourage employees to report near misses and unsafe acts, so that wanting to be safe becomes everyone's habit."),
    ("P", "基层基础", "今年，公司将投入860万元用于安全技术改造，为冲压线加装双手按钮和安全光幕，在全厂推广叉车防撞预警系统，并建设安全生产信息化平台，实现隐患上报、整改、复核全流程在线管理。"),
    ("N", "This year the company will invest 8.6 million yuan in safety upgrades. We will add two-hand buttons and light curtains to the stamping lines, install forklift anti-collision warning systems across the plant, and build an online safety platform to manage hazard reporting, correction and review."),
    ("P", "应急管理", "各车间要在上半年完成一次火灾疏散演练和一次危化品泄漏处置演练，检验应急预案的可操作性。同时，要完善与园区消防站的联动机制，确保一旦发生险情能够快速响应、有效处置。"),
    ("N", "Each workshop must hold one fire evacuation drill and one chemical spill drill in the first half of the year to test the emergency plans. We will also improve our link with the park fire station so that we can respond quickly to any emergency."),
    ("P", "结尾", "同志们，安全是企业最大的效益。让我们携起手来，从我做起，从现在做起，共同守护好每一位员工的平安，为公司高质量发展打下坚实基础。谢谢大家！"),
    ("N", "Colleagues, safety is the greatest benefit of an enterprise. Let us join hands, start with ourselves and start now, protect the safety of every employee, and lay a solid foundation for the company's high-quality development. Thank you!"),
    ("B",),
    ("N", "责任编辑：Lily Wang　　本文由企业授权发布，仅供英语学习使用"),
    ("N", "上一篇：2024年新年致辞（双语）"),
    ("N", "下一篇：Safety Week Opening Remarks 安全周开幕致辞（双语）"),
    ("B",),
    ("N", "关于我们 | 联系方式 | 版权声明 | 网站地图"),
    ("N", "Copyright © 2014-2025 译林双语网 苏ICP备14012345号"),
]


def write(name, data):
    with open(os.path.join(ROOT, name), "wb") as f:
        f.write(data)


def main():
    html, g = page01()
    write("01.html", html.encode("utf-8"))
    g.dump()

    t, g = render_txt(P02, "02.txt")
    write("02.txt", t.encode("utf-8"))
    g.dump()

    t, g = render_txt(P03, "03.txt", indent="", eol="\r\n")
    write("03.txt", b"\xff\xfe" + t.encode("utf-16-le"))
    g.dump()

    t, g = render_txt(P04, "04.txt")
    write("04.txt", t.encode("utf-8"))
    g.dump()

    t, g = render_txt(P05, "05.txt", indent="")
    write("05.txt", t.encode("gb18030"))
    g.dump()


if __name__ == "__main__":
    main()
