// The blanks a clerk still has to fill in a speech (the placeholder panel's list), and which of them a speech
// variable (单位/县名, 会议名称, 日期 …) fills by itself. Blanks are found by findSpeechPlaceholders, the same
// function the editor's highlighting uses, so the list and the highlights always agree.
import { nodeText } from "./doc-text";
import { findSpeechPlaceholders, type PlaceholderSpan } from "./find-placeholders";
import { VARIABLE_MARK, type SpeechDoc, type TextNode, type VariableKey } from "./types";

export type SpeechPlaceholder = {
  /** Position of the node in doc.content. */
  nodeIndex: number;
  /** UTF-16 offsets into the node's text (what the editor's positions count). */
  start: number;
  end: number;
  text: string;
  /** Up to CONTEXT_CHARS characters of the node's text either side. */
  before: string;
  after: string;
  /** before + text + after, with … where the text was cut: what the panel shows to tell blanks apart. */
  context: string;
};

export const CONTEXT_CHARS = 12;

/** Stands in for text a variable already filled: no placeholder pattern matches it, and offsets stay put. */
const MASK = "\ue000";

/** The node's text with variable-marked runs masked (their text is a filled value, not a blank). */
function maskedText(content: TextNode[] | undefined): string {
  return (content ?? [])
    .map((t) => (t.marks?.some((m) => m.type === VARIABLE_MARK) ? MASK.repeat(t.text.length) : t.text))
    .join("");
}

/** Moves an offset off the low half of a surrogate pair, so a context never splits 𠮷. */
function safe(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && at < text.length && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}

/** Every unfilled blank in the speech, in document order. */
export function speechPlaceholders(doc: SpeechDoc): SpeechPlaceholder[] {
  const out: SpeechPlaceholder[] = [];
  doc.content.forEach((node, nodeIndex) => {
    const text = nodeText(node);
    if (!text) return;
    for (const p of findSpeechPlaceholders(maskedText(node.content))) {
      const from = safe(text, Math.max(0, p.start - CONTEXT_CHARS));
      const to = safe(text, Math.min(text.length, p.end + CONTEXT_CHARS));
      const before = text.slice(from, p.start);
      const after = text.slice(p.end, to);
      const context = (from > 0 ? "…" : "") + before + p.text + after + (to < text.length ? "…" : "");
      out.push({ nodeIndex, start: p.start, end: p.end, text: p.text, before, after, context });
    }
  });
  return out;
}

// ───────────── which blanks a variable fills ─────────────
//
// Filling a variable fills only the blanks that certainly stand for it; any other blank can still be given a
// variable's value one at a time from the panel. The rules:
// - unit (单位/县名): a blank directly followed by 县/市/区/镇/乡/街道 (××县, X市, 某某区). The span covers the
//   suffix, so that 平安县 fills ××县 as 平安县 and 平安 fills it as 平安县 too. When the value itself ends in one
//   of these suffixes, only blanks with that same suffix are its targets: a county's name must not go into
//   ××镇××村 (a town somewhere in the county).
// - date (日期): the date blanks 20XX年X月X日, 20XX年, 2024年X月, X月X日 (each one span); a value 2024年3月15日
//   fills each with the parts it asks for (X月X日 → 3月15日, 20XX年 → 2024年).
// - meetingName (会议名称): a blank directly followed by 会议/大会 (××会议, XX大会 — the span covers the suffix),
//   or a blank between 在 and 上 (在……上的讲话, 在××上), which in a speech's title always names the meeting.
// - place (地点) and speakerTitle (讲话人职务): none. 在××召开 could be a place or a date, and ××同志 a name or a
//   title; the clerk assigns those blanks explicitly.

const UNIT_SUFFIXES = ["街道", "县", "市", "区", "镇", "乡"] as const;
const MEETING_SUFFIXES = ["会议", "大会"] as const;

const isDateBlank = (p: PlaceholderSpan) => /[年月日]/.test(p.text);

const suffixAfter = (text: string, end: number, suffixes: readonly string[]) =>
  suffixes.find((s) => text.startsWith(s, end)) ?? null;

const endsWithAny = (value: string, suffixes: readonly string[]) => suffixes.find((s) => value.endsWith(s)) ?? null;

/**
 * Spans of `text` that the variable `key` fills automatically (see the rules above). Pass the value when known:
 * it narrows unit targets to blanks with the value's own suffix.
 */
export function variableTargets(text: string, key: VariableKey, value?: string): { start: number; end: number }[] {
  const blanks = findSpeechPlaceholders(text);
  const out: { start: number; end: number }[] = [];
  for (const p of blanks) {
    if (key === "date") {
      if (isDateBlank(p)) out.push({ start: p.start, end: p.end });
      continue;
    }
    if (isDateBlank(p)) continue;
    if (key === "unit") {
      const suffix = suffixAfter(text, p.end, UNIT_SUFFIXES);
      const own = value ? endsWithAny(value.trim(), UNIT_SUFFIXES) : null;
      if (suffix && (!own || own === suffix)) out.push({ start: p.start, end: p.end + suffix.length });
    } else if (key === "meetingName") {
      const suffix = suffixAfter(text, p.end, MEETING_SUFFIXES);
      if (suffix) out.push({ start: p.start, end: p.end + suffix.length });
      else if (text[p.start - 1] === "在" && text[p.end] === "上") out.push({ start: p.start, end: p.end });
    }
  }
  return out;
}

/** 2024年3月15日 → its year, month and day parts (any numerals); null when it does not read as a date. */
function dateParts(value: string): { year: string; month: string; day: string } | null {
  const m = /^(.+?年)?(.+?月)?(.+?日)?$/.exec(value.replace(/\s+/g, ""));
  if (!m || !(m[1] || m[2] || m[3])) return null;
  return { year: m[1] ?? "", month: m[2] ?? "", day: m[3] ?? "" };
}

/** The text that replaces a matched span (what variableTargets returned) for a variable's value. */
export function fillFor(key: VariableKey, value: string, matchedText: string): string {
  const v = value.trim();
  if (key === "unit" || key === "meetingName") {
    const suffixes = key === "unit" ? UNIT_SUFFIXES : MEETING_SUFFIXES;
    const matched = endsWithAny(matchedText, suffixes);
    // 平安县 stays 平安县 (not 平安县县, nor 平安县市); 平安 becomes 平安县.
    return !matched || endsWithAny(v, suffixes) ? v : v + matched;
  }
  if (key === "date") {
    const parts = dateParts(v);
    if (!parts) return v;
    const wanted =
      (/年/.test(matchedText) ? parts.year : "") +
      (/月/.test(matchedText) ? parts.month : "") +
      (/日/.test(matchedText) ? parts.day : "");
    // A value lacking a part the blank asks for (a year only, for X月X日) goes in whole.
    const complete =
      (!/年/.test(matchedText) || parts.year) &&
      (!/月/.test(matchedText) || parts.month) &&
      (!/日/.test(matchedText) || parts.day);
    return complete && wanted ? wanted : v;
  }
  return v;
}
