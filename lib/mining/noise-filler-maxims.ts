// A 简报's filler: a maxim under its label set between the paragraphs of its articles (【安全警句】宁可千日不松，不可一日
// 不防。), printed by the editor to fill the column. A speaker who quotes a maxim says so in his sentence, or refers to
// it in the next one (这句话请大家记在心里); a 班前会's own 【今日安全警句】 is a part of its programme, on a page that is
// no 简报. Such maxims stay.

/** 安全警句 / 安全生产格言警句 / 每日一句: the label of a maxim. */
const LABEL = String.raw`(?:[\u4e00-\u9fff]{0,6}(?:警句|格言|名言|箴言|警言|警语)|每日一句)`;
/** 【安全警句】… / ［安全警句］… / 安全警句：…: a maxim under its label, on the label's line or, the label alone, on the
 *  next. */
const LABELLED_RE = new RegExp(String.raw`^(?:[【[〖［]${LABEL}[】\]〗］]|${LABEL}[：:])\s*`);
/** 安全生产简报 / 第21期（总第236期） / …安全生产管理部编印: a 简报's masthead. */
const MASTHEAD_RE = /^\S{0,16}(?:简报|快报|通讯)$|^第\s*[\d一二三四五六七八九十]{1,4}\s*期|编印/;
/** How many of the page's first lines of text may hold its masthead. */
const MASTHEAD_REACH = 8;
/** 这句话请大家记在心里 / 这八个字…: the next sentence refers back to the maxim. */
const REFERS_BACK_RE = /^(?:这|此|上面这|刚才这)(?:一?句|两句|几句|条|段|则|些话|话|[一二三四五六七八九十几]个字)/;
const MAXIM_MAX = 60;
const REASON = "补白警句";

const nextText = (texts: string[], k: number) => {
  for (let j = k + 1; j < texts.length; j++) if (texts[j]!.trim()) return j;
  return -1;
};

/** The page is a 简报: its masthead stands among its first lines of text. */
function isBulletin(texts: string[]): boolean {
  const head = texts.map((t) => t.trim()).filter(Boolean);
  return head.slice(0, MASTHEAD_REACH).some((t) => t.length <= 40 && MASTHEAD_RE.test(t));
}

export function markFillerMaxims(texts: string[], verdict: (string | null)[]): void {
  if (!texts.some((t) => LABELLED_RE.test(t.trim())) || !isBulletin(texts)) return;
  texts.forEach((raw, k) => {
    const t = raw.trim();
    const label = LABELLED_RE.exec(t);
    if (!label || t.length > MAXIM_MAX || verdict[k]) return;
    // The label alone: the maxim is the next line, short and a sentence of its own.
    let last = k;
    if (label[0].length === t.length) {
      last = nextText(texts, k);
      const maxim = last >= 0 ? texts[last]!.trim() : "";
      if (!maxim || maxim.length > MAXIM_MAX - t.length || !/[。！!]$/.test(maxim) || LABELLED_RE.test(maxim)) return;
    }
    // Announced by the sentence above (…送大家一句话：) or referred to by the one below, it is the speaker's.
    let above = k - 1;
    while (above >= 0 && !texts[above]!.trim()) above--;
    if (above >= 0 && /[：:，,]$/.test(texts[above]!.trim())) return;
    const below = nextText(texts, last);
    if (below >= 0 && REFERS_BACK_RE.test(texts[below]!.trim())) return;
    for (let j = k; j <= last; j++) if (texts[j]!.trim()) verdict[j] ??= REASON;
  });
}
