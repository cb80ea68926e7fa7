// The exported .docx against the checklist of ../shared/notes/gongwen-format.md: unzip the file and assert page,
// grid, fonts on every run, sizes, exact spacing, indents, colours and the odd/even page-number footers.
import { describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_OPTIONS, FONT_NAMES, type ExportOptions } from "@/lib/export/options";
import { speechDocx } from "@/lib/export/speech-docx";
import { DEFAULT_SETTINGS } from "@/lib/speech-doc/types";
import { exportFixture, FIXTURE_TITLE } from "../support/export-fixture";
import {
  all,
  attr,
  child,
  paragraphFormat,
  parseXml,
  runFormat,
  stylesIndex,
  textOf,
  unzipDocx,
  type DocxParts,
} from "../support/docx-xml";

const MM = 1440 / 25.4;
const CJK = "[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]";

async function exported(options: Partial<ExportOptions> = {}, doc = exportFixture()) {
  const bytes = await speechDocx({
    doc,
    numbering: DEFAULT_SETTINGS.numbering,
    date: "2024-03-01",
    options: { ...DEFAULT_EXPORT_OPTIONS, ...options },
    highlightPlaceholders: true,
  });
  const parts = unzipDocx(bytes);
  const document = parseXml(parts["word/document.xml"]!);
  const styles = stylesIndex(parts["word/styles.xml"]!);
  const paragraphs = all(document, "p").map((p) => ({ p, text: textOf(p), format: paragraphFormat(p, styles) }));
  const runsOf = (p: Element) => all(p, "r").map((r) => ({ r, text: textOf(r), format: runFormat(r, p, styles) }));
  return { parts, document, styles, paragraphs, runsOf };
}

const footers = (parts: DocxParts) =>
  Object.keys(parts)
    .filter((n) => /^word\/footer\d+\.xml$/.test(n))
    .map((n) => parseXml(parts[n]!));

describe("DOCX export: page", () => {
  it("is A4 with margins 37/35/28/26 mm and a 22-line grid", async () => {
    const { document } = await exported();
    const sect = all(document, "sectPr")[0]!;
    const pgSz = child(sect, "pgSz")!;
    const pgMar = child(sect, "pgMar")!;
    const near = (twips: string | null, mm: number) => expect(Math.abs(Number(twips) / MM - mm)).toBeLessThanOrEqual(1);
    near(attr(pgSz, "w"), 210);
    near(attr(pgSz, "h"), 297);
    near(attr(pgMar, "top"), 37);
    near(attr(pgMar, "bottom"), 35);
    near(attr(pgMar, "left"), 28);
    near(attr(pgMar, "right"), 26);
    const pitch = Number(attr(child(sect, "docGrid"), "linePitch"));
    expect(pitch * 22).toBeLessThanOrEqual(12756);
    expect(pitch * 23).toBeGreaterThan(12756);
  });

  it('never writes lineRule="exactly" and sets every colour to black', async () => {
    const { parts } = await exported();
    for (const [name, xml] of Object.entries(parts)) {
      if (!name.endsWith(".xml")) continue;
      expect(xml, name).not.toContain('lineRule="exactly"');
      for (const m of xml.matchAll(/<w:color w:val="([^"]+)"/g)) expect(["000000", "auto"], name).toContain(m[1]);
    }
  });

  it("names the layout's fonts as document defaults and in the theme: no Calibri or 等线 left", async () => {
    const { parts, styles } = await exported();
    const rFonts = child(styles.defaultR, "rFonts");
    expect(attr(rFonts, "eastAsia")).toBe("仿宋_GB2312");
    expect(attr(rFonts, "ascii")).toBe("Times New Roman");
    expect(child(styles.defaultR, "sz")?.getAttribute("w:val")).toBe("32");
    for (const name of ["word/styles.xml", "word/theme/theme1.xml", "word/document.xml", "word/fontTable.xml"])
      expect(parts[name] ?? "", name).not.toMatch(/Calibri|等线|DengXian/);
  });
});

