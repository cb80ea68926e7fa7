import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_TITLE,
} from "@/lib/testing/county-speech-lines";
import { textsOf } from "@/lib/testing/mined-page";

// An outside review of the chat rule (noise-chat-afterwords.ts) found it taking a part of the speech: a section that
// ends 同志们，… in one message, a reply, then the poster's next short part, and the speech going on after it. A page
// written for this test in the shape of a township's group export.
const head = (time: string, who: string) => ["", `2024-07-08 ${time} ${who}`];
const POSTER = "乡政府办-陈丽(2209431876)";
const OTHER = "五里村-周书记(1873302294)";
const SECTION_CLOSE = "同志们，防汛救灾不是哪一个部门的事，每一名乡村干部都要守土有责、守土尽责，决不能掉以轻心。";
const SHORT_PART = "尤其是夜间出现强降雨时，值班人员要在岗在位，山洪灾害危险区的群众要提前组织转移。";

const page = (afterShort: string[]) => [
  "五里乡防汛工作群 聊天记录",
  ...head("09:10:02", POSTER),
  COUNTY_TITLE,
  "同志们：",
  COUNTY_OPENING,
  "一、认清形势",
  COUNTY_SITUATION,
  SECTION_CLOSE,
  ...head("09:10:31", OTHER),
  "收到",
  ...head("09:11:05", POSTER),
  SHORT_PART,
  ...afterShort,
];

describe("the poster's short message in a chat whose speech goes on after it", () => {
  it("keeps a short part after a section's 同志们，… when the poster's later message carries the speech on", () => {
    const texts = textsOf(
      page([...head("09:12:40", POSTER), "二、抓好排查", COUNTY_CHECK, "三、压实责任", COUNTY_DUTY]),
    );
    expect(texts).toContain(SHORT_PART);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_CHECK, COUNTY_DUTY]));
  });

  it("still drops the poster's instruction when nothing of the speech follows it", () => {
    const order = "请各村今天下班前把值班表报乡政府办，没有报的电话催。";
    const texts = textsOf([...page([]), ...head("09:13:20", OTHER), "好的", ...head("09:14:02", POSTER), order]);
    expect(texts.join("")).not.toContain("值班表报乡政府办");
  });
});
