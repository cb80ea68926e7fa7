// A government portal's 政府信息公开 catalogue block (索引号 / 发布机构 / 生成日期 / 名称) names the document in a field,
// 名称：在…上的讲话, over the page's own title line that says the same. The field is the catalogue's copy of the title:
// read as the title, it brings its label along. Only a field whose value is another line of the page, word for word,
// is taken, and only in the page's head, above the speech's salutation and first paragraph: a speech's own 名称：… or
// 标题：… line (an item it lists, the title of a speech it sets its hearers to study) stands in its body.
import { endsSentence, isSalutation, isTitleLine } from "./outline-patterns";

const FIELD_RE = /^(?:名称|信息名称|文件名称|标题|文章标题|公开事项名称)\s*[：:]\s*(\S.{3,79})$/;
/** How many lines around the field the title line is looked for: the rest of the block stands between them. */
const TITLE_REACH = 6;
export const CATALOGUE_TITLE = "政府信息公开目录（名称）";

/** A line of a speech's body: a salutation, or a paragraph's sentence (a catalogue's fields end in none). */
const SPEECH_LINE_MIN = 20;
const opensBody = (t: string) => isSalutation(t) || (t.length >= SPEECH_LINE_MIN && endsSentence(t));

export function markCatalogueTitles(texts: string[], verdict: (string | null)[]): void {
  const body = texts.findIndex((t, k) => !verdict[k] && opensBody(t.trim()));
  texts.forEach((raw, i) => {
    if (body >= 0 && i > body) return;
    const value = FIELD_RE.exec(raw.trim())?.[1]?.trim();
    if (verdict[i] || !value || !isTitleLine(value)) return;
    const from = Math.max(0, i - TITLE_REACH);
    const to = Math.min(texts.length, i + TITLE_REACH + 1);
    for (let k = from; k < to; k++) if (k !== i && texts[k]!.trim() === value) verdict[i] = CATALOGUE_TITLE;
  });
}
