import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 138's pages 02, 04, 09 and 10 (a 文库 preview with an ad
// between two pages, a 公众号 post with 【…】 subheads under its sections, a document site's preview cut off, a
// township's 纪要 holding the speech): their chrome, and the speech's own lines that look like it.

describe("a 纪要 whose header writes 时间： and 地点： bare, its speech column and its decisions", () => {
  const minutes = [
    "青山镇安全生产委员会2025年第一次全体会议纪要",
    "时间：2025年3月6日上午9:00",
    "地点：镇政府二楼会议室",
    "主持人：镇党委副书记　何平",
    "参会人员：镇安委会全体成员，各村党组织书记",
    "记录：吴敏",
    "会议听取了镇应急办的情况通报。现将镇长讲话和会议议定事项纪要如下：",
    "一、镇长讲话（录音整理稿）",
    ...COUNTY_SPEECH,
    "二、会议议定事项",
    "1. 由镇应急办牵头，3月31日前完成全镇小作坊拉网式检查。",
    "2. 各村于3月15日前报送隐患清单。",
  ];

  it("keeps the speech alone, the header, the column's label and the decisions removed as the 纪要's", () => {
    const mined = mineText(minutes.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    for (const line of [minutes[0]!, minutes[1]!, minutes[2]!, minutes[5]!, minutes[7]!])
      expect(removalReason(mined.removed, line), line).toBe("会议记录的表头");
    expect(removalReason(mined.removed, "二、会议议定事项")).toBe("会议记录（决定事项）");
  });

  it("reads bare 时间： and 地点： as fields only beside a field of the meeting's own", () => {
    // A notice's time and place over the speech are no minutes: nothing of the speech's head goes with them.
    const notice = ["时间：2025年3月6日上午9:00", "地点：镇政府二楼会议室", ...COUNTY_SPEECH];
    const mined = mineText(notice.join("\n"));
    expect(removalReason(mined.removed, notice[0]!)).not.toBe("会议记录的表头");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts a transcriber's note in 〔〕 with how long the recording failed, and keeps a speech's own bracket", () => {
    const noted = COUNTY_CHECK.replace("建立隐患台账，", "建立隐患台账，〔录音中断约10秒〕");
    const own = "对监控录像中断的企业，（录音录像中断的）要一律责令整改。";
    const texts = textsOf([...COUNTY_SPEECH.slice(0, 7), noted, own, ...COUNTY_SPEECH.slice(8)]);
    expect(texts).toContain(COUNTY_CHECK);
    expect(texts).toContain(own);
  });
});

describe("a section's 【…】 subheads, as a 公众号 prints them in bold", () => {
  const sectioned = (subheads: string[]) => [
    COUNTY_TITLE,
    "同志们：",
    COUNTY_OPENING,
    "一、认清形势",
    COUNTY_SITUATION,
    "二、抓好排查",
    subheads[0]!,
    COUNTY_CHECK,
    ...(subheads[1] ? [subheads[1], COUNTY_DUTY] : [COUNTY_DUTY]),
    COUNTY_CLOSING,
  ];

  it("reads two or more in a numbered section as its headings one level down, none removed as chrome", () => {
    const speech = speechesOf(sectioned(["【盯紧重点行业领域】", "【盯紧责任落实】"]))[0]!;
    const headings = speech.blocks.filter((b) => b.kind === "heading").map((b) => [b.level, b.text]);
    expect(headings).toEqual([
      [1, "一、认清形势"],
      [1, "二、抓好排查"],
      [2, "【盯紧重点行业领域】"],
      [2, "【盯紧责任落实】"],
    ]);
    expect(speech.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text)).toContain(COUNTY_DUTY);
  });

  it("leaves a single bracketed line over a paragraph, and a bracketed label outside the sections, as they were", () => {
    const single = speechesOf(sectioned(["【典型案例】"]))[0]!;
    expect(single.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、认清形势",
      "二、抓好排查",
    ]);
    const unnumbered = COUNTY_SPEECH.map((l) =>
      l === "一、认清形势" ? "【认清形势】" : l === "二、抓好排查" ? "【抓好排查】" : l,
    );
    const blocks = speechesOf(unnumbered)[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading" && b.level === 2)).toEqual([]);
  });
});

describe("a preview's page count where the sentence above it was cut, and an ad between two pages", () => {
  it("removes 还剩1页未读，继续阅读 under a line that stops on a comma", () => {
    const cut = `${COUNTY_DUTY.slice(0, COUNTY_DUTY.indexOf("，") + 1)}`;
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      cut,
      "还剩1页未读，继续阅读",
    ];
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, "还剩1页未读，继续阅读")).toBe("付费/登录提示");
    expect(mined.speeches[0]!.blocks.map((b) => b.text).join("")).not.toContain("未读");
  });

  it("removes a dashed ad label's line inside a wrapped paragraph, the paragraph joined across it", () => {
    const at = COUNTY_CHECK.indexOf("建立");
    const page = [
      ...COUNTY_SPEECH.slice(0, 7),
      COUNTY_CHECK.slice(0, at),
      "— 广告 — 开通文库会员，享免广告阅读 >>",
      COUNTY_CHECK.slice(at),
      ...COUNTY_SPEECH.slice(8),
    ];
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, "— 广告 — 开通文库会员，享免广告阅读 >>")).toBe("广告");
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toContain(COUNTY_CHECK);
  });
});
