#!/usr/bin/python3
# Writes pages 01-05 and gold/NN.json. Items:
# ('n', s) noise line; ('u', s) unlabelled line (speaker/date/salutation/short label);
# ('t', s) title; ('h', s, lvl) heading; ('p', s, cat) paragraph; ('r', head, lvl, rest, cat) run-in;
# ('w', s, cat, k) paragraph hard-wrapped after k chars; ('b',) blank line.
import json, os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IND = '\u3000\u3000'

F = {}
F['01'] = dict(ext='txt', enc='utf-8', nl='\n', items=[
 ('n', '青禾县实验小学'), ('n', '首页 | 学校概况 | 校园新闻 | 德育天地 | 教学教研 | 家校互动'),
 ('n', '当前位置：首页 > 校园新闻 > 国旗下讲话'), ('b',),
 ('t', '平安伴我行，安全记心间——新学期第三周国旗下讲话'),
 ('n', '发布时间：2024-03-11 10:25　　浏览次数：386'), ('b',),
 ('n', '（图为林晓岚校长在升旗仪式上讲话）'), ('u', '讲话人：校长 林晓岚'), ('b',),
 ('u', '亲爱的老师们、同学们：'),
 ('p', '早上好！今天是新学期第三周的星期一，也是我们学校“安全教育周”的第一天。站在国旗下，我想和大家聊一聊“安全”这个老话题。', '开场'),
 ('p', '上学期，我们学校没有发生一起校园安全事故，有八个班级被评为“平安班级”，这是全校师生共同努力的结果。但是，我们也看到了一些不好的苗头：放学时有同学在校门口追跑打闹，有同学在楼梯上推推搡搡，还有个别同学骑自行车带人。', '形势分析'),
 ('p', '寒假期间，邻县一所学校有两名学生私自到河边玩耍，一人不慎落水，幸好被路过的村民救了上来。这件事告诉我们，危险往往就藏在我们觉得“没关系”的地方。', '形势分析'),
 ('p', '同学们，生命只有一次，安全没有“下一次”。每一位同学都是爸爸妈妈的心头宝，平平安安上学、高高兴兴回家，就是对家人最好的回报。', '思想认识'),
 ('r', '第一，发现隐患要及时报告', 1, '上周，总务处会同各班班主任把全校教室、楼道、围墙和电器插座逐一检查了一遍，发现松动栏杆、破损插座等隐患十一处，目前已经全部整改到位。同学们也要当好“安全小卫士”，看到裸露的电线、破损的地砖，不要去碰，第一时间告诉老师。', '隐患排查'),
 ('p', '放学回家后，请大家和爸爸妈妈一起做一次“家庭安全大检查”：看看燃气阀门关好没有，插线板有没有超负荷，阳台窗户有没有装防护栏，把发现的问题记在检查表上，下周一交给班主任。', '隐患排查'),
 ('r', '第二，上学放学要守好规矩', 1, '学校已经和每一位家长签订了安全责任告知书，家长是孩子校外安全的第一监护人，要按时接送孩子，不让孩子乘坐无牌无证和超员的车辆。', '责任落实'),
 ('p', '各班班主任是本班安全工作的第一责任人，值周老师和护学岗的家长志愿者要在七点二十分前到岗，放学时把同学们护送出校门一百米。学校会把安全工作纳入班级考核，哪个环节出了问题，就找哪个环节的负责人。', '责任落实'),
 ('r', '第三，遇到危险要学会自救', 1, '本周三上午第二节课后，学校将组织全校师生进行消防疏散演练。听到警报后，大家要用湿毛巾捂住口鼻，弯腰低姿，沿着指定路线有序撤到操场，不拥挤、不返回教室拿东西。', '应急管理'),
 ('p', '这一周，各班要上好一节安全主题班会，少先队大队部会在宣传栏开设“安全小课堂”，还要评选十份优秀安全手抄报。希望同学们把学到的安全知识讲给家里人听。', '宣传培训'),
 ('p', '同学们，安全是一切的基础。让我们从现在做起、从身边的小事做起，人人讲安全、事事保安全，让平安永远伴随我们成长！谢谢大家！', '结尾'),
 ('b',), ('n', '供稿：德育处　　审核：王建平'), ('n', '【打印本页】　【关闭窗口】'),
 ('n', '上一篇：我校开展“学雷锋”志愿服务活动'), ('n', '下一篇：三年级数学组开展集体备课'), ('b',),
 ('n', '版权所有：青禾县实验小学　地址：青禾县文昌路88号　电话：0736-5521178'),
])

