import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 137b's pages 07, 09 and 10 (an old .doc typed in half-width
// punctuation, a portal whose template prints each paragraph again in a 【摘录】 box, a village group's chat export):
// their boxes, headers and stops, and the speech's own lines that look like them.

describe("a template's 【摘录】 box after each paragraph, the paragraph again in fewer words", () => {
  const boxes = new Map([
    [COUNTY_OPENING, "【摘录】这次全县安全生产会议主要是分析形势、部署下阶段工作，县应急局通报了情况。"],
    [COUNTY_SITUATION, "【摘录】全县安全形势总体平稳，但事故总量偏大，企业主体责任不到位，隐患不少。"],
    [COUNTY_CHECK, "【摘录】各乡镇对危化、建筑、消防等重点领域全覆盖排查，建台账、闭环管理。"],
    [COUNTY_DUTY, "【摘录】乡镇党政主要负责同志是第一责任人，责任不落实导致事故的严肃追究。"],
  ]);
  const boxed = COUNTY_SPEECH.flatMap((l) => (boxes.has(l) ? [l, boxes.get(l)!] : [l]));

  it("drops every box, on the paragraph's heels or with its label on a line of its own", () => {
    const mined = mineText(boxed.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removalReason(mined.removed, boxes.get(COUNTY_CHECK)!)).toBe("摘录框（重复上一段）");
    const ownLine = boxed.flatMap((l) => (l.startsWith("【摘录】") ? ["【摘录】", l.slice(4)] : [l]));
    expect(textsOf(ownLine)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a labelled line of the speaker's own that says something new", () => {
    const own = "【要点】下个月起，县安委办每周通报一次各乡镇隐患整改进度，排名靠后的要在会上说明原因。";
    const texts = textsOf([...boxed.slice(0, 8), own, ...boxed.slice(8)]);
    expect(texts).toContain(own);
    expect(texts.some((t) => t.startsWith("【摘录】"))).toBe(false);
  });
});

describe("a WeChat export, each message under its time and its sender's name", () => {
  const at = (time: string, who: string) => `2024-05-06 ${time} ${who}`;
  const poster = "刘建华（县应急局）";
  const signOff = "安全这件事，说到底还得靠大家自己上心。我就讲这些。";
  const page = [
    "县安全生产工作群(86) 聊天记录",
    "—————— 2024-05-06 ——————",
    at("20:01:15", poster),
    ...COUNTY_SPEECH_HEAD,
    at("20:02:40", "城关镇-王丽"),
    "收到",
    at("20:03:05", "河口乡老张"),
    "排查是该排查，可乡里就两个人，这么多企业哪查得过来啊",
    at("20:03:30", "林业站-周敏"),
    "[语音] 9″",
    at("20:05:12", poster),
    ...COUNTY_SPEECH_REST.slice(0, 4),
    at("20:06:20", "河口乡老张"),
    "「刘建华（县应急局）：二、抓好排查……」",
    `“${poster}” 撤回了一条消息`,
    at("20:08:44", poster),
    signOff,
    at("20:09:02", "城关镇-王丽"),
    "收到！明天上午各村支书到镇里集中学习。",
    at("20:11:30", poster),
    "上面几条大家都看看，有不清楚的直接打我电话。",
  ];

  it("keeps the poster's messages as the speech and drops the others', the notices and his note after it", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([...COUNTY_SPEECH_BLOCKS.slice(0, -1), signOff]);
    // Dated lines whose names never come again (a meeting's agenda) are no chat: the speech under them stays.
    const agenda = [at("09:00", "签到入场"), at("09:30", "县长讲话"), at("10:30", "分组讨论")];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...agenda, ...COUNTY_SPEECH_REST])).toEqual(
      expect.arrayContaining(COUNTY_SPEECH_REST),
    );
  });
});

describe("an old .doc typed in half-width punctuation, its dots its full stops", () => {
  const page = [
    "在全镇安全生产工作会议上的讲话",
    "镇长 ×××",
    "同志们:",
    "今天召开全镇安全生产工作会议,主要是部署今年的工作.刚才,安监站通报了去年的情况,我都同意.",
    "1.认清形势,把安全摆上突出位置",
    "去年全镇发生事故3起,死亡1人.事故虽然不多,但是教训十分深刻.",
    "2.突出重点,抓好隐患排查",
    "(1)全面排查,不留死角.从下月开始,镇里组织3个检查组,对全镇企业逐一检查,查出的隐患要登记造册.",
    "(2)严厉打击非法违法行为.派出所,安监站要联合执法,发现一起,查处一起,绝不姑息.",
    "同志们,安全生产责任重大.希望大家把各项要求落到实处!",
  ];

  it("reads a dot between two sentences as a stop, and splits a run-in (1) head off its body at it", () => {
    const blocks = speechesOf(page)[0]!.blocks;
    expect(blocks[0]!.text).toBe(
      "今天召开全镇安全生产工作会议，主要是部署今年的工作。刚才，安监站通报了去年的情况，我都同意。",
    );
    expect(blocks.filter((b) => b.kind === "heading" && b.level === 2).map((b) => b.text)).toEqual([
      "（1）全面排查，不留死角。",
      "（2）严厉打击非法违法行为。",
    ]);
    // A site's dot between characters, on a page whose writer ends his sentences with 。 (ASCII commas or not): cut.
    const jammed = COUNTY_SPEECH.map((l) => l.replace(/，/g, ","));
    jammed[3] = jammed[3]!.replace("形势,部署", "形势,部.署");
    jammed[5] = jammed[5]!.replace("主体责任", "主体.责任");
    const texts = textsOf(jammed);
    expect(texts).toContain(COUNTY_OPENING);
    expect(texts).toContain(COUNTY_SITUATION);
  });
});
