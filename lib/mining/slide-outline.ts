// A slide deck's outline exported to text (演示文稿大纲及备注): each slide's number (幻灯片 3), its title, its
// bullets, and the speaker's notes under 备注：, where the speech is. When a slide has notes, its bullets and a
// title printed again on a continued slide (…（续）) are the deck's, not the speech's; the title is the speech's
// heading and the cover slide's lines its title, speaker and date. A deck without notes keeps its text.
import type { SourceLine } from "./types";

const SLIDE_RE = /^\s*(?:幻灯片\s*\d{1,3}|第\s*\d{1,3}\s*张(?:幻灯片)?|slide\s*\d{1,3})\s*[：:]?\s*$/i;
/** 备注： / 演讲者备注：, alone or before the first line of the notes. */
export const NOTES_LABEL_RE = /^\s*(?:演讲者)?备注\s*[：:]\s*/;
const CONTINUED_RE = /[（(]续[一二三四五六七八九十\d]*[)）]\s*$/;
const TOC_RE = /^目\s*录$/;
/** A line in brackets among the notes: the speaker's cue to himself ((翻页), (此处播放警示片)). */
const CUE_LINE_RE = /^[（(][^（）()]{1,40}[)）]$/;
/** An animation cue inside the notes' sentences: [点击] anywhere, （点击） or （翻页） only where a sentence ends (a
 *  speech's 在首页（点击）“我要上报”, 电源（切换）演练 or 《…》（动画） keeps its words). */
export const SLIDE_CUE_RE =
  /[【[](?:点击|单击|翻页|下一页|动画|切换)[】\]]|(?<=^|[。！？；])[（(](?:点击|单击|翻页|下一页)[)）]/g;
const MIN_SLIDES = 3;

/** The lines of a slide deck that are the deck's (by index, with the reason), or null when the file is no deck. */
export function slideLineReasons(lines: SourceLine[]): Map<number, string> | null {
  const markers = lines.flatMap((l, i) => (SLIDE_RE.test(l.text) ? [i] : []));
  if (markers.length < MIN_SLIDES) return null;
  const out = new Map<number, string>();
  markers.forEach((m, k) => {
    out.set(m, "幻灯片编号");
    const end = markers[k + 1] ?? lines.length;
    const text = (i: number) => lines[i]!.text.trim();
    const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, n) => from + n);
    const notes = range(m + 1, end).find((i) => NOTES_LABEL_RE.test(text(i)));
    if (notes === undefined) return;
    const said = [notes, ...range(notes + 1, end)].some((i) => {
      const t = text(i).replace(NOTES_LABEL_RE, "");
      return t.length > 0 && !CUE_LINE_RE.test(t);
    });
    for (const i of range(notes + 1, end)) if (CUE_LINE_RE.test(text(i))) out.set(i, "演示提示");
    if (!text(notes).replace(NOTES_LABEL_RE, "")) out.set(notes, "幻灯片备注标签");
    if (!said) return;
    const face = range(m + 1, notes).filter((i) => text(i));
    const toc = face.length > 0 && TOC_RE.test(text(face[0]!).replace(/\s+/g, ""));
    face.forEach((i, n) => {
      if (k === 0 && !toc) return; // the cover: the speech's title, speaker and date
      if (n === 0 && !toc && !CONTINUED_RE.test(text(i))) return; // the slide's title: a heading of the speech
      out.set(i, n === 0 && !toc ? "幻灯片标题（续页）" : toc ? "幻灯片目录" : "幻灯片要点");
    });
  });
  return out;
}
