// What an office system (OA) prints around a document it carries: the watermark band across each page (公司名　内部资料
// 严禁外传　李婷 0604; a printed 文件's 内部资料　注意保存 is the same mark), who has read it (阅读记录：已读 238 人　未读 61 人), and the readers' handling opinions under their
// label (办理意见： / 李婷　2024-06-04 15:06　已阅，…). None of it is the document's text.
import { nextLine } from "./noise-page-furniture";

const OFFICE_RECORD = "办公系统记录";
const INTERNAL_MARK = "内部资料标记（水印或密级）";
/** A band that marks the copy as internal: no sentence, one of the system's classification words. */
const WATERMARK_RE =
  /^(?=[^。！？，；]{4,60}$).*(?:内部资料|内部文件|严禁外传|请勿外传|禁止外传|不得外传|注意保密|仅限内部)/;
const READ_COUNT_RE =
  /^(?:阅读记录|阅读情况|阅读统计|传阅记录)[：:]|已读\s*\d{1,6}\s*人[^。！？]{0,10}未读\s*\d{1,6}\s*人/;
const OPINION_LABEL_RE = /^(?:办理|阅办|批办|拟办|传阅|审批|会签|处理|领导批示|批示)(?:意见|情况)[：:]?$/;
/** 李婷　2024-06-04 15:06　已阅，…: a reader's name, the time, what he wrote. */
const OPINION_RE = /^[\u4e00-\u9fff·]{2,6}\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\S.{0,80}$/;

/** Marks the system's watermark bands, read counts and opinions (each opinion only under its label). */
export function markOfficeRecords(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (verdict[i] || !t) return;
    if (WATERMARK_RE.test(t)) verdict[i] = INTERNAL_MARK;
    else if (READ_COUNT_RE.test(t)) verdict[i] = OFFICE_RECORD;
    if (!OPINION_LABEL_RE.test(t)) return;
    const opinions: number[] = [];
    for (let j = nextLine(texts, i); j >= 0 && OPINION_RE.test(texts[j]!.trim()); j = nextLine(texts, j))
      opinions.push(j);
    if (!opinions.length) return;
    verdict[i] = OFFICE_RECORD;
    for (const k of opinions) verdict[k] ??= OFFICE_RECORD;
  });
}