F['02'] = dict(ext='txt', enc='gb18030', nl='\r\n', items=[
 ('n', '石岭镇人民政府'), ('n', '首页　政务公开　通知公告　镇村动态　办事服务　互动交流'),
 ('n', '您现在的位置：首页 >> 通知公告'), ('b',),
 ('t', '桃溪村防汛和安全生产“大喇叭”广播稿'),
 ('n', '信息来源：桃溪村村委会　发布日期：2024-06-03　点击：127'), ('n', '【字体：大 中 小】'), ('b',),
 ('u', '各位村民朋友们：'),
 ('p', '乡亲们，我是村委会主任刘满仓。眼下快进入主汛期了，地里的活也忙，村两委专门开了个会，有几件关系大家身家性命的事，今天借大喇叭跟大家啰嗦几句，请大家停一停手里的活，仔细听一听。', '开场'),
 ('p', '先说说今年的情况。上个月镇里通报，全镇一共查出农村自建房、用电用气、农机具这些方面的隐患六十多处，咱们村就占了九处。去年七月那场大雨，后山冲下来的泥巴把老周家的猪圈埋了一半，好在人跑得快，没出大事。', '形势分析'),
 ('p', '还有个事得跟大家讲明白。今年开春，隔壁柳塘村有户人家在屋里烧煤炉子烤火，门窗关得死死的，一家三口煤气中毒，送到县医院才抢救过来。这些事说明，危险离咱们并不远，不能总觉得“几十年都这么过来了，没事”。', '形势分析'),
 ('p', '安全这个事，说大也大，说小也小。一家人辛辛苦苦攒下的家底，可能一场火、一次塌方就没了。大家一定要把安全放在心上，千万不能抱侥幸心理。', '思想认识'),
 ('r', '第一件事，防汛转移要听指挥', 1, '村里已经把后山脚下、河堤边上的十七户定为重点转移户，每户都安排了联系人。一旦镇里发布暴雨预警，听到大喇叭响或者锣声，重点户要马上带上老人孩子往村小学转移，不要舍不得家里的东西，更不要半夜偷偷跑回家。', '应急管理'),
 ('r', '第二件事，自家房子要查一查', 1, '这几天，村里的网格员会挨家挨户上门看房子，重点看墙有没有裂缝、房梁有没有变形、屋后的土坡有没有松动。请大家开门配合，查出来的问题登记在册，村里帮着想办法整改。', '隐患排查'),
 ('p', '大家自己也要留个心眼。电线老化了赶紧换，不要乱拉乱接；液化气罐用完要关阀门，软管裂了要换新的；农用三轮车、旋耕机用之前先看看刹车和皮带，发现毛病修好了再用。', '隐患排查'),
 ('r', '第三件事，安全责任要落到人头上', 1, '村两委干部每人包一个村民小组，小组长包到户，谁包的片区出了问题就找谁。各家户主是自家安全的第一责任人，家里有留守老人的，在外打工的子女要多打电话问一问，托邻居多照看。', '责任落实'),
 ('p', '村里开农家乐、办小作坊的几户，你们是老板，安全的事首先是你们自己的事。灭火器要配齐，消防通道不能堆杂物，查出来的问题要按期改好，谁家出了事谁家负责。', '责任落实'),
 ('p', '镇安监站和派出所今年对私自加工鞭炮、偷挖河沙查得很严，发现一起处理一起，该罚款的罚款，该没收的没收。大家不要贪这个小便宜，也欢迎大家发现了就向村里举报。', '监管执法'),
 ('p', '下个星期六上午，镇卫生院和消防队的同志要到村部来，教大家怎么用灭火器、怎么救溺水的人，每家至少来一个人。娃娃们放暑假了，大人要多叮嘱，不准到水库、河塘里游泳。', '宣传培训'),
 ('p', '乡亲们，平平安安才是福。希望大家把今天讲的话记在心里，也转告给没听到广播的左邻右舍。谢谢大家！', '结尾'),
 ('n', '（本广播稿每天早晚各播放三遍）'), ('b',),
 ('u', '桃溪村村民委员会'), ('u', '2024年6月3日'), ('b',),
 ('u', '附件：'), ('n', '1. 桃溪村2024年防汛转移责任人名单.xls'), ('n', '2. 农村自建房安全隐患自查表.doc'), ('b',),
 ('n', '分享到：微信 微博 QQ空间'), ('n', '主办：石岭镇人民政府　承办：石岭镇党政办公室'),
 ('n', '备案号：湘ICP备16043218号-2　技术支持：县融媒体中心'),
])

