// An advert's card set into a page between the speech's paragraphs: its 广告 label, its headline and sub-lines, its
// button (了解详情, 立即咨询); and an app's card asking to follow an account. Lines that open a speech belong to none.
import { isPostedSpeakerLine, isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { previousLine } from "./noise-page-cards";
import { pageText } from "./page-line-views";

/** An app's ad card: 广告 · 不感兴趣 (or 广告 · the advertiser, with its tagline: 广告 · 某某防水 十年质保，上门免费检测;
 *  never a list's item, 广告·招牌：…) over the ad's headline and its button; or 广告 alone
 *  (「广告」, [广告], 推广, 赞助内容) over lines that end in a call to act (立即咨询, 查看详情). */
const AD_LABEL_RE = /^广告\s*[·・|｜]\s*[^·・|｜。；：:、]{1,30}$/;
const AD_ALONE_RE = /^[「【\[（(]?\s*(?:广告|推广|赞助(?:内容)?)\s*[」】\]）)]?$/;
const AD_ACTION_RE =
  /(?:立即|马上|点击)(?:咨询|购买|领取|下载|预约|抢购|投保|报名|体验)|查看详情|了解详情|了解更多|免费咨询|^免费(?:下载|领取|试用)$|[>＞›]$/;
const AD_WORD_RE = /广告|推广|赞助/;
const AD_CARD_LINES = 3;
const AD_LINE_MAX = 30;
const AD_HEADLINE_MAX = 40;
/** A button is a few words on a line of its own (立即下载, 了解详情 >, 去下载 >). */
const AD_BUTTON_MAX = 12;
const PROMOTION_BUTTON_RE = /[>＞›]$|长按|二维码/;
/** Ending in its button, a card may run longer: headline, sub-line, price, offer, button. */
const AD_CARD_MAX = 5;
/** What no ad card without its button holds: the speech's title, its speaker, its salutation, an outline's heading. */
const opensSpeech = (t: string) => isTitleLine(t) || isSalutation(t) || isPostedSpeakerLine(t) || !!parseEnumerator(t);

/** Marks each ad card: its label and the short lines under it down to its button (blank lines between them, as a
 *  page's boxes leave them); without a button, its first lines up to a blank line or a comma's piece of sentence. */
export function markAdCards(texts: string[], verdict: (string | null)[]): void {
  // Every label, alone or framed, says one of these words: a page without them holds no labelled card.
  const labels = AD_WORD_RE.test(pageText(texts));
  for (let i = 0; labels && i < texts.length; i++) {
    const label = texts[i]!.trim();
    const labelled = AD_LABEL_RE.test(label);
    if (!labelled && !AD_ALONE_RE.test(label)) continue;
    const lines: { j: number; gap: boolean }[] = [];
    let gap = false;
    for (let j = i + 1; j < texts.length && lines.length < AD_CARD_MAX; j++) {
      const t = texts[j]!.trim();
      if (!t) {
        gap = true;
        continue;
      }
      // An ad's headline may ask or exclaim (写材料没思路？…); a full stop or a semicolon is a sentence's.
      if (t.length > AD_HEADLINE_MAX || /[。；;]/.test(t)) break;
      lines.push({ j, gap });
      if (AD_ACTION_RE.test(t)) break;
    }
    const buttoned = lines.length > 0 && AD_ACTION_RE.test(texts[lines.at(-1)!.j]!.trim());
    // A headline longer than a card's line (…2000篇范文打包下载，各级会议讲话全覆盖) is the ad's only above its button:
    // a line of its own (立即下载), or the link's arrow ending the line (…免费试用3次>>). A sentence holding a button's
    // words (各商户要扫码登记，登记后可立即报名…) ends a speech's list broken into lines under its 广告 or 推广 lead-in.
    const button = buttoned ? texts[lines.at(-1)!.j]!.trim() : "";
    const ownButton = (button.length <= AD_BUTTON_MAX && !/[，,、]/.test(button)) || /[>＞›»]$/.test(button);
    const long = lines.findIndex((l) => texts[l.j]!.trim().length > AD_LINE_MAX);
    if (!(buttoned && ownButton) && long >= 0) lines.length = long;
    // No speech's line stands between an ad's label and its button (公文写作速成班：7天学会领导讲话稿 is the ad's).
    const cut = (l: { j: number; gap: boolean }, n: number) =>
      n >= AD_CARD_LINES || l.gap || /[，、,]/.test(texts[l.j]!) || opensSpeech(texts[l.j]!.trim());
    const end = buttoned ? -1 : lines.findIndex(cut);
    const card = (end < 0 ? lines : lines.slice(0, end)).map((l) => l.j);
    if (!labelled && !card.some((j) => AD_ACTION_RE.test(texts[j]!.trim()))) continue;
    // 推广 alone may head a speech's own list (推广 / “安全澄溪”小程序已上线 / 职工扫码可立即报名): only a card with an
    // app's button (长按识别二维码 立即参与 >) is a promotion.
    if (/推广/.test(label) && !card.some((j) => PROMOTION_BUTTON_RE.test(texts[j]!.trim()))) continue;
    // 赞助 alone may head an event's programme the speech announces (赞助 / 区燃气公司、区供电公司 / …可扫码报名): a
    // sponsor's card offers something (a price, a button's arrow) and lists no partners.
    if (/赞助/.test(label) && !sponsorsOffer(card.map((j) => texts[j]!.trim()))) continue;
    for (const j of [i, ...card]) verdict[j] ??= "广告";
  }
  if (labels) markFramedCards(texts, verdict);
  if (labels) markColonLabelledOffers(texts, verdict);
  markFollowCards(texts, verdict);
  markSourceAccountCards(texts, verdict);
  markProductCards(texts, verdict);
}

/** ▼ 推广 ▼ / …报名中，前50名赠模板包 >> / ▲ 推广 ▲: a card framed by its label above and below it, arrows, rules or
 *  brackets around the word. The closing label is the proof: a speech's own list under 推广 (or a heading 推广) has
 *  none, so the card's lines may be as long as an ad's offer runs. */
const FRAME_LABEL_RE = /^[▼▲▽△↓↑—–\-－=【\[「（(]+\s*(广告|推广|赞助|商业推广)\s*[▼▲▽△↓↑—–\-－=】\]」）)]+$/;
/** What makes the framed lines an offer (a price, a sign-up, a free gift, a button or link), not a host's agenda. */
const OFFER_RE = /[¥￥]|\d+\s*元|报名|优惠|特惠|限时|免费|赠|领取|扫码|咨询|热线|>>|»|立即|点击|了解更多/;
const FRAMED_LINE_MAX = 100;

function sponsorsOffer(card: string[]): boolean {
  if (card.some((t) => /[、]/.test(t))) return false;
  return card.some((t) => PROMOTION_BUTTON_RE.test(t) || /[¥￥]|\d+\s*元|优惠|特惠|限时|免费|直销|直供|低至/.test(t));
}

function markFramedCards(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const word = FRAME_LABEL_RE.exec(texts[i]!.trim())?.[1];
    if (!word) continue;
    const card: number[] = [];
    for (let j = i + 1; j < texts.length && card.length <= AD_CARD_MAX; j++) {
      const t = texts[j]!.trim();
      if (!t) continue;
      if (FRAME_LABEL_RE.exec(t)?.[1] === word) {
        if (card.length && card.some((k) => OFFER_RE.test(texts[k]!)))
          for (const k of [i, ...card, j]) verdict[k] ??= "广告";
        i = j;
        break;
      }
      if (t.length > FRAMED_LINE_MAX) break;
      card.push(j);
    }
  }
  markOpenFramedOffers(texts, verdict);
}

