// The sample corpus's speeches as the .docx files clerks upload: written with the `docx` package as a clerk's Word
// file looks inside — a centred title in 方正小标宋简体 二号, level-1 headings in the 标题 1 style with 黑体,
// level-2 headings （一） as ordinary paragraphs in bold 楷体, body in 仿宋_GB2312 三号 with a two-character first
// line indent and 28 pt exact line spacing, A4 with the official margins, and each paragraph in several runs (one
// per sentence), as editing leaves them in Word.
import { AlignmentType, Document, HeadingLevel, LineRuleType, Packer, Paragraph, TextRun } from "docx";

const FONT = {
  title: "方正小标宋简体",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  body: "仿宋_GB2312",
};
/** Half-points: 二号 22 pt, 三号 16 pt. */
const SIZE = { title: 44, body: 32 };
const LINE = { line: 560, lineRule: LineRuleType.EXACT };

const run = (text: string, font: string, size: number, bold = false) =>
  new TextRun({ text, bold, size, font: { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: font } });

/** A numbered heading line: short, without a sentence's closing punctuation (other short lines stay body text). */
const isHeading = (line: string, numbered: RegExp) =>
  line.length <= 40 && !/[。！？；：:]$/.test(line) && numbered.test(line);
const LEVEL1 = /^[一二三四五六七八九十]+[、是要]/;
const LEVEL2 = /^[（(][一二三四五六七八九十]+[）)]/;

function bodyParagraph(line: string): Paragraph {
  const sentences = line.match(/[^。！？；]+[。！？；]?/g) ?? [line];
  return new Paragraph({
    spacing: LINE,
    indent: { firstLine: 640 },
    alignment: AlignmentType.JUSTIFIED,
    children: sentences.map((s) => run(s, FONT.body, SIZE.body)),
  });
}

function paragraphsOf(text: string): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.map((line, i) => {
    if (i === 0) {
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 280 },
        children: [run(line, FONT.title, SIZE.title)],
      });
    }
    if (isHeading(line, LEVEL2)) {
      return new Paragraph({
        spacing: LINE,
        indent: { firstLine: 640 },
        children: [run(line, FONT.heading2, SIZE.body, true)],
      });
    }
    if (!isHeading(line, LEVEL1)) return bodyParagraph(line);
    return new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: LINE,
      indent: { firstLine: 640 },
      children: [run(line, FONT.heading1, SIZE.body)],
    });
  });
}

/** A .docx of the given speech text (first line its title). */
export async function speechTextAsDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: "办公室",
    title: text.split("\n", 1)[0],
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 },
          },
        },
        children: paragraphsOf(text),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
