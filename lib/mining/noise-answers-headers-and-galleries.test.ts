import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 79's: a Q&A answer that gives a speech, a portal's buttons, a
// PDF's running header with its page number, a 公众号's line about itself and a school site's gallery.
const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

describe("a Q&A answer that hands over to the speech", () => {
  it("drops the question, the answerer's card and his lead-in ending in a colon", () => {
    const page = [
      "公文写作",
      "体制内",
      "县里开安全生产会议，县长讲话稿怎么写才能不空？",
      "领导说我写的稿子太空，有没有实在一点的例子可以参考？",
      "关注者",
      "862",
      "被浏览",
      "215,904",
      "关注问题　写回答　邀请回答",
      "查看全部 31 个回答",
      "",
      "老笔头",
      "县政府办 · 写了十年材料",
      "56 人赞同了该回答",
      "",
      "方法说多了没用，不如直接看一篇。下面是我给县长起草过的一篇，会上用过，人名地名做了处理，重点看每段怎么用数字说话：",
      "",
      ...SPEECH,
    ];
    expect(speechesOf(page).map((sp) => sp.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a portal's buttons under the speech", () => {
  it("drops 打印本页 and 关闭窗口 each on a line of its own", () => {
    expect(textsOf([...SPEECH, "", "打印本页", "关闭窗口", "上一篇：全镇防汛预案"])).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a PDF's running header that carries its page number", () => {
  it("drops the header at each page and joins the paragraphs it cuts", () => {
    const header = (k: number) => `××县安全生产工作会议讲话材料　　　　　　${k} / 5`;
    const cut = (t: string) => [t.slice(0, 25), t.slice(25)];
    const [check1, check2] = cut(COUNTY_CHECK);
    const [duty1, duty2] = cut(COUNTY_DUTY);
    const page = [
      header(1),
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      check1!,
      header(2),
      check2!,
      "三、压实责任",
      duty1!,
      header(3),
      duty2!,
      header(4),
      COUNTY_SPEECH_REST[4]!,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 公众号 article", () => {
  it("drops the account's line about itself, so the headline over it makes no speech", () => {
    const page = [
      "县长在全县安全生产工作会议上的讲话",
      "原创　县应急管理局　2025年03月14日 18:06",
      "",
      "平安××丨××县应急管理局官方公众号。发布应急管理权威信息，传递安全生产好声音。",
      "",
      ...SPEECH,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a school site's gallery", () => {
  it("drops the numbered captions, their gap dropped by the normaliser, and a caption over a year", () => {
    const captions = [
      "图1　安全工作会现场",
      "图2　校长作安全工作讲话",
      "图3　班主任代表签订责任书",
      "图4 2024年隐患整改情况",
    ];
    const mined = mineText([...SPEECH, "", "图片集锦", ...captions].join("\n"));
    expect(mined.speeches.flatMap((sp) => sp.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
    // Read as captions, not left to the noise model's guess at the page's end.
    expect(mined.removed.filter((r) => r.reason === "图片说明")).toHaveLength(captions.length);
  });
});
