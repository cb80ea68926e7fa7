// A crawler's export of the articles it fetched, saved as text: JSON (an object, an array of objects, or one object
// per line) or CSV with a header row. Read line by line, its fields would be chrome glued to the speech (a field
// name, quotes and \n escapes around the whole text). Each record's article is its longest text field (正文,
// content) with its title field (标题, title) above it; the other fields (URL, crawl time, site, tags, counts) are the
// crawler's, reported as removed. Markup and entities inside the article (&nbsp;, <br/>) are read as a page's.
import { parse as parseCsv } from "csv-parse/sync";
import { htmlToText } from "./decode-html";
import type { Removed } from "./types";

const TITLE_KEY_RE = /^(?:title|标题|题目|headline|subject|name|文章标题|新闻标题)$/i;
/** How long the article field must be: a summary or a tag list is no article. */
const MIN_ARTICLE_CHARS = 200;
const MAX_RECORDS = 500;
const MAX_FIELD_DEPTH = 4;
const REASON = "爬虫导出的字段";

type Field = { key: string; value: string };
type Article = { title: string | null; text: string };

/** The string fields of a record, nested objects and arrays included, each with its own key. */
function fieldsOf(value: unknown, key = "", depth = 0, out: Field[] = []): Field[] {
  if (typeof value === "string") out.push({ key, value });
  else if (typeof value === "number" || typeof value === "boolean") out.push({ key, value: String(value) });
  else if (value && typeof value === "object" && depth < MAX_FIELD_DEPTH)
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      fieldsOf(v, Array.isArray(value) ? key : k, depth + 1, out);
  return out;
}

/** The article's text as lines: entities decoded, tags read as a page's, its own line breaks kept. */
function articleText(value: string): string {
  return /<[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(value) ? htmlToText(value, true) : value.trim();
}

function articleOf(fields: Field[], removed: Removed[]): Article | null {
  const body = fields.reduce<Field | null>((a, f) => (!a || f.value.length > a.value.length ? f : a), null);
  if (!body || body.value.replace(/\s+/g, "").length < MIN_ARTICLE_CHARS) return null;
  const title = fields.find((f) => f !== body && TITLE_KEY_RE.test(f.key) && f.value.trim())?.value.trim() ?? null;
  for (const f of fields) {
    if (f === body || f.value.trim() === title || !f.value.trim()) continue;
    removed.push({ text: f.value.trim().slice(0, 200), reason: `${REASON}（${f.key || "值"}）` });
  }
  return { title, text: articleText(body.value) };
}

/** The records of a JSON export, or null when the text is not one. */
function jsonRecords(text: string): unknown[] | null {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return null;
  try {
    const value: unknown = JSON.parse(t);
    return Array.isArray(value) ? value : [value];
  } catch {
    // One object per line (JSON Lines).
    const lines = t.split(/\r?\n/).filter((l) => l.trim());
    try {
      return lines.every((l) => /^\s*\{/.test(l)) ? lines.map((l) => JSON.parse(l) as unknown) : null;
    } catch {
      return null;
    }
  }
}

/** A header row of short names, one of them the article's column (正文, content): a CSV export's. */
const CSV_HEADER_RE = /^[^\n,"]{1,30}(?:,[^\n,"]{1,30}){1,30}\r?$/;
const ARTICLE_KEY_RE = /^(?:正文|内容|全文|content|text|body|article|文章内容|新闻内容)$/i;

function csvRecords(text: string): unknown[] | null {
  const first = text.slice(0, text.search(/\r?\n|$/));
  if (!CSV_HEADER_RE.test(first) || !first.split(",").some((h) => ARTICLE_KEY_RE.test(h.trim()))) return null;
  try {
    return parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true });
  } catch {
    return null;
  }
}

/** The text of a crawler's export (each record's title, then its article, records parted by a blank line) and the
 *  fields left out; null when the text is no such export. */
export function readCrawlerExport(text: string): { text: string; removed: Removed[] } | null {
  const records = jsonRecords(text) ?? csvRecords(text);
  if (!records?.length || records.length > MAX_RECORDS) return null;
  const removed: Removed[] = [];
  const articles = records.flatMap((r) => articleOf(fieldsOf(r), removed) ?? []);
  if (!articles.length) return null;
  const parts = articles.map(({ title, text: body }) =>
    title && !body.replace(/\s+/g, "").startsWith(title.replace(/\s+/g, "")) ? `${title}\n${body}` : body,
  );
  return { text: parts.join("\n\n"), removed };
}
