// The "where used" report: every speech that used this block, with its meeting, date and speaker.
import type { BlockDetail } from "@/lib/blocks/get-block-detail";
import { formatDateTime, formatDay } from "@/components/ui/format-date";
import { BlockSection } from "./block-section";

const STATUS: Record<string, string> = { DRAFT: "草稿", REVIEW: "审阅", FINAL: "定稿" };

export function BlockUsages({ usages }: { usages: BlockDetail["usages"] }) {
  return (
    <BlockSection title="使用记录" count={usages.length} testId="block-usages">
      {usages.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-stone-500">
              <tr>
                <th className="py-1 pr-3 font-medium">讲话稿</th>
                <th className="py-1 pr-3 font-medium">会议</th>
                <th className="py-1 pr-3 font-medium">会议日期</th>
                <th className="py-1 pr-3 font-medium">讲话人</th>
                <th className="py-1 font-medium">使用时间</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {usages.map((u) => (
                <tr key={u.speechId}>
                  <td className="py-1.5 pr-3">
                    {u.speechTitle}
                    <span className="ml-1 text-xs text-stone-400">{STATUS[u.speechStatus] ?? ""}</span>
                  </td>
                  <td className="py-1.5 pr-3">{u.meetingTitle ?? "—"}</td>
                  <td className="py-1.5 pr-3">{formatDay(u.meetingDate)}</td>
                  <td className="py-1.5 pr-3">{u.speaker ?? "—"}</td>
                  <td className="py-1.5">{formatDateTime(u.usedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-stone-500">尚未在任何讲话稿中使用。</p>
      )}
    </BlockSection>
  );
}
