// Splits a document's paragraphs into speeches. A speech starts at a title line (在…会议上的讲话, 第N篇：…),
// at a salutation that follows a finished speech, or at a new opening (刚才，…) right after a closing (同志们，…)
// or right before the outline starts again at 一、.
// Title, speaker, date and salutation lines that follow each other belong to the same speech header.
import {
  dateOfLine,
  hasSentencePunct,
  isClosingStart,
  isOpeningStart,
  isPostedSpeakerLine,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
  PIAN_RE,
  speakerAndDate,
  splitRunInSalutation,
  titleBeforeSalutation,
} from "./outline-patterns";
import { headsSpeech } from "./speaker-titles";
import type { Paragraph, RawSpeech } from "./types";

/** body: paragraphs after the header; prose: those that are sentences (a short unpunctuated line before a title
 *  is the speech's main title, not text); saluted: the speech has addressed its room. */
type State = { speech: Paragraph[]; body: number; prose: number; headings: number; top: number; saluted: boolean };

const isHeading = (p: Paragraph) =>
  !!p.hint?.headingLevel ||
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[，、])/.test(p.text);

/** Enough of a speech has been seen that a new title or salutation starts another one. */
const finished = (s: State) => s.headings >= 1 || s.prose >= 2;
/** A speech that has addressed its room and spoken one paragraph since: a second salutation opens another speech (an
 *  excerpt of one paragraph, then a model answer under its own 同志们：). */
const spokenAfterSalutation = (s: State) => s.saluted && s.prose >= 1;

/** An opening (刚才，…) soon followed by 一、 again after this speech already reached 二、 or beyond: a new speech
 *  whose title and closing were lost. */
function restartsOutline(paragraphs: Paragraph[], i: number, st: State): boolean {
  if (st.top < 2) return false;
  for (let j = i + 1; j < Math.min(paragraphs.length, i + 5); j++) {
    const e = parseEnumerator(paragraphs[j]!.text);
    if (e?.family === "cn-dun") return e.n === 1;
  }
  return false;
}

/** The untyped title and the byline (speaker, date) that end a speech's paragraphs, right above a salutation. */
function bylineAbove(speech: Paragraph[]): Paragraph[] {
  let k = speech.length;
  while (k > 0 && k > speech.length - 2) {
    const t = speech[k - 1]!.text;
    if (!(isSpeakerLine(t) || dateOfLine(t) || speakerAndDate(t))) break;
    k--;
  }
  // a speaker among them (a date alone under a closing is the speech's own 落款)
  if (!speech.slice(k).some((p) => isPostedSpeakerLine(p.text) || speakerAndDate(p.text))) return [];
  const title = speech[k - 1]?.text ?? "";
  const untyped = title.length <= 40 && !hasSentencePunct(title) && !/[，、；]/.test(title) && !parseEnumerator(title);
  return untyped && k > 1 ? speech.slice(k - 1) : [];
}

/** 篇3： / 【篇二】 alone on its line over a speech's title: the collection's marker opens that speech (the page's
 *  links or ads above it are the last speech's tail). */
function markerOverTitle(paragraphs: Paragraph[], i: number): boolean {
  const t = paragraphs[i]!.text.trim();
  const next = paragraphs[i + 1];
  return t.length <= MARKER_MAX && PIAN_RE.test(t) && !!next && opensSpeech(next);
}

/** A title, or a title run into its salutation (在…上的讲话同志们：, as a copy that lost the line break prints it). */
const opensSpeech = (p: Paragraph) => headsSpeech(p) || !!titleBeforeSalutation(p.text);
const MARKER_MAX = 8;

/** ▲车间主任每周在车间调度会上讲话 between ▲厂长每月… and ▲班组长每天…: one item of a list its neighbours open with the
 *  same mark, however like a title it reads (a speech's title stands over its own text and its frame, not in a run). */
const ITEM_MARK_RE = /^[▲△●◆■★☆·•]/;
function listItem(paragraphs: Paragraph[], i: number): boolean {
  const mark = ITEM_MARK_RE.exec(paragraphs[i]!.text.trim())?.[0];
  const same = (p: Paragraph | undefined) => !!p && p.text.trim().startsWith(mark!);
  const next = paragraphs[i + 1]?.text ?? "";
  const framed = isSalutation(next) || isSpeakerLine(next) || !!dateOfLine(next) || !!speakerAndDate(next);
  return !!mark && !framed && (same(paragraphs[i - 1]) || same(paragraphs[i + 1]));
}

export function splitSpeeches(paragraphs: Paragraph[]): RawSpeech[] {
  const speeches: RawSpeech[] = [];
  let st: State = { speech: [], body: 0, prose: 0, headings: 0, top: 0, saluted: false };
  const start = () => {
    if (st.speech.length) speeches.push({ paragraphs: st.speech });
    st = { speech: [], body: 0, prose: 0, headings: 0, top: 0, saluted: false };
  };
  let prev: Paragraph | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const t = p.text;
    if ((opensSpeech(p) && !listItem(paragraphs, i)) || markerOverTitle(paragraphs, i)) {
      if (st.prose > 0 || st.headings > 0) start();
    } else if (st.prose === 0 && st.headings === 0 && (dateOfLine(t) || isSpeakerLine(t) || speakerAndDate(t))) {
      // speaker and date lines under a title stay in the header
    } else if (isSalutation(t) || splitRunInSalutation(t)) {
      const afterHeader = prev !== null && isTitleLine(prev.text);
      if (!afterHeader && (finished(st) || spokenAfterSalutation(st))) {
        // 某某情况报告 / 县应急管理局局长 赵强 / 各位领导、同志们：: the next speech's own title and byline go with it.
        const carried = bylineAbove(st.speech);
        st.speech.length -= carried.length;
        start();
        st.speech.push(...carried);
      }
      st.saluted = true;
      if (splitRunInSalutation(t)) {
        st.body++;
        st.prose++;
      }
    } else if (
      prev &&
      isOpeningStart(t) &&
      finished(st) &&
      (isClosingStart(prev.text) || restartsOutline(paragraphs, i, st))
    ) {
      start();
      st.body++;
      st.prose++;
    } else {
      st.body++;
      if (isHeading(p)) st.headings++;
      const e = parseEnumerator(t);
      if (e?.family === "cn-dun") st.top = Math.max(st.top, e.n);
      else if (t.length > 50 || hasSentencePunct(t)) st.prose++;
    }
    st.speech.push(p);
    prev = p;
  }
  start();
  return speeches;
}
