// A slide deck's outline exported to text (演示文稿大纲及备注): each slide's number (幻灯片 3 or 幻灯片 3/16), its
// title, its bullets, and the speaker's notes under 备注： or 【演讲者备注】, where the speech is. When a slide has
// notes, its bullets and a title printed again on a continued slide (…（续）) are the deck's, not the speech's; the
// title is the speech's heading and the cover slide's lines its title, speaker and date. A deck without notes keeps
// its text.
import { parseEnumerator } from "./outline-patterns";
import { dateOfLine, isSpeakerLine, speakerAndDate } from "./speech-frame-lines";
import type { SourceLine } from "./types";

/** 幻灯片 3, 第3张幻灯片, Slide 3, with the deck's total or not (幻灯片 3/16, 第 3 张 / 共 16 张, Slide 3 of 16). */
const SLIDE_RE =
  /^\s*(?:幻灯片\s*\d{1,3}|第\s*\d{1,3}\s*张(?:幻灯片)?|slide\s*\d{1,3})(?:\s*(?:[/／]|of)\s*共?\s*\d{1,3}\s*张?)?\s*[：:]?\s*$/i;
/** 备注： / 演讲者备注： / Notes: alone or before the first line of the notes; alone, the label bare or in brackets
 *  (演讲者备注, 【演讲者备注】, 〔备注〕, [Notes], 【讲稿】). */
const NOTES_WORD = String.raw`(?:(?:演讲者)?备注|(?:speaker\s*)?notes)`;
export const NOTES_LABEL_RE = new RegExp(
  String.raw`^\s*(?:${NOTES_WORD}\s*[：:]|(?:[【[〔［](?:${NOTES_WORD}|讲稿)[】\]〕］]|${NOTES_WORD})\s*$)\s*`,
  "i",
);
const CONTINUED_RE = /[（(]续[一二三四五六七八九十\d]*[)）]\s*$/;
const TOC_RE = /^目\s*录$/;
/** A line in brackets among the notes: the speaker's cue to himself ((翻页), (此处播放警示片)). */
const CUE_LINE_RE = /^[（(][^（）()]{1,40}[)）]$/;
/** An animation cue inside the notes' sentences: [点击] anywhere, （点击） or （翻页） only where a sentence ends (a
 *  speech's 在首页（点击）“我要上报”, 电源（切换）演练 or 《…》（动画） keeps its words). */
export const SLIDE_CUE_RE =
  /[【[](?:点击|单击|翻页|下一页|动画|切换)[】\]]|(?<=^|[。！？；])[（(](?:点击|单击|翻页|下一页)[)）]/g;
/** A bullet's mark before a numbered point (◆ 1.…): the deck's, cut where the point heads the notes. */
export const POINT_BULLET_RE = /^\s*[■□▪▫◆◇●○•·▶►➤]\s*(?=\d{1,2}[.．、]\D)/;
const BULLET_RE = /^\s*[■□▪▫◆◇●○•·▶►➤]\s*/;
/** A point that is a slide's callout, not a sub-heading: a label with its value (截止时间：6月20日, 附：…), a date. */
const CALLOUT_RE = /[：:]|^附|\d{1,2}月\d{1,2}日|\d{4}年/;
const SENTENCE_RE = /[。！？；!?;]/;
const MIN_SLIDES = 3;

/** A slide: its number's line, the lines of its face (above the notes label, not blank) and the label's line. */
type Slide = { at: number; end: number; face: number[]; notes: number | undefined };

export type SlideLines = {
  /** The deck's own lines (numbers, labels, footer, bullets, continued titles) by index, with the reason. */
  deck: Map<number, string>;
  /** The numbered points that head the notes (◆ 1.…): kept as headings, their bullet cut. */
  heads: Set<number>;
};

