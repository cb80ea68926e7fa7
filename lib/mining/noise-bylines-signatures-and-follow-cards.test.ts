import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 41's: a clerk's .txt with the title, speaker and date typed on
// one line, a 范文 page's 范文（二）： markers, a forum post signed under a rule above its buttons, and a news app's
// follow card set between the speech's paragraphs.
const BODY = COUNTY_SPEECH_HEAD.slice(2);
const REST = COUNTY_SPEECH_REST;

describe("a title's line", () => {
  it("reads the speaker and date typed after the title on its line", () => {
    const [speech] = mineText([`${COUNTY_TITLE} 县长 ××× 2025年3月4日`, ...BODY, ...REST].join("\n")).speeches;
    expect([speech!.title, speech!.speaker, speech!.date]).toEqual([COUNTY_TITLE, "县长×××", "2025年3月4日"]);
  });

  it("ends the title at its last genre word, and leaves a 讲话稿 or 讲话要点 line whole", () => {
    const report = "在全市政府工作报告会上的讲话";
    const [speech] = mineText([`${report} 市长 张建国 2025年1月5日`, ...BODY, ...REST].join("\n")).speeches;
    expect([speech!.title, speech!.speaker]).toEqual([report, "市长张建国"]);
    for (const tail of ["讲话稿", "讲话要点"]) {
      const line = `在全县安全生产工作会议上的${tail} 县长 张建国 2025年3月4日`;
      expect(mineText([line, ...BODY, ...REST].join("\n")).speeches[0]!.speaker ?? "").not.toMatch(/稿|要点/);
    }
  });

  it("keeps a lesson's 范文（一）： over its notes inside one speech", () => {
    const notes = ["范文（一）：", "这篇讲话稿开门见山，直接点明会议主题，语言朴实，值得大家学习借鉴。"];
    const more = ["范文（二）：", "这篇讲话稿结构清晰，层次分明，每一部分都有具体措施和工作要求。"];
    expect(mineText([...COUNTY_SPEECH_HEAD, ...notes, ...more, ...REST].join("\n")).speeches).toHaveLength(1);
  });

  it("keeps a title whose words after 讲话 are no speaker and date", () => {
    const title = "学习贯彻重要讲话精神 2025年3月4日";
    const [speech] = mineText([title, ...BODY, ...REST].join("\n")).speeches;
    expect(speech!.speaker).toBeNull();
  });

  it("drops a collection's 范文（二）： marker from the title it precedes", () => {
    const first = ["范文（一）：在全县安全生产例会上的讲话", ...BODY, ...REST];
    const second = ["范文（二）：在全镇安全生产委员会全体会议上的讲话", "同志们：", COUNTY_OPENING, COUNTY_CLOSING];
    const { speeches } = mineText([...first, ...second].join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([
      "在全县安全生产例会上的讲话",
      "在全镇安全生产委员会全体会议上的讲话",
    ]);
  });
});

describe("a forum post's signature", () => {
  const post = [...COUNTY_SPEECH_HEAD, ...REST, "附件: 讲话稿.docx (27.6 KB, 下载次数: 64)"];

  it("removes the line under a rule when the post's buttons follow it", () => {
    const signed = [
      ...post,
      "--------------------------------",
      "写材料没有捷径，多看、多改、多琢磨。",
      "回复 | 引用 | 举报",
    ];
    expect(textsOf(signed)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's closing, or a heading, between a rule and the buttons or the next post", () => {
    const rule = "------------------------------";
    const buttons = "回复 | 引用 | 举报";
    const closing = [...COUNTY_SPEECH_HEAD, "二、抓好排查", rule, COUNTY_CLOSING, buttons];
    expect(textsOf(closing)).toContain(COUNTY_CLOSING);
    const next = "小王 发表于 2024-5-27 12:01:33 | 只看该作者";
    const heading = [...COUNTY_SPEECH_HEAD, rule, "二、抓好排查", next];
    expect(textsOf(heading)).toContain("二、抓好排查");
  });

  it("keeps a line under a rule that no buttons follow", () => {
    const line = "以上意见，请各乡镇认真抓好落实。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...REST, "--------------------------------", line])).toContain(line);
  });
});

describe("a Q&A page's other answers", () => {
  it("removes them under an answer that addresses the room as 乡亲们：", () => {
    const answer = ["最佳答案", "乡亲们：", COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING];
    const others = ["其他回答", "写得很实在，可以参考。", "建议结合本村实际情况再修改一下。"];
    const kept = textsOf(["村党支部书记在村民大会上的讲话稿怎么写？", ...answer, ...others]);
    expect(kept).not.toContain("写得很实在，可以参考。");
    expect(kept).toContain(COUNTY_SITUATION);
  });
});

describe("a follow card between the paragraphs", () => {
  it("removes 推荐关注 and its prompt", () => {
    const card = ["推荐关注", "关注“澜州应急”，第一时间获取权威发布"];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...card, ...REST])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's headings that open 关注“…”", () => {
    const headings = ["关注“菜篮子”，掌握市场价格动态", "关注“舌尖上的安全”，了解群众消费信息"];
    const kept = textsOf([...COUNTY_SPEECH_HEAD, headings[0]!, COUNTY_SITUATION, headings[1]!, ...REST]).join("");
    for (const heading of headings) expect(kept).toContain(heading);
  });

  it("keeps a sentence that asks the room to watch a group closely", () => {
    const line = "关注“一老一小”，第一时间掌握独居老人和留守儿童家中用火用电情况，发现隐患立即整改。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, line, ...REST])).toContain(line);
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...REST])).toContain(COUNTY_SITUATION);
  });
});
