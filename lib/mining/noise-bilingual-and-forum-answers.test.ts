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
import { docxBodyLines, wParagraph as p, wRow as row, wTable as table } from "../testing/docx-body";
import { speechesOf, textsOf } from "../testing/mined-page";
import { decodeText } from "./decode-text";
import { mineLines, mineText } from "./text-pipeline";
import type { Removed } from "./types";

// Pages written for these tests in the shapes of sets 68 and 69's: a bilingual booklet's table, a reading page's
// vocabulary notes, a Korean caption, ▲ captions, a 1.1 outline, Big5-HKSCS pinyin, a forum's answer to a request
// and a 公众号's comments.

const removedOf = (page: string[]) => mineText(page.join("\n")).removed;

describe("a 中英对照 booklet laid out as a table", () => {
  const EN_OPENING = "Today we hold the county work safety meeting to review the situation and plan the next steps.";
  const EN_SITUATION = "So far this year the situation has been stable, but the number of accidents is still too high.";
  const EN_CHECK = "Every township shall check hazardous chemicals, construction sites and fire safety once in full.";
  const EN_DUTY = "The principal leaders of each township are the first persons responsible for work safety there.";
  const EN_CLOSING = "Comrades, work safety carries great weight. Thank you all!";
  const booklet = [
    p(COUNTY_TITLE),
    table(
      row("中文原文", "English Translation"),
      row("同志们：", "Comrades:"),
      row(COUNTY_OPENING, EN_OPENING),
      row("一、认清形势", "I. Understanding the situation"),
      row(COUNTY_SITUATION, EN_SITUATION),
      row("二、抓好排查", "II. Checking hazards"),
      row(COUNTY_CHECK, EN_CHECK),
      row(COUNTY_DUTY, EN_DUTY),
      row(COUNTY_CLOSING, EN_CLOSING),
    ),
  ];

  it("keeps the Chinese column as the speech and reports the translations and the header row", () => {
    const read: Removed[] = [];
    const blocks = mineLines(docxBodyLines(booklet, read)).speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toEqual([
      COUNTY_OPENING,
      "一、认清形势",
      COUNTY_SITUATION,
      "二、抓好排查",
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ]);
    const removed = read.map((r) => r.text);
    expect(removed).toEqual(expect.arrayContaining(["中文原文", "English Translation", "Comrades:", EN_CHECK]));
  });

  it("keeps a speech's own table with a Latin cell or two whole", () => {
    const figures = table(
      row("项目", "完成情况"),
      row("PPE佩戴检查", "Pass"),
      row("气体检测仪", "Dräger X-am"),
      row("隐患整改", "已整改126项"),
    );
    const mined = mineLines(
      docxBodyLines([p(COUNTY_TITLE), p("同志们："), p(COUNTY_OPENING), figures, p(COUNTY_CLOSING)]),
    );
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(texts).toContain("Pass");
    expect(texts).toContain("Dräger X-am");
  });
});

describe("a bilingual reading page", () => {
  it("drops its vocabulary notes under the paragraphs, labelled or not, and keeps them from gluing to the next", () => {
    const notes = [
      "【词汇】hidden hazard 隐患；ledger 台账",
      "work safety 安全生产；first person responsible 第一责任人",
    ];
    const page = [...COUNTY_SPEECH_HEAD.slice(0, 4), notes[0]!, ...COUNTY_SPEECH_HEAD.slice(4), notes[1]!];
    const texts = textsOf([...page, ...COUNTY_SPEECH_REST]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removedOf([...page, ...COUNTY_SPEECH_REST]).filter((r) => r.reason === "双语词汇注释")).toHaveLength(2);
  });

  it("keeps a sentence naming Latin terms (推行5S管理；开展JSA分析)", () => {
    const terms = "要推行5S管理；开展JSA分析；落实LOTO上锁挂牌。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, terms, ...COUNTY_SPEECH_REST])).toContain(terms);
  });
});

describe("a page beside another script", () => {
  const KOREAN_CHROME = [
    "연변뉴스　延边新闻",
    "홈　|　뉴스　|　정무　|　경제",
    "현재 위치: 홈 > 뉴스",
    "입력: 2025-09-05　|　편집: 김민",
  ];
  it("drops a short caption in that script between paragraphs when the page prints its chrome in it", () => {
    const caption = "사진: 회의 현장. 기자 촬영";
    const speech = [COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_CLOSING];
    const page = [
      ...KOREAN_CHROME,
      "관련기사",
      COUNTY_TITLE,
      "同志们：",
      ...speech.slice(0, 2),
      caption,
      ...speech.slice(2),
    ];
    expect(textsOf(page)).toEqual(speech);
  });

  it("keeps a greeting in that script where the page prints no more of it", () => {
    const greeting = "안녕하십니까!";
    expect(
      textsOf([...COUNTY_SPEECH_HEAD.slice(0, 3), greeting, ...COUNTY_SPEECH_HEAD.slice(3), ...COUNTY_SPEECH_REST]),
    ).toContain(greeting);
  });
});

