// How a reuse warning reads: which meeting (or speech) and when the same speaker already said it.
import type { ReuseWarning } from "@/lib/speeches/types";

export function describeWarning(w: ReuseWarning): string {
  // "用过" rather than "讲过": the other meeting may still be ahead (a speech drafted for next week).
  const where = w.meetingTitle
    ? `「${w.meetingTitle}」（${w.date}）的讲话稿`
    : `讲话稿「${w.speechTitle}」（${w.date}）`;
  return `同一讲话人在${where}中已用过这段话。`;
}