/** —————— 广告 —————— over one line that sells (…撰写，一对一服务。咨询微信：…, …小程序上线啦！… → 扫码体验) and no closing
 *  label: a frame of rules on both sides of the word, which no heading of a speech draws, and a seller's offer with a
 *  way to reach the seller. A speech's own line under it gives a duty (各乡镇要推广…，扫码即可上报) and stays. */
const OPEN_FRAME_RE = /^[—–\-－=▼▲↓]{2,}\s*(?:广告|推广|商业推广)\s*[—–\-－=▼▲↓]{2,}$/;
const SELLER_CHANNEL_RE = /微信|扫码|热线|电话|小程序|客服|[→>＞»]/;

function markOpenFramedOffers(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (!OPEN_FRAME_RE.test(raw.trim())) return;
    const next = texts.findIndex((t, k) => k > i && t.trim());
    const t = next >= 0 ? texts[next]!.trim() : "";
    if (!t || t.length > FRAMED_LINE_MAX || opensSpeech(t) || DUTY_RE.test(t)) return;
    if (!OFFER_RE.test(t) || !SELLER_CHANNEL_RE.test(t)) return;
    verdict[i] ??= "广告";
    verdict[next] ??= "广告";
  });
}

/** A shop's row under a product set into an answer (¥39.80　已售1.2万件　去购买 >): a price with a sale or a button. */
const PRICE_ROW_RE = /^[¥￥]\s*\d+(?:\.\d{1,2})?(?=.{0,40}(?:已售|去购买|立即购买|马上抢|券后|包邮)).{0,40}$/;
const PRODUCT_NAME_MAX = 30;

