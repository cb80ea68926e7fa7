// A meeting's minutes (会议记录) in a clerk's template, the leader's speech recorded in full inside: the form's fields
// (会议名称：… 主持人：… 记录人：…), the chair's lines (主持人：现在开会…), the departments' reports in the third person
// (县民政局局长×××汇报了…), the decisions (会议决定事项：1. …) and the signatures. Only the speech is text to reuse.
// A study group's record (理论学习中心组学习记录) is such a form too: its fields (学习时间：… 学习内容：1. …) above the
// speech it studied, and the members' remarks under 交流发言摘要：(×××：…) and the chair's summing up after it.
// A recording's written-up copy (录音整理稿) bears the same form: the meeting's fields, then the recording's and the
// clerk's (录音时长：…, 录音文件：….m4a, 整理人：…, 校对人：…, 整理说明：…), and the chair's turns tagged 【主持人】.
import { isSalutation, isTitleLine, parseEnumerator } from "./outline-patterns";
import { itemsUnder, squeezedLines } from "./page-line-views";

/** A field of the minutes' form: the meeting's own, which make the file minutes. */
const MEETING_FIELD_RE =
  /^(?:会议名称|会议时间|会议地点|会议主题|会议类型|主持人|参会人员|参加人员|出席人员|列席人员|缺席人员(?:及原因)?|请假人员|记录人|学习时间|学习地点|学习形式|学习方式|学习主题|学习内容)[：:]/;
/** The recording's and the clerk's fields: a single speech written up from its tape bears them too, so they mark
 *  only themselves; the chair's lines and the reports are read only on minutes (a meeting's field or a chair's line). */
const RECORDING_FIELD_RE = /^(?:录音时间|录音时长|录音文件|整理人|校对人|审校人|整理日期|校对日期|整理说明)[：:]/;
const FIELD_RE = new RegExp(`${MEETING_FIELD_RE.source}|${RECORDING_FIELD_RE.source}`);
/** 时间：… / 地点：… bare, as a 纪要's header writes them: a field only beside a field of the meeting's own (a notice's
 *  时间：… and 地点：… alone make no minutes). */
const BARE_FIELD_RE = /^(?:时间|地点)[：:]/;
const BARE_FIELD_CHARS = 40;
/** Fields needed near the top before a file is read as minutes. */
const MIN_FIELDS = 3;
const FIELD_WINDOW = 40;
/** The form's own lines: its name spaced out, its section labels, the signatures, its page count. */
const FORM_LINE_RE =
  /^(?:会议记录|会议纪要|会议内容|会议议程|会议议题|讨论情况|会议情况|(?:中心组)?学习记录)[：:]?$|签字\s*[：:]|^[（(]本记录共\s*\d+\s*页[)）]$/;
/** The minutes' own title (桂湾镇安全生产委员会2025年第二次全体会议纪要), and the column under it that holds the leader's
 *  words (一、镇长讲话（录音整理稿）) over the speech's own title: the form's, read only on minutes. */
const MINUTES_TITLE_RE = /^[^，。！？：:；]{4,50}(?:会议纪要|会议记录)$/;
const SPEECH_COLUMN_RE = /^[一二三四五六七八九十]{1,2}、[^，。！？；]{0,12}讲话(?:[（(][^（）()]{2,12}[)）])?$/;
/** The chair speaking: 主持人：同志们，现在开会…, or in a recording's copy 【主持人】下面，请…讲话。 */
const CHAIR_RE = /^(?:主持人\s*[：:]|[【\[]主持人[】\]]\s*[：:]?)\s*\S/;
/** The chair's summing up after the speech; one line, or it is a speech of its own (主持人小结：同志们，…). */
const CHAIR_SUMMARY_RE = /^主持人(?:小结|总结)\s*[：:]\s*\S/;
/** A report in the third person: 县民政局局长×××汇报了…, 县住建局…负责同志分别就…作了发言. */
const REPORTED_RE = /^[^，。：:；]{2,40}?(?:汇报了|通报了|介绍了|报告了|作了(?:发言|汇报|说明|表态发言)|分别就)/;
/** The decisions' label; its numbered items follow it. */
const DECISIONS_RE = /^(?:会议)?(?:决定事项|议定事项|决议事项|会议决定|会议决议)\s*[：:]?$/;
/** The same label numbered as the 纪要's parts are (二、会议议定事项), after its speech column only: a speech's own
 *  二、会议决定事项 is one of its sections. */
