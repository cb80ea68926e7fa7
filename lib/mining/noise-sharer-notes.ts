// The note of whoever shares a speech that its figures or names are not the real ones (（注：文中数据为示意，已作脱敏
// 处理。）, （文中人名、地名均为化名）, 以上数据均已脱敏): a poster's or a site's word on the copy, never the speaker's, who
// gives his figures as they are. A speech's own （注：…） explains a term or a figure and says nothing of the kind.

/** A whole line, bracketed or after 注：, on the text (文中, 本文, 以上) whose figures or names are 示意, 虚构, 化名 or 脱敏,
 *  with no 不 or 非 before the word (以上数据不是虚构的 is a speaker vouching for his figures). */
const NOT_REAL_RE =
  /^[（(【\[]?\s*(?:(?:注|备注|说明|声明)\s*[：:]\s*)?(?:文中|本文|全文|稿中|以上|上文)[^。！？（）()]{0,12}(?:数据|数字|人名|地名|单位|企业|名称|姓名)[^。！？（）()不非没未]{0,12}(?:示意|虚构|化名|脱敏)[^。！？（）()]{0,16}[。！]?\s*[）)】\]]?$/;
const NOTE_CHARS = 60;
const SHARER_NOTE = "转贴者的说明（数据、人名非真实）";

export function markSharerNotes(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (t.length <= NOTE_CHARS && NOT_REAL_RE.test(t)) verdict[i] ??= SHARER_NOTE;
  });
}
