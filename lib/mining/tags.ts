// Tags beside the category: industry or field, season or occasion, administrative level (notes/domain.md).
// Dictionaries of signal words; a tag is given when one of its words occurs.

export const INDUSTRY_TAGS: Record<string, string[]> = {
  道路交通: [
    "道路交通",
    "交通运输",
    "公路",
    "客运",
    "货运",
    "酒驾",
    "醉驾",
    "超载",
    "超限",
    "两客一危",
    "校车",
    "驾驶人",
    "交通安全",
  ],
  危险化学品: ["危险化学品", "危化品", "化工", "化学品", "加油站", "涉爆", "液氨"],
  矿山: ["矿山", "煤矿", "非煤矿山", "尾矿库", "采石", "露天矿", "井下", "采空区"],
  消防: ["消防", "火灾", "电气火灾", "三合一", "高层建筑", "消防通道", "防火"],
  建筑施工: ["建筑施工", "施工工地", "工地", "脚手架", "深基坑", "高支模", "在建工程", "建筑工地", "施工现场"],
  城镇燃气: ["燃气", "液化气", "液化石油气", "天然气", "瓶装气", "管道气"],
  特种设备: ["特种设备", "电梯", "锅炉", "压力容器", "压力管道", "起重机械", "游乐设施"],
  烟花爆竹: ["烟花爆竹", "烟花", "爆竹"],
  工贸: ["工贸", "粉尘", "有限空间", "冶金", "涉氨制冷", "金属冶炼"],
  校园: ["校园", "学校", "学生", "幼儿园", "师生"],
  防汛: ["防汛", "汛期", "强降雨", "洪涝", "台风", "防洪", "水库"],
  地质灾害: ["地质灾害", "山体滑坡", "泥石流", "崩塌", "塌陷"],
  森林防火: ["森林防火", "森林草原", "林区", "野外用火", "山火"],
  人员密集场所: ["人员密集场所", "商场", "超市", "医院", "宾馆", "酒店", "景区", "养老机构", "娱乐场所", "农贸市场"],
  新业态: ["新业态", "外卖", "快递", "网约车", "电动自行车", "共享"],
};

export const OCCASION_TAGS: Record<string, string[]> = {
  一季度: ["第一季度", "一季度"],
  二季度: ["第二季度", "二季度"],
  三季度: ["第三季度", "三季度"],
  四季度: ["第四季度", "四季度"],
  春节: ["春节", "元旦", "两节", "节日期间", "节前"],
  两会: ["两会", "全国两会", "人代会"],
  汛期: ["汛期", "主汛期", "防汛"],
  国庆: ["国庆", "中秋"],
  岁末年初: ["岁末年初", "年末岁初", "年终岁尾", "岁末"],
  复工复产: ["复工复产", "节后复工", "复产"],
  安全生产月: ["安全生产月"],
};

export const LEVEL_TAGS: Record<string, string[]> = {
  "县/区": ["全县", "我县", "县委", "县政府", "全区", "我区", "区委", "区政府", "各乡镇", "乡镇"],
  市: ["全市", "我市", "市委", "市政府", "各县市区", "各区县"],
  省: ["全省", "我省", "省委", "省政府"],
  企业: ["我公司", "本公司", "全公司", "集团公司", "车间", "班组", "职工"],
};

/** A dictionary as one pass over the text: at every position the first word, longest first, that starts there (so
 *  that words overlapping each other are all seen); no word is a prefix of another tag's word. The words are indexed
 *  by their first character, in that order, which finds at each position the word an alternation of them would; a
 *  bit per UTF-16 code unit says whether any word starts with it, so that most characters cost one look-up. */
type CompiledTags = { starts: Uint8Array; byFirst: Map<number, string[]>; tagOf: Map<string, string>; order: string[] };

function compile(dict: Record<string, string[]>): CompiledTags {
  const tagOf = new Map<string, string>();
  for (const [tag, words] of Object.entries(dict)) for (const w of words) tagOf.set(w, tag);
  const byFirst = new Map<number, string[]>();
  const starts = new Uint8Array(0x2000);
  for (const w of [...tagOf.keys()].sort((a, b) => b.length - a.length)) {
    // A word is matched within one line: the title is read apart from the text it was joined to (tagBlock).
    if (!w || w.includes("\n")) throw new Error(`tag word "${w}" is empty or spans a line`);
    const first = w.charCodeAt(0);
    starts[first >> 3]! |= 1 << (first & 7);
    const list = byFirst.get(first);
    if (list) list.push(w);
    else byFirst.set(first, [w]);
  }
  return { starts, byFirst, tagOf, order: Object.keys(dict) };
}

