import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import {
  docxBodyLines,
  wPageBreak as pageBreak,
  wParagraph as p,
  wSectionBreak as sectionBreak,
} from "../testing/docx-body";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineLines } from "./text-pipeline";

// Pages written for these tests in the shapes of set 46's: a 公众号 article whose template marks its headings with
// ▌ or ■, a 范文 site's calls to visit it set into sentences, OCR'd phone screenshots of an article stitched together,
// a 澎湃号 page's disclaimer under its bare label, a 头条 page's photo caption, a .docx from a 文库 whose converter cut
// a paragraph at a section break. Guards hold a speech's own bullets, brackets, repeated lines and short lines.

describe("a platform's mark before a numbered heading", () => {
  it("reads ▌一、 / ■（一） / 📌二、 as the headings, without the mark", () => {
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "▌一、认清形势",
      "■（一）事故总量仍然偏大",
      COUNTY_SITUATION,
      "📌二、抓好排查",
      COUNTY_CHECK,
      "◆三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const blocks = speechesOf(page)[0]!.blocks;
    const headings = blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level]);
    expect(headings).toEqual([
      ["一、认清形势", 1],
      ["（一）事故总量仍然偏大", 2],
      ["二、抓好排查", 1],
      ["三、压实责任", 1],
    ]);
  });

  it("leaves a bullet before a pair of numbers (一、二月份) or unnumbered text as it is", () => {
    const pair = "● 一、二月份全县共检查企业1200家次，发现隐患3400项。";
    const blocks = speechesOf([...COUNTY_SPEECH_HEAD, pair, ...COUNTY_SPEECH_REST])[0]!.blocks;
    expect(blocks.find((b) => b.text.includes("二月份"))).toMatchObject({ kind: "paragraph" });
  });

  it("leaves a bullet before unnumbered text as it is", () => {
    const items = ["■ 燃气管道老化更新改造", "■ 经营性自建房排查整治"];
    const text = textsOf([
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "今年的重点任务有：",
      ...items,
      COUNTY_CLOSING,
    ]).join("");
    expect(text).toContain("■燃气管道老化更新改造");
  });
});

describe("a site's calls and credits set into sentences", () => {
  const sentence = (inset: string) =>
    `特别是对“三合一”场所、群租房等，要逐户上门排查，${inset}发现电气线路老化的，当场督促整改。`;
  const clean = sentence("");

  it("cuts 【更多范文请访问文稿驿站】 and （文稿驿站 www.wengaoyizhan.com 整理）, the sentence kept whole", () => {
    for (const inset of [
      "【更多范文请访问文稿驿站】",
      "（文稿驿站 www.wengaoyizhan.com 整理）",
      "（关注“笔友范文”公众号，获取更多范文）",
    ]) {
      const texts = textsOf([...COUNTY_SPEECH_HEAD, sentence(inset), ...COUNTY_SPEECH_REST]);
      expect(texts).toContain(clean);
    }
  });

  it("keeps a speech's own brackets that tell people where to go", () => {
    const own = [
      "群众发现隐患，可以拨打12350热线或登录县政府网站（请点击“我要举报”栏目）反映。",
      "要用好“平安青崖”公众号（目前关注的群众已超过5万人），把安全知识送到千家万户。",
      "各乡镇要在3月底前完成自查（请于3月25日前登录“隐患排查治理信息平台”上报自查报告），县安委办将进行抽查。",
      "要广泛宣传安全生产知识（欢迎大家关注“青崖应急”微信公众号），营造浓厚氛围。",
      "对群众反映的问题要件件有回音（更多信息可登录县应急管理局网站查询），做到事事有着落。",
    ];
    const text = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).join("");
    for (const sentence of own) expect(text).toContain(sentence);
  });
});

