// In a chat export, the poster's own message after the speech he pasted had closed (同志们，… in one message, the
// group's replies under it, then his 请各单位周五前把…报上来): his instruction to the group, not the speaker's words.
// Only after the others have spoken: a speech posted in parts goes on in the poster's next message; right after the
// closing, only his note on the posting itself (发完了 / word版我等会儿传群文件).
import { endsSentence, isClosingStart, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";

export const AFTERWORD = "发帖人在讲话后的留言";
/** A message this short at most: an instruction, not a part of the speech. */
const AFTERWORD_LINES = 2;
const AFTERWORD_CHARS = 100;
/** A closing sentence of some length (同志们，…。), as noise-after-closing.ts reads one. */
const CLOSING_CHARS = 20;

export type ChatMessage = { sender: string; body: number[] };

/** …就说这么多。 / 我就讲这些。: the speaker's sign-off ending his last paragraph, a closing as much as 同志们，…. */
const SIGN_OFF_RE = /(?:^|[。！？!?])(?:好[，,])?(?:我)?就?(?:讲|说)(?:这些|这么多|到这里|到这儿)了?[。！!]$/;

/** 老师们，… / 工友们，… / 各位同学们，…: the hearers named at the head of the last paragraph, as 同志们，… is (a 我们，…
 *  names no hearers). */
const HEARERS_CLOSING_RE = /^(?!(?:我|你|他|她|它|咱|人)们)(?:各位)?\p{Script=Han}{1,3}们[，,！!]/u;

/** 对了，… / 还有一条：… / 另外，… / 补充一下：…: the speaker adding to what he said, his talk going on after a sign-off
 *  (还有 only before the point it adds: 还有问题的找我 is a note to the group). */
const ADDS_ON_RE = /^(?:对了|另外|补充一下|再补充|再强调|还有[一两几]?(?:条|点|件|句|项|个))/;

/** The poster's note on what he sent (发完了，… / 全文贴完 / 我等会儿传群文件 / 要word版的私聊我): a chat's words on the
 *  posting, which no part of a speech says of itself (a speaker's 请把word版材料报上来 asks for others' papers, and the
 *  message must be the poster's, short and next to the closing). */
const SENDING_NOTE_RE =
  /^(?:好了|OK|ok)?[，,]?(?:都|全|全文|就)?(?:发|贴)完了?(?:[，,。！!~～]|$)|群文件|[Ww][Oo][Rr][Dd]\s*版(?:我|的话|私聊|私发|发你)/;

/** What the speech goes on with: another speech's title, a salutation, a numbered point, the speaker's thanks, a
 *  point he adds. */
const goesOn = (t: string) =>
  isTitleLine(t) || isSalutation(t) || !!parseEnumerator(t) || /^谢谢/.test(t) || ADDS_ON_RE.test(t);

/** Marks the poster's short messages after the one that holds the speech's closing, once another sender's message
 *  stands between, and only when none of his later messages goes on with the speech. */
export function markPosterAfterwords(
  texts: string[],
  verdict: (string | null)[],
  messages: ChatMessage[],
  poster: string | undefined,
): void {
  const kept = (m: ChatMessage) => m.body.filter((k) => !verdict[k] && texts[k]!.trim());
  // The closing ends its message: an opening's 同志们，… has the speech's lines under it.
  const closing = messages.findLastIndex((m) => {
    const t = m.sender === poster ? (texts[kept(m).at(-1) ?? -1]?.trim() ?? "") : "";
    return (
      t.length >= CLOSING_CHARS &&
      (isClosingStart(t) || HEARERS_CLOSING_RE.test(t) || SIGN_OFF_RE.test(t)) &&
      endsSentence(t)
    );
  });
  if (closing < 0) return;
  let othersSpoke = false;
  const afterwords: number[] = [];
  for (const m of messages.slice(closing + 1)) {
    if (m.sender !== poster) {
      othersSpoke ||= m.body.length > 0;
      continue;
    }
    const lines = kept(m);
    if (!lines.length) continue;
    const texts_ = lines.map((k) => texts[k]!.trim());
    if (!othersSpoke) {
      const note = texts_.length <= AFTERWORD_LINES && texts_.every((t) => t.length <= AFTERWORD_CHARS && !goesOn(t));
      if (note && texts_.some((t) => SENDING_NOTE_RE.test(t))) afterwords.push(...lines);
      continue;
    }
    // A later part of the speech: the 同志们，… closed a section, not the speech, and the short messages before
    // this one were its parts too.
    if (texts_.length > AFTERWORD_LINES || texts_.some((t) => t.length > AFTERWORD_CHARS || goesOn(t))) return;
    afterwords.push(...lines);
  }
  for (const k of afterwords) verdict[k] = AFTERWORD;
}
