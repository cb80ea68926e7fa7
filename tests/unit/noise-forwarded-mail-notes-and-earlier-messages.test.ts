import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";
import { isSpeakerLine } from "../../lib/mining/outline-patterns";

// An office's e-mail forwarding two leaders' speeches, in the shape of set 104's page 10: a clerk's note on the
// figures set after a paragraph, the earlier message of the thread printed under the speeches (its reply and the
// line it quotes), and a speaker line whose first post is a membership (党组成员、副厅长 ×××). The mail's words go;
// the speech's own notes and a forwarded draft stay.

const joined = (blocks: string[]) => blocks.join("");

const header = (from: string, subject: string) => [
  `发件人: ${from}`,
  "发送时间: 2025年5月12日 16:20",
  "收件人: 办公室综合科",
  `主题: ${subject}`,
  "",
];

describe("a clerk's note on the figures", () => {
  it("cuts 【注：…已与…核实…】 glued to a paragraph's end, and the paragraph stays whole", () => {
    const head = [
      ...COUNTY_SPEECH_HEAD.slice(0, -1),
      `${COUNTY_SITUATION}【注：伤亡人数已与县统计科核实，截至5月10日】`,
    ];
    expect(textsOf([...head, ...COUNTY_SPEECH_REST])).toContain(COUNTY_SITUATION);
  });

  it("keeps a speech's own note on where its figures come from", () => {
    const own = `${COUNTY_SITUATION}【注：以上数据截至5月10日，来源于县应急管理局月度统计】`;
    expect(textsOf([...COUNTY_SPEECH_HEAD.slice(0, -1), own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("the earlier message under the forwarded speech", () => {
  const forward = [...header("县政府办公室 <bgs@lanxian.gov.cn>", "转发: 县长讲话（定稿）"), "请各位领导审阅。", ""];
  const earlier = [
    "",
    "-----原始邮件-----",
    ...header("王副县长 <wang@lanxian.gov.cn>", "回复: 讲话稿核稿"),
    "稿子看过了，第二部分的检查组改成三个，其他没意见。",
    "",
    "> 请各位领导于明天上午前反馈修改意见。",
  ];

  it("drops the reply and the line it quotes, and the speech ends at its closing", () => {
    const speeches = speechesOf([...forward, ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...earlier]);
    const text = joined(speeches.flatMap((s) => s.blocks.map((b) => b.text)));
    expect(text).not.toContain("稿子看过了");
    expect(text).not.toContain("反馈修改意见");
    expect(speeches.at(-1)!.blocks.at(-1)!.text).toBe(COUNTY_CLOSING);
  });

  it("keeps a speech that the earlier message itself carries", () => {
    const page = [
      ...forward,
      "-----原始邮件-----",
      ...header("王副县长 <wang@lanxian.gov.cn>", "讲话稿"),
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(COUNTY_CHECK);
    expect(textsOf(page)).toContain(COUNTY_CLOSING);
  });
});

describe("a speaker line whose first post is a membership", () => {
  it("reads 党组成员、副局长 ××× as the speech's speaker, not a paragraph", () => {
    for (const speaker of [
      "市住房和城乡建设局党组成员、副局长　赵明",
      "市住房和城乡建设局党组成员、副局长　欧阳建华",
    ]) {
      const page = [
        "在全市安全生产工作会议上的讲话",
        speaker,
        "（2025年5月9日）",
        ...COUNTY_SPEECH_HEAD.slice(2),
        ...COUNTY_SPEECH_REST,
      ];
      const [speech] = speechesOf(page);
      expect(speech!.speaker).toBe(speaker.replace("　", ""));
      expect(speech!.blocks.map((b) => b.text)).not.toContain("（2025年5月9日）");
    }
  });

  it("reads no other 成员 before a post as a membership", () => {
    const line = "县安全生产检查组成员、县应急管理局局长　张强";
    expect(isSpeakerLine(line)).toBe(false);
    expect(isSpeakerLine("县委常委、常务副县长　张强")).toBe(true);
  });
});
