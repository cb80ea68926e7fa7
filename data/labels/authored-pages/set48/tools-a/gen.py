#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Generate five .docx test pages (01-05) and their gold labels (gold/NN.json).

Run with /usr/bin/python3 (needs python-docx).  Every name, place, figure and
phone number below is invented.
"""
import io, json, os, re, zipfile
from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, 'gold')

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')

# ---------------------------------------------------------------- XML helpers
FS = '仿宋_GB2312'; HT = '黑体'; KT = '楷体_GB2312'; XBS = '方正小标宋简体'


def rpr(font=None, size=None, bold=False, color=None, shd=None, hint=False, ascii_font=None):
    x = ''
    if font:
        af = ascii_font or font
        x += ('<w:rFonts %sw:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>'
              % ('w:hint="eastAsia" ' if hint else '', af, af, font, af))
    if bold:
        x += '<w:b/><w:bCs/>'
    if color:
        x += '<w:color w:val="%s"/>' % color
    if size:
        x += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size * 2, size * 2)
    if shd:
        x += '<w:shd w:val="clear" w:color="auto" w:fill="%s"/>' % shd
    return '<w:rPr>%s</w:rPr>' % x if x else ''


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(text, rp=''):
    """A run; '\n' inside text becomes a manual line break <w:br/>."""
    parts = text.split('\n')
    inner = ''
    for i, s in enumerate(parts):
        if i:
            inner += '<w:br/>'
        if s:
            inner += t(s)
    return '<w:r>%s%s</w:r>' % (rp, inner)


def ppr(jc=None, first=None, line=None, rule='exact', before=0, after=0, num=None, extra_pre='', rp=''):
    x = extra_pre
    if num is not None:
        x += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
    if line:
        x += '<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="%s"/>' % (before, after, line, rule)
    if first == 'chars2':
        x += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    elif first is not None:
        x += '<w:ind w:firstLine="%d"/>' % first
    if jc:
        x += '<w:jc w:val="%s"/>' % jc
    x += rp
    return '<w:pPr>%s</w:pPr>' % x if x else ''


def P(inner, pp=''):
    return '<w:p>%s%s</w:p>' % (pp, inner)


def el(xml):
    return parse_xml('<w:wrap %s>%s</w:wrap>' % (NS, xml))[:]


def append(doc, xml):
    body = doc.element.body
    sect = body[-1]
    for e in el(xml):
        sect.addprevious(e)


def set_page(doc, titlepg=False):
    s = doc.sections[0]
    sp = s._sectPr
    sp.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgSz').set(
        '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w', '11906')
    sp.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgSz').set(
        '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}h', '16838')
    m = sp.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}pgMar')
    for k, v in (('top', 2098), ('bottom', 1984), ('left', 1588), ('right', 1474), ('header', 851), ('footer', 992)):
        m.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + k, str(v))
    if titlepg:
        s.different_first_page_header_footer = True
    return s


def fill_hdrftr(part_el, xml):
    for c in list(part_el):
        part_el.remove(c)
    for e in el(xml):
        part_el.append(e)


def page_field(code, cached, rp):
    return ('<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r>%s<w:instrText xml:space="preserve"> %s   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r>%s%s</w:r>'
            '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>') % (rp, rp, code, rp, rp, t(cached), rp)


def postprocess(path, app_name, app_version, extra_custom=None, company=''):
    """Rewrite docProps/app.xml, drop the template thumbnail, optionally add custom.xml."""
    zin = zipfile.ZipFile(path)
    items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    zin.close()
    out = []
    for info, data in items:
        n = info.filename
        if n == 'docProps/thumbnail.jpeg':
            continue
        if n == 'docProps/app.xml':
            data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                    '<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>3</Pages>'
                    '<Application>%s</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
                    '<Company>%s</Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
                    '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>%s</AppVersion></Properties>'
                    % (app_name, escape(company), app_version)).encode('utf-8')
        if n == '_rels/.rels':
            s = data.decode('utf-8')
            s = re.sub(r'<Relationship [^>]*thumbnail\.jpeg"/>', '', s)
            if extra_custom:
                s = s.replace('</Relationships>',
                              '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>')
            data = s.encode('utf-8')
        if n == '[Content_Types].xml' and extra_custom:
            s = data.decode('utf-8')
            s = s.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>')
            data = s.encode('utf-8')
        out.append((info, data))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for info, data in out:
            z.writestr(info.filename, data)
        if extra_custom:
            props = ''.join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
                            % (i + 2, k, v) for i, (k, v) in enumerate(extra_custom))
            z.writestr('docProps/custom.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                       'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">%s</Properties>' % props)


# ---------------------------------------------------------------- gold helper
class Gold:
    def __init__(self, fname):
        self.g = {'file': fname, 'speeches': 0, 'titles': [], 'headings': [], 'paragraphs': [], 'noise': []}

    def title(self, s):
        self.g['speeches'] += 1
        self.g['titles'].append(s)

    def head(self, s, lvl):
        self.g['headings'].append({'text': s.rstrip('。'), 'level': lvl})

    def para(self, s, cat, trunc=False):
        self.g['paragraphs'].append({'text': s.replace('\n', '').strip('\u3000 '), 'category': cat, 'truncated': trunc})

    def noise(self, s):
        s = s.strip(' \u3000\t')
        if len(s) >= 4 and s not in self.g['noise']:
            self.g['noise'].append(s)
        return s

    def write(self):
        n = self.g['file'].split('.')[0]
        with open(os.path.join(GOLD, n + '.json'), 'w', encoding='utf-8', newline='') as f:
            json.dump(self.g, f, ensure_ascii=False, indent=1)
            f.write('\n')


# ================================================================= SPEECHES
# item kinds:  T title | S speaker | D date | G salutation | H (lvl, num, text) standalone heading
#              R (lvl, num, head, cat, rest) run-in heading | P (cat, text) paragraph
#              PI (cat, text, author) paragraph inserted as a tracked change (03 only)

S01 = [
    ('T', '在全县安全生产暨森林防灭火工作会议上的讲话'),
    ('S', '县委副书记、县长　林书远'),
    ('D', '（2026年2月27日）'),
    ('G', '同志们：'),
    ('P', '开场', '今天召开全县安全生产暨森林防灭火工作会议，主要任务是总结2025年全县安全生产工作，分析当前面临的形势，安排部署今年的重点工作。刚才，县应急管理局通报了去年全县安全生产情况，桂溪镇、县住建局和岫峰水泥公司作了交流发言，讲得都很实在，我都同意。下面，我再讲三点意见。'),
    ('H', 1, '一、', '清醒认识当前安全生产形势'),
    ('P', '形势分析', '2025年，全县共发生各类生产安全事故14起、死亡9人，同比分别下降17.6%和25%，没有发生较大以上事故，全县安全生产形势总体平稳。但平稳的背后隐藏着不少问题：道路交通事故占事故总数的六成以上，建筑施工领域高处坠落事故时有发生，去年11月桂溪镇一家木材加工厂发生粉尘燃爆，虽未造成人员死亡，但教训十分深刻。'),
    ('P', '形势分析', '从今年情况看，全县在建重点项目达到63个，城镇燃气用户突破5万户，节后企业集中复工复产，新上岗人员多、设备检修多、交叉作业多，各类风险叠加交织。我县林地面积占国土面积七成以上，春季风大物燥，森林火险等级持续偏高，防控压力丝毫不能减轻。'),
    ('P', '思想认识', '各级各部门要始终坚持人民至上、生命至上，把安全生产作为不可逾越的红线，切实克服麻痹思想、厌战情绪和侥幸心理，坚决防止“松一松、歇一歇”的念头。'),
    ('H', 1, '二、', '突出重点抓好隐患排查整治'),
    ('R', 2, '（一）', '紧盯城镇燃气安全', '隐患排查', '县住建局要牵头对全县餐饮场所的燃气管道、阀门和报警装置开展拉网式排查，对使用不合格连接软管、未安装可燃气体报警器的，一律督促限期整改，3月底前完成第一轮全覆盖检查。'),
    ('R', 2, '（二）', '紧盯建筑施工安全', '隐患排查', '重点排查深基坑、高支模、起重机械等危险性较大的分部分项工程，对专项施工方案不落实、特种作业人员无证上岗的，坚决责令停工整改，整改不到位的不得复工。'),
    ('R', 2, '（三）', '紧盯森林防灭火', '隐患排查', '各乡镇要在清明节前对林区坟墓集中区域、林缘农田开展一次火源隐患排查，劝导群众文明祭扫，严禁野外违规用火。'),
    ('P', '应急管理', '县应急管理局要加强值班值守，修订完善森林火灾应急预案，专业扑火队伍实行24小时备勤，物资储备要到位，确保一旦发生火情能够“打早、打小、打了”。'),
    ('P', '监管执法', '县应急管理局、县市场监管局等部门要加大执法力度，今年组织开展不少于两轮“四不两直”执法检查，对非法违法生产经营行为，该停产的停产、该关闭的关闭、该处罚的处罚，绝不手软。'),
    ('H', 1, '三、', '层层压实安全生产责任'),
    ('P', '责任落实', '各乡镇党委、政府要严格落实“党政同责、一岗双责、齐抓共管、失职追责”要求，主要负责同志每季度至少研究一次安全生产工作，每月至少带队检查一次。各行业主管部门要按照“三个必须”的要求，把监管责任落实到具体科室、具体人员。'),
    ('P', '责任落实', '县安委会办公室要把安全生产纳入乡镇和部门年度综合考核，实行“一票否决”，对工作不力、发生责任事故的，严肃追究有关人员责任，绝不姑息迁就。'),
    ('P', '基层基础', '要加强基层安全监管力量，每个乡镇应急管理站至少配备3名专职工作人员。今年县财政安排专项资金420万元，用于乡镇应急装备配置和安全风险监测预警系统建设。'),
    ('P', '宣传培训', '要结合“安全生产月”，深入开展安全宣传进企业、进农村、进社区、进学校、进家庭活动，今年上半年完成全县企业主要负责人和安全管理人员轮训。'),
    ('P', '结尾', '同志们，安全生产责任重于泰山。让我们以更加坚决的态度、更加务实的作风，扎实做好各项工作，为全县经济社会高质量发展营造安全稳定的环境！'),
]

# 02: text is laid out as a web copy; '\n' inside a paragraph = a hard wrap (<w:br/> mid-sentence)
S02 = [
    ('T', '守牢安全底线 共护平安澄岭', '——在全市2025年“安全生产月”活动启动仪式上的讲话'),
    ('S', '副市长　邵嘉禾'),
    ('D', '（2025年6月3日）'),
    ('G', '同志们：'),
    ('P', '开场', '今天，我们在这里举行全市2025年“安全生产月”活动启动仪式。今年活动的主题是“筑牢安全防线、守护美好生活”。首先，我代表市政府，向长期奋战在安全生产一线的广大干部职工表示衷心的感谢！下面，我讲三点意见。'),
    ('H', 1, '第一，', '正视问题，准确把握当前安全形势'),
    ('P', '形势分析', '今年以来，全市安全生产形势总体稳定，1至5月共发生生产安全事故21起、死亡13人，同比分别下降12.5%和18.8%。但4月份以来，全市接连发生两起有限空间中毒窒息事故，造成3人死亡，暴露出一些企业安全意识淡薄、\n作业审批流于形式等突出问题。'),
    ('P', '形势分析', '进入6月，我市即将进入主汛期，高温、雷电、强降雨等极端天气增多，加之化工园区危化品储存量较大、老旧小区燃气管网老化，各类风险隐患交织叠加，安全生产面临的形势依然复杂严峻。'),
    ('P', '思想认识', '安全是发展的前提，发展是安全的保障。各地各部门一定要树牢安全发展理念，坚持人民至上、生命至上，把安全生产摆在更加突出的位置，任何时候都不能有丝毫松懈。'),
    ('H', 1, '第二，', '聚焦重点，扎实开展隐患排查整治'),
    ('P', '隐患排查', '要围绕危险化学品、城镇燃气、有限空间作业、电动自行车等重点领域，组织企业开展“全员查隐患”活动，鼓励一线职工查找身边隐患，做到隐患不消除不放过。'),
    ('P', '隐患排查', '对排查出的重大事故隐患，要建立台账、挂牌督办、动态清零，\n整改不到位的坚决不得恢复生产，确保风险隐患可控在控。'),
    ('P', '监管执法', '市应急管理局要会同有关部门开展“安全生产月”执法周活动，对违法违规行为曝光一批、处罚一批、关停一批，形成有力震慑。'),
    ('P', '宣传培训', '要广泛开展安全宣传咨询日、安全知识竞赛、事故警示教育等活动，组织企业负责人和一线员工开展岗位安全培训，推动安全知识进万家。'),
    ('P', '应急管理', '要立足防大汛、抗大灾，修订完善各类应急预案，组织开展有针对性的应急演练，严格落实24小时值班和领导带班制度。'),
    ('H', 1, '第三，', '强化担当，切实压紧压实各方责任'),
    ('P', '责任落实', '各县（市、区）党委政府要切实担负起属地管理责任，主要负责同志要亲自研究部署“安全生产月”活动，确保各项措施落地见效。'),
    ('P', '责任落实', '市安委会各成员单位要按照职责分工，加强对本行业领域的督促指导；各生产经营单位要严格落实主体责任，主要负责人要亲自带队检查，\n切实把安全责任落实到每个岗位、每名员工。'),
    ('P', '基层基础', '要加强基层应急管理站所建设，充实网格安全员队伍，推动“智慧安监”平台向乡镇延伸，不断提升基层安全治理能力。'),
    ('P', '结尾', '同志们，安全生产只有起点、没有终点。让我们以此次“安全生产月”活动为契机，齐心协力、真抓实干，为建设平安澄岭作出新的更大贡献！'),
    ('P', '结尾', '现在，我宣布：澄岭市2025年“安全生产月”活动正式启动！'),
]

# 03: tracked-change markup  [+X|inserted+]  [-X|deleted-]  {N|commented span}
AUTH = {'A': ('王晓晴', 'W', '2026-03-03T09:15:00Z'), 'B': ('安环部-许杰', 'XJ', '2026-03-04T16:40:00Z')}
COMMENTS = [('B', '此处表述是否过满？建议改为“杜绝较大及以上事故、减少一般事故”。'),
            ('A', '请与财务部核对，年度预算批复数为1180万元。')]
S03 = [
    ('T', '在柘川区2026年安全生产工作会议上的表态发言'),
    ('S', '柘川恒远建材有限公司总经理　钱立明'),
    ('D', '（2026年3月6日）'),
    ('G', '尊敬的各位领导，同志们：'),
    ('P', '开场', '刚才，区委常委、常务副区长宋明哲同志对全区安全生产工作作了全面部署，讲得十分深刻、十分具体，我们坚决拥护、坚决落实。[-A|根据会议安排，-]下面，我代表恒远建材公司作表态发言。'),
    ('P', '形势分析', '2025年，公司全年生产熟料[-B|135万吨-][+B|138万吨+]、水泥162万吨，连续第六年未发生生产安全事故，但也发生了轻伤事件3起、因设备故障导致的非计划停窑2次。这些问题虽然没有造成严重后果，却暴露出我们在设备点检、外包作业管理等方面[-A|仍然-]还存在明显短板。'),
    ('P', '形势分析', '今年，公司二号生产线超低排放改造项目将在4月全面开工，预计高峰期入场施工人员超过300人，动火、高处、有限空间等危险作业交叉进行。同时，水泥窑系统高温高压、煤粉制备环节易燃易爆，安全风险[-A|比往年-]明显增大。'),
    ('P', '思想认识', '我们清醒地认识到，安全生产是企业的生命线，任何时候都不能拿员工的生命去冒险。公司上下将牢固树立“一切事故都可以预防”的理念，{0|确保全年零事故、零伤害}。'),
    ('R', 1, '一是', '压紧压实全员安全生产责任', '责任落实', '公司将与各车间、班组层层签订安全生产责任书，把责任分解到每个岗位、每名员工，主要负责人每月带队检查不少于两次[-B|，分管负责人每周检查一次-]。'),
    ('P', '责任落实', '我们将把安全绩效与干部职工薪酬[+A|和评先评优+]挂钩，对发生责任事故的车间实行“一票否决”，对外包施工单位实行“黑名单”管理，[-A|做到-]以责任落实推动措施落实。'),
    ('R', 1, '二是', '全面[-B|开展-][+B|深化+]隐患排查治理', '隐患排查', '围绕窑尾预热器清堵、煤磨系统防爆、库内清库等关键环节，[-B|由安环部牵头，-]每月开展一次综合检查，每周开展一次专项检查，班组每班开展岗位自查。'),
    ('PI', '隐患排查', '对排查出的隐患，实行“定人员、定措施、定资金、定时限、定预案”五定整改，重大隐患由总经理挂牌督办，整改完成后组织验收销号，做到闭环管理。', 'B'),
    ('R', 1, '三是', '着力提升应急处置能力', '应急管理', '修订完善综合应急预案和粉尘爆炸、高温烫伤等专项预案，每半年至少组织一次综合演练，[+A|与区消防救援大队签订联动协议，+]确保一旦发生险情能够快速响应、有效处置。'),
    ('R', 1, '四是', '持续加强安全教育培训', '宣传培训', '严格落实“三级安全教育”，新入职员工和外来施工人员未经培训考试合格一律不得上岗[-A|作业-]。结合“安全生产月”，开展事故警示教育和岗位技能比武。'),
    ('R', 1, '五是', '加大安全投入', '基层基础', '今年公司计划投入安全生产资金{1|1260万元}，用于粉尘在线监测、人员定位系统和智能巡检机器人建设，不断提升本质安全水平。'),
    ('P', '结尾', '各位领导、同志们，安全生产没有休止符。我们将以这次会议为新的起点，[-A|以更高的标准、-]以更实的举措，坚决守牢安全底线，为全区安全生产形势持续稳定作出应有贡献！'),
]

S04A = [
    ('T', '在全县2026年第一季度安全生产形势分析会上的主持词'),
    ('S', '县委常委、常务副县长　葛振东'),
    ('D', '（2026年4月2日）'),
    ('G', '同志们：'),
    ('P', '开场', '今天，我们召开全县2026年第一季度安全生产形势分析会，主要任务是通报一季度全县安全生产情况，分析研判当前形势，安排部署二季度重点工作。出席今天会议的有：县长梅仲言同志，县安委会各成员单位主要负责同志，各乡镇乡（镇）长、分管负责同志，以及重点企业主要负责人。'),
    ('P', '开场', '会议有三项议程：一是县应急管理局通报一季度全县安全生产情况；二是县住建局、县交通运输局、城关镇作交流发言；三是请梅县长作重要讲话。下面，进行第一项议程，请县应急管理局局长蒋文斌同志通报情况。'),
    ('P', '形势分析', '刚才，文斌同志通报了一季度全县安全生产情况。一季度，全县共发生生产安全事故5起、死亡3人，同比分别下降28.6%和25%，未发生较大以上事故，安全生产形势总体平稳。'),
    ('P', '形势分析', '同时也要看到，3月份以来全县道路交通事故明显增多，部分建筑工地复工后安全管理跟不上，一些农村自建房改作经营用途后存在较大结构安全隐患，这些问题必须引起我们的高度重视。'),
    ('P', '开场', '下面，进行第二项议程，请县住建局、县交通运输局、城关镇依次作交流发言。'),
    ('P', '开场', '下面，请梅县长作重要讲话，大家欢迎。'),
    ('P', '开场', '同志们，刚才梅县长深刻分析了当前安全生产形势，对二季度工作作了全面部署，讲得很全面、很深刻，具有很强的针对性和指导性，大家要认真学习领会。下面，就贯彻落实好这次会议精神，我再强调三点。'),
    ('P', '隐患排查', '要迅速开展一次全覆盖的隐患大排查。各乡镇、各部门要在4月15日前，对辖区内燃气、建筑施工、道路交通、农村自建房等重点领域组织一次拉网式排查，做到不留盲区、不留死角。'),
    ('P', '隐患排查', '对排查出的问题，要建立问题、责任、整改“三张清单”，能立即整改的立即整改，一时难以整改的要落实管控措施，整改一项、销号一项。'),
    ('P', '责任落实', '要层层传导工作压力。各乡镇、各部门主要负责同志要对今天的会议精神进行再传达、再部署，把任务分解到具体岗位、具体人员，确保责任不落空。'),
    ('P', '责任落实', '县安委办要会同县委督查室、县政府督查室，对会议精神贯彻落实情况开展专项督导，对工作不力、敷衍塞责的单位予以通报批评。'),
    ('P', '应急管理', '要严格落实值班值守制度。清明、“五一”期间，各单位要严格执行领导带班和24小时值班制度，遇有重大情况第一时间报告、第一时间处置。'),
    ('P', '结尾', '同志们，二季度安全生产任务艰巨。希望大家以这次会议为契机，真抓实干、担当作为，确保全县安全生产形势持续稳定。散会！'),
]

S04B = [
    ('T', '在全县2026年第一季度安全生产形势分析会上的讲话'),
    ('S', '县长　梅仲言'),
    ('D', '（2026年4月2日）'),
    ('G', '同志们：'),
    ('P', '开场', '刚才，县应急管理局通报了一季度全县安全生产情况，县住建局、县交通运输局和城关镇作了交流发言，讲得都很好。振东同志还将对贯彻落实会议精神作具体安排，我都同意。下面，我讲三点意见。'),
    ('H', 1, '一、', '准确研判形势，增强做好安全生产工作的紧迫感'),
    ('P', '形势分析', '一季度，全县安全生产形势总体平稳，事故起数和死亡人数实现“双下降”。但我们必须清醒看到，3月份以来全县发生道路交通事故3起、死亡2人，占一季度死亡人数的三分之二；城关镇一处在建商住楼发生脚手架局部坍塌，所幸未造成人员伤亡，这些都给我们敲响了警钟。'),
    ('P', '形势分析', '二季度是各类事故的易发多发期，清明、“五一”假期人员出行集中，建筑工地全面进入施工高峰，5月中旬以后我县将陆续进入汛期，强降雨可能引发山洪、滑坡等地质灾害，安全风险明显增大。'),
    ('P', '思想认识', '全县上下要深刻认识到，安全生产只有起点、没有终点，绝不能因为一季度形势平稳就产生松劲心态，要以“时时放心不下”的责任感抓好每一项工作。'),
    ('H', 1, '二、', '聚焦重点领域，深入推进隐患排查整治'),
    ('H', 2, '（一）', '抓好城镇燃气安全'),
    ('R', 3, '1.', '餐饮场所', '隐患排查', '对全县餐饮场所再开展一次“回头看”，重点检查燃气报警器安装、管道敷设和连接软管使用情况，发现一处、整改一处。'),
    ('R', 3, '2.', '老旧管网', '隐患排查', '加快推进城区老旧燃气管网更新改造，今年计划改造管网26公里，6月底前完成年度任务的一半以上。'),
    ('H', 2, '（二）', '抓好道路交通安全'),
    ('P', '监管执法', '公安交警部门要加大路面管控力度，严查超速超载、酒驾醉驾和“两客一危”车辆违法行为，对重点路段实行常态化巡逻管控，依法从严查处各类交通违法行为。'),
    ('P', '隐患排查', '交通运输部门要对全县临水临崖、急弯陡坡路段开展隐患排查，该设置护栏的设置护栏，该完善标志标线的完善标志标线。'),
    ('H', 2, '（三）', '抓好防汛备汛工作'),
    ('P', '应急管理', '各乡镇要在5月15日前完成防汛应急预案修订，落实山洪灾害危险区人员转移责任人，县应急管理局要组织开展一次防汛综合演练，确保关键时刻拉得出、用得上。'),
    ('H', 1, '三、', '强化责任担当，确保各项措施落到实处'),
    ('P', '责任落实', '各乡镇、各部门主要负责同志要切实履行安全生产第一责任人职责，分管负责同志要靠前指挥，对本地本行业的重大风险隐患要亲自研判、亲自督办。'),
    ('P', '责任落实', '县安委办要建立督导通报机制，每月对各乡镇、各部门工作推进情况进行督导检查和通报排名，对隐患整改不力、工作推进缓慢的单位，由县政府约谈主要负责人。'),
    ('P', '基层基础', '要推进乡镇应急管理站规范化建设，配齐配强专职人员，把安全生产纳入网格化管理，发挥好村（社区）网格员在隐患发现报告中的作用。'),
    ('P', '结尾', '同志们，做好安全生产工作责任重大、使命光荣。让我们以更加饱满的精神状态、更加扎实的工作作风，确保全县安全生产形势持续稳定，以高水平安全保障高质量发展！'),
]

S05 = [
    ('T', '在全镇安全生产暨防汛工作会议上的讲话'),
    ('S', '镇党委书记　龚海帆'),
    ('D', '2025年5月16日'),
    ('G', '同志们：'),
    ('P', '开场', '今天召开全镇安全生产暨防汛工作会议，主要任务是分析当前安全生产和防汛形势，对近期工作进行再部署、再落实。刚才，宏斌镇长通报了前一阶段全镇安全生产情况，对防汛备汛工作作了具体安排，我完全同意，请大家抓好落实。下面，我再讲几点意见。'),
    ('H', 1, '一、', '正视问题，认清当前面临的形势'),
    ('P', '形势分析', '今年以来，全镇安全生产形势总体平稳，但不容乐观。1至4月，全镇共发生道路交通事故2起、死亡1人；4月份，石坪村一家石材加工厂发生一起机械伤害事故，造成1人重伤。这些事故都发生在我们身边，暴露出部分企业安全管理松懈、员工违规操作等问题。'),
    ('P', '形势分析', '我镇地处桑溪河下游，境内有小型水库4座、山塘31口，地质灾害隐患点12处，汛期防汛任务十分繁重。据气象部门预测，今年主汛期降雨量较常年偏多两到三成，发生洪涝和地质灾害的可能性较大。'),
    ('H', 1, '二、', '突出重点，全力抓好隐患排查和防汛准备'),
    ('H', 2, '1.', '抓好重点行业领域隐患排查'),
    ('P', '隐患排查', '各村（社区）要对辖区内石材加工、烟花爆竹经营、小作坊等场所开展一次全面排查，重点检查设备防护装置、电气线路和消防设施，发现隐患立即督促整改。'),
    ('P', '隐患排查', '要持续抓好农村自建房安全隐患整治，对经鉴定为C级、D级的危房，坚决做到人员“应撤尽撤”，严禁违规用于生产经营。'),
    ('H', 2, '2.', '抓好防汛备汛各项工作'),
    ('P', '应急管理', '各村要在5月底前完成防汛物资储备，每座水库、山塘都要落实巡查责任人，镇应急队伍要集中开展一次拉练，确保汛情来临时能够第一时间转移群众。'),
    ('H', 2, '3.', '抓好联合执法检查'),
    ('P', '监管执法', '镇综合行政执法队要会同县应急管理局驻镇执法力量，对辖区企业开展联合执法检查，对拒不整改的依法依规予以处罚，形成震慑。'),
    ('H', 1, '三、', '压实责任，织密安全生产责任网'),
    ('P', '责任落实', '镇班子成员要按照“一岗双责”要求，抓好分管领域和挂点村的安全生产工作，每月至少深入一线检查一次。各村（社区）党组织书记是本村安全生产第一责任人，要把责任落实到每个网格、每家企业。'),
    ('P', '责任落实', '镇纪委、党政办要加强督查问效，对责任不落实、工作不到位导致发生事故的，严肃追究相关人员责任。'),
    ('P', '基层基础', '要发挥好全镇86名网格员的作用，把安全隐患排查纳入网格日常巡查内容。镇财政今年安排安全生产和防汛专项经费35万元，保障应急物资和设备购置。'),
    ('P', '宣传培训', '要利用村村响广播、微信群等渠道，经常性开展安全生产和防灾避险知识宣传，提高群众自救互救能力。'),
    ('P', '结尾', '同志们，安全生产和防汛工作事关群众生命财产安全。让我们进一步提高认识、压实责任，以实打实的举措，坚决守护好全镇人民群众的平安！'),
]

# ------------------------------------------------- tracked-change markup (03)
TOK = re.compile(r'\[\+([AB])\|(.*?)\+\]|\[-([AB])\|(.*?)-\]|\{(\d)\|(.*?)\}')


def accepted(s):
    s = re.sub(r'\[\+[AB]\|(.*?)\+\]', r'\1', s)
    s = re.sub(r'\[-[AB]\|(.*?)-\]', '', s)
    return re.sub(r'\{\d\|(.*?)\}', r'\1', s)


REV = [100]


def rev_id():
    REV[0] += 1
    return REV[0]


def tracked_runs(s, rp):
    out, pos = '', 0
    for m in TOK.finditer(s):
        if m.start() > pos:
            out += run(s[pos:m.start()], rp)
        if m.group(1):
            a = AUTH[m.group(1)]
            out += '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (rev_id(), a[0], a[2], run(m.group(2), rp))
        elif m.group(3):
            a = AUTH[m.group(3)]
            out += ('<w:del w:id="%d" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
                    % (rev_id(), a[0], a[2], rp, escape(m.group(4))))
        else:
            cid = m.group(5)
            out += ('<w:commentRangeStart w:id="%s"/>%s<w:commentRangeEnd w:id="%s"/>'
                    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="%s"/></w:r>'
                    % (cid, run(m.group(6), rp), cid, cid))
        pos = m.end()
    if pos < len(s):
        out += run(s[pos:], rp)
    return out


# ================================================================= 01.docx
def build01():
    g = Gold('01.docx')
    doc = docx.Document()
    sec = set_page(doc)
    # automatic numbering: 一、 / （一） with chineseCounting, number not typed in the text
    numbering = doc.part.numbering_part.element
    W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
    lv = []
    specs = [('chineseCounting', '%1、', HT), ('chineseCounting', '（%2）', KT), ('decimal', '%3.', FS)]
    for i in range(9):
        fmt, txt, font = specs[i] if i < 3 else ('decimal', '%%%d.' % (i + 1), FS)
        lv.append('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="nothing"/>'
                  '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
                  '<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/></w:rPr></w:lvl>'
                  % (i, fmt, txt, font, font, font))
    absn = el('<w:abstractNum w:abstractNumId="20"><w:nsid w:val="5C2E71A4"/><w:multiLevelType w:val="multilevel"/>'
              '<w:tmpl w:val="8F3A2C10"/>%s</w:abstractNum>' % ''.join(lv))[0]
    first_num = numbering.find(W + 'num')
    first_num.addprevious(absn)
    numbering.append(el('<w:num w:numId="20"><w:abstractNumId w:val="20"/></w:num>')[0])

    body_rp = rpr(FS, 16, ascii_font='Times New Roman', hint=True)
    for it in S01:
        k = it[0]
        if k == 'T':
            g.title(it[1])
            append(doc, P(run(it[1], rpr(XBS, 22, hint=True)), ppr(jc='center', line=700, after=0)))
            append(doc, P(run(g.noise('（讨论稿）'), rpr(KT, 16, hint=True)), ppr(jc='center', line=560)))
        elif k == 'S':
            append(doc, P(run(it[1], rpr(KT, 16, hint=True)), ppr(jc='center', line=560, before=156)))
        elif k == 'D':
            append(doc, P(run(it[1], rpr(KT, 16, hint=True, ascii_font='Times New Roman')), ppr(jc='center', line=560)))
            append(doc, P('', ppr(line=560)))
        elif k == 'G':
            append(doc, P(run(it[1], body_rp), ppr(line=560)))
        elif k == 'H':
            _, lvl, num, text = it
            g.head(num + text, lvl)
            append(doc, P(run(text, rpr(HT, 16, hint=True)), ppr(num=(lvl - 1, 20), line=560)))
        elif k == 'R':
            _, lvl, num, head, cat, rest = it
            g.head(num + head, lvl)
            g.para(rest, cat)
            append(doc, P(run(head + '。', rpr(KT, 16, bold=True, hint=True)) + run(rest, body_rp),
                          ppr(num=(lvl - 1, 20), line=560)))
        elif k == 'P':
            g.para(it[2], it[1])
            append(doc, P(run(it[2], body_rp), ppr(first='chars2', line=560)))
    # header + PAGE footer
    fill_hdrftr(sec.header._element, P(run(g.noise('内部资料 注意保存'), rpr(HT, 10.5, hint=True)), ppr(jc='right')))
    frp = rpr('宋体', 14, ascii_font='宋体')
    fill_hdrftr(sec.footer._element, P(run('— ', frp) + page_field('PAGE', '1', frp) + run(' —', frp),
                                       ppr(jc='center', extra_pre='')))
    g.noise('— 1 —')
    cp = doc.core_properties
    cp.author = 'zfb-wm02'; cp.last_modified_by = '县政府办文秘科'; cp.title = ''
    out = os.path.join(ROOT, '01.docx')
    doc.save(out)
    postprocess(out, 'Microsoft Office Word', '16.0000', company='')
    g.write()


# ================================================================= 02.docx (WPS, web copy)
def textbox(text):
    inner = ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia" w:ascii="楷体" w:hAnsi="楷体" w:eastAsia="楷体"/>'
             '<w:color w:val="FF0000"/><w:sz w:val="24"/></w:rPr>%s</w:r></w:p>' % t(text))
    return ('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" '
            'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>3735070</wp:posOffset></wp:positionH>'
            '<wp:positionV relativeFrom="paragraph"><wp:posOffset>-662940</wp:posOffset></wp:positionV>'
            '<wp:extent cx="2015490" cy="548640"/><wp:effectExtent l="4445" t="4445" r="18415" b="18415"/><wp:wrapNone/>'
            '<wp:docPr id="2" name="文本框 2"/><wp:cNvGraphicFramePr/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2015490" cy="548640"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
            '<a:ln w="6350"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill><a:prstDash val="dash"/></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">'
            '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape id="_x0000_s1026" o:spid="_x0000_s1026" o:spt="202" type="#_x0000_t202" '
            'style="position:absolute;left:0pt;margin-left:294.1pt;margin-top:-52.2pt;height:43.2pt;width:158.7pt;z-index:251660288;" '
            'fillcolor="#FFFFFF" filled="t" stroked="t" coordsize="21600,21600"><v:path/><v:fill on="t" focussize="0,0"/>'
            '<v:stroke weight="0.5pt" color="#FF0000" joinstyle="round" dashstyle="dash"/><v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="f"/>'
            '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
            % (inner, inner))


def build02():
    g = Gold('02.docx')
    doc = docx.Document()
    set_page(doc)
    IND = '\u3000\u3000'
    web = rpr('微软雅黑', 12, color='333333', shd='FFFFFF', hint=True)
    webb = rpr('微软雅黑', 12, bold=True, color='333333', shd='FFFFFF', hint=True)
    small = rpr('宋体', 9, color='666666', shd='FFFFFF', hint=True)
    wpp = lambda jc=None: ppr(jc=jc, line=480, rule='atLeast',
                              extra_pre='<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/><w:suppressLineNumbers w:val="0"/>'
                              '<w:shd w:val="clear" w:color="auto" w:fill="FFFFFF"/>')
    empty = P('', wpp())
    it = iter(S02)
    title = next(it)
    speaker, date, salute = next(it), next(it), next(it)
    g.title(title[1] + title[2])
    append(doc, P(run(g.noise('当前位置：首页 > 政务公开 > 领导讲话'), small), wpp()))
    append(doc, empty)
    append(doc, P(textbox(g.noise('此稿为会议发言稿，以讲话人实际讲话为准')) +
                  run(title[1], rpr('微软雅黑', 18, bold=True, color='333333', shd='FFFFFF', hint=True)), wpp('center')))
    append(doc, P(run(title[2], rpr('微软雅黑', 14, color='333333', shd='FFFFFF', hint=True)), wpp('center')))
    append(doc, P(run(g.noise('发布时间：2025-06-04 16:20\u3000来源：澄岭市应急管理局\u3000浏览次数：2316\u3000【字体：大 中 小】'), small), wpp('center')))
    append(doc, empty)
    append(doc, P(run(speaker[1] + '\n' + date[1], web), wpp('center')))
    append(doc, empty)
    items = list(it)
    # grouping of speech items into Word paragraphs (web <p> blocks joined by <w:br/>)
    # each group: list of (item, blank_line_before)
    groups = [[0], None, [1, 2, 3, ('bb', 4)], None, [5, 6, 7, 8], [9, 10], None, [11, 12, 13, 14, 15, 16]]
    first = True
    for grp in groups:
        if grp is None:
            append(doc, empty)
            continue
        inner = ''
        if first:
            inner += run(salute[1], web)
            first = False
        for j, idx in enumerate(grp):
            bb = False
            if isinstance(idx, tuple):
                bb, idx = True, idx[1]
            itm = items[idx]
            if inner:
                inner += '<w:r>%s<w:br/></w:r>' % web
                if bb:
                    inner += '<w:r>%s<w:br/></w:r>' % web
            if itm[0] == 'H':
                g.head(itm[2] + itm[3], itm[1])
                inner += run(IND + itm[2] + itm[3], webb)
            else:
                g.para(itm[2], itm[1])
                inner += run(IND + itm[2], web)
        append(doc, P(inner, wpp()))
    assert len(items) == 17, len(items)
    append(doc, empty)
    append(doc, P(run(g.noise('【打印本页】\u3000\u3000【关闭窗口】'), small), wpp('right')))
    append(doc, P(run(g.noise('扫一扫在手机打开当前页'), small), wpp()))
    append(doc, P(run(g.noise('责任编辑：韦一禾'), small), wpp('right')))
    append(doc, P(run(g.noise('上一篇：全市安全生产委员会2025年第二次全体会议召开'), small), wpp()))
    append(doc, P(run(g.noise('下一篇：我市开展危险化学品企业安全生产执法检查'), small), wpp()))
    cp = doc.core_properties
    cp.author = 'Administrator'; cp.last_modified_by = 'WPS_1718861203'; cp.title = ''
    out = os.path.join(ROOT, '02.docx')
    doc.save(out)
    postprocess(out, 'WPS Office_12.1.0.18608', '', extra_custom=[('KSOProductBuildVer', '2052-12.1.0.18608'),
                                                                   ('ICV', '7D3B8F2A61C44E0B9A5E1C03F2D6B7A8_12')])
    g.write()


# ================================================================= 03.docx (tracked changes + comments)
def build03():
    g = Gold('03.docx')
    doc = docx.Document()
    sec = set_page(doc)
    body_rp = rpr(FS, 16, ascii_font='Times New Roman', hint=True)
    for itm in S03:
        k = itm[0]
        if k == 'T':
            g.title(itm[1])
            append(doc, P(run(itm[1], rpr(XBS, 22, hint=True)), ppr(jc='center', line=700)))
        elif k in ('S', 'D'):
            append(doc, P(run(itm[1], rpr(KT, 16, hint=True)), ppr(jc='center', line=560)))
        elif k == 'G':
            append(doc, P('', ppr(line=560)))
            append(doc, P(run(itm[1], body_rp), ppr(line=560)))
        elif k == 'R':
            _, lvl, num, head, cat, rest = itm
            g.head(accepted(num + head), lvl)
            g.para(accepted(rest), cat)
            append(doc, P(tracked_runs(num + head + '。', rpr(FS, 16, bold=True, hint=True)) + tracked_runs(rest, body_rp),
                          ppr(first='chars2', line=560)))
        elif k == 'P':
            g.para(accepted(itm[2]), itm[1])
            append(doc, P(tracked_runs(itm[2], body_rp), ppr(first='chars2', line=560)))
        elif k == 'PI':
            _, cat, text, au = itm
            a = AUTH[au]
            g.para(text, cat)
            mark = '<w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr>' % (rev_id(), a[0], a[2])
            append(doc, P('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (rev_id(), a[0], a[2], run(text, body_rp)),
                          ppr(first='chars2', line=560, rp=mark)))
    # comments part
    cx = ''
    for i, (au, text) in enumerate(COMMENTS):
        a = AUTH[au]
        cx += ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
               '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>%s</w:p></w:comment>'
               % (i, a[0], a[2], a[1], run(g.noise(text))))
    blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>%s</w:comments>' % (NS, cx)).encode('utf-8')
    cpart = Part(PackURI('/word/comments.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
                 blob, doc.part.package)
    doc.part.relate_to(cpart, RT.COMMENTS)
    # keep revision marks visible
    st = doc.settings.element
    anchor = st.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}defaultTabStop')
    anchor.addprevious(el('<w:trackRevisions/>')[0])  # schema order: ... proofState, trackRevisions, defaultTabStop
    frp = rpr('宋体', 9, ascii_font='宋体')
    fill_hdrftr(sec.footer._element, P(run('第 ', frp) + page_field('PAGE', '1', frp) + run(' 页 共 ', frp) +
                                       page_field('NUMPAGES', '3', frp) + run(' 页', frp), ppr(jc='center')))
    g.noise('第 1 页 共 3 页')
    cp = doc.core_properties
    cp.author = '钱立明'; cp.last_modified_by = '安环部-许杰'; cp.title = ''
    out = os.path.join(ROOT, '03.docx')
    doc.save(out)
    postprocess(out, 'Microsoft Office Word', '16.0000', company='柘川恒远建材有限公司')
    g.write()


# ================================================================= 04.docx (会议材料: cover, two speeches, 附件)
def tbl(rows, widths, cell_rp, header_rp=None, borders=True, jc_cells='center'):
    b = ''
    if borders:
        b = ('<w:tblBorders>' + ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                                        for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>')
    x = ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>%s<w:tblLayout w:type="fixed"/>'
         '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>%s</w:tblGrid>'
         % (sum(widths), b, ''.join('<w:gridCol w:w="%d"/>' % w for w in widths)))
    for ri, row in enumerate(rows):
        x += '<w:tr><w:trPr><w:trHeight w:val="567" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
        ci = 0
        for cell in row:
            span = 1
            if isinstance(cell, tuple):
                cell, span = cell
            w = sum(widths[ci:ci + span])
            ci += span
            rp = header_rp if (ri == 0 and header_rp) else cell_rp
            x += ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s<w:vAlign w:val="center"/></w:tcPr>%s</w:tc>'
                  % (w, '<w:gridSpan w:val="%d"/>' % span if span > 1 else '',
                     cell if cell.startswith('<w:p') else P(run(cell, rp), ppr(jc=jc_cells))))
        x += '</w:tr>'
    return x + '</w:tbl>'


def speech_plain(doc, g, items, body_rp):
    """Typed numbering (一、/（一）/1.) in a conventional clerk layout."""
    for itm in items:
        k = itm[0]
        if k == 'T':
            g.title(itm[1])
            append(doc, P(run(itm[1], rpr(XBS, 22, hint=True)), ppr(jc='center', line=700)))
        elif k in ('S', 'D'):
            append(doc, P(run(itm[1], rpr(KT, 16, hint=True, ascii_font='Times New Roman')), ppr(jc='center', line=560)))
        elif k == 'G':
            append(doc, P('', ppr(line=560)))
            append(doc, P(run(itm[1], body_rp), ppr(line=560)))
        elif k == 'H':
            _, lvl, num, text = itm
            g.head(num + text, lvl)
            font = {1: HT, 2: KT, 3: FS}[lvl]
            append(doc, P(run(num + text, rpr(font, 16, bold=(lvl == 3), hint=True, ascii_font='Times New Roman')),
                          ppr(first='chars2', line=560)))
        elif k == 'R':
            _, lvl, num, head, cat, rest = itm
            g.head(num + head, lvl)
            g.para(rest, cat)
            append(doc, P(run(num + head + '。', rpr(FS, 16, bold=True, hint=True, ascii_font='Times New Roman')) + run(rest, body_rp),
                          ppr(first='chars2', line=560)))
        elif k == 'P':
            g.para(itm[2], itm[1])
            append(doc, P(run(itm[2], body_rp), ppr(first='chars2', line=560)))


PAGEBREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def build04():
    g = Gold('04.docx')
    doc = docx.Document()
    sec = set_page(doc, titlepg=True)
    body_rp = rpr(FS, 16, ascii_font='Times New Roman', hint=True)
    # cover page
    for _ in range(3):
        append(doc, P('', ppr(line=560)))
    append(doc, P(run(g.noise('梧泽县2026年第一季度安全生产形势分析会'), rpr(XBS, 22, hint=True)), ppr(jc='center', line=700)))
    append(doc, P('', ppr(line=560)))
    append(doc, P(run(g.noise('会 议 材 料'), rpr(HT, 36, hint=True)), ppr(jc='center', line=900)))
    for _ in range(2):
        append(doc, P('', ppr(line=560)))
    append(doc, P(run(g.noise('材料目录'), rpr(HT, 16, hint=True)), ppr(jc='center', line=560)))
    append(doc, P(run(g.noise('1. 县委常委、常务副县长葛振东同志主持词'), rpr(FS, 16, hint=True, ascii_font='Times New Roman')),
                  ppr(first=1280, line=560)))
    append(doc, P(run(g.noise('2. 县长梅仲言同志讲话'), rpr(FS, 16, hint=True, ascii_font='Times New Roman')),
                  ppr(first=1280, line=560)))
    for _ in range(4):
        append(doc, P('', ppr(line=560)))
    append(doc, P(run(g.noise('梧泽县人民政府办公室\u3000编印'), rpr(FS, 16, hint=True)), ppr(jc='center', line=560)))
    append(doc, P(run(g.noise('二〇二六年四月二日'), rpr(FS, 16, hint=True)), ppr(jc='center', line=560)))
    append(doc, PAGEBREAK)
    speech_plain(doc, g, S04A, body_rp)
    append(doc, PAGEBREAK)
    speech_plain(doc, g, S04B, body_rp)
    append(doc, PAGEBREAK)
    # 附件: not part of any speech
    append(doc, P(run('附件', rpr(HT, 16, hint=True)), ppr(line=560)))
    append(doc, P(run(g.noise('重点任务清单'), rpr(XBS, 18, hint=True)), ppr(jc='center', line=700)))
    rows = [['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
            ['1', '城镇燃气用户端隐患全覆盖检查', '县住房和城乡建设局', '县市场监管局、各乡镇', '2026年4月30日'],
            ['2', '经营性自建房安全隐患动态复查', '县住房和城乡建设局', '县自然资源局、各乡镇', '2026年5月31日'],
            ['3', '临水临崖路段防护设施完善', '县公路事务中心', '县公安局交警大队', '2026年6月15日'],
            ['4', '汛前水库山塘安全检查', '县水利局', '县应急局、各乡镇', '2026年5月20日']]
    for r in rows:
        for c in r:
            g.noise(c)
    append(doc, tbl(rows, [720, 3000, 2000, 2000, 1600], rpr('仿宋_GB2312', 12, hint=True, ascii_font='Times New Roman'),
                    rpr(HT, 12, hint=True)))
    append(doc, P('', ppr(line=560)))
    frp = rpr('宋体', 14, ascii_font='宋体')
    fill_hdrftr(sec.footer._element, P(run('— ', frp) + page_field('PAGE', '2', frp) + run(' —', frp), ppr(jc='center')))
    g.noise('— 2 —')
    cp = doc.core_properties
    cp.author = 'wzx-zfb'; cp.last_modified_by = 'wzx-zfb'; cp.title = ''
    out = os.path.join(ROOT, '04.docx')
    doc.save(out)
    postprocess(out, 'Microsoft Office Word', '16.0000', company='')
    g.write()


# ================================================================= 05.docx (OA template tables)
def build05():
    g = Gold('05.docx')
    doc = docx.Document()
    set_page(doc)
    song = rpr('宋体', 12, hint=True)
    songb = rpr('宋体', 12, bold=True, hint=True)
    append(doc, P(run(g.noise('桑坪镇党政综合办公室发文稿纸'), rpr('宋体', 22, bold=True, color='FF0000', hint=True)),
                  ppr(jc='center', line=600)))
    lp = lambda s: P(run(s, songb), ppr(jc='center'))
    vp = lambda s: P(run(g.noise(s), song), ppr(jc='left'))
    head = [[lp('签发'), (vp('同意。龚海帆 5月15日'), 3)],
            [lp('会签'), (vp('王建新 5月14日'), 3)],
            [lp('核稿'), vp('党政办 陈丽娟'), lp('拟稿'), vp('应急办 吴思齐')],
            [lp(g.noise('拟稿单位')), vp('镇应急管理办公室'), lp(g.noise('联系电话')), vp('6812375')],
            [lp('密级'), vp('普通'), lp('印数'), vp('8份')]]
    append(doc, tbl(head, [1500, 3000, 1500, 3000], song))
    append(doc, P('', ppr()))
    it = iter(S05)
    title, speaker, date = next(it), next(it), next(it)
    g.title(title[1])
    body = ''
    body_rp = rpr(FS, 16, ascii_font='Times New Roman', hint=True)
    cpp = lambda: ppr(first='chars2', line=560)
    for itm in it:
        k = itm[0]
        if k == 'G':
            body += P(run(itm[1], body_rp), ppr(line=560))
        elif k == 'H':
            _, lvl, num, text = itm
            g.head(num + text, lvl)
            body += P(run(num + text, rpr(HT if lvl == 1 else KT, 16, hint=True, ascii_font='Times New Roman')), cpp())
        elif k == 'P':
            g.para(itm[2], itm[1])
            body += P(run(itm[2], body_rp), cpp())
    lab = lambda s: P(run(s, songb), ppr(jc='center'))
    val = lambda s: P(run(s, song), ppr(jc='left'))
    rows = [[lab('标题'), val(title[1])],
            [lab('讲话人'), val(speaker[1])],
            [lab('日期'), val(date[1])],
            [lab(g.noise('文稿类别')), val(g.noise('会议讲话'))],
            [lab('归档号'), val(g.noise('SPZ-2025-JH-031'))],
            [(body, 2)]]
    append(doc, tbl(rows, [1500, 7500], song))
    append(doc, P(run(g.noise('打印：吴思齐\u3000\u3000校对：陈丽娟\u3000\u3000（共印8份）'), rpr('宋体', 10.5, hint=True)),
                  ppr(jc='right', line=400, rule='auto', before=120)))
    cp = doc.core_properties
    cp.author = 'oa'; cp.last_modified_by = 'oa'; cp.title = title[1]
    out = os.path.join(ROOT, '05.docx')
    doc.save(out)
    postprocess(out, 'Microsoft Office Word', '16.0000', company='桑坪镇人民政府')
    g.write()


if __name__ == '__main__':
    os.makedirs(GOLD, exist_ok=True)
    for f in (build01, build02, build03, build04, build05):
        f()
    print('wrote 01-05.docx and gold/01-05.json')
