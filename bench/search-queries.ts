// The searches of the search benchmark, drawn the way clerks search (the mix was fixed before any figure was
// seen): words by their frequency in the corpus, two words, unspaced multi-word queries that jieba splits
// (城镇燃气隐患排查), quoted phrases taken from the library's own text, a few typos (which find nothing and so
// ask for near matches), the landing view (no query: the facets of the whole library), a category or other filter
// with no query, exclusions alone, and a word with an exclusion. About a third of the text queries carry a filter;
// each search has one of the four sorts. Each case is the query string the library page sends.
import { seededRandom } from "../lib/testing/seeded-random";
import { corpusVocabulary, drawWeighted, type GeneratedBlock } from "./search-corpus";

export type SearchCase = { kind: string; params: Record<string, string> };

const MIX: [kind: string, share: number][] = [
  ["word", 0.22],
  ["two-words", 0.12],
  ["unspaced", 0.12],
  ["phrase", 0.08],
  ["one-char", 0.03],
  ["typo", 0.05],
  ["landing", 0.15],
  ["filter-only", 0.13],
  ["exclude-only", 0.03],
  ["word-exclude", 0.07],
];
const SORTS: [sort: string, share: number][] = [
  ["relevance", 0.6],
  ["newest", 0.15],
  ["most_used", 0.15],
  ["recently_used", 0.1],
];
const FILTERED_SHARE = 0.35;

const drawShare = <T>(table: [T, number][], r: () => number): T => {
  let x = r();
  for (const [v, share] of table) if ((x -= share) < 0) return v;
  return table[table.length - 1]![0];
};

export function generateSearchCases(
  count: number,
  blocks: GeneratedBlock[],
  categoryKeys: string[],
  seed = 7,
): SearchCase[] {
  const r = seededRandom(seed);
  const v = corpusVocabulary();
  const word = () => drawWeighted(v.all, r);
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const cjkRun = (min: number, max: number) => {
    // A run of CJK characters from a block, as a clerk copies part of a sentence.
    for (;;) {
      const runs = pick(blocks).text.match(/[\u4e00-\u9fff]+/g) ?? [];
      const run = runs.filter((x) => x.length >= min)[0];
      if (!run) continue;
      const len = Math.min(run.length, min + Math.floor(r() * (max - min + 1)));
      const start = Math.floor(r() * (run.length - len + 1));
      return run.slice(start, start + len);
    }
  };
  const filter = (): Record<string, string> =>
    drawShare<Record<string, string>>(
      [
        [{ category: pick(categoryKeys) }, 0.4],
        [{ kind: "PARAGRAPH" }, 0.15],
        [{ placeholders: "1" }, 0.15],
        [{ minChars: "80", maxChars: "199" }, 0.15],
        [{ used: "1" }, 0.15],
      ],
      r,
    );
  const cases: SearchCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = drawShare(MIX, r);
    let q = "";
    let params: Record<string, string> = {};
    switch (kind) {
      case "word":
        q = word();
        break;
      case "two-words":
        q = `${word()} ${word()}`;
        break;
      case "unspaced":
        q = cjkRun(5, 9);
        break;
      case "phrase":
        q = `"${cjkRun(4, 8)}"`;
        break;
      case "one-char":
        q = pick([...word()]);
        break;
      case "typo": {
        const w = [...cjkRun(4, 5)];
        w[Math.floor(r() * w.length)] = pick([...pick(blocks).text.replace(/[^\u4e00-\u9fff]/g, "")]);
        q = w.join("");
        break;
      }
      case "filter-only":
        params = filter();
        break;
      case "exclude-only":
        q = `-${word()}`;
        break;
      case "word-exclude":
        q = `${word()} -${word()}`;
        break;
    }
    const filtered =
      ["word", "two-words", "unspaced", "phrase", "one-char", "typo"].includes(kind) && r() < FILTERED_SHARE;
    if (filtered) params = filter();
    const sort = kind === "landing" ? "relevance" : drawShare(SORTS, r);
    cases.push({
      kind: filtered ? `${kind}+filter` : kind,
      params: { ...(q ? { q } : {}), ...params, ...(sort === "relevance" ? {} : { sort }) },
    });
  }
  return cases;
}

/** The library page's request for a case. */
export const searchPath = (c: SearchCase) => {
  const p = new URLSearchParams(c.params).toString();
  return p ? `/api/blocks/search?${p}` : "/api/blocks/search";
};