const INDUSTRY = compile(INDUSTRY_TAGS);
const OCCASION = compile(OCCASION_TAGS);

/** Adds the tags of a dictionary whose words occur in the text to `found`. */
function findTags(c: CompiledTags, text: string, found: Set<string>): Set<string> {
  const { starts } = c;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!(starts[code >> 3]! & (1 << (code & 7)))) continue;
    const w = c.byFirst.get(code)!.find((w) => text.startsWith(w, i));
    if (w !== undefined) found.add(c.tagOf.get(w)!);
  }
  return found;
}

/** The tags of a dictionary whose words occur in the text, in the dictionary's order. */
function matching(c: CompiledTags, text: string): string[] {
  const found = findTags(c, text, new Set());
  return c.order.filter((t) => found.has(t));
}

/** The level words, indexed by first character for one pass over a speech: each entry with its level's index. */
const LEVELS = Object.keys(LEVEL_TAGS);
const LEVEL_WORDS = LEVELS.flatMap((tag, level) => LEVEL_TAGS[tag]!.map((word) => ({ word, level })));
const LEVEL_STARTS = new Uint8Array(0x2000);
const LEVEL_BY_FIRST = new Map<number, number[]>();
LEVEL_WORDS.forEach(({ word }, entry) => {
  const first = word.charCodeAt(0);
  LEVEL_STARTS[first >> 3]! |= 1 << (first & 7);
  LEVEL_BY_FIRST.set(first, [...(LEVEL_BY_FIRST.get(first) ?? []), entry]);
});

/** The level the speech is given at: the level whose words occur most often in the whole speech. A word's
 *  occurrences are counted without overlapping themselves (each is looked for after the end of the one before). */
export function speechLevel(speechText: string): string | null {
  const counts = new Array<number>(LEVELS.length).fill(0);
  /** Per word: where its next occurrence may start. */
  const next = new Array<number>(LEVEL_WORDS.length).fill(0);
  for (let i = 0; i < speechText.length; i++) {
    const code = speechText.charCodeAt(i);
    if (!(LEVEL_STARTS[code >> 3]! & (1 << (code & 7)))) continue;
    for (const entry of LEVEL_BY_FIRST.get(code)!) {
      const { word, level } = LEVEL_WORDS[entry]!;
      if (i >= next[entry]! && speechText.startsWith(word, i)) {
        counts[level]!++;
        next[entry] = i + word.length;
      }
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (let level = 0; level < LEVELS.length; level++) {
    if (counts[level]! > bestCount) {
      best = LEVELS[level]!;
      bestCount = counts[level]!;
    }
  }
  return best;
}

export function tagBlock(text: string, ctx: { title?: string | null; level?: string | null } = {}): string[] {
  return blockTagger(ctx)(text);
}

/**
 * tagBlock for the blocks of one speech: the title's occasion words are looked for once, not with every block.
 * (A word never spans the line break that joined title and text, so the occasions of the two are those of the
 * text and those of the title together.)
 */
export function blockTagger(ctx: { title?: string | null; level?: string | null } = {}): (text: string) => string[] {
  const titleOccasions = findTags(OCCASION, ctx.title ?? "", new Set());
  return (text) => {
    const tags = new Set<string>(matching(INDUSTRY, text));
    const occasions = findTags(OCCASION, text, new Set(titleOccasions));
    for (const t of OCCASION.order) if (occasions.has(t)) tags.add(t);
    if (ctx.level) tags.add(ctx.level);
    return [...tags];
  };
}

/** The tags each part of a split block keeps: the block's own, less an industry that another part names and this
 *  one does not (the tag came from that part's words). A tag no part names (a curator's, or one from the speech's
 *  title), and the occasion and the level, stay with every part. */
export function tagsOfParts(tags: readonly string[], parts: readonly string[]): string[][] {
  const named = parts.map((p) => new Set(matching(INDUSTRY, p)));
  return parts.map((_, i) =>
    tags.filter((t) => !(t in INDUSTRY_TAGS) || named[i]!.has(t) || !named.some((n, j) => j !== i && n.has(t))),
  );
}
