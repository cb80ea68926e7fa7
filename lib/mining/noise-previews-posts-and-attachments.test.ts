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
      "相关文档",
      "乡镇2025年安全生产工作会议讲话稿.docx　　4页",
      "企业安全生产工作会议总经理讲话.doc　　3页",
      "换一换",
      "附件：1.枫坳镇2025年安全生产工作要点.docx",
      "　　　2.枫坳镇2025年安全生产和防汛重点任务分工表.xlsx",
    ];
    expect(textsOf(page)).toEqual([COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
    // Read by what they are, not left to the model's guess.
    const { removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, "下载此文档")).toBe("付费/登录提示");
    expect(removalReason(removed, "企业安全生产工作会议总经理讲话.doc　　3页")).toBe("相关文章列表");
    expect(removalReason(removed, "2.枫坳镇2025年安全生产和防汛重点任务分工表.xlsx")).toBe("附件");
  });

  it("runs an unindented first line of a page on the paragraph before it, even after a full stop", () => {
    const indent = (t: string) => `　　${t}`;
    const page = [
      COUNTY_TITLE,
      "同志们：",
      indent("今天召开全县安全生产工作会议，主要是分析当前形势。刚才，县应急管理局通报了有关情况，我完全同意。"),
      "— 1 —",
      "下面，我就抓好会议精神落实再强调三点意见。",
      indent(COUNTY_SITUATION),
      indent(COUNTY_CHECK),
      "— 2 —",
      indent(COUNTY_DUTY),
      indent(COUNTY_CLOSING),
    ];
    expect(textsOf(page)).toEqual([
      "今天召开全县安全生产工作会议，主要是分析当前形势。刚才，县应急管理局通报了有关情况，我完全同意。" +
        "下面，我就抓好会议精神落实再强调三点意见。",
      COUNTY_SITUATION,
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
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
