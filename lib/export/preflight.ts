// The pre-export check (issue 9): what a clerk should look at before downloading the official-layout file —
// an empty title, unfilled blanks, numbering problems, half-width punctuation, empty sections and the length
// against the target. Export is still allowed; each issue says where it is and how to fix it.
import { bodyChars, nodeText } from "../speech-doc/doc-text";
import { speechPlaceholders } from "../speech-doc/placeholders";
import { lengthProgress, speakingMinutes } from "../speech-doc/speaking-time";
import {
  NODE,
  VARIABLE_LABELS,
  VARIABLE_MARK,
  type SpeechDoc,
  type SpeechNode,
  type SpeechSettings,
  type VariableKey,
} from "../speech-doc/types";
import { findPunctuation } from "./preflight-punctuation";
import { structureIssues } from "./preflight-structure";
import { PREFLIGHT_KINDS, type PreflightIssue } from "./preflight-types";
import { nodePlaces, type NodePlace } from "./preflight-where";

export { applyPunctuationFixes } from "./apply-punctuation-fixes";
export type { PreflightIssue, PreflightKind, PreflightSeverity } from "./preflight-types";

function titleIssues(doc: SpeechDoc): PreflightIssue[] {
  const index = doc.content.findIndex((n) => n.type === NODE.title);
  if (index >= 0 && nodeText(doc.content[index]!).trim()) return [];
  return [
    {
      kind: "empty-title",
      severity: "warning",
      nodeIndex: index >= 0 ? index : null,
      where: "标题",
      message: "讲话稿还没有标题。",
      fix: "在第一行填写标题，如「在全县安全生产工作会议上的讲话」。",
    },
  ];
}

function placeholderIssues(doc: SpeechDoc, places: NodePlace[]): PreflightIssue[] {
  return speechPlaceholders(doc).map((p) => ({
    kind: "placeholder",
    severity: "warning",
    nodeIndex: p.nodeIndex,
    offset: p.start,
    length: p.end - p.start,
    text: p.text,
    where: places[p.nodeIndex]!.where,
    message: `还有未填写的「${p.text}」：${p.context}`,
    fix: "填上实际内容；单位、会议名称、日期可在侧栏「占位符与变量」中用变量一次填好。仍然导出时，这些空白会在文件中突出显示。",
  }));
}

/** Which variable filled each UTF-16 position of a node's text (null for typed text). */
function variableAt(node: SpeechNode): (VariableKey | null)[] {
  return (node.content ?? []).flatMap((t) => {
    const key = t.marks?.find((m) => m.type === VARIABLE_MARK)?.attrs.name ?? null;
    return Array<VariableKey | null>(t.text.length).fill(key);
  });
}

function punctuationIssues(doc: SpeechDoc, places: NodePlace[]): PreflightIssue[] {
  const out: PreflightIssue[] = [];
  doc.content.forEach((node, nodeIndex) => {
    const text = nodeText(node);
    if (!text) return;
    const spans = findPunctuation(text);
    if (!spans.length) return;
    const vars = variableAt(node);
    for (const s of spans) {
      const shown = s.text.trim();
      const variable = vars.slice(s.offset, s.offset + s.length).find((k) => k !== null);
      const what = s.kind === "halfwidth-quote" ? "半角引号" : "半角标点";
      const issue: PreflightIssue = {
        kind: s.kind,
        severity: "warning",
        nodeIndex,
        offset: s.offset,
        length: s.length,
        text: s.text,
        where: places[nodeIndex]!.where,
        message: `中文里用了${what}「${shown}」。`,
        fix:
          s.kind === "ascii-punctuation"
            ? `改为全角「${s.replacement}」（导出的 Word 文件中会自动改为全角）。`
            : `改为全角「${s.replacement}」。`,
        replacement: s.replacement,
      };
      if (variable) {
        // The variable's value would write the half-width mark back the next time it is applied.
        delete issue.replacement;
        issue.fix = `这段文字由「${VARIABLE_LABELS[variable]}」填入：请在侧栏「占位符与变量」中把这个变量的值改为全角「${s.replacement}」。`;
      }
      out.push(issue);
    }
  });
  return out;
}

const round1 = (n: number) => String(Math.round(n * 10) / 10);

function lengthIssues(doc: SpeechDoc, settings: SpeechSettings): PreflightIssue[] {
  const chars = bodyChars(doc);
  const progress = lengthProgress(chars, settings);
  if (!progress.target || progress.state === "ok") return [];
  const long = progress.state === "long";
  const diff = Math.abs(chars - progress.target);
  const percent = Math.round(Math.abs(progress.ratio - 1) * 100);
  const byChars = !!(settings.targetChars && settings.targetChars > 0);
  const minutes = speakingMinutes(chars, settings.charsPerMinute);
  const message = byChars
    ? `正文 ${chars} 字，比目标 ${progress.target} 字${long ? "多" : "少"} ${diff} 字（${percent}%）。`
    : `讲话约 ${round1(minutes)} 分钟（${chars} 字），比目标 ${settings.targetMinutes} 分钟` +
      `${long ? "长" : "短"}约 ${round1(Math.abs(minutes - settings.targetMinutes!))} 分钟（约 ${diff} 字）。`;
  return [
    {
      kind: "length",
      severity: "info",
      nodeIndex: null,
      where: "全文",
      message,
      fix: long ? `删减约 ${diff} 字，或在「设置」中调整目标篇幅。` : `补充约 ${diff} 字，或在「设置」中调整目标篇幅。`,
    },
  ];
}

const KIND_ORDER = new Map(PREFLIGHT_KINDS.map((k, i) => [k, i]));

/** Every issue in document order (the speech's length last). */
export function preflightSpeech(doc: SpeechDoc, settings: SpeechSettings): PreflightIssue[] {
  const places = nodePlaces(doc, settings.numbering);
  const issues = [
    ...titleIssues(doc),
    ...placeholderIssues(doc, places),
    ...structureIssues(doc, settings.numbering, places),
    ...punctuationIssues(doc, places),
    ...lengthIssues(doc, settings),
  ];
  const order = (i: PreflightIssue) => i.nodeIndex ?? Number.MAX_SAFE_INTEGER;
  return issues.sort(
    (a, b) =>
      order(a) - order(b) || (a.offset ?? 0) - (b.offset ?? 0) || KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!,
  );
}
