// Asides set into a speech's sentences by someone other than the speaker, cut out and the sentence kept whole: an
// editor's or a saver's bracketed note, a 范文's hint to its copier, a record's stage directions and a reading copy's
// delivery cues, a reader app's highlight counts, a note keeper's marks, a co-editor's cursor label. Each names who
// put it there in its own words; a speech's own brackets ((一), （试行）, （2024年）, 【典型案例】, （注：…）) stay.
import { cut, type Ctx } from "./noise-fragments";
import { mayMatch, needs } from "./regex-needs";
import { NOTE_LABEL_RE } from "./noise-follow-cards";
import { EDITOR_NOTE_CHARS } from "./noise-line-patterns";
import { COPIER_NOTE_RE, speakersOwnBracket } from "./noise-copier-asides";
import { isPostedSpeakerLine, isSalutation, splitRunInSalutation } from "./speech-frame-lines";
import { GLUED_CREDIT, gluedCreditOf, INLINE_CAPTION_RE } from "./noise-glued-credits";
import { cutInlineButtons } from "./noise-inline-buttons";
import { commentersOf } from "./noise-named-comments";
import { cutBracketedRevisions, cutInlineComments, cutSealMarks } from "./noise-document-marks";
import { cutOpeningOffset, setsRecordingTimeCodes, TIME_CODE } from "./noise-transcript-tools";

/** An editor's note in brackets: （编者注：…）, 【小编提示：…】, 【编者按】, （有删节）, （根据录音整理）, （未经本人审阅）;
 *  whoever saved or reposted it: 【藏者按：…】, （博主按：…）, [楼主注：…], 〔馆主注：…〕, a blogger's nickname's 【老周注：…】,
 *  a poster's note signed at its end (（念到这里…就不写了。——老周注）; an author's ——作者注 or a quoter's ——引者注 stays)
 *  (a speech's own （注：…）, [注：数据截至…], （小计按：…） and （考核结果按：…） stay: on a personal library's page only,
 *  SAVER_NOTE_RE);
 *  （此处…已删去）; a draft's tracked changes copied as text: 【删除：…】 (the deleted words), 【批注：…】 (a reviewer's
 *  comment); and a clerk's own notes on a draft in words: 【待核：数字换成最新的】, 【数据待核：以月报为准】 (with 数据/时间/名单… before
 *  待核 only a note that says what to do: 以…为准, 换成…, 请…; 【名单待补：王某、李某等10名同志】 and 【时间待定：3月中旬】 hold
 *  the speech's names and dates, and stay),
 *  【数据待安环部核实】, 【待核实，定稿前删除】 (what to do with the draft after the comma: 【待定，3月中旬】 holds a date),
 *  (【待核：1263】 holds the figure, and stays), 【注：伤亡数字已同统计科核实】 (a note that the figures were checked; a speech's [注：…] says none);
 *  a reader's or a course's study mark: （划重点‼️）, 【敲黑板】, 【考点】, 【高频考点】 (no speaker brackets his own words so;
 *  a 考点 in round brackets is a speech's gloss on a place, 各考区（考点）要…, and stays). */
