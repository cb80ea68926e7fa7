import { describe, expect, it } from "vitest";
import { splitGluedHeadings } from "../mining/glued-headings";
import { candidateOf } from "../mining/outline-parse";
import { cleanPastedText, pastedNodes, pastedPlainText, type PastedParagraph } from "./paste";
import { stripHeadingNumber } from "./strip-number";
import { NODE, type SpeechNode } from "./types";

/** Nodes as short strings: "h1 text" / "p text". */
const shape = (nodes: SpeechNode[]) =>
  nodes.map((n) => {
    const text = (n.content ?? []).map((t) => t.text).join("");
    return n.type === NODE.heading ? `h${n.attrs.level} ${text}` : `p ${text}`;
  });
const paste = (...ps: (string | PastedParagraph)[]) =>
  shape(pastedNodes(ps.map((p) => (typeof p === "string" ? { text: p, tag: "p" } : p))));

const BODY =
  "今年以来，全县上下认真落实安全生产责任制，扎实开展隐患排查整治，安全生产形势总体平稳，但是部分企业主体责任落实不到位，监管力量依然薄弱。";

describe("cleanPastedText", () => {
  it("removes soft hyphens, zero-width characters, NBSP and full-width indentation", () => {
    expect(cleanPastedText("\u3000\u3000安全\u00ad生产\u200b责任\ufeff重于泰山\u00a0")).toBe("安全生产责任重于泰山");
    expect(cleanPastedText("\u00a0\u00a0各单位要\u200d高度重视。")).toBe("各单位要高度重视。");
  });

  it("joins line breaks inside a paragraph and removes spaces between Chinese characters", () => {
    expect(cleanPastedText("各单位要\n高度 重视，\r\n切实加强领导。")).toBe("各单位要高度重视，切实加强领导。");
    expect(cleanPastedText("GDP  增长 5 %")).toBe("GDP增长5 %");
  });

  it("removes list bullets, but not blanks such as ○○ or □□", () => {
    expect(cleanPastedText("●加强领导")).toBe("加强领导");
    expect(cleanPastedText("·\u00a0\u00a0落实责任")).toBe("落实责任");
    expect(cleanPastedText("\uf0b7\u00a0强化督查")).toBe("强化督查");
    expect(cleanPastedText("Ø  应急值守")).toBe("应急值守");
    expect(cleanPastedText("○○镇要加强领导")).toBe("○○镇要加强领导");
    expect(cleanPastedText("□□同志")).toBe("□□同志");
    expect(cleanPastedText("Ø型阀门")).toBe("Ø型阀门");
  });

  it("makes half-width punctuation in Chinese text full-width, and keeps placeholders", () => {
    expect(cleanPastedText("(一) 以血的教训为镜鉴,破除麻痹思想")).toBe("（一）以血的教训为镜鉴，破除麻痹思想");
    expect(cleanPastedText("××县发生×起事故")).toBe("××县发生×起事故");
  });
});

