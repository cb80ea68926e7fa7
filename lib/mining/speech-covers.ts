// What a document puts around a speech that is not the speech: the cover of a set of meeting materials (会议名称 /
// 会议时间 / 主持人 … as short lines above the title), and a note that carries the speech (a 通知 that prints it, 现将…
// 讲话印发给你们; a 简报 that reports the meeting, then 附：…讲话; a poster's lead-in, 全文如下：); after it, what a poster adds
// once the speech has ended (以上。); in a recording, the host's lines around the speech (a poster's aside beside it
// and a paywall's teaser are in speech-asides.ts). All are reported as removed, not kept as blocks.
import {
  endsSentence,
  hasSentencePunct,
  isSpeechFurniture,
  isTitleLine,
  PIAN_RE,
  isSalutation,
  titleBeforeSalutation,
} from "./outline-patterns";
import { afterContents } from "./collection-contents";
import { speechGenre } from "./genre";
import { REASON_ASIDE, byWriter } from "./speech-asides";
import { headsSpeech } from "./speaker-titles";
import type { Paragraph, ParsedSpeech, RawSpeech, Removed } from "./types";
import { reportRemoved, speechText } from "./speech-units";

export const REASON_COVER = "标题之前的短行（封面、会议信息、菜单）";
export const REASON_COVER_NOTE = "印发讲话的通知或简报";

/** Short lines without a sentence in them: a cover's labels and values, a table's cells. */
const isCoverLine = (t: string) => t.length <= 40 && !hasSentencePunct(t) && !endsSentence(t);
const MIN_COVER_LINES = 3;

/**
 * One or two short lines above the title, each with the page's removed chrome between it and the line before or
 * after it: menu items the rules did not know (文档分类 between 首页 and 排行榜), an app's name under the window
 * title, a news headline and an account's line over a reprinted speech. A letterhead and a date alone above the
 * title have no such neighbour and stay.
 */
function amidChrome(paragraphs: Paragraph[], keep: number, removed: Removed[]): boolean {
  const removedBetween = (a: number, b: number) =>
    removed.some((r) => r.lineNo !== undefined && r.lineNo > a && r.lineNo < b);
  return paragraphs.slice(0, keep).every((p, k) => {
    const before = k > 0 ? paragraphs[k - 1]!.lineNo : 0;
    return (
      !isSpeechFurniture(p.text) &&
      (removedBetween(before, p.lineNo) || removedBetween(p.lineNo, paragraphs[k + 1]!.lineNo))
    );
  });
}

/**
 * The lines above a speech's title when there are several and none of them is a sentence (a cover), when one or
 * two of them sit amid the page's chrome, or when a title line is among them (a page's own headline over the
 * speech's title: the later title is the speech's). The line right above a ——subtitle is the speech's main title
 * and stays.
 */
export function withoutCover(raw: RawSpeech, removed: Removed[]): RawSpeech {
  const paragraphs = raw.paragraphs;
  // A title line is no prose, however long (a show's headline, 第47期｜…——…的讲话（录音）, over the player's words).
  const prose = paragraphs.findIndex((p) => !isCoverLine(p.text) && !p.hint?.speechTitle && !isTitleLine(p.text));
  const head = prose < 0 ? paragraphs : paragraphs.slice(0, prose);
  // Below the salutation a title-like line is the speech's (a photo's caption, 县委书记×××在推进会上讲话), not its title.
  const salutation = head.findIndex((p) => isSalutation(p.text));
  // A title run into its salutation (在…的讲话 同志们：) heads the speech as its own line would.
  const heads = (p: Paragraph) => headsSpeech(p) || !!titleBeforeSalutation(p.text);
  const at = head.findLastIndex((p, k) => heads(p) && (salutation < 0 || k < salutation));
  if (at < 1) return raw;
  const keep = /^[—–\-－]/.test(paragraphs[at]!.text) ? at - 1 : at;
  const cover = paragraphs.slice(0, keep);
  // A 发言摘登's speaker line heads its statement: what stands above the first one is the page's.
  if (paragraphs[at]!.hint?.speechTitle) return dropCover(cover, paragraphs.slice(keep), removed);
  // 第五篇：… over its title repeated: a collection's marker, which the parser reads; what stands above the first
  // marker (the page's headline over the collection, 主持词及领导讲话（3篇）) is the page's.
  // The collection's contents (篇一：… / 篇二：…) name its speeches and open none: the marker under them does, if any.
  const contents = afterContents(cover);
  const marker = cover.findIndex((p, k) => k >= contents && PIAN_RE.test(p.text));
  if (marker === 0) return raw;
  if (marker > 0 || contents > 0) {
    const from = marker > 0 ? marker : contents;
    for (const p of cover.slice(0, from)) removed.push({ text: p.text, reason: REASON_COVER, lineNo: p.lineNo });
    return { paragraphs: paragraphs.slice(from) };
  }
  // A headline counts only with chrome between it and the title, kept or already removed (县长张三在…讲话 right
  // above 在…讲话, or a blank line apart, is the fuller title, which the parser keeps).
  const headline = cover.findLast((p) => isTitleLine(p.text));
  const title = paragraphs[keep]!.lineNo;
  const apart = (p: Paragraph) =>
    cover.some((c) => c.lineNo > p.lineNo && c.lineNo < title) ||
    removed.some((r) => r.lineNo !== undefined && r.lineNo > p.lineNo && r.lineNo < title);
  if (
    headline
      ? !apart(headline) && cover.every((p) => isTitleLine(p.text))
      : cover.length < MIN_COVER_LINES && !amidChrome(paragraphs, keep, removed)
  )
    return raw;
  return dropCover(cover, paragraphs.slice(keep), removed);
}

