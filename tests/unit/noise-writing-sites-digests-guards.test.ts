import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";

// Guards for the writing sites' rules (noise-short-versions.ts, noise-sharer-notes.ts, COPY_NOTE_INLINE_RE,
// noise-piece-notes.ts, markAiSummaryBoxes): pages written in the shapes an outside review found them taking a
// speech's own text in. A 范文 page whose only speech is its short version, a speaker's sentences on 化名 and 示意图, a
// speech quoting a pirate's label, a 素材 note run into the opening, a speech's own 智能总结 heading. And the same
// sites' chrome in the shapes the rules had missed.

const joined = (page: string[]) => textsOf(page).join("\n");

describe("a 范文 site's short version goes only above a full text", () => {
  const body = [
    "今年一季度，各乡镇、各部门要对辖区内重点企业、人员密集场所、自建房开展一次全覆盖排查，建立隐患台账，实行清单化管理。",
    "要严格落实党政同责、一岗双责、齐抓共管、失职追责。县安委办要加强督查考核，对工作不力的严肃问责。",
  ];

  it("keeps a page's only speech when the full version's label is a download prompt", () => {
    // Run into its opening paragraph, the salutation stops the scan; without one, the prompt is no full text.
    for (const opening of ["同志们：今天召开全县安全生产工作会议，主要任务是总结去年工作。下面，我讲两点意见。", ""]) {
      const page = [
        "在全县2024年安全生产工作会议上的讲话",
        "【简版】适合会议时间较短时使用",
        opening,
        ...body,
        "【完整版】共8页，登录后下载Word文档查看",
        "上一篇：在全县防汛抗旱工作会议上的讲话",
      ];
      const text = joined(page);
      for (const line of body) expect(text).toContain(line);
    }
  });

  it("keeps it when the full version is only a related link", () => {
    const page = ["厂长在2024年安全生产月动员会上的讲话（简版）", "【精简版】适合班前会、车间会使用", ...body];
    const text = joined([...page, "相关推荐：", "安全生产月动员讲话（完整版）", "企业安全生产月活动总结"]);
    for (const line of body) expect(text).toContain(line);
  });

  it("keeps a short speech that greets its room inside a line (老师们、同学们，大家好！…, 各位工友，大家好！)", () => {
    const short = [
      "老师们、同学们，大家好！新学期开学了，今天我用几分钟时间，和大家讲一讲安全。",
      "我们学校有2100多名同学，每天进进出出，安全是第一位的。上学放学路上，要走人行道，不坐无牌无证的车。",
      "希望每一位同学都平平安安地来，开开心心地回。谢谢大家！",
    ];
    const page = ["【简版】（约3分钟）", ...short, "【完整版】（约10分钟）", ...COUNTY_SPEECH];
    expect(speechesOf(page)).toHaveLength(2);
    const greeted = ["【简版】", "各位工友，大家好！", ...body, "【完整版】", ...COUNTY_SPEECH];
    for (const line of body) expect(joined(greeted)).toContain(line);
  });

  it("keeps a speech's own headings that name a short and a full version, and the section between them", () => {
    const section = [
      "处置卡是给一线员工用的，一张卡片就够，写清楚本岗位可能发生什么事故、第一时间怎么处置、向谁报告。",
      "今年年底前，全市重点企业的每个重点岗位都要配齐处置卡，市局将组织抽查，抽查不合格的企业要通报。",
    ];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、应急预案要分层分级编制",
      "（一）岗位应急处置卡（简版）",
      ...section,
      "（二）综合应急预案（完整版）",
      "综合预案是给企业管理层用的，要写清楚应急组织体系、响应分级、处置程序和保障措施，并按规定备案。",
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    const text = joined(page);
    for (const line of ["（一）岗位应急处置卡（简版）", ...section]) expect(text).toContain(line);
  });

  it("still drops a digest above a full text that opens with its paragraph", () => {
    const digest = ["【简版】讲话提纲", "一、认清形势。事故总量下降，隐患仍多。", "二、压实责任。党政同责、一岗双责。"];
    const text = joined([COUNTY_TITLE, ...digest, "【完整版】", COUNTY_OPENING, ...COUNTY_SPEECH_REST]);
    expect(text).not.toContain("讲话提纲");
    expect(text).not.toContain("认清形势。事故总量下降");
    expect(text).toContain(COUNTY_OPENING);
  });
});

