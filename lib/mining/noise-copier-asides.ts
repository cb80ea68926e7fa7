// Notes that whoever passes a speech on (an answerer quoting it, a poster sharing it as a template) sets between or
// inside its sentences, in brackets and in his own voice: a comment pointing up at the paragraph above
// （↑开场白交代会议背景，两三句就够）, and a hint to put one's own figures or trade in this place
// 【这里换成你们单位的数据就行】 / （如果是工厂，这里可以换成设备、特种作业）. A speaker neither points at his own text
// with an arrow nor tells his hearers what to write in its place.

/** A bracket opening with an arrow up at the text above it: the quoter's comment on what he quoted. */
const POINTER = String.raw`[（(【\[]\s*[↑⬆]\uFE0F?[^（）()【】[\]\n]{2,120}[）)】\]]`;
/** A bracket telling the copier to put something else at this place (这里换成…, 此处可以改成…, 这段替换为…), the place
 *  named as 这里 / 此处 / 这段 / 这句 / 这个数字 and the change as 换成 / 改成 / 改为 / 替换. */
const REPLACE_HERE = String.raw`[（(【\[][^（）()【】[\]\n。]{0,16}(?:这里|此处|这段|这句|这一段|这一句|这个数字?)[^（）()【】[\]\n。]{0,6}(?:换成|改成|改为|替换)[^（）()【】[\]\n]{0,30}[）)】\]]`;

export const COPIER_NOTE_RE = new RegExp(`${POINTER}|${REPLACE_HERE}`, "gu");
