import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf } from "../testing/mined-page";

// A site's news item above the speech it prints, in the shape of set 70/06's: its headline, its lead, a paragraph of
// report (会上，…) and the line that hands the speech over (现将…讲话全文刊发如下：).

const REPORT =
  "会上，镇应急办通报了去年安全生产目标考核结果，镇长与各村负责人签订了今年的安全生产责任书。镇机关各站所负责人，各村党组织书记、主任，辖区重点企业负责人共一百二十余人参加会议。";

describe("a news item above the speech it prints", () => {
  it("drops the report's paragraph between its lead and the line that hands the speech over", () => {
    const page = [
      "3月18日上午，青石镇召开2025年安全生产工作会议，总结去年工作，部署今年重点任务。镇党委书记出席会议并讲话。",
      REPORT,
      "现将讲话全文刊发如下：",
      "",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
    ];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech of its own whose words report a meeting, under its own title, before the next", () => {
    const first = ["在全镇安全生产责任书签订仪式上的主持词", "同志们：", REPORT, "下面，请县长讲话。"];
    const speeches = speechesOf([...first, "", ...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST]);
    expect(speeches.map((s) => s.title)).toEqual(["在全镇安全生产责任书签订仪式上的主持词", COUNTY_TITLE]);
  });
});