F['03'] = dict(ext='txt', enc='utf-8', nl='\n', items=[
 ('n', '沅川市应急管理局'), ('n', '首页　机构概况　新闻动态　政务公开　新闻发布　应急科普　互动交流'),
 ('n', '首页 > 新闻发布 > 发布会实录'), ('b',),
 ('t', '沅川市2024年上半年安全生产形势新闻发布会'),
 ('n', '发布时间：2024-07-16 15:40　来源：市应急管理局　浏览量：1032'),
 ('n', '时间：2024年7月16日上午10:00　地点：市政府新闻发布厅'), ('b',),
 ('u', '主持人（市政府新闻办副主任 宋雨桐）：'),
 ('n', '各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。今天我们邀请到市应急管理局党委书记、局长郑国栋先生，请他介绍今年上半年全市安全生产形势和下一步工作安排，并回答大家关心的问题。首先请郑国栋局长作发布。'),
 ('u', '郑国栋：'),
 ('p', '各位记者朋友，大家上午好！首先，感谢新闻界长期以来对全市应急管理和安全生产工作的关注和支持。下面，我向大家通报上半年全市安全生产形势，并介绍下一步重点工作。', '开场'),
 ('h', '一、上半年全市安全生产形势', 1),
 ('p', '今年1至6月，全市共发生各类生产安全事故23起、死亡19人，同比分别下降17.9%和13.6%，未发生较大以上生产安全事故，道路交通、建筑施工、工贸等重点行业领域事故起数和死亡人数实现“双下降”。', '形势分析'),
 ('p', '在看到成绩的同时，我们也清醒地认识到，全市安全生产基础依然薄弱。一季度，城南片区一家家具厂发生粉尘燃爆，造成2人受伤；建筑施工领域高处坠落事故仍占该领域事故总数的六成以上；部分小微企业安全投入不足、从业人员流动性大，风险隐患仍然较多。', '形势分析'),
 ('h', '二、主要工作措施', 1),
 ('r', '（一）紧盯重点领域开展排查整治', 2, '围绕城镇燃气、经营性自建房、消防、危险化学品等重点领域，全市深入开展安全生产治本攻坚三年行动，上半年累计检查企业和场所1.2万家次，排查一般隐患3.6万项，整改率达到96.3%；挂牌督办重大事故隐患41项，已整改销号35项。', '隐患排查'),
 ('r', '（二）保持执法高压态势', 2, '各级应急管理部门坚持“执法+专家”模式，上半年共立案查处安全生产违法行为512起，罚款1860万元，责令停产停业整顿企业37家，移送司法机关案件6件。', '监管执法'),
 ('r', '（三）层层压实安全责任', 2, '市委、市政府把安全生产纳入高质量发展综合考核，分值提高到8分；市安委会对12个行业主管部门、9个县市区开展了两轮安全生产巡查，对工作不力的3个单位进行了约谈。', '责任落实'),
 ('h', '三、下一步工作安排', 1),
 ('p', '下半年是事故易发多发期，又正值主汛期和高温季节。我们将始终坚持人民至上、生命至上，坚决克服松劲懈怠思想，重点抓好四个方面工作。', '思想认识'),
 ('r', '一是深化重大事故隐患专项整治', 2, '对上半年未销号的6项重大隐患逐项盯办，9月底前全部整改到位；对城镇燃气用户开展“回头看”，重点检查餐饮场所燃气报警装置安装和橡胶软管更换情况。', '隐患排查'),
 ('r', '二是推动企业主体责任落地', 2, '督促企业主要负责人每季度至少带队开展一次全面检查，落实全员安全生产责任制，对重大隐患未整改、责任不落实导致事故的，依法从严追究企业和有关人员责任。', '责任落实'),
 ('r', '三是全力做好防汛和应急准备', 2, '严格执行汛期24小时值班和领导带班制度，修订完善各类应急预案，组织开展山洪、城市内涝等实战化演练，提前预置救援队伍和物资。', '应急管理'),
 ('r', '四是加强安全宣传教育培训', 2, '以“安全生产月”为契机，深入企业、社区、学校开展“安全宣传五进”活动，年内完成高危行业企业主要负责人和安全管理人员培训考核8000人次。', '宣传培训'),
 ('p', '安全生产事关千家万户，也希望各位媒体朋友继续关注、监督和支持我们的工作。我就介绍这些，谢谢大家。', '结尾'),
 ('b',), ('u', '主持人：'),
 ('n', '谢谢郑局长的介绍。下面进入提问环节，请记者朋友举手提问，提问前请通报所在的新闻机构。'),
 ('n', '沅川日报记者：上半年城镇燃气领域开展了专项整治，请问餐饮场所燃气安全方面取得了哪些成效？'),
 ('n', '答：截至6月底，全市2.3万家餐饮场所已全部完成燃气报警装置安装，更换老化软管1.1万余条，关停不具备条件的瓶装气供应点14个。'),
 ('n', '沅川广播电视台记者：进入汛期后，市民遇到暴雨应该注意什么？'),
 ('n', '答：请市民关注预警信息，暴雨期间尽量减少外出，不要在低洼路段涉水行车，不要在河道、涵洞附近停留。'),
 ('n', '今天的新闻发布会到此结束，谢谢大家！'), ('b',),
 ('n', '【视频】上半年安全生产形势发布会现场回顾'), ('n', '扫码关注“沅川应急”微信公众号'),
 ('n', '扫一扫在手机上查看当前页面'), ('n', '【打印】【关闭】【收藏】'),
 ('n', '沅川市应急管理局主办　联系电话：0743-8216350'),
])

