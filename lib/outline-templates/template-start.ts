// A new speech from a saved or a mined outline template: its headings (numbers are computed), and the sum of the
// headings' target lengths as the speech's target length. The speech settings hold one target for the whole text,
// not one per section, so the per-heading targets stay in the template (and its preview). A saved template is
// its author's (我的模板): another clerk cannot start from it by its id; an administrator, who lists them all, can.
import type { DbTx } from "../db/client";
import { Prisma } from "../db/generated/client";
import { AppError } from "../errors";
import { MAX_SPEECH_CHARS, type SpeechDoc } from "../speech-doc/types";
import type { OutlineHeading } from "../speeches/templates";
import { TEMPLATE_MSG } from "./messages";
import { minedTemplateByShape } from "./mined-templates";
import { readTemplateHeadings } from "./schemas";
import type { TemplateHeading } from "./types";

export type TemplateSource = { kind: "saved-template"; templateId: string } | { kind: "mined"; shapeKey: string };

/** The target length a template sets: the sum of its headings' targets, null when it gives none. */
export function targetCharsOf(headings: readonly TemplateHeading[]): number | null {
  const sum = headings.reduce((n, h) => n + (h.targetChars ?? 0), 0);
  return sum > 0 ? Math.min(sum, MAX_SPEECH_CHARS) : null;
}

export async function templateStart(
  tx: DbTx,
  from: TemplateSource,
  userId: string,
  toDoc: (headings: OutlineHeading[]) => SpeechDoc,
): Promise<{ content: SpeechDoc; settings: Prisma.InputJsonValue }> {
  let headings: TemplateHeading[];
  if (from.kind === "saved-template") {
    const row = await tx.outlineTemplate.findUnique({
      where: { id: from.templateId },
      select: { headings: true, createdById: true },
    });
    const mayUse =
      row &&
      (row.createdById === userId ||
        (await tx.user.findUnique({ where: { id: userId }, select: { role: true } }))?.role === "ADMIN");
    // Someone else's template answers as one that is not there: its name and headings are its author's.
    if (!row || !mayUse) throw new AppError("not_found", TEMPLATE_MSG.notFound);
    headings = readTemplateHeadings(row.headings);
  } else {
    headings = (await minedTemplateByShape(from.shapeKey)).headings;
  }
  const targetChars = targetCharsOf(headings);
  return {
    content: toDoc(headings.map((h) => ({ level: h.level, text: h.text }))),
    settings: targetChars ? { targetChars } : {},
  };
}
