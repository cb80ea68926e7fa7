// How a reuse warning reads: which meeting (or speech) and when the same speaker used the passage, or is to use it
// (a meeting planned after the one this speech is for).
import type { ReuseWarning } from "@/lib/speeches/types";

export function describeWarning(w: ReuseWarning): string {
  const where = w.meetingTitle ? `「${w.meetingTitle}」的讲话稿` : `讲话稿「${w.speechTitle}」`;
  return w.later
    ? `同一讲话人将于${w.date}在${where}中使用这段话。`
    : `同一讲话人已于${w.date}在${where}中使用过这段话。`;
}

/** The confirm dialog's title: used before, to be used after, or both. */
export function reuseTitle(warnings: readonly ReuseWarning[]): string {
  const later = warnings.some((w) => w.later);
  const earlier = warnings.some((w) => !w.later);
  if (later && earlier) return "这段话讲话人最近用过，近期还将使用";
  return later ? "这段话讲话人近期将要使用" : "这段话讲话人最近用过";
}
