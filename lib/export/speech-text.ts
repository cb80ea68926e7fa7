// The speech as plain text for WeChat or the OA system: the same lines as the composer's 复制为纯文本 (numbers
// written out, no styling), with the date line and the speaker line as the DOCX prints them.
import { nodeText } from "../speech-doc/doc-text";
import { speechPlainText } from "../speech-doc/plain-text";
import { NODE, type SpeechDoc, type SpeechSettings } from "../speech-doc/types";
import { chineseDay } from "./file-name";
import type { ExportOptions } from "./options";

const HAS_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;

export function speechExportText(
  doc: SpeechDoc,
  numbering: SpeechSettings["numbering"],
  day: string | null,
  options: Pick<ExportOptions, "speakerLine" | "draftMark">,
): string {
  const byline = doc.content.find((n) => n.type === NODE.byline);
  const bylineText = byline ? nodeText(byline).trim() : "";
  const shown: SpeechDoc = options.speakerLine
    ? doc
    : { ...doc, content: doc.content.filter((n) => n.type !== NODE.byline) };
  const lines = speechPlainText(shown, { numbering }).split("\n");
  if (options.speakerLine && day && !HAS_DATE.test(bylineText)) {
    // Under the speaker line, or under the title when there is none (the title is the first line, if any).
    const titleNode = doc.content.find((n) => n.type === NODE.title);
    const after = (bylineText ? 1 : 0) + (titleNode && nodeText(titleNode).trim() ? 1 : 0);
    lines.splice(after, 0, `（${chineseDay(day)}）`);
  }
  if (options.draftMark) lines.unshift(options.draftMark);
  return lines.join("\n");
}
