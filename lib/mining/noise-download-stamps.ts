// The stamp a document system prints across each page of a PDF it lets someone download: the downloader's unit, his
// name, the time and 下载 (青川市应急管理局 孙小敏 2024-02-26 16:03 下载). Copied out of the reader, it falls between
// the lines of a paragraph wherever the page put it; the sentence runs on across it.
export const DOWNLOAD_STAMP = "下载水印（单位、姓名、时间）";

/** A unit and a name (their spaces lost to normalising), a date with its time, then 下载 (or 打印, 导出): the whole
 *  line, nothing else. */
const DOWNLOAD_STAMP_RE =
  /^[\u4e00-\u9fff（）()]{2,30}\s*[\u4e00-\u9fff·]{2,6}\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:下载|打印|导出)$/;

export function markDownloadStamps(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!verdict[i] && DOWNLOAD_STAMP_RE.test(raw.trim())) verdict[i] = DOWNLOAD_STAMP;
  });
}
