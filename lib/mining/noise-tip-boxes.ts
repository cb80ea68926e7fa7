// A 公众号's tip boxes set between the parts of a talk: a label (安全小贴士, 温馨提示, 安全小知识) over a tip or two,
// framed by blank lines, the same label printed over every box. The tips read like a safety speech's own duties
// (高处作业必须系挂安全带…), so their words prove nothing; what makes the box is its shape and the page's evidence:
// the very label over two boxes or more, each a short block standing alone between blank lines. A speech names a
// 提示 once in its sentences, and a label printed once (a slogan, a motto between two points) stays. A speaker sets
// his own points under such a label too (温馨提示 over 各乡镇要…, a headmaster's 防溺水小知识 over 同学们要记住…, a host's
// 温馨提示 over 请与会同志…): a box stands apart from the speech, so its tips are short lines addressing no one — no
// paragraph's length, no 同志们/同学们/大家/请/各X要 — and each box sits between two of the speech's paragraphs; one box
// under the label that fails this keeps every box under it. One box alone is the editor's when it is printed as one:
// its label set in a banner (【燃气安全小贴士】) and its tips as bullet points of the same mark, short, closing no
// sentence, speaking to the public (请立即关闭阀门) and not to the room; a speaker's own list is numbered or written
// in sentences, and his label is no banner.
import {
  dateOfLine,
  endsSentence,
  isClosingStart,
  isSalutation,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
} from "./outline-patterns";
import { previousLine } from "./noise-page-cards";
import { nextLine } from "./noise-page-furniture";

export const TIP_BOX = "小贴士框";

/** 安全小贴士 / 温馨提示 / 防暑小知识 / 小提醒: a box's label, a few words with no punctuation, ending in what it holds. */
const LABEL_RE = /^[\u4e00-\u9fff]{0,6}(?:小贴士|贴士|温馨提示|小提示|小提醒|小知识|知识卡片?)$/;
/** How many lines a box holds under its label at most, and how long one of them is. */
const MAX_TIPS = 3;
const MAX_TIP = 80;
/** A tip that speaks to the room or gives its units their duties: the speaker's own line, not a box's. */
const ADDRESS_RE = /同志|同学|老师|大家|各位|你们|我们|咱们|请|各[\u4e00-\u9fff]{1,5}(?:要|须|必须|应)/;
/** A paragraph of the speech around a box: a sentence of some length. */
const PROSE_RE = /^.{20,}[。！？!?”]$/;
/** 【燃气安全小贴士】: a box's label set in a banner, as an editor prints it over a box. */
const BANNER_RE = /^【[\u4e00-\u9fff]{0,8}(?:小贴士|贴士|温馨提示|小提示|小提醒|小知识|知识卡片?)】$/;
/** ● 闻到燃气异味，请立即关闭阀门: a tip set as a bullet point, short, closing no sentence (its mark, its words). */
const BULLET_TIP_RE = /^([●•◆◇■□▪○◎√✓✔☆★])\s*([^。！？!?；;]{4,40})$/;
const MIN_BULLET_TIPS = 2;
const MAX_BULLET_TIPS = 6;
/** A bullet that speaks to the room (请各单位…, 请与会同志…, 各乡镇要…): the public's 请 is a tip's own. */
const ROOM_RE =
  /同志|同学|老师|大家|各位|你们|我们|咱们|请(?:各|与会|参会|在座)|各[\u4e00-\u9fff]{1,5}(?:要|须|必须|应)/;
/** A banner that names a box for the public (【燃气安全小贴士】, 【温馨提示】), and the words that speak to it (请…, 您…,
 *  切勿…, 不要…): a banner over 小知识/小提示 holds the public's tips only when a bullet speaks so. A headmaster's
 *  不私自下水 or a manager's 要先通风 under a banner of his own speaks to the room. */