function dropCover(cover: Paragraph[], rest: Paragraph[], removed: Removed[]): RawSpeech {
  for (const p of cover) removed.push({ text: p.text, reason: REASON_COVER, lineNo: p.lineNo });
  return { paragraphs: rest };
}

// 附：… / 附件2： / 材料之三：: the speech is an attachment of what comes before it.
const ATTACHED_TITLE_RE = /^(?:附(?:件\s*[\d一二三四五六七八九十]{0,2})?|材料之?[一二三四五六七八九十\d]{1,2})\s*[：:]/;
// 现将…讲话印发给你们 / 附上王总…的讲话全文 / 会议要求… / 会议指出…: a note that prints or forwards a speech, or reports
// the meeting in the third person.
const CARRIES_SPEECH_RE =
  /(?:印发|转发|刊发|编发)[^。]{0,12}(?:给你们|如下)|(?:附上|附后|发来|发去|转给)[^。]{0,24}讲话/;
/** A message that sends the speech on (…讲话全文发群里, 附上…表态发言的定稿, 请按此印发, 请审阅): words of a work group
 *  or an e-mail, which no meeting hears. Read here, on a unit the parser split off (a message of several lines under
 *  its own greeting, with the sender's name), beside the line rule `markForwardNotes` (a one-line note above the
 *  speech's own salutation, a 征求意见稿 sent round): each catches what the other's depth cannot see. */
const FORWARD_MESSAGE_RE =
  /发(?:到)?群里|发给(?:各位|大家)|附上[^。]{0,24}(?:讲话|发言|致辞|主持词)|请按此(?:稿)?(?:印发|下发|打印)|请(?:审阅|查收|审核|过目)/;
/** A meeting run or reported to in the room (现在开会, 下面，请院长讲话，大家欢迎, 我的汇报就到这里): no mail's words. */
const IN_THE_ROOM_RE = /现在开会|(?:下面|接下来)[，,]?(?:请|有请)|大家欢迎|汇报就?到这里/;
/** The message sends the speech itself on (现将邹总的讲话转发给大家), in a sentence naming it, and runs no meeting: a
 *  host's 会议材料已经发到群里 or a report's 整改方案已经发给大家，请审阅 is said to the room. */
function mailsSpeech(note: string): boolean {
  // (Neither pattern is anchored: a sentence matches only where the note it is cut from does, so that is tested first.)
  if (IN_THE_ROOM_RE.test(note) || !FORWARD_MESSAGE_RE.test(note) || !NAMES_SPEECH_RE.test(note)) return false;
  return note.split(/(?<=[。！？!?])/).some((x) => FORWARD_MESSAGE_RE.test(x) && NAMES_SPEECH_RE.test(x));
}
const NAMES_SPEECH_RE = /讲话|发言|致辞|讲稿|主持词|定稿/;
/** An e-mail's subject over its message (收件箱 > 转发：…的讲话): the message's line, not a speech's title. */
const MAIL_SUBJECT_RE = /^(?:[^>]{0,12}>\s*)?(?:转发|Fwd?|FW|回复|Re)\s*[：:]/i;
/** A meeting's salutation (同志们, 各位领导, 各位代表…): a speech's, never a message's. */
const MEETING_SALUTATION_RE = /同志|领导|代表|来宾|嘉宾|朋友们|老师们|同学们|乡亲|职工/;
// 关于印发王县长在全县…会议上的讲话的通知: the 通知's own title, which names what it prints.
const PRINTS_SPEECH_TITLE_RE =
  /^关于(?:印发|转发|刊发|编发)[^。！？]{2,80}(?:讲话|发言|致辞)[^。！？]{0,8}的?(?:通知|通报)$/;
