// What an office system (OA) prints around a document it carries: the watermark band across each page (公司名　内部资料
// 严禁外传　李婷 0604; a printed 文件's 内部资料　注意保存 is the same mark), who has read it (阅读记录：已读 238 人　未读
// 61 人) and what they sent back (回执内容：…), and the readers' handling opinions under their label (办理意见： / 李婷
// 2024-06-04 15:06　已阅，…). None of it is the document's text.
import { isTitleLine, parseEnumerator } from "./outline-patterns";
import { nextLine } from "./noise-page-furniture";

const OFFICE_RECORD = "办公系统记录";
export const INTERNAL_MARK = "内部资料标记（水印或密级）";
/** A classification word a system prints across the copy or a 文件 on its cover (内部资料, 严禁外传, 注意保存…). */
export const CLASS_WORDS = "内部资料|内部文件|严禁外传|请勿外传|禁止外传|不得外传|注意保密|注意保存|仅限内部|会后收回";
const CLASS_WORD_RE = new RegExp(CLASS_WORDS, "g");
/** 内部公文 is also a speech's subject (严格内部公文管理, 规范…内部公文): a mark's word only beside a reader's stamp
 *  (王晓丽 0613 内部公文 严禁外传) or a date, as the system prints its band. */
const STAMPED_CLASS_WORDS = `${CLASS_WORDS}|内部公文`;
const STAMPED_CLASS_WORD_RE = new RegExp(STAMPED_CLASS_WORDS, "g");
/** Every mark counts one word of either set, and both are this one's: a line without it is no mark. */
const ANY_CLASS_WORD_RE = new RegExp(STAMPED_CLASS_WORDS);
const STAMP_RE = /[\u4e00-\u9fff]{2,4}\s*\d{3,8}(?![\d年月日号个份件条项%.．:：])|\d{4}[-/.年]\d{1,2}/;
/** What may stand beside a single such word: an organisation's name (…有限责任公司), a reader's stamp (李婷 0604). */
const BESIDE_WORD_RE =
  /^(?:[^\s，。！？]{2,24}(?:公司|集团|局|委员会|委|办公室|办|厂|院|中心|政府)|[\u4e00-\u9fff]{2,4}\s*\d{3,8})?$/;
const READ_COUNT_RE =
  /^(?:阅读记录|阅读情况|阅读统计|传阅记录)[：:]|已读\s*\d{1,6}\s*人[^。！？]{0,10}未读\s*\d{1,6}\s*人/;
/** The label over the opinions, bare or in the brackets a text export sets its sections in (【审批意见】 under 【正文】). */
const OPINION_LABEL_RE =
  /^[【\[]?(?:(?:办理|阅办|批办|拟办|传阅|审批|会签|处理|领导批示|批示)(?:意见|情况)|(?:办理|流转|签收|阅办|传阅|审批|流程)记录|(?:流程|流转)跟踪|(?:审批|办理|流转)(?:流程|过程))[】\]]?[：:]?$/;
/** The day a reader signed, as the system or a clerk writes it: 2024-06-21, 2024/6/21, 2024年6月21日. */
const DAY = String.raw`\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)`;
/** 李婷　2024-06-04 15:06　已阅，…: a reader's name, the time, what he wrote; or what he wrote, then his name and the
 *  day he signed it (已阅，请…办理。　刘××　2024-06-21). */
const OPINION_RE = new RegExp(String.raw`^[\u4e00-\u9fff·]{2,6}\s*${DAY}\s*\d{1,2}:\d{2}(?::\d{2})?\s*\S.{0,80}$`);
const SIGNED_OPINION_RE = new RegExp(
  String.raw`^\S.{0,80}[。！]\s*[\u4e00-\u9fff·]{2,4}\s*${DAY}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`,
);
/** 【科室审核】张三　同意，请办公室核稿。　2024-03-11 15:02: a step of the approval trail, the one who signed it, what
 *  he wrote, the time. */
const STEP_OPINION_RE = new RegExp(
  String.raw`^[【\[][\u4e00-\u9fff]{2,10}[】\]]\s*[\u4e00-\u9fff·]{2,6}\s*\S.{0,80}?${DAY}\s*\d{1,2}:\d{2}(?::\d{2})?$`,
);
const isOpinion = (t: string) => OPINION_RE.test(t) || SIGNED_OPINION_RE.test(t) || STEP_OPINION_RE.test(t);
/** A document's docket row as the system shows it (文　　号：…〔2024〕17号　　密级：普通　　缓急：平件): it opens with one of
 *  its labels, holds two or more, each with its value, and no sentence or clause (no 。！？；，; a 、 only inside a
 *  value, listing who gets it). A speech's line that names them (an item 1.文号：…，密级：…, a hard-wrapped line of a
 *  sentence ending 签发人：, a title that carries them) has an enumerator or words before the label, a comma, or a
 *  label with no value, and stays. */
