// The meeting type of a corpus speech, read from its title: the miner stores no meeting type (only title, speaker,
// date, level), so titles such as 在全县2024年第一季度安全生产工作会议上的讲话 are matched against the words each
// type is called by. The types are the meeting form's (lib/meetings/constants.ts); 其他 and unknown give null.
import { MEETING_TYPES } from "../meetings/constants";

export type MeetingType = Exclude<(typeof MEETING_TYPES)[number], "其他">;

// Checked in order: a 季度 meeting is also a 安全生产工作会议 by its words, a 安委会 meeting may 部署 a campaign.
const RULES: [RegExp, MeetingType][] = [
  [/安委会|安全生产委员会/, "安委会全体会议"],
  [/警示教育/, "警示教育大会"],
  [/安全生产月|启动仪式|启动会/, "安全生产月启动仪式"],
  [/季度|例会|月度/, "季度例会"],
  [/专项|整治|部署会|攻坚|集中行动/, "专项部署会"],
  [/安全生产.{0,4}(会议|大会)|安全生产工作会/, "安全生产工作会议"],
];

export function meetingTypeOfTitle(title: string | null | undefined): MeetingType | null {
  const text = (title ?? "").replace(/\s+/g, "");
  if (!text) return null;
  for (const [pattern, type] of RULES) if (pattern.test(text)) return type;
  return null;
}

/** A speech's meeting type: its meeting's, unless that is missing or 其他; then read from the titles given. */
export function meetingTypeOfSpeech(
  meetingType: string | null | undefined,
  ...titles: (string | null | undefined)[]
): MeetingType | null {
  if (meetingType && (MEETING_TYPES as readonly string[]).includes(meetingType) && meetingType !== "其他") {
    return meetingType as MeetingType;
  }
  for (const t of titles) {
    const found = meetingTypeOfTitle(t);
    if (found) return found;
  }
  return null;
}
