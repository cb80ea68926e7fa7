import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 109's: a recording written up (录音整理稿) with its cover's
// fields and the chair's tagged turns, a TV station's news page with a clip's line inside the speech, and a live
// blog's photo inside the speech, credited to the station and its photographer.

describe("a recording's written-up copy", () => {
  const cover = [
    "录音整理稿",
    COUNTY_TITLE,
    "会议名称：全县2024年安全生产工作会议",
    "会议时间：2024年3月5日上午9:00",
    "会议地点：县行政中心一楼会议室",
    "录音时长：41分05秒",
    "录音文件：0305_安全生产会_县长讲话.mp3",
    "整理人：县政府办　李某",
    "校对人：县应急局　张某",
    "整理日期：2024年3月6日",
    "整理说明：（）内为现场情况；口语化表述已作删减。",
    "",
    "[00:10:12]",
    "【主持人】下面，请县长×××同志讲话，大家欢迎！",
    "【讲话人】县长　×××",
  ];
  const page = [...cover, ...COUNTY_SPEECH.slice(2), "【主持人】感谢县长的讲话。下面进行第三项议程。"];

  it("drops the cover's fields and the chair's turns, and reads the tagged speaker line as the speaker's", () => {
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.speaker).toBe("县长×××");
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves a tag before anything but a speaker line, and the fields' words in the speech's sentences", () => {
    const own = "整理人员要在会后三天内把会议纪要报县政府办，校对人员要逐字核对。";
    const blocks = textsOf([...cover.slice(0, -1), "【讲话人】请各乡镇认真抓好落实。", ...COUNTY_SPEECH.slice(2), own]);
    expect(blocks).toContain("【讲话人】请各乡镇认真抓好落实。");
    expect(blocks).toContain(own);
  });
});

describe("a TV station's news page with a clip inside the speech", () => {
  it("drops the clip's line and keeps the platform's address the speech names", () => {
    const named = "对整改不力的企业，将在县安全生产监管平台（aqjg.example.gov.cn）上公开曝光，形成震慑。";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "【视频片段】县长：隐患不整改，一律不得复工　▶ 00:48",
      ...COUNTY_SPEECH_REST.slice(0, 2),
      named,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    const blocks = textsOf(page);
    expect(blocks).not.toContain("【视频片段】县长：隐患不整改，一律不得复工 00:48");
    expect(blocks.some((b) => b.includes("视频片段"))).toBe(false);
    expect(blocks.join("")).toContain(named);
  });

  it("still cuts an address a site pastes after its own words", () => {
    const blocks = textsOf([...COUNTY_SPEECH_HEAD, `${COUNTY_CHECK}更多范文请访问范文平台（www.example.com）。`]);
    expect(blocks.join("")).not.toContain("www.example.com");
  });
});

describe("a photo inside the speech, credited to the station and its photographer", () => {
  it("drops the caption between two sections", () => {
    const page = [...COUNTY_SPEECH_HEAD, "[图片] 县长×××在会上讲话。（某某融媒 王一 摄）", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence that ends in a bracket on filming", () => {
    const own = "各乡镇要把排查过程全程记录下来。（由县融媒体中心负责拍摄）";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});
