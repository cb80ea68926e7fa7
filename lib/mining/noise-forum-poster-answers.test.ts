import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// A forum thread in the shape of set 76/09's: the poster posts the speech, readers reply, and the poster answers one
// of them in a later floor of his own.

const post = (author: string, time: string, floor: string, lines: string[]) => [
  author,
  `发表于 ${time} | 只看该作者`,
  floor,
  ...lines,
  "回复　举报",
  "",
];

describe("the poster's later floor", () => {
  it("drops his short answer to a reader after his speech has closed", () => {
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", ["有没有会议通报的材料？求分享"]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", ["通报材料内部的，不方便发，见谅。"]),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps his floor that carries his speech on, with its heading, after a reader's question", () => {
    const first = [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK];
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", first),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", ["楼主辛苦，后面还有吗？"]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", ["三、压实责任", COUNTY_DUTY + COUNTY_SITUATION]),
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining(["三、压实责任", COUNTY_DUTY + COUNTY_SITUATION]));
  });
});
