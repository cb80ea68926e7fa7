import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComposerLoader } from "@/components/composer/composer-loader";
import { can } from "@/lib/auth/roles";
import { listCategories } from "@/lib/categories/seed-categories";
import { isAppError } from "@/lib/errors";
import { getSpeech } from "@/lib/speeches/get-speech";
import { reuseFilter } from "@/lib/speeches/reuse-warnings";
import { requireUser } from "../../../_lib/current-user";
import { meetingOptions } from "../../meetings/meeting-options";

export const metadata: Metadata = { title: "组稿" };

export default async function SpeechComposerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const speech = await getSpeech(id).catch((err) => {
    if (isAppError(err) && (err.code === "not_found" || err.code === "invalid_input")) notFound();
    throw err;
  });
  const [categories, filter, meetings] = await Promise.all([
    listCategories(),
    reuseFilter(id),
    meetingOptions(speech.meeting?.id),
  ]);
  return (
    <ComposerLoader
      // A new speaker or meeting (讲话信息) changes the reuse warnings: the composer starts afresh from the saved text.
      key={`${speech.speaker}|${speech.meeting?.id}|${speech.kind}|${speech.date}`}
      meetings={meetings}
      speech={speech}
      categories={categories.map((c) => ({
        id: c.id,
        key: c.key,
        name: c.name,
        description: c.description,
        signals: c.signals,
      }))}
      canEdit={can(user.role, "edit")}
      userId={user.id}
      reuseFilter={filter}
    />
  );
}
