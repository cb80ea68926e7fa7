// A crawler's export of the articles it fetched, saved as text: JSON (an object, an array of objects, one object per
// line, or such records under a wrapper's data/list), or a table with a header row (CSV, or tab-separated). Read
// line by line, its fields would be chrome glued to the speech (a field name, quotes and \n escapes around the whole
// text). Each record's article is its longest text field (正文, content; a list of paragraphs is one field) under its
// title field (title, 标题); the other fields (URL, crawl time, site, tags, counts) are the crawler's, reported as
// removed. Markup and entities inside the article (&nbsp;, <br/>) are read as a page's. A site's table holds its other
// articles beside the speech (a news item of its 工作动态, a 通知 of its 通知公告): once one record is a speech, a record
// the genre rules read as a 通知 or 方案, or a short report that opens on when it happened (5月7日至8日，县应急局… /
// 本报讯) and speaks to no one, is another article of the site, reported as removed.
import { parse as parseCsv } from "csv-parse/sync";
import { htmlToText } from "./decode-html";
import { speechGenre, type Genre } from "./genre";
import { REPORT_OPENER_RE } from "./noise-news-briefs";
import { DATELINE_RE } from "./noise-news-report";
import { cjkCount } from "./outline-patterns";
import { isSalutation, splitRunInSalutation } from "./speech-frame-lines";
import type { Removed } from "./types";

/** Title fields, the likeliest first (a record's name may be its author's or its site's). */
const TITLE_KEYS = ["title", "标题", "文章标题", "新闻标题", "题目", "headline", "subject", "name"];
/** How long one article must be for the file to be an export: a summary or a tag list is no article. */
const MIN_ARTICLE_CHARS = 200;
/** Chinese characters a record's text needs to be read as an article once the file is an export (a short 致辞). */
const MIN_RECORD_CJK = 10;
const MAX_RECORDS = 5000;
const MAX_FIELDS = 20_000;
const MAX_REPORTED = 200;
const MAX_DEPTH = 6;
/** A record has a few dozen fields: an object with thousands of keys is some other data, not read further. */
const MAX_KEYS = 1000;
const tooWide = (value: object) => !Array.isArray(value) && Object.keys(value).length > MAX_KEYS;
const REASON = "爬虫导出的字段";
const OTHER_ARTICLE = "导出表中的其他文章";

type Field = { key: string; value: string; top: boolean };
type Article = { title: string | null; text: string };

/** The fields of a record: strings and numbers, nested objects' too; a list of strings is one field, its items one
 *  a line (a list of paragraphs). */
function fieldsOf(value: unknown, out: Field[], key = "", depth = 0): Field[] {
  if (out.length >= MAX_FIELDS || depth > MAX_DEPTH) return out;
  if (typeof value === "string") out.push({ key, value, top: depth <= 1 });
  else if (typeof value === "number" || typeof value === "boolean") out.push({ key, value: String(value), top: false });
  else if (Array.isArray(value) && value.length && value.every((v) => typeof v === "string"))
    out.push({ key, value: textOf(value), top: depth <= 1 });
  else if (Array.isArray(value)) for (const v of value) fieldsOf(v, out, key, depth + 1);
  else if (value && typeof value === "object" && !tooWide(value))
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) fieldsOf(v, out, k, depth + 1);
  return out;
}

const textLength = (s: string) => s.replace(/\s+/g, "").length;
/** Markup or an entity in the article (bounded: a stray < never scans the rest of the field). */
const MARKUP_RE = /<\/?[a-z][^<>]{0,500}>|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/i;

/** The article's text as lines: entities decoded, tags read as a page's, its own line breaks kept. */
const articleText = (value: string) => (MARKUP_RE.test(value) ? htmlToText(value, true) : value.trim());

