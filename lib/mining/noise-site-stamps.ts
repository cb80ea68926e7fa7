// What a site or an app sets into the middle of a sentence about itself, cut out and the sentence kept whole (the
// line rules would otherwise take the whole line for the site's, or leave the plug in the speech): its stamp in
// brackets, its name and its address (【蓝柏文库 doc.lanbaiku.com】, [某某范文网 www.x.cn]) or its address alone; and
// an app's plug to download it for more news (下载“××”APP，看更多本地新闻); a 微博 post's link (。O网页链接). A speech names no web address in brackets
// inside its words. It may send its hearers to an app (组织员工下载“安全云课堂”APP，看更多安全警示教育内容，每名员工…),
// the plug then the object of its verb and its clause going on; the site's stands apart from the words around it.
import { cjkCount } from "./outline-patterns";
import { needs } from "./regex-needs";
import { cut, type Ctx } from "./noise-fragments";

/** An address as a site prints it: www. or a host, and its top-level name. */
const DOMAIN = String.raw`(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]{2,40}(?:\.[A-Za-z0-9-]{1,40})*\.(?:com|cn|net|org|cc|top|vip|info|xyz|hk|tw|mo)(?:\.cn)?\/?`;
/** The bracket: a name of a few characters (no stop in it) before the address, or none. */
export const SITE_STAMP_RE = new RegExp(
  String.raw`[【\[［〔]\s*(?:[^【】\[\]［］〔〕\s，。；！？]{2,16}\s*)?${DOMAIN}\s*[】\]］〕]`,
  "g",
);
/** （港闻速递 gangman.hk）: in round brackets, the site's name in Chinese and its address, set into a sentence (a speech
 *  that points to a site names it before the bracket: …官网（www.…）, 登录（…）, …举报系统（…）, 中国政府网（…）). */
export const NAMED_SITE_STAMP_RE = new RegExp(
  String.raw`(?<!网站|官网|网址|平台|登录|访问|关注|号|网|系统|网页|主页|专栏|专区|客户端)[（(]\s*[\u4e00-\u9fff][\u4e00-\u9fff·]{1,15}\s*${DOMAIN}\s*[）)]`,
  "g",
);
/** A bracket a speech writes to point to a site, not a mirror's name on it: the address a government's (…gov.cn,
 *  labour.gov.hk), or the name a body's or the address's label (（省应急厅 jubao.yjt.gov.cn）, （劳工处 …）, （网址 …）). */
const POINTED_SITE_RE =
  /\.gov\.|[厅局部委办处署院所]\s*[A-Za-z]|政府|中心|协会|学会|网址|网站|域名|链接|官网|网页|主页/;
export const keepNamedStamp = (m: string) => POINTED_SITE_RE.test(m);

/** 下载“××”APP，看更多××新闻 / 打开××客户端，阅读更多精彩资讯: the app's name, then more news or content to read in it
 *  (a speech that asks its hearers to install an app says what to learn or report there, not 更多新闻); 打开××APP，阅读
 *  体验更佳 › (a phone page's prompt, glued before a paragraph once the page lost its breaks): the app read better in,
 *  which no speech says, with its link's arrow. */
export const APP_PLUG_RE = needs(
  ["更多", "体验更佳"],
  /(?:下载|打开|安装)\s*[“"「]?[\u4e00-\u9fffA-Za-z]{2,10}[”"」]?\s*(?:APP|App|app|客户端)(?:[，,]?\s*(?:看|查看|阅读|浏览|获取)更多[\u4e00-\u9fff]{0,6}(?:新闻|资讯|精彩内容|精彩|好文|内容)|[，,]?\s*(?:阅读|浏览|观看)?体验更佳(?:\s*[>›»]{1,2})?)/g,
);

/** Whether an app's plug APP_PLUG_RE found in a line stays: alone on its line, or little else there (the line rules
 *  judge it), or a part of the speaker's sentence: the object of a word before it (请大家打开…, 组织员工下载…) or a clause
 *  going on after it with a comma (…内容，每名员工…). The site's plug comes after a mark or at the line's start and is
 *  followed by a stop, the line's end or the sentence's words glued on (…看更多南渚本地新闻管理难度大。). */
export function keepAppPlug(line: string, plug: string): boolean {
  if (cjkCount(line.replace(plug, "")) < 8) return true;
  const at = line.indexOf(plug);
  const [before, after] = [line.slice(0, at).trimEnd().slice(-1), line.slice(at + plug.length).trimStart()[0] ?? ""];
  return /[\p{L}\p{N}]/u.test(before) || /[，,、；;]/.test(after);
}

/** 。O网页链接: a 微博 post's link, its icon read as an O, after the sentence it ends or on a line of its own (a sentence
 *  never says it). */
export const POST_LINK_RE = needs(["网页链接"], /(?<=[。！？!?”）)])\s*[OＯ]\s*网页链接\s*$|^\s*[OＯ]\s*网页链接\s*$/g);

/** A 范文 site's plug set into a sentence: 关注公众号“公文百事通”，免费领取海量范文, or its bracketed notice
 *  （公文百事通原创范文，未经授权禁止转载）; a mirror's 【广告】/【推广】 ad set into a sentence after a word or a comma,
 *  whole up to its call to get the app or to click, the sentence's words glued on after it (…较大以上事故，【广告】手机看
 *  新闻，请下载××App总体保持平稳。; …屡禁不止；【推广】…网上预约 点击进入›电动自行车…). Only the 【】 label: 「推广」 is a quotation; after a colon or in quotes the label
 *  heads a speech's item or a scam text it quotes (三块：【推广】组织职工下载…); an ad that runs on after its call
 *  (…App，享受更多… / …App看更多新闻) is left whole to the app rule; a line that is nothing else is left to the line rules. */
