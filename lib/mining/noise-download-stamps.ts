// The stamp a document system prints across each page of a PDF it lets someone download: the downloader's unit, his
// name, the time and 下载 (青川市应急管理局 孙小敏 2024-02-26 16:03 下载). Copied out of the reader, it falls between
// the lines of a paragraph wherever the page put it; the sentence runs on across it. A speech quotes such lines too
// (a system's log read out under 记录了他的操作：, a schedule of downloads under 请注意以下安排：), one under another: a
// stamp is the page's only where it cuts a sentence, or where the same stamp comes again further down the page.
export const DOWNLOAD_STAMP = "下载水印（单位、姓名、时间）";

/** A unit and a name (their spaces lost to normalising), a date with its time, then 下载 (or 打印, 导出): the whole
 *  line, nothing else. The part before the date is the stamp's owner. */
const DOWNLOAD_STAMP_RE =
  /^([\u4e00-\u9fff（）()]{2,30}\s*[\u4e00-\u9fff·]{2,6})\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:下载|打印|导出)$/;
/** A line that ends a sentence or announces what follows: the line under it starts afresh. */
const ENDS_RE = /[。！？!?；;：:…”」）)]$/;

function ownerOf(t: string): string | null {
  return DOWNLOAD_STAMP_RE.exec(t.trim())?.[1]!.replace(/\s+/g, "") ?? null;
}

export function markDownloadStamps(texts: string[], verdict: (string | null)[]): void {
  const owners = texts.map(ownerOf);
  texts.forEach((_, i) => {
    const owner = owners[i];
    if (verdict[i] || !owner) return;
    let above = i - 1;
    while (above >= 0 && !texts[above]!.trim()) above--;
    const cuts = above >= 0 && !owners[above] && !ENDS_RE.test(texts[above]!.trim());
    // The same owner's stamp again, with text between (a watermark on each page, not a list of log lines).
    const again = owners.some(
      (o, k) =>
        k !== i &&
        o === owner &&
        texts.slice(Math.min(i, k) + 1, Math.max(i, k)).some((t, n) => t.trim() && !owners[Math.min(i, k) + 1 + n]),
    );
    if (cuts || again) verdict[i] = DOWNLOAD_STAMP;
  });
}