const DOCKET_LABEL = String.raw`(?:文\s*号|发文字号|密\s*级|缓\s*急|紧急程度|签发人|印\s*数)\s*[：:]`;
/** A 发文稿纸's sign-off row saved as text (签发：钱某　核稿：孙某, 印发：各企业、各部门　份数：60): the same shape with
 *  the form's labels, which a 公文 training speech also sets out on its own lines (拟稿：承办科室　核稿：办公室): such a
 *  row is the form's only in the page's head or tail, before the speech's first paragraph or after its last. */
const FORM_LABEL = String.raw`(?:文\s*号|发文字号|密\s*级|缓\s*急|紧急程度|签发人?|会签|核稿人?|拟稿(?:人|单位)?|印发|印\s*数|份\s*数)\s*[：:]`;
const rowShape = (label: string) => ({
  all: new RegExp(label, "g"),
  open: new RegExp(String.raw`^${label}`),
  empty: new RegExp(String.raw`${label}\s*(?:$|${label})`),
  /** A label one item of a list (…、签发人：…): a sentence enumerating the fields. */
  listed: new RegExp(String.raw`、\s*${label}|${label}\s*、`),
});
const DOCKET_ROW = rowShape(DOCKET_LABEL);
const FORM_ROW = rowShape(FORM_LABEL);
const isRow = (t: string, row: ReturnType<typeof rowShape>) =>
  !/[。！？；，,]/.test(t) &&
  !row.listed.test(t) &&
  t.length <= 120 &&
  row.open.test(t) &&
  !row.empty.test(t) &&
  (t.match(row.all)?.length ?? 0) >= 2;
/** A paragraph of the speech: a sentence of some length. */
const isProse = (t: string) => t.trim().length >= 20 && /[。！？]/.test(t);
/** 回执内容：已组织…落实。——建安公司 方静 2024-07-10 09:12: a reader's receipt the system prints under a notice, signed
 *  with his unit, his name and the time he sent it. */
const RECEIPT_RE = new RegExp(
  String.raw`^(?:回执内容|回执意见|回执)[：:]\S.{0,160}[—－-]{1,2}\s*[^—－\s].{0,30}${DAY}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$`,
);

/** Marks the system's watermark bands, read counts, receipts and opinions (each opinion only under its label). */
export function markOfficeRecords(texts: string[], verdict: (string | null)[]): void {
  const [firstProse, lastProse] = [texts.findIndex(isProse), texts.findLastIndex(isProse)];
  const isDocketRow = (t: string, i: number) =>
    (isRow(t, DOCKET_ROW) && !t.includes("、")) || ((i < firstProse || i > lastProse) && isRow(t, FORM_ROW));
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || !t) return;
    if (isInternalMark(t)) verdict[i] = INTERNAL_MARK;
    else if (READ_COUNT_RE.test(t) || RECEIPT_RE.test(t) || isDocketRow(t, i)) verdict[i] = OFFICE_RECORD;
    if (!OPINION_LABEL_RE.test(t)) return;
    const opinions: number[] = [];
    for (let j = nextLine(texts, i); j >= 0 && isOpinion(texts[j]!.trim()); j = nextLine(texts, j)) opinions.push(j);
    if (!opinions.length) return;
    verdict[i] = OFFICE_RECORD;
    for (const k of opinions) verdict[k] ??= OFFICE_RECORD;
  });
}

/** A band or a cover's mark (内部资料　注意保存; 某某公司 内部资料; …内部资料　严禁外传　李婷 0604): no sentence, no title or
 *  heading (…讲话（内部资料）, 二、严守保密纪律　严禁外传涉密资料), two such words or one beside a name or a stamp. */
export function isInternalMark(t: string): boolean {
  if (t.length > 60 || !ANY_CLASS_WORD_RE.test(t) || /[。！？，；]/.test(t) || isTitleLine(t) || parseEnumerator(t))
    return false;
  const classWord = STAMP_RE.test(t) ? STAMPED_CLASS_WORD_RE : CLASS_WORD_RE;
  const words = t.match(classWord)?.length ?? 0;
  const rest = t
    .replace(classWord, "")
    .replace(/^密级[：:]/, "")
    .replace(/[\s（）()【】\[\]|｜·]/g, "");
  return words >= 2 || (words === 1 && BESIDE_WORD_RE.test(rest));
}
