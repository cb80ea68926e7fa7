// The meetings as <option>s (title and day), for every select that picks a speech's meeting.
import { formatDay } from "@/components/ui/format-date";
import type { MeetingRef } from "@/lib/speeches/types";

export function MeetingOptionList({ meetings }: { meetings: MeetingRef[] }) {
  return (
    <>
      {meetings.map((m) => (
        <option key={m.id} value={m.id}>
          {m.title}
          {m.date ? `（${formatDay(m.date)}）` : ""}
        </option>
      ))}
    </>
  );
}