describe("pastedNodes", () => {
  it("makes numbered paragraphs headings of their style's level, without the number", () => {
    expect(
      paste("一、提高政治站位", "（一）深刻认识形势", "1.强化组织领导", "（1）道路交通", "第二，压实责任"),
    ).toEqual(["h1 提高政治站位", "h2 深刻认识形势", "h3 强化组织领导", "h3 道路交通", "h1 压实责任"]);
  });

  it("splits a long run-in heading into a heading and its paragraph", () => {
    expect(paste(`一、提高认识。${BODY}`)).toEqual(["h1 提高认识。", `p ${BODY}`]);
    expect(paste(`(二) 以“血的教训”为镜鉴,彻底破除“麻痹侥幸”心理。 ${BODY}`)).toEqual([
      "h2 以“血的教训”为镜鉴，彻底破除“麻痹侥幸”心理。",
      `p ${BODY}`,
    ]);
    // A colon ends a heading whose sentence runs on.
    expect(paste(`1.关于隐患排查：${BODY}`)).toEqual(["h3 关于隐患排查：", `p ${BODY}`]);
  });

  it("splits a short numbered paragraph of two sentences after the first, as the miner does", () => {
    expect(paste("一、提高认识。今年事故下降。")).toEqual(["h1 提高认识。", "p 今年事故下降。"]);
    expect(paste("一、提高认识，压实责任。")).toEqual(["h1 提高认识，压实责任。"]);
  });

  it("cuts a 一、 or （一） heading run into its body without a stop", () => {
    const head = "认清形势，进一步增强做好道路交通安全工作的紧迫感";
    expect(paste(`一、${head}${BODY}`)).toEqual([`h1 ${head}`, `p ${BODY}`]);
    expect(paste(`（一）${head}${BODY}`)).toEqual([`h2 ${head}`, `p ${BODY}`]);
    // 1. items run on in prose: without a heading sentence the paragraph keeps its number.
    expect(paste(`1.${head}${BODY}`)).toEqual([`p 1.${head}${BODY}`]);
  });

  it("splits a heading whose break was only a space (a web page's bold run)", () => {
    expect(paste(`一、提高认识 ${BODY}`)).toEqual(["h1 提高认识", `p ${BODY}`]);
    // The body is not the tag's heading: only the run-in heading came from it.
    expect(paste({ text: `\u3000（二）压实责任\u00a0${BODY}`, tag: "h2" })).toEqual(["h2 压实责任", `p ${BODY}`]);
  });

  it("cuts a run-in heading where the miner does (one rule for both)", () => {
    const texts = [
      `一、提高政治站位。${BODY}`,
      `一、认清形势，增强责任感${BODY}`,
      `（一）以“血的教训”为镜鉴，彻底破除“麻痹侥幸”心理。${BODY}`,
      `二、认真学习贯彻上级安全生产重要指示精神3月12日，某地一处自建房发生倒塌事故，造成重大人员伤亡。${BODY}`,
      `1.关于隐患排查：${BODY}${BODY}`,
      "一、提高认识。今年事故下降。",
    ];
    for (const text of texts) {
      const mined = splitGluedHeadings([{ text, lineNo: 1 }]).flatMap((p) => {
        const c = candidateOf(p.text);
        return c ? [`h ${stripHeadingNumber(c.head)}`, ...(c.body ? [`p ${c.body}`] : [])] : [`p ${p.text}`];
      });
      expect(paste(text).map((s) => s.replace(/^h\d/, "h"))).toEqual(mined);
    }
  });

  it("keeps a long numbered paragraph without a heading sentence as a paragraph with its number", () => {
    const long = `1.${BODY.replace(/。/g, "，")}各单位要高度重视`;
    expect(paste(long)).toEqual([`p ${long}`]);
  });

  it("keeps numbered list items that run on after a comma or semicolon as paragraphs", () => {
    expect(paste("1.加强组织领导；", "2.落实工作责任；", "3.强化督导检查。")).toEqual([
      "p 1.加强组织领导；",
      "p 2.落实工作责任；",
      "h3 强化督导检查。",
    ]);
  });

  it("leaves 一是/一要, years and a lone 一 in their paragraphs", () => {
    expect(paste("一是要提高认识。二是要压实责任。", "2024年全县发生事故3起。", "一年来，全县形势平稳。")).toEqual([
      "p 一是要提高认识。二是要压实责任。",
      "p 2024年全县发生事故3起。",
      "p 一年来，全县形势平稳。",
    ]);
  });

  it("makes an unnumbered h1–h3 a heading of its level, and h4–h6 or long ones paragraphs", () => {
    expect(
      paste(
        { text: "总体要求", tag: "h1" },
        { text: "重点任务", tag: "H2" },
        { text: "保障措施", tag: "h3" },
        { text: "附：联系方式", tag: "h4" },
        { text: BODY + BODY, tag: "h2" },
      ),
    ).toEqual(["h1 总体要求", "h2 重点任务", "h3 保障措施", "p 附：联系方式", `p ${BODY + BODY}`]);
  });

  it("prefers the number's level over the tag's (a Word 标题 2 numbered 一、)", () => {
    expect(paste({ text: "一、提高认识", tag: "h2" }, { text: "（一）强化领导", tag: "h1" })).toEqual([
      "h1 提高认识",
      "h2 强化领导",
    ]);
  });

  it("never creates a title, speaker line or salutation", () => {
    const nodes = pastedNodes([
      { text: "在全县安全生产工作会议上的讲话", tag: "p", centered: true, bold: true },
      { text: "县长 张三", tag: "p", centered: true },
      { text: "同志们：", tag: "p" },
      { text: "各位领导、同志们：", tag: "p" },
    ]);
    expect(nodes.every((n) => n.type === NODE.paragraph)).toBe(true);
    expect(shape(nodes)).toEqual([
      "p 在全县安全生产工作会议上的讲话",
      "p 县长张三",
      "p 同志们：",
      "p 各位领导、同志们：",
    ]);
  });

  it("drops empty and whitespace-only paragraphs and lone numbers", () => {
    expect(paste("", "\u3000\u3000", "\u00a0", "\u200b", "一、", "正文。")).toEqual(["p 正文。"]);
  });

  it("gives paragraphs null provenance and text nodes with no marks", () => {
    expect(pastedNodes([{ text: "正文。" }, { text: "一、标题" }])).toEqual([
      {
        type: "paragraph",
        attrs: { blockId: null, blockVersion: null, sourceHash: null },
        content: [{ type: "text", text: "正文。" }],
      },
      { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "标题" }] },
    ]);
  });

  it("handles a Word fragment: indented body, numbered headings, a list number with a tab", () => {
    expect(
      paste(
        "同志们：",
        "\u3000\u3000刚才，应急局通报了一季度全县安全生产情况，我完全同意。",
        { text: "一、\u00a0\u00a0提高政治站位", tag: "p", bold: true },
        `\u3000\u3000${BODY}`,
        { text: "（一）\t深刻认识形势", tag: "p" },
      ),
    ).toEqual([
      "p 同志们：",
      "p 刚才，应急局通报了一季度全县安全生产情况，我完全同意。",
      "h1 提高政治站位",
      `p ${BODY}`,
      "h2 深刻认识形势",
    ]);
  });
});