function articleOf(fields: Field[], removed: Removed[]): Article | null {
  const body = fields.reduce<Field | null>((a, f) => (!a || f.value.length > a.value.length ? f : a), null);
  const report = (f: Field) => {
    if (f.value.trim() && removed.length < MAX_REPORTED)
      removed.push({ text: f.value.trim().slice(0, 200), reason: `${REASON}（${f.key || "值"}）` });
  };
  if (!body || cjkCount(body.value) < MIN_RECORD_CJK) {
    fields.forEach(report);
    return null;
  }
  const titled = TITLE_KEYS.map((k) => fields.find((f) => f !== body && f.top && f.key.toLowerCase() === k)).find((f) =>
    f?.value.trim(),
  );
  const title = titled?.value.trim() ?? null;
  for (const f of fields) if (f !== body && f !== titled) report(f);
  return { title, text: articleText(body.value) };
}

/** A field's text: a string, or a list of strings (paragraphs) a line each. */
const textOf = (v: unknown): string =>
  typeof v === "string" ? v : Array.isArray(v) && v.every((x) => typeof x === "string") ? v.join("\n") : "";

/** A text's non-blank lines, trimmed. */
const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The records under a value: an array's objects, a wrapper's (data, list, items), or the object itself when it
 *  holds text of its own. */
function recordsIn(value: unknown, depth = 0): object[] {
  if (depth > MAX_DEPTH || !value || typeof value !== "object" || tooWide(value)) return [];
  if (Array.isArray(value)) {
    // A list of paragraphs on its own: one article.
    if (textLength(textOf(value)) >= MIN_ARTICLE_CHARS) return [{ text: value }];
    return value.slice(0, MAX_RECORDS + 1).flatMap((v) => recordsIn(v, depth + 1));
  }
  const own = Object.values(value).some((v) => textLength(textOf(v)) >= MIN_ARTICLE_CHARS);
  if (own) return [value];
  const inner = Object.values(value).flatMap((v) => recordsIn(v, depth + 1));
  return inner.length ? inner : [value];
}

