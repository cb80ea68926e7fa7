// A part's marker: the same line over each part of a text cut into parts with its counter (◆ 第7章 在…会议上的讲话（2/4）,
// as a reader's notes export a book's chapter). Run by the running headers' pass (noise-running-headers.ts).

/** （2/4） at the end of a line: which part of how many. */
const PART_COUNTER_RE = /[（(]\s*(\d{1,2})\s*[/／]\s*(\d{1,2})\s*[)）]$/;
/** What a part's marker puts before the text's name: a bullet, 第7章 / 第三节 / 第2部分. */
const PART_LEAD_RE = /^[◆◇■□●○▶►★☆·•\s]*(?:第[一二三四五六七八九十百\d]{1,4}[章节部分篇卷回讲]{1,2})?/;
const PART_MARKER_MAX = 80;
const PART_MARKER = "分部分的标记";

/** Marks the markers of a text cut into parts: two lines or more that differ only in their counter (1/4, 2/4…). The
 *  first stays when the text's name is nowhere else on a line of its own: it is then the title. */
export function markPartMarkers(texts: string[], verdict: (string | null)[]): void {
  const parts = new Map<string, { i: number; k: string }[]>();
  texts.forEach((raw, i) => {
    const t = raw.trim();
    // The counter closes the line: a line ending otherwise is no marker (the pattern would try each of its places).
    const closed = t.endsWith("）") || t.endsWith(")");
    const m = closed && t.length <= PART_MARKER_MAX && !verdict[i] ? PART_COUNTER_RE.exec(t) : null;
    if (!m || Number(m[1]) > Number(m[2])) return;
    const name = t.slice(0, m.index).replace(PART_LEAD_RE, "").replace(/\s+/g, "");
    if (name.length < 4) return;
    const key = `${name}/${m[2]}`;
    const list = parts.get(key);
    if (list) list.push({ i, k: m[1]! });
    else parts.set(key, [{ i, k: m[1]! }]);
  });
  if (![...parts.values()].some((lines) => lines.length >= 2)) return;
  const ownLines = new Set(texts.flatMap((t, i) => (verdict[i] ? [] : [t.replace(/\s+/g, "")])));
  for (const [key, lines] of parts) {
    if (lines.length < 2 || new Set(lines.map((l) => l.k)).size < lines.length) continue;
    const named = ownLines.has(key.slice(0, key.lastIndexOf("/")));
    for (const [n, { i }] of lines.entries()) if (named || n > 0) verdict[i] ??= PART_MARKER;
  }
}