export const SITE_PLUG_RE = needs(
  // (The second branch's words stand in its lookahead: they are in the text all the same.)
  ["公众号", "禁止转载", "谢绝转载", "原创范文", "【广告】", "【推广】", "【赞助】"],
  /关注(?:微信)?公众号[“"「][^”"」]{2,16}[”"」][，,]?\s*(?:免费(?:领取|获取|下载)|(?:领取|获取)海量)[^，。；！？（）()]{0,12}(?:范文|资料|模板|材料)|[（(](?=[^（）()]{0,30}(?:禁止转载|谢绝转载|原创范文))[^（）()]{4,40}[）)]|(?<=[\u4e00-\u9fff，,；;])\s*【(?:广告|推广|赞助)】(?=[\u4e00-\u9fff])[^【】“”"「」《》。！？；;：:\n]{0,40}?(?:(?:下载|安装|打开)[^，,。！？“”"\n]{0,14}?(?:APP|App|app|客户端)|查看详情|了解详情|了解更多|立即下载|立即购买|点击查看|立即咨询|点击进入)(?:\s*[>›»]{1,2})?(?![看查阅浏获了享领更精])(?=[\u4e00-\u9fff][^\n]*?[，。；！？,;])/g,
);
/** Words of a speech's own item, not an ad's: it addresses the workers, the units, its hearers. */
const SPEECH_IN_AD_RE = /组织|引导|督促|动员|推动|要求|鼓励|职工|员工|群众|企业|单位|我们|大家|各级/;

/** Whether a plug SITE_PLUG_RE found stays: the whole line (the line rules judge it), or a labelled "ad" in a speech's
 *  words. */
export function keepSitePlug(line: string, plug: string): boolean {
  return plug.length === line.trim().length || (plug.includes("】") && SPEECH_IN_AD_RE.test(plug));
}

/** A note app's watermark with its poster's handle, set into a sentence against copying: 【原创勿搬@某某】 /
 *  （禁止搬运@某某）, the handle after a claim against reposting, wherever it stands; （某书@某某）, the app's name and the
 *  handle alone, between a clause's mark and the next clause, where a bracket glosses no word. A speech names an
 *  account right after the word it glosses (县应急管理局政务号（抖音@青川应急）), and claims no copy. */
const HANDLE = String.raw`@[^\s@（）()【】[\]〔〕，。；！？、：:]{2,20}`;
const IN_STAMP = String.raw`[^\s@（）()【】[\]〔〕，。；！？、：:]`;
const ACCOUNT_STAMP_RE = needs(
  ["@"],
  new RegExp(
    String.raw`[（(【[〔](?=${IN_STAMP}{0,10}?(?:原创|勿搬|禁止搬运|谢绝搬运|搬运|转载|盗图|盗用|侵权))${IN_STAMP}{0,12}${HANDLE}[）)】\]〕]` +
      String.raw`|(?<=[，、；,;])[（(【[〔]${IN_STAMP}{0,8}${HANDLE}[）)】\]〕](?=[\u4e00-\u9fff])`,
    "gu",
  ),
);

/** A speech's own bracket with a handle tells its hearers what to do (（侵权线索请私信@…）, 【举报转载侵权@…】), or
 *  glosses the account its sentence has just named (县里开通了政务账号，（抖音@青川应急）…): a watermark does neither. */
const ADDRESSES_HEARERS_RE = /请|私信|举报|联系|线索|关注/;
const ACCOUNT_NAMED_RE = /账号|政务号|公众号|视频号|头条号|官方号|抖音|快手|微博|小红书|关注/;
const speechsHandle = (text: string, m: string) => {
  const before = text.slice(0, text.indexOf(m));
  return ADDRESSES_HEARERS_RE.test(m) || ACCOUNT_NAMED_RE.test(before.slice(before.search(/[^。！？]*$/)));
};

/** 【绿叶范文】, 【某某文库】 between two words of a sentence (…系统升级【绿叶范文】和一键…): a writing site's name
 *  alone, its last words saying what it is, stamped into the text with no address. A speech brackets no 范文 site's
 *  name inside its words (its 《公文范文选编》 is a book's title, its 【范文】 a label opening a line, its 【优秀范文】
 *  a kind of text and no site). */
const WRITING_SITE_STAMP_RE = needs(
  ["范文", "文库", "公文网", "文秘网", "写作网"],
  /(?<=[\u4e00-\u9fff，、])【(?!优秀|精选|经典|参考|通用|推荐|标准|示范|模板|公文|讲话|发言)[\u4e00-\u9fff]{2,8}(?:范文网?|范文库|文库|公文网|文秘网|写作网)】(?=[\u4e00-\u9fff])/g,
);

/** Cuts such watermarks, and a writing site's bracketed name, from a line of text (a line that is nothing else is
 *  left to the line rules). */
export const cutAccountStamps = (text: string, lineNo: number, ctx: Ctx): string =>
  cut(
    cut(text, WRITING_SITE_STAMP_RE, "水印", lineNo, ctx),
    ACCOUNT_STAMP_RE,
    "水印（平台账号）",
    lineNo,
    ctx,
    (m) => m.length === text.trim().length || speechsHandle(text, m),
  );