F['04'] = dict(ext='txt', enc='gbk', nl='\r\n', items=[
 ('n', '鹤岭煤业公司协同办公平台'), ('n', '欢迎您：调度室 张卫东　｜　待办事项(3)　｜　退出'),
 ('n', '首页　公文管理　新闻中心　规章制度　安全管理　个人办公'), ('n', '新闻中心 > 公司要闻'), ('b',),
 ('t', '在6月份安全生产调度会上的讲话'),
 ('n', '发布部门：党委宣传部　发布人：韩雪　发布时间：2024-06-28 09:12'), ('n', '阅读人数：247'), ('b',),
 ('u', '矿长　马振川'), ('u', '（2024年6月26日）'), ('u', '同志们：'),
 ('p', '刚才，调度室通报了6月份全矿安全生产情况，通风、机电、采掘几个区队也分别作了发言，我都同意。下面，我就下半月和三季度的安全工作再强调几点。', '开场'),
 ('h', '一、正视问题，把形势看清楚', 1),
 ('p', '6月份，全矿完成原煤产量31.6万吨，掘进进尺2140米，实现了零死亡、零重伤。但是，当月“三违”查处了46人次，比5月份多了11人次，其中综采二队就占了14人次，这个数字很扎眼。', '形势分析'),
 ('w', '6月17日，1203运输巷皮带机头清煤时没有执行停电闭锁，差点把人卷进去，幸亏旁边的班长及时拉了急停。这起未遂事件暴露出来的，不是哪一个人的问题，而是我们现场管理松、班组安全确认流于形式。', '形势分析', 47),
 ('p', '同志们，煤矿上没有小事故，只有侥幸躲过的大事故。不要觉得几个月没出事就可以松口气，越是产量任务紧的时候，越要把安全这根弦绷紧。', '思想认识'),
 ('h', '二、盯住现场，把隐患查彻底', 1),
 ('p', '七月份矿井进入雨季，防治水是头等大事。地测防治水科要在7月5日前把井田范围内的地面塌陷区、废弃井筒再排查一遍，提前圈定老空区积水线，坚持有掘必探、先探后掘。', '隐患排查'),
 ('p', '各区队要落实隐患排查“日查、周清、月结”制度，跟班队干每班必须对作业地点的顶板、瓦斯、机电设备进行一次全面检查，查出来的隐患录入隐患管理系统，做到整改一项、验收一项、销号一项。', '隐患排查'),
 ('h', '三、层层传导，把责任压实到人', 1),
 ('p', '矿领导带班下井要跟班到底，不能到井下转一圈就上来。各分管副矿长对分管范围内的安全负直接领导责任，区队长是本区队安全第一责任人，班组长要管住本班的每一个人、每一道工序。', '责任落实'),
 ('p', '从7月份开始，安全考核与工资直接挂钩，一个区队当月出现重大隐患未按期整改的，扣罚区队长当月绩效的30%；发生轻伤以上事故的，分管领导和区队长一并问责，决不搞下不为例。', '责任落实'),
 ('p', '安全监察部要把力量放到井下一线，对“三违”行为一律从严处罚，对屡教不改的一律停岗培训。上级煤监部门下月要来矿开展执法检查，各单位要提前自查，不能临时抱佛脚。', '监管执法'),
 ('h', '四、练好内功，把基础打牢固', 1),
 ('p', '要利用班前会、安全活动日，组织职工学习《煤矿安全规程》和本岗位操作规程，新入矿的42名工人必须经过72学时培训、考试合格后才能下井。', '宣传培训'),
 ('p', '调度室要严格执行24小时值班制度，遇到暴雨、井下涌水量异常等情况，立即撤人，7月中旬组织一次全矿井水灾应急避险演练。', '应急管理'),
 ('p', '机电科要抓紧推进主运输系统智能化改造，8月底前完成采区变电所无人值守改造，用技术手段减少井下作业人员，从根本上降低安全风险。', '基层基础'),
 ('p', '同志们，安全生产没有休止符。希望大家把今天会议的要求带回去，传达到每个班组、每名职工，确保全矿安全稳定运行。', '结尾'),
 ('b',), ('n', '附件：6月份安全生产调度会议纪要.doc（56KB）'), ('n', '下载次数：38'), ('b',),
 ('n', '评论（2）'), ('n', '综采二队 李强：矿长讲得实在，我们队一定把三违降下来！ 2024-06-28 10:31'),
 ('n', '机电科 孙浩：智能化改造我们抓紧推进。 2024-06-28 11:05'), ('n', '发表评论'), ('b',),
 ('n', '此信息仅供内部交流，严禁外传'), ('n', '鹤岭煤业有限责任公司信息中心　技术支持：内线 8806'),
])

