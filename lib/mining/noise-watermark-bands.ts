// A watermark a viewer or an office system prints across the copy, which a text copy keeps as a line of its own
// between the paragraphs, the same line again and again: a preview's mark (××网盘 · 仅供预览) or a reader's stamp (××内网
// 刘×× 0315 2024-04-09 08:52: who opened the copy, his staff number and when). Neither needs a classification word
// (内部资料 and its kind are noise-office-records.ts's). The text flows across the band, as across a page break.
import { endsSentence, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { keptFrom } from "./noise-page-cards";
import { INTERNAL_MARK } from "./noise-office-records";
import { PREVIEW_MARK } from "./noise-line-shapes";
import { squeezedLines } from "./page-line-views";

/** How often the band must stand on a line of its own: a speech says nothing twice on a short line of its own. */
const MIN_COPIES = 2;
const MAX_BAND = 40;
/** A viewer's words on what the reader may do with the copy (仅供预览, 禁止下载, 预览模式). */
const PREVIEW_WORDS_RE = /仅供(?:在线)?(?:预览|阅读|查阅|浏览)|预览(?:模式|版)|禁止(?:下载|复制|截图)|水印/;
/** The viewer's own shape: its name and a separator before its mark, which ends the line (天穹网盘 · 仅供预览 / ××云盘 |
 *  禁止下载). A speech's repeated slogan says the words in its own sentence (涉密文件禁止复制　禁止截图 / 图纸外发　必加水印). */
const VIEWER_MARK_RE =
  /^[^\s·•|｜丨]{2,20}\s*[·•|｜丨—-]\s*(?:仅供(?:在线)?(?:预览|阅读|查阅|浏览)|预览(?:模式|版)?|禁止(?:下载|复制|截图)|(?:版权|防伪)?水印)(?:\s*[·•|｜丨，,]?\s*(?:禁止(?:下载|复制|截图)|请勿(?:外传|转发|下载)))*$/;
/** A reader's stamp with the time he opened the copy: a name, a staff number, a day and a time. */
const READER_STAMP_RE =
  /[\u4e00-\u9fff]{2,4}\s*\d{3,8}\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s|$)/;

/** The reason a band's line is noise, or null: short, no sentence, no title, heading or salutation; a preview's
 *  words in the viewer's shape, or wherever the text runs on across a copy (a slogan stands between paragraphs). */
function bandReason(texts: string[], verdict: (string | null)[], lines: number[]): string | null {
  const t = texts[lines[0]!]!.trim();
  if (t.length > MAX_BAND || /[。！？，；]/.test(t) || isTitleLine(t) || parseEnumerator(t) || isSalutation(t))
    return null;
  if (PREVIEW_WORDS_RE.test(t) && (VIEWER_MARK_RE.test(t) || lines.some((i) => runsOnAcross(texts, verdict, i))))
    return PREVIEW_MARK;
  if (READER_STAMP_RE.test(t)) return INTERNAL_MARK;
  return null;
}

/** The kept line above line i ends no sentence: the text runs on across it. */
function runsOnAcross(texts: string[], verdict: (string | null)[], i: number): boolean {
  const above = keptFrom(texts, verdict, i, -1);
  const below = keptFrom(texts, verdict, i, 1);
  return above >= 0 && below >= 0 && !endsSentence(texts[above]!.trim()) && !parseEnumerator(texts[below]!.trim());
}

/** Marks each band printed on lines of its own twice or more. */
export function markWatermarkBands(texts: string[], verdict: (string | null)[]): void {
  const copies = new Map<string, number[]>();
  const squeezed = squeezedLines(texts);
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || !t) return;
    const key = squeezed[i]!;
    const list = copies.get(key);
    if (list) list.push(i);
    else copies.set(key, [i]);
  });
  for (const lines of copies.values()) {
    if (lines.length < MIN_COPIES) continue;
    const reason = bandReason(texts, verdict, lines);
    if (reason) for (const i of lines) verdict[i] = reason;
  }
}
