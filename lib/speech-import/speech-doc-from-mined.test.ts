import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeGb18030 } from "../../tests/support/encode-gb18030";
import { makeDocx } from "../../tests/support/make-docx";
import { mineDocument } from "../mining/mine-document";
import type { MinedDocument } from "../mining/types";
import { hasSpeechStructure } from "../speech-doc/doc-structure";
import { nodeText } from "../speech-doc/doc-text";
import { headingNumbers } from "../speech-doc/numbering";
import { stripOutlineNumber } from "../speech-doc/strip-number";
import { DEFAULT_SETTINGS, type HeadingLevel, type SpeechDoc } from "../speech-doc/types";
import { speechDocSchema } from "../speeches/content-schema";
import { IMPORT_MSG, noSuchSpeech } from "./messages";
import { speechDocFromMined, type ImportedSpeech } from "./speech-doc-from-mined";
import { dayOfWrittenDate } from "../speech-doc/written-date";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CORPUS = [
  "000_9e95fdba000a8061.txt",
  "001_a031bda74d871ab3.txt",
  "002_f4e58f1689a559a6.txt",
  "003_aaab11ed25220a3c.txt",
  "004_46ebd7ac5d9d9c86.txt",
];

const OPENING =
  "今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。刚才，有关同志作了发言，讲得很好。";
const P1 = "安全生产事关人民群众生命财产安全，事关改革发展稳定大局，我们必须始终保持清醒头脑。";
const P2 = "当前全县安全生产形势总体平稳，但是风险隐患依然存在，决不能掉以轻心。";
const P3 = "要抓好道路交通、建筑施工、危险化学品等重点行业领域的安全监管，坚决遏制重特大事故。";
const CLOSING = "同志们，安全生产责任重于泰山。让我们共同努力，确保全县安全生产形势持续稳定。";

const SPEECH_LINES = [
  "在全县安全生产工作会议上的讲话",
  "县长 张三",
  "（2024年3月1日）",
  "同志们：",
  OPENING,
  "一、提高认识，增强做好安全生产工作的责任感",
  P1,
  "（一）认清当前形势",
  P2,
  "（二）把握工作重点",
  P3,
  "二、压实责任，全面加强隐患排查整治",
  P3.replace("要抓好", "各乡镇要抓好"),
  CLOSING,
];

const mine = (name: string, bytes: Uint8Array) => mineDocument(name, bytes);
const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n"));

/** "h1 text" / "p text" for the body of a document (after title, speaker line and salutation). */
function outline(doc: SpeechDoc): string[] {
  return doc.content
    .filter((n) => n.type === "heading" || n.type === "paragraph")
    .map((n) => (n.type === "heading" ? `h${n.attrs.level} ${nodeText(n)}` : `p ${nodeText(n)}`));
}

/** The text a DOCX or text export writes: title, speaker line, salutation, numbered headings, paragraphs. */
function exportedLines(s: ImportedSpeech): string[] {
  const styles = s.settings.numbering ?? DEFAULT_SETTINGS.numbering;
  const levels = s.content.content.flatMap((n) => (n.type === "heading" ? [n.attrs.level as HeadingLevel] : []));
  const numbers = headingNumbers(levels, styles);
  let h = 0;
  return s.content.content
    .map((n) => (n.type === "heading" ? `${numbers[h++]}${nodeText(n)}` : nodeText(n)))
    .filter(Boolean);
}