/** The records of a JSON export, or null when the text is not one. */
function jsonRecords(text: string): object[] | null {
  const t = text.trim();
  // JSON, and not nested deeper than a crawler's records are (a file of [[[[… costs seconds to parse).
  if (!/^[[{]/.test(t) || /^(?:[[{]\s*){8}/.test(t)) return null;
  try {
    return recordsIn(JSON.parse(t) as unknown);
  } catch {
    // One object per line (JSON Lines).
    const lines = linesOf(t);
    if (!lines.every((l) => l.startsWith("{"))) return null;
    try {
      return lines.flatMap((l) => recordsIn(JSON.parse(l) as unknown));
    } catch {
      return null;
    }
  }
}

/** A header row of short names separated by commas or tabs, one of them the article's column (正文, content). */
const ARTICLE_KEY_RE = /^(?:正文|内容|全文|段落|段落内容|content|text|body|article|文章内容|新闻内容)$/i;
const MAX_HEADER_CELL = 30;

function tableRecords(text: string): object[] | null {
  const first = text.slice(0, Math.max(0, text.search(/\r?\n|$/))).replace(/^\uFEFF/, "");
  const delimiter = first.includes("\t") ? "\t" : ",";
  const cells = first.split(delimiter).map((c) => c.trim());
  if (cells.length < 2 || cells.some((c) => !c || c.length > MAX_HEADER_CELL || /["\s]/.test(c))) return null;
  if (!cells.some((c) => ARTICLE_KEY_RE.test(c))) return null;
  try {
    const rows = parseCsv(text, {
      columns: true,
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: delimiter === "\t",
      bom: true,
    }) as Record<string, string>[];
    return tableOfParagraphs(rows, cells) ?? rows;
  } catch {
    return null;
  }
}

/** A clerk's table of one text, a row per title, heading or paragraph (序号 / 类型 / 内容 / 备注): one record, its
 *  article the content column's cells, a line each, the other columns its fields. Null when the table has a title
 *  column: its rows are articles of their own. */
function tableOfParagraphs(rows: Record<string, string>[], header: string[]): object[] | null {
  if (header.some((c) => TITLE_KEYS.includes(c.toLowerCase()))) return null;
  const column = header.find((c) => ARTICLE_KEY_RE.test(c))!;
  const lines = rows.map((r) => (r[column] ?? "").trim()).filter(Boolean);
  const others = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== column)));
  return [{ [column]: lines, rows: others }];
}

/** The text of a crawler's export (each record's title, then its article, records parted by a blank line) and the
 *  fields left out; null when the text is no such export. */
export function readCrawlerExport(text: string): { text: string; removed: Removed[] } | null {
  const records = jsonRecords(text) ?? tableRecords(text);
  if (!records?.length || records.length > MAX_RECORDS) return null;
  const fields = records.map((r) => fieldsOf(r, []));
  // An export holds one article at least: a file of short values is some other data.
  if (!fields.some((fs) => fs.some((f) => textLength(f.value) >= MIN_ARTICLE_CHARS))) return null;
  const removed: Removed[] = [];
  const articles = withoutOtherArticles(
    fields.flatMap((fs) => articleOf(fs, removed) ?? []),
    removed,
  );
  const parts = articles.map(({ title, text: body }) =>
    title && !body.replace(/\s+/g, "").startsWith(title.replace(/\s+/g, "")) ? `${title}\n${body}` : body,
  );
  return { text: parts.join("\n\n"), removed };
}

/** The genres a speech of the export has; 通知/方案 and 其他 are no speech. */
const SPEECH_GENRES: ReadonlySet<Genre> = new Set(["讲话", "主持词", "表态发言", "致辞"]);
/** Words of one who speaks to hearers (we, you, comrades, thanks): a report about the site's work uses none (我县 and
 *  我局 it does). */
const ADDRESS_RE = /我们|咱们|大家|同志们|你们|各位|谢谢/;
/** A report of the site's news: at most this long (a speech printed under its report is longer). */
const MAX_REPORT_CHARS = 600;

/** The lines of a record's header where a speech addresses its room, under its speaker's line and date. */
const HEADER_LINES = 4;

/** What kind of other article the record is, or null when it may be a speech: a 通知 or 方案 by its title or its
 *  wording that addresses no room (a 情况通报 read out at a meeting under 同志们： is a speech of the meeting's), or a
 *  news item that opens on its date or dateline, is short and addresses no one. */
function otherArticle(article: Article, genre: Genre): string | null {
  const lines = linesOf(article.text);
  if (genre === "通知/方案")
    return lines.slice(0, HEADER_LINES).some((l) => isSalutation(l) || splitRunInSalutation(l)) ? null : "通知、方案";
  const first = lines[0] ?? "";
  const report =
    genre === "其他" &&
    (REPORT_OPENER_RE.test(first) || DATELINE_RE.test(first)) &&
    textLength(article.text) <= MAX_REPORT_CHARS &&
    !ADDRESS_RE.test(article.text);
  return report ? "新闻" : null;
}

/** The export's articles without the site's other articles (news items, notices) once one of them is a speech; each
 *  dropped article's title and lines are reported. */
function withoutOtherArticles(articles: Article[], removed: Removed[]): Article[] {
  if (articles.length < 2) return articles;
  const genres = articles.map((a) =>
    speechGenre({ title: a.title, blocks: linesOf(a.text).map((text) => ({ text })) }),
  );
  if (!genres.some((g) => SPEECH_GENRES.has(g))) return articles;
  return articles.filter((a, i) => {
    const kind = otherArticle(a, genres[i]!);
    if (!kind) return true;
    for (const text of [a.title ?? "", ...linesOf(a.text)])
      if (text && removed.length < MAX_REPORTED)
        removed.push({ text: text.slice(0, 200), reason: `${OTHER_ARTICLE}（${kind}）` });
    return false;
  });
}
