// The Chinese messages speech errors carry (tests and the UI match on some of them).
import { AppError } from "../errors";

export const SPEECH_MSG = {
  notFound: "讲话稿不存在或已被删除。",
  final: "讲话稿已定稿，只读；如需修改请先重新打开。",
  finalNoDelete: "讲话稿已定稿，不能删除；如需删除请先重新打开。",
  meetingNotFound: "所选会议不存在，请刷新后重新选择。",
  corpusSpeechNotFound: "所选的语料讲话不存在，可能已被撤销导入。",
  sourceSpeechNotFound: "所选的讲话稿不存在或已被删除。",
} as const;

const TIME_ZONE = "Asia/Shanghai";
const day = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: TIME_ZONE });

/** 10:32 today (Beijing time), else 3月1日 10:32. */
export function beijingClock(at: Date, now: Date = new Date()): string {
  const hm = at.toLocaleTimeString("zh-CN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hour12: false });
  if (day(at) === day(now)) return hm;
  const [, m, d] = day(at).split("-");
  return `${Number(m)}月${Number(d)}日 ${hm}`;
}

export const versionConflictMessage = (who: string | null | undefined, at: Date) =>
  `这份讲话稿已被 ${who || "其他同事"} 在 ${beijingClock(at)} 保存过，您的修改没有覆盖对方，请对照后选择保留哪一版。`;

export const speechNotFound = () => new AppError("not_found", SPEECH_MSG.notFound);
export const speechFinal = () => new AppError("conflict", SPEECH_MSG.final);
