// A 新闻发布会's transcript around the official's statement: the host's lines (主持人：…), and after the statement the
// questions the reporters ask (××日报记者：…) and the answers (答：…).

import { isClosingStart, isHeaderSalutation, isTitleLine } from "./outline-patterns";
import { pageText } from "./page-line-views";

const REASON_PRESS = "新闻发布会问答";

/** 沅川日报记者： / 记者： / 新华社记者：: a reporter's question opens so; no speech line does. */
const REPORTER_RE = /^[^：:，。！？]{0,16}记者[：:]\s*\S/;
const ANSWER_RE = /^答[：:]\s*\S/;
/** The host's label line (主持人： / 主持人（市政府新闻办副主任 宋某）：) or his line run on after it. */
const HOST_RE = /^主持人(?:[（(][^（）()]{1,30}[）)])?[：:]/;
const CLOSING_RE = /^[^。！？]{0,16}(?:新闻发布会|发布会)到此结束/;

/** The host opening the questions: 下面进入提问环节 / 现在开始提问. */
const QUESTIONS_OPEN_RE = /提问环节|开始提问|现在请记者|请记者朋友/;
const CONFERENCE_RE = /新闻发布会|发布会/;

/** 【答记者问】 under a speech: a site's interview of the speaker after it, its questions and his answers below. */
const INTERVIEW_LABEL_RE = /^[【\[]?(?:答记者问|记者问答|答问实录|采访实录)[】\]]?[：:]?$/;
/** The answer under a question: 答：… or the official's name and a colon (郭振华：…). */
const NAMED_ANSWER_RE = /^[\u4e00-\u9fff]{2,4}(?:[（(][^（）()]{1,12}[）)])?[：:]\s*\S/;

/** Only under a speech that has ended: its salutation and its closing above the label (an interview printed on its
 *  own, a drill's script whose press segment is its text, keep their questions). */
function markInterview(texts: string[], verdict: (string | null)[]): void {
  const label = texts.findIndex((t) => INTERVIEW_LABEL_RE.test(t.trim()));
  if (label < 0) return;
  const above = texts.slice(0, label).map((t) => t.trim());
  if (!above.some((t) => isHeaderSalutation(t)) || !above.some((t) => isClosingStart(t))) return;
  const lines: number[] = [];
  let question = false;
  for (let i = label + 1; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    const asks = REPORTER_RE.test(t);
    if (!asks && !(question && (ANSWER_RE.test(t) || NAMED_ANSWER_RE.test(t)))) break;
    lines.push(i);
    question = asks;
  }
  if (!lines.some((i) => REPORTER_RE.test(texts[i]!.trim()))) return;
  for (const i of [label, ...lines]) verdict[i] ??= REASON_PRESS;
}

/** Marks a press conference's questions, answers and host lines: in a file that names its 发布会, from the host's
 *  line that opens the questions (下面进入提问环节…, and his label above it) to the conference's close or the next
 *  title. A speech that quotes a reporter's questions (记者：…/答：…) opens no 提问环节 and keeps them. */
export function markPressQuestions(texts: string[], verdict: (string | null)[]): void {
  markInterview(texts, verdict);
  if (!CONFERENCE_RE.test(pageText(texts))) return; // on no line
  const open = texts.findIndex((t) => QUESTIONS_OPEN_RE.test(t));
  if (open < 0) return;
  const reporters = texts.filter((t, i) => i > open && REPORTER_RE.test(t.trim())).length;
  if (reporters < 2) return;
  const label = open > 0 && HOST_RE.test(texts[open - 1]!.trim()) ? open - 1 : open;
  for (let i = label; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (i > open && isTitleLine(t)) break;
    if (i <= open || REPORTER_RE.test(t) || ANSWER_RE.test(t) || HOST_RE.test(t) || CLOSING_RE.test(t))
      verdict[i] ??= REASON_PRESS;
    if (CLOSING_RE.test(t)) break;
  }
}