const NUMBERED_DECISIONS_RE = /^[一二三四五六七八九十]{1,2}、(?:会议)?(?:决定事项|议定事项|决议事项)[：:]?$/;
/** A bare field counts only this near a field of the meeting's own. */
const BARE_FIELD_REACH = 3;
/** The minutes' own lead into what they record: …现将会议主要精神纪要如下：. */
const MINUTES_LEAD_RE = /现将[^。！？]{0,20}(?:纪要|记录)如下[：:]$/;
/** The recorder's field: 记　　录：党政办　吴敏 (a speech's 记录：每次检查都要有记录… is a sentence). */
const RECORDER_RE = /^记录[：:][^，。！？；]{0,16}$/;
/** The minutes' requirements or decisions after the speech: the label, then 一、… items that are each a sentence
 *  (一、各企业于5月31日前完成…。, 二、设备部于4月20日前完成…), not a section's headings (一、提高认识). */
const REQUIREMENTS_RE = /^会议要求[：:]?$/;
const REQUIREMENT_ITEM_RE = /^[一二三四五六七八九十]{1,3}、.{4,120}[。；]$/;
/** The form's agenda: a label whose numbered items follow it (学习内容：/ 1.传达学习…). */
const AGENDA_RE = /^(?:学习内容|会议议程|会议议题|学习议程)[：:]$/;
/** The members' remarks after the speech: the label, then one line per member (×××：…). */
const REMARKS_RE = /^(?:交流发言|研讨发言|讨论发言)(?:摘要|情况|要点)?[：:]$/;
const MEMBER_RE = /^(?:×{2,3}|[\u4e00-\u9fff]{2,4}(?:同志)?)[：:]\s*\S/;

/** Marks the minutes' form, the chair's lines, the reports and the decisions, when the file opens as minutes. */
export function markMeetingMinutes(texts: string[], verdict: (string | null)[]): void {
  markMinutesRolls(texts, verdict);
  const squeezed = squeezedLines(texts);
  const top = squeezed.slice(0, FIELD_WINDOW);
  const minutes = top.some((t) => MEETING_FIELD_RE.test(t));
  // Reports come before the leader speaks; his own 刚才…汇报了… is his text. A 纪要's header stands above it too.
  const speech = texts.findIndex((t) => isSalutation(t.trim()));
  const head = speech < 0 ? FIELD_WINDOW : Math.min(FIELD_WINDOW, speech);
  const bare = minutes ? bareFields(texts, squeezed, head) : new Set<number>();
  if (top.filter((t) => FIELD_RE.test(t)).length + bare.size < MIN_FIELDS) return;
  if (!minutes && !texts.some((t) => CHAIR_RE.test(t.trim()))) {
    texts.forEach((t, i) => {
      if (RECORDING_FIELD_RE.test(squeezed[i]!)) verdict[i] ??= "会议记录的表头";
    });
    return;
  }
  let decisions = false;
  let column = false;
  texts.forEach((raw, i) => {
    const t = raw.trim();
    if (!t) return;
    const compact = squeezed[i]!;
    if (DECISIONS_RE.test(compact) || AGENDA_RE.test(compact) || (column && NUMBERED_DECISIONS_RE.test(compact)))
      decisions = true;
    else if (decisions && !/^\d{1,2}[.．、]/.test(t)) decisions = false;
    if (REQUIREMENTS_RE.test(compact) || DECISIONS_RE.test(compact)) markRequirements(texts, verdict, i);
    if (speech >= 0 && i > speech && REMARKS_RE.test(compact)) markRemarks(texts, verdict, i);
    const above = speech < 0 || i < speech;
    // The 纪要's own title above the speech (never a heading of it), and the column over the speech's title.
    const title = above && i < head && MINUTES_TITLE_RE.test(compact) && !parseEnumerator(t);
    const opensColumn = above && SPEECH_COLUMN_RE.test(compact) && isTitleLine(texts[i + 1]?.trim() ?? "");
    column ||= opensColumn;
    const field = FIELD_RE.test(compact) || FORM_LINE_RE.test(compact) || RECORDER_RE.test(compact) || bare.has(i);
    if (field || title || opensColumn) verdict[i] ??= "会议记录的表头";
    else if (CHAIR_RE.test(t)) verdict[i] ??= "会议记录（主持人）";
    else if (MINUTES_LEAD_RE.test(t)) verdict[i] ??= "会议记录（汇报）";
    else if (REPORTED_RE.test(t) && above && !/我/.test(t)) verdict[i] ??= "会议记录（汇报）";
    if (decisions) verdict[i] ??= "会议记录（决定事项）";
  });
}

