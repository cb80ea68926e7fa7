import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_TITLE,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// A short video's or a note's own lines: where it was posted from (IP属地：…), a comment's marks (作者赞过) and the
// button over its replies (展开3条回复), and the open topics glued after a paragraph's last sentence (…。 #隐患排查).

const SPEECH_HEAD = [COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING];

describe("a self-media post's own lines", () => {
  it("removes the post's place and a comment's marks, keeping the comments' header rule's work", () => {
    const texts = textsOf([
      ...SPEECH_HEAD,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
      "3月5日",
      "IP属地：四川",
      "",
      "共36条评论",
      "青石街老李：排查台账这一条说得好",
      "作者赞过",
      "回复",
      "小河边的风：我们镇上个月也查了一遍，确实隐患不少",
      "展开3条回复",
    ]);
    expect(texts.join("\n")).not.toContain("IP属地");
    expect(texts.join("\n")).not.toContain("作者赞过");
    expect(texts.join("\n")).not.toContain("展开3条回复");
    expect(texts.join("\n")).not.toContain("青石街老李");
    expect(texts.join("\n")).not.toContain("小河边的风");
    expect(texts).toContain(COUNTY_CLOSING);
  });

  it("cuts the open topics after a paragraph's last sentence, keeping the paragraph whole", () => {
    const texts = textsOf([
      ...SPEECH_HEAD,
      `${COUNTY_CHECK} #隐患排查`,
      `${COUNTY_DUTY} #压实责任 #安全生产`,
      COUNTY_CLOSING,
    ]);
    expect(texts).toContain(COUNTY_CHECK);
    expect(texts).toContain(COUNTY_DUTY);
    expect(texts.join("\n")).not.toContain("#");
  });

  it("keeps a speech's sentence that names a province, a reply it speaks of, and a numbered unit's #", () => {
    const place = "IP属地显示为外省的举报线索，由县应急管理局统一登记、逐条核查，三日内反馈处理结果。";
    const replies = "展开回复群众来信的情况看，我县今年已办结投诉42件，满意率达到98%。";
    const unit = "要对2#高炉和 #3机组开展一次专项检查，发现问题立即整改到位。";
    const texts = textsOf([...SPEECH_HEAD, place, replies, unit, COUNTY_CLOSING]);
    expect(texts).toContain(place);
    expect(texts).toContain(replies);
    expect(texts.some((t) => t.includes("#3机组"))).toBe(true);
  });
});