describe("pastedPlainText", () => {
  const wrap = (p: string, n: number) => p.match(new RegExp(`.{1,${n}}`, "gu")) ?? [];

  it("gives one paragraph per line and drops blank lines", () => {
    expect(pastedPlainText("同志们：\n\n今天召开会议。\r\n一、提高认识\r\n各单位要高度重视。")).toEqual([
      { text: "同志们：" },
      { text: "今天召开会议。" },
      { text: "一、提高认识" },
      { text: "各单位要高度重视。" },
    ]);
  });

  it("rejoins a paragraph hard-wrapped mid-sentence (a PDF copy)", () => {
    const lines = wrap(BODY, 25);
    expect(lines.length).toBeGreaterThan(2);
    expect(pastedPlainText(["一、提高认识", ...lines, "二、压实责任"].join("\n"))).toEqual([
      { text: "一、提高认识" },
      { text: BODY },
      { text: "二、压实责任" },
    ]);
  });

  it("sees full-width indentation as paragraph starts", () => {
    const text = ["\u3000\u3000第一段第一句，", "接着写完。", "\u3000\u3000第二段。"].join("\n");
    expect(pastedPlainText(text)).toEqual([{ text: "第一段第一句，接着写完。" }, { text: "第二段。" }]);
  });

  it("feeds pastedNodes end to end", () => {
    const text = `在全县安全生产会议上的讲话\n同志们：\n一、提高认识。${BODY}\n（一）强化领导\n`;
    expect(shape(pastedNodes(pastedPlainText(text)))).toEqual([
      "p 在全县安全生产会议上的讲话",
      "p 同志们：",
      "h1 提高认识。",
      `p ${BODY}`,
      "h2 强化领导",
    ]);
  });

  it("gives nothing for empty text", () => {
    expect(pastedPlainText("")).toEqual([]);
    expect(pastedPlainText("\n\n \n")).toEqual([]);
  });
});
