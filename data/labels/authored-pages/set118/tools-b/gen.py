#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes pages 06-10 and gold/06-10.json from tools/speeches.py, so page and gold agree by construction.

Run from the output directory: python3 tools/gen.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402


class Page:
    def __init__(self, nn, enc, eol):
        self.nn, self.enc, self.eol = nn, enc, eol
        self.lines, self.noise, self.sps = [], [], []

    def n(self, s):
        """register a noise string (verbatim piece of chrome) and return it"""
        if s not in self.noise:
            self.noise.append(s)
        return s

    def add(self, *lines):
        self.lines.extend(lines)

    def chrome(self, *lines):
        """chrome lines, each registered whole as noise"""
        for l in lines:
            self.add(self.n(l))

    def blank(self):
        self.lines.append("")

    def speech(self, sp, indent="", gap=False, inject=(), after=(), head_indent=""):
        """render one speech; inject = [(anchor, text)] puts text right after anchor inside a paragraph;
        after = [(anchor, [(line, noise_or_None)])] puts lines after the block whose text contains anchor"""
        self.sps.append(sp)
        inj = list(inject)
        aft = list(after)
        self.add(head_indent + sp["title"])
        for l in sp["pre"]:
            self.add(l)
        for b in sp["blocks"]:
            if b[0] == "p":
                text = b[2]
                line = indent + text
            elif b[0] == "h":
                text = b[2]
                line = head_indent + text
            else:  # run-in
                text = b[2] + "。" + b[4]
                line = indent + text
            for k, (anchor, ins) in enumerate(inj):
                if anchor in text:
                    line = line.replace(anchor, anchor + self.n(ins), 1)
            if gap:
                self.blank()
            self.add(line)
            for anchor, extra in aft:
                if anchor in text:
                    for k, (l, nz) in enumerate(extra):
                        if gap and k == 0:
                            self.blank()
                        self.add(l)
                        if nz:
                            self.n(nz)
        for l in sp["post"]:
            self.add(l)

    def write(self):
        text = self.eol.join(self.lines) + self.eol
        if self.enc == "utf-16-le":
            raw = b"\xff\xfe" + text.encode("utf-16-le")
        else:
            raw = text.encode(self.enc)
        with open(os.path.join(ROOT, self.nn + ".txt"), "wb") as f:
            f.write(raw)
        gold = {
            "file": self.nn + ".txt",
            "speeches": len(self.sps),
            "titles": [sp["title"] for sp in self.sps],
            "headings": [],
            "paragraphs": [],
            "noise": self.noise,
        }
        for sp in self.sps:
            for b in sp["blocks"]:
                if b[0] == "p":
                    gold["paragraphs"].append({"text": b[2], "category": b[1], "truncated": False})
                elif b[0] == "h":
                    gold["headings"].append({"text": b[2].rstrip("。"), "level": b[1]})
                else:
                    gold["headings"].append({"text": b[2], "level": b[1]})
                    gold["paragraphs"].append({"text": b[4], "category": b[3], "truncated": False})
        os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
        with open(os.path.join(ROOT, "gold", self.nn + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")


# ------------------------------------------------------------------ 06: 范文 collection, three speeches
def page06():
    p = Page("06", "gb18030", "\r\n")
    p.chrome("安委会全体会议讲话稿3篇-笔友范文网",
             "首页 | 工作总结 | 工作计划 | 讲话稿 | 心得体会 | 述职报告 | 党团范文 | 合同协议 | 登录　注册",
             "您现在的位置：笔友范文网 > 讲话稿 > 会议讲话 > 正文")
    p.blank()
    p.chrome("安委会全体会议讲话稿3篇",
             "更新时间：2024-03-18 09:26:41　栏目：会议讲话　热度：3871℃")
    p.blank()
    p.chrome("　　安委会全体会议讲话稿3篇由笔友范文网小编精心整理，以下是小编为大家收集的安委会全体会议讲话稿3篇，仅供参考，欢迎大家阅读。")
    p.blank()
    p.add("篇一")
    p.speech(S.S06A, indent="　　",
             inject=[("教训十分深刻。", "【笔友范文网 www.biyoufanwen.com 原创首发】")])
    p.blank()
    p.chrome("★ 开通笔友VIP，全站30万篇范文免费复制下载 >>立即开通")
    p.blank()
    p.add("篇二")
    p.speech(S.S06B, indent="　　")
    p.blank()
    p.add("篇三")
    p.speech(S.S06C, indent="　　")
    p.blank()
    p.chrome("【安委会全体会议讲话稿3篇】相关文章：",
             "安委会会议主持词范文（通用5篇）",
             "在全市安委会扩大会议上的讲话提纲",
             "企业安委会第一次全体会议讲话稿精选",
             "乡镇安全生产工作会议讲话稿（2024最新）")
    p.blank()
    p.chrome("上一篇：2024年安全生产工作计划范文（精选6篇）",
             "下一篇：安全生产月活动总结讲话稿3篇")
    p.blank()
    p.chrome("温馨提示：本站部分文章来源于网络，仅供学习参考，如有侵权请联系删除。",
             "关于我们 | 联系我们 | 免责声明 | 网站地图",
             "Copyright © 2016-2024 www.biyoufanwen.com 笔友范文网 版权所有 皖ICP备16028841号-1")
    p.write()


# ------------------------------------------------------------------ 07: 企业管理 site, quarterly meeting
def page07():
    p = Page("07", "utf-8", "\r\n")
    p.chrome("在公司三季度安全生产例会上的讲话_安全管理_众诚企业管理网",
             "众诚企业管理网 | 首页　管理资讯　安全管理　生产管理　质量管理　人力资源　财务管理　管理文库",
             "位置：首页 » 安全管理 » 安全会议 » 在公司三季度安全生产例会上的讲话")
    p.blank()
    # the H1 is the speech title; the meta line and 导读 sit between it and the speaker line
    sp = dict(S.S07)
    sp["pre"] = [p.n("作者：潘建国　来源：会员投稿　发布时间：2024-10-11 08:52　浏览：1,938次　字号：A+ A-"),
                 p.n("导读：这是一家机械加工企业厂长在三季度安全例会上的讲话，语言朴实，问题抓得准，措施也具体，对企业开好季度安全例会有参考价值。"),
                 ] + S.S07["pre"]
    p.speech(sp, gap=True,
             inject=[("不然一只手就没了。", "更多安全管理资料请访问众诚企业管理网（www.zcqygl.com）")])
    p.blank()
    p.chrome("（责任编辑：林晓）",
             "【打印本文】【收藏本文】【纠错】【关闭】",
             "关键词：安全例会 厂长讲话 季度总结 隐患整改")
    p.blank()
    p.chrome("上一篇：班组长如何开好班前安全会",
             "下一篇：机械加工企业冬季安全生产检查表")
    p.blank()
    p.chrome("相关文章")
    p.add("· " + p.n("在公司年度安全生产工作会议上的讲话（某化工企业）"),
          "· " + p.n("车间主任在安全月动员会上的发言"),
          "· " + p.n("总经理在二季度安全例会上的讲话"))
    p.blank()
    p.chrome("网友评论（共2条）",
             "zhang_gy 2024-10-12 14:03",
             "讲得实在，没有套话，拿回去改改给我们厂长用了。",
             "安全老李 2024-10-15 09:27",
             "叉车载人那个问题我们厂也有，确实得狠抓。",
             "发表评论：（请文明发言，评论经审核后显示）")
    p.blank()
    p.chrome("© 2012-2024 众诚企业管理网　版权所有　苏ICP备12045177号　本站文章均由会员投稿，转载请注明出处")
    p.write()


# ------------------------------------------------------------------ 08: 公文素材 site with 金句 boxes
def page08():
    p = Page("08", "utf-16-le", "\r\n")
    p.chrome("在全市城镇燃气安全专项整治工作部署会上的讲话 - 笔杆子素材网",
             "笔杆子素材网　素材首页　讲话素材　金句摘抄　标题提纲　公文范文　会员中心　|　登录　注册",
             "讲话素材 / 安全生产 / 专项整治")
    p.blank()
    sp = dict(S.S08)
    sp["pre"] = [p.n("素材编号：SC230716021 | 收录：2023-07-16 | 浏览 986 | 收藏 57 | 字数 2650"),
                 p.n("标签：#燃气安全 #专项整治 #部署会 #副市长讲话"),
                 p.n("【素材说明】本篇为副市长在燃气专项整治部署会上的讲话，结构完整，数据翔实，文中精彩句子已用金句框标出，可直接摘用。"),
                 "",
                 ] + S.S08["pre"]

    def box(q):
        return [("┏━━━━ ✦ 金句摘录 ✦ ━━━━┓", "金句摘录"), ("┃ " + q, q), ("┗━━ 复制金句　｜　加入素材篮 ━━┛", "复制金句　｜　加入素材篮")]

    p.speech(sp, gap=True, after=[
        ("随时可能酿成大祸。", box("燃气安全，一头连着万家灯火，一头连着城市安全运行。")),
        ("重大政治任务抓紧抓实。", box("以“时时放心不下”的责任感抓燃气安全，决不能有丝毫麻痹。")),
        ("真正做到行刑衔接。", box("对燃气违法行为依法顶格处罚，做到行刑衔接、形成震慑。")),
        ("报警数据实时监测。", box("坚决打赢燃气安全攻坚战，守护好千家万户的平安。")),
    ])
    p.blank()
    p.chrome("（素材来源：根据会议现场录音整理，有删节）",
             "⚠ 本素材仅供学习参考，请勿整篇照搬用于正式场合。",
             "【会员下载】本篇Word原稿（含标题提纲+金句清单） ▶ 立即下载")
    p.blank()
    p.chrome("相关素材推荐",
             "在全区燃气安全隐患排查整治推进会上的讲话",
             "城镇燃气安全专项整治工作方案（范本）",
             "燃气安全金句30条（2023年7月更新）")
    p.blank()
    p.chrome("关于本站 · 投稿须知 · 版权声明 · 联系客服 QQ 2853301947",
             "© 2023 笔杆子素材网 bgzsucai.com 浙ICP备20031187号")
    p.write()


# ------------------------------------------------------------------ 09: 文秘 forum thread, first post is the speech
def page09():
    p = Page("09", "utf-8", "\n")
    thread = "[原创] 替县领导写的安全生产月启动仪式讲话，请老师们拍砖"
    p.chrome(thread + " - 讲话稿交流 - 文秘之家论坛 - Powered by Discuz!",
             "文秘之家论坛 › 公文写作 › 讲话稿交流 › " + thread,
             "返回列表　发新帖　回复")
    p.blank()
    p.chrome("查看: 2873 | 回复: 14")
    p.add(p.n(thread))
    p.blank()
    sofa_time = "发表于 2024-6-3 22:31"
    sofa = "沙发！结构挺规整，三段式中规中矩。第二部分可以按“宣传、排查、演练”三个小标题分开写，层次会清楚很多。"
    buttons = "回复　支持　反对　举报"
    p.add(p.n("文秘小周"), "楼主")
    p.chrome("UID 20831 | 帖子 57 | 积分 326 | 注册时间 2021-6-3",
             "发表于 2024-6-3 21:47 | 只看该作者 | 倒序浏览 | 阅读模式",
             "本帖最后由 文秘小周 于 2024-6-3 22:05 编辑")
    p.blank()
    p.chrome("上周给县里领导写的，启动仪式已经开完了，领导基本没动。发上来请各位老师指点，总觉得第二部分有点散，数据也不知道放得合不合适。")
    p.blank()
    p.speech(S.S09, gap=True)
    p.blank()
    p.chrome("（注：文中数据为示意，已作脱敏处理。）")
    p.add("--------------------------------")
    p.chrome("写材料的人，把日子过成了一稿又一稿。",
             buttons)
    p.blank()
    p.add(p.n("老笔杆子"), "沙发")
    p.chrome("UID 1562 | 帖子 3408 | 积分 12890 | 注册时间 2015-9-21",
             sofa_time,
             sofa)
    p.add(buttons)
    p.blank()
    p.add("云水谣", "板凳")
    p.chrome("UID 30277 | 帖子 86 | 积分 541 | 注册时间 2022-3-14",
             "发表于 2024-6-4 08:15")
    p.add("老笔杆子 " + sofa_time, sofa)
    p.chrome("同意楼上。另外开头的感谢可以再简短点，启动仪式上领导讲话一般控制在十分钟以内。收藏了，谢谢楼主分享！")
    p.add(buttons)
    p.blank()
    p.chrome("1 2 下一页 返回列表",
             "您需要登录后才可以回帖 登录 | 立即注册",
             "Archiver|手机版|小黑屋|文秘之家论坛 ( 鄂ICP备15009372号-1 )",
             "GMT+8, 2024-6-10 16:42 , Processed in 0.061219 second(s), 23 queries .")
    p.write()


# ------------------------------------------------------------------ 10: 范文 page, 简版 (提纲, noise) + 完整版 (the speech)
def page10():
    p = Page("10", "gb18030", "\r\n")
    h1 = "镇长在安全生产暨防汛工作会议上的讲话（简版+完整版）"
    p.chrome(h1 + "-范文汇",
             "范文汇　首页 | 讲话稿 | 工作总结 | 工作计划 | 调研报告 | 心得体会 | 公文写作指导",
             "首页 > 讲话稿 > 安全生产讲话")
    p.blank()
    p.chrome(h1,
             "发布：范文汇编辑部　2024-06-06　阅读 1204　全文约1900字",
             "导读：本文提供同一篇讲话的两个版本。简版为提纲式要点，约500字，适合会前汇报或快速成稿参考；完整版可直接修改使用。")
    p.blank()
    p.chrome("【简版】讲话提纲（约500字）")
    p.chrome("开头：说明会议任务（贯彻落实县安全生产和防汛工作会议精神，回顾前五个月工作，部署下一阶段安全生产和防汛工作），对陈永红副镇长的通报表示同意，引出三点意见。",
             "一、认清形势，绷紧安全生产和防汛这根弦。成绩：1至5月检查企业、场所342家次，排查整改隐患156处，整改率94%；问题：砂石料场、小型加工厂多，企业主安全意识淡薄，白沙河两处堤段渗水，杨柳村发生小规模滑坡；预测主汛期降雨偏多；要求：克服麻痹思想和侥幸心理，守住不死人的底线。",
             "二、突出重点，全力抓好隐患排查和防汛准备。1.6月份开展安全隐患大排查：（1）砂石料场和加工企业查边坡、设备防护、临时用电；（2）自建房逐栋排查，学校、卫生院、农贸市场查消防通道和用电用气；同步开展防汛避险宣传。2.防汛准备：6月15日前修订预案，落实转移“三清楚”，备足物资，组建30人抢险队，主汛期24小时值班，险情第一时间报告。",
             "三、压实责任，确保各项工作落到实处。主要负责人负总责，班子成员抓分管，包村干部负直接责任，村支书是第一责任人；136名网格员每天巡查河道、山塘和隐患点；镇纪委监督检查，失职失责严肃追责。",
             "结尾：号召全镇上下以高度负责的态度做好各项工作，确保人民群众生命财产安全，确保安全度汛。")
    p.blank()
    p.chrome("【完整版】讲话全文")
    p.blank()
    p.speech(S.S10, indent="　　")
    p.blank()
    p.chrome("本文由范文汇原创整理，未经授权禁止转载。如需Word版，请点击下方“下载本文”。",
             "下载本文（.docx）　|　复制全文　|　加入收藏")
    p.blank()
    p.chrome("相关推荐：",
             "在全县防汛工作会议上的讲话（2024）",
             "乡镇长在安全生产大排查动员会上的讲话",
             "村支书在汛前安全检查会议上的发言")
    p.blank()
    p.chrome("上一篇：在全镇森林防火工作会议上的讲话　下一篇：镇党委书记在安全生产月启动会上的讲话",
             "©2024 范文汇 fanwenhui.net 版权所有 豫ICP备19027763号")
    p.write()


if __name__ == "__main__":
    for f in (page06, page07, page08, page09, page10):
        f()
    print("wrote 06-10")