/** The header's bare fields (时间：…, 地点：…, 记录：…) above line `head`, each within reach of a field of the meeting's
 *  own there: a speech's 具体安排如下：时间：… 地点：… under its salutation is its text. */
function bareFields(texts: string[], squeezed: readonly string[], head: number): Set<number> {
  const own = squeezed.slice(0, head).flatMap((t, i) => (MEETING_FIELD_RE.test(t) ? [i] : []));
  const found = new Set<number>();
  for (let i = 0; i < head; i++) {
    const near = own.some((j) => Math.abs(i - j) <= BARE_FIELD_REACH);
    const bare = BARE_FIELD_RE.test(squeezed[i]!) || RECORDER_RE.test(squeezed[i]!);
    if (near && bare && texts[i]!.trim().length <= BARE_FIELD_CHARS) found.add(i);
  }
  return found;
}

/** The requirements' label and the sentence items under it; a label over headings (一、提高思想认识) is left. */
function markRequirements(texts: string[], verdict: (string | null)[], label: number): void {
  const items = itemsUnder(texts, label, REQUIREMENT_ITEM_RE);
  if (!items.length) return;
  for (const k of [label, ...items]) verdict[k] ??= "会议记录（决定事项）";
}

const isFormLine = (t: string) => FIELD_RE.test(t.replace(/\s+/g, "")) || FORM_LINE_RE.test(t.replace(/\s+/g, ""));

/** Under the remarks' label after the speech: one line per member (×××：…) and the chair's one-line summing up, up
 *  to the form's next field. A member whose remark runs on over paragraphs is speaking himself: nothing is marked. */
function markRemarks(texts: string[], verdict: (string | null)[], label: number): void {
  verdict[label] ??= "会议记录（交流发言）";
  const run: number[] = [];
  for (let k = label + 1; k < texts.length; k++) {
    const t = texts[k]!.trim();
    if (!t || /^[第\s\d页共/—-]+$/.test(t)) continue;
    if (isFormLine(t)) break;
    const oneLine = MEMBER_RE.test(t) || (CHAIR_SUMMARY_RE.test(t) && !t.includes("同志们"));
    if (!oneLine) return;
    run.push(k);
  }
  for (const k of run) verdict[k] ??= "会议记录（交流发言）";
}

/** 参会人员：…, 列席人员：…, 请假人员：… in a 纪要 (the page names itself: 会议纪要, …的纪要): its roll of who attended,
 *  above or under the speech it prints, wherever the form's header is not. A speech that announces a meeting lists
 *  its attendees under its own lead (具体安排如下： / 时间：… / 参会人员：…), and one addressing them says what to do
 *  (与会人员：请会后…): both are kept. */
const ROLL_RE =
  /^(?:参会|出席|列席|请假|缺席|与会)(?:人员|领导|单位)\s*[：:](?![^。]*(?:(?<![主重需紧必])要|请|必须|务必|不得|应当))/;
const SUMMARY_NAME_RE = /纪要$/;
const LISTED_RE = /[：:]/;
/** …or under its own sentence announcing a meeting to come (定于3月5日召开…会议。 / 下周三…召开…会议。): a 纪要 reports one held. */
const ANNOUNCED_MEETING_RE = /(?:定于|将于|拟于|下周|下月|明天|明日|后天|届时)[^。]{0,40}(?:召开|举行|举办)/;

export function markMinutesRolls(texts: string[], verdict: (string | null)[]): void {
  const squeezed = squeezedLines(texts);
  if (!squeezed.some((t) => SUMMARY_NAME_RE.test(t))) return;
  texts.forEach((raw, i) => {
    if (!ROLL_RE.test(raw.trim())) return;
    // Under a lead or a field of the speech's own list: a line ending in a colon, or a field, just above.
    let k = i - 1;
    while (k >= 0 && !texts[k]!.trim()) k--;
    if (k >= 0 && !verdict[k] && (LISTED_RE.test(texts[k]!) || ANNOUNCED_MEETING_RE.test(texts[k]!))) return;
    verdict[i] ??= "会议纪要的参会名单";
  });
}
