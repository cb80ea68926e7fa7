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
import { decodeDocument } from "./decode-document";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 38's: a note app's Markdown, a live blog, an H5 page with
// tabs, a writing course's handout, a single-page app's saved page, a bilingual page of an autonomous prefecture, a
// meeting handbook and a group chat forwarding a speech.
const SPEECH = COUNTY_SPEECH_HEAD;
const REST = COUNTY_SPEECH_REST;
const BLOCKS = COUNTY_SPEECH_BLOCKS;

describe("a note app's Markdown", () => {
  it("keeps a wikilink's words and cuts embeds, comments, block ids, tags and callouts", () => {
    const page = ["---", "title: 0315 县长讲话", "aliases:", "  - 县长讲话定稿", "tags:", "  - 材料/讲话稿", "---", ""];
    page.push(`# ${COUNTY_TITLE}`, "", "县长　×××", "", "同志们：", "", `${COUNTY_OPENING} ^a1b2c3`, "");
    page.push(
      "## 一、认清形势",
      "",
      "> [!note] 待核实：去年事故数以应急局年报为准。",
      "> 数据口径见 [[统计年报]]。",
      "",
    );
    page.push(COUNTY_SITUATION.replace("全县安全生产", "[[全县]]安全生产") + " #典型案例 ^9zb84u", "");
    page.push("![[会场照片.jpg]]", "", "## 二、抓好排查", "", `${COUNTY_CHECK}%%此处脱稿讲了一个例子%%`, "");
    page.push("## 三、压实责任", "", REST[3]!, "", COUNTY_CLOSING);
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(COUNTY_TITLE);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
  });
});

describe("a live blog of the meeting", () => {
  it("removes the updates' times, the text flowing across them, and the comments under their sorted header", () => {
    const cut = COUNTY_SITUATION.indexOf("但事故总量");
    const page = ["08:52", "各位网友大家好！今天上午9时，全县安全生产工作会议将召开。", "09:05", "会议开始。"];
    page.push("09:37", ...SPEECH.slice(0, 5), COUNTY_SITUATION.slice(0, cut), "09:42", COUNTY_SITUATION.slice(cut));
    page.push("09:46", ...REST, "10:20", "直播结束，感谢您的关注！更多报道请关注××融媒客户端。");
    page.push(
      "网友评论（128）　　最热｜最新",
      "平安常在：安全生产无小事，点赞👍",
      "04-18 09:47　IP属地：××　　回复　　赞 36",
    );
    page.push("老司机小陈：农村面包车真该好好管管了。", "04-18 10:02　IP属地：××　　回复　　赞 21");
    expect(textsOf(page)).toEqual(BLOCKS);
  });
});