export const EDITOR_NOTE_RE =
  /[（(][^（）()【】[\]\n]{2,120}[。！？][—―－-]{1,2}\s*(?!作者|笔者|引者|译者)[\u4e00-\u9fff]{0,4}[^\s关备批标附](?:注|按)[）)]|[（(【[〔](?:藏者|转者|转载者|收藏者|保存者|馆主|博主|楼主|小编|[老阿][\u4e00-\u9fff]|小(?![计结标字节项])[\u4e00-\u9fff])(?:注|按)[：:][^（）()【】[\]〔〕\n]{1,80}[）)】\]〕]|[（(【[〔](?:编者注|编者按|编注|小编注|责编注|小编提示|编者提示|小编说明|编者说明)[：:]?[^（）()【】[\]〔〕\n]{0,80}[）)】\]〕]|[（(【[](?:删除|批注|修订)[：:][^（）()【】[\]\n]{0,80}[）)】\]]|[【[](?:待核|待定|待补|待改|待查|存疑|核实|备注|我的备注|修改意见)[：:](?=[^】\]\n]{0,80}[\u4e00-\u9fff]{2})[^（）()【】[\]\n]{0,80}[】\]]|[【[](?:数据|数字|口径|时间|日期|提法|表述|名单)(?:待[\u4e00-\u9fff]{0,6}?(?:核实|核对|确认)|待核|待定|待补|待改|待查|存疑|核实)[：:](?=[^】\]\n]{0,40}?(?:以[^】\]\n]{1,20}为准|换成|换为|改为|改成|替换|更新|最新|补齐|核对|请))[^（）()【】[\]\n]{0,80}[】\]]|[【[]注[：:](?=[^】\]\n]{0,40}(?:已与|已同|已经|已按)[^】\]\n]{0,20}(?:核对|核实|校对|确认|更新))[^（）()【】[\]\n]{0,80}[】\]]|[（(【[](?:温馨提示|友情提示)[：:][^（）()【】[\]\n]{0,80}?(?:使用|删除|范文|本文|下载|核对|参考)[^（）()【】[\]\n]{0,80}[）)】\]]|[【[][\u4e00-\u9fff×]{0,8}待(?:[\u4e00-\u9fff×]{0,6}(?:核实|核对|确认|补充)|[核查定补改])(?:[，,；;](?=[^】\]\n]{0,16}(?:定稿|发稿|印发|成稿|送审|删除|删去|去掉))[^（）()【】[\]\n]{1,20})?[】\]]|[（(【[](?:此处)?有删节[）)】\]]|[（(【[]此处[^（）()【】[\]\n。]{0,30}(?:删去|删除|略去|省略|从略)[^（）()【】[\]\n]{0,6}[）)】\]]|[（(【[](?:根据录音整理|未经本人审阅|本文有删节)[）)】\]]|【(?:点评|评析|讲评|旁批|眉批|批语)[：:][^【】\n]{1,200}】|[（(【[](?:划重点|敲黑板|重点来了)[！!‼\uFE0F]*[）)】\]]|[【[](?:考点|必考点|高频考点|常考点)[！!‼\uFE0F]*[】\]]/g;

/** A 范文's hints to whoever copies it: 【写作提示：…】, 【结尾提示：…】 between paragraphs, and （此处可插入本单位典型事故案例）,
 *  （以下数据请替换为本单位统计口径） inside sentences. Words that tell the copier to adapt the text, never a speaker's. */
export const TEMPLATE_NOTE_RE =
  /[【[](?:写作|修改|使用|结尾|开头|开场|段落|本段|撰写)?(?:提示|要点|说明|建议)[：:][^【】[\]\n]{0,120}[】\]]|[（(【[][^（）()【】[\]\n。]{0,24}(?:可根据|请根据|根据本单位|请替换|替换为|可替换|可插入|请插入|可列举|请列举|请按|按本单位|请填写|自行修改|自行调整|可结合本)[^（）()【】[\]\n]{0,30}[）)】\]]/g;

/** 小编提示：文中的统计数据请…替换后使用。 glued to the start of a paragraph: the tip's sentence alone, the
 *  paragraph after it the speech's (a line of nothing but the tip is the line rules' editor's note, noise-line-rules.ts). */
export const GLUED_TIP_RE = needs(
  /(?:小编|编辑)(?:友情)?(?:提示|提醒)[：:]/,
  /(?<=^\s*)(?:小编|编辑)(?:友情)?(?:提示|提醒)[：:][^。！？\n]{0,40}(?:讲话稿|范文|本文|文中|数据|使用)[^。！？\n]{0,30}(?:替换|修改|参考|调整)[^。！？\n]{0,30}[。！？](?=\s*[\u4e00-\u9fff])/g,
);

/** What a record notes of the hall (掌声, 笑声) and a reading copy tells its reader to do (停顿, 加重语气, 看台下):
 *  words about the delivery, none a speaker says. */
const CUES =
  "(?:热烈的?|长时间)?(?:掌声|鼓掌|笑声|众笑|全场笑|停顿|稍停|稍顿|稍作停顿|脱稿讲话|脱稿|插话|加重语气|语气加重|重读|语速放慢|放慢语速|放慢|语气放缓|环视会场|环视全场|环视|看台下|看向台下|望向台下|目视台下|提高音量|提高声音)";
