import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests: a speech's own lines in the shapes of the chrome the set 112 rules remove (a credit
// in brackets after a sentence, a reader stamp, a news label, a genre tag), which the rules must leave as they are.
const TITLE = "在水务集团2025年防汛安全工作会议上的讲话";
const OPENING =
  "今天召开防汛安全工作会议，主要是分析今年汛期形势，安排部署防汛各项工作。刚才，生产技术部通报了汛前检查情况，我都同意。";
const RISK =
  "今年汛期降水可能偏多，部分泵站设备老化，排涝能力不足的问题仍然存在，各单位一定要增强忧患意识，决不能心存侥幸。";
const CHECK = "各水厂、泵站要在五月底前完成一次汛前大检查，对发现的隐患建立台账，逐项明确整改责任人和完成时限。";
const CLOSING = "同志们，防汛工作责任重于泰山。希望大家迅速行动起来，确保安全度汛。";
const HEAD = [TITLE, "（2025年4月8日）", "集团党委书记、董事长　沈明远", ""];

describe("a speech's sentence ending in a bracket that opens with 摄影", () => {
  it("keeps a team, a kind of entry and a duty named there", () => {
    const duty = "抢险演练全程要留存影像资料，作为复盘讲评的依据。（摄影摄像　办公室负责）";
    const kind = "本次防汛宣传作品征集共评出一等奖两名、二等奖五名。（摄影类单独评奖）";
    const team = "一等奖：《堤坝上的夜》。（摄影组　第二水厂周立群）";
    const page = [...HEAD, "同志们：", OPENING, duty, RISK, kind, team, CHECK, CLOSING];
    const kept = textsOf(page).join("").replace(/\s/g, "");
    for (const line of [duty, kind, team]) expect(kept).toContain(line.replace(/\s/g, ""));
  });

  it("still removes a caption crediting two photographers", () => {
    const caption = "集团领导班子成员检查泵站排涝设备。（摄影　冯晓川、陶敏）";
    const page = [...HEAD, "同志们：", OPENING, RISK, CHECK, CLOSING, "", caption];
    const mined = mineText(page.join("\n"));
    expect(textsOf(page)).toEqual([OPENING, RISK, CHECK, CLOSING]);
    expect(removalReason(mined.removed, caption)).toBe("图片说明");
  });
});

describe("a reader's name and staff number in round brackets", () => {
  it("keeps them where the speech names the reader, though the reader's band recurs", () => {
    const band = "沈佳 204517 内部资料 严禁外传";
    const named = "对在汛前检查中表现突出的（沈佳 204517）等八名同志，集团予以通报表扬。";
    const page = [...HEAD, "同志们：", OPENING, band, named, CHECK, band, CLOSING];
    expect(textsOf(page)).toEqual([
      OPENING,
      "对在汛前检查中表现突出的（沈佳204517）等八名同志，集团予以通报表扬。",
      CHECK,
      CLOSING,
    ]);
  });
});

describe("a news label on the speech's own lines", () => {
  it("cuts only the tag from a portal's title and keeps the title", () => {
    const subtitled = "筑牢安全度汛防线——在水务集团2025年防汛安全工作会议上的讲话";
    for (const title of [TITLE, subtitled]) {
      const page = [`【要闻】${title}`, "集团党委书记、董事长　沈明远", "", "同志们：", OPENING, RISK, CHECK, CLOSING];
      expect(speechesOf(page).map((s) => s.title?.replace(/\s/g, ""))).toEqual([title.replace(/\s/g, "")]);
    }
  });

  it("keeps an item the speaker reads out after a colon", () => {
    const lead = "前几天的一条消息，请大家认真听一听：";
    const item = "快讯：4月3日夜间，邻市一座排涝泵站因配电柜进水停机，周边三个小区积水，原因正在调查。";
    const page = [...HEAD, "同志们：", OPENING, lead, item, RISK, CLOSING];
    expect(textsOf(page)).toEqual([OPENING, lead, item, RISK, CLOSING]);
  });

  it("keeps the speech's account of the kinds of report and of its own columns", () => {
    const kinds = "简讯：主要反映各单位防汛工作的一般动态，写明时间、地点和事件，一般不超过一百五十字。";
    const columns = [
      "【要闻】集中刊发集团防汛工作的重要部署",
      "【动态】反映各水厂、泵站防汛准备的新进展",
      "【速递】及时转发气象部门的预警信息",
    ];
    const page = [...HEAD, "同志们：", OPENING, kinds, "集团内网防汛专栏分设三个栏目：", ...columns, CHECK, CLOSING];
    const kept = textsOf(page).join("");
    for (const line of [kinds, ...columns]) expect(kept).toContain(line);
  });

  it("still removes a brief's item whose label the page sets with a bullet or a space", () => {
    const bulleted = "■简讯　4月2日，集团生产技术部对各泵站开展汛前检查，共检查设备326台，发现问题14项。";
    const spaced = "简讯　4月5日，集团举办防汛抢险技能培训班，培训职工180人次。";
    const page = [...HEAD, "同志们：", OPENING, RISK, CHECK, CLOSING, "", bulleted, spaced];
    expect(textsOf(page)).toEqual([OPENING, RISK, CHECK, CLOSING]);
  });
});

describe("a genre tag opening a host's agenda line", () => {
  it("leaves the agenda lines whole and makes no title of them", () => {
    const agenda = [
      "【讲话】请生产技术部负责同志通报汛前检查情况",
      "【发言】请抢险队员代表宣读防汛承诺书",
      "【仪式】全体参会人员在防汛责任书上签字",
    ];
    const page = [
      "水务集团2025年防汛工作动员会主持词",
      "",
      "同志们：",
      OPENING,
      "今天的会议共有三项议程：",
      ...agenda,
      CHECK,
      CLOSING,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0].blocks.map((b) => b.text).join("")).toContain(agenda.join(""));
  });
});
