// A county speech's lines, written for the noise tests (not taken from any page): a title, an opening, a paragraph
// on the situation, one on hazards, one on duty and a closing, around which a test sets the chrome it is about.
export const COUNTY_TITLE = "在全县安全生产工作会议上的讲话";
export const COUNTY_OPENING =
  "今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作。刚才，县应急管理局通报了有关情况，我完全同意。";
export const COUNTY_SITUATION =
  "今年以来，全县安全生产形势总体平稳，但事故总量仍然偏大，部分企业主体责任落实不到位，安全隐患依然不少，形势不容乐观。";
export const COUNTY_CHECK =
  "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立隐患台账，实行闭环管理，确保整改到位。";
export const COUNTY_DUTY =
  "各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实党政同责、一岗双责，对责任不落实导致事故的，严肃追究责任。";
export const COUNTY_CLOSING = "同志们，安全生产责任重于泰山。希望大家以高度负责的态度，扎实抓好各项工作。谢谢大家！";

/** The speech laid out as a page gives it: its head and first section, then its other sections and closing; and the
 *  blocks the miner should make of it. A test puts the chrome it is about around or between the two halves. */
export const COUNTY_SPEECH_HEAD = [
  COUNTY_TITLE,
  "县长　×××",
  "同志们：",
  COUNTY_OPENING,
  "一、认清形势",
  COUNTY_SITUATION,
];
export const COUNTY_SPEECH_REST = ["二、抓好排查", COUNTY_CHECK, "三、压实责任", COUNTY_DUTY, COUNTY_CLOSING];
export const COUNTY_SPEECH_BLOCKS = [COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION, ...COUNTY_SPEECH_REST];
/** The whole speech's lines, head and rest, for a test that sets its chrome around it only. */
export const COUNTY_SPEECH = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST];
/** The speech with the lines under test between its first section and its second. */
export const countySpeechWith = (...lines: string[]) => [...COUNTY_SPEECH_HEAD, ...lines, ...COUNTY_SPEECH_REST];
