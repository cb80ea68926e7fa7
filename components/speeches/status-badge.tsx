// 草稿 / 审阅 / 定稿（只读）: a 定稿 speech cannot be changed until an editor reopens it, and the badge says so.
import { SPEECH_STATUS_LABELS, type SpeechStatus } from "@/lib/speeches/types";

const STYLES: Record<SpeechStatus, string> = {
  DRAFT: "border-stone-300 bg-stone-100 text-stone-700",
  REVIEW: "border-amber-300 bg-amber-50 text-amber-900",
  FINAL: "border-green-300 bg-green-50 text-green-800",
};

export function StatusBadge({ status }: { status: SpeechStatus }) {
  return (
    <span
      data-testid="speech-status"
      className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${STYLES[status]}`}
    >
      {SPEECH_STATUS_LABELS[status]}
      {status === "FINAL" ? "（只读）" : ""}
    </span>
  );
}
