// What a speech cites in words a site's credit also uses, kept from the cuts that take the site's: a source in
// brackets that names a document's page (（来源：省安委办2024年第5期《安全生产工作简报》第3页）: a site credits an outlet,
// never a page of a document), and a site's address the speech itself names for its hearers (…预警平台（网址：www.…cn）,
// 园区门户网站www.…cn发布, 登录市教育局网站edu.…cn，在…): a watermark's address is pasted in with no word of the sentence pointing to it.
import { cut, SOURCE_NOTE_RE, type Ctx } from "./noise-fragments";
import { URL_RE } from "./noise-line-patterns";
import { previousLine } from "./noise-page-cards";

/** 《…简报》第3页 inside the source's bracket: a document's page, the document of a kind an office issues (简报, 通报,
 *  文件, 汇编…) under its issuer or its number (省安委办2024年第5期《…简报》). A site's collection cited by its page
 *  (（来源：笔友范文网《讲话稿精选》第3页）) is the site's credit: a 范文 or 讲话稿 book is no document, a site names itself. */
const DOCUMENT_PAGE_RE =
  /(?:第\s*[\d一二三四五六七八九十]{1,4}\s*期|[办局委厅部处室府院会所站队中心])\s*《[^》]{0,36}(?:简报|通报|通讯|快报|专报|文件|汇编|公报|年鉴|报告|纪要|通知|意见|方案|规划|办法|规定|细则|条例)》[^（）()《》]{0,20}第\s*[\d一二三四五六七八九十]{1,4}\s*页/;
const SITE_BOOK_RE = /(?<!电)网|本站|范文|讲话稿|文库|素材|精选|大全|合集|公众号/;

/** In corner brackets, which a speech quotes with, a credit names its outlet last (「来源：…安全生产专栏」); a speech's
 *  quoted label or phrase names none (注明「来源：群众举报」, 警惕「来自网络的谣言」). */
const CORNER_OUTLET_RE =
  /(?:专栏|网|网站|网络|站|号|平台|文库|客户端|中心|(?<![举汇通上申呈填预])报|频道|头条|微博|APP|\.com|\.cn|整理|提供|发布|编辑|收集|上传|转载)」$/i;
const quotedByCorner = (m: string) => m.startsWith("「") && !CORNER_OUTLET_RE.test(m);

/** Cuts a site's source notes from a line, keeping those that cite a document's page and a speech's quoted words. */
export const cutSourceNotes = (text: string, lineNo: number, ctx: Ctx): string =>
  cut(
    text,
    SOURCE_NOTE_RE,
    "来源作者信息",
    lineNo,
    ctx,
    (m) => (DOCUMENT_PAGE_RE.test(m) && !SITE_BOOK_RE.test(m)) || quotedByCorner(m),
  );

/** The word right before the address names it as a site's (网址：, 门户网站, 教育局网站, 官网, 政府网). */
const NAMED_RE = /(?:网址|网站|官网|政府网|主页)\s*[：:]?\s*[（(]?\s*$/;
/** An office's online platform names its address in brackets right after it (…安全监管平台（aqjg.…gov.cn）), an
 *  official one: a watermark glued after the word 平台 (…治理平台www.…com，) is none. */
const PLATFORM_RE = /平台\s*[（(]\s*$/;
const OFFICIAL_DOMAIN_RE = /\.(?:gov|org)\.cn(?:[/:）)]|$)/i;
const namedAsPlatform = (before: string, url: string) => PLATFORM_RE.test(before) && OFFICIAL_DOMAIN_RE.test(url);
/** …and nothing in its sentence speaks as a site of its own pages (更多范文请访问本站网址：…, 更多资料请到…网站…
 *  下载) or credits one (稿源：…网站; a speech's 更多信息可登录县政府网… names none). */
const SITE_WORDS_RE =
  /本站|本网|本文|本号|范文|文库|文秘|原文|转载|来源|稿源|出处|版权|更多(?:精彩|精品|优秀|免费)?(?:范文|好文|文章|资料|文档|公文|讲话稿|材料)/;
/** After the address the sentence goes on (发布, ，在…, ）, 。) or ends the line: a watermark's is pasted in anywhere. */
const RUNS_ON_RE = /^(?:[\u4e00-\u9fff，。；、：）)]|$)/;

function namedBySpeech(text: string, at: number, url: string): boolean {
  const before = text.slice(0, at);
  const sentence = before.slice(before.search(/[^。！？]*$/));
  return (
    (NAMED_RE.test(before) || namedAsPlatform(before, url)) &&
    !SITE_WORDS_RE.test(sentence) &&
    RUNS_ON_RE.test(text.slice(at + url.length)) &&
    /[，。；]/.test(text)
  );
}

/** Cuts the addresses from a line (a watermark's), but those the speech names. */
export function cutAddresses(text: string, lineNo: number, ctx: Ctx): string {
  URL_RE.lastIndex = 0;
  if (!URL_RE.test(text)) return text;
  URL_RE.lastIndex = 0;
  return text.replace(URL_RE, (m: string, at: number) => {
    if (namedBySpeech(text, at, m)) return m;
    ctx.removed.push({ text: m, reason: "水印", lineNo });
    return "";
  });
}

/** …报送县安委办邮箱txawb@ / tanxi-gov.cn，逾期不报…: an e-mail address the speech gives, cut by a hard wrap. Line i
 *  opens with the rest of the address (its domain, then a clause of the sentence) whose name and @, glued to the
 *  sentence, end the kept line above it: no footer's or watermark's address follows a line that stops at a bare @. */
export function wrappedAddressAt(texts: string[], verdict: (string | null)[], i: number): boolean {
  const prev = previousLine(texts, i);
  return (
    prev >= 0 &&
    !verdict[prev] &&
    NAME_AT_END_RE.test(texts[prev]!.trim()) &&
    DOMAIN_THEN_CLAUSE_RE.test(texts[i]!.trim())
  );
}
const NAME_AT_END_RE = /[\u4e00-\u9fff，、：:][A-Za-z0-9._%+-]{1,40}[@＠]$/;
const DOMAIN_THEN_CLAUSE_RE =
  /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.(?:com|cn|net|org|gov)(?:\.cn)?(?=[，。；、）)]?[\u4e00-\u9fff])/i;
