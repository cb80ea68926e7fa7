import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of sets 82 and 83's: a blog's bulleted 文章目录 and its own parts around
// the speech, a 范文 site's paywall line repeated between paragraphs, a wrap counted in characters, a chat's notices,
// a numbered list of links inside the speech.

const reasonsOf = (page: string[]) => new Map(mineText(page.join("\n")).removed.map((r) => [r.text, r.reason]));

describe("a blog that reposts the speech", () => {
  const blog = [
    "【公文素材】县长在全县安全生产工作会议上的讲话（全文，可直接改用）",
    "青禾笔记　已于 2024-01-09 15:42:07 修改",
    "",
    "文章目录",
    "• 写在前面",
    `• ${COUNTY_TITLE}`,
    "  ◦ 一、认清形势",
    "  ◦ 二、抓好排查",
    "    ▪ （一）排查重点行业",
    "  ◦ 三、压实责任",
    "• 结语：写材料的一点体会",
    "",
    "写在前面",
    "",
    "年底各单位都在开安全会，后台好几位朋友问有没有县长的讲话。这篇是去年整理的，个别数据做了模糊处理。",
    "",
    ...COUNTY_SPEECH,
    "",
    "结语：写材料的一点体会",
    "",
    "这类讲话三段式最稳：形势—任务—责任。套改时注意把数据换成本地的。",
  ];

  it("drops its bulleted table of contents, its headline over its own lines and its own last part", () => {
    expect(speechesOf(blog).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(blog)).toEqual(COUNTY_SPEECH_BLOCKS);
    const reasons = reasonsOf(blog);
    expect(reasons.get("文章目录")).toMatch(/目录/);
    expect(reasons.get("•写在前面")).toMatch(/目录/);
    // The blogger's own label under his headline, read as a speaker's line, goes with his lines.
    expect(reasons.get("写在前面")).toBe("正文外的附言");
    expect(reasons.get("这类讲话三段式最稳：形势—任务—责任。套改时注意把数据换成本地的。")).toBe("讲话之后的附言");
    expect(
      reasons.get("年底各单位都在开安全会，后台好几位朋友问有没有县长的讲话。这篇是去年整理的，个别数据做了模糊处理。"),
    ).toBe("正文外的附言");
  });

  it("keeps a speech's own 结语 part, which speaks to its hearers", () => {
    const own = [
      ...COUNTY_SPEECH.slice(0, -1),
      "结语：几点希望",
      "同志们，这类事故教训深刻，希望大家回去后马上传达，抓好落实。",
    ];
    expect(textsOf(own)).toContain("同志们，这类事故教训深刻，希望大家回去后马上传达，抓好落实。");
  });

  it("keeps a speaker's own last part under a label, where he speaks of his 讲话稿", () => {
    const own = ["几点说明", "这篇讲话稿，我前后改了三遍，每一遍都想起去年那起事故，希望大家回去后认真对照检查。"];
    expect(textsOf([...COUNTY_SPEECH, ...own])).toContain(own[1]);
  });

  it("keeps a speech's own labelled part that criticises 写材料, and its closing", () => {
    const part = [
      "坚决克服形式主义",
      "有的村检查走过场，热衷于开会发文、写材料，问题却一个没改。镇纪委要加强督查，严肃问责。",
    ];
    const page = [...COUNTY_SPEECH.slice(0, -1), "同志们，这里我再强调一下作风问题。", ...part, COUNTY_CLOSING];
    expect(textsOf(page)).toEqual(expect.arrayContaining([...part, COUNTY_CLOSING]));
  });

  it("keeps a short speech whose title is the next one's with its speaker's name", () => {
    const page = [
      "村支书在全镇安全生产工作会议上的表态发言",
      "刚才，镇长对全镇安全生产工作作了全面部署，我们村坚决拥护、坚决落实。回去以后，我们马上召开两委会传达会议精神，组织党员干部对全村出租房、小作坊逐户排查，发现隐患当场整改。请镇党委、政府放心，我们一定守好村里的安全底线。",
      "",
      "在全镇安全生产工作会议上的表态发言",
      "尊敬的各位领导、同志们：",
      "今天，镇党委、政府召开全镇安全生产工作会议，对今年的安全生产工作进行全面部署，充分体现了镇党委、政府对安全生产工作的高度重视。作为企业负责人，我们深感责任重大。下面，我代表公司作如下表态：",
      "一、提高思想认识，切实把安全生产摆在首位",
      "我们将认真学习贯彻会议精神，牢固树立安全发展理念，坚持“安全第一、预防为主、综合治理”的方针，始终把安全生产作为企业的生命线，决不以牺牲安全为代价换取一时的经济效益。",
      "二、落实主体责任，扎实开展隐患排查整治",
      "我们将严格落实全员安全生产责任制，层层签订责任书，做到横向到边、纵向到底。每月组织一次全面隐患排查，建立台账，明确整改责任人、整改时限和整改措施，实行闭环管理，确保隐患动态清零。",
      "三、加强教育培训，不断提升员工安全素质",
      "我们将坚持开展岗前培训和班前教育，定期组织应急演练，让每一名员工都懂安全、会安全、能安全。",
      "各位领导，安全生产只有起点，没有终点。我们一定以这次会议为契机，以更高的标准、更严的要求、更实的举措，抓好安全生产各项工作，为全镇安全生产形势稳定作出应有贡献！",
    ];
    expect(speechesOf(page)).toHaveLength(2);
  });

  it("keeps a speech under a headline that holds its title where the unit above is long or greets its hearers", () => {
    const page = ["县长在全县安全生产工作会议上的讲话（摘要）", "同志们：", COUNTY_SITUATION, "", ...COUNTY_SPEECH];
    expect(speechesOf(page)).toHaveLength(2);
  });
});

