// A page's photo gallery set into the text: each picture's counter (图集 2/6, ◀ 上一张 下一张 ▶) over its caption
// (会议现场，各二级单位主要负责人参加会议。), and its buttons (查看原图　全部图片（6）).
import { isTitleLine, parseEnumerator } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

/** A gallery's counter: 图集 2/6 (a speaker's 图 2/3 over his own words on a slide is no gallery's). */
const COUNTER_RE = /^(?:图集|组图)\s*\d{1,2}\s*[/／]\s*\d{1,2}(?:\s|$)/;
const BUTTONS_RE =
  /^(?:查看原图|查看大图|全部图片\s*[（(]\d{1,3}[)）])(?:\s*(?:查看原图|查看大图|全部图片\s*[（(]\d{1,3}[)）]))*$/;
/** A caption: a line, one sentence at most. */
const CAPTION_CHARS = 60;
const GALLERY = "图集说明";

export function markGalleryCaptions(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (BUTTONS_RE.test(t)) verdict[i] ??= GALLERY;
    if (!COUNTER_RE.test(t)) return;
    verdict[i] ??= GALLERY;
    const next = nextLine(texts, i);
    const caption = next >= 0 ? texts[next]!.trim() : "";
    const sentences = caption.match(/[。！？]/g)?.length ?? 0;
    if (!caption || caption.length > CAPTION_CHARS || sentences > 1 || isTitleLine(caption) || parseEnumerator(caption))
      return;
    verdict[next] ??= GALLERY;
  });
}
