// Reads the body of a .docx (word/document.xml) into lines, one per paragraph, with Word's heading styles and
// list depth as hints and its automatic list numbers written out (docx-numbering). A table's row is one line, its
// cells' text joined by tabs, as a table copied as text reads (tab-cells.ts then reads it: a cell alone on a line was
// a block of a word or a number taken for a page's); text boxes are paragraphs. Deleted and moved-away text of tracked changes, field codes and the old properties kept
// by a tracked formatting change are not the document's text and are skipped. A manual line break (Shift+Enter)
// starts a new line, as pasted web text uses it for paragraphs; the paragraph's hints stay on its first line.
// Footnotes, comments, headers and footers are not read: they are not paragraphs of the speech.
import { readListNumbering } from "./docx-numbering";
import { readParagraphStyles, type NumberingRef } from "./docx-styles";
import { isNotesCell, notesColumns, onGrid, REASON_NOTES_COLUMN } from "./docx-table-notes";
import { readWordXml } from "./docx-xml";
import { isClosingStart, isTitleLine, parseEnumerator } from "./outline-patterns";
import { withPrintedIndents } from "./docx-printed-lines";
import { withoutTranslationColumn } from "./docx-translation-columns";
import type { Removed, SourceLine } from "./types";

export const DOCX_PARTS = { document: "word/document.xml", styles: "word/styles.xml", numbering: "word/numbering.xml" };

