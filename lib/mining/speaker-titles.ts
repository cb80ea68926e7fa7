// Collections whose speeches are marked by their speakers rather than by titles of the genre:
// 发言摘登: a county paper prints several units' statements from one meeting, each under a line that names the
// speaker, a colon, and the statement's own title (××镇党委书记 张××：压紧压实属地责任). When a file has two such
// lines or more, each heads a speech of its own: its title is the words after the colon (or the speaker's line
// when there are none), and the speaker goes into the header.
// A 发言材料汇编's statements, each under its unit's line (县住建局：) and its own title on the next line.
// A 公众号's talks (01｜交接班，不能把隐患“交”出去 … ——机修车间 班长 刘××): numbered item titles, each talk signed
// below by its speaker. Two items and two signatures or more: each item heads a speech, its signature its speaker.
import { hasSentencePunct, isPostedSpeakerLine, isSalutation, isTitleLine } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";
import { markReportTitles } from "./report-titles";
import type { Paragraph } from "./types";

const SPEAKER_TITLE_RE = /^([^：:]{4,40})[：:]\s*([^：:]{0,40})$/;
const MIN_LINES = 2;
/** The statement under the line: prose of some length, not another short line. */
const MIN_BODY = 40;

/** A paragraph that heads a speech: a title line, or a line this module made one (a speaker's line, an item). */
export const headsSpeech = (p: Paragraph): boolean => isTitleLine(p.text) || !!p.hint?.speechTitle;

type SpeakerTitle = { speaker: string; title: string };

function speakerTitleOf(t: string, next: string | undefined): SpeakerTitle | null {
  const m = SPEAKER_TITLE_RE.exec(t.trim());
  if (!m || !next || next.length < MIN_BODY) return null;
  const speaker = m[1]!.trim();
  const title = m[2]!.trim();
  if (isSalutation(t.trim()) || !isPostedSpeakerLine(speaker.replace(/\s+/g, ""))) return null;
  if (title && (hasSentencePunct(title) || /[，；]/.test(title))) return null;
  return { speaker, title };
}

const ITEM_TITLE_RE = /^\d{1,2}\s*[｜|丨]\s*(\S.{2,40})$/;
const SIGNATURE_RE = /^[—–－]{1,2}\s*(\S.{1,40})$/;

/** The title of a numbered item (01｜…), or null. */
export const itemTitleOf = (t: string): string | null => {
  const m = ITEM_TITLE_RE.exec(t.trim());
  return m && !hasSentencePunct(m[1]!) ? m[1]!.trim() : null;
};
const signatureOf = (t: string): string | null => {
  const m = SIGNATURE_RE.exec(t.trim());
  return m && isPostedSpeakerLine(m[1]!.replace(/\s+/g, "")) ? m[1]!.trim() : null;
};

/** The talks of a numbered collection, each item title a title line (hint.speechTitle) with its signature moved
 *  under it as the speaker's line. */
function splitSignedTalks(paragraphs: Paragraph[]): Paragraph[] {
  const items = paragraphs.flatMap((p, i) => (itemTitleOf(p.text) ? [i] : []));
  const signatures = paragraphs.flatMap((p, i) => (signatureOf(p.text) ? [i] : []));
  if (items.length < MIN_LINES || signatures.length < MIN_LINES) return paragraphs;
  const out: Paragraph[] = paragraphs.slice(0, items[0]);
  items.forEach((at, k) => {
    const end = items[k + 1] ?? paragraphs.length;
    const body = paragraphs.slice(at + 1, end);
    const signatures = body.map((p) => signatureOf(p.text));
    const signed = signatures.findIndex((s) => s !== null);
    const title = itemTitleOf(paragraphs[at]!.text)!;
    out.push({ text: title, lineNo: paragraphs[at]!.lineNo, hint: { ...paragraphs[at]!.hint, speechTitle: true } });
    if (signed >= 0) out.push({ ...body[signed]!, text: signatures[signed]! });
    out.push(...body.filter((_, i) => i !== signed));
  });
  return out;
}

