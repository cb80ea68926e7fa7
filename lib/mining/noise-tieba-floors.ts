// A 贴吧-style thread: each post opens with its author's card (name, then 楼主 Lv.8 种地能手) and ends with its floor
// line (2楼 2025-03-22 20:31 来自Android客户端 回复), replies to a post (楼中楼: 南坡小刘：顶一个) under it. The poster
// pastes a speech over several floors; the cards, floor lines, replies, the other members' posts and the poster's
// hand-over notes (继续，接1楼) are the thread's, and the speech flows across them. Only a page in that shape is read
// so: the first card above any of the speech, and text between each card and its floor line.
import {
  endsSentence,
  hasSentencePunct,
  isHeaderSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";

/** 2楼 2025-03-22 20:31 来自Android客户端, or the client first: 来自iPhone客户端 2楼 2024-06-13 20:51. */
const FLOOR_FOOT_RE = /^(?:来自\S{1,16}客户端\s*)?\d{1,4}楼\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}/;
const CARD_LEVEL_RE = /^(?:楼主\s*)?Lv\.?\s*\d{1,2}(?!\d)/i;
/** The replies and buttons under a floor line are short (南坡小刘：顶一个 / 回复(3) / 我也说一句). */
const FLOOR_REPLY_MAX = 80;
/** Another member's post is a reply of a few sentences, never a speech's part. */
const MEMBER_POST_MAX = 240;
/** The poster's note that a floor carries on from the last: 继续，接1楼 / 接上，这是最后一部分. */
const HAND_OVER_RE = /^(?:(?:继续|接上|接着|续上)(?:[，,：:\s]|$)|[接续]\d{1,3}楼)/;
/** His note in brackets on a line of its own at a floor's start or end: （接上楼） / （最后一段） / （字数有限制，下楼接着发）. */
const BRACKETED_NOTE_RE = /^[（(][^（）()。！？\d]{2,20}[)）]$/;
const isBracketedNote = (t: string) => BRACKETED_NOTE_RE.test(t) && !parseEnumerator(t);
const HAND_OVER_MAX = 30;
const FLOOR = "贴吧楼层";
const REPLY = "贴吧回复";

type Post = { name: number; level: number; foot: number };

const textAt = (texts: string[], k: number) => texts[k]?.trim() ?? "";
function nextText(texts: string[], from: number): number {
  for (let k = from; k < texts.length; k++) if (texts[k]!.trim()) return k;
  return -1;
}
function previousText(texts: string[], from: number): number {
  for (let k = from; k >= 0; k--) if (texts[k]!.trim()) return k;
  return -1;
}

/** The thread's posts: a card's level line with its name above, and the first floor line after it. */
function postsOf(texts: string[]): Post[] {
  const posts: Post[] = [];
  texts.forEach((raw, level) => {
    if (!CARD_LEVEL_RE.test(raw.trim())) return;
    // The poster's badge may stand on its own line between his name and level (桃坪老罗 / 楼主 / Lv7 乡里乡亲).
    const above = previousText(texts, level - 1);
    const name = textAt(texts, above) === "楼主" ? previousText(texts, above - 1) : above;
    const foot = texts.findIndex((t, k) => k > level && FLOOR_FOOT_RE.test(t.trim()));
    if (name >= 0 && foot > level && (!posts.length || name > posts.at(-1)!.foot)) posts.push({ name, level, foot });
  });
  return posts;
}

/** What only a speech holds: its salutation, an outline's heading, a sentence of some length. */
const speechLine = (t: string) =>
  isHeaderSalutation(t) || !!parseEnumerator(t) || (t.length >= 40 && hasSentencePunct(t));

/** Where the speech starts in the poster's first post: its title over a byline or a salutation. */
function titleIn(texts: string[], body: number[]): number | undefined {
  return body.find((k) => {
    const t = textAt(texts, k);
    const next = textAt(texts, nextText(texts, k + 1));
    return isTitleLine(t) || (!endsSentence(t) && (isSpeakerLine(next) || isHeaderSalutation(next)));
  });
}

export function markTiebaFloors(texts: string[], verdict: (string | null)[]): void {
  const posts = postsOf(texts);
  if (posts.length < 2) return;
  // The thread's shape: no speech above the first card, and each post's text between its card and its floor line.
  if (texts.slice(0, posts[0]!.name).some((t) => speechLine(t.trim()))) return;
  if (posts.some((p) => nextText(texts, p.level + 1) >= p.foot)) return;
  const poster = textAt(texts, posts[0]!.name);
  const mark = (k: number, reason: string) => {
    if (k >= 0 && texts[k]!.trim()) verdict[k] ??= reason;
  };
  // Above the first card: the forum's path, the thread's title and its buttons (a speech's title is kept).
  for (let k = 0; k < posts[0]!.name; k++) if (!isTitleLine(textAt(texts, k))) mark(k, FLOOR);
  posts.forEach((post, n) => {
    [post.name, post.level, post.foot].forEach((k) => mark(k, FLOOR));
    for (let k = post.name + 1; k < post.level; k++) mark(k, FLOOR);
    const body = Array.from({ length: post.foot - post.level - 1 }, (_, d) => post.level + 1 + d);
    if (textAt(texts, post.name) !== poster) {
      const lines = body.map((k) => textAt(texts, k)).filter(Boolean);
      const chars = lines.reduce((a, t) => a + t.length, 0);
      if (chars <= MEMBER_POST_MAX && !lines.some((t) => isTitleLine(t) || parseEnumerator(t)))
        body.forEach((k) => mark(k, REPLY));
    } else if (n === 0) {
      // The poster's note above the speech's title in the first floor.
      const title = titleIn(texts, body);
      if (title !== undefined) body.filter((k) => k < title).forEach((k) => mark(k, FLOOR));
    } else {
      const first = nextText(texts, post.level + 1);
      const t = textAt(texts, first);
      if (first < post.foot && t.length <= HAND_OVER_MAX && (HAND_OVER_RE.test(t) || isBracketedNote(t)))
        mark(first, FLOOR);
    }
    // …and at its end, the note that the text goes on below (（字数有限制，下楼接着发）).
    if (textAt(texts, post.name) === poster) {
      const last = previousText(texts, post.foot - 1);
      if (last > post.level && isBracketedNote(textAt(texts, last))) mark(last, FLOOR);
    }
    // Replies and buttons under the floor line, down to the next card's name.
    const end = posts[n + 1]?.name ?? texts.length;
    for (let k = post.foot + 1; k < end; k++) {
      const t = textAt(texts, k);
      if (!t) continue;
      if (t.length > FLOOR_REPLY_MAX || isTitleLine(t) || parseEnumerator(t)) break;
      mark(k, REPLY);
    }
  });
}
