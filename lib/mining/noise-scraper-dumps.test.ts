import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
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
import { decodeText } from "./decode-text";
import { lineNoiseReason } from "./noise-line-rules";
import { isCodeLine } from "./noise-line-shapes";
import { displayWidth } from "./rejoin-modes";

// Pages written for these tests in the shapes of set 61's, a page's text as scrapers' tools print it: lynx's and
// w3m's dumps, pandoc's plain text, BeautifulSoup's get_text with a break at every tag.

/** A paragraph wrapped as a text browser wraps it: three spaces of margin, lines of `columns` display columns. */
function wrapped(text: string, columns = 76): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (displayWidth(line + ch) > columns) {
      lines.push(`   ${line}`);
      line = "";
    }
    line += ch;
  }
  return [...lines, `   ${line}`];
}

describe("a text browser's dump", () => {
  it("decodes a w3m table drawn in box characters, saved as GB18030", () => {
    // `printf '┌────────┬…' | iconv -f utf-8 -t gb18030 | xxd -p`: a page's table of 索引号 and 发布机构.
    const hex =
      "a9b0" +
      "a9a4".repeat(8) +
      "a9d0" +
      "a9a4".repeat(12) +
      "a9b40a" +
      "a9a6cbf7d2fdbac5a3baa9a63030312d323032312d343720a9a60a" +
      "a9c0" +
      "a9a4".repeat(8) +
      "a9e0" +
      "a9a4".repeat(12) +
      "a9c80a" +
      "a9a6b7a2b2bcbbfab9b9a9a6cfd8d5feb8aeb0ecb9abcad2a9a60a" +
      "a9b8" +
      "a9a4".repeat(8) +
      "a9d8" +
      "a9a4".repeat(12) +
      "a9bc0a";
    const decoded = decodeText(Uint8Array.from(Buffer.from(hex, "hex")));
    expect(decoded.encoding).toBe("gb18030");
    expect(decoded.text).toContain("│发布机构│县政府办公室│");
  });

  it("cuts lynx's link numbers and keeps each wrapped paragraph whole", () => {
    const paragraphs = [COUNTY_SITUATION + COUNTY_CHECK, COUNTY_DUTY + COUNTY_SITUATION];
    const body = [paragraphs[0]!.replace("隐患台账", "[23]隐患台账"), "[22]" + paragraphs[1]!];
    const page = [
      "   [1]首页 [2]范文 [3]讲话稿",
      "",
      `   ${COUNTY_TITLE}`,
      "",
      "   同志们：",
      "",
      ...body.flatMap((p) => [...wrapped(p), ""]),
      ...wrapped(COUNTY_CLOSING),
      "",
      "References",
      "",
      "   1. https://www.example-fanwen.com/",
      "   2. https://www.example-fanwen.com/fanwen/",
      "   3. https://www.example-fanwen.com/jianghua/",
    ];
    expect(textsOf(page)).toEqual([...paragraphs, COUNTY_CLOSING]);
  });

  it("keeps a document number's year in brackets on a lynx dump (川办发[2023]12号)", () => {
    const own = "要认真贯彻省政府办公厅川办发[2023]12号文件精神，对全县企业开展一次全覆盖排查，建立隐患台账。";
    const page = [
      ...COUNTY_SPEECH.slice(0, 5),
      ...wrapped(own),
      "",
      ...COUNTY_SPEECH.slice(5),
      "",
      "References",
      "",
      "   1. https://a.example.com/",
    ];
    expect(textsOf(page)).toContain(own);
  });

  it("refuses Japanese text (EUC-JP) as before, its ★ no reason to read it as Chinese", () => {
    // `printf '会議 現在 会議 開催 ★ 本日は' | iconv -t euc-jp | xxd -p`
    const bytes = Uint8Array.from(Buffer.from("b2f1b5c420b8bdbadf20b2f1b5c420b3abbac520a1fa20cbdcc6fca4cf", "hex"));
    expect(() => decodeText(bytes)).toThrow();
  });

  it("drops a rule pandoc draws across a forum's post, however long", () => {
    const rule = "-".repeat(270);
    const speeches = speechesOf([
      "[讲话致辞] 县长在全县安全生产工作会议上的讲话",
      "",
      `  ${rule}`,
      ...COUNTY_SPEECH,
      `  ${rule}`,
    ]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
  });

  it("drops a menu listed as bullets above the text, a 专题导读 box and a photo's caption", () => {
    const menu = ["-   专题首页", "-   工作部署", "-   领导讲话", "-   预警信息", "-   避险常识"];
    const box = [
      "专题导读",
      "",
      "入汛以来，县委、县政府多次召开会议研究部署。本专题集中发布全县工作部署和领导讲话，敬请关注。",
    ];
    const page = [...menu, "", ...box, "", COUNTY_TITLE, "", "全县安全生产工作会议现场", "", ...COUNTY_SPEECH.slice(1)];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's bulleted themes and a 主持词's agenda under the line that introduces them", () => {
    const themes = ["这次会议的主题就是四句话：", "* 压实责任", "* 排查隐患", "* 严格执法", "* 从严问责"];
    const agenda = ["会议共有三项议程：", "（一）观摩应急演练现场", "（二）召开总结讲评会", "（三）领导讲话"];
    const texts = textsOf([COUNTY_TITLE, "同志们：", ...themes, ...agenda, ...COUNTY_SPEECH.slice(3)]).join("\n");
    for (const item of [...themes.slice(1).map((t) => t.slice(2)), ...agenda.slice(1)]) expect(texts).toContain(item);
  });

  it("keeps a speech's own list of sectors under the sentence that introduces it, and its 现场 to manage", () => {
    const own = ["-   建筑施工", "-   危险化学品", "-   道路交通", "-   消防安全"];
    const site = "狠抓建筑施工现场";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, "今年重点抓好以下四个领域：", ...own, site, ...COUNTY_SPEECH_REST]);
    for (const item of own) expect(texts.join("\n")).toContain(item.replace(/^-\s+/, ""));
    expect(texts.join("\n")).toContain(site);
  });

  it("reads a government site's QR label, printed twice by a table, as the site's", () => {
    expect(lineNoiseReason("扫一扫在手机打开当前页扫一扫在手机打开当前页", false, false, false)).not.toBeNull();
  });
});

