// What a 范文 site asks of its readers, set into a speech's sentence (…督办，更多精彩范文请访问某某网逐项跟踪…,
// …的巡检，复制内容请注明出处：某某网做好检测记录). An advert line for a site's paid service (辅导, 培训班 with 咨询热线) is
// not read here: its words are a safety speech's own (一对一帮扶, 心理辅导, 开通咨询热线, 举报电话12315), in its
// headings and titles too, and nothing but those two word lists told the advert apart; such adverts leak.
import { cut, type Ctx } from "./noise-fragments";
import { cjkCount } from "./outline-patterns";

/** A government body's site, account or intranet (县总工会网站, 省应急管理厅网站, 县应急管理局公众号, 政务内网): the
 *  speaker's own pointer, never a 范文 site's brand. */
const GOV_SITE_RE = /(?:(?:政府|政务|局|厅|委|办|工会|中心|部)(?:网站?|公众号)|内网)$/;
/** A site's name with no bracket round it ends at its own 网 (站, 文库, an address): 更多精彩范文请访问笔耕公文网逐项… */
const SITE_NAME = "(?:www\\.[\\w.-]+|[\\u4e00-\\u9fffA-Za-z0-9]{1,10}?(?:网站?(?![络格点])|文库|公众号|\\.com|\\.cn))";
/** 更多精彩范文请访问某某网 / 复制内容请注明出处：某某网 set into a sentence: a call for more of a site's pages, or its
 *  copy note, with the site named. A speech's 更多信息请登录县政府网站查询 asks for no more 范文, its 更多相关文章请关注某某局公众号
 *  names a government body, and its 注明出处 names no site after a colon. */
const SITE_CALL_RE = new RegExp(
  "(?:更多(?:精彩|精品|优秀|免费|同类|相关)?(?:范文|好文|美文|讲话稿)[，,]?(?:请|敬请|欢迎)?(?:访问|登录|关注|搜索|浏览)" +
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
  return cut(
    t,
    SITE_CALL_RE,
    "网站推广",
    lineNo,
    ctx,
    (m) => cjkCount(t) - cjkCount(m) < SENTENCE_AROUND || GOV_SITE_RE.test(m),
  );
}