F['05'] = dict(ext='txt', enc='utf-8', nl='\n', items=[
 ('n', '滨澜高新技术产业园区管理委员会 | Binlan Hi-Tech Industrial Park Administrative Committee'),
 ('n', '中文 | English'),
 ('n', '首页 Home | 园区概况 About | 招商引资 Investment | 新闻中心 News | 企业服务 Services'),
 ('n', '新闻中心 > 园区动态 News > Park Updates'), ('b',),
 ('t', '园区管委会主任在2024年园区企业安全生产大会上的讲话'),
 ('n', "Speech by the Director of the Park Administrative Committee at the 2024 Park Enterprise Work Safety Conference"),
 ('n', '来源：园区安全生产监督管理局　日期：2024-02-21　浏览：615'),
 ('n', 'Source: Park Work Safety Bureau | Date: 2024-02-21 | Views: 615'), ('b',),
 ('u', '管委会主任　陈立航'), ('n', 'Chen Lihang, Director of the Park Administrative Committee'),
 ('u', '各位企业家、同志们：'), ('n', 'Dear entrepreneurs and colleagues,'),
 ('p', '今天召开园区企业安全生产大会，主要任务是总结去年工作，部署今年任务。刚才，三家企业作了交流发言，讲得很有针对性。下面，我讲三点意见。', '开场'),
 ('n', "Today we are holding the park's work safety conference to review last year's work and plan this year's tasks. Three companies have just shared their experience. I would like to make three points."),
 ('h', '一、认清形势，增强抓好安全的紧迫感', 1), ('n', 'I. Understand the situation and act with a sense of urgency'),
 ('p', '去年，园区规上工业产值突破420亿元，新落户企业58家，全年未发生一起较大以上生产安全事故，安全形势总体平稳。', '形势分析'),
 ('n', "Last year, the output of the park's major industrial enterprises exceeded 42 billion yuan, 58 new companies settled here, and no serious work safety accident occurred. The overall safety situation remained stable."),
 ('p', '但也要看到，园区内涉及危险化学品的企业有37家，锂电池、精细化工企业相对集中，厂区之间距离近，一旦发生火灾爆炸，极易引发连锁反应。去年10月，一家电池材料企业仓库起火，虽然没有人员伤亡，但直接经济损失超过300万元。', '形势分析'),
 ('n', 'However, 37 companies in the park handle hazardous chemicals, lithium battery and fine chemical plants are clustered close together, and a fire or explosion could easily trigger a chain reaction. Last October, a warehouse fire at a battery materials company caused no casualties but direct losses of over 3 million yuan.'),
 ('p', '发展是园区的第一要务，安全是发展的底线。招商引资再重要，也绝不能拿安全做交换，更不能让带“病”的项目落地。', '思想认识'),
 ('n', 'Development is the top priority of the park, and safety is its bottom line. No matter how important investment is, safety must never be traded for it, and no project with hidden defects may be allowed in.'),
 ('h', '二、突出重点，深化隐患排查整治', 1), ('n', 'II. Focus on key areas and deepen hazard identification and rectification'),
 ('p', '今年，管委会将委托第三方专业机构，对园区37家危化品企业开展全覆盖安全诊断，3月底前出具诊断报告，一企一策制定整改方案，整改情况每月通报。', '隐患排查'),
 ('n', 'This year, the committee will engage third-party experts to carry out safety diagnoses of all 37 hazardous chemical companies, issue reports by the end of March, draw up a rectification plan for each company, and publish progress monthly.'),
 ('p', '各企业要重点排查储罐区、仓库、配电房和有限空间作业环节，坚决清理厂房内违规设置的员工宿舍，对锂电池仓库的防火分隔、温度监测和喷淋设施逐项检查。', '隐患排查'),
 ('n', 'Companies should focus their checks on tank farms, warehouses, power distribution rooms and confined-space work, remove dormitories illegally set up inside workshops, and inspect fire separation, temperature monitoring and sprinklers in lithium battery warehouses item by item.'),
 ('p', '园区安监局要联合消防救援部门开展联合执法，对拒不整改重大隐患的企业，依法责令停产整顿，并纳入企业信用记录。', '监管执法'),
 ('n', 'The park safety bureau will conduct joint enforcement with the fire and rescue authorities. Companies that refuse to fix major hazards will be ordered to suspend production and have this entered in their credit records.'),
 ('h', '三、压实责任，形成齐抓共管的合力', 1), ('n', 'III. Consolidate responsibilities and work together'),
 ('p', '企业是安全生产的责任主体，董事长、总经理是第一责任人。各企业要配齐专职安全管理人员，按规定足额提取和使用安全生产费用。', '责任落实'),
 ('n', 'Companies bear the main responsibility for work safety, and their chairmen and general managers are the persons primarily responsible. Every company must employ full-time safety managers and set aside and use safety funds in full as required.'),
 ('p', '管委会各部门要按照“管行业必须管安全、管业务必须管安全、管生产经营必须管安全”的要求，把安全责任落实到具体企业、具体人员。今年起，安全考核结果将与企业享受的园区扶持政策直接挂钩。', '责任落实'),
 ('n', "Each department of the committee must take responsibility for safety in the sectors and businesses it manages, assigning it to specific companies and people. From this year, safety assessment results will be directly linked to the park's support policies for companies."),
 ('p', '要加强全员安全培训，新入职员工必须经过厂级、车间级、班组级三级安全教育，园区每季度举办一期危化品企业负责人培训班。', '宣传培训'),
 ('n', 'All-staff safety training must be strengthened: new employees must complete three levels of safety education at plant, workshop and team level, and the park will hold a training course for heads of hazardous chemical companies every quarter.'),
 ('p', '园区将在6月前建成应急救援指挥中心，组建一支40人的专职消防队，每半年组织一次园区级化工事故综合演练。', '应急管理'),
 ('n', 'By June, the park will complete an emergency rescue command centre, set up a 40-member full-time fire brigade, and hold a park-wide chemical accident drill every six months.'),
 ('p', '各位企业家，安全是企业最大的效益。让我们共同努力，为园区高质量发展营造安全稳定的环境。谢谢大家！', '结尾'),
 ('n', "Dear entrepreneurs, safety is a company's greatest benefit. Let us work together to create a safe and stable environment for the park's high-quality development. Thank you!"),
 ('b',), ('n', '分享 Share：微信 WeChat | 微博 Weibo'), ('n', '打印 Print | 关闭 Close'),
 ('n', 'Copyright © 2024 滨澜高新区管委会 All Rights Reserved'),
 ('n', '地址 Add：滨澜市滨海大道1号　电话 Tel：0595-86120000'),
])

