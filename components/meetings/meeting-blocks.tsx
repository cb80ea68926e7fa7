// 本次会议用过的素材: the most used of them, and a link to the library filtered by this meeting for all of them.
import Link from "next/link";
import type { SearchHit } from "@/lib/search/search-blocks";

export function MeetingBlocks({
  meetingId,
  hits,
  total,
  categories,
}: {
  meetingId: string;
  hits: SearchHit[];
  total: number;
  categories: { id: string; name: string }[];
}) {
  const categoryName = (id: string | null) => categories.find((c) => c.id === id)?.name ?? "未分类";
  const libraryHref = `/library?meeting=${encodeURIComponent(meetingId)}`;
  return (
    <section
      aria-labelledby="meeting-blocks-title"
      data-testid="meeting-blocks"
      className="rounded-xl border border-stone-200 bg-white p-5"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="meeting-blocks-title" className="text-base font-semibold">
          本次会议用过的素材
          <span className="ml-2 text-sm font-normal text-stone-500">{total}</span>
        </h2>
        <Link href={libraryHref} className="text-sm text-brand-700 hover:underline">
          {total > hits.length ? `在素材库中查看全部 ${total} 条` : "在素材库中查看"}
        </Link>
      </div>
      {hits.length ? (
        <ul className="divide-y divide-stone-100">
          {hits.map((h) => (
            <li key={h.id} className="py-2 text-sm">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">
                {categoryName(h.categoryId)}
              </span>
              <Link href={`/library/blocks/${h.id}`} className="text-stone-800 hover:text-brand-700 hover:underline">
                {h.text.length > 90 ? `${h.text.slice(0, 90)}…` : h.text}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-500">这次会议的讲话稿还没有用过素材库中的段落。</p>
      )}
    </section>
  );
}
