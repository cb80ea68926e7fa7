import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";

// Pages written for these tests in the shapes of set 47's: a 镇 site with the 讲话 and the 工作部署 of one meeting, a
// clerk's blog post of a speech he drafted (his preface, （完）, the comments), a 豆丁-style preview (下载此文档 at a
// page break, links to other files), a 范文 page with its address in full-width letters inside a sentence, a
// 原创力-style preview whose page break falls after a full stop. Guards hold a speech's own lines of the same shapes.

describe("two speeches of one meeting on a 镇 site", () => {
  it("reads …会议上的工作部署 as the second speech's title, and 各位同志： apart from the speaker's line", () => {
    const deployment = "在全镇安全生产暨防汛工作会议上的工作部署";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      deployment,
      "镇党委副书记、镇长　刘建华",
      "各位同志：",
      "根据会议安排，下面，我就今年全镇安全生产和防汛工作作具体部署。",
      "一、重点工作安排",
      COUNTY_CHECK,
      "二、工作要求",
      COUNTY_DUTY,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, deployment]);
    expect(speeches[1]!.blocks.map((b) => b.text)[0]).toBe(
      "根据会议安排，下面，我就今年全镇安全生产和防汛工作作具体部署。",
    );
  });

  it("still reads a sentence that names a meeting's 工作部署 as the speech's", () => {
    const own = "我们要认真贯彻落实省委在全省安全生产电视电话会议上的工作部署，结合实际抓好落实。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a clerk's blog post of a speech he drafted", () => {
  const page = [
    "分享一篇自己起草的季度安全例会讲话稿（附几点体会）",
    "(2025-04-12 22:47:15)",
    "写在前面：",
    "上个月局里开一季度安全生产例会，领导让我起草讲话稿。前后改了四稿，最后基本是按下面这个版本讲的。",
    "几点体会：一是开头别绕，直接说开会干什么；二是形势部分要有本单位的数。",
    "有不妥的地方欢迎大家留言拍砖。",
    "（以下为正文）",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
    "（完）",
    "分类： 材料江湖",
    "评论",
    "北岸的风",
    "2025-04-13 08:05:41 [回复]",
    "结构很清爽，“一要二要三要”这个套路收藏了，下回照着练练。",
    "山城小吏",
    "形势那段有本单位的数据确实好，领导最怕念空话。",
  ];

  it("drops his preface up to （以下为正文）, his post's title, and the comments under （完）", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a second speech after （完）, and a speech's own 前言 with no hand-over line", () => {
    const second = "在全县消防安全工作会议上的讲话";
    const collection = [
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "（完）",
      second,
      "同志们：",
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ];
    expect(speechesOf(collection).map((s) => s.title)).toEqual([COUNTY_TITLE, second]);
    const foreword = "前言：这次会议是在全县安全生产形势总体平稳、但风险隐患依然突出的背景下召开的。";
    expect(textsOf([COUNTY_TITLE, "同志们：", foreword, COUNTY_SITUATION, COUNTY_CLOSING]).join("")).toContain(
      foreword.slice(3),
    );
  });
});

