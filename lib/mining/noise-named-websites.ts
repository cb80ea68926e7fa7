// A web address inside a kept line is a site's watermark (…对全县（拾穗范文网 www.x.com）危险化学品…, 录入一品范文网
// yipinfw.cn园区…), cut; but one that a speech's sentence names as the place to go is the speaker's and stays (家长可以
// 登录市教育局网站edu.x.gov.cn，在…栏目下载; 活动方案已在园区门户网站www.x.cn发布): its clause sends people to a
// 网站 or 官网 (登录, 访问, 在, 通过…) that the address follows at once, with no site's words (范文, 文库, 本文, 本站)
// in it, and the sentence runs on after it.
import type { Ctx } from "./noise-fragments";
import { URL_RE } from "./noise-line-rules";

/** The clause before the address: a verb that sends people somewhere, then a 网站 or 官网 right before it. */
const NAMED_SITE_RE =
  /(?:登录|登陆|访问|浏览|进入|打开|查询|通过|在|到|上)[^，。；！？,;!?\s]{0,16}(?:网站|官网|政府网)[：:]?$/;
/** A template site's own words in that clause: its call to read more of its pages (更多范文请访问网站…); a speech's
 *  更多信息可登录县政府网… names none. */
const SITE_WORDS_RE = /范文|文库|文秘|本文|本站|原文/;
/** After the address the sentence goes on (发布, ，在…, 。) or ends the line. */
const RUNS_ON_RE = /^(?:[\u4e00-\u9fff，。；、：）)]|$)/;
const CLAUSE_END_RE = /[，。；！？,;!?（(【[]/;

function namedBySpeech(text: string, at: number, url: string): boolean {
  const before = text.slice(0, at);
  let k = before.length - 1;
  while (k >= 0 && !CLAUSE_END_RE.test(before[k]!)) k--;
  const clause = before.slice(k + 1);
  return NAMED_SITE_RE.test(clause) && !SITE_WORDS_RE.test(clause) && RUNS_ON_RE.test(text.slice(at + url.length));
}

/** Cuts the web addresses of a kept line as watermarks, but for one the speech names as its site. */
export function cutWebAddresses(text: string, lineNo: number, ctx: Ctx): string {
  URL_RE.lastIndex = 0;
  if (!URL_RE.test(text)) return text;
  URL_RE.lastIndex = 0;
  return text.replace(URL_RE, (m: string, at: number) => {
    if (namedBySpeech(text, at, m)) return m;
    ctx.removed.push({ text: m, reason: "水印", lineNo });
    return "";
  });
}