describe("DOCX export: paragraphs", () => {
  it("sets the title in 小标宋 22 pt, centred, not bold, and the date line centred in 楷体 16 pt", async () => {
    const { paragraphs, runsOf } = await exported();
    const title = paragraphs.find((x) => x.text === FIXTURE_TITLE)!;
    expect(title.format.jc).toBe("center");
    for (const run of runsOf(title.p)) {
      expect(run.format.eastAsia).toMatch(/小标宋/);
      expect(run.format.size).toBe("44");
      expect(run.format.bold).toBe(false);
    }
    const byline = paragraphs.find((x) => x.text === "县长 张三")!;
    const date = paragraphs.find((x) => /^（\d{4}年\d{1,2}月\d{1,2}日）$/.test(x.text))!;
    expect(date.text).toBe("（2024年3月1日）");
    for (const line of [byline, date]) {
      expect(line.format.jc).toBe("center");
      for (const run of runsOf(line.p)) {
        expect(run.format.eastAsia).toMatch(/楷体/);
        expect(run.format.size).toBe("32");
      }
    }
  });

  it("wraps a long title between words, evenly, with a line break inside its one paragraph", async () => {
    const doc = exportFixture();
    const long = "在2026年第四季度全县安全生产工作会议上的讲话";
    doc.content[0] = { ...doc.content[0]!, content: [{ type: "text", text: long }] } as (typeof doc.content)[0];
    const { paragraphs, runsOf } = await exported({}, doc);
    const title = paragraphs.find((x) => x.text === long)!;
    const runs = runsOf(title.p);
    const broken = runs.findIndex((run) => child(run.r, "br"));
    expect(broken).toBeGreaterThan(0);
    expect(
      runs
        .slice(0, broken)
        .map((r) => r.text)
        .join(""),
    ).toBe("在2026年第四季度全县");
    expect(
      runs
        .slice(broken)
        .map((r) => r.text)
        .join(""),
    ).toBe("安全生产工作会议上的讲话");
    expect(runs.filter((run) => child(run.r, "br"))).toHaveLength(1);
  });

  it("takes the title off the line grid, so LibreOffice and WPS give each title line one row as Word does", async () => {
    const { paragraphs, styles } = await exported();
    const title = paragraphs.find((x) => x.text === FIXTURE_TITLE)!;
    const style = styles.byId.get(attr(child(child(title.p, "pPr"), "pStyle"), "val")!)!;
    const props = Array.from(child(style, "pPr")!.childNodes as ArrayLike<Node>, (n) => (n as Element).localName);
    expect(attr(child(child(style, "pPr"), "snapToGrid"), "val")).toBe("0");
    // CT_PPr's order: snapToGrid before spacing (Word refuses a file whose properties are out of order).
    expect(props.indexOf("snapToGrid")).toBeLessThan(props.indexOf("spacing"));
    expect(props.indexOf("snapToGrid")).toBeGreaterThanOrEqual(0);
    expect(child(child(title.p, "pPr"), "snapToGrid")).toBeNull();
    // No other style or paragraph leaves the grid: the body keeps its 22 lines a page.
    const offGrid = [...styles.byId.values()].filter((s) => child(child(s, "pPr"), "snapToGrid"));
    expect(offGrid).toEqual([style]);
  });

  it("keeps the salutation flush left and gives body paragraphs justified, 2-character, exact 28.95 pt lines", async () => {
    const { paragraphs, runsOf } = await exported();
    const salutation = paragraphs.find((x) => x.text === "同志们：")!;
    expect(Number(salutation.format.firstLine ?? 0)).toBe(0);
    expect(Number(salutation.format.left ?? 0)).toBe(0);
    const body = paragraphs.filter((x) => x.format.styleId === "SpeechBody");
    expect(body.length).toBeGreaterThan(5);
    for (const { format, p } of body) {
      expect(format).toMatchObject({
        jc: "both",
        firstLine: "640",
        line: "579",
        lineRule: "exact",
        before: "0",
        after: "0",
      });
      for (const run of runsOf(p)) {
        expect(run.format.eastAsia).toBe("仿宋_GB2312");
        expect(run.format.size).toBe("32");
      }
    }
    expect(paragraphs.some((x) => x.text === "谢谢大家！" && x.format.firstLine === "640")).toBe(true);
  });

  it("numbers headings as text, 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋, all 16 pt", async () => {
    const { paragraphs, runsOf } = await exported();
    const want = [
      [/^一、统一思想认识/, "黑体", false],
      [/^（一）压实各方责任$/, "楷体_GB2312", false],
      [/^1\.强化企业主体责任$/, "仿宋_GB2312", true],
      [/^三、统一思想认识/, "黑体", false],
    ] as const;
    for (const [pattern, font, bold] of want) {
      const heading = paragraphs.find((x) => pattern.test(x.text));
      expect(heading, String(pattern)).toBeDefined();
      expect(heading!.format).toMatchObject({ line: "579", lineRule: "exact", firstLine: "640" });
      for (const run of runsOf(heading!.p)) {
        expect(run.format.eastAsia).toBe(font);
        expect(run.format.size).toBe("32");
        expect(run.format.bold).toBe(bold);
      }
    }
  });

  it("gives every run an East Asian font, Times New Roman only to ASCII, and the Chinese font to “ ” — …", async () => {
    const { paragraphs, runsOf } = await exported();
    let quoted = 0;
    for (const { p } of paragraphs)
      for (const run of runsOf(p)) {
        if (!run.text) continue;
        expect(run.format.eastAsia, run.text).toBeTruthy();
        if (/^[\x20-\x7e]+$/.test(run.text)) expect(run.format.ascii).toBe("Times New Roman");
        if (/[“”‘’—…]/.test(run.text)) {
          quoted++;
          expect(run.format.ascii, run.text).toBe(run.format.eastAsia);
          expect(run.format.hAnsi, run.text).toBe(run.format.eastAsia);
        }
      }
    expect(quoted).toBeGreaterThan(3);
  });

  it("leaves no ASCII , ; : ? ! ( ) beside a Chinese character, and keeps them in numbers and Latin", async () => {
    const doc = exportFixture(1);
    doc.content.push({
      type: "paragraph",
      content: [{ type: "text", text: "今天,我们开会;请注意:安全(生产)是底线!对吗?时间8:30,投入3,000万元(PM2.5)." }],
    });
    const { paragraphs } = await exported({}, doc);
    expect(paragraphs.at(-1)!.text).toBe(
      "今天，我们开会；请注意：安全（生产）是底线！对吗？时间8:30，投入3,000万元（PM2.5）.",
    );
    const ascii = new RegExp(`${CJK}[,;:?!()]|[,;:?!()]${CJK}`);
    for (const { text } of paragraphs) expect(text).not.toMatch(ascii);
  });
});