describe("a document site's preview", () => {
  it("flows the text across 下载此文档 at a page break, and drops the links to other files", () => {
    // A preview wrapped at 28 characters, its paragraphs indented.
    const wrapped = (t: string) => `　　${t}`.match(/.{1,28}/g)!;
    const page = [
      COUNTY_TITLE,
      "同志们：",
      ...wrapped(COUNTY_SITUATION),
      ...wrapped(COUNTY_CHECK).slice(0, 2),
      "",
      "　　　　　　　　　　　　— 2 —",
      "",
      "下载此文档",
      "",
      ...wrapped(COUNTY_CHECK).slice(2),
      ...wrapped(COUNTY_DUTY),
      ...wrapped(COUNTY_CLOSING),
      "",
      "附件：1.枫坳镇2025年安全生产工作要点.docx",
      "　　　2.枫坳镇2025年安全生产和防汛重点任务分工表.xlsx",
      "",
      "相关文档",
      "乡镇2025年安全生产工作会议讲话稿.docx　　4页",
      "企业安全生产工作会议总经理讲话.doc　　3页",
      "换一换",
    ];
    expect(textsOf(page)).toEqual([COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
    // Read by what they are, not left to the model's guess.
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, "下载此文档")).toBe("付费/登录提示");
    expect(removalReason(removed, "企业安全生产工作会议总经理讲话.doc　　3页")).toBe("相关文章列表");
    expect(removalReason(removed, "2.枫坳镇2025年安全生产和防汛重点任务分工表.xlsx")).toBe("附件");
  });

  it("runs an unindented first line of a page on the paragraph before it, even after a full stop", () => {
    // A preview wrapped at 28 characters, its paragraphs indented; the page broke after a line at the margin.
    const wrapped = (t: string) => `　　${t}`.match(/.{1,28}/g)!;
    const opening =
      "今天召开全县安全生产工作会议，主要是分析当前形势。刚才，县应急管理局通报了有关情况，要抓好落实，我完全同意。";
    const page = [
      COUNTY_TITLE,
      "同志们：",
      ...wrapped(opening),
      "— 1 —",
      "下面，我就抓好会议精神落实再强调三点意见：",
      ...wrapped(COUNTY_SITUATION),
      ...wrapped(COUNTY_CHECK),
      "— 2 —",
      ...wrapped(COUNTY_DUTY),
      ...wrapped(COUNTY_CLOSING),
    ];
    expect(wrapped(opening).at(-1)!.length).toBe(28);
    expect(textsOf(page)).toEqual([
      opening + "下面，我就抓好会议精神落实再强调三点意见：",
      COUNTY_SITUATION,
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
  });

  it("keeps a heading set flush left at a page's top apart from the paragraph before it", () => {
    const wrapped = (t: string) => `　　${t}`.match(/.{1,28}/g)!;
    const page = [
      COUNTY_TITLE,
      "同志们：",
      ...wrapped(COUNTY_SITUATION),
      "— 1 —",
      "坚持问题导向，狠抓隐患排查整治",
      ...wrapped(COUNTY_CHECK),
      ...wrapped(COUNTY_DUTY),
      ...wrapped(COUNTY_CLOSING),
    ];
    expect(textsOf(page)).toContain(COUNTY_SITUATION);
  });
});

describe("a site's address in full-width letters inside a sentence", () => {
  it("cuts ｗｗｗ．ｘ．ｃｏｍ and keeps the sentence whole", () => {
    const sentence = (inset: string) =>
      `我作为项目安全生产第一责任人，把每一项指标签字到个人，${inset}做到层层有人抓。`;
    expect(
      textsOf([...COUNTY_SPEECH_HEAD, sentence("ｗｗｗ．ｙｏｕｘｕａｎｆｗ．ｃｏｍ"), ...COUNTY_SPEECH_REST]),
    ).toContain(sentence(""));
  });
});

describe("a speech's own lines of the same shapes (an outside review's cases)", () => {
  it("keeps one speech across a mid-speech 乡亲们！ and 各位同志！", () => {
    for (const address of ["乡亲们！", "各位同志！", "师傅们："]) {
      const page = [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK, address, COUNTY_DUTY, COUNTY_CLOSING];
      expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    }
  });

  it("reads a wrapped line ending …会议上的工作部署 and an outline's bullet naming one as the text's", () => {
    const wrappedSentence = [
      "　　今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，安",
      "全隐患依然不少。我们要坚决贯彻落实市委市政府在全市安全生产工",
      "作会议上的工作部署",
      "，结合实际抓好落实，确保全县安全生产形势持续稳定向好。",
    ];
    const page = [COUNTY_TITLE, "同志们：", ...wrappedSentence, "二、抓好排查", COUNTY_CHECK, COUNTY_CLOSING];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    const outline = [
      "全县安全生产工作会议讲话提纲",
      "一、当前形势",
      "今年以来全县发生生产安全事故5起，同比下降20%。",
      "二、重点工作",
      "贯彻落实国务院安委会全体会议工作部署",
      "开展安全生产治本攻坚三年行动",
      "三、工作要求",
      "压实党政领导责任、部门监管责任和企业主体责任。",
    ];
    expect(speechesOf(outline)).toHaveLength(1);
  });

  it("keeps full-width letters a wrap cut, a full-width e-mail, and the files a speech tells people to read", () => {
    const text = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "要在全县规上企业全面推行ＨＳＥ管理体系，对照ＧＢ／Ｔ３３０００标准开展达标创建，群众可发送邮件至举报邮箱ｘｘａｊｊ＠１２６．ｃｏｍ反映问题。",
      "请大家会后重点学习以下文件：",
      "1.安全生产治本攻坚三年行动方案.pdf",
      "2.重大事故隐患判定标准汇编.docx",
      ...COUNTY_SPEECH_REST,
    ]).join("");
    expect(text).toContain("ＨＳＥ管理体系");
    expect(text).toContain("ｘｘａｊｊ＠");
    expect(text).toContain("1.安全生产治本攻坚三年行动方案.pdf");
  });

  it("keeps the sign-off under （完）, and a text that runs on below it", () => {
    const signed = speechesOf([
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "（完）",
      "县长　王建国",
      "2025年3月16日",
    ]);
    expect(signed[0]!.date).toBe("2025年3月16日");
    const pledge = [
      "企业代表表态",
      "刚才，县长对全县安全生产工作作了全面部署，我们坚决拥护、坚决落实。",
      "我们将严格落实企业主体责任，主要负责人带头抓安全，把责任落实到每一个岗位。",
      "我们将扎实开展隐患排查整治，对排查出的问题立行立改，绝不让隐患变成事故。",
      "我们将加强全员安全培训，让每一名员工都懂安全、会应急。",
    ];
    const text = textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "（完）", ...pledge]).join("");
    expect(text).toContain(pledge[2]);
  });

  it("keeps a 党课's own 前言 that addresses the room", () => {
    const own = "同志们，今天我们用一堂党课的时间，一起学习安全生产重要论述，这堂党课分为三个部分。";
    const page = [
      "安全生产专题党课讲稿",
      "前言：",
      own,
      "以下为正文：",
      "一、深刻认识形势",
      COUNTY_SITUATION,
      COUNTY_CLOSING,
    ];
    expect(textsOf(page).join("")).toContain(own);
  });
});
