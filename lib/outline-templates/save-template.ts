// 存为提纲模板: the speech's outline as saved (the composer saves first), each heading with its category and its
// current length as the target. Audited with the template's name.
import { writeAudit } from "../audit/audit-log";
import { parseInput } from "../blocks/schemas";
import { db } from "../db/client";
import { AppError } from "../errors";
import { usedBlockIds } from "../speech-doc/doc-text";
import { speechNotFound } from "../speeches/messages";
import { asDoc } from "./as-doc";
import { TEMPLATE_MSG } from "./messages";
import { MAX_TEMPLATE_HEADINGS, saveOutlineTemplateInput, type SaveOutlineTemplateInput } from "./schemas";
import { blockCategoriesOf } from "./block-categories";
import { templateHeadingsOf } from "./speech-categories";
import type { SavedOutlineTemplate } from "./types";

export async function saveOutlineTemplate(
  user: { id: string; displayName: string },
  input: SaveOutlineTemplateInput,
): Promise<SavedOutlineTemplate> {
  const { name, speechId } = parseInput(saveOutlineTemplateInput, input);
  const speech = await db().speech.findUnique({ where: { id: speechId }, select: { content: true } });
  if (!speech) throw speechNotFound();
  const doc = asDoc(speech.content);
  const [categories, blockCategories] = await Promise.all([
    db().category.findMany({
      where: { mergedIntoId: null },
      select: { id: true, key: true, name: true, signals: true },
    }),
    blockCategoriesOf(usedBlockIds(doc)),
  ]);
  const headings = templateHeadingsOf(doc, categories, blockCategories);
  if (!headings.length) throw new AppError("invalid_input", TEMPLATE_MSG.noHeadings);
  if (headings.length > MAX_TEMPLATE_HEADINGS) throw new AppError("invalid_input", TEMPLATE_MSG.tooManyHeadings);
  const row = await db().$transaction(async (tx) => {
    const created = await tx.outlineTemplate.create({
      data: { name, headings, createdById: user.id },
      select: { id: true, createdAt: true },
    });
    await writeAudit(
      {
        action: "template.create",
        userId: user.id,
        targetType: "template",
        targetId: created.id,
        details: { name, speechId, headings: headings.length },
      },
      tx,
    );
    return created;
  });
  return {
    id: row.id,
    name,
    headings,
    createdAt: row.createdAt.toISOString(),
    createdBy: { id: user.id, displayName: user.displayName },
    mine: true,
    canDelete: true,
  };
}