/** 立即下载（VIP免费）　单篇购买 ￥1.90: a paywall's row of buttons with its price (no sentence's commas), anywhere. */
const PAID_ROW_RE =
  /^(?=.{0,60}$)(?=[^。！？，,、；;：:]*[¥￥]\s*\d)[^。！？，,、；;：:]*(?:立即下载|单篇购买|立即购买|购买全文|开通VIP|开通会员|下载本文)[^。！？，,、；;：:]*$/;

/** 广告：注册安全工程师考前冲刺班，名师押题，不过退费！咨询电话 400-…: a line under the 广告： label selling something —
 *  a course, a product, a trial — with a number to call or the seller's pitch. A speech never labels its own line
 *  so; its sentences about 广告 (广告牌、户外广告设施…) carry no such label. */
const COLON_LABELLED_OFFER_RE =
  /^[【\[「(（]?广告[】\]」)）]?\s*[：:]\s*(?=.{4,80}$)(?=.*(?:咨询电话|服务热线|报名即送|免费试用|限时优惠|厂家直销|不过退费|名师押题|\d{3,4}-\d{3,4}-\d{4}))/;

/** A seller's pitch, which no speech's item makes; a number to call alone may end a speech's point on 广告 (广告：各区
 *  要对户外广告牌逐一排查…，举报电话 0571-…), which gives a duty, where an offer gives none. */
const PITCH_RE = /报名即送|免费试用|限时优惠|厂家直销|不过退费|名师押题/;
const DUTY_RE = /要|必须|严格|严禁|查处|整治|排查|监管|督促|各(?:区|县|市|乡镇|街道|部门|地|单位|级)/;

function markColonLabelledOffers(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (COLON_LABELLED_OFFER_RE.test(t) && (PITCH_RE.test(t) || !DUTY_RE.test(t))) verdict[i] ??= "广告";
  });
}

/** Marks a product's card: its price row and the name right above it (机关材料写作百日通（修订版）), a short line without a
 *  sentence that opens nothing of a speech. */
function markProductCards(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    if (PAID_ROW_RE.test(raw.trim())) verdict[i] ??= "付费/登录提示";
    if (!PRICE_ROW_RE.test(raw.trim())) return;
    verdict[i] ??= "广告";
    const k = previousLine(texts, i);
    if (k < 0) return;
    const name = texts[k]!.trim();
    if (!verdict[k] && name.length <= PRODUCT_NAME_MAX && !/[。，；,;！？]/.test(name) && !opensSpeech(name))
      verdict[k] = "广告";
  });
}

