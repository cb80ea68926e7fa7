import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingActions } from "@/components/meetings/meeting-actions";
import { MeetingBlocks } from "@/components/meetings/meeting-blocks";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { NewSpeechButton } from "@/components/speeches/new-speech-dialog";
import { SpeechTable } from "@/components/speeches/speech-table";
import { PageTitle } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/roles";
import { listCategories } from "@/lib/categories/seed-categories";
import { isAppError } from "@/lib/errors";
import { getMeeting } from "@/lib/meetings/get-meeting";
import { searchBlocks } from "@/lib/search/search-blocks";
import { searchFacets } from "@/lib/search/search-facets";
import { requireUser } from "../../../_lib/current-user";
import { meetingOptions } from "../meeting-options";

export const metadata: Metadata = { title: "会议详情" };

/** How many of the blocks used at the meeting the page lists (the library shows them all). */
const BLOCK_PREVIEW = 10;

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const canEdit = can(user.role, "edit");
  const { id } = await params;
  const filters = { usedInMeetingId: id };
  const [meeting, used, facets, categories, meetings] = await Promise.all([
    getMeeting(id).catch((err) => {
      if (isAppError(err) && err.code === "not_found") notFound();
      throw err;
    }),
    searchBlocks({ query: "", filters, sort: "most_used", limit: BLOCK_PREVIEW }),
    searchFacets("", filters),
    listCategories(),
    canEdit ? meetingOptions(id) : Promise.resolve([]),
  ]);

  const { speeches, ...row } = meeting;

  return (
    <>
      <nav aria-label="位置" className="mb-2 text-sm text-stone-500">
        <Link href="/meetings" className="hover:underline">
          会议
        </Link>
        <span className="mx-1">/</span>
        <span>会议详情</span>
      </nav>
      <PageTitle title={meeting.title}>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <MeetingActions meeting={row} />
            <NewSpeechButton meetings={meetings} meetingId={meeting.id} />
          </div>
        ) : null}
      </PageTitle>
      <div className="space-y-6">
        <MeetingFacts meeting={row} />

        <section aria-labelledby="meeting-speeches-title" data-testid="meeting-speeches" className="space-y-3">
          <h2 id="meeting-speeches-title" className="text-base font-semibold">
            讲话稿
            <span className="ml-2 text-sm font-normal text-stone-500">{speeches.length}</span>
          </h2>
          {speeches.length ? (
            <SpeechTable speeches={speeches} canEdit={canEdit} showMeeting={false} />
          ) : (
            <p className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-8 text-center text-sm text-stone-600">
              这次会议还没有讲话稿。{canEdit ? "点击右上角“新建讲话稿”开始起草主要讲话、主持词或表态发言。" : ""}
            </p>
          )}
        </section>

        <MeetingBlocks
          meetingId={meeting.id}
          hits={used.hits}
          total={facets.total}
          categories={categories.map((c) => ({ id: c.id, name: c.name }))}
        />
      </div>
    </>
  );
}
