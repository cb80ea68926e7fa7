// A forum thread opened by a request for a speech (求一篇…表态发言): the asker's post stands above the reader's post that
// answers it with the speech. It asks for material in a few short lines (下周要开…会，领导要作表态发言…有没有写过的？
// 求分享，万分感谢！) and is no speech of its own, however much of the meeting it tells. Only a post above the one that
// carries the speech is read (noise-forum-replies.ts finds that post), and only for the asker's words: a speech's
// own first floor, short as it may be, has its title, salutation or headings, and asks no one for a text.
import { isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";

const REASON = "论坛求助帖（求材料的帖子，不是讲话）";
/** The asker's plea: he begs for a text (求分享, 求一篇, 跪求), asks whether anyone has one (有没有写过类似材料的,
 *  哪位大佬有类似的稿子) or calls on the forum's experts (各位大神). A post is a request only with one of these. */
const PLEA_RE =
  /求(?:分享|一篇|一份|一个|大神|助|模板|范文|参考|资料|材料|稿子)|跪求|急求|有没有[^。！？]{0,16}(?:材料|范文|模板|稿子|写过|现成|一篇|一份|分享)|(?:哪位|谁)[^。！？]{0,8}有[^。！？]{0,12}(?:材料|范文|模板|稿子)|[哪各请]位(?:大神|大佬)|大神们/;
/** Words that only extend a plea: thanks in advance (万分感谢, 先谢过), 在线等. A toast thanks its guests in the same
 *  words (我们全家万分感谢！), so alone they make no request. */
const ASKS_RE = new RegExp(`${PLEA_RE.source}|万分感谢|先谢过|提前谢|感激不尽|在线等`);
/** Words to a room (请大家吃好喝好, 各位来宾): a short speech of its own, which no asker says to the forum. */
const AUDIENCE_RE = /请大家|同志们|各位(?:领导|来宾|嘉宾|亲朋|亲友|家长|乡亲)|女士们|先生们/;
const THANKS_RE = /^(?:谢谢|多谢|感谢|先谢|拜谢)/;
/** A request is a few sentences: a post holding more is the speech, whatever it asks. */
const MAX_REQUEST_CHARS = 240;

/** Marks the text of each post in `posts` (its header's line and the line where the next post starts), read as a
 *  request when they hold the asker's words, are short together, and hold no title, salutation or heading. */
export function markRequestPosts(texts: string[], verdict: (string | null)[], posts: [number, number][]): void {
  for (const [header, end] of posts) {
    const lines: number[] = [];
    // The post's text: its first run of kept lines, which ends at its signature or its buttons (the next post's card
    // and its author's name come after them).
    for (let j = header + 1; j < end; j++) {
      if (!texts[j]!.trim()) continue;
      if (!verdict[j]) lines.push(j);
      else if (lines.length) break;
    }
    const words = lines.map((j) => texts[j]!.trim());
    const chars = words.reduce((n, t) => n + t.length, 0);
    if (!lines.length || chars > MAX_REQUEST_CHARS || !words.some((t) => PLEA_RE.test(t))) continue;
    if (words.some((t) => isTitleLine(t) || isSalutation(t) || !!parseEnumerator(t) || AUDIENCE_RE.test(t))) continue;
    // The request ends with its plea or a thanks after it; a line below them is the asker's signature (—— 写材料的日子
    // 没有周末), left to the signature rules.
    let last = words.findLastIndex((t) => ASKS_RE.test(t));
    while (last + 1 < words.length && THANKS_RE.test(words[last + 1]!)) last++;
    for (const j of lines.slice(0, last + 1)) verdict[j] = REASON;
  }
}