def han(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')

for nn, f in F.items():
    lines = []; g = dict(file=f"{nn}.{f['ext']}", speeches=0, titles=[], headings=[], paragraphs=[], noise=[])
    for it in f['items']:
        k = it[0]
        if k == 'b': lines.append('')
        elif k == 'n': lines.append(it[1]); g['noise'].append(it[1].strip())
        elif k == 'u': lines.append(it[1])
        elif k == 't': lines.append(it[1]); g['titles'].append(it[1])
        elif k == 'h': lines.append(it[1]); g['headings'].append(dict(text=it[1], level=it[2]))
        elif k == 'p':
            lines.append(IND + it[1]); g['paragraphs'].append(dict(text=it[1], category=it[2], truncated=False))
        elif k == 'w':
            s, c, n = it[1], it[2], it[3]
            lines.append(IND + s[:n]); lines.append(s[n:])
            g['paragraphs'].append(dict(text=s, category=c, truncated=False))
        elif k == 'r':
            head, lvl, rest, c = it[1:]
            lines.append(IND + head + '。' + rest)
            g['headings'].append(dict(text=head, level=lvl))
            g['paragraphs'].append(dict(text=rest, category=c, truncated=False))
    g['speeches'] = len(g['titles'])
    with open(os.path.join(D, g['file']), 'wb') as fh:
        fh.write((f['nl'].join(lines) + f['nl']).encode(f['enc']))
    with open(os.path.join(D, 'gold', nn + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    n = han(''.join(g['titles']) + ''.join(h['text'] for h in g['headings']) + ''.join(p['text'] for p in g['paragraphs']))
    print(nn, f['enc'], 'han', n, 'paras', len(g['paragraphs']), 'noise', len(g['noise']))
