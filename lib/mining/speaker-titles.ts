// 发言摘登: a county paper prints several units' statements from one meeting, each under a line that names the
// speaker, a colon, and the statement's own title (××镇党委书记 张××：压紧压实属地责任). When a file has two such
// lines or more, each heads a speech of its own: its title is the words after the colon (or the speaker's line
// when there are none), and the speaker goes into the header.
import { hasSentencePunct, isPostedSpeakerLine, isSalutation } from "./outline-patterns";
import type { Paragraph } from "./types";

const SPEAKER_TITLE_RE = /^([^：:]{4,40})[：:]\s*([^：:]{0,40})$/;
const MIN_LINES = 2;
/** The statement under the line: prose of some length, not another short line. */
const MIN_BODY = 40;

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

/** The paragraphs with each speaker-and-title line of a 发言摘登 made a title line (hint.speechTitle) and, when it
 *  has a title, a speaker line under it. */
export function splitSpeakerTitles(paragraphs: Paragraph[]): Paragraph[] {
  const found = paragraphs.map((p, i) => speakerTitleOf(p.text, paragraphs[i + 1]?.text));
  if (found.filter(Boolean).length < MIN_LINES) return paragraphs;
  return paragraphs.flatMap((p, i) => {
    const st = found[i];
    if (!st) return [p];
    const title: Paragraph = { text: st.title || st.speaker, lineNo: p.lineNo, hint: { ...p.hint, speechTitle: true } };
    return st.title ? [title, { text: st.speaker, lineNo: p.lineNo }] : [title];
  });
}
