import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PrintView } from "@/components/print/print-view";
import { isAppError } from "@/lib/errors";
import { printBlocks } from "@/lib/export/print-blocks";
import { optionsFromQuery } from "@/lib/export/options-query";
import { getUserExportOptions } from "@/lib/export/user-export-options";
import { getSpeech } from "@/lib/speeches/get-speech";
import { requireUser } from "../../../../_lib/current-user";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One load per request for the metadata and the page.
const loadSpeech = cache((id: string) =>
  getSpeech(id).catch((err) => {
    if (isAppError(err) && (err.code === "not_found" || err.code === "invalid_input")) notFound();
    throw err;
  }),
);

// The browser names the saved PDF after the document title: the speech's own title, without the app's suffix.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requireUser();
  const speech = await loadSpeech((await params).id);
  return { title: { absolute: speech.title.trim() || "打印预览" } };
}

// The speech in the official layout for the browser's print dialog. Every role may read speeches, so signing in
// is enough. The user's saved export options apply; the export dialog's link passes its current choices too.
export default async function SpeechPrintPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const speech = await loadSpeech((await params).id);
  const printOptions = optionsFromQuery(await searchParams, await getUserExportOptions(user.id));
  const day = speech.date ?? speech.meeting?.date ?? null;
  return (
    <PrintView
      speechId={speech.id}
      blocks={printBlocks(speech.content, speech.settings, printOptions, day)}
      printOptions={printOptions}
    />
  );
}
