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
import { speechesOf, textsOf } from "../testing/mined-page";
import { decodeText } from "./decode-text";
import { lineNoiseReason } from "./noise-line-rules";
import { isCodeLine } from "./noise-line-shapes";
import { displayWidth } from "./rejoin-lines";

// Pages written for these tests in the shapes of set 61's, a page's text as scrapers' tools print it: lynx's and
// w3m's dumps, pandoc's plain text, BeautifulSoup's get_text with a break at every tag.

const SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];

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

  it("drops a rule pandoc draws across a forum's post, however long", () => {
    const rule = "-".repeat(270);
    const speeches = speechesOf([
      "[讲话致辞] 县长在全县安全生产工作会议上的讲话",
      "",
      `  ${rule}`,
      ...SPEECH,
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
    const page = [...menu, "", ...box, "", COUNTY_TITLE, "", "全县安全生产工作会议现场", "", ...SPEECH.slice(1)];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
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
    const [opening, closing] = [COUNTY_OPENING, COUNTY_CLOSING].map((p) => p.split(/(?<=[。！])/));
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
      ...opening!,
      "",
      "今年以来，全县安全生产形势总体平稳，但",
      "事故总量",
      "仍然偏大，部分企业主体责任落实不到位",
      "，安全隐患依然不少，形势不容乐观。",
      "",
      ...at(COUNTY_CHECK, "，建立"),
      "",
      ...at(COUNTY_DUTY, "，要严格"),
      "",
      ...closing!.filter(Boolean),
    ];
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING]);
  });

  it("reads a script's object literal, a line each, as code", () => {
    for (const line of ['docId: "5c1e8a7f2b4d",', "pageCount: 3,", "isVip: false", "};"])
      expect(isCodeLine(line)).toBe(true);
    expect(isCodeLine("时间：3月2日，")).toBe(false);
  });
});
