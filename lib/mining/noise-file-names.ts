// A download page's file name (关于…的讲话.docx) above the title it repeats: noise; a file name that is the only title
// keeps its words and loses its extension. A page's list of files to download under its label goes whole, and so
// does a list of files below the speech with no label left over it.
import { endsSentence, isTitleLine } from "./outline-patterns";
import type { Ctx } from "./noise-fragments";
import { previousLine } from "./noise-page-cards";
import { MAX_LINK_LENGTH, nextLine } from "./noise-page-furniture";

/** A file's name as a download page shows it: 关于…的讲话.docx, maybe with its size. */
const FILE_NAME_RE =
  /^(\S.{0,80}?)\s*\.(?:docx?|wps|pdf|txt|rtf|pptx?|xlsx?)\s*(?:[（(]?\s*\d+(?:\.\d+)?\s*[KkMm]B?\s*[)）]?)?$/i;
/** How many lines below a file name its page may show the title again. */
const TITLE_WINDOW = 6;

/** 会议材料下载： / 附件下载： / 【下载附件】 / 附件列表: a page's label over the files it offers. */
const DOWNLOADS_LABEL_RE =
  /^[【\[]?(?:(?:会议材料|相关材料|材料|附件|相关|资料|文件)下载|下载(?:附件|材料|文件|资料)|附件列表)[】\]]?[：:]?$/;
/** 1. 溪桐县…通报.pdf（386KB）: one of the files, numbered or not. */
const LISTED_FILE_RE =
  /^(?:\d{1,2}[.、．]\s*)?\S.{0,80}\.(?:docx?|wps|pdf|xlsx?|pptx?|zip|rar)\s*(?:[（(][^（）()]{0,16}[)）])?$/i;
const MAX_LISTED_FILE = 120;
const isListedFile = (t: string) => t.length <= MAX_LISTED_FILE && t.includes(".") && LISTED_FILE_RE.test(t);
/** How many file lines with no label over them make a list. */
const MIN_UNLABELLED_FILES = 2;

/** A file-name line is noise when a title follows it; when none does and the name reads as a title, it is the
 *  title, and only its extension goes. Any other line ending in .xlsx is a sentence and stays. */
export function markFileNames(texts: string[], verdict: (string | null)[], lineNos: number[], ctx: Ctx): void {
  markUnlabelledFiles(texts, verdict);
  for (let i = 0; i < texts.length; i++) {
    if (verdict[i]) continue;
    const t = texts[i]!.trim();
    const m = t.length <= 100 ? FILE_NAME_RE.exec(t) : null;
    if (!m) continue;
    let titled = false;
    for (let j = nextLine(texts, i), seen = 0; j >= 0 && seen < TITLE_WINDOW; j = nextLine(texts, j), seen++) {
      if (verdict[j]) continue;
      const next = texts[j]!.trim();
      if (isTitleLine(next)) titled = true;
      if (titled || next.length > MAX_LINK_LENGTH) break;
    }
    if (titled) verdict[i] = "文件名";
    else if (isTitleLine(m[1]!)) {
      ctx.removed.push({ text: t.slice(m[1]!.length).trim(), reason: "文件名后缀", lineNo: lineNos[i]! });
      texts[i] = m[1]!;
    }
  }
}

/** A line of the speech's text no rule took: a files list below one is the page's, not the speech's title. */
const isKeptText = (x: string, verdict: string | null | undefined) =>
  !verdict && x.trim().length >= 30 && endsSentence(x.trim());

/** Marks a downloads label and the file lines under it, below the speech's text (above it, a file's name may be the
 *  only title the speech has: markFileNames reads it). */
export function markDownloadLists(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (!DOWNLOADS_LABEL_RE.test(t.trim())) return;
    if (!texts.slice(0, i).some((x, k) => isKeptText(x, verdict[k]))) return;
    const files: number[] = [];
    for (let j = nextLine(texts, i); j >= 0 && isListedFile(texts[j]!.trim()); j = nextLine(texts, j)) files.push(j);
    if (!files.length) return;
    for (const j of [i, ...files]) verdict[j] ??= "文件名";
  });
}

/** Below the speech's text, two file lines or more that no rule took (no 附件： or 下载 label over them, or the label
 *  a button the copy lost; no related documents' list): the page's attachments. A speech names a file in a
 *  sentence, never lists files' names with their extensions one a line, unless it announces them (…如下：), which
 *  keeps them. */
function markUnlabelledFiles(texts: string[], verdict: (string | null)[]): void {
  const textAt = texts.findIndex((x, k) => isKeptText(x, verdict[k]));
  if (textAt < 0) return;
  for (let i = textAt + 1; i < texts.length; i++) {
    if (verdict[i] || !isListedFile(texts[i]!.trim())) continue;
    const files = [i];
    for (let j = nextLine(texts, i); j >= 0 && !verdict[j] && isListedFile(texts[j]!.trim()); j = nextLine(texts, j))
      files.push(j);
    const above = previousLine(texts, i);
    const announced = above >= 0 && !verdict[above] && /[：:]$/.test(texts[above]!.trim());
    if (files.length >= MIN_UNLABELLED_FILES && !announced) for (const k of files) verdict[k] = "文件名";
    i = files[files.length - 1]!;
  }
}
