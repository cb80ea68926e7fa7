// How a reuse warning reads: which meeting (or speech) and when the same speaker already said it.
import type { ReuseWarning } from "@/lib/speeches/types";

export function describeWarning(w: ReuseWarning): string {
  const where = w.meetingTitle ? `「${w.meetingTitle}」` : `讲话稿「${w.speechTitle}」`;
  return `讲话人已于 ${w.date} 在${where}中讲过这段话。`;
}