/** An app's card asking the reader to follow an account: its 推荐关注 label over the prompt (关注“澜州应急”，…). */
const FOLLOW_LABEL_RE = /^[「【\[]?推荐关注[」】\]]?\s*[：:]?$/;
const FOLLOW_PROMPT_RE = /^(?:欢迎)?关注[“"「][^”"」]{2,16}[”"」]/;

function markFollowCards(texts: string[], verdict: (string | null)[]): void {
  // Every label, prompt and button says 关注: a page without the word holds no follow card.
  if (!pageText(texts).includes("关注")) return;
  markOwnAccountPrompts(texts, verdict);
  texts.forEach((raw, i) => {
    if (!FOLLOW_LABEL_RE.test(raw.trim())) return;
    const next = texts.findIndex((t, k) => k > i && t.trim());
    const prompt = next >= 0 ? texts[next]!.trim() : "";
    if (prompt.length > 40 || !FOLLOW_PROMPT_RE.test(prompt)) return;
    verdict[i] ??= "关注卡片";
    verdict[next] ??= "关注卡片";
  });
}

/** 以下文章来源于华兴新材料 ，作者安环部: a reposted article's card of the account it came from, then that account's
 *  name and its one-line description. */
const SOURCE_ACCOUNT_RE = /^以下文章来源于\s*([^\s，,]{2,20})\s*[，,]/;
const ACCOUNT_BLURB_MAX = 60;
const SOURCE_LINE_MAX = 40;

function markSourceAccountCards(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const account = t.length <= SOURCE_LINE_MAX ? SOURCE_ACCOUNT_RE.exec(t)?.[1] : undefined;
    if (!account) return;
    // The card shows the account's name on the next line (a sentence that quotes a source does not).
    const name = texts.findIndex((x, k) => k > i && x.trim());
    if (name < 0 || texts[name]!.trim() !== account) return;
    verdict[i] ??= "转载来源卡片";
    verdict[name] ??= "转载来源卡片";
    // The account's description right under its name, before the article's first blank line.
    const blurb = texts[name + 1]?.trim() ?? "";
    if (blurb && blurb.length <= ACCOUNT_BLURB_MAX && blurb.includes(account)) verdict[name + 1] ??= "转载来源卡片";
  });
}

/** 关注“清河安全说”，每天一篇干货 set between a post's paragraphs: the post's own account asking to be followed — its
 *  name stands alone on a line of the post's header, by the header's 关注 button (the name, its date line, 关注),
 *  which no banner or subheading the speech's page shows (安全生产月 / 关注“安全生产月”，人人讲安全) has. */
const OWN_PROMPT_MAX = 40;
const FOLLOW_BUTTON_RE = /^[+＋]?\s*关注$/;
/** How far (in lines) from the 关注 button the account's name stands in a post's header. */
const HEADER_REACH = 3;

function markOwnAccountPrompts(texts: string[], verdict: (string | null)[]): void {
  const buttons = texts.flatMap((t, i) => (FOLLOW_BUTTON_RE.test(t.trim()) ? [i] : []));
  const byButton = (i: number) => buttons.some((b) => Math.abs(b - i) <= HEADER_REACH);
  const names = texts.map((t) => t.trim()).filter((t, i) => t.length >= 2 && t.length <= 16 && byButton(i));
  const alone = new Set(names);
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const name = t.length <= OWN_PROMPT_MAX ? /^(?:欢迎)?关注[“"「]([^”"」]{2,16})[”"」]/.exec(t)?.[1] : undefined;
    if (name && alone.has(name) && !/[。；]/.test(t)) verdict[i] ??= "关注卡片";
  });
}