describe("a sharer's note that the figures are not real, and the speaker's own sentences", () => {
  const own = [
    "以上案例中的企业名称均为化名，但事故都是真实发生的。",
    "以上单位要按照示意图在4月29日前完成警戒区设置。",
    "文中提到的企业数据，我们都已作脱敏处理。",
    "以上企业名称对外通报时一律用化名，内部通报要讲清楚是哪一家。",
    "以上企业的隐患数据，各街道要对照示意图逐项核对。",
    "以上数据绝无虚构，都是一户一户核实的。",
    "全文检索库里的企业名称、人员姓名一律脱敏。",
  ];

  it("keeps a speaker's sentences on 化名, 示意图 and 脱敏, and his vouching (绝无虚构)", () => {
    const text = joined([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]);
    for (const line of own) expect(text).toContain(line);
  });

  it("keeps a bracketed note on the figures in the middle of the speech", () => {
    const note = "（注：以上数据为示意性测算，以年报为准。）";
    expect(joined([...COUNTY_SPEECH_HEAD, note, ...COUNTY_SPEECH_REST])).toContain(note);
  });

  it("keeps a bracketed line at the speech's end that vouches (绝无), points to a 示意图 or goes on (…化名，但…)", () => {
    const own = [
      "（注：以上数据绝无虚构，均经逐户核实。）",
      "（注：文中各单位的警戒分区见示意图。）",
      "（以上企业名称均为化名，但事故都是真实发生的。）",
    ];
    const text = joined([...COUNTY_SPEECH, ...own]);
    for (const line of own) expect(text).toContain(line);
  });

  it("drops the sharer's notes under the title, in brackets or after 注：", () => {
    const notes = ["（声明：本文数据均为虚拟，如有雷同纯属巧合）", "注：为保护隐私，文中人名均为化名。"];
    const text = joined([COUNTY_TITLE, ...notes, ...COUNTY_SPEECH.slice(1)]);
    expect(text).not.toContain("虚拟");
    expect(text).not.toContain("化名");
    expect(text).toContain(COUNTY_OPENING);
  });
});

describe("a copy claim the speech quotes as printed", () => {
  it("keeps 印有【…原创 盗版必究】字样 and 封底印着【…，侵权必究】 in the sentence", () => {
    const quoted = [
      "3月22日，城关镇一家打印店被查获印有【名师原创 盗版必究】字样的盗印教辅资料1200余册，既侵犯了著作权，又埋下了火灾隐患。",
      "有一家企业承印的宣传册封底印着【县安委办整理发布，侵权必究】，经核实根本没有经过县安委办同意。",
    ];
    const text = joined([...COUNTY_SPEECH_HEAD, ...quoted, ...COUNTY_SPEECH_REST]);
    expect(text).toContain("印有【名师原创盗版必究】字样的盗印教辅资料");
    expect(text).toContain("封底印着【县安委办整理发布，侵权必究】，经核实");
  });
});

describe("a 素材 site's note run into the speech's opening", () => {
  it("cuts the note and keeps the paragraph", () => {
    const note = "【素材说明】本篇为县长在安全生产工作会议上的讲话，可直接摘用。";
    const text = joined([COUNTY_TITLE, note + "同志们：" + COUNTY_OPENING, ...COUNTY_SPEECH.slice(4)]);
    expect(text).toContain(COUNTY_OPENING);
    expect(text).not.toContain("素材说明");
  });
});

describe("a 文库's AI summary box, and a speech's own heading on its AI", () => {
  it("keeps a speech's heading 智能总结 and its sentence on what the AI writes", () => {
    const own = ["智能总结", "每一份班组安全日志都由AI自动生成，值班长审核后签字。"];
    const text = joined([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]);
    for (const line of own) expect(text).toContain(line);
  });

  it("drops a box of four summary lines closed by buttons with their counts", () => {
    const box = [
      "AI 智能摘要",
      "以下内容由AI大模型生成，请注意甄别",
      "讲话回顾了去年全县安全生产工作，成功应对了汛期的几次强降雨过程。",
      "讲话指出，全县安全生产工作仍存在部分企业主体责任落实不到位等问题。",
      "讲话要求各乡镇压紧压实安全责任，开展一次全覆盖的隐患排查整治。",
      "讲话最后强调要加强值班值守，确保全县安全生产形势稳定。",
      "有帮助(36) | 没帮助(2)",
    ];
    const speeches = speechesOf(["在全县安全生产工作会议上的讲话（完整版）_文库宝", ...box, ...COUNTY_SPEECH]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops boxes whose warning names the model (文心大模型, 人工智能) and a 划重点 box: the page's title heads the speech", () => {
    const boxes = [
      "AI导读",
      "本摘要由文心大模型生成，仅供参考",
      "本文是一篇县长在安全生产工作会议上的讲话稿，从排查和责任两个方面部署了工作。",
      "AI 划重点",
      "内容由人工智能生成，不代表本站观点",
      "本文提出了“全覆盖排查”“闭环管理”等做法。",
      "有帮助　没帮助",
    ];
    // The speech under the boxes opens with its salutation: the page's title over the boxes is its title.
    const speeches = speechesOf([COUNTY_TITLE, ...boxes, ...COUNTY_SPEECH.slice(2)]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a Discuz signature over buttons with counts or 使用道具", () => {
  it("drops the signature over 回复　支持(8)　反对(0)　举报 and over 回复　支持　反对　使用道具　举报", () => {
    for (const buttons of ["回复　支持(8)　反对(0)　举报", "回复　支持　反对　使用道具　举报"]) {
      const page = [
        "文秘小周",
        "发表于 2024-6-3 21:47 | 只看该作者",
        ...COUNTY_SPEECH,
        "--------------------------------",
        "十年笔耕，只为一稿过审。材料交流，欢迎私信。",
        buttons,
      ];
      const text = joined(page);
      expect(text).not.toContain("十年笔耕");
      expect(text).toContain(COUNTY_CLOSING);
    }
  });
});