describe("DOCX export: page numbers and options", () => {
  it("puts — N — in 宋体 14 pt on the right of odd pages and the left of even pages", async () => {
    const { parts } = await exported();
    expect(parts["word/settings.xml"]).toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const sides = new Map<string, string>();
    const document = parseXml(parts["word/document.xml"]!);
    const rels = parts["word/_rels/document.xml.rels"]!;
    for (const ref of all(document, "footerReference")) {
      const target = new RegExp(`Id="${attr(ref, "id") ?? ref.getAttribute("r:id")}"[^>]*Target="([^"]+)"`).exec(
        rels,
      )?.[1];
      sides.set(attr(ref, "type")!, target!);
    }
    expect([...sides.keys()].sort()).toEqual(["default", "even"]);
    const jc = (target: string) => {
      const footer = parseXml(parts[`word/${target}`]!);
      const xml = parts[`word/${target}`]!;
      expect(xml).toMatch(/<w:t[^>]*>— <\/w:t>.*PAGE.*<w:t[^>]*> —<\/w:t>/s);
      for (const sz of xml.matchAll(/<w:sz w:val="(\d+)"/g)) expect(sz[1]).toBe("28");
      for (const f of xml.matchAll(/<w:rFonts [^>]*w:eastAsia="([^"]+)"/g)) expect(f[1]).toBe("宋体");
      return attr(child(child(all(footer, "p")[0]!, "pPr"), "jc"), "val");
    };
    expect(jc(sides.get("default")!)).toBe("right");
    expect(jc(sides.get("even")!)).toBe("left");
  });

  it("centres the page number on every page when asked, without odd/even footers", async () => {
    const { parts } = await exported({ pageNumbers: "center" });
    expect(parts["word/settings.xml"]).not.toMatch(/<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/);
    const fs = footers(parts);
    expect(fs).toHaveLength(1);
    expect(attr(child(child(all(fs[0]!, "p")[0]!, "pPr"), "jc"), "val")).toBe("center");
  });

  it("writes the common font set's names, and bolds the 宋体 title that stands in for 小标宋", async () => {
    const { paragraphs, runsOf } = await exported({ fontSet: "common-en" });
    const title = paragraphs.find((x) => x.text === FIXTURE_TITLE)!;
    expect(runsOf(title.p).every((r) => r.format.eastAsia === FONT_NAMES["common-en"].title && r.format.bold)).toBe(
      true,
    );
    const body = paragraphs.find((x) => x.format.styleId === "SpeechBody")!;
    expect(runsOf(body.p).every((r) => r.format.eastAsia === "FangSong")).toBe(true);
  });

  it("leaves out the speaker and date lines when asked, and puts a draft mark first", async () => {
    const { paragraphs } = await exported({ speakerLine: false, draftMark: "征求意见稿" });
    expect(paragraphs[0]!.text).toBe("征求意见稿");
    expect(paragraphs[1]!.text).toBe(FIXTURE_TITLE);
    expect(paragraphs.some((x) => x.text === "县长 张三" || /^（\d{4}年/.test(x.text))).toBe(false);
  });

  it("highlights unfilled placeholders and nothing else", async () => {
    const doc = exportFixture(1);
    doc.content.push({ type: "paragraph", content: [{ type: "text", text: "××县要在20××年底前完成整治。" }] });
    const { paragraphs, runsOf } = await exported({}, doc);
    const highlighted = paragraphs.flatMap(({ p }) =>
      runsOf(p)
        .filter(({ r }) => child(child(r, "rPr"), "highlight") !== null)
        .map((x) => x.text),
    );
    expect(highlighted.join("")).toBe("××20××年"); // the ASCII 20 is a run of its own
  });

  it("highlights every blank of a paragraph whose text had a line break in it", async () => {
    const doc = exportFixture(1);
    doc.content.push({ type: "paragraph", content: [{ type: "text", text: "  第一行\n  ××县要落实，××乡也要。" }] });
    const { paragraphs, runsOf } = await exported({}, doc);
    const last = paragraphs.at(-1)!;
    expect(last.text).toBe("第一行 ××县要落实，××乡也要。");
    const highlighted = runsOf(last.p).filter(({ r }) => child(child(r, "rPr"), "highlight") !== null);
    expect(highlighted.map((x) => x.text)).toEqual(["××", "××"]);
  });

  it("leaves out what XML cannot hold (a control, half of a surrogate pair, U+FFFF): the file stays readable", async () => {
    const doc = exportFixture(1);
    doc.content.push({ type: "paragraph", content: [{ type: "text", text: "测试\uffff控制\u0001字符\ud800完" }] });
    const { parts, paragraphs } = await exported({}, doc);
    expect(paragraphs.at(-1)!.text).toBe("测试控制字符完");
    expect(parts["word/document.xml"]).not.toMatch(/[\u0001\uffff\ud800]/);
  });
});
