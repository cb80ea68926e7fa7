import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE } from "../testing/county-speech-lines";
import { speechesOf } from "../testing/mined-page";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";

// A county site's 领导活动 page written for these tests: the news report of the meeting, four paragraphs told in the
// third person between the report's lead and the line handing the speech over, then the speech in full.

const PAGE_HEAD = [
  "×××县委员会　县党建网",
  "当前位置：首页 > 领导活动 > 正文",
  "发布时间：2025-03-05 10:20　　来源：县委办",
];
const LEAD = "3月4日上午，全县安全生产工作会议在县行政中心召开。县长×××出席会议并讲话，副县长×××主持会议。";
const DID = "会议通报了2024年全县安全生产工作情况，县政府与各乡镇签订了2025年度安全生产目标责任书。";
const STRESSED =
  "×××在讲话中充分肯定了去年的工作。他指出，各级各部门要紧盯重点行业领域，深入开展隐患排查整治，坚决遏制各类事故发生。";
const JOINED = "会议以视频形式开到各乡镇。各乡镇主要负责同志、县安委会各成员单位负责同志参加会议。";
const HANDOVER = "现将×××同志讲话全文刊发如下：";

describe("a news report between its lead and the line handing the speech over", () => {
  it("drops the report's paragraphs: the page holds one speech, under its own title", () => {
    const page = [...PAGE_HEAD, "", LEAD, "", DID, "", STRESSED, "", JOINED, "", HANDOVER, "", ...COUNTY_SPEECH];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    const { removed } = removeNoiseFromPage(page);
    for (const line of [DID, STRESSED, JOINED]) expect(removalReason(removed, line)).toMatch(/新闻导语/);
  });

  it("keeps the lines between when one speaks to the hall (我们, 大家): a speech relaying the meeting", () => {
    const own = "会议要求我们认真抓好贯彻落实，大家回去以后要马上传达。";
    const page = [...PAGE_HEAD, "", LEAD, "", DID, "", own, "", HANDOVER, "", ...COUNTY_SPEECH];
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(own);
    expect(kept).toContain(DID);
  });

  it("keeps them under a handover that names no speech (现将会议精神整理如下：), the speaker's own words", () => {
    const relay = "现将会议精神和我县贯彻意见整理如下：";
    const page = ["同志们：", "", LEAD, "", DID, "", STRESSED, "", relay, "", ...COUNTY_SPEECH.slice(3)];
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(DID);
    expect(kept).toContain(STRESSED);
  });
});
