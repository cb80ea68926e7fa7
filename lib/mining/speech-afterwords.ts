// What follows or surrounds a speech's own text on a page: the poster's afterword after its closing, a recording's
// host speaking before and after it.
import { isClosingStart, parseEnumerator } from "./outline-patterns";
import { speechGenre } from "./genre";
import { SPEAKS_OF_SPEECH_RE } from "./speech-covers";
import type { ParsedSpeech, Removed } from "./types";

/** A sharer's words about the text he hands out: 后台回复“…”获取, Word版, 打85分. */
const SHARER_RE = /后台回复|Word版|打\d{1,3}分|自动获取|免费领取/;

export const REASON_AFTERWORD = "讲话之后的附言";
// 以上。 / 以上讲话稿请… / 以上就是全文。 / （全文完） / 全文完～…: whoever copied the speech says it has ended; what follows is theirs.
// 写在后面：… / 博主的话：… / 整理后记：… / 写在最后 on a line of its own: the poster's own postscript after it; a poster's
// musing under her name, on the label's own line (小鹿碎碎念：这篇…). A speaker muses too, in his own words over what
// follows (最后再碎碎念： / 三点碎碎念 / 我再多说几句碎碎念), so no such word before it, and no bare label.
const POSTSCRIPT_LABEL =
  "(?:写在(?:后面|最后)|(?:博主|作者|编者|小编|整理者?|整理人)?(?:后记|附言)|编后(?:语|记)?|(?:博主|作者)(?:的话|说明)|[^\\s。！？，,：:“”再最后几点句我的说多下]{1,8}碎碎念(?=[：:]\\s*\\S))";
const ENDED_RE = new RegExp(
  `^(?:以上(?:[。！!]|讲话稿?|(?:就是|即为|为)?全文)|[（(【\\[]?(?:全文完|本文完|正文完|完)[）)】\\]]?$|(?:全文完|本文完|正文完)[～~，,！!。]|${POSTSCRIPT_LABEL}(?:[：:]|$))`,
);

const CLOSING_REACH = 2;
/** A writer's label on writing (写材料的一点体会, 写作心得) over his words on such texts as texts (这类讲话三段式最稳,
 *  套改时注意…讲话稿): a speech's own part may criticise 写材料 under its label (坚决克服形式主义), never thus. */
const WRITING_LABEL_RE = /写材料|写作|写法|体会|心得|技巧/;
const WRITERS_WORDS_RE = /这类(?:讲话|稿子|材料)|套改|讲话稿/;
/** 几点写作心得，供新手参考：: the writer's lead-in to his numbered tips, a clause on writing before its colon, the tips
 *  on drafting such a text (开头…, 定稿前…, 先用×占位); a speaker's 几点学习体会，供大家参考： names no writing, and
 *  one at a writers' class says he speaks or charges (我讲几点写作要求：, 再强调三点：, 提三点要求：). */
const WRITING_LEAD_RE =
  /^(?=[^。！？；]*(?:写作|写材料|写稿|写法))(?![^。！？；]*(?:我|(?:强调|[讲谈说提])[一二三四五六七八九十两几]点|要求))[^。！？；]{4,24}[：:]$/;
const DRAFTING_RE = /开头|结尾|定稿|初稿|起草|占位|讲话稿|稿子|套改/;
/** The speech going on: a heading of its outline (二、…) or a closing paragraph (同志们，…, 希望大家…, 谢谢大家！). */
const SPEECH_GOES_ON_RE = /谢谢|希望大家|^同志们[，,！!]/;
/** A reader's label over his remarks on the text he has read (读后几点体会, 读后感, 阅后心得): no speaker says he read his
 *  own speech, whatever follows (a numbered 1. 开场不绕弯子。 is the reader's point, not the speech's). */
const READERS_LABEL_RE = /^(?:读后|读罢|阅后|读完)[^。！？，,]{0,8}(?:体会|感想|感悟|心得|收获|点评|随想)$|^读后感$/;
/** …and the remarks show it: they judge the text as a text (开场…, 结尾收得干净, 层次清楚, 这篇, 讲话稿) or talk to the page's readers
 *  (评论区, 点个赞); a speaker's own 读后的三点体会 at a reading session speaks of the book. */
const READERS_WORDS_RE = /开场|结尾|收尾|层次|写得|这篇|原文|讲话稿|稿子|拿去|评论区|点个?赞/;
/** A short line with no sentence and no outline number: a section's label. */
const isLabelLine = (t: string) => t.length <= 24 && !/[。！？；，,!?]/.test(t) && !parseEnumerator(t);
/** The label alone on its line (写在最后): it may head a speech's own last part. */
const BARE_LABEL_RE = new RegExp(`^${POSTSCRIPT_LABEL}$`);
/** ——————写在后面——————: the label set in a divider's rules, which the line rules dropped as a divider: the poster
 *  parts his afterword from the speech as he parted the speech from his preface (——正文分割线——). */
const FRAMED_LABEL_RE = new RegExp(`^[-=_~—―─━═*]{3,}\\s*${POSTSCRIPT_LABEL}\\s*[-=_~—―─━═*]{3,}$`);
const DIVIDER = "分隔线";
/** A closing that ends the speech: its thanks, or its last exclamation. */
const LAST_WORDS_RE = /谢谢(?:大家)?[！!。]?$|！$/;

