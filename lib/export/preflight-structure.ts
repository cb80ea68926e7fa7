// Numbering and structure problems for the pre-export check: a heading that is the only one of its level under
// its parent (a lone （一）), a skipped level (1. directly under 一、), numbers typed by hand (the editor computes
// heading numbers, so a typed 一、 prints as 一、一、), headings without text and sections without body text.
import type { Family } from "../mining/outline-patterns";
import { nodeText } from "../speech-doc/doc-text";
import { formatNumber, headingNumbers } from "../speech-doc/numbering";
import { stripOutlineNumber } from "../speech-doc/strip-number";
import { NODE, type HeadingLevel, type NumberingStyle, type SpeechDoc, type SpeechSettings } from "../speech-doc/types";
import type { PreflightIssue } from "./preflight-types";
import type { NodePlace } from "./preflight-where";

const LEVEL_NAMES: readonly string[] = ["一级", "二级", "三级"];

/** The strip-number family each numbering style writes (to tell a typed heading number in a paragraph). */
const STYLE_FAMILY: Record<NumberingStyle, Family> = {
  "cn-dun": "cn-dun",
  "cn-paren": "cn-paren",
  "arabic-dot": "num-dot",
  "arabic-paren": "num-paren",
  "di-cn": "di",
};

type Heading = { index: number; level: HeadingLevel; number: string; text: string };

function headingsOf(doc: SpeechDoc, numbering: SpeechSettings["numbering"]): Heading[] {
  const found: Omit<Heading, "number">[] = [];
  doc.content.forEach((node, index) => {
    if (node.type === NODE.heading) found.push({ index, level: node.attrs.level, text: nodeText(node) });
  });
  const numbers = headingNumbers(
    found.map((h) => h.level),
    numbering,
  );
  return found.map((h, k) => ({ ...h, number: numbers[k]! }));
}

/** Lone headings and skipped levels, from each heading's parent (the nearest shallower heading before it). */
function hierarchyIssues(
  headings: Heading[],
  places: NodePlace[],
  numbering: SpeechSettings["numbering"],
): PreflightIssue[] {
  const out: PreflightIssue[] = [];
  const open: (Heading | null)[] = [null, null, null];
  const siblings = new Map<string, { parent: Heading | null; members: Heading[] }>();
  for (const h of headings) {
    const i = h.level - 1;
    for (let d = i; d < open.length; d++) open[d] = null;
    const parent = open.slice(0, i).findLast((x) => x !== null) ?? null;
    const depth = parent?.level ?? 0;
    if (h.level > depth + 1) {
      const missing = LEVEL_NAMES[depth]!;
      out.push({
        kind: "skipped-level",
        severity: "warning",
        nodeIndex: h.index,
        where: places[h.index]!.where,
        message: parent
          ? `${LEVEL_NAMES[i]}标题「${h.number}」直接放在${LEVEL_NAMES[parent.level - 1]}标题「${parent.number}」下，跳过了${missing}标题。`
          : `「${h.number}」是${LEVEL_NAMES[i]}标题，但它前面没有${missing}标题。`,
        fix: `把它改为${missing}标题，或在它前面补上${missing}标题。`,
      });
    }
    const key = `${parent?.index ?? -1}:${h.level}`;
    const group = siblings.get(key) ?? { parent, members: [] };
    group.members.push(h);
    siblings.set(key, group);
    open[i] = h;
  }
  for (const { parent, members } of siblings.values()) {
    if (members.length !== 1) continue;
    const h = members[0]!;
    out.push({
      kind: "lone-heading",
      severity: "warning",
      nodeIndex: h.index,
      where: places[h.index]!.where,
      message: parent
        ? `「${parent.number}」下只有「${h.number}」一个${LEVEL_NAMES[h.level - 1]}标题：只有一项不必编号。`
        : `全文只有「${h.number}」一个${LEVEL_NAMES[h.level - 1]}标题：只有一项不必编号。`,
      fix: `再补一个同级标题（${formatNumber(numbering[h.level - 1], 2)}），或把这个标题改为正文段落。`,
    });
  }
  return out;
}

/** Headings without text, and headings with no body text before the next heading of the same or a higher level. */
function emptyIssues(doc: SpeechDoc, headings: Heading[], places: NodePlace[]): PreflightIssue[] {
  const out: PreflightIssue[] = [];
  for (const h of headings) {
    const where = places[h.index]!.where;
    if (!h.text.trim()) {
      out.push({
        kind: "empty-heading",
        severity: "warning",
        nodeIndex: h.index,
        where,
        message: `小标题「${h.number}」没有文字，导出后只剩编号。`,
        fix: "填写标题文字，或删除这个小标题。",
      });
      continue;
    }
    let hasBody = false;
    for (let j = h.index + 1; j < doc.content.length; j++) {
      const node = doc.content[j]!;
      if (node.type === NODE.heading && node.attrs.level <= h.level) break;
      if (node.type === NODE.paragraph && nodeText(node).trim()) {
        hasBody = true;
        break;
      }
    }
    if (hasBody) continue;
    out.push({
      kind: "empty-section",
      severity: "warning",
      nodeIndex: h.index,
      where,
      message: `「${h.number}${h.text.trim()}」下面还没有正文。`,
      fix: "补写这一部分的内容，或删除这个小标题。",
    });
  }
  return out;
}

/** Outline numbers typed at the start of a heading (they print twice) or of a paragraph in a heading's style. */
function typedNumberIssues(
  doc: SpeechDoc,
  headings: Heading[],
  places: NodePlace[],
  numbering: SpeechSettings["numbering"],
): PreflightIssue[] {
  const out: PreflightIssue[] = [];
  const numberAt = new Map(headings.map((h) => [h.index, h.number]));
  doc.content.forEach((node, index) => {
    if (node.type !== NODE.heading && node.type !== NODE.paragraph) return;
    const text = nodeText(node);
    const stripped = stripOutlineNumber(text);
    if (!stripped.family) return;
    const length = text.length - stripped.text.length;
    const typed = text.slice(0, length).trim();
    const base = { kind: "typed-number" as const, nodeIndex: index, offset: 0, length, text: text.slice(0, length) };
    const where = places[index]!.where;
    if (node.type === NODE.heading) {
      const number = numberAt.get(index)!;
      out.push({
        ...base,
        severity: "warning",
        where,
        message: `小标题开头手工输入了编号「${typed}」，编辑器已自动编号，导出后会印成「${number}${typed}」。`,
        fix: `删去手工输入的「${typed}」，编号会按结构自动生成。`,
      });
      return;
    }
    const level = numbering.findIndex((style) => STYLE_FAMILY[style] === stripped.family);
    if (level < 0) return; // 第一， ① （1） … as a run-in list inside a paragraph, not a heading number
    out.push({
      ...base,
      severity: "info",
      where,
      message: `段落以手工编号「${typed}」开头，它和${LEVEL_NAMES[level]}标题的编号同一格式，但不会随结构调整自动更新。`,
      fix: `如果这是小标题，删去「${typed}」并把本段设为${LEVEL_NAMES[level]}标题；如果是段内列举，可以不改。`,
    });
  });
  return out;
}

export function structureIssues(
  doc: SpeechDoc,
  numbering: SpeechSettings["numbering"],
  places: NodePlace[],
): PreflightIssue[] {
  const headings = headingsOf(doc, numbering);
  return [
    ...typedNumberIssues(doc, headings, places, numbering),
    ...hierarchyIssues(headings, places, numbering),
    ...emptyIssues(doc, headings, places),
  ];
}