const PUBLIC_BANNER_RE = /小贴士|温馨提示/;
const PUBLIC_TIP_RE = /请|您|切勿|不要|勿/;
/** The paragraph after a speaker's own list that talks about it (这“四不”…, 这四条…, 以上几条…, 上述…). */
const REFERS_BACK_RE =
  /^[^。！？]{0,12}(?:这[“"「]?[一二三四五六七八九十两几\d]{1,2}[不要条点项个句招]|这几|这些|以上|上述|上面)/;

/** 【消防提示】冬季…请不要…，发现火情请立即拨打119。: a banner glued to its one tip, the site's box set below the text
 *  (a portal's sidebar, a 公众号's footer): a few words ending in what the box holds, then a tip of a sentence or two
 *  that speaks to the public (请, 您, 切勿, 不要, a number to call). */
const GLUED_BANNER_RE = /^【[\u4e00-\u9fff]{0,6}(?:提示|提醒|小贴士|贴士|小知识)】(?=[^【】]{10,120}$)/;
const PUBLIC_CALL_RE = /请(?!各|与会|参会|在座)|您|切勿|不要|勿|拨打/;

/** Boxes with the same label a page needs to print before any is read as one. */
const MIN_BOXES = 2;

const blank = (texts: string[], k: number) => k < 0 || k >= texts.length || !texts[k]!.trim();

/** A line no box holds: the speech's heading, title, speaker, date or salutation. */
const frameLine = (u: string) =>
  !!parseEnumerator(u) || isTitleLine(u) || isSpeakerLine(u) || !!dateOfLine(u) || isSalutation(u);

/** The lines of the box whose label is line i: the label and its tips up to the blank line that closes it, or null
 *  when the label does not stand alone after a blank line or no blank line closes the box soon enough. */
function boxAt(texts: string[], i: number): number[] | null {
  if (!blank(texts, i - 1)) return null;
  const lines = [i];
  for (let j = i + 1; j < texts.length; j++) {
    const u = texts[j]!.trim();
    if (!u) return lines.length > 1 ? lines : null;
    if (lines.length > MAX_TIPS || u.length > MAX_TIP || LABEL_RE.test(u) || frameLine(u)) return null;
    if (ADDRESS_RE.test(u)) return null;
    lines.push(j);
  }
  return null;
}

/** The lines of the bannered box whose label is line i: its bullets of one mark up to the blank line that closes it,
 *  after a blank line; null when it is not so. */
function bannerBoxAt(texts: string[], i: number): number[] | null {
  if (!blank(texts, i - 1)) return null;
  const lines = [i];
  let mark = "";
  for (let j = i + 1; j < texts.length; j++) {
    const u = texts[j]!.trim();
    if (!u) return lines.length > MIN_BULLET_TIPS ? lines : null;
    const tip = BULLET_TIP_RE.exec(u);
    if (!tip || (mark && tip[1] !== mark) || lines.length > MAX_BULLET_TIPS || ROOM_RE.test(tip[2]!)) return null;
    mark = tip[1]!;
    lines.push(j);
  }
  return null;
}

/** The bannered box speaks to the public (its banner or one of its tips says so), and the speech after it does not
 *  talk about its tips as its own. */
function forThePublic(texts: string[], box: number[]): boolean {
  const tips = box.slice(1).map((k) => texts[k]!);
  if (!PUBLIC_BANNER_RE.test(texts[box[0]!]!) && !tips.some((t) => PUBLIC_TIP_RE.test(t))) return false;
  return !REFERS_BACK_RE.test(texts[nextLine(texts, box[box.length - 1]!)]?.trim() ?? "");
}

/** The box stands between two of the speech's paragraphs. */
const betweenParts = (texts: string[], box: number[]) =>
  [previousLine(texts, box[0]!), nextLine(texts, box[box.length - 1]!)].every((k) => {
    const u = texts[k]?.trim() ?? "";
    return PROSE_RE.test(u) && !frameLine(u) && !LABEL_RE.test(u);
  });

/** A banner glued to its tip, speaking to the public, with nothing of the speech below it and its closing above it:
 *  the text had ended (同志们，… / 谢谢大家！), and a speaker's own 【安全提示】 between two of his points, or his 提示
 *  to the room (请各单位…), stays. */
function markGluedBannerBelow(texts: string[], verdict: (string | null)[]): void {
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = texts[i]!.trim();
    if (!t || verdict[i]) continue;
    if (!GLUED_BANNER_RE.test(t) || ROOM_RE.test(t) || !PUBLIC_CALL_RE.test(t)) return;
    const k = texts.findLastIndex((u, j) => j < i && !verdict[j] && u.trim().length >= 20);
    const closing = texts[k]?.trim() ?? "";
    if (k >= 0 && isClosingStart(closing) && endsSentence(closing)) verdict[i] = TIP_BOX;
    return;
  }
}

/** Marks every tip box whose label the page prints over MIN_BOXES boxes or more, and each bannered box. */
export function markTipBoxes(texts: string[], verdict: (string | null)[]): void {
  const byLabel = new Map<string, (number[] | null)[]>();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!LABEL_RE.test(t) || verdict[i]) continue;
    const box = boxAt(texts, i);
    byLabel.set(t, [...(byLabel.get(t) ?? []), box && betweenParts(texts, box) ? box : null]);
  }
  for (const found of byLabel.values()) {
    const boxes = found.filter((b): b is number[] => !!b);
    if (boxes.length < MIN_BOXES || boxes.length < found.length) continue;
    for (const k of boxes.flat()) verdict[k] ??= TIP_BOX;
  }
  texts.forEach((raw, i) => {
    const box = BANNER_RE.test(raw.trim()) ? bannerBoxAt(texts, i) : null;
    if (box && betweenParts(texts, box) && forThePublic(texts, box)) for (const k of box) verdict[k] ??= TIP_BOX;
  });
  markGluedBannerBelow(texts, verdict);
}