/** The cues a record writes in round brackets, alone or with a word or two after them (（停顿，环视会场）); in 【】 a
 *  teleprompter's cue stands alone (【放慢】), and a bracket listing steps (（环视、鸣笛、起步）) is the speech's. */
const RECORD_CUES =
  "(?:热烈的?|长时间)?(?:掌声|鼓掌|笑声|众笑|全场笑|停顿|稍停|稍作停顿|脱稿讲话|脱稿|插话|加重语气|语气加重|重读|语速放慢|放慢语速|环视会场|环视全场)";
/** Who breaks in, as a record names him: a leader by his post, or the hall (会场插话, 台下插话, 与会人员插话). */
const INTERJECTOR =
  "(?:[\\u4e00-\\u9fff]{1,4}(?:书记|县长|市长|区长|镇长|乡长|局长|主任|经理|同志)|会场|台下|场下|现场|与会(?:者|人员|同志)|有人|众人)";
/** A recording's stage directions: （掌声）, （热烈掌声）, （笑声）, （停顿）, （脱稿讲话）, an interjection as a record writes
 *  it (（插话：对，考核要硬起来。）, （王书记插话：…。）, （会场插话：…。）; a rule in brackets, （不随意插话：…）, stays); and a
 *  reading copy's cues for the leader's delivery: （加重语气）, （语速放慢）, （环视会场）, and a teleprompter's 【停顿】, 【看台下】,
 *  【放慢】 (a cue word alone in the bracket: 【典型案例】 and other heads of a speech's own stay); a transcribing app
 *  writes the hall's noise in square brackets, [笑声], [掌声]. */
export const STAGE_DIRECTION_RE = new RegExp(
  `[（(]${RECORD_CUES}(?:[，、][^（）()\\n]{0,8})?[）)]|【${CUES}】|[[［]${RECORD_CUES}[\\]］]|[（(]${INTERJECTOR}?插话[：:][^（）()\\n]{1,80}[。！？][）)]`,
  "g",
);

/** A transcriber's note where the recording failed him: （录音这里听不清）, （此处录音听不清）, （录音中断）, 【音频缺失】,
 *  〔录音中断约10秒〕: it names the recording, then at most the place, and the bracket closes on the failure (or on how
 *  long it lasted). A speech's own bracket about hearing or records (（听不见、看不到）, （听不清对方说话）, （录音录像中断）,
 *  （录音缺失的）案卷) names no recording, or goes on after the failure, or runs on into the sentence (…又说不清…), and
 *  stays. */
const RECORDING_FAILED =
  "(?:此处|这里|这段)?(?:录音|音频|原声)(?:这里|此处|这段|这句|中间|在这里|开头|结尾|前面|后面)?(?:听不清楚?|没听清楚?|未听清楚?|无法听清|听不到|听不见|中断|缺失|不清|模糊)";
// (How long it failed only in the 〔〕 a transcriber's app sets: a speech's （录音中断约10秒） is a record it cites.)
const TRANSCRIBER_NOTE_RE = new RegExp(
  `[（(【[［〔]${RECORDING_FAILED}[）)】\\]］〕](?![的又或和、等])|〔${RECORDING_FAILED}约?\\d{1,3}(?:秒|分钟)(?:左右)?〕`,
  "g",
);

