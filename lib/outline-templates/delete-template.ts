// Deleting a saved outline template: its author, or an administrator. Speeches made from it keep their text.
import { writeAudit } from "../audit/audit-log";
import type { Role } from "../auth/roles";
import { db } from "../db/client";
import { AppError } from "../errors";
import { TEMPLATE_MSG } from "./messages";

export async function deleteOutlineTemplate(user: { id: string; role: Role }, id: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.outlineTemplate.findUnique({ where: { id }, select: { name: true, createdById: true } });
    if (!row) throw new AppError("not_found", TEMPLATE_MSG.notFound);
    if (row.createdById !== user.id && user.role !== "ADMIN") throw new AppError("forbidden", TEMPLATE_MSG.notYours);
    await tx.outlineTemplate.delete({ where: { id } });
    await writeAudit(
      { action: "template.delete", userId: user.id, targetType: "template", targetId: id, details: { name: row.name } },
      tx,
    );
  });
}