const REPORTS_MEETING_RE = /会议(?:要求|指出|强调|认为|提出)|^会上，/;
/** A report's own words, in the third person (会上，…; 会议指出…), never a speaker's 按照会议要求. */
const REPORTED_AT_RE = /^会上[，,]|会议(?:指出|强调|认为)/;
const NOTICE_TITLE_RE = /^关于[^。！？]{2,60}的通知$/;

/** The unit says it prints or forwards the speech after it, in a sentence it keeps or one removed from it. */
function carriesSpeech(s: ParsedSpeech, next: ParsedSpeech, note: string, removed: Removed[]): boolean {
  if (CARRIES_SPEECH_RE.test(note) || PRINTS_SPEECH_TITLE_RE.test(s.title ?? "")) return true;
  const from = s.blocks[0]?.lineNo ?? 0;
  const to = next.blocks[0]?.lineNo ?? 0;
  return removed.some(
    (r) => r.lineNo !== undefined && r.lineNo >= from && r.lineNo < to && CARRIES_SPEECH_RE.test(r.text),
  );
}

// 全文如下（手打，有错字见谅）： / …。以下为致辞全文。 / 以下为讲话摘要： — the words that hand over to the speech (or its digest).
export const HANDS_OVER_RE =
  /(?:如下|全文|原文|原稿|讲话稿)[^。！？]{0,16}[：:]$|^(?:讲话)?(?:全文|原文)$|以下(?:为|是)[^。！？，]{0,8}(?:全文|原文|摘要|要点|摘登|摘编|节选)[。：:]?$/;
/** 下面是我起草的稿子，…：: an answerer's lead-in, under no title of its own and greeting no meeting (a 主持词's
 *  下面是县长讲话： is the host's). */
const LEAD_IN_RE = /(?:下面|以下)是[^。！？]{0,60}[：:]$/;
// 10月28日，我县召开… / …出席会议并讲话: a news lead of the meeting, which a site puts above the speech it prints.
/** A speaker's own words (我代表…, 我宣布…, 同志们): a short address of its own, never a reporter's lead (whose 我县
 *  is the paper's county). */
export const FIRST_PERSON_RE = /我(?![县市区镇乡省国局校厂])|大家|同志们/;
const NEWS_LEAD_RE =
  /会议(?:要求|指出|强调)|出席[^。，]{0,8}并(?:作|发表)?(?:讲话|致辞)|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,]?[^。]{0,40}(?:召开|举行|启动|开幕)/;

/** An encyclopedia's entry over the speech it gives as its example: its name is a kind of text (安全生产讲话稿), and its
 *  lead sentence defines it (安全生产讲话稿是…的文稿). A speech may open on its own title (安全在我心中，是…): its title
 *  names no kind of text. */
const TEXT_KIND_RE = /(?:稿|文体|公文|文书|范文)$/;
function definesTitle(s: ParsedSpeech): boolean {
  const title = s.title?.trim() ?? "";
  if (!TEXT_KIND_RE.test(title)) return false;
  const lead = s.blocks.find((b) => b.kind === "paragraph")?.text ?? "";
  return (
    title.length >= 2 &&
    lead.startsWith(title) &&
    /^(?:是|指|，是|，指|（[^（）]{1,30}）是)/.test(lead.slice(title.length))
  );
}

/** Words about a speech as a text someone passes round, reads or asks for (这篇讲话, 讲话稿, 讲话的是…, 让我给他写个讲话稿,
 *  求一篇…讲话, 两篇…讲话稿): a commentator's or a poster's. */