/** 保存者：… / 来自：… > 《…》 / 转藏 / 献花: a personal library's page, whose saver writes notes into what he saved. */
const SAVER_PAGE_RE = /^(?:保存者|收藏者|转藏者|馆主)[：:]|^来自[：:].{1,30}[>›]|转藏\s*\d|献花\s*[（(]?\d/;
/** On such a page, a note in brackets signed by anyone or no one: （老兵按：…）, [老兵注：…], 【注：…】, 〔注：…〕. */
const SAVER_NOTE_RE =
  /[（(【[][\u4e00-\u9fff]{0,4}[注按][：:][^（）()【】[\]〔〕\n]{1,80}[）)】\]]|〔[\u4e00-\u9fff]{1,4}[注按][：:][^〔〕\n]{1,80}〕/g;

/** A reposter who says he put notes in (个别地方我加了【注】…原文没有; 文中【注】为编者所加): the notes in that bracket are
 *  his, on that page only (elsewhere 【注：…】 may be the speech's own; a speaker's 我…加了【注】 names no 原文). */
const NOTES_ADDED_RE = needs(
  // Each way of saying so names the bracketed 【注】 itself.
  /[【［[（(〔]注[】］\]）)〕]/,
  /(?:笔者|小编|编者|楼主|博主|整理者|转载者|本号)[^。！？\n]{0,12}?加(?:了|上了?|的)?[^。！？\n]{0,6}?([【［[（(〔])注[】］\]）)〕]|我[^。！？\n]{0,12}?加(?:了|上了?)?[^。！？\n]{0,6}?([【［[（(〔])注[】］\]）)〕][^。！？\n]{0,30}?原文|([【［[（(〔])注[】］\]）)〕][^。！？\n]{0,8}?(?:为|系|均为|都是)[^。！？\n]{0,4}?(?:笔者|小编|编者|楼主|博主|整理者|转载者|本号|我)所?加/,
);
const CLOSING: Record<string, string> = { "【": "】", "［": "］", "[": "]", "（": "）", "(": ")", "〔": "〕" };
const escaped = (s: string) => s.replace(/[[\]()\\]/g, "\\$&");

/** An e-book reader's count of readers who highlighted the sentence before it: ［216人划线］ (a speech's own （216人标记）
 *  counts people). */
const READER_COUNT_RE = /[［[【]\d{1,6}(?:\.\d)?[万千]?\s*人(?:划线|画线|划过)[］\]】]/g;

/** A note keeper's mark on a sentence: a pencil's glyph in a bracket (【✎好句，可借用】, [📝 记下]) or a bracket of
 *  praise and reuse (【好句，可借用】, 【金句，值得借鉴】): the keeper's verdict on the line, never the speaker's. */
const KEEPER_MARK_RE =
  /[【［[〔（(][✎✏✐✍📝🖊🖋🖍]\uFE0F?[^【】［］[\]〔〕（）()\n]{0,30}[】］\]〕）)]|[【〔](?:好句|金句|妙句|佳句)[，,、]?(?:可|值得|建议)?(?:借用|套用|摘抄|引用|借鉴|收藏)[】〕]/gu;

/** A co-editor's cursor in an online document copied with the text: the name and （编辑中） or （正在输入…）. */
const CURSOR_LABEL = "[（(](?:编辑中|输入中|正在编辑|正在输入)(?:…|\\.{3})?[）)]";
// (Four characters at most: a run without bound would be read again from each of its characters.)
const CURSOR_RE = needs(
  ["编辑中", "输入中", "正在编辑", "正在输入"],
  new RegExp(`([\\u4e00-\\u9fff]{2,4})${CURSOR_LABEL}`, "g"),
);

/** What of the page the asides need: whether it is a personal library's, the reposter's declared notes, and the
 *  co-editors named on it. */
export type AsideMarks = {
  saver: boolean;
  addedNotes: RegExp | null;
  cursors: RegExp | null;
  mentions: RegExp | null;
  /** The page shows a document's comment pane (评论（3）, 全部批注): its anchors in sentences are the pane's. */
  commentPane: boolean;
  /** The page sets a recording's time codes alone on lines ([09:41]) or as the tape's offsets ([00:06:25]): those
   *  inside a sentence are the same. */
  timeCodes: boolean;
};

/** 刚才，[09:42] 应急管理局…: a recording's time point the transcriber set into a sentence, on a page that sets such
 *  codes alone on lines or as a tape's offsets too (noise-transcript-tools.ts); after the line's first words only (a
 *  line opened by a time and a name, [18:55] 网友：…, is a chat's or a stream's message, judged whole; a tape's
 *  offset opening a line is cutOpeningOffset's). A time the sentence itself tells stays, on such a page too (minutes
 *  and a speech's own schedule set their times in brackets): one after a word that leads to a time (会议于[9:00]准时
 *  开始, 4月30日[17:00]前, 每周一[08:30]召开, 明天上午【8:30】) or before one that needs it (…，【9:00】准时召开,
 *  [17:00]前报…), and the two ends of a span or a pair ([08:00]和[18:00]). */
const TIME_LEAD = String.raw`(?:于|从|至|截止|[日号天]|[上下中]午|[早晚]上|凌晨|傍晚|夜[里间]|(?:周|星期|礼拜)[一二三四五六日天]|时间[为是：:]?|${TIME_CODE}[ \u3000]*[和与及或、至到~～—－-])`;
const TIME_TAIL = String.raw`(?:前(?![面边头])|后(?![面边头来])|[以之][前后]|起(?!来)|止|准时|左右|开始|召开|举行|集合|集中|出发|报到|结束|[和与及或、至到~～—－-][ \u3000]*(?:${TIME_CODE}|\d))`;
const INLINE_TIME_CODE_RE = new RegExp(
  String.raw`(?<=\S)(?=[ \u3000]*[[［【]\d)(?<!${TIME_LEAD})[ \u3000]*${TIME_CODE}(?![ \u3000]*${TIME_TAIL})[ \u3000]*`,
  "g",
);

/** The head of an online document's comment pane under its text: 评论（3）, 批注 2, 全部评论. */
const COMMENT_PANE_RE = /^(?:全部)?(?:评论|批注)\s*(?:[（(]\d{1,4}[)）]|\d{1,4})$|^全部(?:评论|批注)$/;
/** …设备点检表[批注1]填得好看…: a comment's anchor the pane's copy no longer lists under it (noise-injections.ts cuts
 *  the listed ones); without a pane on the page it stays. */
const PANE_ANCHOR_RE = needs(
  ["[批注", "[评论"],
  /(?<=[\u4e00-\u9fff\d%，。、；：！？”）》])\[(?:批注|评论)\d{1,3}\](?=[\u4e00-\u9fff，。、；：！？“（《]|$)/g,
);

/** An @mention glued to the words after it (谢副校长@谢建平通报了…): the text names the person twice, by the title
 *  with his surname and by the mention. Only a commenter the page shows as such (评论 · 谢建平：… with its time), and
 *  only right after a title of his surname: elsewhere an @name is how the sentence names someone (由@谢建平牵头, 群众
 *  @青川发布咨询政策), and cutting it would take the sentence's subject. With a space after it the mention is cut
 *  anyway (MENTION_RE). */
const TITLE =
  "(?:副|常务副)?(?:校长|局长|书记|主任|处长|科长|部长|院长|县长|市长|区长|镇长|乡长|主席|经理|董事长|总经理|组长|队长|老师|所长|站长)";
/** The most glued mentions read on a page (a page of thousands of @ is no shared document's). */
const MAX_MENTIONS = 20;
function gluedMentions(lines: { text: string }[]): RegExp | null {
  const names = commentersOf(lines.map((l) => l.text)).filter((n) => /^[\u4e00-\u9fff]{2,4}$/.test(n));
  if (!names.length) return null;
  const alts = names.slice(0, MAX_MENTIONS).map((n) => `(?<=${n[0]}${TITLE})@${n}`);
  return new RegExp(`(?:${alts.join("|")})(?=[\\u4e00-\\u9fff])`, "g");
}

/** A cursor label's name is known from the page (the co-editor comments or edited it elsewhere, 孙某：…, 最近修改：赵某 ·):
 *  the longest end (2–4 characters) of the run before the label written on the page as an author's. */
function coEditors(page: string): string[] {
  const names = new Set<string>();
  if (!mayMatch(CURSOR_RE, page)) return [];
  for (const m of page.matchAll(CURSOR_RE)) {
    const run = m[1]!;
    for (let k = run.length; k >= 2; k--) {
      const name = run.slice(-k);
      if (page.includes(name + "：") || page.includes(name + ":") || page.includes(name + " ·")) {
        names.add(name);
        break;
      }
    }
  }
  return [...names];
}

export function asideMarks(lines: { text: string }[]): AsideMarks {
  const page = lines.map((l) => l.text).join("\n");
  const added = mayMatch(NOTES_ADDED_RE, page) ? NOTES_ADDED_RE.exec(page) : null;
  const open = added ? (added[1] ?? added[2] ?? added[3])! : null;
  const names = coEditors(page);
  const mentions = page.includes("@") ? gluedMentions(lines) : null;
  return {
    saver: lines.some((l) => SAVER_PAGE_RE.test(l.text.trim())),
    addedNotes: open
      ? new RegExp(
          `${escaped(open)}注[：:][^${escaped(open + CLOSING[open])}\\n]{1,120}${escaped(CLOSING[open]!)}`,
          "g",
        )
      : null,
    cursors: names.length ? new RegExp(`(?:${names.join("|")})${CURSOR_LABEL}`, "g") : null,
    mentions,
    commentPane: lines.some((l) => COMMENT_PANE_RE.test(l.text.trim())),
    timeCodes: setsRecordingTimeCodes(lines.map((l) => l.text)),
  };
}

/** A study platform's tooltip link set after a term ([知识点], [名词解释], [百科]): the page's, in square brackets no
 *  speech writes. Only after a term: alone on its line, ［小知识］ is the speech's own label over its paragraph. */
const TOOLTIP_LINK_RE = needs(
  ["[", "［"],
  /(?<=[\p{Script=Han}\p{L}\p{N}”’"'》）)])[[［](?:知识点|名词解释|百科|词条|释义|小知识|知识卡片?)[\]］]/gu,
);

/** A link's text a page sets after the document it links to (《…办法》（点击下载）, 《…通知》[点击查看], 《…规范》（点我查看）,
 *  《…通知》（附件下载）, 《…规定》→点击下载全文): the page's button, in a bracket holding nothing else (or after an arrow);
 *  a speech's own 请点击下载… is a sentence, never bracketed alone. A button the speech names in its sentence (找到
 *  【点击下载】按钮, 点开…后面的（点击查看）即可) is the platform's, quoted: a word before it points at it, or one after
 *  it names it a button. */
const LINK_LABEL_RE = needs(
  ["点击", "点此", "单击", "戳此", "点我", "附件下载"],
  /(?<=[》”\p{Script=Han}])(?<!(?:找到|点开|点击|点一下|按下|选择|选中|看到|出现|显示|的))[（(【[［]\s*(?:(?:请)?(?:点击|点此|单击|戳此|点我)(?:此处|这里)?(?:下载|查看|阅读|浏览|打开|预览|获取)(?:全文|原文|附件|文件|详情)?|附件下载)\s*[）)】\]］](?!\s*(?:按钮|键|图标|字样|选项|即可|链接|入口|标签|栏|菜单|页面|窗口))|(?<=》)\s*[→➡]\uFE0F?\s*(?:点击|点此|点我)(?:下载|查看)(?:全文|原文|附件)?(?=[，,。；])/gu,
);

/** 【讲话人】集团公司总经理　唐振华: a recording's copy tags whose turn begins. Before the speaker's own line (his post and
 *  his name) the tag goes, and the line is the speech's speaker line; before anything else it is left. */
const SPEAKER_TAG_RE = /^\s*[【[](?:讲话人|发言人|主讲人|报告人)[】\]]\s*[：:]?\s*/;
const tagsSpeakerLine = (text: string) => isPostedSpeakerLine(text.replace(SPEAKER_TAG_RE, "").trim());
/** The line so tagged is the speaker's whatever stands above it (a copy may have no title: the line is none). */
export const speakerTagHint = (raw: string): { speaker: true } | null =>
  SPEAKER_TAG_RE.test(raw) && tagsSpeakerLine(raw.trim()) ? { speaker: true } : null;

/** 【编者按】 / 编者按： opening a line: the editor's note runs on from it. */
const NOTE_OPENING_RE =
  /^\s*(?:[【[](?:编者按|编者的话|编辑的话|小编按)[】\]][：:]?|(?:编者按|编者的话|编辑的话|小编按)[：:])/;
/** How far past a sentence's end its salutation is looked for (a salutation is at most 60 characters). */
const SALUTATION_READ = 90;
/** The speech run into the end of an editor's note (【编者按】…供各地学习参考。同志们：今天召开…): the note's sentences go
 *  as the line rules' 编者按, the line goes on from the salutation, where the speaker starts talking to his room. */
function cutNoteBeforeSalutation(text: string, lineNo: number, ctx: Ctx): string {
  if (!NOTE_OPENING_RE.test(text)) return text;
  for (const end of text.matchAll(/[。！？!?]/g)) {
    // (The note is at most a note's length; the salutation is read from the words right after its sentence.)
    if (end.index > EDITOR_NOTE_CHARS) break;
    const after = text.slice(end.index + 1, end.index + 1 + SALUTATION_READ).trim();
    if (!isSalutation(after) && !splitRunInSalutation(after)) continue;
    ctx.removed.push({ text: text.slice(0, end.index + 1).trim(), reason: "编者按", lineNo });
    return text.slice(end.index + 1).trim();
  }
  return text;
}

/** A nickname signs a note (老周注：, 小赵按：); a speech keys its own figures to a group of places, people or units so
 *  (（小区按：…，企业按：…）, （小组按：…）, （小学按：…）, （老区按：…）, （小时按：…）), which names no one. */
const KEYED_NOTE_RE = /^[（(【[〔](?:小(?:区|组|学|时|车|班|队|店|型|微)|老(?:区|城|街|旧))(?:注|按)[：:]/;
const speechsKeyedNote = (m: string) => KEYED_NOTE_RE.test(m);

/** Cuts the asides from one line. */
export function cutAsides(line: string, lineNo: number, ctx: Ctx, marks?: AsideMarks): string {
  const text = cutNoteBeforeSalutation(line, lineNo, ctx);
  // (A label alone on its line, 【编者按】, is left to the page rules, which take the note under it; one that opens the
  // line, 【编者按】今年2月…, to the line rules, which take the note with it.)
  let t = cut(
    text,
    EDITOR_NOTE_RE,
    "编者注",
    lineNo,
    ctx,
    (m) =>
      NOTE_LABEL_RE.test(text.trim()) ||
      (NOTE_LABEL_RE.test(m) && text.trimStart().startsWith(m) && text.trim().length <= EDITOR_NOTE_CHARS) ||
      speechsKeyedNote(m),
  );
  if (marks?.saver) t = cut(t, SAVER_NOTE_RE, "收藏者的批注", lineNo, ctx);
  if (marks?.commentPane) t = cut(t, PANE_ANCHOR_RE, "批注标记", lineNo, ctx);
  if (marks?.addedNotes) t = cut(t, marks.addedNotes, "转载者加的注", lineNo, ctx);
  t = cut(t, TEMPLATE_NOTE_RE, "范文修改提示", lineNo, ctx);
  t = cut(t, GLUED_TIP_RE, "范文修改提示", lineNo, ctx);
  t = cut(t, COPIER_NOTE_RE, "转贴者的批注", lineNo, ctx, speakersOwnBracket);
  t = cut(t, STAGE_DIRECTION_RE, "现场记录（掌声、停顿等）", lineNo, ctx);
  t = cut(t, TRANSCRIBER_NOTE_RE, "整理者的注（录音听不清）", lineNo, ctx);
  if (marks?.timeCodes)
    t = cutOpeningOffset(cut(t, INLINE_TIME_CODE_RE, "夹在句中的录音时间点", lineNo, ctx), lineNo, ctx);
  t = cut(t, SPEAKER_TAG_RE, "录音整理稿的发言人标记", lineNo, ctx, () => !tagsSpeakerLine(t));
  t = cut(t, INLINE_CAPTION_RE, GLUED_CREDIT, lineNo, ctx);
  const credit = gluedCreditOf(t);
  if (credit) {
    ctx.removed.push({ text: credit.trim(), reason: GLUED_CREDIT, lineNo });
    t = t.slice(0, t.length - credit.length);
  }
  t = cut(t, READER_COUNT_RE, "阅读器的划线人数", lineNo, ctx);
  t = cut(t, KEEPER_MARK_RE, "收藏者的批注", lineNo, ctx);
  t = cut(t, TOOLTIP_LINK_RE, "学习平台的知识点链接", lineNo, ctx);
  t = cutInlineButtons(cut(t, LINK_LABEL_RE, "网页链接文字", lineNo, ctx), lineNo, ctx);
  t = cutSealMarks(cutInlineComments(cutBracketedRevisions(t, lineNo, ctx), lineNo, ctx), lineNo, ctx);
  if (marks?.mentions) t = cut(t, marks.mentions, "@提及", lineNo, ctx);
  return marks?.cursors ? cut(t, marks.cursors, "协作文档的光标标签", lineNo, ctx) : t;
}
