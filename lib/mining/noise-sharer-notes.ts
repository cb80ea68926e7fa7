// The note of whoever shares a speech that its figures or names are not the real ones (（注：文中数据为示意，已作脱敏
// 处理。）, （文中人名、地名均为化名）, 注：为保护隐私，文中人名均为化名。): a poster's or a site's word on the copy, never
// the speaker's, who gives his figures as they are. The sharer sets it apart, in brackets or after 注：, at the edge of
// the speech: under its header or after its last line. A speaker's own sentence on such things (以上案例中的企业名称
// 均为化名，但…; 以上单位要按照示意图…; 以上数据绝无虚构) stands in his text, unlabelled; a speech's own （注：…） in
// its text explains a term or a figure (（注：以上数据为示意性测算，正式数据以…为准。）) and stays.
import { dateOfLine, isHeaderSalutation, isSpeakerLine, isTitleLine } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

/** A whole line, bracketed or after 注：, on the text (文中, 本文, 以上) whose figures or names are 示意 (not 示意图),
 *  虚构, 虚拟, 化名, 匿名 or 脱敏, with no 不, 非 or 无 before the word (以上数据绝无虚构) and no 但 after it. */
const NOT_REAL_RE =
  /^(?:[（(【\[]\s*(?:(?:注|备注|说明|声明)\s*[：:]\s*)?|(?:注|备注|说明|声明)\s*[：:]\s*)(?:为[^。！？，,（）()]{1,8}[，,]\s*)?(?:文中|本文|全文|稿中|以上|上文)[^。！？（）()]{0,12}(?:数据|数字|人名|地名|单位|企业|名称|姓名)[^。！？（）()不非没未无]{0,12}(?:示意(?!图)|虚构|虚拟|化名|匿名|脱敏)[^。！？（）()但却]{0,16}[。！]?\s*[）)】\]]?$/;
const OPENED_RE = /^[（(【\[]/;
const CLOSED_RE = /[）)】\]]$/;
const NOTE_CHARS = 60;
const SHARER_NOTE = "转贴者的说明（数据、人名非真实）";

const isNote = (t: string): boolean =>
  t.length <= NOTE_CHARS && NOT_REAL_RE.test(t) && OPENED_RE.test(t) === CLOSED_RE.test(t);

/** A line of a speech's header: its title, speaker, date or salutation. */
const isHeader = (t: string): boolean => isTitleLine(t) || isSpeakerLine(t) || !!dateOfLine(t) || isHeaderSalutation(t);

function prevLine(texts: string[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !texts[k]!.trim()) k--;
  return k;
}

/** Under the speech's header: the nearest line above that the rules keep is a header's line, or there is none. */
function underHeader(texts: string[], verdict: (string | null)[], i: number): boolean {
  let k = prevLine(texts, i);
  while (k >= 0 && verdict[k]) k = prevLine(texts, k);
  return k < 0 || isHeader(texts[k]!.trim());
}

/** After the speech's last line: the line below is the page's chrome (a rule, the post's buttons), another speech's
 *  title, or none. */
function afterText(texts: string[], verdict: (string | null)[], i: number): boolean {
  const k = nextLine(texts, i);
  return k < 0 || !!verdict[k] || isTitleLine(texts[k]!.trim());
}

export function markSharerNotes(texts: string[], verdict: (string | null)[]): void {
  // From the foot up, then from the head down, so that two notes in a row each find the other's edge.
  for (let i = texts.length - 1; i >= 0; i--)
    if (!verdict[i] && isNote(texts[i]!.trim()) && afterText(texts, verdict, i)) verdict[i] = SHARER_NOTE;
  texts.forEach((raw, i) => {
    if (!verdict[i] && isNote(raw.trim()) && underHeader(texts, verdict, i)) verdict[i] = SHARER_NOTE;
  });
}
