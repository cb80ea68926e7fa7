// A slide deck's outline exported to text (演示文稿大纲及备注): each slide's number (幻灯片 3 or 幻灯片 3/16), its
// title, its bullets, and the speaker's notes under 备注： or 【演讲者备注】, where the speech is. When a slide has
// notes, its bullets and a title printed again on a continued slide (…（续）) are the deck's, not the speech's; the
// title is the speech's heading and the cover slide's lines its title, speaker and date. A deck without notes keeps
// its text.
import { parseEnumerator } from "./outline-patterns";
import type { SourceLine } from "./types";

const SLIDE_RE =
  /^\s*(?:幻灯片\s*\d{1,3}(?:\s*[/／]\s*\d{1,3})?|第\s*\d{1,3}\s*张(?:幻灯片)?|slide\s*\d{1,3})\s*[：:]?\s*$/i;
/** 备注： / 演讲者备注： alone or before the first line of the notes; 【演讲者备注】 / [备注] alone. */
export const NOTES_LABEL_RE = /^\s*(?:(?:演讲者)?备注\s*[：:]|[【[](?:演讲者)?备注[】\]]\s*$)\s*/;
const CONTINUED_RE = /[（(]续[一二三四五六七八九十\d]*[)）]\s*$/;
const TOC_RE = /^目\s*录$/;
/** A line in brackets among the notes: the speaker's cue to himself ((翻页), (此处播放警示片)). */
const CUE_LINE_RE = /^[（(][^（）()]{1,40}[)）]$/;
/** An animation cue inside the notes' sentences: [点击] anywhere, （点击） or （翻页） only where a sentence ends (a
 *  speech's 在首页（点击）“我要上报”, 电源（切换）演练 or 《…》（动画） keeps its words). */
export const SLIDE_CUE_RE =
  /[【[](?:点击|单击|翻页|下一页|动画|切换)[】\]]|(?<=^|[。！？；])[（(](?:点击|单击|翻页|下一页)[)）]/g;
/** A bullet's mark before a numbered point (◆ 1.…): the deck's, not the point's. */
export const POINT_BULLET_RE = /^\s*[■□▪▫◆◇●○•·▶►➤]\s*(?=\d{1,2}[.．、]\D)/;
const MIN_SLIDES = 3;

/** A slide's one numbered point (◆ 1.上学期安全工作总体平稳) over notes with no outline number of their own: the
 *  talk's sub-heading, which the deck carries and the notes do not (several points on one slide are its bullets). */
function headsTheNotes(face: string[], notes: string[]): number {
  const points = face.flatMap((t, n) => {
    const bare = t.replace(POINT_BULLET_RE, "");
    const e = n > 0 && bare !== t ? parseEnumerator(bare) : null;
    return e?.family === "num-dot" && bare.length <= 40 && !/[。！？；]/.test(bare) ? [n] : [];
  });
  const numbered = notes.some((t) => parseEnumerator(t) !== null);
  return points.length === 1 && !numbered ? points[0]! : -1;
}

/** The lines of a slide deck that are the deck's (by index, with the reason), or null when the file is no deck. */
export function slideLineReasons(lines: SourceLine[]): Map<number, string> | null {
  const markers = lines.flatMap((l, i) => (SLIDE_RE.test(l.text) ? [i] : []));
  if (markers.length < MIN_SLIDES) return null;
  const out = new Map<number, string>();
  const text = (i: number) => lines[i]!.text.trim();
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
  const footer = footerLines(lines, markers);
  markers.forEach((m, k) => {
    out.set(m, "幻灯片编号");
    const end = markers[k + 1] ?? lines.length;
    for (const i of range(m + 1, end)) if (footer.has(text(i))) out.set(i, "幻灯片页脚");
    const notes = range(m + 1, end).find((i) => NOTES_LABEL_RE.test(text(i)));
    if (notes === undefined) return;
    const said = [notes, ...range(notes + 1, end)].some((i) => {
      const t = text(i).replace(NOTES_LABEL_RE, "");
      return t.length > 0 && !CUE_LINE_RE.test(t);
    });
    for (const i of range(notes + 1, end)) if (CUE_LINE_RE.test(text(i))) out.set(i, "演示提示");
    if (!text(notes).replace(NOTES_LABEL_RE, "")) out.set(notes, "幻灯片备注标签");
    if (!said) return;
    const face = range(m + 1, notes).filter((i) => text(i) && !out.has(i));
    const toc = face.length > 0 && TOC_RE.test(text(face[0]!).replace(/\s+/g, ""));
    const head = toc ? -1 : headsTheNotes(face.map(text), range(notes + 1, end).map(text));
    face.forEach((i, n) => {
      if (k === 0 && !toc) return; // the cover: the speech's title, speaker and date
      if (n === 0 && !toc && !CONTINUED_RE.test(text(i))) return; // the slide's title: a heading of the speech
      if (n === head) return;
      out.set(i, n === 0 && !toc ? "幻灯片标题（续页）" : toc ? "幻灯片目录" : "幻灯片要点");
    });
  });
  return out;
}

/** A line printed on most slides' faces (above the notes), the cover's too: the deck's footer (a school's name and
 *  motto), no line of the speech. */
function footerLines(lines: SourceLine[], markers: number[]): Set<string> {
  const seen = new Map<string, number>();
  markers.forEach((m, k) => {
    const slide = lines.slice(m + 1, markers[k + 1] ?? lines.length).map((l) => l.text.trim());
    const notes = slide.findIndex((t) => NOTES_LABEL_RE.test(t));
    for (const t of new Set(notes < 0 ? slide : slide.slice(0, notes))) if (t) seen.set(t, (seen.get(t) ?? 0) + 1);
  });
  // (A rule under each slide's number is a separator, which the rules know; a footer has words.)
  const words = (t: string) => /\p{L}/u.test(t);
  return new Set([...seen].filter(([t, n]) => words(t) && n >= MIN_SLIDES && n * 2 >= markers.length).map(([t]) => t));
}