/** Numbered tips on drafting that end the speech: a speaker's own points on writing at a writers' class may stand
 *  inside it (关于事故报告的写作，再强调三点： under 同志们，…), with his outline's next heading (二、…) or his closing
 *  (希望大家学以致用…谢谢大家！) after them; a poster's tips have only his own words and the page's chrome below. */
function tipsEndSpeech(after: ParsedSpeech["blocks"]): boolean {
  const first = after[0] && parseEnumerator(after[0].text);
  if (!first) return false;
  let n = 0;
  while (n < after.length && parseEnumerator(after[n]!.text)?.family === first.family) n++;
  if (!after.slice(0, n).some((c) => DRAFTING_RE.test(c.text))) return false;
  return !after
    .slice(n)
    .some(
      (c) =>
        c.kind === "heading" || !!parseEnumerator(c.text) || isClosingStart(c.text) || SPEECH_GOES_ON_RE.test(c.text),
    );
}

/** Drops what follows a speech's closing when a line says the speech has ended (a poster's tips, another answer). */
export function withoutAfterword(speech: ParsedSpeech, removed: Removed[]): ParsedSpeech {
  // The marker must follow the closing within a paragraph: after an address inside the speech (同志们，我镇将…)
  // more of the speech comes first.
  // A label alone (写在最后) may head a speech's own last part: only after a closing that ends it (谢谢大家！).
  // The dropped dividers that carry a postscript's label (——写在后面——), by their line numbers.
  const framed = removed.flatMap((r) =>
    r.reason === DIVIDER && r.lineNo !== undefined && FRAMED_LABEL_RE.test(r.text.trim()) ? [r.lineNo] : [],
  );
  const end = speech.blocks.findIndex((b, i) => {
    const next = speech.blocks[i + 1]?.text ?? "";
    // Such a divider between this paragraph and the one above: it marks the afterword's start as 写在后面： would.
    const prevLine = speech.blocks[i - 1]?.lineNo ?? -1;
    const underFramed = i > 0 && framed.some((n) => n > prevLine && n < b.lineNo);
    // 结语：写材料的一点体会 over 这类讲话三段式最稳…: a writer's own section, its label unknown, on writing such texts.
    const writers =
      !ENDED_RE.test(b.text) &&
      isLabelLine(b.text) &&
      ((WRITING_LABEL_RE.test(b.text) && WRITERS_WORDS_RE.test(next)) ||
        (READERS_LABEL_RE.test(b.text) && speech.blocks.slice(i + 1).some((c) => READERS_WORDS_RE.test(c.text))));
    const tips = WRITING_LEAD_RE.test(b.text) && tipsEndSpeech(speech.blocks.slice(i + 1));
    if (!ENDED_RE.test(b.text) && !writers && !tips && !underFramed) return false;
    const after = speech.blocks.slice(i + 1);
    const before = speech.blocks.slice(Math.max(0, i - CLOSING_REACH), i);
    const bare = BARE_LABEL_RE.test(b.text) && !underFramed;
    // …or under a label that the next paragraph shows to be the poster's: it speaks of the speech as a text (这篇稿子…)
    // and he hands it out or rates it (后台回复…获取, Word版, 打85分); a speaker may speak of his own 讲话稿 there.
    const posters = SPEAKS_OF_SPEECH_RE.test(next) && after.some((c) => SHARER_RE.test(c.text));
    return before.some(
      (c) =>
        c.kind === "paragraph" &&
        isClosingStart(c.text) &&
        (writers || tips || !bare || posters || LAST_WORDS_RE.test(c.text)),
    );
  });
  if (end < 0) return speech;
  for (const b of speech.blocks.slice(end)) removed.push({ text: b.text, reason: REASON_AFTERWORD, lineNo: b.lineNo });
  return { ...speech, blocks: speech.blocks.slice(0, end) };
}

export const REASON_HOST = "主持人的话";
// 主持人：下面，请…讲话。 / 主持人（副局长某某）：刚才…: the host speaking before or after the speech of a recording.
const HOST_RE = /^主持人(?:[（(][^（）()]{0,30}[）)])?[：:]/;
const HOST_REACH = 3;

/** Drops the host's lines at the start and end of a speech that is not itself a 主持词. */
export function withoutHostLines(speech: ParsedSpeech, removed: Removed[]): ParsedSpeech {
  const blocks = speech.blocks;
  if (!blocks.some((b) => HOST_RE.test(b.text)) || speechGenre(speech) === "主持词") return speech;
  const drop = new Set<number>();
  blocks.forEach((b, i) => {
    if ((i < HOST_REACH || i >= blocks.length - HOST_REACH) && HOST_RE.test(b.text)) drop.add(i);
  });
  if (!drop.size) return speech;
  for (const i of drop) removed.push({ text: blocks[i]!.text, reason: REASON_HOST, lineNo: blocks[i]!.lineNo });
  return { ...speech, blocks: blocks.filter((_, i) => !drop.has(i)) };
}
