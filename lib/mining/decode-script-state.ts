// A page saved from a single-page app shows only its loading skeleton (加载中…, 打开APP阅读全文): the article is in
// a script, as the state the app starts from (window.__INITIAL_STATE__ = {"article":{"title":"…","content":"<p>…"}}),
// its text escaped as a JavaScript string. Where the shown text holds no article, the longest Chinese string of the
// page's inline scripts is taken as its body (the comments and recommended titles beside it are short strings), with
// the title its object gives. Nothing of the script is run: its string literals are read as JSON strings. A page
// pre-rendered for crawlers keeps the article in <noscript> instead, read first.
import { htmlToText } from "./decode-html";
import { cjkCount, isTitleLine } from "./outline-patterns";

/** Fewer Chinese characters than this shown: the page shows no article of its own. */
const SHOWN_ARTICLE = 150;
/** A script string this long in Chinese characters is an article's body. */
const ARTICLE_CHARS = 200;
const INLINE_SCRIPT_RE = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const STRING_RE = /"((?:[^"\\\n]|\\.){100,})"/g;
const TITLE_RE = /"(?:title|articleTitle|headline)"\s*:\s*"((?:[^"\\\n]|\\.){4,200})"/g;

/** A site's notice kept in its scripts (版权声明, 免责声明, 隐私政策): no article. */
const SITE_NOTICE_RE = /版权(?:声明|所有)|免责声明|隐私政策|用户协议|转载(?:请|须)注明|侵权/;

/** A JavaScript string literal's value (\uXXXX, \x41, \/ and \' included), or null. */
function stringValue(literal: string): string | null {
  const json = literal.replace(/\\x([0-9a-fA-F]{2})/g, "\\u00$1").replace(/\\'/g, "'");
  try {
    return JSON.parse(`"${json}"`) as string;
  } catch {
    return null;
  }
}

const NOSCRIPT_RE = /<noscript\b[^>]*>([\s\S]*?)<\/noscript>/gi;

/** A page pre-rendered for search engines keeps its article, as markup, inside <noscript>: the longest such block,
 *  if it reads as an article (sentences, not a site's menu and notice). */
function articleFromNoscript(html: string): string | null {
  let best = "";
  for (const [, inner] of html.matchAll(NOSCRIPT_RE)) if (cjkCount(inner!) > cjkCount(best)) best = inner!;
  if (cjkCount(best) < ARTICLE_CHARS) return null;
  const text = htmlToText(best);
  const sentences = text.match(/[。！？]/g)?.length ?? 0;
  return sentences >= MIN_SENTENCES && !SITE_NOTICE_RE.test(text) ? text : null;
}
const MIN_SENTENCES = 5;

/** The article a page's <noscript> or scripts hold, as text (its title first), when the page shows none; otherwise
 *  null. */
export function articleFromScripts(html: string, shownText: string): string | null {
  if (cjkCount(shownText) >= SHOWN_ARTICLE) return null;
  // Of a <noscript> copy and a script's state, the one with more text (a <noscript> may hold only the site's menu).
  const noscript = articleFromNoscript(html);
  const state = articleFromState(html);
  if (noscript && (!state || cjkCount(noscript) >= cjkCount(state))) return noscript;
  return state;
}

function articleFromState(html: string): string | null {
  let best: { body: string; script: string; at: number } | null = null;
  for (const [, script] of html.matchAll(INLINE_SCRIPT_RE)) {
    for (const m of script!.matchAll(STRING_RE)) {
      const body = stringValue(m[1]!);
      if (
        body &&
        !SITE_NOTICE_RE.test(body) &&
        cjkCount(body) >= ARTICLE_CHARS &&
        cjkCount(body) > cjkCount(best?.body ?? "")
      )
        best = { body, script: script!, at: m.index! };
    }
  }
  if (!best) return null;
  const text = /<\/?(?:p|div|br|span|strong|h[1-6]|section)\b/i.test(best.body) ? htmlToText(best.body) : best.body;
  // The title is the article's: of the script's titles, one that reads as a speech's title, or else the one nearest
  // the body (a site's own "title" may come first, and keys may be sorted with the title after the content).
  const titles = [...best.script.matchAll(TITLE_RE)].flatMap((m) => {
    const value = stringValue(m[1]!);
    return value ? [{ value, distance: Math.abs(m.index! - best.at) }] : [];
  });
  const title =
    titles.find((t) => isTitleLine(t.value))?.value ?? titles.sort((a, b) => a.distance - b.distance)[0]?.value ?? null;
  return title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
}
