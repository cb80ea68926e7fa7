// A meeting's particulars on its page.
import { formatDay } from "@/components/ui/format-date";
import type { MeetingRow } from "@/lib/meetings/types";

export function MeetingFacts({ meeting }: { meeting: MeetingRow }) {
  const facts: [string, string | null][] = [
    ["日期", meeting.date ? formatDay(meeting.date) : null],
    ["会议类型", meeting.type],
    ["级别", meeting.level],
    ["参会范围", meeting.audience],
    ["地点", meeting.location],
  ];
  return (
    <dl
      data-testid="meeting-facts"
      className="grid gap-x-6 gap-y-3 rounded-xl border border-stone-200 bg-white p-5 text-sm sm:grid-cols-2 lg:grid-cols-3"
    >
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-xs text-stone-500">{label}</dt>
          <dd className={value ? "text-stone-800" : "text-stone-400"}>{value ?? "未填写"}</dd>
        </div>
      ))}
    </dl>
  );
}