/** The lines of a slide deck that are the deck's, or null when the file is no deck. */
export function slideLineReasons(lines: SourceLine[]): SlideLines | null {
  const markers = lines.flatMap((l, i) => (SLIDE_RE.test(l.text) ? [i] : []));
  if (markers.length < MIN_SLIDES) return null;
  const text = (i: number) => lines[i]!.text.trim();
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
  const slides: Slide[] = markers.map((m, k) => {
    const end = markers[k + 1] ?? lines.length;
    const notes = range(m + 1, end).find((i) => NOTES_LABEL_RE.test(text(i)));
    return { at: m, end, notes, face: range(m + 1, notes ?? end).filter((i) => text(i)) };
  });
  const out = new Map<number, string>();
  for (const i of footerLines(slides, text)) out.set(i, "幻灯片页脚");
  const spoken: { slide: Slide; face: number[] }[] = [];
  const words = (t: string) => /\p{L}/u.test(t);
  const coverTitle = slides[0]!.face.map(text).find(words) ?? "";
  let lastTitle = "";
  slides.forEach((slide, k) => {
    const { at, end, notes } = slide;
    out.set(at, "幻灯片编号");
    if (notes === undefined) return;
    const said = [notes, ...range(notes + 1, end)].some((i) => {
      const t = text(i).replace(NOTES_LABEL_RE, "");
      return t.length > 0 && !CUE_LINE_RE.test(t);
    });
    for (const i of range(notes + 1, end)) if (CUE_LINE_RE.test(text(i))) out.set(i, "演示提示");
    if (!text(notes).replace(NOTES_LABEL_RE, "")) out.set(notes, "幻灯片备注标签");
    if (!said) return;
    let face = slide.face.filter((i) => !out.has(i));
    // The deck's title printed again above a later slide's own title: a running header, not a heading.
    if (k > 0 && face.length > 1 && coverTitle && text(face[0]!) === coverTitle) {
      out.set(face[0]!, "幻灯片页眉");
      face = face.slice(1);
    }
    const toc = face.length > 0 && TOC_RE.test(text(face[0]!).replace(/\s+/g, ""));
    // A title printed again on the next slide, as a continued slide may carry it without （续）.
    const repeated = k > 0 && face.length > 0 && !toc && words(text(face[0]!)) && text(face[0]!) === lastTitle;
    if (face.length > 0 && !toc) lastTitle = text(face[0]!).replace(CONTINUED_RE, "");
    if (!toc && k > 0) spoken.push({ slide, face });
    face.forEach((i, n) => {
      if (k === 0 && !toc) return; // the cover: the speech's title, speaker and date
      if (n === 0 && !toc && !CONTINUED_RE.test(text(i)) && !repeated) return; // the slide's title: a heading
      out.set(i, n === 0 && !toc ? "幻灯片标题（续页）" : toc ? "幻灯片目录" : "幻灯片要点");
    });
  });
  const heads = pointHeads(spoken, text);
  for (const i of heads) out.delete(i);
  return { deck: out, heads };
}

/** The deck's footer: the last line of a slide's face, right above its notes label, the same on most slides (a
 *  school's name and motto). Never a slide's title (its first line), an outline heading or a sentence (a refrain the
 *  slides repeat is the speech's), nor on the cover its title, speaker or date. */
function footerLines(slides: Slide[], text: (i: number) => string): number[] {
  const seen = new Map<string, number[]>();
  slides.forEach((s, k) => {
    if (s.notes === undefined || s.face.length < 2) return;
    const i = s.face.at(-1)!;
    const t = text(i);
    if (!/\p{L}/u.test(t) || SENTENCE_RE.test(t) || parseEnumerator(t.replace(BULLET_RE, ""))) return;
    if (k === 0 && (isSpeakerLine(t) || dateOfLine(t) || speakerAndDate(t))) return;
    const at = seen.get(t) ?? [];
    at.push(i);
    seen.set(t, at);
  });
  return [...seen.values()].filter((at) => at.length >= MIN_SLIDES && at.length * 2 >= slides.length).flat();
}

/** The numbered points that head the notes: a slide's one point (◆ 1.上学期安全工作总体平稳) over notes that number
 *  nothing of their own, the points of a part's slides (its title, then the same title （续）) running 1, 2, 3… one
 *  to a slide. A part with a slide of several points, a lone point or a callout (截止时间：6月20日) keeps them as the
 *  deck's bullets. */
function pointHeads(spoken: { slide: Slide; face: number[] }[], text: (i: number) => string): Set<number> {
  const heads = new Set<number>();
  let part: { key: string; points: number[][] } | null = null;
  const close = () => {
    const pointed = part?.points.filter((p) => p.length > 0) ?? [];
    const nth = pointed.map((p) => (p.length === 1 ? parseEnumerator(text(p[0]!).replace(BULLET_RE, ""))?.n : 0));
    if (pointed.length >= 2 && nth.every((n, k) => n === k + 1)) for (const p of pointed) heads.add(p[0]!);
  };
  for (const { slide, face } of spoken) {
    const key = face.length ? text(face[0]!).replace(CONTINUED_RE, "") : "";
    if (!part || key !== part.key) {
      close();
      part = { key, points: [] };
    }
    const notes = Array.from({ length: slide.end - slide.notes! - 1 }, (_, n) => text(slide.notes! + 1 + n));
    const numbered = notes.some((t) => parseEnumerator(t) !== null);
    const points = face.slice(1).filter((i) => {
      const bare = text(i).replace(POINT_BULLET_RE, "");
      return bare !== text(i) && parseEnumerator(bare)?.family === "num-dot";
    });
    const fit = (i: number) => {
      const bare = text(i).replace(POINT_BULLET_RE, "");
      return bare.length <= 40 && !SENTENCE_RE.test(bare) && !CALLOUT_RE.test(bare);
    };
    // A point over notes that number their own, or a callout, breaks the part's sequence.
    part.points.push(points.length && (numbered || !points.every(fit)) ? [-1, -1] : points);
  }
  close();
  return heads;
}
