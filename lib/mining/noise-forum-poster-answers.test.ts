import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// A forum thread in the shape of set 76/09's (a Discuz X page: the author's name on a line over his post's header and
// floor): the poster posts the speech, readers reply, and the poster answers one of them in a later floor of his own.

const post = (author: string, time: string, floor: string, lines: string[]) => [
  author,
  `发表于 ${time} | 只看该作者`,
  floor,
  ...lines,
  "回复　举报",
  "",
];
const ANSWER = "通报材料内部的，不方便发，见谅。";
const QUESTION = "有没有会议通报的材料？求分享";

describe("the poster's later floor", () => {
  it("drops his short answer to a reader after his speech has closed", () => {
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", [QUESTION]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", [ANSWER]),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("reads his closing back to its start where the page wraps its lines", () => {
    const closing = ["　　同志们，安全生产责任重于泰山。希望大家以高度负责的态度，", "扎实抓好各项工作。"];
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [
        ...COUNTY_SPEECH_HEAD,
        "二、抓好排查",
        COUNTY_CHECK,
        ...closing,
      ]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", [QUESTION]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", [ANSWER]),
    ];
    expect(textsOf(page)).not.toContain(ANSWER);
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

  it("keeps his short last paragraph posted in a floor of its own where his first floor did not close", () => {
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", ["谢谢分享！"]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", [
        "要抓好冬季防火工作，各乡镇要对人员密集场所逐一排查，发现问题立即整改。",
      ]),
      ...post("客运站小马", "2024-11-23 10:15", "地板", ["学习了。"]),
    ];
    expect(textsOf(page)).toContain("要抓好冬季防火工作，各乡镇要对人员密集场所逐一排查，发现问题立即整改。");
  });

  it("keeps his closing posted in a floor of its own under a mid-speech 同志们，", () => {
    const rallying = "同志们，形势逼人，不进则退。我们要把思想统一到县委、县政府的部署上来。";
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, rallying]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", ["后面还有吗？"]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", [COUNTY_CLOSING]),
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining([rallying, COUNTY_CLOSING]));
  });

  it("reads only his own floors for the close, never a reader's 总之 or 谢谢", () => {
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, "二、抓好排查", COUNTY_CHECK]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", ["总之，写得很好，谢谢分享！"]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", ["三是建立隐患整改台账，逐项销号。"]),
    ];
    expect(textsOf(page)).toContain("三是建立隐患整改台账，逐项销号。");
  });

  // An outside review's cases (of 8c3c875): a 同志们， paragraph may end a floor midway through the speech.
  it("keeps his short floor in the middle of the speech where a later floor of his carries it on", () => {
    const rallying = "同志们，安全生产只有起点，没有终点。我们必须清醒认识到，全县安全生产基础依然薄弱。";
    const middle = "岁末年初，人员流动频繁，各类风险交织叠加，是事故易发多发的时期，大家务必保持高度警惕。";
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, rallying]),
      ...post("路政老杨", "2024-11-22 16:52", "沙发", ["顶一个，继续。"]),
      ...post("运管小周", "2024-11-22 17:05", "板凳", [middle]),
      ...post("运管小周", "2024-11-22 17:08", "4#", COUNTY_SPEECH_REST),
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining([rallying, middle, ...COUNTY_SPEECH_REST]));
  });

  it("keeps the last paragraph he supplies when a reader finds the speech's end missing", () => {
    const last = "最后，提前祝大家元旦快乐、身体健康、阖家幸福！";
    const page = [
      ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST]),
      ...post("路政老杨", "2024-11-23 08:14", "沙发", ["楼主，结尾好像不全？"]),
      ...post("运管小周", "2024-11-23 09:02", "板凳", [last]),
      ...post("客运站小马", "2024-11-23 10:15", "地板", ["学习了。"]),
    ];
    expect(textsOf(page)).toContain(last);
  });

  // An outside review's cases (of ab9fd45): 楼上楼下 and 举报邮箱 are a speech's words too.
  it("keeps his last paragraph posted after a mid-speech 同志们， though it says 楼上 or 邮箱", () => {
    const rallying = "同志们，安全生产只有起点，没有终点。我们必须清醒认识到，全县安全生产基础依然薄弱。";
    for (const last of [
      "不少小区楼上楼下的消防通道被杂物堵塞，各街道要逐栋排查，限期清理，确保通道畅通。",
      "各乡镇要公布举报电话和举报邮箱，鼓励群众举报身边的安全隐患，经查属实的给予奖励。",
    ]) {
      const page = [
        ...post("运管小周", "2024-11-22 16:40", "楼主", [...COUNTY_SPEECH_HEAD, rallying]),
        ...post("路政老杨", "2024-11-22 16:52", "沙发", ["顶一个，继续。"]),
        ...post("运管小周", "2024-11-22 17:05", "板凳", [last]),
        ...post("客运站小马", "2024-11-23 10:15", "地板", ["学习了。"]),
      ];
      expect(textsOf(page)).toContain(last);
    }
  });
});