describe("an article's phone screenshots, OCR'd and stitched", () => {
  const bar = (minute: number) => [`9:4${minute} .ıll 5G 8${7 - minute}%`, "<  梧岭应急  ···"];
  // A phone's screen holds about 17 characters a line.
  const before = [
    "今年以来，全镇没有发生较大以上安全",
    "事故，但小事故、小险情时有发生。1",
    "至4月，全镇发生道路交通事故6起，造",
    "成1人死亡；3月份，石桥村一户村民家",
  ];
  const seam = "中电动自行车充电起火，幸好发现及时，";
  const duty = [
    "镇班子成员要按照联村分工，每月至少",
    "到联系村和企业检查一次安全生产工作",
    "。各村书记是本村安全生产第一责任人",
    "，要把安全工作摆上重要议事日程，做",
    "到有人管、有人抓。",
  ];
  const page = [
    ...bar(1),
    "在全镇安全生产工作推进会上的",
    "讲话",
    "原创 镇党政办 梧岭应急 2025年5月20日 08:15 浙江",
    "镇长 周海涛",
    "同志们：",
    "今天召开全镇安全生产工作推进会，主要",
    "是部署近期重点工作。",
    "第一，认清形势不松劲",
    ...before,
    "中电 动自行车充电起火，幸好发现及时，",
    ...bar(2),
    seam,
    "没有造成人员伤亡。",
    "第二，压实责任不缺位",
    ...duty,
    "同志们，安全生产没有局外人。谢谢大家！",
  ];

  it("takes the status and title bars as page breaks, the line repeated at each seam once, and the wrapped title", () => {
    const [speech, ...more] = speechesOf(page);
    expect(more).toEqual([]);
    expect(speech!.title).toBe("在全镇安全生产工作推进会上的讲话");
    const texts = speech!.blocks.map((b) => b.text);
    expect(texts).toContain(before.join("") + seam + "没有造成人员伤亡。");
    expect(texts.join("")).not.toMatch(/梧岭应急|5G/);
  });

  it("keeps a speech's own line said twice, and a time and a share in its sentences", () => {
    const again = "隐患不除，寝食难安！";
    const own = ["9:00前，各村要上报排查进度，目前完成率为87%", "今天上午9:30，各村书记要到镇里开会，会期半天。"];
    const text = textsOf([...COUNTY_SPEECH_HEAD, again, again, ...own, ...COUNTY_SPEECH_REST]).join("");
    expect(text).toContain(again + again);
    expect(text).toContain(own[0]);
    expect(text).toContain(own[1]);
    // said twice across a page's number: not a screenshot's seam
    const paged = textsOf([...COUNTY_SPEECH_HEAD, again, "- 2 -", again, ...COUNTY_SPEECH_REST]).join("");
    expect(paged).toContain(again + again);
  });

  it("joins a heading whose genre word a narrow column left on a line of its own", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、认真传达学习县委书记在全县安全生产工作会议上的",
      "讲话",
      COUNTY_CHECK,
      "三、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    const texts = textsOf(page);
    expect(texts).toContain("二、认真传达学习县委书记在全县安全生产工作会议上的讲话");
    expect(texts).not.toContain("讲话");
  });
});

describe("a news platform's disclaimer and a photo's caption", () => {
  it("cuts 特别声明 alone over the disclaimer, after the closing", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "特别声明",
      "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts a caption of one sentence ending in 图片来源：…, between two paragraphs", () => {
    const caption = "5月中旬，应急、水利部门联合检查某水库防汛物资储备情况。图片来源：潇阳市水利局";
    const page = [...COUNTY_SPEECH_HEAD, "[图片]", "", caption, "", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence that names where its figures or its photographs come from", () => {
    const own = [
      "去年全县共发生生产安全事故12起。数据来源：县应急管理局",
      "去年我县组织了“安全生产月”摄影比赛。摄影：县摄影家协会",
    ];
    const text = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).join("");
    for (const line of own) expect(text).toContain(line);
  });
});

describe("a .docx whose converter cut a paragraph at a section break", () => {
  const mine = (body: string[]) => mineLines(docxBodyLines(body)).speeches;
  const first = "必须清醒认识到，安全生产是发展的前提，也是民生的底线。各级各部门务必把安全生产放在心上、";
  const second = "抓在手上，以如履薄冰的谨慎对待每一个风险点。";

  it("runs the sentence on across a section break or a page break", () => {
    for (const brk of [sectionBreak, pageBreak]) {
      const speeches = mine([
        p(COUNTY_TITLE),
        p("同志们："),
        p(COUNTY_OPENING),
        p(first),
        brk,
        p(second),
        p(COUNTY_CLOSING),
      ]);
      expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, first + second, COUNTY_CLOSING]);
    }
  });

  it("keeps a heading, a slogan or a caption above a break apart from the paragraph after it", () => {
    const above = [
      "关于进一步压紧压实各级各部门安全生产责任的几点意见",
      "坚持人民至上生命至上 坚决守牢安全生产底线 全力护航高质量发展",
      "表1：2025年1—4月全县各乡镇生产安全事故起数统计情况",
    ];
    for (const line of above) {
      const speeches = mine([
        p(COUNTY_TITLE),
        p("同志们："),
        p(COUNTY_OPENING),
        p(line),
        pageBreak,
        p(COUNTY_DUTY),
        p(COUNTY_CLOSING),
      ]);
      expect(speeches[0]!.blocks.map((b) => b.text)).toContain(COUNTY_DUTY);
    }
  });

  it("keeps a cover's line, the title after the break, and a finished paragraph apart", () => {
    const cover = "青崖县2025年安全生产工作会议材料之二";
    const speeches = mine([
      p(cover),
      pageBreak,
      p(COUNTY_TITLE),
      p("同志们："),
      p(COUNTY_OPENING),
      sectionBreak,
      p(COUNTY_SITUATION),
      p(COUNTY_CLOSING),
    ]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });
});
