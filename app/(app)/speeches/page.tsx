import type { Metadata } from "next";
import { Suspense } from "react";
import { ImportSpeechButton } from "@/components/speeches/import-speech-dialog";
import { NewSpeechButton } from "@/components/speeches/new-speech-dialog";
import { SpeechFilters } from "@/components/speeches/speech-filters";
import { SpeechTable } from "@/components/speeches/speech-table";
import { UrlPagination } from "@/components/speeches/url-pagination";
import { EmptyState, PageTitle } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/roles";
import { meetingOptions } from "../meetings/meeting-options";
import { DEFAULT_LIMITS } from "@/lib/mining/decode-document";
import { listSpeeches } from "@/lib/speeches/list-speeches";
import { MAX_SPEAKER } from "@/lib/speeches/schemas";
import { SPEECH_STATUSES, type SpeechStatus } from "@/lib/speeches/types";
import { requireUser } from "../../_lib/current-user";

export const metadata: Metadata = { title: "讲话稿" };

const PAGE_SIZE = 20;

type Search = { status?: string; meeting?: string; speaker?: string; page?: string };

export default async function SpeechesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser();
  const canEdit = can(user.role, "edit");
  const search = await searchParams;
  // Anything the URL holds that the list does not understand is ignored rather than refused.
  const status = SPEECH_STATUSES.includes(search.status as SpeechStatus) ? (search.status as SpeechStatus) : undefined;
  const meetingId = search.meeting?.trim().slice(0, 100) || undefined;
  const speaker = search.speaker?.trim().slice(0, MAX_SPEAKER) || undefined;
  const requested = Math.min(10_000, Math.max(1, Math.floor(Number(search.page ?? 1)) || 1));

  // A page past the end shows the last one (listSpeeches clamps it).
  const [{ speeches, total, page }, meetings] = await Promise.all([
    listSpeeches({ status, meetingId, speaker, page: requested, pageSize: PAGE_SIZE }),
    meetingOptions(meetingId),
  ]);
  const filtered = Boolean(status || meetingId || speaker);

  return (
    <>
      <PageTitle title="讲话稿" description="正在起草、审阅和已定稿的领导讲话稿。">
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <ImportSpeechButton
              meetings={meetings}
              canImportCorpus={can(user.role, "import")}
              maxFileMb={Math.round(DEFAULT_LIMITS.maxFileBytes / 1048576)}
            />
            <NewSpeechButton meetings={meetings} />
          </div>
        ) : null}
      </PageTitle>
      <div className="space-y-4">
        <Suspense>
          <SpeechFilters meetings={meetings} />
        </Suspense>
        {total === 0 && !filtered ? (
          <EmptyState title="还没有讲话稿">
            新建讲话稿后，可以从提纲模板或以前的讲话开始，从素材库插入段落，系统自动编号并记录每段素材的使用情况。
          </EmptyState>
        ) : (
          <>
            <p className="text-sm text-stone-600" data-testid="speech-count">
              {filtered ? `符合条件的讲话稿 ${total} 篇` : `共 ${total} 篇讲话稿`}
            </p>
            {speeches.length ? (
              <SpeechTable speeches={speeches} canEdit={canEdit} />
            ) : (
              <p className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-8 text-center text-sm text-stone-600">
                没有符合筛选条件的讲话稿。
              </p>
            )}
            <UrlPagination
              path="/speeches"
              page={page}
              pages={Math.ceil(total / PAGE_SIZE)}
              params={{ status, meeting: meetingId, speaker }}
            />
          </>
        )}
      </div>
    </>
  );
}