describe("speechDocFromMined", () => {
  it("keeps title, speaker, date, salutation, headings without numbers and paragraphs as typed text", async () => {
    const s = speechDocFromMined(await mine("讲话.txt", utf8(SPEECH_LINES)));
    expect(s).toMatchObject({
      title: "在全县安全生产工作会议上的讲话",
      speaker: "县长 张三",
      date: "2024-03-01",
      settings: {},
      order: 1,
      speechCount: 1,
    });
    expect(s.content.content.slice(0, 3)).toEqual([
      { type: "speechTitle", content: [{ type: "text", text: "在全县安全生产工作会议上的讲话" }] },
      // The day is the speech's date, printed under the speaker line as for a speech made in the composer.
      { type: "speakerLine", content: [{ type: "text", text: "县长 张三" }] },
      { type: "salutation", content: [{ type: "text", text: "同志们：" }] },
    ]);
    expect(outline(s.content)).toEqual([
      `p ${OPENING}`,
      "h1 提高认识，增强做好安全生产工作的责任感",
      `p ${P1}`,
      "h2 认清当前形势",
      `p ${P2}`,
      "h2 把握工作重点",
      `p ${P3}`,
      "h1 压实责任，全面加强隐患排查整治",
      `p ${P3.replace("要抓好", "各乡镇要抓好")}`,
      `p ${CLOSING}`,
    ]);
    for (const n of s.content.content) {
      if (n.type === "paragraph") expect(n.attrs).toEqual({ blockId: null, blockVersion: null, sourceHash: null });
    }
    expect(hasSpeechStructure(s.content)).toBe(true);
    expect(speechDocSchema.safeParse(s.content).success).toBe(true);
  });

  it("reads a GB18030 .txt the same as the UTF-8 one", async () => {
    const fromUtf8 = speechDocFromMined(await mine("讲话.txt", utf8(SPEECH_LINES)));
    const gb = await mine("讲话.txt", encodeGb18030(SPEECH_LINES.join("\r\n")));
    expect(gb.encoding).toBe("gb18030");
    expect(speechDocFromMined(gb)).toEqual(fromUtf8);
  });

  it("keeps a date that names no day in the speaker line, where the speech's date cannot hold it", async () => {
    const lines = SPEECH_LINES.map((l) => (l === "（2024年3月1日）" ? "（2024年3月）" : l));
    const s = speechDocFromMined(await mine("讲话.txt", utf8(lines)));
    expect(s).toMatchObject({ speaker: "县长 张三", date: null });
    expect(nodeText(s.content.content[1]!)).toBe("县长 张三（2024年3月）");
  });

  it("reads a .docx: Word heading styles give the levels, Word list numbers are stripped like typed ones", async () => {
    const bytes = makeDocx([
      { text: "在全县安全生产工作会议上的讲话" },
      { text: "县长 张三（2024年3月1日）" },
      { text: "同志们：" },
      { text: OPENING },
      { text: "提高认识", style: "Heading1" },
      { text: P1 },
      { text: "认清当前形势", style: "Heading2" },
      { text: P2 },
      { text: "压实责任", style: "Heading1" },
      { text: P3 },
    ]);
    const s = speechDocFromMined(await mine("讲话.docx", bytes));
    expect(s).toMatchObject({ title: "在全县安全生产工作会议上的讲话", speaker: "县长 张三", date: "2024-03-01" });
    expect(nodeText(s.content.content[1]!)).toBe("县长 张三");
    expect(outline(s.content)).toEqual([
      `p ${OPENING}`,
      "h1 提高认识",
      `p ${P1}`,
      "h2 认清当前形势",
      `p ${P2}`,
      "h1 压实责任",
      `p ${P3}`,
    ]);
  });

  it("sets the numbering styles the source used when they differ from the default", async () => {
    const lines = [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      OPENING,
      "第一，提高认识",
      P1,
      "（1）认清形势",
      P2,
      "（2）把握重点",
      P3,
      "第二，压实责任",
      P1,
    ];
    const s = speechDocFromMined(await mine("讲话.txt", utf8(lines)));
    expect(s.settings).toEqual({ numbering: ["di-cn", "arabic-paren", "arabic-dot"] });
    expect(outline(s.content).filter((l) => l.startsWith("h"))).toEqual([
      "h1 提高认识",
      "h2 认清形势",
      "h2 把握重点",
      "h1 压实责任",
    ]);
  });

  it("strips 一是/一要 from a heading as well (the composer numbers it 一、)", async () => {
    const lines = [
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      OPENING,
      "一要提高认识",
      P1,
      "二要压实责任",
      P2,
      "三、狠抓落实",
      P3,
    ];
    const s = speechDocFromMined(await mine("讲话.txt", utf8(lines)));
    expect(outline(s.content)).toEqual([
      `p ${OPENING}`,
      "h1 提高认识",
      `p ${P1}`,
      "h1 压实责任",
      `p ${P2}`,
      "h1 狠抓落实",
      `p ${P3}`,
    ]);
    expect(s.settings).toEqual({});
  });

  it("leaves the speaker out of the speaker line when only the title names it, and falls back to the file name", async () => {
    const s = speechDocFromMined(
      await mine("x.txt", utf8(["县长在全县安全生产工作会议上的讲话", "同志们：", OPENING, P1])),
    );
    expect(s).toMatchObject({ title: "县长在全县安全生产工作会议上的讲话", speaker: "县长" });
    expect(s.content.content[1]).toEqual({ type: "speakerLine" });

    const untitled = speechDocFromMined(await mine("D:\\材料\\2024年安全讲话.txt", utf8([OPENING, P1, P2])));
    expect(untitled.title).toBe("2024年安全讲话");
    expect(untitled.content.content.map((n) => n.type)).toEqual([
      "speechTitle",
      "speakerLine",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
  });

  it("imports the first of several speeches unless told which, and refuses one the file does not hold", async () => {
    const mined = await mine("004.txt", new Uint8Array(readFileSync(path.join(ROOT, "data", "corpus", CORPUS[4]!))));
    expect(speechDocFromMined(mined)).toMatchObject({
      order: 1,
      speechCount: 5,
      title: "市长在2024年全市安全生产工作会议上的讲话",
    });
    const fifth = speechDocFromMined(mined, { order: 5 });
    expect(fifth).toMatchObject({ order: 5, speaker: "罗清宇", date: "2024-03-16" });
    expect(nodeText(fifth.content.content[1]!)).toBe("罗清宇");
    expect(() => speechDocFromMined(mined, { order: 6 })).toThrow(noSuchSpeech(5));
  });

  it("refuses a file in which the miner found no speech", () => {
    const empty: MinedDocument = {
      file: "a.txt",
      encoding: "utf-8",
      format: "txt",
      speeches: [],
      removed: [],
      rawText: "x",
      cleanedText: "",
    };
    expect(() => speechDocFromMined(empty)).toThrow(IMPORT_MSG.noSpeech);
  });

  it("turns every speech of the sample corpus into a valid document, and its export imports back the same", async () => {
    for (const file of CORPUS) {
      const mined = await mine(file, new Uint8Array(readFileSync(path.join(ROOT, "data", "corpus", file))));
      for (let order = 1; order <= mined.speeches.length; order++) {
        const s = speechDocFromMined(mined, { order });
        expect(speechDocSchema.safeParse(s.content).success, `${file} #${order}`).toBe(true);
        for (const n of s.content.content) {
          if (n.type === "heading")
            expect(stripOutlineNumber(nodeText(n)).family, `${file}: ${nodeText(n)}`).toBeNull();
        }
        const again = speechDocFromMined(await mine(`${file}.txt`, utf8(exportedLines(s))));
        expect(outline(again.content), `${file} #${order}`).toEqual(outline(s.content));
        expect(again.settings, `${file} #${order}`).toEqual(s.settings);
      }
    }
  });
});

describe("dayOfWrittenDate", () => {
  it.each([
    ["2024年3月1日", "2024-03-01"],
    ["二〇二四年三月十六日", "2024-03-16"],
    ["二○二四年十二月三十一日", "2024-12-31"],
    ["2024-3-1", "2024-03-01"],
    ["2024.03.01", "2024-03-01"],
    ["（2024年3月1日）", "2024-03-01"],
    ["2024年3月", null],
    ["2024年2月30日", null],
    ["1900年1月1日", null],
    [null, null],
  ])("%s → %s", (written, day) => {
    expect(dayOfWrittenDate(written)).toBe(day);
  });
});
