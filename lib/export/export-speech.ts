// 导出: one speech as a .docx in the official layout or as plain text, with the user's remembered options
// (overridden once by the request), recorded in the audit log.
import { writeAudit } from "../audit/audit-log";
import { getSpeech } from "../speeches/get-speech";
import { exportFileName } from "./file-name";
import type { ExportQuery } from "./options-schema";
import { optionsFromQuery } from "./options-query";
import { speechDocx } from "./speech-docx";
import { speechExportText } from "./speech-text";
import { getUserExportOptions } from "./user-export-options";

export type ExportedFile = { fileName: string; contentType: string; bytes: Uint8Array };

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export async function exportSpeech(input: {
  speechId: string;
  user: { id: string; username: string };
  query: ExportQuery;
  ip?: string | null;
}): Promise<ExportedFile> {
  const [speech, saved] = await Promise.all([getSpeech(input.speechId), getUserExportOptions(input.user.id)]);
  // The request's one-off options over the saved ones (the route's schema has refused unknown values).
  const options = optionsFromQuery(input.query, saved);
  const day = speech.date ?? speech.meeting?.date ?? null;
  const numbering = speech.settings.numbering;
  let file: ExportedFile;
  if (input.query.format === "txt") {
    // A BOM and CRLF: Windows editors and older WPS otherwise take UTF-8 text for GBK.
    const text = "\ufeff" + speechExportText(speech.content, numbering, day, options).replace(/\n/g, "\r\n") + "\r\n";
    file = {
      fileName: exportFileName(speech.title, day, "txt"),
      contentType: "text/plain; charset=utf-8",
      bytes: new TextEncoder().encode(text),
    };
  } else {
    const bytes = await speechDocx({
      doc: speech.content,
      numbering,
      date: day,
      options,
      highlightPlaceholders: input.query.highlight === "1",
    });
    file = { fileName: exportFileName(speech.title, day, "docx"), contentType: DOCX_TYPE, bytes };
  }
  await writeAudit({
    action: "speech.export",
    userId: input.user.id,
    username: input.user.username,
    targetType: "speech",
    targetId: speech.id,
    ip: input.ip ?? null,
    details: { format: input.query.format, version: speech.version, ...options },
  });
  return file;
}
