// The search API's contract: the query string of GET /api/blocks/search (values arrive as strings; category
// and tag may repeat), validated with Chinese messages, and the use case that answers it: one page of hits
// and the facet counts (from the library's copy in memory when it can count them, else in PostgreSQL beside the
// page), and near matches when nothing matched.
import { z } from "zod";
import { categoryIdsAsOf, categoryIdsForRefs } from "../categories/category-refs";
import { GENRES } from "../mining/genre";
import { chooseTextForm } from "./choose-text-form";
import { sourceFilterNames } from "./source-filter-names";
import { searchBlocks, type SearchFilters, type SearchSort } from "./search-blocks";
import { countInCopy, searchFacets, type Facets } from "./search-facets";
import { currentMirror } from "./library-mirror";
import { mirrorAnswers } from "./mirror-facets";
import { nearMatches } from "./near-matches";
import {
  countTypedTerms,
  hasSearchableWord,
  highlightTerms,
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  parseQuery,
} from "./parse-query";
import { MAX_SPEAKER } from "../speeches/limits";
import { optionalDay } from "../validation/day";

const id = (what: string) => z.string().trim().min(1, `${what}不能为空。`).max(100, `${what}无效。`);
const list = (what: string) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(100, `${what}无效。`)).max(50, `${what}最多选择 50 个。`));
const flag = (what: string) => z.enum(["1", "0"], { error: `${what}只能是 1 或 0。` }).transform((v) => v === "1");
const int = (what: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${what}必须是整数。` })
    .int(`${what}必须是整数。`)
    .min(min, `${what}不能小于 ${min}。`)
    .max(max, `${what}不能大于 ${max}。`);

export const SEARCH_SORTS = ["relevance", "most_used", "recently_used", "newest"] as const satisfies SearchSort[];

export const searchRequest = z
  .object({
    q: z
      .string()
      .max(MAX_QUERY_CHARS, `搜索词不能超过 ${MAX_QUERY_CHARS} 个字。`)
      .refine(
        (q) => countTypedTerms(q) <= MAX_QUERY_TERMS,
        `搜索词最多 ${MAX_QUERY_TERMS} 个（以空格分开的词、引号中的短语和排除词合计），请删去一些再搜索。`,
      )
      .refine(
        (q) => !q.trim() || hasSearchableWord(q),
        "搜索词里只有标点或符号，没有可以检索的字词（标点和符号不参与检索），请输入文字后再搜索。",
      )
      .default(""),
    category: list("类别").optional(),
    kind: z
      .preprocess(
        (v) => (typeof v === "string" ? v.toUpperCase() : v),
        z.enum(["HEADING", "PARAGRAPH"], { error: "类型只能是标题或段落。" }),
      )
      .optional(),
    tag: list("标签").optional(),
    document: id("来源文件").optional(),
    speech: id("来源讲话").optional(),
    genre: list("体裁")
      .pipe(z.array(z.enum(GENRES, { error: `体裁只能是${GENRES.join("、")}。` })))
      .optional(),
    minChars: int("字数下限", 0, 100_000).optional(),
    maxChars: int("字数上限", 0, 100_000).optional(),
    placeholders: flag("“含占位符”").optional(),
    used: flag("“用过”").optional(),
    meeting: id("会议").optional(),
    speaker: z.string().trim().max(MAX_SPEAKER, `讲话人不能超过 ${MAX_SPEAKER} 个字。`).optional(),
    notSpeaker: z.string().trim().max(50, "讲话人不能超过 50 个字。").optional(),
    // An empty since= (a cleared date field) is no filter.
    since: optionalDay("起始日期").optional(),
    curated: flag("“已精选”").optional(),
    favourite: flag("“我的收藏”").optional(),
    sort: z.enum(SEARCH_SORTS, { error: "排序方式无效。" }).default("relevance"),
    page: int("页码", 1, 10_000).default(1),
    pageSize: int("每页条数", 1, 100).default(20),
  })
  .refine((r) => r.minChars === undefined || r.maxChars === undefined || r.minChars <= r.maxChars, {
    message: "字数下限不能大于上限。",
    path: ["minChars"],
  });

export type SearchRequest = z.infer<typeof searchRequest>;

export function searchFilters(r: SearchRequest, userId: string): SearchFilters {
  return {
    categoryIds: r.category?.length ? r.category : undefined,
    kind: r.kind,
    tags: r.tag?.length ? r.tag : undefined,
    curated: r.curated,
    sourceDocumentId: r.document,
    sourceSpeechId: r.speech,
    genres: r.genre?.length ? r.genre : undefined,
    minChars: r.minChars,
    maxChars: r.maxChars,
    hasPlaceholders: r.placeholders,
    used: r.used,
    usedInMeetingId: r.meeting,
    usedBySpeaker: r.speaker || undefined,
    notUsedBySpeaker: r.notSpeaker || undefined,
    usedSince: r.since ?? undefined,
    favouriteOfUserId: r.favourite ? userId : undefined,
  };
}

/**
 * One page of the library for a signed-in user: hits, the words to highlight, the facet counts, near matches.
 * Categories may be named by key (as the library's URLs do), by id, or by a merged category's key or id.
 */
export async function searchLibrary(request: SearchRequest, userId: string) {
  // Resolving the categories' names changes which blocks the filters select, not whether the copy can count them.
  // The copy's catch-up brings the categories' fingerprint: the rows read before serve while it holds (no round
  // trip of their own); without the copy, they are read first.
  const copy = mirrorAnswers(searchFilters(request, userId)) ? await currentMirror() : null;
  const refs = request.category ?? [];
  const categories = !refs.length
    ? undefined
    : copy
      ? await categoryIdsAsOf(refs, copy.categories)
      : await categoryIdsForRefs(refs);
  const r = categories ? { ...request, category: categories } : request;
  const filters = searchFilters(r, userId);
  // Parsed once (jieba segments long words) for the page, the facets and the near matches.
  const parsed = parseQuery(r.q);
  const page = { query: r.q, parsed, filters, sort: r.sort, limit: r.pageSize, offset: (r.page - 1) * r.pageSize };
  const counted =
    copy && countInCopy(copy, parsed, filters, { sort: r.sort, offset: page.offset, limit: page.limit, query: r.q });
  // Names only for a source filter, which the copy never answers: nothing to run beside.
  const sourceNames = await sourceFilterNames({ document: r.document, speech: r.speech });
  let facets: Facets;
  let found: Awaited<ReturnType<typeof searchBlocks>>;
  if (counted) {
    // Counted in memory, and the page made there too (mirror-page.ts), but for the landing view, which walks the
    // library's order in PostgreSQL (no words: the text form does not matter).
    facets = counted.facets;
    found =
      !facets.total || counted.page
        ? { hits: counted.page ?? [], terms: highlightTerms(parsed) }
        : await searchBlocks({ ...page, matches: facets.total });
  } else {
    const form = await chooseTextForm(parsed, filters);
    [found, facets] = await Promise.all([searchBlocks({ ...page, form }), searchFacets(r.q, filters, parsed, form)]);
  }
  // Nothing at all: offer the closest blocks rather than an empty page.
  // The copy counted in is the one caught up for this search: the near matches need not catch it up again.
  const near = facets.total === 0 && r.q.trim() ? await nearMatches(r.q, filters, parsed, copy) : [];
  return { ...found, facets, page: r.page, pageSize: r.pageSize, nearMatches: near, sourceNames };
}
