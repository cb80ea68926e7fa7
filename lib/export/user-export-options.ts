// The export options a user last chose, remembered on the user row (a clerk sets the font set once per office).
import { db } from "../db/client";
import { AppError } from "../errors";
import type { ExportOptions } from "./options";
import { readExportOptions } from "./options-schema";

export async function getUserExportOptions(userId: string): Promise<ExportOptions> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { exportOptions: true } });
  if (!row) throw new AppError("not_found", "用户不存在。");
  return readExportOptions(row.exportOptions);
}

export async function saveUserExportOptions(userId: string, options: ExportOptions): Promise<ExportOptions> {
  const row = await db().user.update({
    where: { id: userId },
    data: { exportOptions: options },
    select: { exportOptions: true },
  });
  return readExportOptions(row.exportOptions);
}