/** 县住建局： alone on its line: the unit that gives a 表态发言 in a 发言材料汇编. */
const UNIT_LINE_RE =
  /^([\u4e00-\u9fff（）()]{1,20}(?:局|委|办|办公室|镇|乡|街道|公司|集团|中心|大队|支队|管委会|医院|学校|中学|小学))[：:]$/;
/** The statement's first line: its salutation, or a sentence of its opening. */
const MIN_OPENING = 20;
/** A 表态发言's characters at the least (they run 400–800; a quoted commitment or a remark on a unit, a sentence). */
const MIN_STATEMENT = 200;
/** Its statement's title on the next line: a slogan of two phrases or one (压实监管责任　守牢建筑施工安全底线). */
const isSloganTitle = (t: string) => t.length >= 6 && t.length <= 40 && !hasSentencePunct(t) && !/[，；、]/.test(t);

type UnitHead = { at: number; titleAt: number; unit: string; title: string };

/** A 发言材料汇编's statements, each under its unit's line and its own title on the next non-blank line, over a
 *  salutation or an opening sentence: found only where a file has two or more (the noise pass keeps these lines). */
export function unitStatementHeads(texts: string[]): UnitHead[] {
  const heads = texts.flatMap((t, at) => {
    const unit = UNIT_LINE_RE.exec(t.trim())?.[1];
    const titleAt = unit ? nextLine(texts, at) : -1;
    if (!unit || titleAt < 0) return [];
    const title = texts[titleAt]!.trim();
    const body = texts[nextLine(texts, titleAt)]?.trim() ?? "";
    const opens = isSalutation(body) || (body.length >= MIN_OPENING && hasSentencePunct(body));
    return isSloganTitle(title) && opens ? [{ at, titleAt, unit, title }] : [];
  });
  // Each statement a 表态发言's length: a unit's one-line commitment quoted by a 主持词, a chair's remark on each unit
  // (县住建局： / 亮点突出　成效明显 / 一句评语) or a 纪要's departments are no collection.
  const long = heads.every((h, k) => {
    const to = heads[k + 1]?.at ?? texts.length;
    return texts.slice(h.titleAt + 1, to).reduce((n, t) => n + t.trim().length, 0) >= MIN_STATEMENT;
  });
  return heads.length >= MIN_LINES && long ? heads : [];
}

/** Each statement's title becomes a title line (hint.speechTitle), its unit the speaker's line under it. */
function splitUnitStatements(paragraphs: Paragraph[]): Paragraph[] {
  const heads = unitStatementHeads(paragraphs.map((p) => p.text));
  const out = paragraphs.slice();
  for (const { at, titleAt, unit, title } of heads.reverse()) {
    const titleLine: Paragraph = {
      text: title,
      lineNo: paragraphs[at]!.lineNo,
      hint: { ...paragraphs[titleAt]!.hint, speechTitle: true },
    };
    out.splice(at, titleAt - at + 1, titleLine, {
      text: unit,
      lineNo: paragraphs[titleAt]!.lineNo,
      hint: { speaker: true },
    });
  }
  return out;
}

/** The paragraphs with each speaker-and-title line of a 发言摘登 made a title line (hint.speechTitle) and, when it
 *  has a title, a speaker line under it. */
export function splitSpeakerTitles(input: Paragraph[]): Paragraph[] {
  const paragraphs = splitUnitStatements(splitSignedTalks(markReportTitles(input)));
  const found = paragraphs.map((p, i) => speakerTitleOf(p.text, paragraphs[i + 1]?.text));
  if (found.filter(Boolean).length < MIN_LINES) return paragraphs;
  return paragraphs.flatMap((p, i) => {
    const st = found[i];
    if (!st) return [p];
    const title: Paragraph = { text: st.title || st.speaker, lineNo: p.lineNo, hint: { ...p.hint, speechTitle: true } };
    return st.title ? [title, { text: st.speaker, lineNo: p.lineNo }] : [title];
  });
}
