// A site's address printed into the text with its name or slogan around it (某某之家—每日更新 www.x.com, 知源文库
// wk.x.com 海量文档免费阅读): learned from its recurrence on the page, cut wherever it stands, the text flowing on.
import type { Ctx } from "./noise-fragments";
import { URL_RE } from "./noise-line-patterns";
import { parseEnumerator } from "./outline-patterns";
import { sharedStart } from "./shared-runs";

/** The slogan or name around a site address that recurs with it, e.g. 某某之家—每日更新 www.x.com, or 知源文库
 *  wk.x.com 海量文档免费阅读: the longest shared runs of text before and after every occurrence of the same address. */
export function learnAddressWatermarks(text: string): string[] {
  const around = new Map<string, { before: string; after: string }[]>();
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const end = m.index + m[0].length;
    const ctxs = around.get(m[0]) ?? [];
    ctxs.push({ before: text.slice(Math.max(0, m.index - 24), m.index), after: text.slice(end, end + 24) });
    around.set(m[0], ctxs);
  }
  URL_RE.lastIndex = 0;
  const marks: string[] = [];
  for (const [url, ctxs] of around) {
    if (ctxs.length < 2) continue;
    const reversed = (t: string) => [...t].reverse().join("");
    // Stop at a sentence's stop or a line's end: beyond it lies the speech, which may repeat by chance.
    const before = reversed(sharedStart(ctxs.map((c) => reversed(c.before))));
    const after = sharedStart(ctxs.map((c) => c.after));
    const prefix = before.slice(Math.max(...STOPS.map((s) => before.lastIndexOf(s))) + 1).trimStart();
    const stop = Math.min(...STOPS.map((s) => after.indexOf(s)).filter((k) => k >= 0), after.length);
    // The words after it go with it only where its name stands before it too: a speech may name a site twice
    // (…www.x.gov.cn办事指南专栏…), its own words after it.
    marks.push(prefix + url + (prefix ? after.slice(0, stop).trimEnd() : ""));
  }
  return marks.sort((a, b) => b.length - a.length);
}

const STOPS = ["。", "，", "\n"];

export const ADDRESS_WATERMARK = "水印（网站名称和网址）";

/** A watermark's own slogan after it on its line (知源文库 wk.x.com 海量文档免费阅读, printed once): a few words with no
 *  stop, no heading's number. */
const SLOGAN_RE = /^\s*([^\s，。；：！？,.;:!?]{2,12})\s*$/;

const EMPTIED_SOURCE_RE = /[（(【\[](?:本文|此文)?(?:来自|来源于?|转自|摘自|转载自|出处)[：:]?\s*[）)】\]]/g;

/** The brackets a cut watermark stood in (【慧读文库 x.com】), left empty: they go with it. */
const PAIRS: Record<string, string> = { "【": "】", "［": "］", "〔": "〕" };
const OPENED_RE = /([【［〔])\s*$/;
const CLOSED_RE = /^\s*([】］〕])/;

/** The parts around each cut watermark joined again, minus the empty pair of brackets right around its place (a
 *  speech's own empty 【 】 elsewhere on the line, a box to tick, stays). */
function joinCut(parts: string[], lineNo: number, ctx: Ctx): string {
  let t = parts[0]!;
  for (const part of parts.slice(1)) {
    const open = OPENED_RE.exec(t);
    const close = CLOSED_RE.exec(part);
    if (open && close && PAIRS[open[1]!] === close[1]) {
      ctx.removed.push({ text: open[1]! + close[1]!, reason: ADDRESS_WATERMARK, lineNo });
      t = t.slice(0, open.index) + part.slice(close[0].length);
    } else t += part;
  }
  return t;
}

export function cutAddressWatermarks(text: string, marks: string[], lineNo: number, ctx: Ctx): string {
  let t = text;
  for (const mark of marks) {
    if (!t.includes(mark)) continue;
    const parts = t.split(mark);
    for (let k = 1; k < parts.length; k++) ctx.removed.push({ text: mark, reason: ADDRESS_WATERMARK, lineNo });
    const slogan = !parts[0]!.trim() && parts.length === 2 ? SLOGAN_RE.exec(parts[1]!)?.[1] : undefined;
    if (slogan && !parseEnumerator(slogan)) {
      ctx.removed.push({ text: slogan, reason: ADDRESS_WATERMARK, lineNo });
      return "";
    }
    t = joinCut(parts, lineNo, ctx);
  }
  // （本文来自易文汇范文网 www.x.cn） without its site: the bracket left in the sentence goes with it.
  if (t !== text)
    t = t.replace(EMPTIED_SOURCE_RE, (m) => {
      ctx.removed.push({ text: m, reason: ADDRESS_WATERMARK, lineNo });
      return "";
    });
  return t;
}
