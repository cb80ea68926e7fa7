import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { isTitleLine } from "./outline-patterns";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 42's: a 贴吧 thread carrying a speech over three floors, a
// meeting record with its own 会议要求 under the speech, a repost's card of the account it came from, a post's hook
// in front of its title, and a reader's 点击查看更多 inside a sentence.
const SEP = "------------------------------------------------";

describe("a 贴吧 thread", () => {
  const card = (name: string, level: string) => [SEP, name, level];
  const page = [
    "百度贴吧 > 大王庄吧 > 看贴",
    "转一篇咱村王主任讲安全的话，说得挺实在",
    "只看楼主　收藏　回复",
    ...card("大王庄的老李", "楼主　Lv.8　种地能手"),
    "今天村里开会，王主任讲了一大段，我回来按录音整理了一下。字多，分几楼发。",
    COUNTY_TITLE,
    "同志们：",
    COUNTY_OPENING,
    COUNTY_SITUATION,
    "1楼　2025-03-22 20:15　来自Android客户端　回复(3)",
    "　　南坡小刘：顶一个，等后面的",
    ...card("大王庄的老李", "楼主　Lv.8　种地能手"),
    "继续，接1楼",
    COUNTY_CHECK,
    "2楼　2025-03-22 20:31　来自Android客户端　回复",
    ...card("庄稼汉老赵", "Lv.5　吧里常客"),
    "说得实在！邻村去年就有人在地头烧秸秆，把人家的柴火垛点着了。楼主快更",
    "3楼　2025-03-22 20:40　来自iPhone客户端　回复(1)",
    "　　大王庄的老李：马上，最后一段了",
    ...card("大王庄的老李", "楼主　Lv.8　种地能手"),
    "接上，这是最后一部分",
    COUNTY_DUTY,
    COUNTY_CLOSING,
    "4楼　2025-03-22 21:02　来自Android客户端　回复(2)",
  ];

  it("keeps the poster's speech across his floors, without cards, floor lines, replies or hand-over notes", () => {
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    const texts = speeches[0]!.blocks.map((b) => b.text);
    expect(texts).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
  });

  it("reads 在…会上关于安全生产的讲话 as a title, and 市委书记在…上关于…的讲话 in a list as none", () => {
    expect(isTitleLine("在村民代表大会上关于安全生产的讲话")).toBe(true);
    expect(isTitleLine("市委书记在市委常委会会议上关于安全生产工作的讲话")).toBe(false);
  });

  it("leaves a speech alone whose comments below carry cards and floor lines", () => {
    const comments = ["全部评论", "青山绿水", "Lv.5", "讲得很实在，收藏了。", "2楼 2025-03-22 20:31 回复"];
    const more = ["老张说事", "Lv.3", "学习了，谢谢分享", "3楼 2025-03-22 21:05 回复"];
    const { speeches } = mineText([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...comments, ...more].join("\n"));
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(COUNTY_SPEECH_BLOCKS));
  });

  it("keeps a floor's first sentence that opens 继续 (继续加强…)", () => {
    const goOn = "继续加强应急救援队伍建设。";
    const floors = [...page.slice(0, -5), ...card("大王庄的老李", "楼主　Lv.8　种地能手"), goOn, ...page.slice(-3)];
    expect(textsOf(floors)).toContain(goOn);
  });
});

describe("a meeting record under the speech", () => {
  it("removes its 会议要求： and the numbered items under it", () => {
    const record = [
      "会议要求：",
      "1.各村于6月25日前召开两委会议，传达本次会议精神。",
      "2.汛期值班表由党政办统一编排。",
    ];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...record])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a host's 会议要求 items that the speech goes on after (散会)", () => {
    const items = ["会议要求：", "一、立即传达会议精神。", "二、全面落实防汛责任。"];
    const kept = textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...items, "今天的会议就开到这里，散会。"]);
    expect(kept).toEqual(expect.arrayContaining(items.slice(1)));
  });

  it("keeps a speech's own 会议要求 section above its closing", () => {
    const own = ["会议要求：", "1.各村于6月25日前召开两委会议，传达本次会议精神。"];
    const kept = textsOf([...COUNTY_SPEECH_HEAD, ...own, COUNTY_CHECK, COUNTY_CLOSING]);
    expect(kept).toEqual(expect.arrayContaining([own[1]!]));
  });
});

describe("a repost and a post's headline", () => {
  it("removes the source account's card: 以下文章来源于, the account's name and its description", () => {
    const source = [
      "以下文章来源于华兴新材料 ，作者安环部",
      "华兴新材料",
      "华兴新材料有限公司官方账号，发布企业动态。",
    ];
    const page = [COUNTY_TITLE, "原创 安环部 华兴安全生产 2025年03月06日 17:42", "听全文 09:12", ...source, ""];
    expect(textsOf([...page, ...COUNTY_SPEECH_HEAD.slice(2), ...COUNTY_SPEECH_REST])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a sentence that opens 以下文章来源于, and a main title or a name before ｜", () => {
    const quote = "以下文章来源于市委政研室的调研报告，我念几段，请大家认真体会。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, quote, ...COUNTY_SPEECH_REST])).toContain(quote);
    const main = `坚定信心 真抓实干｜${COUNTY_TITLE}`;
    const title = mineText([main, ...COUNTY_SPEECH_HEAD.slice(1), ...COUNTY_SPEECH_REST].join("\n")).speeches[0]!.title;
    expect(title).toContain("坚定信心");
  });

  it("drops a post's hook in front of the title", () => {
    const hooked = `节后第一个月，这三件事必须盯死｜${COUNTY_TITLE}`;
    expect(
      mineText([hooked, ...COUNTY_SPEECH_HEAD.slice(1), ...COUNTY_SPEECH_REST].join("\n")).speeches[0]!.title,
    ).toBe(COUNTY_TITLE);
  });

  it("removes 点击查看更多 inside a sentence, which runs on across it", () => {
    const [a, b] = [
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，",
      "建立隐患台账，实行闭环管理。",
    ];
    const kept = textsOf([...COUNTY_SPEECH_HEAD, a, "点击查看更多", b, COUNTY_CLOSING]);
    expect(kept.join("")).not.toContain("点击查看更多");
    expect(kept.join("")).toContain(a + b);
  });
});
