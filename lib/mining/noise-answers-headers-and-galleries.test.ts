import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 79's: a Q&A answer that gives a speech, a portal's buttons, a
// PDF's running header with its page number, a 公众号's line about itself and a school site's gallery.

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
      ...COUNTY_SPEECH,
    ];
    expect(speechesOf(page).map((sp) => sp.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a portal's buttons under the speech", () => {
  it("drops 打印本页 and 关闭窗口 each on a line of its own", () => {
    expect(textsOf([...COUNTY_SPEECH, "", "打印本页", "关闭窗口", "上一篇：全镇防汛预案"])).toEqual(
      COUNTY_SPEECH_BLOCKS,
    );
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
      ...COUNTY_SPEECH,
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
    const mined = mineText([...COUNTY_SPEECH, "", "图片集锦", ...captions].join("\n"));
    expect(mined.speeches.flatMap((sp) => sp.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
    // Read as captions, not left to the noise model's guess at the page's end.
    expect(mined.removed.filter((r) => r.reason === "图片说明")).toHaveLength(captions.length);
  });
});

// An outside review's cases (of db4ac67): what the rules above must leave to the speech.
describe("the speech's own lines beside those rules", () => {
  it("keeps a 主持词 whose host hands over with 下面是…：", () => {
    const script = [
      "在全县安全生产工作会议上的主持词",
      "县委副书记　王建国",
      "各位领导、同志们，现在开会。",
      "今天召开全县安全生产工作会议，会议共有三项议程。前两项议程已经进行完毕。",
      "下面是县长同志讲话：",
    ];
    expect(speechesOf([...script, ...COUNTY_SPEECH]).map((sp) => sp.title)).toEqual([script[0], COUNTY_TITLE]);
  });

  it("keeps the title that the running header repeats with its page numbers", () => {
    const header = (k: number) => `${COUNTY_TITLE}　　${k} / 3`;
    const [check1, check2] = [COUNTY_CHECK.slice(0, 25), COUNTY_CHECK.slice(25)];
    const [duty1, duty2] = [COUNTY_DUTY.slice(0, 25), COUNTY_DUTY.slice(25)];
    const page = [
      COUNTY_TITLE,
      COUNTY_SPEECH_HEAD[3]!,
      "二、抓好排查",
      check1!,
      header(2),
      check2!,
      "三、压实责任",
      duty1!,
      header(3),
      duty2!,
    ];
    expect(speechesOf(page).map((sp) => sp.title)).toEqual([COUNTY_TITLE]);
  });

  it("keeps a checklist's 关闭窗口。 and a sentence naming an account with its bar", () => {
    const list = ["台风来临前，各学校务必做到：", "关闭窗口。", "切断电源。", "人员转移。"];
    const account = "平安××丨县应急管理局官方公众号，去年共推送安全提示四百余条，成为群众身边的安全课堂。";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...list, account, ...COUNTY_SPEECH_REST]);
    expect(texts).toEqual(expect.arrayContaining(["关闭窗口。", account]));
  });

  it("keeps a sentence that names two figures, 图1和图2是…", () => {
    const line = "图1和图2是近三年全县事故起数和死亡人数的变化情况";
    expect(textsOf([...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST]).join("")).toContain(line);
  });
});
