import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { DOCX_PARTS, readDocxLines } from "./docx-lines";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}</w:body></w:document>`;
const p = (text: string, props = "") =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

const STYLES = `<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>
  <w:style w:type="paragraph" w:styleId="20"><w:name w:val="标题 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="MyTitle"><w:name w:val="部门小标题"/><w:basedOn w:val="20"/></w:style>
  <w:style w:type="paragraph" w:styleId="Outline1"><w:name w:val="一级提纲"/><w:pPr>${numPr(1)}</w:pPr></w:style>
  <w:style w:type="character" w:styleId="1Char"><w:name w:val="heading 1"/></w:style>
</w:styles>`;

const lvl = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="420"/></w:tabs></w:pPr></w:lvl>`;
const NUMBERING = `<w:numbering xmlns:w="${W}">
  <w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}${lvl(2, "decimal", "%3.")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${lvl(0, "bullet", "•")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${lvl(0, "decimalEnclosedCircle", "%1")}</w:abstractNum>
  <w:abstractNum w:abstractNumId="3">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%2.")}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

function read(body: string) {
  const parts = new Map([[DOCX_PARTS.document, strToU8(doc(body))]]);
  parts.set(DOCX_PARTS.styles, strToU8(STYLES));
  parts.set(DOCX_PARTS.numbering, strToU8(NUMBERING));
  return readDocxLines(parts);
}
const texts = (body: string) => read(body).map((l) => l.text);

describe("readDocxLines", () => {
  it("gives heading levels from style names in English or Chinese, and through basedOn", () => {
    const lines = read(
      p("在全县安全生产工作会议上的讲话") +
        p("提高政治站位", '<w:pStyle w:val="1"/>') +
        p("压实责任", '<w:pStyle w:val="20"/>') +
        p("强化监管", '<w:pStyle w:val="MyTitle"/>') +
        p("要把安全生产摆在突出位置。", '<w:pStyle w:val="a"/>'),
    );
    expect(lines.map((l) => l.hint?.headingLevel)).toEqual([undefined, 1, 2, 2, undefined]);
    expect(lines.map((l) => l.lineNo)).toEqual([1, 2, 3, 4, 5]);
  });

  it("writes out Word's numbers as its list levels define them, continuing across body paragraphs", () => {
    expect(
      texts(
        p("压实企业主体责任", numPr(1)) +
          p("企业要落实全员安全生产责任制。") +
          p("明确责任清单", numPr(1, 1)) +
          p("建立考核机制", numPr(1, 1)) +
          p("每月通报一次", numPr(1, 2)) +
          p("强化部门监管责任", numPr(1)) +
          p("分级分类监管", numPr(1, 1)),
      ),
    ).toEqual([
      "一、压实企业主体责任",
      "企业要落实全员安全生产责任制。",
      "（一）明确责任清单",
      "（二）建立考核机制",
      "1.每月通报一次",
      "二、强化部门监管责任",
      "（一）分级分类监管",
    ]);
  });

  it("gives a list whose levels look alike the outline labels of its depths", () => {
    expect(texts(p("压实企业主体责任", numPr(6)) + p("明确责任清单", numPr(6, 1)) + p("强化监管", numPr(6)))).toEqual([
      "一、压实企业主体责任",
      "（一）明确责任清单",
      "二、强化监管",
    ]);
  });

  it("numbers a paragraph through its style, and numId 0 removes the style's numbering", () => {
    expect(
      texts(
        p("统一思想", '<w:pStyle w:val="Outline1"/>') +
          p("突出重点", '<w:pStyle w:val="Outline1"/>') +
          p("不编号的段落", `<w:pStyle w:val="Outline1"/>${numPr(0)}`),
      ),
    ).toEqual(["一、统一思想", "二、突出重点", "不编号的段落"]);
  });

  it("keeps the depth of a list paragraph whose numbering was taken off (numId 0), and only of such", () => {
    const lines = read(p("统一思想", numPr(0)) + p("突出重点", numPr(0, 1)) + p("压实责任", numPr(1)) + p("正文。"));
    expect(lines.map((l) => l.hint?.unnumberedListLevel)).toEqual([1, 2, undefined, undefined]);
  });

  it("keeps list depth as a hint, adds nothing to bullets or typed numbers, and honours start overrides", () => {
    const lines = read(
      p("第一项", numPr(2)) + p("三、已经手写了编号", numPr(5)) + p("从五开始", numPr(3)) + p("圈号", numPr(4)),
    );
    expect(lines.map((l) => l.text)).toEqual(["第一项", "三、已经手写了编号", "五、从五开始", "①圈号"]);
    expect(lines.map((l) => l.hint?.listLevel)).toEqual([1, 1, 1, 1]);
  });

  it("reads a table's row as one line of tab-separated cells, text boxes once, and skips deletions, moves and field codes", () => {
    const textBox = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${p("框内文字")}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${p("框内文字")}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const body =
      `<w:tbl><w:tr><w:tc>${p("单位")}</w:tc><w:tc>${p("责任人")}</w:tc></w:tr></w:tbl>` +
      `<w:p>${textBox}<w:r><w:t>正文</w:t></w:r></w:p>` +
      `<w:p><w:r><w:t>保留</w:t></w:r><w:del w:id="1"><w:r><w:delText>删除的</w:delText></w:r></w:del>` +
      `<w:moveFrom w:id="2"><w:r><w:t>移走的</w:t></w:r></w:moveFrom><w:ins w:id="3"><w:r><w:t>插入的</w:t></w:r></w:ins></w:p>` +
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    expect(texts(body)).toEqual(["单位\t责任人", "框内文字", "正文", "保留插入的", "3"]);
    // A speech laid out in one cell (or a letterhead beside it): its paragraphs stay lines of their own.
    const layout = `<w:tbl><w:tr><w:tc>${p("同志们：")}${p("今天召开会议。")}</w:tc></w:tr></w:tbl>`;
    expect(texts(layout)).toEqual(["同志们：", "今天召开会议。"]);
  });

  it("leaves out a draft table's notes column, named in its header row, and reports it", () => {
    const row = (...cells: string[][]) =>
      `<w:tr>${cells.map((c) => `<w:tc>${c.map((t) => p(t)).join("")}</w:tc>`).join("")}</w:tr>`;
    const draft =
      `<w:tbl>${row(["正文（第三稿）"], ["备注（修改意见）"])}${row(["同志们："], [])}` +
      `${row(["今天召开会议。", "形势依然严峻。"], ["数据待核", "此段可删"])}${row(["一要压实责任。"], ["请×总定"])}</w:tbl>`;
    const removed: { text: string; reason: string }[] = [];
    const parts = new Map([[DOCX_PARTS.document, strToU8(doc(draft))]]);
    expect(readDocxLines(parts, removed).map((l) => l.text)).toEqual([
      "同志们：",
      "今天召开会议。",
      "形势依然严峻。",
      "一要压实责任。",
    ]);
    expect(removed.map((r) => r.text)).toEqual([
      "正文（第三稿）",
      "备注（修改意见）",
      "数据待核",
      "此段可删",
      "请×总定",
    ]);
    // A table whose header names no notes column keeps every cell, and so does a speech's own comparison table.
    const figures = `<w:tbl>${row(["单位"], ["说明"])}${row(["城东街道"], ["已整改"])}</w:tbl>`;
    expect(texts(figures)).toEqual(["单位\t说明", "城东街道\t已整改"]);
    const compared = `<w:tbl>${row(["原文"], ["修改稿"], ["修改说明"])}${row(["甲"], ["乙"], ["根据新法增加全员责任制。"])}</w:tbl>`;
    expect(texts(compared)).toEqual(["原文\t修改稿\t修改说明", "甲\t乙\t根据新法增加全员责任制。"]);
  });

  it("finds the notes column on the grid: a header cell merged over two columns counts for both", () => {
    const cell = (text: string, span = 1) =>
      `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ""}${text ? p(text) : ""}</w:tc>`;
    const table =
      `<w:tbl><w:tr>${cell("正文", 2)}${cell("备注")}</w:tr>` +
      `<w:tr>${cell("一")}${cell("今年以来形势总体平稳。")}${cell("数据待核")}</w:tr></w:tbl>`;
    const removed: { text: string }[] = [];
    const lines = readDocxLines(new Map([[DOCX_PARTS.document, strToU8(doc(table))]]), removed as never);
    expect(lines.map((l) => l.text)).toEqual(["一\t今年以来形势总体平稳。"]);
    expect(removed.map((r) => r.text)).toEqual(["正文", "备注", "数据待核"]);
  });

  it("starts a new line at a manual line break but not at a page break; tab stops add no text", () => {
    const lines = read(
      `<w:p><w:pPr><w:pStyle w:val="1"/><w:tabs><w:tab w:val="left" w:pos="840"/></w:tabs></w:pPr>` +
        `<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>同一行</w:t><w:tab/><w:t>后</w:t></w:r></w:p>`,
    );
    expect(lines.map((l) => l.text)).toEqual(["第一行", "第二行同一行\t后"]);
    expect(lines.map((l) => l.hint?.headingLevel)).toEqual([1, undefined]);
  });

  it("carries an indented paragraph on across its one soft break; a heading, a colon or a spaced line starts anew", () => {
    const indent = `<w:ind w:firstLine="640"/>`;
    const broken = (first: string, second: string) =>
      `<w:p><w:pPr>${indent}</w:pPr><w:r><w:t>${first}</w:t><w:br/><w:t xml:space="preserve">${second}</w:t></w:r></w:p>`;
    expect(texts(broken("去年发生事故2起。", "一些企业安全投入不足。"))).toEqual([
      "去年发生事故2起。一些企业安全投入不足。",
    ]);
    expect(texts(broken("同志们：", "今天召开会议。"))).toEqual(["同志们：", "今天召开会议。"]);
    expect(texts(broken("今年以来形势平稳。", "二、抓好排查"))).toEqual(["今年以来形势平稳。", "二、抓好排查"]);
    expect(texts(broken("今年以来形势平稳。", "　　各乡镇要抓好排查。"))).toEqual([
      "今年以来形势平稳。",
      "　　各乡镇要抓好排查。",
    ]);
    // Unindented, or parted by several soft breaks, a paragraph's lines stay as Word shows them.
    expect(texts(`<w:p><w:r><w:t>甲。</w:t><w:br/><w:t>乙。</w:t></w:r></w:p>`)).toEqual(["甲。", "乙。"]);
    const parted = `<w:p><w:pPr>${indent}</w:pPr><w:r><w:t>甲。</w:t><w:br/><w:t>乙。</w:t><w:br/><w:t>丙。</w:t></w:r></w:p>`;
    expect(texts(parted)).toEqual(["甲。", "乙。", "丙。"]);
  });

  // An outside review's cases (of ab9fd45): a title over its speaker, a closing, a point and an office over its date
  // stand apart after the break.
  it("keeps apart what follows one soft break in an indented paragraph where it is no prose's continuation", () => {
    const indent = `<w:ind w:firstLine="640"/>`;
    const broken = (first: string, second: string) =>
      `<w:p><w:pPr>${indent}</w:pPr><w:r><w:t>${first}</w:t><w:br/><w:t>${second}</w:t></w:r></w:p>`;
    for (const [first, second] of [
      ["在全县安全生产工作会议上的讲话", "县长　×××"],
      ["对责任不落实的严肃追究责任。", "同志们，安全生产责任重于泰山。谢谢大家！"],
      ["形势不容乐观。", "首先，要看到成绩。"],
      ["县安全生产委员会办公室", "2024年5月13日"],
    ] as const)
      expect(texts(broken(first, second))).toEqual([first, second]);
  });

  it("keeps empty paragraphs as empty lines and entities decoded", () => {
    expect(texts(p("甲 &amp; 乙 &lt;丙&gt;") + "<w:p/>" + p("丁"))).toEqual(["甲 & 乙 <丙>", "", "丁"]);
  });

  it("reads by namespace, not prefix: another prefix and Strict Open XML read the same", () => {
    const strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    const own = (ns: string) =>
      new Map([
        [
          DOCX_PARTS.document,
          strToU8(
            `<x:document xmlns:x="${ns}"><x:body><x:p><x:r><x:t>严格格式</x:t></x:r></x:p></x:body></x:document>`,
          ),
        ],
      ]);
    expect(readDocxLines(own(W)).map((l) => l.text)).toEqual(["严格格式"]);
    expect(readDocxLines(own(strict)).map((l) => l.text)).toEqual(["严格格式"]);
    // The same names in a foreign namespace are not Word's paragraphs.
    expect(texts(`<o:p xmlns:o="urn:other"><o:t>别的</o:t></o:p>` + p("正文"))).toEqual(["正文"]);
  });

  it("works without styles or numbering parts", () => {
    const parts = new Map([[DOCX_PARTS.document, strToU8(doc(p("提纲", numPr(1)) + p("正文")))]]);
    expect(readDocxLines(parts).map((l) => l.text)).toEqual(["提纲", "正文"]);
  });

  it.each([
    ["malformed XML", doc("<w:p><w:r><w:t>未闭合</w:r></w:p>")],
    ["an entity from a DOCTYPE (never expanded)", `<!DOCTYPE d [<!ENTITY a "aaaa">]>` + doc(p("&a;"))],
  ])("refuses %s with a Chinese message", (_, xml) => {
    const parts = new Map([[DOCX_PARTS.document, strToU8(xml)]]);
    expect(() => readDocxLines(parts)).toThrow(AppError);
    expect(() => readDocxLines(parts)).toThrow(/已损坏/);
  });

  it("reads a part written in UTF-16 with its byte-order mark", () => {
    const xml = doc(p("十六位编码"));
    const bytes = new Uint8Array(2 + xml.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      bytes[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    expect(readDocxLines(new Map([[DOCX_PARTS.document, bytes]])).map((l) => l.text)).toEqual(["十六位编码"]);
  });
});