describe("▲ captions between paragraphs", () => {
  it("drops a caption naming the event it shows (…会议召开, …作工作部署), its English twin under it", () => {
    const captions = [
      ["▲ 3月5日，全县安全生产工作会议召开", "▲ The county work safety meeting was held on 5 March."],
      ["▲县长王明作工作部署", "▲ County Magistrate Wang Ming gives a speech on the work ahead."],
    ];
    const [head, rest] = [COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST];
    // A web page's paragraphs, a blank line after each.
    const page = [...head, ...captions[0]!, ...rest.slice(0, 2), ...captions[1]!, ...rest.slice(2)].flatMap((t) => [
      t,
      "",
    ]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's ▲ points", () => {
    const points = ["▲压实责任，守牢底线", "▲抓好排查，消除隐患"];
    const page = [
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      points[0]!,
      COUNTY_DUTY,
      points[1]!,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ];
    expect(textsOf(page)).toEqual(expect.arrayContaining(points));
  });
});

describe("a decimal outline", () => {
  it("reads 1.1 and 1.2 as the headings under 1., and 2.1 under 2.", () => {
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, "1. 认清形势", "1.1 成绩来之不易", COUNTY_SITUATION];
    const rest = ["1.2 问题不容忽视", COUNTY_SITUATION + "要正视差距。", "2. 抓好落实", "2.1 排查隐患", COUNTY_CHECK];
    const speech = speechesOf([...page, ...rest, "2.2 压实责任", COUNTY_DUTY, COUNTY_CLOSING])[0]!;
    const headings = speech.blocks.filter((b) => b.kind === "heading").map((b) => [b.level, b.text]);
    expect(headings).toEqual([
      [1, "1.认清形势"],
      [2, "1.1成绩来之不易"],
      [2, "1.2问题不容忽视"],
      [1, "2.抓好落实"],
      [2, "2.1排查隐患"],
      [2, "2.2压实责任"],
    ]);
  });

  it("reads no heading into a figure that opens a line (1.5万家企业…, 4.7分)", () => {
    const page = [...COUNTY_SPEECH_HEAD, "1.5万家企业完成自查", "2.3万名职工参加培训", ...COUNTY_SPEECH_REST];
    const speech = speechesOf(page)[0]!;
    expect(speech.blocks.filter((b) => b.kind === "heading" && /^\d\.\d/.test(b.text))).toEqual([]);
  });
});

describe("a Big5-HKSCS page with a reading aid's pinyin", () => {
  it("decodes the tone letters (ǐ, à, é) instead of Private Use code points", () => {
    // 要排查隱患(yǐn huàn)，落實責任(zé rèn)。 in Big5-HKSCS (python3: s.encode("big5hkscs")).
    const bytes = [
      173, 110, 177, 198, 172, 100, 193, 244, 177, 119, 40, 121, 136, 114, 110, 32, 104, 117, 136, 106, 110, 41, 161,
      65, 184, 168, 185, 234, 179, 100, 165, 244, 40, 122, 136, 109, 32, 114, 136, 111, 110, 41, 161, 67,
    ];
    expect(decodeText(Uint8Array.from(bytes))).toEqual({
      text: "要排查隱患(yǐn huàn)，落實責任(zé rèn)。",
      encoding: "big5",
    });
  });
});

describe("a forum thread answering a request", () => {
  const thread = (speech: string[]) => [
    "【求助】求一篇安全生产工作会议上的领导讲话稿，谢谢！",
    "小城文书",
    "楼主",
    "发表于 2025-3-1 10:02 | 只看该作者",
    "领导下周要讲话，求各位老师帮忙，最好有数据。",
    "",
    "老笔杆",
    "沙发",
    "发表于 2025-3-1 11:20 | 只看该作者",
    "引用：小城文书 发表于 2025-3-1 10:02",
    "领导下周要讲话，求各位老师帮忙…",
    "",
    "这篇是我们去年用的，改改就行。",
    "",
    ...speech,
    "——————————",
    "笔下有山河。只写不代写。",
    "",
    "路过的秘书",
    "板凳",
    "发表于 2025-3-1 12:05 | 只看该作者",
    "谢谢分享",
    "",
    "小城文书",
    "5#",
    "发表于 2025-3-2 08:30 | 只看该作者",
    "太感谢了，改改数据就能用！",
    "",
    "1 2 下一页 › 返回列表",
  ];

  it("finds the speech in the answer, with its title, and drops the names, the quote, the signature and the thanks", () => {
    const speeches = speechesOf(thread([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST]));
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 公众号's comments", () => {
  it("drops every comment, one quoting 一是二是三是 included", () => {
    const comments = [
      "精选留言",
      "溪边人",
      "四川 3月6日",
      "讲得实在，点赞！",
      "老周",
      "四川 3月6日",
      "一是二是三是，条理清楚，比念稿子强。",
      "赞 9",
      "作者",
      "欢迎各村把整改照片发到后台。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, ...comments]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
