// A journal's page around an article it printed (a speech published in a 学报): its metadata (关键词：…, DOI：…), its
// abstract of the article (摘要：文章系作者在…的讲话), and its list of references ([1] 罗某. 题名[J]. 刊名, 2023(2): 12-17.),
// whose type codes ([J], [M], [Z], [EB/OL]) no speech writes.

/** Metadata without a sentence in it (a speech may say 关键词：责任。…). */
const PAPER_META_RE =
  /^(?:[【\[]关键词[】\]]\s*\S|(?:关键词|关键字|中图分类号|分类号|文献标识码|文章编号|DOI|基金项目|收稿日期|引用格式|引用本文)\s*[：:]\s*\S)/i;
/** The abstract says the article is a speech (文章系作者在…上的讲话。, 本文是…的讲话): a paper a speech quotes is none. */
const ABSTRACT_RE =
  /^[【\[]?(?:摘\s*要|内容摘要|内容提要)[】\]]?\s*[：:]?\s*(?:本文|文章|该文|此文)(?:系|是|为)[^。！？]{0,60}(?:讲话|发言|致辞)/;
/** A cited work, or the line telling how to cite this one: its number or label, its author and a stop, its title and
 *  a GB/T 7714 type code with a stop after it ([1] 罗某. 题名[J]. 刊名…; a quiz's [1] …是 [A]110 [B]119 is none). */
const CITED_WORK_RE =
  /^(?:[[［]\d{1,3}[\]］]|(?:本文)?引用格式[：:])\s*[^[\]［］]{1,60}?[.．。]\s*[^[\]［］]{2,100}?\[(?:J|M|Z|D|C|R|N|S|P|A|G|EB\/OL|J\/OL|M\/OL|DB\/OL)\]\s*[.．。,，]/;

export const CITED_WORK = "参考文献";

export function paperLineReason(t: string): string | null {
  if (CITED_WORK_RE.test(t)) return CITED_WORK;
  if (ABSTRACT_RE.test(t)) return "期刊文献信息";
  if (PAPER_META_RE.test(t) && !/[。！？]/.test(t)) return "期刊文献信息";
  return null;
}