/** Elements whose content is not text of the document as it reads now. */
const SKIPPED = new Set(["del", "moveFrom", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange"]);

/** An office system's form around a speech: its fields' labels, each in a cell before its value. */
const FORM_LABEL_RE =
  /^(?:(?:文件)?标题|题目|讲话人|发言人|日期|文稿类别|类别|归档号|密级|印数|份数|拟稿|拟稿人|拟稿单位|核稿|核稿人|会签|签发|联系电话|主送|抄送|缓急|紧急程度|文号|发文字号)$/;
const HEAD_LABEL_RE = /^(?:(?:文件)?标题|题目|讲话人|发言人|日期)$/;
/** 关于印发…讲话的通知 in the title's cell: the 通知 the speech is printed with, not the speech's own title. */
const COVER_TITLE_RE =
  /^关于(?:印发|转发|刊发)?((?:[^。！？]{2,80}(?:讲话|发言|致辞|工作部署))?)[^。！？]{0,20}的(?:通知|通报|函)$/;
/** How far below the form a title of the speech's own may stand (its speaker line, a salutation). */
const OWN_TITLE_REACH = 4;
/** The fields only an office system's form has. */
const FORM_ONLY_LABEL_RE = /^(?:签发|会签|核稿|核稿人|拟稿|拟稿人|拟稿单位|归档号|密级|印数|文稿类别)$/;
/** A leader's approval under a speech laid out in a table (领导签批意见 | 同意，请印发。): that row alone is the form's. */
const APPROVAL_LABEL_RE = /^(?:(?:领导)?(?:签批|审批|批示|审核|审阅)意见|领导批示)$/;
const REASON_FORM = "公文稿纸";

/** A number the writer typed: Word's automatic number is then not added again. */
const ALREADY_NUMBERED =
  /^\s*(?:[一二三四五六七八九十]+[、是要]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])/;

type ParagraphState = {
  segments: string[];
  styleId?: string;
  numbering?: Partial<NumberingRef>;
  hasNumPr: boolean;
  /** A first-line indent set on the paragraph itself (w:ind firstLine or firstLineChars). */
  indented?: boolean;
  /** Holds a section break or a page break. */
  breaks?: boolean;
};

/** A paragraph a converter cut at a page: it stops at a comma, or it holds a sentence's punctuation and stops on a word
 *  (a heading, a slogan or a caption above a break holds none). */
const CUT_MID_SENTENCE = /[，、；]$|[，。；！？].*[\u4e00-\u9fff\d]$/;

/** 首先，/其次，/最后，: a point's own start. */
const POINT_START_RE = /^(?:首先|其次|再次|最后|第[一二三四五六七八九十]+)[，,]/;

/** The paragraph's lines as a reader sees them. Where Word indents a paragraph's first line, the indent marks where
 *  paragraphs start: a line after its one soft break (w:br) starts flush left and carries the paragraph on (…暴露出
 *  …问题。⏎一些地方…), unless the line before it is no prose, or it is indented by spaces or opens an outline heading,
 *  a closing or a point. A paragraph with several soft breaks is a text that parts its paragraphs by them. */
function segmentsShown(p: ParagraphState): string[] {
  if (!p.indented || p.segments.length !== 2) return p.segments;
  const [first, second] = p.segments as [string, string];
  // Only prose goes on (a title over its speaker, an office's name over its date stand apart), and not into a
  // closing or a point of its own (同志们，… / 首先，…).
  const carriesOn =
    /[，。；！？]\s*$/.test(first) &&
    !!second.trim() &&
    !/^\s/.test(second) &&
    !parseEnumerator(second) &&
    !isClosingStart(second) &&
    !POINT_START_RE.test(second);
  return carriesOn ? [first.trimEnd() + second] : p.segments;
}

/** `removed` collects what is left out as no text of the speech (a draft table's notes column). */
export function readDocxLines(parts: Map<string, Uint8Array>, removed: Removed[] = []): SourceLine[] {
  const styles = readParagraphStyles(parts.get(DOCX_PARTS.styles));
  const lists = readListNumbering(parts.get(DOCX_PARTS.numbering));
  const lines: SourceLine[] = [];
  const open: ParagraphState[] = [];
  let skipping = 0;
  let inRun = 0;
  let inProperties = 0;
  /** Inside a text box (w:txbxContent): a letterhead, a pull-quote, a sidebar beside the text. */
  let inTextBox = 0;
  /** The cells of the table rows open (outermost first), each cell its paragraphs' text. */
  const rows: string[][][] = [];
  /** The tables open: how many rows each has closed, and the grid columns of its notes. */
  const tables: { rows: number; notes: Set<number> }[] = [];
  /** A cell's grid span, where it has one (w:gridSpan). */
  const spans = new WeakMap<string[], number>();
  /** The document is an office system's export: its form's rows are read as fields. */
  let oaForm = false;
  /** The line taken from a 通知's title in the form, if any (see COVER_TITLE_RE). */
  let formTitle = -1;
  /** Lines that open a paragraph with a first-line indent. */
  const indentedLines = new Set<number>();

  // A row of short cells (a paragraph or none each) is a table's row: one line. A row whose cell holds paragraphs
  // (a speech laid out in a table, a letterhead beside its text) gives them as lines of their own.
  const closeRow = (cells: string[][]) => {
    const table = tables[tables.length - 1];
    let row = cells;
    if (table && !rows.length) {
      const grid = onGrid(cells, (cell) => spans.get(cell) ?? 1);
      const report = (texts: string[]) => {
        for (const text of texts)
          if (text) removed.push({ text, reason: REASON_NOTES_COLUMN, lineNo: lines.length + 1 });
      };
      if (table.rows++ === 0 && (table.notes = notesColumns(grid)).size) return report(cells.flat());
      if (table.notes.size) {
        for (const cell of grid) if (isNotesCell(cell, table.notes)) report(cell.texts);
        row = grid.filter((cell) => !isNotesCell(cell, table.notes)).map((cell) => cell.texts);
      }
    }
    const filled = row.filter((cell) => cell.some(Boolean));
    const outer = rows[rows.length - 1];
    const emit = (text: string, tableRow?: boolean) =>
      outer
        ? outer[outer.length - 1]?.push(text)
        : lines.push({ text, lineNo: lines.length + 1, ...(tableRow && { hint: { tableRow } }) });
    const texts = filled.map((cell) => cell.find(Boolean) ?? "");
    // Only in an office system's export (a 发文稿纸's 签发, 核稿 …): a speech's own table may be headed 日期 or 类别.
    oaForm ||= !outer && FORM_ONLY_LABEL_RE.test(texts[0] ?? "");
    const single = filled.every((cell) => cell.filter(Boolean).length <= 1);
    if (!outer && single && filled.length === 2 && APPROVAL_LABEL_RE.test(texts[0] ?? "") && !/\d/.test(texts[1]!)) {
      removed.push({ text: texts.join(" "), reason: REASON_FORM, lineNo: lines.length + 1 });
      return;
    }
    if (oaForm && !outer && FORM_LABEL_RE.test(texts[0] ?? "") && single) {
      // An OA form's row, label and value: its 标题, 讲话人 and 日期 head the speech; the rest is the form's.
      const cover = texts[1] ? COVER_TITLE_RE.exec(texts[1]) : null;
      if (cover?.[1] && HEAD_LABEL_RE.test(texts[0]!)) {
        // The 通知's title names the speech it prints: that is the speech's title, unless the body gives its own.
        formTitle = lines.length;
        emit(cover[1]);
      } else if (HEAD_LABEL_RE.test(texts[0]!) && texts[1] && !cover) emit(texts[1]);
      else removed.push({ text: texts.join(" "), reason: REASON_FORM, lineNo: lines.length + 1 });
      return;
    }
    if (filled.length >= 2 && row.every((cell) => cell.filter(Boolean).length <= 1))
      emit(row.map((cell) => cell.find(Boolean) ?? "").join(outer ? " " : "\t"), true);
    else for (const cell of filled) for (const text of cell) if (text) emit(text);
  };

  /** A page or section break on a paragraph of its own: the next line is after a page break, across which a sentence
   *  a converter cut in two flows on (…放在心上、 / 抓在手上，…), as a .txt's page number is. */
  let pageBreak = false;
  const finish = (p: ParagraphState) => {
    const row = rows[rows.length - 1];
    if (row) {
      row[row.length - 1]?.push(p.segments.join(" ").trim());
      return;
    }
    if (p.breaks && !p.segments.join("").trim()) {
      pageBreak = CUT_MID_SENTENCE.test(lines[lines.length - 1]?.text.trim() ?? "");
      return;
    }
    const headingLevel = styles.headingLevel(p.styleId);
    // Direct numbering wins over the style's; numId 0 on the paragraph removes the style's numbering.
    const ref = p.hasNumPr ? p.numbering : styles.numbering(p.styleId);
    const list = ref?.numId && ref.numId !== "0" ? lists.next(ref) : null;
    segmentsShown(p).forEach((segment, i) => {
      let text = segment;
      const hint: SourceLine["hint"] = {};
      if (i === 0 && headingLevel) hint.headingLevel = Math.min(3, headingLevel) as 1 | 2 | 3;
      // A list paragraph with its numbering taken off (numId 0) keeps its depth: a heading whose 一、 Word had supplied,
      // or any paragraph (WPS sets numId 0 on prose too); unnumbered-headings.ts tells them apart.
      if (i === 0 && p.hasNumPr && p.numbering?.numId === "0") hint.unnumberedListLevel = (p.numbering.ilvl ?? 0) + 1;
      if (i === 0 && list) {
        hint.listLevel = list.depth;
        if (list.ordered && list.label && text.trim() && !ALREADY_NUMBERED.test(text)) {
          text = list.label + text.trimStart();
        }
      }
      if (i === 0 && p.indented) indentedLines.add(lines.length);
      if (inTextBox) hint.textBox = true;
      if (pageBreak && text.trim()) {
        hint.afterBreak = "page";
        pageBreak = false;
      }
      lines.push({ text, lineNo: lines.length + 1, hint: Object.keys(hint).length ? hint : undefined });
    });
  };

  readWordXml(parts.get(DOCX_PARTS.document)!, {
    open: (el) => {
      if (skipping || (el.name && SKIPPED.has(el.name))) {
        skipping++;
        return;
      }
      const p = open[open.length - 1];
      switch (el.name) {
        case "p":
          open.push({ segments: [""], hasNumPr: false });
          break;
        case "pPr":
          inProperties++;
          break;
        case "sectPr":
          if (p && inProperties) p.breaks = true;
          break;
        case "pStyle":
          if (p && inProperties) p.styleId = el.attr("val");
          break;
        case "numPr":
          if (p && inProperties) p.hasNumPr = true;
          break;
        case "numId":
          if (p && inProperties) (p.numbering ??= {}).numId = el.attr("val");
          break;
        case "ind":
          if (p && inProperties && !inRun && Number(el.attr("firstLine") ?? el.attr("firstLineChars") ?? 0) > 0)
            p.indented = true;
          break;
        case "ilvl":
          if (p && inProperties) (p.numbering ??= {}).ilvl = Number(el.attr("val") ?? 0);
          break;
        case "r":
          inRun++;
          break;
        case "txbxContent":
          inTextBox++;
          break;
        case "tbl":
          tables.push({ rows: 0, notes: new Set() });
          break;
        case "gridSpan": {
          const row = rows[rows.length - 1];
          const cell = row?.[row.length - 1];
          if (cell && !cell.length) spans.set(cell, Math.max(1, Number(el.attr("val")) || 1));
          break;
        }
        case "tr":
          rows.push([]);
          break;
        case "tc":
          rows[rows.length - 1]?.push([]);
          break;
        case "tab":
          if (p && inRun && !inProperties) p.segments[p.segments.length - 1] += "\t";
          break;
        case "noBreakHyphen":
          if (p && inRun && !inProperties) p.segments[p.segments.length - 1] += "-";
          break;
        case "br":
        case "cr": {
          const type = el.attr("type");
          if (p && inRun && !inProperties && (!type || type === "textWrapping")) p.segments.push("");
          else if (p && inRun && type === "page") p.breaks = true;
          break;
        }
      }
    },
    close: (name) => {
      if (skipping) {
        skipping--;
        return;
      }
      if (name === "p") {
        const p = open.pop();
        if (p) finish(p);
      } else if (name === "tr") closeRow(rows.pop() ?? []);
      else if (name === "tbl") tables.pop();
      else if (name === "pPr") inProperties--;
      else if (name === "r") inRun--;
      else if (name === "txbxContent") inTextBox--;
    },
    text: (text) => {
      const p = open[open.length - 1];
      if (p && !skipping) p.segments[p.segments.length - 1] += text;
    },
  });
  const ownTitleBelow = lines
    .slice(formTitle + 1, formTitle + 1 + OWN_TITLE_REACH)
    .some((l) => isTitleLine(l.text.trim()));
  if (formTitle >= 0 && ownTitleBelow) {
    removed.push({ text: lines[formTitle]!.text, reason: REASON_FORM, lineNo: formTitle + 1 });
    lines[formTitle]!.text = "";
  }
  return withPrintedIndents(withoutTranslationColumn(lines, removed), indentedLines);
}