describe("pages saved from the browser", () => {
  const decode = async (html: string) => (await decodeDocument("page.html", new TextEncoder().encode(html))).text;
  const page = (body: string, scripts = "") =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>讲话</title></head><body>${body}${scripts}</body></html>`;

  it("reads an app's article from its state script when the page shows only its skeleton", async () => {
    const ARTICLE = [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING];
    const html = ARTICLE.map((p) => `<p>${p}</p>`).join("");
    const escaped = JSON.stringify(html).replace(/[\u4e00-\u9fff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    const state = `{"article":{"title":"${COUNTY_TITLE}","content":${escaped}},"comments":[{"content":"讲得好"}]}`;
    const text = await decode(
      page(`<div class="skeleton"><p>加载中…</p></div>`, `<script>window.__INITIAL_STATE__=${state};</script>`),
    );
    expect(text.split("\n").filter(Boolean)).toEqual([COUNTY_TITLE, ...ARTICLE]);
  });

  it("leaves a page's scripts alone when the page shows its article", async () => {
    const shown = [COUNTY_OPENING, COUNTY_SITUATION].map((p) => `<p>${p}</p>`).join("");
    const state = `<script>var s={"content":"${COUNTY_CHECK.repeat(3)}"};</script>`;
    expect(await decode(page(shown, state))).not.toContain(COUNTY_CHECK);
  });

  it("leaves out the other tabs' hidden panels beside the shown one, but keeps a hidden article that has none", async () => {
    const tabs =
      `<div class="tab-panel" style="display:none"><p>7月16日，全县安全生产工作会议召开。</p></div>` +
      `<div class="tab-panel active"><p>${COUNTY_OPENING}</p></div>` +
      `<div class="tab-panel" style="display:none"><p>与会人员认真听取会议部署。</p></div>`;
    expect((await decode(page(tabs))).split("\n").filter(Boolean)).toEqual([COUNTY_OPENING]);
    const folded = `<div id="js_content" style="visibility:hidden"><p>${COUNTY_OPENING}</p></div>`;
    expect(await decode(page(folded))).toContain(COUNTY_OPENING);
  });

  it("keeps the speech's title over a photo's caption under its salutation", () => {
    const caption = "县委书记×××在推进会上讲话";
    const { speeches } = mineText([...SPEECH.slice(0, 3), caption, ...SPEECH.slice(3), ...REST].join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
  });

  it("removes a prefecture page's translations in another script", () => {
    const uyghur = "ناھىيەمىزنىڭ بىخەتەر ئىشلەپچىقىرىش ۋەزىيىتى ئومۇمەن مۇقىم بولدى";
    const tibetan = "རྫོང་ཁོངས་ཀྱི་བདེ་འཇགས་ཐོན་སྐྱེད་ཀྱི་གནས་སྟངས་སྤྱིར་བཏང་བརྟན་པོ་ཡིན།";
    expect(textsOf([...SPEECH.slice(0, 5), uyghur, COUNTY_SITUATION, tibetan, ...REST])).toEqual(BLOCKS);
  });
});

describe("a writing course's handout and a meeting handbook", () => {
  it("removes the lesson's sections, its teacher's notes and comments around and inside the 例文", () => {
    const page = ["【学习目标】", "1. 掌握会议讲话稿的基本结构；", "2. 学会用数据分析形势。", "", "【例文】"];
    page.push("（说明：例文根据某区领导讲话改编。）", ...SPEECH.slice(0, 5));
    page.push(`${COUNTY_SITUATION}【点评：数据要有比较，否则看不出好坏。】`, "★ 开场一般控制在200字以内。", ...REST);
    page.push("", "【写作要点小结】", "一、结构要完整。开场交代会议目的。", "二、形势要讲透。既讲成绩也讲问题。", "");
    page.push("【课后练习】", "1. 以“汛期安全生产”为题拟写一篇讲话提纲。");
    expect(textsOf(page)).toEqual(BLOCKS);
  });

  it("removes a handbook's seating and its contacts, and dates the speech by the date under its title", () => {
    const page = [
      "会　议　手　册",
      "",
      "××县安全生产委员会办公室",
      "二〇二四年二月",
      "",
      "座次安排",
      "主席台（第一排）",
    ];
    page.push("×××　×××　×××", "第二排：县委办　县政府办　县应急局", "注：座签以会场实际摆放为准。", "", COUNTY_TITLE);
    page.push("（2024年2月20日）", ...SPEECH.slice(1), ...REST, "", "会务组联系电话", "组长：×××　138××××××××");
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(BLOCKS);
    expect(speeches[0]!.date).toBe("2024年2月20日");
  });
});

describe("a group chat forwarding a speech", () => {
  it("removes the forwarder's notes above and below the speech", () => {
    const above =
      "@所有人 各村（社区）：3月4日下午，镇党委书记在全镇安全生产工作会议上作了讲话，现将讲话全文分四条发给大家，请组织学习。";
    const below = "以上是讲话全文，请认真学习，各村要逐条对照落实。";
    expect(textsOf([above, ...SPEECH, ...REST, below])).toEqual(BLOCKS);
  });
});

// What an outside review of these rules found them damaging, each kept as the speaker wrote it.
describe("a speech's own text that those rules leave alone", () => {
  const decode = async (html: string) => (await decodeDocument("page.html", new TextEncoder().encode(html))).text;
  const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

  it("keeps a speech set between two --- rules, its paragraphs indented", () => {
    const indented = [
      "---",
      ...[COUNTY_TITLE, "同志们：", COUNTY_OPENING, COUNTY_SITUATION].map((p) => `　　${p}`),
      "---",
    ];
    expect(textsOf([...indented, ...REST])).toEqual(expect.arrayContaining([COUNTY_OPENING, COUNTY_SITUATION]));
  });

  it("reads a speech in a hidden tab beside a shorter shown one, a folded second half and a hidden article", async () => {
    const news = `<div class="tab-panel"><p>7月16日，全县安全生产工作会议召开。</p></div>`;
    const speech = `<div class="tab-panel" style="display:none"><p>${COUNTY_OPENING}</p><p>${COUNTY_SITUATION}</p></div>`;
    expect(await decode(page(news + speech))).toContain(COUNTY_SITUATION);
    const folded = `<div class="article-body"><p>${COUNTY_OPENING}</p></div><div class="article-body" style="display:none"><p>${COUNTY_SITUATION}</p></div>`;
    expect(await decode(page(folded))).toContain(COUNTY_SITUATION);
    const wrapped = `<div class="wrap" style="visibility:hidden"><p>${COUNTY_SITUATION}</p></div><div class="wrap">分享</div>`;
    expect(await decode(page(wrapped))).toContain(COUNTY_SITUATION);
  });

  it("keeps a 党课's ★ points beside its 【思考题】, and the speech after a stray 【学习目标】", () => {
    const points = ["★ 坚持真理、坚守理想，践行初心、担当使命", "★ 不怕牺牲、英勇斗争，对党忠诚、不负人民"];
    expect(textsOf([...SPEECH, ...points, ...REST, "【思考题】", "1. 如何把伟大建党精神落实到工作中？"])).toEqual(
      expect.arrayContaining(points.map((p) => p.replace("★ ", "★"))),
    );
    expect(textsOf([...SPEECH, "【学习目标】", ...REST])).toEqual(expect.arrayContaining(REST));
  });

  it("keeps a speaker's own 住宿安排 point, his 以上是…原文精神, and a 主持词's 直播结束后", () => {
    const lodging = ["住宿安排", "各参会代表统一安排在县宾馆住宿，会务组提前做好对接。"];
    expect(textsOf([...SPEECH, ...lodging, ...REST])).toEqual(expect.arrayContaining(lodging));
    const relay = "以上是省委常委会会议的原文精神，大家要认真学习，逐条抓好落实。";
    expect(textsOf([...SPEECH, ...REST.slice(0, -1), COUNTY_CLOSING, relay])).toContain(relay);
    const host = "直播结束后，请各位领导和嘉宾参观农产品展区。";
    expect(textsOf([...SPEECH, host, ...REST])).toContain(host);
  });

  it("keeps an agenda's short items apart under their times", () => {
    const host = [
      "在全市文明城市创建动员大会上的主持词",
      "同志们：",
      "现在开会。今天上午的议程共有五项，具体时间安排如下：",
    ];
    host.push("9:00", "全体起立，奏唱国歌", "9:10", "宣读市文明委关于表彰文明单位的决定", "9:30", "为受表彰单位颁奖");
    host.push("10:00", "先进单位代表发言", "10:30", "市委书记作动员讲话", "下面进行第一项议程，全体起立，奏唱国歌。");
    expect(textsOf(host)).toEqual(expect.arrayContaining(["为受表彰单位颁奖", "先进单位代表发言"]));
  });

  it("titles an app's article by its own title, and reads no site notice as one", async () => {
    const body = JSON.stringify(
      [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY].map((p) => `<p>${p}</p>`).join(""),
    );
    const state = `{"article":{"content":${body},"title":"${COUNTY_TITLE}"},"site":{"title":"某某市人民政府门户网站"}}`;
    const text = await decode(page(`<p>加载中…</p><script>window.__STATE__=${state};</script>`));
    expect(text.split("\n")[0]).toBe(COUNTY_TITLE);
    const notice = `"${"本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本网站版权所有，未经协议授权，禁止下载使用。".repeat(5)}"`;
    expect(await decode(page(`<p>加载中…</p><script>var footer={"notice":${notice}};</script>`))).not.toContain(
      "版权所有",
    );
  });

  it("keeps the date the site appended to the title over a posting date under it", () => {
    const lines = [`${COUNTY_TITLE}（张三）2017.4.18`, "2017-04-25", ...SPEECH.slice(2), ...REST];
    expect(mineText(lines.join("\n")).speeches[0]!.date).toBe("2017.4.18");
  });

  it("keeps a greeting in another language, and a topic inside a note's sentence", () => {
    const greeting = "Добрый день, дорогие друзья!";
    expect(textsOf([...SPEECH.slice(0, 3), greeting, ...SPEECH.slice(3), ...REST])).toContain(greeting);
    const note = [
      "# 讲话",
      "",
      `${COUNTY_OPENING} ^a1b2c3`,
      "",
      "我们推出的 #城市之光 系列短视频，获得了网民的广泛好评。 ^d4e5f6",
    ];
    expect(
      mineText(note.join("\n"))
        .speeches.flatMap((s) => s.blocks.map((b) => b.text))
        .join(""),
    ).toContain("城市之光系列短视频");
  });
});
