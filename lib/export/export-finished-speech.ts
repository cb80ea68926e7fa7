// A finished speech written elsewhere (.txt in any encoding the miner reads, or .docx) → the official-layout .docx:
// the import's structure recognition (title, speaker, day, headings, paragraphs), then the export. No database:
// the command line (`npm run --silent speech -- export`) runs it on a clerk's own files.
import { AppError } from "../errors";
import { mineDocument } from "../mining/mine-document";
import { DEFAULT_SETTINGS } from "../speech-doc/types";
import { isImportableName } from "../speech-import/formats";
import { IMPORT_MSG } from "../speech-import/messages";
import { speechDocFromMined } from "../speech-import/speech-doc-from-mined";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "./options";
import { speechDocx } from "./speech-docx";

export type FinishedSpeechExport = { bytes: Buffer; title: string; headings: number; paragraphs: number };

export async function exportFinishedSpeech(
  fileName: string,
  bytes: Uint8Array,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): Promise<FinishedSpeechExport> {
  if (!isImportableName(fileName)) throw new AppError("unsupported", IMPORT_MSG.unsupported);
  const imported = speechDocFromMined(await mineDocument(fileName, bytes));
  const out = await speechDocx({
    doc: imported.content,
    numbering: imported.settings.numbering ?? DEFAULT_SETTINGS.numbering,
    date: imported.date,
    options,
    highlightPlaceholders: false,
  });
  const count = (type: string) => imported.content.content.filter((n) => n.type === type).length;
  return { bytes: out, title: imported.title, headings: count("heading"), paragraphs: count("paragraph") };
}