export const SPEAKS_OF_SPEECH_RE =
  /这篇(?:讲话|稿子)|一篇讲话稿|(?:这|那)?[两几三]篇[^。！？，]{0,12}(?:讲话稿|发言稿|稿子)|讲话的是|(?:让我|要我|叫我)[^。！？]{0,8}写(?:个|一篇|篇|一份)[^。！？]{0,12}讲话稿|给[^。！？]{1,8}写(?:个|一篇|篇|一份)[^。！？]{0,16}讲话|求(?:一篇|个|篇|一份)[^。！？]{0,16}讲话/;
/** 一篇街道安全会讲话稿（原创，…） / 分享两篇…: a poster's headline over the text he shares, never a speech's own title. */
const SHARED_TEXT_TITLE_RE =
  /^(?:分享|转发|转载|推荐)?(?:一|这|两|三|几)篇[^，。！？]{0,20}(?:讲话|发言|致辞|稿子|材料|范文)/;
/** 工友们，… / 同志们！: a paragraph opening on its hearers. */
const ADDRESS_RE = /^[^，。！？：]{0,12}们[，,！!：:]/;
const addresses = (s: ParsedSpeech) => s.blocks.some((b) => ADDRESS_RE.test(b.text));

/** A site's marks on a headline ([公文素材], （全文，可直接改用）, 精选): none of a speech's own title. */
const HEADLINE_MARK_RE = /[【\[（(]|全文|素材|范文|精选|可直接|收藏|下载|模板/;
/** `title` holds `speechTitle` word for word and a site's marks besides: a headline over the speech, not its own
 *  title (村支书在…的表态发言 over …的表态发言 is a speaker's title, and his text a speech). */
function restates(title: string, speechTitle: string): boolean {
  const [t, own] = [title, speechTitle].map((x) => x.replace(/\s+/g, ""));
  return own!.length >= 8 && t!.includes(own!) && HEADLINE_MARK_RE.test(t!.replace(own!, ""));
}

/** The speaker's name after his offices (区委副书记、区长方志远 → 方志远), never an office itself (…书记　县长). */
const SPEAKER_NAME_RE = /(?:长|书记|主任|委员|经理|主席|记者|代表)\s*([\u4e00-\u9fff]{2,3})$/;
const OFFICE_END_RE = /(?:长|书记|主任|委员|经理|主席|助理|记者|代表)$/;
/** A speech's own title (在…上的表态发言): its unit is a speech, whoever it names. */
const SPEECH_GENRE_TITLE_RE = /(?:讲话|发言|致辞|主持词|讲话稿)$/;
/** A reporter's verbs for what the official did and said. */
const REPORTED_DEEDS_RE = /(?:强调|指出|要求|察看|询问|带队|主持召开|出席|调研|检查时)/;
const MIN_NAMINGS = 2;

/** `note` speaks of the next speech's speaker by name, as a reporter does, twice or more. */
function reportsOn(note: string, speaker: string | null | undefined): boolean {
  const name = SPEAKER_NAME_RE.exec(speaker ?? "")?.[1];
  return (
    !!name && !OFFICE_END_RE.test(name) && note.split(name).length - 1 >= MIN_NAMINGS && REPORTED_DEEDS_RE.test(note)
  );
}

/** A forwarding message's paragraphs: its note, its sender's name, the earlier sender's note. */
const MAX_FORWARD_BLOCKS = 3;

/** Drops a note in front of a titled speech that prints or reports it; the speech keeps its own title.
 *  `titleLines[i]` is speech i's title line as written (附：… before cleaning). */
export function withoutCoverNotes(
  speeches: ParsedSpeech[],
  titleLines: (string | null)[],
  removed: Removed[],
): ParsedSpeech[] {
  if (speeches.length < 2) return speeches;
  const out: ParsedSpeech[] = [];
  for (let i = 0; i < speeches.length; i++) {
    const s = speeches[i]!;
    const next = speeches[i + 1];
    const note = speechText(s);
    const speech = next?.title ? speechText(next).length : 0;
    const last = s.blocks[s.blocks.length - 1]?.text ?? "";
    // A unit under a speech's own title (a 主持词, a 表态发言, a speech that relays a meeting) is a speech; only a
    // poster's lead-in says otherwise.
    const titled = isTitleLine(titleLines[i] ?? "") && !MAIL_SUBJECT_RE.test(titleLines[i] ?? "");
    const greets = s.blocks.some((b) => /^(?:各位|尊敬的|同志们)/.test(b.text));
    const handsOver = HANDS_OVER_RE.test(last) || (!titled && !greets && LEAD_IN_RE.test(last));
    // A message that forwards the speech may greet its readers (各位同事：) as no meeting is greeted; it is far shorter.
    const forwards =
      note.length * 3 < speech &&
      s.blocks.length <= MAX_FORWARD_BLOCKS &&
      FORWARD_MESSAGE_RE.test(note) &&
      !MEETING_SALUTATION_RE.test(s.salutation ?? "");
    // A 通知 that prints the speech (现将讲话印发给你们, though that sentence may have gone as a lead), its numbered
    // requests and its 主送 line under its own title; never a unit addressed to a meeting (a 通报 read out to it).
    const notice = speechGenre(s) === "通知/方案" || NOTICE_TITLE_RE.test(s.title ?? s.blocks[0]?.text ?? "");
    const printsIt =
      note.length < speech &&
      notice &&
      !MEETING_SALUTATION_RE.test(s.salutation ?? "") &&
      carriesSpeech(s, next!, note, removed);
    // A message that forwards the speech under a mail's subject (转发：…的讲话（请组织学习）) or greeting colleagues
    // (各位领导、同事：): its greeting is the mail's, however like a meeting's.
    const mailed =
      mailsSpeech(note) && ((!!next?.title && restates(s.title ?? "", next.title)) || /同事/.test(s.salutation ?? ""));
    // Short beside the speech, no salutation of its own (but a forwarder's), no outline.
    const plain =
      note.length < speech && (!s.salutation || forwards || mailed) && !s.blocks.some((b) => b.kind === "heading");
    const isNote =
      printsIt ||
      (plain &&
        (handsOver ||
          definesTitle(s) ||
          (!titled &&
            (CARRIES_SPEECH_RE.test(note) ||
              FORWARD_MESSAGE_RE.test(note) ||
              s.blocks.some((b) => PRINTS_SPEECH_TITLE_RE.test(b.text)) ||
              (ATTACHED_TITLE_RE.test(titleLines[i + 1] ?? "") &&
                s.blocks.some((b) => REPORTS_MEETING_RE.test(b.text))) ||
              // A report of the meeting (会上，…) over the speech it prints, where the line handing it over went
              // (现将讲话全文刊发如下).
              (carriesSpeech(s, next!, note, removed) && s.blocks.some((b) => REPORTED_AT_RE.test(b.text))) ||
              (note.length * 3 < speech && NEWS_LEAD_RE.test(note) && !FIRST_PERSON_RE.test(note)) ||
              // A page's head above the speech with no sentence of its own (an app's name, a headline, a byline).
              (note.length * 3 < speech && !s.blocks.some((b) => /[。！？!?]/.test(b.text)))))));
    // Someone's words beside the speech rather than a document that prints it: an author's comment on the speech he
    // gives below (这两天…都在转一篇讲话稿。讲话的是…; a short talk of its own addresses its hearers: 工友们，…准备了一篇
    // 讲话稿，我就不照着念了), or a sharer's few lines under a headline restating the speech's title (【素材】…的讲话（全文）).
    // A news report over the speech it prints, under its own headline: it names the speech's speaker again and again
    // and reports what he did and said (方志远带队…; 方志远在检查中强调，…); a 主持词 names him but greets the room, a
    // 表态发言 has a speech's title and a speaker of its own.
    const reports =
      plain &&
      !s.salutation &&
      !s.speaker &&
      !SPEECH_GENRE_TITLE_RE.test(s.title ?? "") &&
      speechGenre(s) !== "主持词" &&
      reportsOn(note, next?.speaker);
    // (A host who opens the meeting may speak of 这两篇讲话稿 to be printed after it: his words are the meeting's.)
    const aside =
      plain &&
      !addresses(s) &&
      !IN_THE_ROOM_RE.test(note) &&
      (((!titled || (SHARED_TEXT_TITLE_RE.test(s.title ?? "") && !s.speaker)) &&
        note.length * 2 < speech &&
        SPEAKS_OF_SPEECH_RE.test(note)) ||
        (titled && !!next?.title && restates(s.title ?? "", next.title) && note.length * 3 < speech));
    if (!isNote && !aside && !reports) {
      out.push(s);
      continue;
    }
    // A note that talks as the one who wrote the text (写领导讲话稿…改了四稿) is hers, whatever shape it has: an aside.
    reportRemoved(s, printsIt || reports || (isNote && !byWriter(note)) ? REASON_COVER_NOTE : REASON_ASIDE, removed);
  }
  return out;
}