describe("a page's text taken node by node (get_text with a break at every tag)", () => {
  it("makes one paragraph of each run between blank lines, across its sentences and inline tags", () => {
    const opening = COUNTY_OPENING.split(/(?<=。)/).filter(Boolean);
    const at = (p: string, words: string) => [p.slice(0, p.indexOf(words)), p.slice(p.indexOf(words))];
    const page = [
      "var pageData = {",
      '    docId: "5c1e8a7f2b",',
      "    pageCount: 3,",
      '    uploader: "wk_2847731"',
      "};",
      "",
      COUNTY_TITLE,
      "",
      "同志们：",
      "",
      ...opening,
      "",
      "今年以来，全县安全生产形势总体平稳，但",
      "事故总量",
      "仍然偏大，部分企业主体责任落实不到位",
      "，安全隐患依然不少，形势不容乐观。",
      "",
      ...at(COUNTY_CHECK, "，建立"),
      "",
      ...at(COUNTY_DUTY, "党政同责").flatMap((half, k) => (k ? ["党政同责", half.slice(4)] : [half])),
      "",
      COUNTY_CLOSING,
    ];
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
  });

  it("cuts a 文库's watermark with its slogan beside the address, inside a sentence or on a line in it", () => {
    const mark = "知源文库 wk.zhiyuanwenku.com 海量文档免费阅读";
    const inline = (p: string, words: string) => p.replace(words, mark + words);
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, inline(COUNTY_SITUATION, "安全隐患"), COUNTY_CHECK];
    page.push(inline(COUNTY_DUTY, "对责任"), COUNTY_CLOSING);
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
    // Once on a line of its own, the footer printing the address again with other words: the text flows across.
    const cut = COUNTY_SITUATION.indexOf("安全隐患");
    const once = [COUNTY_TITLE, "", "同志们：", "", COUNTY_OPENING, "", COUNTY_SITUATION.slice(0, cut), mark];
    once.push(
      COUNTY_SITUATION.slice(cut),
      "",
      COUNTY_CHECK,
      "",
      COUNTY_CLOSING,
      "",
      "© 2024 知源文库 wk.zhiyuanwenku.com",
    );
    expect(textsOf(once)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_CLOSING]);
  });

  it("keeps headings apart from their text on a page with only two stray breaks before a comma", () => {
    const page = [
      COUNTY_TITLE,
      "",
      "同志们：",
      "",
      COUNTY_OPENING,
      "",
      "一、认清形势",
      "今年以来，全县安全生产形势总体平稳",
      "，但事故总量仍然偏大，部分企业主体责任落实不到位，安全隐患依然不少，形势不容乐观。",
      "",
      "二、抓好排查",
      COUNTY_CHECK.slice(0, COUNTY_CHECK.indexOf("，建立")),
      COUNTY_CHECK.slice(COUNTY_CHECK.indexOf("，建立")),
      "",
      "三、压实责任",
      COUNTY_DUTY,
      "",
      "四、做好应急准备",
      "要完善应急预案，加强值班值守，遇有突发情况第一时间报告、第一时间处置。",
      "",
      COUNTY_CLOSING,
    ];
    const headings = speechesOf(page)[0]!
      .blocks.filter((b) => b.kind === "heading")
      .map((b) => b.text);
    expect(headings).toEqual(["一、认清形势", "二、抓好排查", "三、压实责任", "四、做好应急准备"]);
  });

  it("keeps a heading, an unnumbered one and a list's items apart where the tags broke the text", () => {
    const fragmented = ["今年以来，全县安全生产形势总体平稳，但", "事故总量", "，仍然偏大。"];
    const page = [
      COUNTY_TITLE,
      "",
      "同志们：",
      "",
      ...fragmented,
      "坚持底线思维守牢安全防线",
      "部分企业主体责任落实不到位，安全隐患依然不少。",
      "",
      "二、抓好排查",
      "各乡镇要对辖区内",
      "重点行业领域",
      "，开展一次全覆盖排查。",
      "",
      "今年重点抓好以下领域：",
      "1.建筑施工领域；",
      "2.危险化学品领域。",
      "",
      "各乡镇党政主要负责同志是第一责任人，要严格落实",
      "党政同责",
      "，对责任不落实导致事故的，严肃追究责任。",
      "",
      COUNTY_CLOSING,
    ];
    const texts = textsOf(page);
    for (const line of ["坚持底线思维守牢安全防线", "二、抓好排查", "1.建筑施工领域；", "2.危险化学品领域。"])
      expect(texts).toContain(line);
    expect(texts).toContain("各乡镇要对辖区内重点行业领域，开展一次全覆盖排查。");
  });

  it("reads a script's object literal, a line each, as code", () => {
    for (const line of ['docId: "5c1e8a7f2b4d",', "pageCount: 3,", "isVip: false", "};"])
      expect(isCodeLine(line)).toBe(true);
    expect(isCodeLine("时间：3月2日，")).toBe(false);
  });
});
