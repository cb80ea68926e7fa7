import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";

// A Discuz X thread in the shape of set 104's page 08: the poster pastes a speech with the forum's anti-copy strings
// in it, chats and signs under it, a reader quotes its opening in his reply, and another pastes a second speech with
// a line of his own above its title. The forum's words go; the speeches' sentences stay whole.

const joined = (blocks: string[]) => blocks.join("");
const withLine = (line: string) => [...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];

describe("a Discuz thread's anti-copy strings", () => {
  it("cuts strings of letters, digits and marks glued to a paragraph's end or set into its sentence", () => {
    const end = textsOf(withLine(`${COUNTY_CHECK}7 V+ #% k( w`));
    expect(end).toContain(COUNTY_CHECK);
    const inside = "去年全县发生较大事故一起。' h% R3 [6 d腊月里又有两起，损失都不小。";
    expect(textsOf(withLine(inside))).toContain("去年全县发生较大事故一起。腊月里又有两起，损失都不小。");
    expect(textsOf(withLine(`${COUNTY_DUTY}5 m2 {' T* J`))).toContain(COUNTY_DUTY);
  });

  it("keeps a speech's grid references, furnace numbers and times at a paragraph's end", () => {
    for (const own of [
      "三号库区的货架要按网格重新编号，重点检查这几个位置：A1 B2 C3 D4",
      "今年要完成大修的高炉有四座：1# 2# 3# 4#",
      "值班时间调整为两班：8: 30 - 11: 30",
    ])
      expect(joined(textsOf(withLine(own)))).toContain(own.slice(-8));
  });
});

/** A Discuz X floor: the author's name, the floor, its stamp, the post's lines and its buttons. */
const floor = (author: string, mark: string, time: string, lines: string[]) => [
  author,
  mark,
  `发表于 ${time} | 只看该作者`,
  ...lines,
  "回复 举报",
];

describe("the poster's words and the replies around the speech", () => {
  // A closing without thanks: nothing a signature is told from.
  const closing = "同志们，安全生产责任重于泰山。希望大家扎实抓好各项工作，确保全县安全形势持续稳定。";
  const speech = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST.slice(0, -1), closing];
  const quoted = `${COUNTY_OPENING.slice(0, 30)} ...`;
  const second = [
    "在县医院安全生产工作会议上的讲话",
    "同志们：",
    "今天召开全院安全生产工作会议，主要是总结去年工作，部署今年重点任务。刚才，保卫科通报了检查情况，我都同意。",
    COUNTY_SITUATION,
    COUNTY_CHECK,
    "同志们，医院安全责任重大。希望大家绷紧安全之弦，确保全年不发生安全事故。",
  ];
  const page = [
    ...floor("写材料的老周", "楼主", "2025-4-2 20:11:05", [
      ...speech,
      "",
      "有不对的地方欢迎指正，觉得有用的顶一下~",
      "签名：文章千古事，得失寸心知。",
    ]),
    ...floor("小城文书", "沙发", "2025-4-3 08:30:12", [
      "写材料的老周 发表于 2025-4-2 20:11",
      quoted,
      "层次很清楚，第三部分压实责任那段我们也能借鉴。收藏了，多谢分享！",
    ]),
    ...floor("南山小吏", "板凳", "2025-4-3 09:02:47", [
      "凑个热闹，贴一篇上周给我们院长写的，需要的拿去参考，数字都换过了。",
      "",
      ...second,
    ]),
  ];

  it("drops the poster's appeal and signature, a reader's reply and the note over the second speech", () => {
    const text = joined(textsOf(page));
    for (const chrome of ["顶一下", "文章千古事", "收藏了，多谢分享", "凑个热闹"]) expect(text).not.toContain(chrome);
  });

  it("keeps both speeches whole, each ending at its closing", () => {
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(2);
    expect(speeches[0]!.blocks.at(-1)!.text).toBe(closing);
    expect(speeches[1]!.title).toBe("在县医院安全生产工作会议上的讲话");
    expect(speeches[1]!.blocks.at(-1)!.text).toBe(second.at(-1));
  });

  it("keeps a speech that asks the room for its views and support", () => {
    const own = "大家觉得这个办法有用的，会后可以在本单位推广，有问题欢迎随时向县安委办反映。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});
