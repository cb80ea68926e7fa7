// Notes that whoever passes a speech on (an answerer quoting it, a poster sharing it as a template) sets between or
// inside its sentences, in brackets and in his own voice: a comment pointing up at the paragraph above
// （↑开场白交代会议背景，两三句就够）, and a hint to put one's own figures or trade in this place
// 【这里换成你们单位的数据就行】 / （如果是工厂，这里可以换成设备、特种作业）. A speaker neither points at his own text
// with an arrow nor tells his hearers what to write in its place. His own brackets may hold an arrow before a figure
// (12起（↑2起）, 186万元（↑23.5%）: up on last year) or a change he reports (第十二条（此处将“及时”改为“1小时内”）).

import { needs } from "./regex-needs";

/** A bracket opening with an arrow up at the text above it: the quoter's comment on what he quoted. */
const POINTER = String.raw`[（(【\[]\s*[↑⬆]\uFE0F?[^（）()【】[\]\n]{2,120}[）)】\]]`;
/** A bracket telling the copier to put something else at this place (这里换成…, 此处可以改成…, 这段替换为…), the place
 *  named as 这里 / 此处 / 这段 / 这句 / 这个数字 and the change as 换成 / 改成 / 改为 / 替换. */
const REPLACE_HERE = String.raw`[（(【\[][^（）()【】[\]\n。]{0,16}(?:这里|此处|这段|这句|这一段|这一句|这个数字?)[^（）()【】[\]\n。]{0,6}(?:换成|改成|改为|替换)[^（）()【】[\]\n]{0,30}[）)】\]]`;

export const COPIER_NOTE_RE = needs(
  ["↑", "⬆", "换成", "改成", "改为", "替换"],
  new RegExp(`${POINTER}|${REPLACE_HERE}`, "gu"),
);

const ARROW_RE = /^[（(【[]\s*[↑⬆]/u;
/** After the arrow, a comment has words (six characters at least) and opens with none of a figure's: a count, a rate,
 *  同比 / 增 / 下降 / 持平. */
const FIGURE_AFTER_ARROW_RE =
  /^[（(【[]\s*[↑⬆]\uFE0F?\s*(?:[\d.+\-%％]|同比|环比|较|增|减|降|上升|下降|持平|[一二两三四五六七八九十百千万]+[起人个家处项次])/u;
/** A hint speaks to whoever copies (你们, 自己, 可以, 就行, 根据实际, 如果是工厂); a change reported is made by someone
 *  (将“及时”改为…). */
const HINT_WORD_RE = /你|您|自己|可以|就行|即可|根据|如果|若是|实际|本单位|贵单位/;
const MADE_CHANGE_RE = /[将把][^（）()【】[\]]{1,20}(?:换成|改成|改为|替换)/;

/** Whether a bracket COPIER_NOTE_RE matched is the speaker's own and stays. */
export function speakersOwnBracket(m: string): boolean {
  if (ARROW_RE.test(m)) return FIGURE_AFTER_ARROW_RE.test(m) || (m.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 6;
  return !HINT_WORD_RE.test(m) || MADE_CHANGE_RE.test(m);
}
