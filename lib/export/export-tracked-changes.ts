// 导出修订稿: two texts of a speech (older → newer: versions, or a version and the current text) as one .docx in the
// official layout with Word's tracked changes, in the user's remembered export options, recorded in the audit log.
// The changes are credited to whoever wrote the newer text (the version's creator, or the last to save the
// current text), dated when it was saved; the exporting user stands in when that person is unknown (deleted).
import { writeAudit } from "../audit/audit-log";
import { getSpeech } from "../speeches/get-speech";
import { loadComparedSide } from "../speeches/versions/compare-versions";
import type { VersionRef } from "../speeches/versions/types";
import { DOCX_TYPE, type ExportedFile } from "./export-speech";
import { exportFileName } from "./file-name";
import { docTitle } from "./speech-docx";
import { trackedChangesDocx } from "./tracked-docx";
import { getUserExportOptions } from "./user-export-options";

export const TRACKED_FILE_SUFFIX = "（修订稿）";

export async function exportTrackedChanges(input: {
  speechId: string;
  from: VersionRef;
  to: VersionRef;
  user: { id: string; username: string; displayName: string };
  ip?: string | null;
}): Promise<ExportedFile> {
  const { speechId, user } = input;
  const [speech, options, older, newer] = await Promise.all([
    getSpeech(speechId),
    getUserExportOptions(user.id),
    loadComparedSide(speechId, input.from),
    loadComparedSide(speechId, input.to),
  ]);
  const day = speech.date ?? speech.meeting?.date ?? null;
  const bytes = await trackedChangesDocx({
    older: older.doc,
    newer: newer.doc,
    numbering: speech.settings.numbering,
    date: day,
    options,
    author: newer.author ?? user.displayName,
    at: new Date(newer.at),
  });
  await writeAudit({
    action: "speech.export",
    userId: user.id,
    username: user.username,
    targetType: "speech",
    targetId: speech.id,
    ip: input.ip ?? null,
    details: { format: "docx-tracked", from: input.from, to: input.to, ...options },
  });
  const title = docTitle(newer.doc) || speech.title;
  return { fileName: exportFileName(title, day, "docx", TRACKED_FILE_SUFFIX), contentType: DOCX_TYPE, bytes };
}
