import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 71's: a 自媒体 article's comments under 评论46, an answerer
// carrying on his speech in a comment under his answer, a 答记者问 under a speech.

describe("readers' comments under a count", () => {
  it("drops the comments, their names, likes and the author's reply under 评论46 and 写下你的评论...", () => {
    const comments = [
      "评论46",
      "写下你的评论...",
      "老黄牛在基层",
      "说得太到位了，我们乡镇这周也在逐家核查，台账做得头都大了。",
      "128·回复",
      "作者回复：辛苦了！后续我整理一份台账模板分享给大家。",
      "36·回复",
      "桐溪小安",
      "这个我们园区早就落实了，点赞。",
      "19·回复",
    ];
    expect(textsOf([...COUNTY_SPEECH, ...comments])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("an answer carried on in the answerer's comment", () => {
  const page = (commenter: string) => [
    "县里安全生产会议上镇长讲话稿怎么写？",
    ...COUNTY_SPEECH_HEAD,
    "二、抓好排查",
    COUNTY_CHECK,
    "字数限制贴不全，剩下的我在评论里补上。",
    "赞同326 反对4 评论（12） 分享",
    "",
    "评论",
    `${commenter} 2025-05-10 10:41`,
    `接上文：三、压实责任`,
    COUNTY_DUTY,
    "回复 赞41",
    "小河边的风 2025-05-10 11:02",
    "太感谢了，正好用得上！",
    "回复 赞3",
  ];

  it("keeps the answerer's own comment as the speech's end, its label cut, and drops his note about it", () => {
    const texts = textsOf(page("山城老笔杆（答主）"));
    expect(texts).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, 5), "三、压实责任", COUNTY_DUTY]);
  });

  it("drops a reader's comment that says it carries on", () => {
    const texts = textsOf(page("路过的网友"));
    expect(texts).not.toContain(COUNTY_DUTY);
  });
});

describe("a 答记者问 under a speech", () => {
  it("drops the label, the reporters' questions and the official's answers under his name", () => {
    const interview = [
      "【答记者问】",
      "记者：三季度全市事故起数和死亡人数实现双下降，主要得益于哪些工作？",
      "郭振华：主要是我们把治本攻坚三年行动往深里推，全市组织了两轮集中执法。",
      "记者：冬季即将来临，市民在用气用电方面应注意什么？",
      "郭振华：使用燃气要安装报警器，不要私拉电线给电动自行车充电。",
      "相关链接",
    ];
    expect(textsOf([...COUNTY_SPEECH, ...interview])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own lines that name a person and a colon where no interview is labelled", () => {
    const dialogue = ["有的企业负责人对我说：“检查太多了。”", "我告诉他：安全检查多一次，事故就少一分。"];
    const page = [...COUNTY_SPEECH_HEAD, ...dialogue, COUNTY_CHECK, COUNTY_CLOSING];
    expect(textsOf(page)).toEqual(expect.arrayContaining(dialogue));
  });
});

// Guards written after an outside review of 9101892 (each test fails on that commit): the speech's own lines that
// the rules for set 71 took (reviewers' pages, as written for these tests).
const pageOf = (lines: string[]) => lines.join("\n");
const removedReasons = (lines: string[]) => mineText(pageOf(lines)).removed.map((r) => r.reason);

describe("what the review of set 71's rules found", () => {
  it("keeps a speech's sentences on a length limit and on answers in a comment area (篇幅有限…放不下, 字数限制…贴不下)", () => {
    const pages = [
      [
        "在全县安全生产工作会议上的讲话",
        "县委常委、常务副县长  林志远",
        "（2025年3月12日）",
        "",
        "同志们：",
        "今天召开全县安全生产工作会议，主要任务是总结去年工作，安排部署今年任务。刚才，县应急管理局通报了去年全县安全生产情况，几个乡镇和企业作了表态发言，讲得都很好，我都同意。下面，我再讲三点意见。",
        "一、清醒认识当前安全生产形势",
        "去年以来，全县上下认真落实安全生产责任制，事故起数和死亡人数实现“双下降”，总体形势保持平稳。但是我们也要看到，道路交通、建筑施工、燃气使用等领域的隐患仍然不少，个别企业主体责任落实不到位，一些乡镇监管力量薄弱的问题还比较突出。",
        "因篇幅有限，书面报告里放不下的具体问题清单，会后由县安委办印发各乡镇。",
        "二、扎实开展隐患排查整治",
        "各乡镇、各部门要对照清单逐项过堂，坚持边查边改、立查立改，对重大隐患实行挂牌督办，做到整改责任、措施、资金、时限和预案“五落实”。县安委办要加强调度，每月通报一次进展情况。",
        "三、层层压实安全生产责任",
        "各级党委政府要严格落实“党政同责、一岗双责、齐抓共管、失职追责”，行业主管部门要按照“三个必须”的要求履职尽责，企业主要负责人要切实履行第一责任人职责。",
        "同志们，安全生产责任重于泰山。让我们以更加务实的作风，扎实做好各项工作，为全县高质量发展营造安全稳定的环境。",
      ],
      [
        "在全县应急管理信息报送工作推进会上的讲话",
        "县应急管理局局长  周建国",
        "（2025年4月8日）",
        "",
        "同志们：",
        "今天我们召开全县应急管理信息报送工作推进会，目的是进一步规范突发事件信息报送，提高信息报送的时效性和准确性。下面，我讲几点意见。",
        "一、提高信息报送的时效",
        "发生较大以上事故或者险情，各乡镇要在事发后30分钟内电话报告、1小时内书面报告，不得迟报、漏报、谎报、瞒报。",
        "省里的信息报送系统有字数限制，附件贴不下的，各乡镇要另行报送纸质材料，确保情况报全报准。",
        "二、加强网上信息的回应",
        "对群众在县应急管理局公众号上反映的隐患线索，能当场答复的当场答复，剩下的要在评论区补充说明核查结果。",
        "各乡镇要明确专人负责网上信息的收集和回应，做到件件有回音、事事有着落。",
        "三、严肃信息报送纪律",
        "对迟报、漏报、谎报、瞒报的，要严肃追究相关人员责任。县安委办要定期通报各乡镇信息报送情况。",
        "同志们，信息报送是应急管理的生命线，希望大家认真抓好落实。",
      ],
    ];
    for (const page of pages) expect(removedReasons(page)).not.toContain("问答网站文字");
  });

  it("keeps a speech's lines after figures it quotes (点赞 3560 / 评论 46 / 转发 812)", () => {
    const page = [
      "在全县安全生产宣传工作推进会上的讲话",
      "县应急管理局副局长  吴振华",
      "（2025年6月10日）",
      "",
      "同志们：",
      "今天召开会议，主要是推进全县安全生产宣传工作。下面，我讲几点意见。",
      "一、宣传工作取得的成效",
      "今年以来，我们在抖音平台开设了“青川应急”账号，其中一条防溺水短视频的数据是：",
      "点赞 3560",
      "评论 46",
      "转发 812",
      "大家看到，群众最关心的是身边的安全。",
      "防溺水的视频，家长转发得最多。",
      "燃气安全的视频，老年人看得最多。",
      "这说明宣传内容一定要贴近群众。",
      "二、下一步工作安排",
      "要围绕燃气、电动自行车、防溺水等群众关心的问题，策划推出一批短视频和图解产品，让安全知识进村入户。",
      "同志们，宣传工作做好了，就是最好的事故预防。希望大家把这项工作抓紧抓实。",
    ];
    expect(textsOf(page)).toContain("大家看到，群众最关心的是身边的安全。");
  });

  it("keeps an interview printed on its own, and a drill script's press segment", () => {
    const interview = [
      "县应急管理局负责人就今冬明春森林防火工作答记者问",
      "来源：青川县应急管理局  发布时间：2025-11-03",
      "【答记者问】",
      "记者：今冬明春森林防火形势如何？",
      "答：今年入秋以来，我县降水偏少五成以上，林下可燃物大量积累，森林火险等级持续偏高，防火形势十分严峻。进入冬春季节，祭祀用火、农事用火增多，野外火源管控难度加大。",
      "记者：县里将采取哪些措施？",
      "答：一是严格火源管控，在重点林区设立检查站，严禁携带火种进山；二是加强巡山护林，每个行政村落实不少于5名护林员；三是强化应急准备，县专业扑火队实行24小时备勤。",
      "记者：群众发现火情应该怎么办？",
      "答：群众发现火情，要第一时间拨打12119森林火警电话或者119报警，不要盲目扑救，确保自身安全。",
    ];
    const drill = [
      "全县2025年森林火灾应急演练脚本",
      "县森林防灭火指挥部办公室",
      "（2025年3月20日）",
      "",
      "【演练准备】",
      "主持人：各位领导、同志们：全县2025年森林火灾应急演练现在开始。本次演练模拟青石镇后山林区因村民祭祀用火引发森林火灾，检验各部门协同处置能力。",
      "【应急响应】",
      "总指挥：我宣布，启动县级森林火灾三级应急响应！各工作组立即按预案开展处置。",
      "扑救组组长：收到！县专业扑火队40人已出发，预计20分钟到达火场。",
      "【答记者问】",
      "记者：请问目前火场情况如何？有没有人员伤亡？",
      "王副县长：目前明火已经得到有效控制，没有人员伤亡，周边群众已全部安全转移。",
      "记者：下一步还将采取哪些措施？",
      "王副县长：我们将组织力量清理余火、看守火场，防止死灰复燃，同时调查起火原因，依法追究责任。",
      "【演练结束】",
      "总指挥：我宣布，全县2025年森林火灾应急演练到此结束！",
    ];
    expect(textsOf(interview).some((t) => t.includes("降水偏少五成以上"))).toBe(true);
    expect(removedReasons(drill)).not.toContain("新闻发布会问答");
  });

  it("keeps a host's 接上： under his own paragraph", () => {
    const page = [
      "全县安全生产百日攻坚行动动员会主持词",
      "县人民政府副县长  陈立群",
      "（2025年5月6日）",
      "",
      "同志们：",
      "现在开会。今天的会议主要是动员部署全县安全生产百日攻坚行动。下面进行第一项议程，请县应急管理局局长周建国同志通报前期安全生产大检查情况。",
      "刚才，周建国同志通报了前期检查情况，问题找得准，分析得透。",
      "接上：我再补充两点。一是通报的问题要逐条建立台账，明确整改时限；二是对屡查屡犯的企业，要依法从严处罚，绝不姑息。",
      "下面进行第二项议程，请县委常委、常务副县长林志远同志作动员讲话。",
      "同志们，会后各乡镇、各部门要迅速传达会议精神，抓好各项工作落实。散会。",
    ];
    expect(textsOf(page).some((t) => t.startsWith("接上："))).toBe(true);
  });
});
