import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_DUTY,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";

// A phone copy's app prompt where a picture was, a 视频号 caption's tail after its title and a recorder app's summary
// above its text are the page's; a speech's step line (打开××APP，查看全部视频), the caption's speaker or part after its
// bar, and the record's name its user typed (总结：…录音) are not.

const joined = (page: string[]) => textsOf(page).join("\n");
const captioned = (caption: string) => ["长丰发布", "关注", caption, "6月18日 · 安徽", "", ...COUNTY_SPEECH.slice(2)];

describe("an app's prompt", () => {
  it("keeps a speech's steps to open an app and see its videos", () => {
    const steps = ["下载安全学习APP，注册登录", "打开安全学习APP，查看全部视频", "选择本岗位课程，完成学时后在线考试"];
    const page = [...COUNTY_SPEECH_HEAD, "内容就三行：", ...steps, ...COUNTY_SPEECH_REST];
    // (the first, a download's call, is the learned model's to judge)
    for (const step of steps.slice(1)) expect(joined(page)).toContain(step);
  });

  it("drops the prompt with its link's >", () => {
    const page = [...COUNTY_SPEECH_HEAD, "打开宁川观察APP 查看高清大图 >", ...COUNTY_SPEECH_REST];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a caption's tail after its title", () => {
  it("keeps the speaker or the part after the bar in the title, the topics gone", () => {
    expect(speechesOf(captioned(`${COUNTY_TITLE}｜县长李明 #防汛 #平安长丰`))[0]!.title).toBe(
      `${COUNTY_TITLE}｜县长李明`,
    );
    expect(speechesOf(captioned(`${COUNTY_TITLE}｜第一部分 #安全生产月`))[0]!.title).toBe(`${COUNTY_TITLE}｜第一部分`);
  });

  it("takes full-width topics off, and a 完整版 tail after a title holding a unit's number", () => {
    expect(speechesOf(captioned(`${COUNTY_TITLE} ＃危化品安全＃ ＃宁川应急＃`))[0]!.title).toBe(COUNTY_TITLE);
    const unit = "在#2机组A级检修安全动员会上的讲话";
    expect(speechesOf(captioned(`${unit}｜完整版 #安全生产 #青禾电厂`))[0]!.title).toBe(unit);
  });
});

describe("a recorder app's export", () => {
  const chunk = (label: string, text: string) => [label, text, ""];
  const chunks = [
    ...chunk("发言人2 00:00:01", "大家安静一下，下面请王厂长讲话。"),
    ...chunk("发言人1 00:00:12", COUNTY_OPENING),
    ...chunk("发言人1 00:02:30", COUNTY_DUTY),
    ...chunk("发言人1 00:04:02", COUNTY_CLOSING),
  ];

  it("keeps the record's name its user typed after 总结： and 纪要：", () => {
    const page = ["总结：2024年上半年安全生产工作总结会录音", "纪要：厂长讲话及下半年工作安排", "", ...chunks];
    expect(joined(page)).toContain("2024年上半年安全生产工作总结会录音");
    expect(joined(page)).toContain("厂长讲话及下半年工作安排");
  });

  it("drops the summary panels whose labels stand on their own lines", () => {
    const panels = ["全文概要", "厂长部署下半年安全生产工作。", "关键词", "动火作业　设备检修", "章节速览"];
    const page = [
      COUNTY_TITLE,
      "2024-07-05 09:30 ｜ 时长 00:06:18",
      "",
      ...panels,
      "00:00:12 开场",
      "要点回顾：",
      "1. 动火作业严格审批",
      "",
      ...chunks,
    ];
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_DUTY, COUNTY_CLOSING]);
  });
});
