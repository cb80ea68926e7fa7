// What a 范文 site sells and asks of its readers, set among a speech's lines: an advert for its paid service (a course,
// coaching, writing to order) with the way to buy it (a hotline, a WeChat id, 点此咨询), and its calls set into a
// sentence (…督办，更多精彩范文请访问某某网逐项跟踪…, …的巡检，复制内容请注明出处：某某网做好检测记录).
import { cut, type Ctx } from "./noise-fragments";
import { previewEndReason } from "./noise-preview-ends";
import { cjkCount } from "./outline-patterns";

/** A paid service: coaching, a crash course, writing to order, with its sales words. */
const SERVICE_RE =
  /辅导|押题|速成班|培训班|训练营|网课|一对一|1\s*对\s*1|定制服务|代写|名师|包过|(?:限时|超值|特价)优惠|优惠价|原价|特价/;
/** How to buy it: a hotline, a WeChat id to add, a button to ask, a code to scan. */
const BUY_RE =
  /咨询热线|咨询电话|(?:点此|点击|在线|免费)咨询|报名请?(?:加|添加|联系)|(?:加|添加)(?:客服)?(?:微信|VX|vx|QQ)|扫码(?:报名|咨询|购买)|(?:热线|电话|微信|QQ)\s*[：:]?\s*[\dA-Za-z]{5,}/;
/** A sentence's end, or a comma's piece of one, at the line's end: an advert ends in its number, its id or a frame. */
const SENTENCE_END_RE = /[。；;：:，,、]$/;
const SERVICE_AD_MAX = 60;

/** The reason of an advert line for a site's paid service (null: not one). A speech that tells people where to ask
 *  (各村要公布咨询热线…。) says it in a sentence, which ends in its stop, and sells nothing; a line in a hard-wrapped
 *  paragraph carries on the sentence above. */
export function serviceAdReason(t: string, inProse: boolean): string | null {
  if (inProse || t.length > SERVICE_AD_MAX || /[。；;]/.test(t) || SENTENCE_END_RE.test(t)) return null;
  return SERVICE_RE.test(t) && BUY_RE.test(t) ? "广告" : null;
}

/** The rule reasons of a line judged on its own before the general line rules: a paywall's preview end, an advert. */
export function siteSalesReason(t: string, inProse: boolean): string | null {
  return previewEndReason(t) ?? serviceAdReason(t, inProse);
}

/** A site's name with no bracket round it ends at its own 网 (站, 文库, an address): 更多精彩范文请访问笔耕公文网逐项… */
const SITE_NAME = "(?:www\\.[\\w.-]+|[\\u4e00-\\u9fffA-Za-z0-9]{1,10}?(?:网站?(?![络格点])|文库|公众号|\\.com|\\.cn))";
/** 更多精彩范文请访问某某网 / 复制内容请注明出处：某某网 set into a sentence: a call for more of a site's pages, or its
 *  copy note, with the site named. A speech's 更多信息请登录县政府网站查询 asks for no more 范文, and its 注明出处 names no
 *  site after a colon. */
const SITE_CALL_RE = new RegExp(
  "(?:更多(?:精彩|精品|优秀|免费|同类|相关)?(?:范文|好文|美文|文章|公文|讲话稿)[，,]?(?:请|敬请|欢迎)?(?:访问|登录|关注|搜索|浏览)" +
    "|(?:复制|转载|引用)(?:内容|本文|文章)?请(?:注明|保留)(?:出处|来源)[：:])\\s*" +
    SITE_NAME +
    "(?=[\\u4e00-\\u9fff])",
  "g",
);
/** The sentence around the call: a line of its own (>> 更多精彩范文，请关注某某网讲话稿频道 <<, 【温馨提示】更多精品范文
 *  请关注某某网，每日更新) is the line rules' whole, and cutting its middle would leave its frame as text. */
const SENTENCE_AROUND = 20;

/** Cuts a site's call or copy note out of the sentence it was set into, the sentence reading on after the site. */
export function cutSiteCalls(t: string, lineNo: number, ctx: Ctx): string {
  return cut(t, SITE_CALL_RE, "网站推广", lineNo, ctx, (m) => cjkCount(t) - cjkCount(m) < SENTENCE_AROUND);
}