describe("a 范文 site's paywall line between paragraphs", () => {
  it("drops every copy, and the sentence it cut runs on across it", () => {
    const gate = "复制内容需开通会员，点击开通";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      gate,
      "二、抓好排查",
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查；",
      gate,
      "建立隐患台账，实行闭环管理，确保整改到位。",
      ...COUNTY_SPEECH_REST.slice(2),
      gate,
    ];
    const texts = textsOf(page);
    expect(texts.some((t) => t.includes("开通"))).toBe(false);
    expect(texts).toContain(
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查；建立隐患台账，实行闭环管理，确保整改到位。",
    );
  });
});

describe("a text wrapped at a count of characters", () => {
  const wrap = (text: string, n: number) => text.match(new RegExp(`.{1,${n}}`, "gu"))!;
  it("joins a line its figures left short of the margin to the rest of its sentence", () => {
    // Its second line (…1260家企业共查出隐患3180处，整改) is 24 characters, but ten columns short of the others.
    const first =
      "上个月，镇里组织力量对全镇企业开展了安全生产大检查，全镇1260家企业共查出隐患3180处，整改率96.5%，其中被约谈的8家单位就占了1430处，接近一半。有的企业消防通道被成品堆满，灭火器过期两年没人换，配电箱门敞开、电线乱拉。";
    const second =
      "更让人担忧的是，这些问题不少是老问题。去年镇里检查时就指出过，企业当时也作了保证，可一年过去了，有的原封不动，有的换了个地方又冒出来，必须下决心彻底解决。";
    const page = [
      COUNTY_TITLE,
      "同志们：",
      ...wrap(first, 24),
      ...wrap(second, 24),
      "一、抓好排查",
      ...wrap(COUNTY_CHECK, 24),
    ];
    expect(textsOf(page)).toEqual([first, second, "一、抓好排查", COUNTY_CHECK]);
  });
});

describe("a text wrapped at a count of columns", () => {
  it("keeps a numbered item of figures that ends short of the margin apart from the paragraph below it", () => {
    const page = [
      COUNTY_TITLE,
      "同志们：",
      "今天召开全县安全生产工作会议，主要是总结前一阶段工作，分析当",
      "前形势，部署下一阶段重点任务。刚才，县应急管理局通报了全县安",
      "全生产情况，几个乡镇和部门作了表态发言，讲得都很好，我完全同",
      "意。下面，我先通报两组数字：",
      "1.道路交通：事故28起，死亡19人，同比分别下降12.5%、9.6%",
      "2.建筑施工：事故3起，死亡3人，同比分别下降25%、25%",
      "从事故类型看，道路交通事故仍然占大头，建筑施工、工贸企业事故",
      "时有发生，特别是10月份发生的一起较大事故，给我们敲响了警钟。",
      "各乡镇、各部门一定要清醒认识当前形势，切实增强做好安全生产工",
      "作的责任感和紧迫感。",
    ];
    expect(textsOf(page)).toContain("2.建筑施工：事故3起，死亡3人，同比分别下降25%、25%");
  });
});

describe("a chat export's notices", () => {
  it("drops 撤回了一条消息 and 拍了拍 between the poster's messages", () => {
    const head = (time: string) => `周长海(村支书)  ${time}`;
    const page = [
      head("20:03:41"),
      ...COUNTY_SPEECH_HEAD,
      "",
      "何小蕾(村会计)  20:04:02",
      "收到",
      "",
      "周长海(村支书) 撤回了一条消息",
      "",
      "何小蕾 拍了拍 周长海(村支书)",
      "",
      head("20:05:11"),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the poster's heading that says someone 拍了拍 his chest (no sender does)", () => {
    const heading = "一、不能领导一来就拍了拍胸脯了事";
    const page = [
      "周长海(镇安监站)  20:03:41",
      ...COUNTY_SPEECH_HEAD,
      heading,
      "有的企业负责人检查时拍胸脯保证没问题，可检查组一走就把整改抛到脑后，这种现象必须坚决纠正。",
      "",
      "何小蕾(村会计)  20:04:02",
      "收到",
      "",
      "周长海(镇安监站)  20:05:11",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(heading);
  });

  it("keeps a speech's own line that says someone withdrew (no chat around it)", () => {
    const page = [...COUNTY_SPEECH.slice(0, -1), "老王撤回了一条消息", COUNTY_CLOSING];
    expect(textsOf(page)).toContain("老王撤回了一条消息");
  });
});

describe("a numbered list of links inside the speech", () => {
  it("drops its third link, though a paragraph of the speech follows it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "",
      "相关范文推荐：",
      "1. 在全市安全生产工作会议上的讲话（精选3篇）",
      "2. 县安委会第一次全体会议主持词",
      "3. 副县长在全县安全生产暨消防工作会议上的表态发言",
      "",
      ...COUNTY_SPEECH_REST.slice(1),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the speech's own numbered heading and its paragraph after the list", () => {
    const own = [
      "2.抓好燃气排查",
      "镇安监站要会同派出所、市场监管所对燃气经营点和餐饮场所开展联合检查，发现问题当场督促整改。",
    ];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "1.抓好企业排查",
      COUNTY_CHECK,
      "",
      "相关阅读：",
      "1.在全县安全生产工作会议上的讲话",
      "2.镇安委会第一次全体会议主持词",
      "3.副镇长在全镇安全生产工作会议上的表态发言",
      "",
      ...own,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining(own));
  });
});
