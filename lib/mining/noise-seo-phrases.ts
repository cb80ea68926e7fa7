// A 文库's or a 范文 site's search phrase pasted inside the speech's sentences (…自己查不出来，2024年安全生产专项整治部署
// 会议讲话稿范文大全查出来了也不当回事): a keyword title ending in a 范文 word. Only where it comes back: its words are
// what its copies share before that word (a speech may name such a collection once, 搜一篇…讲话稿范文大全里的稿子).
// Such a phrase may come in 【】 too, set between two characters of a sentence (bracketedSeoPhrases). The phrases are
// cut where a page's title pasted into a sentence is (noise-injections.ts cutTitleInjections).
import { sharedEnd } from "./shared-runs";

const SEO_WORD_RE = /(?:范文(?:大全|精选|汇编|汇总|合集|模板|参考)|(?:精选|优秀|参考)范文|范文\d{1,2}篇)/g;
/** What may stand in such a phrase: no punctuation, no space. */
const PHRASE_CHAR_RE = /[^\s，。！？、；：,.!?;:“”"'（）()【】《》]/;
const MAX_PHRASE = 40;
const MIN_PHRASE = 12;
/** A phrase searched for a speech names its genre (…讲话稿范文大全); a speech's own 优秀范文 names none. */
const GENRE_RE = /讲话|发言|致辞|主持词|稿/;

/** The words before each copy of the 范文 word, as far back as a phrase may reach. */
function leftContexts(body: string): Map<string, string[]> {
  const byWord = new Map<string, string[]>();
  for (const m of body.matchAll(SEO_WORD_RE)) {
    let from = m.index;
    while (from > 0 && m.index - from < MAX_PHRASE && PHRASE_CHAR_RE.test(body[from - 1]!)) from--;
    const list = byWord.get(m[0]) ?? [];
    list.push(body.slice(from, m.index));
    byWord.set(m[0], list);
  }
  return byWord;
}

/** The search phrases pasted into the page's kept text (`body`, its lines joined by newlines). */
export function seoPhrases(body: string): string[] {
  const phrases = new Set<string>();
  for (const [word, befores] of leftContexts(body)) {
    const shared = befores.length >= 2 ? sharedEnd(befores) : "";
    if (shared.length + word.length >= MIN_PHRASE) phrases.add(shared + word);
  }
  return [...phrases].filter((p) => GENRE_RE.test(p));
}

/** 【校园安全工作会议讲话】 set into a sentence (…召开新学期【…】校园安全工作会议…, …走过场，【…讲话稿】台账…): a 范文 site's
 *  search phrase in brackets, a query of several words with no stop in it, ending in the genre it searches for. A
 *  speech's own 【典型案例】 heads a line or follows a stop; the campaign or list it names in brackets (开展【安全隐患大排查
 *  大整治】专项行动) ends in no genre word. */
const BRACKETED_PHRASE_RE = /(?<=[\u4e00-\u9fff，、])【([\u4e00-\u9fff0-9]{6,20})】(?=[\u4e00-\u9fff])/g;
/** A query ends in the genre it looks for (…安全讲话稿, …会议讲话, …发言稿, …致辞, …主持词). */
const GENRE_END_RE = /(?:讲话|发言|致辞)稿?$|主持词$/;
/** A speech's citation of a speech is no query: its speaker and meeting (市长在…会议上的讲话, …的讲话), or a host's cue
 *  (企业代表作表态发言). */
const CITATION_RE = /在|的(?:讲话|发言|致辞)稿?$|(?:长|记|任|表|人|理|席|志)作/;
/** …nor a bracket the sentence's grammar needs: the object of 学习/传达/落实/开展/请/把 (认真学习【…】精神). */
const GOVERNED_BEFORE_RE = /(?:学习|传达|贯彻|落实|开展|推行|组织|围绕|按照|根据|对照|编印|印发|转发|报送|请|把|将)$/;
const GOVERNED_AFTER_RE = /^(?:精神|要求|部署|活动|行动|专项|工作|作为|等)/;
/** The page's own evidence: at least this many such queries, pasted; a speech cites a speech once or twice. */
const MIN_GENRE_PHRASES = 2;

const isQuery = (m: RegExpMatchArray, body: string): boolean =>
  GENRE_END_RE.test(m[1]!) &&
  !CITATION_RE.test(m[1]!) &&
  !GOVERNED_BEFORE_RE.test(body.slice(Math.max(0, m.index! - 2), m.index)) &&
  !GOVERNED_AFTER_RE.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 2));

/** The bracketed search phrases inside the kept text's sentences (`body`), brackets and all: only those shaped like a
 *  query for a speech, and none unless the page pastes a few. The speech's other bracketed words stay. */
export function bracketedSeoPhrases(body: string): string[] {
  const queries = [...body.matchAll(BRACKETED_PHRASE_RE)].filter((m) => isQuery(m, body)).map((m) => m[0]);
  return queries.length < MIN_GENRE_PHRASES ? [] : [...new Set(queries)];
}

/** Every search phrase the page pasted into its kept text, bare or bracketed. */
export const searchPhrases = (body: string): string[] => [...seoPhrases(body), ...bracketedSeoPhrases(body)];

/** A content farm's chain of search keywords joined by _ or | at the head of a line (安全讲话稿_校园安全讲话稿_…,
 *  安全讲话稿|校园安全讲话稿|…), one joiner throughout, and the run of words that follows the last one. */
const KEYWORD_CHAIN_RE = /^(?:(?:[\u4e00-\u9fffA-Za-z0-9]{2,20}_){1,8}|(?:[\u4e00-\u9fffA-Za-z0-9]{2,20}[|｜]){1,8})/;
const WORDS_RE = /^[\u4e00-\u9fffA-Za-z0-9]+/;
const MIN_KEYWORD = 2;

/** What the line may hold after such a chain, from each point inside the run of words after its last _: the farm
 *  glues its header to the last keyword without a mark (…_开学安全会议讲话稿相关阅读：). A tail never starts past that
 *  run (…_隐患台账命名，并附相关资料： is a sentence). None when the line opens with no chain. */
export function afterKeywordChain(t: string): string[] {
  const chain = KEYWORD_CHAIN_RE.exec(t)?.[0];
  if (!chain) return [];
  const words = WORDS_RE.exec(t.slice(chain.length))?.[0] ?? "";
  const tails: string[] = [];
  for (let k = MIN_KEYWORD; k < words.length; k++) tails.push(t.slice(chain.length + k));
  return tails;
}
