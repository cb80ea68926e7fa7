#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate set 68b pages 06-10 (bilingual and Latin-heavy pages) and their gold files.

Deterministic: two runs give byte-identical output (the .docx zip is rewritten with fixed timestamps).
Usage: /usr/bin/python3 tools/gen.py
"""
import io
import json
import os
import zipfile
import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, "gold")

# Block kinds used by every page:
#   ("N", text)                  noise line (chrome, headline, translation ...)
#   ("L", text)                  allowed leftover line (speaker, date, salutation)
#   ("T", text)                  speech title
#   ("H", text, level)           outline heading on its own line
#   ("P", text, cat)             speech paragraph
#   ("R", head, level, rest, cat) run-in head: head + "。" + rest on one line
#   ("B", text)                  blank / symbol-only line (no label)


class Gold:
    def __init__(self, fname):
        self.file = fname
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []

    def add(self, b):
        k = b[0]
        if k == "N":
            self.n(b[1])
        elif k == "T":
            self.titles.append(b[1])
        elif k == "H":
            self.headings.append({"text": b[1], "level": b[2]})
        elif k == "P":
            self.paragraphs.append({"text": b[1], "category": b[2], "truncated": False})
        elif k == "R":
            self.headings.append({"text": b[1], "level": b[2]})
            self.paragraphs.append({"text": b[3], "category": b[4], "truncated": False})

    def n(self, s):
        s = s.strip()
        if len(s) >= 4 and s not in self.noise:
            self.noise.append(s)

    def write(self, nn):
        g = {"file": self.file, "speeches": len(self.titles), "titles": self.titles,
             "headings": self.headings, "paragraphs": self.paragraphs, "noise": self.noise}
        with open(os.path.join(GOLD, nn + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")


def render_txt(blocks, indent="", nl="\n"):
    lines = []
    for b in blocks:
        k = b[0]
        if k in ("N", "L", "T", "B"):
            lines.append(b[1])
        elif k == "H":
            lines.append(b[1])
        elif k == "P":
            lines.append(indent + b[1])
        elif k == "R":
            lines.append(indent + b[1] + "。" + b[3])
    return nl.join(lines) + nl


def gold_of(fname, blocks):
    g = Gold(fname)
    for b in blocks:
        g.add(b)
    return g


# ======================================================================================== 06
# Sino-German joint venture intranet news page, GB18030, CRLF.
S06 = [
    ("T", "在2025年“安全生产月”启动会上的讲话"),
    ("L", "厂长　周立群"),
    ("L", "（2025年6月3日）"),
    ("L", "同志们："),
    ("P", "今天，我们召开2025年“安全生产月”启动会，主要任务是贯彻落实集团和园区关于安全生产月活动的部署要求，动员全厂员工行动起来，把各项活动抓实抓细。刚才，EHS部门通报了今年前五个月的安全绩效，冲压车间、物流部和工会作了表态发言，讲得都很好，我都同意。下面，我再讲三点意见。", "开场"),
    ("H", "一、正视差距，清醒认识当前安全形势", 1),
    ("H", "（一）成绩来之不易", 2),
    ("P", "去年以来，全厂可记录工伤事故同比下降42%，连续14个月未发生损工事故，顺利通过了ISO 45001体系的年度监督审核。今年前五个月，各车间共开展JSA作业安全分析362次，5S现场检查平均得分稳定在92分以上，员工安全改善建议的采纳数量比去年同期翻了一番。", "形势分析"),
    ("H", "（二）问题不容忽视", 2),
    ("P", "成绩面前，我们更要看到差距。三月份，装配二车间一名员工在清理设备卡料时，没有执行LOTO上锁挂牌程序，右手食指被压伤，造成一起损工事故，打破了我们保持四百多天的安全纪录。四月份集团EHS审核又发现，部分岗位PPE佩戴不规范，叉车与行人混行、化学品临时存放等问题反复出现。", "形势分析"),
    ("P", "这些问题看起来是个别员工的习惯问题，根子却在管理上：有的班组长只盯产量和交期，对违章行为睁一只眼闭一只眼；有的部门把安全当成EHS部门一家的事情，制度写在纸上、挂在墙上，没有落实到岗位上。", "形势分析"),
    ("P", "安全是中德双方股东共同确定的第一价值，任何产量、交期和成本指标都不能凌驾于安全之上。大家一定要克服麻痹思想和侥幸心理，真正把“零事故”作为每个人的工作目标。", "思想认识"),
    ("H", "二、聚焦重点，扎实开展隐患排查治理", 1),
    ("H", "（一）全面辨识设备和作业风险", 2),
    ("P", "从本周起，各车间要对照设备清单逐台核查能量隔离点，完善LOTO上锁挂牌标识，做到一机一卡、一人一锁。对冲压、热处理、喷涂等高风险工序，要重新开展JSA分析，把每个作业步骤的风险和控制措施写清楚、讲明白，张贴到岗位上。", "隐患排查"),
    ("H", "（二）抓好问题整改闭环", 2),
    ("P", "EHS部门要建立全厂隐患整改台账，对排查发现的问题逐项明确责任人、整改措施和完成时限，实行销号管理。ISO 45001监督审核提出的12项不符合项，必须在7月31日前全部关闭。要把5S管理与隐患排查结合起来，每周开展一次联合巡查，发现一处、整改一处。", "隐患排查"),
    ("H", "（三）抓实全员安全培训", 2),
    ("P", "安全生产月期间，人力资源部要会同EHS部门组织全员安全培训，重点讲解LOTO上锁挂牌、PPE正确佩戴和应急疏散知识，新员工和劳务派遣人员必须考试合格后方可上岗。要通过车间看板、内网和班前会开展“隐患随手拍”活动，让每名员工都成为安全员。", "宣传培训"),
    ("H", "三、压实责任，确保各项措施落地见效", 1),
    ("P", "各部门经理是本部门安全生产第一责任人，班组长是现场安全的直接责任人。从今年起，安全绩效纳入各级管理人员年度考核，实行一票否决，发生损工事故的部门取消当年评优资格。", "责任落实"),
    ("P", "要落实“管业务必须管安全”的要求，生产、设备、物流、采购等部门都要把安全要求写进本部门的工作程序。对违反LOTO、PPE等“保命规则”的行为，发现一起、处理一起，绝不姑息迁就。", "责任落实"),
    ("P", "六月下旬，全厂将组织一次火灾和化学品泄漏综合应急演练，各部门要认真准备，通过演练检验预案、查找不足，确保一旦发生险情能够快速响应、妥善处置。", "应急管理"),
    ("P", "同志们，安全生产没有终点，只有新的起点。希望大家以这次安全生产月为契机，从我做起、从现在做起，以零事故的实际行动，为工厂高质量发展创造安全稳定的环境。谢谢大家！", "结尾"),
]

P06 = [
    ("N", "Bochner Präzisionsantrieb (Suzhou) Co., Ltd. · 博赫精密传动（苏州）有限公司"),
    ("N", "Intranet | Mitarbeiterportal | 员工门户"),
    ("N", "Home | Startseite | 首页"),
    ("N", "About us | Über uns | 关于我们"),
    ("N", "News | Aktuelles | 新闻中心"),
    ("N", "EHS | Arbeitssicherheit & Umwelt | 安全环保"),
    ("N", "Downloads | Formulare | 表单下载"),
    ("N", "Sprache: Deutsch | English | 中文"),
    ("B", ""),
    ("N", "Sie sind hier: Startseite > Aktuelles > EHS-News"),
    ("B", ""),
    ("N", "Kick-off zum Sicherheitsmonat 2025 | 2025年“安全生产月”活动正式启动"),
    ("N", "Veröffentlicht: 03.06.2025 | Published by: EHS Department | 来源：EHS部 | Aufrufe: 1.284"),
    ("B", "----------------------------------------"),
    ("N", "Summary:"),
    ("N", "At the kick-off meeting of the 2025 Safety Month on 3 June, Plant Manager Zhou Liqun reviewed the safety performance of the plant. He asked all departments to follow the LOTO, JSA and PPE rules without exception and to close all ISO 45001 audit findings by 31 July."),
    ("N", "Safety will be part of every manager's annual appraisal, and a lost-time injury will cost a department its annual award."),
    ("N", "Kurzfassung: Werksleiter Zhou forderte alle Abteilungen auf, die Regeln für LOTO, JSA und PSA ausnahmslos einzuhalten. Gefährdungen müssen sofort gemeldet und die Maßnahmen bis Ende Juli abgeschlossen werden."),
    ("B", "----------------------------------------"),
    ("B", ""),
] + S06 + [
    ("B", ""),
    ("B", "----------------------------------------"),
    ("N", "Drucken | Print | 打印"),
    ("N", "Zurück zur Übersicht | Back to overview | 返回列表"),
    ("N", "Verwandte Artikel / Related articles:"),
    ("N", "· EHS-Schulung für neue Mitarbeiter im Juni | 六月新员工EHS培训安排"),
    ("N", "· Brandschutzübung in Werk 2 erfolgreich durchgeführt | 二厂区消防演练顺利完成"),
    ("B", "----------------------------------------"),
    ("N", "© 2025 Bochner Präzisionsantrieb (Suzhou) Co., Ltd. All rights reserved."),
    ("N", "Address: No. 88 Xinghu Street, Suzhou Industrial Park, Jiangsu 215021, P.R. China"),
    ("N", "Adresse: Xinghu-Straße 88, 215021 Suzhou, VR China | Tel. +86 512 6288 4500"),
    ("N", "Nur für den internen Gebrauch | For internal use only | 仅限内部使用"),
]


def page06():
    txt = render_txt(P06, indent="　　", nl="\r\n")
    with open(os.path.join(ROOT, "06.txt"), "wb") as f:
        f.write(txt.encode("gb18030"))
    gold_of("06.txt", P06).write("06")


# ======================================================================================== 07
# Online translation tool page copied as text, UTF-8, LF. Chinese source, then full English translation.
S07 = [
    ("T", "在公司2026年第一季度安全生产例会上的讲话",
     "Speech at the Company's Q1 2026 Work Safety Meeting"),
    ("L", "总经理　沈国栋", "General Manager Shen Guodong"),
    ("L", "（2026年3月27日）", "(March 27, 2026)"),
    ("L", "同志们：", "Comrades:"),
    ("P", "今天召开一季度安全生产例会，主要是总结前三个月的安全工作，分析存在的问题，安排部署二季度重点任务。刚才，安环部通报了一季度安全检查情况，注塑、总装两个事业部汇报了隐患整改进展，我都同意。下面，我讲几点意见。", "开场",
     "Today we are holding the work safety meeting for the first quarter. Its main purpose is to review our safety work over the past three months, analyze the existing problems, and plan the key tasks for the second quarter. Just now, the Safety and Environment Department reported on the safety inspections of the first quarter, and the Injection Molding and Final Assembly business units reported on the progress of hazard rectification. I agree with all of them. Next, I would like to make a few points."),
    ("H", "一、客观看待一季度安全生产形势", 1,
     "I. Taking an objective view of the work safety situation in the first quarter"),
    ("P", "一季度，公司总体安全形势平稳，没有发生轻伤以上生产安全事故，也没有发生火灾和职业病危害事件。春节后复工复产期间，各事业部按计划完成了设备复检和员工返岗培训，海外客户的三次BSCI社会责任验厂全部顺利通过，安全审核项无一否决。", "形势分析",
     "In the first quarter, the overall safety situation of the company was stable. There were no work-related accidents with minor injuries or above, and no fires or occupational disease incidents. During the resumption of work after the Spring Festival, all business units completed equipment re-inspection and training for returning staff as planned. All three BSCI social compliance audits by overseas customers were passed, and no safety item was rejected."),
    ("P", "同时也要看到，一季度共发生未遂事件7起，比去年同期多了3起，其中两起是注塑机安全门联锁被短接，一起是仓库货架超载变形。外贸订单持续增加，部分车间连续加班，新员工比例超过三成，人员疲劳、操作不熟练带来的风险正在上升，我们丝毫不能掉以轻心。", "形势分析",
     "At the same time, we must see that there were 7 near misses in the first quarter, 3 more than in the same period last year. In two of them, the safety door interlocks of injection molding machines had been bypassed, and in one, a warehouse rack was deformed by overloading. Export orders keep growing, some workshops are working overtime continuously, and new employees make up more than 30 percent of the workforce. The risks caused by fatigue and unskilled operation are rising, and we must not let our guard down in the slightest."),
    ("P", "出口订单再多，也不能拿员工的安全去换。各级管理人员要牢固树立安全发展理念，守住安全红线，绝不能因为赶交期就放松安全要求。", "思想认识",
     "No matter how many export orders we have, we must never trade the safety of our employees for them. Managers at all levels must firmly establish the concept of safe development, hold the red line of safety, and never relax safety requirements in order to meet delivery dates."),
    ("H", "二、扎实开展隐患排查整治", 1,
     "II. Carrying out thorough hazard inspection and rectification"),
    ("P", "二季度要以注塑、冲压、喷涂和仓储为重点，开展一次全覆盖的隐患排查。设备部要对全部注塑机、冲床的安全门联锁、双手按钮和急停装置逐台检测，发现短接、拆除的，一律停机整改。仓储部要对货架承重、消防通道和电动叉车充电区进行全面清查。", "隐患排查",
     "In the second quarter, we will carry out a full-coverage hazard inspection, focusing on injection molding, stamping, spraying and warehousing. The Equipment Department shall test the safety door interlocks, two-hand buttons and emergency stops of all injection molding machines and punch presses one by one. Any machine found with a bypassed or removed device must be stopped and repaired. The Warehousing Department shall fully check rack load capacity, fire exits and the charging area for electric forklifts."),
    ("P", "安环部要完善隐患排查治理台账，对一季度发现的41项隐患逐项复查，已整改的要拍照留档，未整改的要明确措施、资金、时限和责任人。对反复出现的问题，要从设计、采购和工艺上找根源，不能只治标不治本。", "隐患排查",
     "The Safety and Environment Department shall improve the hazard ledger and recheck the 41 hazards found in the first quarter one by one. Rectified items shall be photographed and archived. For items not yet rectified, the measures, funds, deadlines and responsible persons shall be made clear. For recurring problems, we must find the root causes in design, purchasing and process, instead of treating only the symptoms."),
    ("P", "进入汛期前，要对厂区排水设施、配电房和危化品仓库开展防汛专项检查，修订完善应急预案，五月底前组织一次全员消防疏散演练。", "应急管理",
     "Before the flood season, a special flood-prevention inspection shall be carried out on the drainage facilities, power distribution rooms and the hazardous chemicals warehouse. The emergency plans shall be revised, and a fire evacuation drill for all staff shall be held by the end of May."),
    ("P", "要加大安全投入，今年公司计划投入680万元，完成注塑车间自动化上下料改造和仓库消防喷淋系统升级，同时推行安全生产信息化管理，让隐患上报、整改和验收全部在手机端闭环完成。", "基层基础",
     "We must increase investment in safety. This year the company plans to invest 6.8 million yuan to automate loading and unloading in the injection molding workshop and to upgrade the sprinkler system in the warehouse. We will also introduce digital safety management, so that hazards can be reported, rectified and verified on mobile phones in a closed loop."),
    ("H", "三、层层压实安全生产责任", 1,
     "III. Strengthening work safety responsibilities at every level"),
    ("P", "各事业部总经理是本单位安全生产第一责任人，要亲自抓、负总责。公司将与各事业部签订二季度安全目标责任书，把未遂事件上报率、隐患整改率纳入月度绩效考核，考核结果与管理人员奖金直接挂钩。", "责任落实",
     "The general manager of each business unit is the first person responsible for work safety in that unit and must take personal charge. The company will sign second-quarter safety target responsibility letters with each business unit, include the near-miss reporting rate and the hazard rectification rate in the monthly performance assessment, and link the results directly to managers' bonuses."),
    ("P", "对发生安全门联锁被短接等严重违章行为的，除处理当事人外，还要追究班组长和车间主任的管理责任。安环部要每月通报考核结果，做到奖惩分明。对连续三个月零违章的班组，公司给予通报表扬和奖励。", "责任落实",
     "Where serious violations occur, such as bypassing a safety door interlock, not only the person involved but also the team leader and the workshop director will be held accountable for management failures. The Safety and Environment Department shall publish the assessment results every month, so that rewards and penalties are clear. Teams with no violations for three consecutive months will be commended and rewarded by the company."),
    ("P", "人力资源部要针对新员工比例高的特点，严格落实三级安全教育，实行师带徒制度，未经培训考核合格的一律不得独立上岗。", "宣传培训",
     "In view of the high proportion of new employees, the Human Resources Department shall strictly implement three-level safety education and a mentoring system. No one may work independently without passing the training assessment."),
    ("P", "同志们，安全是企业最大的效益。希望大家以更加务实的作风，把各项措施落到实处，确保二季度安全生产形势持续稳定，为全年外贸订单顺利交付提供坚实保障。谢谢大家！", "结尾",
     "Comrades, safety is the greatest benefit of an enterprise. I hope everyone will work in a more practical way and put all measures into practice, keep the safety situation stable in the second quarter, and provide a solid guarantee for the smooth delivery of this year's export orders. Thank you!"),
]


def cn_block(b):
    """Strip the English translation from a bilingual block."""
    k = b[0]
    if k == "H":
        return b[:3]
    if k == "P":
        return b[:3]
    return b[:2]


def page07():
    cn = [cn_block(b) for b in S07]
    en = [("N", b[-1]) for b in S07]
    source = render_txt(cn).rstrip("\n")
    head = [
        ("N", "云译翻译 - 在线翻译_中英互译_文档翻译"),
        ("N", "文本翻译"),
        ("N", "文档翻译"),
        ("N", "图片翻译"),
        ("N", "网页翻译"),
        ("N", "术语库"),
        ("B", ""),
        ("N", "检测语言"),
        ("B", "⇄"),
        ("N", "中文 → 英语"),
        ("N", "自动检测为：中文（简体）"),
    ]
    mid = [
        ("N", "字数 %d/5000" % len(source)),
        ("N", "清空"),
        ("N", "英语"),
        ("N", "通用领域"),
    ]
    tail = [
        ("N", "复制"),
        ("N", "朗读"),
        ("N", "译文反馈"),
        ("N", "双语对照"),
        ("N", "下载译文"),
        ("N", "以上内容由AI机器翻译生成，仅供参考"),
        ("B", ""),
        ("N", "关于云译 | 帮助中心 | 隐私政策 | 用户协议 | 开放平台API"),
        ("N", "© 2026 云译科技 版权所有 京ICP备2023014587号-2"),
    ]
    blocks = head + cn + mid + en + tail
    with open(os.path.join(ROOT, "07.txt"), "wb") as f:
        f.write(render_txt(blocks).encode("utf-8"))
    gold_of("07.txt", blocks).write("07")


# ======================================================================================== 08
# 中英对照 meeting booklet (.docx): two-column table, Chinese left, English right.
S08 = [
    ("L", "同志们：", "Colleagues:"),
    ("P", "这次安委会全体会议，是在公司新洁净车间投产、年底订单高峰即将到来的关键时期召开的。会议的主要任务是通报今年以来的安全生产情况，研究部署四季度重点工作。刚才，EHS经理通报了第三方HSE审计结果，各委员单位作了交流发言。下面，我讲三个方面的意见。", "开场",
     "This plenary meeting of the Safety Committee is held at a key moment, as our new cleanroom workshop has started production and the year-end order peak is approaching. The main tasks of the meeting are to report on work safety so far this year and to plan the key work for the fourth quarter. Just now, the EHS Manager reported the results of the third-party HSE audit, and the member departments shared their experience. Now I would like to make three points."),
    ("H", "一、准确把握公司安全生产形势", 1,
     "I. Understanding the company's work safety situation accurately"),
    ("P", "今年以来，公司安全生产总体可控，截至8月底累计实现安全工时186万小时，没有发生损工事故。新洁净车间建设期间，施工单位高峰时超过三百人，完成动火、高处和受限空间作业八百余次，实现了零事故。", "形势分析",
     "Since the beginning of this year, work safety in the company has been under control on the whole. By the end of August we had achieved 1.86 million safe working hours without a lost-time injury. During the construction of the new cleanroom workshop, more than 300 contractor workers were on site at the peak, and over 800 hot work, work-at-height and confined space operations were completed with zero accidents."),
    ("P", "但第三方HSE审计也给我们敲响了警钟。审计共发现问题23项，其中环氧乙烷灭菌区气体检测报警仪校准过期、危废暂存间标识不全两项被评为高风险。七月份，包装线还发生一起员工手套被传送带卷入的未遂事件。这些问题暴露出我们在变更管理和现场监督方面还有明显短板。", "形势分析",
     "However, the third-party HSE audit has also sounded an alarm. The audit found 23 issues. Two of them were rated high risk: the gas detectors in the ethylene oxide sterilization area were overdue for calibration, and the labels of the temporary hazardous waste store were incomplete. In July, a near miss also occurred on the packaging line, when an employee's glove was caught by a conveyor belt. These issues show clear weaknesses in our management of change and in on-site supervision."),
    ("P", "医疗器械行业对质量和安全的要求都很高，安全出了问题，不仅伤害员工，也会影响产品注册和客户信任。各部门负责人要把安全放在和质量同等重要的位置，决不能有松口气、歇歇脚的想法。", "思想认识",
     "The medical device industry sets very high requirements for both quality and safety. A safety failure not only hurts our employees, but also affects product registration and customer trust. Department heads must give safety the same importance as quality, and must never think that they can relax or take a break."),
    ("H", "二、聚焦高风险区域，抓好隐患治理", 1,
     "II. Focusing on high-risk areas and eliminating hazards"),
    ("H", "（一）突出环氧乙烷灭菌区管控", 2,
     "(I) Tightening control of the ethylene oxide sterilization area"),
    ("P", "灭菌区是全公司风险最高的区域。设备部要在9月底前完成全部气体检测报警仪的校准，并与灭菌柜实现联锁；EHS部门每周对灭菌区进行一次专项检查，重点查看通风系统、解析间和钢瓶存放情况，检查结果纳入隐患台账。", "隐患排查",
     "The sterilization area is the highest-risk area in the company. The Equipment Department shall calibrate all gas detectors by the end of September and interlock them with the sterilizers. The EHS Department shall inspect the sterilization area every week, focusing on the ventilation system, the aeration room and cylinder storage, and enter the findings in the hazard ledger."),
    ("H", "（二）抓实变更和承包商管理", 2,
     "(II) Strengthening management of change and contractors"),
    ("P", "凡是新增设备、改变工艺或调整布局，都必须履行变更审批，提前开展风险评估，未经评估不得实施。新洁净车间的收尾工程仍有承包商在场，工程部要逐日核查作业许可，对审计发现的23项问题实行清单化整改，10月底前全部销号。", "隐患排查",
     "Any new equipment, process change or layout change must go through change approval, with a risk assessment in advance; nothing may be implemented without assessment. Contractors are still working on the finishing works of the new cleanroom workshop. The Engineering Department shall check work permits every day and rectify the 23 audit issues item by item, closing all of them by the end of October."),
    ("P", "培训中心要结合审计发现的问题编制案例教材，对一线员工开展PPE使用、化学品安全技术说明书识读和应急处置培训，让员工懂风险、会防护。", "宣传培训",
     "The Training Center shall prepare case-based materials from the audit findings and train front-line employees in the use of PPE, reading safety data sheets and emergency response, so that they understand the risks and know how to protect themselves."),
    ("P", "四季度要组织一次环氧乙烷泄漏应急演练，检验报警、疏散和医疗救护各环节的衔接，确保一旦发生泄漏能够迅速控制。", "应急管理",
     "In the fourth quarter, we will hold an ethylene oxide leak emergency drill to test how alarm, evacuation and medical rescue work together, so that any leak can be brought under control quickly."),
    ("P", "要加强EHS专业队伍建设，四季度增配两名注册安全工程师，各车间设立兼职安全员，并投入120万元升级灭菌区通风和在线监测系统，提高本质安全水平。", "基层基础",
     "We must strengthen the EHS team. In the fourth quarter, two more registered safety engineers will be added, each workshop will appoint a part-time safety officer, and 1.2 million yuan will be invested to upgrade the ventilation and online monitoring systems in the sterilization area, so as to make the site inherently safer."),
    ("H", "三、健全责任体系，强化考核问责", 1,
     "III. Improving the responsibility system and strengthening assessment and accountability"),
    ("P", "公司安委会各委员是分管领域的安全第一责任人，部门经理对本部门安全负直接责任。要把安全职责写进每个岗位的说明书，做到人人有责、各负其责。各部门要在10月15日前完成岗位安全职责的修订，报EHS部门备案。", "责任落实",
     "Each member of the Safety Committee is the first person responsible for safety in the areas under his or her charge, and department managers are directly responsible for safety in their departments. Safety duties shall be written into every job description, so that everyone has a duty and everyone performs it. All departments shall revise the safety duties of their posts by 15 October and file them with the EHS Department."),
    ("P", "公司将把HSE审计整改完成情况纳入部门经理季度考核，整改不力的，扣减当季绩效；因管理失职导致事故的，依照公司制度严肃追责。", "责任落实",
     "The company will include the completion of HSE audit corrective actions in the quarterly assessment of department managers. Where rectification is poor, the performance pay for that quarter will be reduced; where an accident is caused by a failure of management, those responsible will be held strictly accountable under company rules."),
    ("P", "同志们，四季度生产任务重、时间紧，越是繁忙越要绷紧安全这根弦。希望大家齐心协力，确保全年安全目标圆满实现。谢谢大家！", "结尾",
     "Colleagues, production tasks in the fourth quarter are heavy and time is short. The busier we are, the more alert we must be to safety. I hope everyone will work together to ensure that this year's safety targets are fully achieved. Thank you!"),
]

H08 = "Alberson Medical Devices (Wuxi) Co., Ltd. | Bilingual Meeting Booklet"
F08 = "For internal use only | Prepared by the EHS Department | Version 1.0"
COVER08 = "中英对照 · 2025年度安委会会议材料之二 / Chinese-English Edition · 2025 Safety Committee Meeting Materials (2)"
TOP08 = [
    ("T", "在2025年度安全生产委员会第二次全体会议上的讲话"),
    ("N", "Speech at the Second Plenary Meeting of the 2025 Work Safety Committee"),
    ("L", "总经理　陈志远"),
    ("N", "General Manager Chen Zhiyuan"),
    ("L", "（2025年9月12日）"),
    ("N", "(12 September 2025)"),
]


def fixed_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    zout = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 9, 10, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        zout.writestr(zi, zin.read(info.filename))
    zout.close()
    return out.getvalue()


def page08():
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 9, 10, 9, 0, 0)
    cp.author = "EHS Department"
    cp.last_modified_by = "EHS Department"
    cp.title = "Bilingual Meeting Booklet"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3

    g = Gold("08.docx")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = H08
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    g.n(H08)

    p = doc.add_paragraph(COVER08)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    g.n(COVER08)
    for b in TOP08:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(b[1])
        if b[0] == "T":
            r.bold = True
            r.font.size = Pt(16)
        elif b[0] == "N":
            r.italic = True
        g.add(b)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    row = table.add_row().cells
    for c, t in zip(row, ("中文原文", "English Translation")):
        c.paragraphs[0].add_run(t).bold = True
        g.n(t)
    for b in S08:
        row = table.add_row().cells
        cn, en = cn_block(b), b[-1]
        rl = row[0].paragraphs[0].add_run(cn[1])
        rr = row[1].paragraphs[0].add_run(en)
        rr.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
        if cn[0] == "H":
            rl.bold = True
            rr.bold = True
        g.add(cn)
        g.n(en)
    sec.footer.paragraphs[0].text = F08
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    g.n(F08)

    bio = io.BytesIO()
    doc.save(bio)
    with open(os.path.join(ROOT, "08.docx"), "wb") as f:
        f.write(fixed_zip(bio.getvalue()))
    g.write("08")


# ======================================================================================== 09
# Petrochemical WeChat article copied as text, UTF-8, LF, English app chrome.
S09 = [
    ("T", "在过程安全管理专项整治部署会上的讲话"),
    ("L", "总经理　刘卫东"),
    ("L", "2025年8月14日"),
    ("L", "同志们："),
    ("P", "今天召开过程安全管理专项整治部署会，主要是贯彻落实上级关于危险化学品安全风险集中治理的部署，对公司为期四个月的专项整治作出安排。刚才，安全总监宣读了专项整治实施方案，生产技术部通报了上半年HAZOP分析和报警管理情况，请各单位抓好落实。下面，我讲三点意见。", "开场"),
    ("H", "1. 清醒认识过程安全面临的严峻形势", 1),
    ("H", "1.1 成绩来之不易", 2),
    ("P", "上半年，公司实现了连续安全生产1200天，主要装置平稳率保持在99.6%以上，没有发生火灾爆炸和中毒窒息事故。但是今年以来，全国化工行业接连发生多起火灾爆炸事故，教训十分深刻，我们必须引以为戒。", "形势分析"),
    ("H", "1.2 风险隐患不容忽视", 2),
    ("P", "从我们自身看，上半年DCS报警数量平均每班超过三百条，远高于行业推荐值，部分SIS联锁长期处于旁路状态，加氢装置还发生过一次H₂S浓度超标报警。深入分析，问题主要出在三个方面：一部分老装置的HAZOP分析已超过五年没有复核，风险底数不清；SIL评估和LOPA分析提出的建议措施落实不到位；操作人员对报警习以为常，应急响应能力不足。", "形势分析"),
    ("B", ""),
    ("N", "SAFETY FIRST · ZERO HARM · PROCESS SAFETY IS EVERYONE'S JOB"),
    ("B", ""),
    ("P", "过程安全事故往往是小概率、大后果，一旦发生就可能是灾难性的。各级管理人员要牢固树立安全发展理念，守牢安全红线，把过程安全作为公司生存发展的生命线来抓。", "思想认识"),
    ("H", "2. 扎实推进专项整治各项任务", 1),
    ("H", "2.1 强化过程安全管理（PSM）要素落地", 2),
    ("P", "各装置要对照PSM的十四个要素逐项自查，重点检查工艺安全信息、操作规程、变更管理和机械完整性。对操作压力在4.0MPa以上的高压临氢管线，设备部要在10月底前完成全面测厚和腐蚀评估，发现减薄超标的立即安排更换。", "隐患排查"),
    ("H", "2.2 深化危险与可操作性分析（HAZOP）和安全完整性等级（SIL）验证", 2),
    ("P", "生产技术部要组织对运行超过五年的装置重新开展HAZOP分析，对所有SIS联锁回路进行SIL验证，必要时补充LOPA分析。对长期旁路的联锁，要逐条说明原因、制定恢复计划，旁路期间必须落实监护措施并经主管副总经理审批。", "隐患排查"),
    ("H", "2.3 严格报警管理和应急响应", 2),
    ("P", "要严格报警响应纪律，可燃气体浓度达到20%LEL、H₂S浓度达到10ppm时，内操必须立即通知外操到场确认，不得随意消音。各装置要修订H₂S泄漏和火灾爆炸现场处置方案，每季度至少开展一次实战化演练。", "应急管理"),
    ("H", "2.4 提升本质安全和智能化管控水平（DCS/SIS）", 2),
    ("P", "要加快智能化管控平台建设，把可燃有毒气体报警、视频监控和人员定位接入统一平台，实现DCS报警分级管理。今年公司安排安全专项资金1800万元，重点用于SIS系统升级和老旧仪表更换。", "基层基础"),
    ("H", "3. 层层压实过程安全责任", 1),
    ("P", "各装置主任是本装置过程安全第一责任人，工艺、设备、仪表专业负责人要对本专业的PSM要素负责。专项整治实行挂图作战，公司领导班子成员每人联系一套装置，每月至少带队检查一次。", "责任落实"),
    ("P", "安全环保部要每两周通报一次整治进度，整治结果纳入年度绩效考核。对联锁擅自旁路、报警长期不处置等问题，一律按严重违章处理，并追究装置主任和专业负责人的责任。", "责任落实"),
    ("P", "培训中心要组织全员PSM和HAZOP基础知识培训，内操人员要熟练掌握DCS报警处置要求，外操人员要会正确使用便携式四合一检测仪和正压式空气呼吸器。", "宣传培训"),
    ("P", "同志们，过程安全没有旁观者。希望大家以这次专项整治为契机，把每一项措施落实到每套装置、每个岗位，确保公司安全生产形势持续稳定。谢谢大家！", "结尾"),
]

P09 = [
    ("N", "海联石化召开过程安全管理专项整治部署会"),
    ("N", "Original 原创 海联石化宣传部 海联石化"),
    ("N", "2025-08-15 18:30 Posted on 山东"),
    ("N", "收录于合集 #安全生产 36个 #过程安全 8个"),
    ("B", ""),
    ("N", "编者按：8月14日，公司召开过程安全管理专项整治部署会，总经理刘卫东出席会议并讲话。现将讲话全文刊发，供各单位学习贯彻。"),
    ("B", ""),
] + S09 + [
    ("B", ""),
    ("N", "（来源：安全环保部　编辑：孙悦　审核：何志强）"),
    ("B", ""),
    ("N", "阅读原文"),
    ("N", "Read more"),
    ("N", "Views 2,318"),
    ("N", "Like 86"),
    ("N", "Share"),
    ("N", "Wow 41"),
    ("N", "Comment"),
    ("N", "写留言"),
    ("N", "Comments (12)"),
    ("N", "Scan to Follow"),
    ("N", "People who liked this content also liked"),
    ("N", "海联石化开展H₂S泄漏应急救援综合演练"),
    ("N", "加氢装置顺利完成SIS联锁回路SIL验证"),
]


def page09():
    with open(os.path.join(ROOT, "09.txt"), "wb") as f:
        f.write(render_txt(P09).encode("utf-8"))
    gold_of("09.txt", P09).write("09")


# ======================================================================================== 10
# Industrial park English/Chinese site saved as .html (UTF-8).
S10 = [
    ("T", "在园区2026年安全生产工作会议上的讲话"),
    ("L", "管委会主任　王立峰"),
    ("L", "（2026年2月26日）"),
    ("L", "同志们："),
    ("P", "今天召开园区2026年安全生产工作会议，主要任务是总结去年全园安全生产工作，分析当前形势，部署今年重点任务。刚才，安监局通报了2025年度安全生产目标考核结果，三家企业作了交流发言，我都赞同。下面，我讲三点意见。", "开场"),
    ("H", "一、认清形势，增强抓好安全生产的紧迫感", 1),
    ("P", "2025年，园区新增外资项目17个，规上工业产值突破六百亿元，全年未发生较大以上生产安全事故，事故起数和死亡人数同比分别下降25%和33%。园区顺利通过省级化工园区复核认定，德资、法资企业先进的EHS管理经验在全园得到推广。全年共组织各类安全培训四百余场次，培训人数超过三万人次。", "形势分析"),
    ("IMG", "20260226_01.jpg", "▲ 2月26日，园区2026年安全生产工作会议召开", "▲ The park's 2026 Work Safety Conference was held on 26 February."),
    ("P", "成绩来之不易，问题也不容回避。去年园区共发生一般生产安全事故3起，死亡2人，其中两起发生在外包维修作业中，一起是新建项目的高处坠落。检查中还发现，一些中小企业安全投入不足，部分外资企业的总部标准与国内法规要求衔接不够，新入驻企业的安全管理人员配备不到位。", "形势分析"),
    ("P", "全园上下要始终坚持人民至上、生命至上，把安全生产摆在与招商引资、项目建设同等重要的位置，绝不能以牺牲安全换取一时的发展。", "思想认识"),
    ("H", "二、突出重点，扎实推进安全隐患排查整治", 1),
    ("R", "（一）紧盯重点领域开展排查", 2, "今年上半年，园区将以危险化学品、粉尘涉爆、有限空间和外包作业为重点，组织专家对全园312家工业企业开展全覆盖排查，做到企业不漏一家、环节不漏一处。", "隐患排查"),
    ("R", "（二）严格隐患整改闭环管理", 2, "排查发现的隐患要全部录入园区隐患排查治理信息系统，实行清单化管理、销号式整改。对重大事故隐患实行挂牌督办，整改不到位的一律不得复产。", "隐患排查"),
    ("IMG", "20260226_02.jpg", "▲ 园区管委会主任王立峰作工作部署", "▲ Wang Lifeng, Director of the Park Management Committee, gives a speech."),
    ("R", "（三）依法从严监管执法", 2, "安监、消防、生态环境等部门要加强联合执法，对非法违法生产、拒不整改的企业，依法从重处罚，典型案例一律公开曝光。", "监管执法"),
    ("H", "三、压实责任，构建齐抓共管工作格局", 1),
    ("R", "（一）压实企业主体责任", 2, "企业主要负责人是本单位安全生产第一责任人，外资企业的中方总经理和外方高管都要签订安全生产承诺书。要督促企业健全全员安全生产责任制，把责任落实到每个岗位、每名员工。", "责任落实"),
    ("R", "（二）落实部门监管责任", 2, "按照“管行业必须管安全”的要求，各职能部门要对照责任清单履职尽责。年底园区将开展安全生产目标考核，对工作不力、发生较大事故的部门和企业，严肃追究责任。", "责任落实"),
    ("R", "（三）夯实安全生产基层基础", 2, "园区今年将投入2600万元，建成安全风险智能化管控平台，推行网格化管理，每个网格配备专职安全员，提升企业和园区的本质安全水平。", "基层基础"),
    ("R", "（四）提升应急处置能力", 2, "园区消防救援站和危化品应急救援队伍要实行24小时值班值守，汛期和节假日期间，各企业要严格落实领导带班制度。6月底前，园区将组织一次化工企业泄漏着火联合应急演练。", "应急管理"),
    ("P", "同志们，安全生产事关园区高质量发展大局。希望大家以更加扎实的作风抓好各项工作，为建设一流国际合作园区营造安全稳定的环境。谢谢大家！", "结尾"),
]

TITLE10 = "园区召开2026年安全生产工作会议 - Park News - Jianghai Sino-European Industrial Park"
LEAD10 = ("Director Wang stressed that the park must put people and their lives first. All 312 industrial "
          "enterprises will be inspected in the first half of the year, and a smart risk control platform "
          "will be built with an investment of 26 million yuan. Both Chinese and foreign managers of "
          "foreign-invested companies are asked to sign work safety commitments.")


def page10():
    g = Gold("10.html")
    H = []
    a = H.append
    a('<!DOCTYPE html>')
    a('<!-- saved from url=(0062)https://www.jhsep.gov.cn/en/news/parknews/202602/t20260227_8841.html -->')
    a('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a('<meta name="viewport" content="width=device-width, initial-scale=1">')
    a('<title>%s</title>' % TITLE10)
    g.n(TITLE10)
    a('<link rel="stylesheet" href="./news_files/common.css">')
    a('<style>.caption{color:#666;font-size:13px;text-align:center}.tc{text-align:center}.article p{line-height:2}</style>')
    a('<script>var _hmt = _hmt || []; (function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5f1c0a";})();</script>')
    a('</head>')
    a('<body>')
    a('<div class="top">')
    a('<div class="logo"><img src="./news_files/logo.png" alt="logo"><span>Jianghai Sino-European Industrial Park</span></div>')
    g.n("Jianghai Sino-European Industrial Park")
    a('<div class="logo-cn">江海中欧产业合作园</div>')
    g.n("江海中欧产业合作园")
    a('<ul class="lang"><li><a href="https://www.jhsep.gov.cn/en/">English</a></li><li><a href="https://www.jhsep.gov.cn/">中文</a></li></ul>')
    g.n("English")
    a('</div>')
    a('<ul class="nav">')
    for t in ("Home", "About", "Investment", "News", "Services", "Contact Us"):
        a('<li><a href="https://www.jhsep.gov.cn/en/%s/">%s</a></li>' % (t.lower().replace(" ", ""), t))
        g.n(t)
    a('</ul>')
    a('<div class="crumb">You are here: <a href="https://www.jhsep.gov.cn/en/">Home</a> &gt; <a href="https://www.jhsep.gov.cn/en/news/">News</a> &gt; Park News</div>')
    g.n("You are here:")
    g.n("Park News")
    a('<div class="main">')
    a('<h1 class="title-en">Park Holds 2026 Work Safety Conference</h1>')
    g.n("Park Holds 2026 Work Safety Conference")
    a('<h2 class="title-cn">园区召开2026年安全生产工作会议</h2>')
    g.n("园区召开2026年安全生产工作会议")
    a('<div class="info">Source: Park Management Committee | Date: 2026-02-27 | Views: 1532</div>')
    g.n("Source: Park Management Committee | Date: 2026-02-27 | Views: 1532")
    a('<div class="share">Share to: <a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a></div>')
    g.n("Share to:")
    a('<div class="summary-en"><p>%s</p></div>' % LEAD10)
    g.n(LEAD10)
    a('<div class="article">')
    for b in S10:
        k = b[0]
        if k == "T":
            a('<p class="tc"><strong>%s</strong></p>' % b[1])
        elif k == "L":
            a('<p class="tc">%s</p>' % b[1] if "同志们" not in b[1] else '<p>%s</p>' % b[1])
        elif k == "H":
            a('<p><strong>　　%s</strong></p>' % b[1])
        elif k == "P":
            a('<p>　　%s</p>' % b[1])
        elif k == "R":
            a('<p>　　<strong>%s。</strong>%s</p>' % (b[1], b[3]))
        elif k == "IMG":
            a('<figure class="img"><img src="./news_files/%s" alt="" width="600"><figcaption>' % b[1])
            a('<p class="caption">%s</p>' % b[2])
            a('<p class="caption">%s</p>' % b[3])
            a('</figcaption></figure>')
            g.n(b[2])
            g.n(b[3])
            continue
        g.add(b)
    a('</div>')
    a('<div class="pager"><a href="./t20260225_8836.html">Previous: Park Launches Spring Fire Safety Inspection</a></div>')
    g.n("Previous: Park Launches Spring Fire Safety Inspection")
    a('<div class="pager"><a href="./t20260303_8850.html">Next: German SME Delegation Visits the Park</a></div>')
    g.n("Next: German SME Delegation Visits the Park")
    a('</div>')
    a('<div class="footer">')
    for t in ("Copyright © 2026 Jianghai Sino-European Industrial Park Management Committee. All Rights Reserved.",
              "Add: No. 1 Zhongou Avenue, Jianghai New Area, Nantong, Jiangsu, China | Tel: +86-513-8599 2000",
              "苏ICP备2024012345号-1 | 苏公网安备32069102000123号"):
        a('<p>%s</p>' % t)
        g.n(t)
    a('</div>')
    a('<script src="./news_files/jquery.min.js"></script>')
    a('</body></html>')
    with open(os.path.join(ROOT, "10.html"), "wb") as f:
        f.write(("\n".join(H) + "\n").encode("utf-8"))
    g.write("10")


def main():
    os.makedirs(GOLD, exist_ok=True)
    page06()
    page07()
    page08()
    page09()
    page10()
    print("wrote 06.txt 07.txt 08.docx 09.txt 10.html and gold/06-10.json")


if __name__ == "__main__":
    main()
