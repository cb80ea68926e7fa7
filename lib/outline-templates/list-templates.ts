// 我的模板: the signed-in clerk's saved outline templates, newest first. An administrator also sees everyone
// else's (marked with who saved them), since an administrator may delete any.
import { db } from "../db/client";
import type { Role } from "../auth/roles";
import { readTemplateHeadings } from "./schemas";
import type { SavedOutlineTemplate } from "./types";

export const MAX_LISTED_TEMPLATES = 200;

export async function listOutlineTemplates(user: { id: string; role: Role }): Promise<SavedOutlineTemplate[]> {
  const admin = user.role === "ADMIN";
  const rows = await db().outlineTemplate.findMany({
    where: admin ? {} : { createdById: user.id },
    select: {
      id: true,
      name: true,
      headings: true,
      createdAt: true,
      createdBy: { select: { id: true, displayName: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_LISTED_TEMPLATES,
  });
  const list = rows.map((r) => {
    const mine = r.createdBy?.id === user.id;
    return {
      id: r.id,
      name: r.name,
      headings: readTemplateHeadings(r.headings),
      createdAt: r.createdAt.toISOString(),
      createdBy: r.createdBy,
      mine,
      canDelete: mine || admin,
    };
  });
  // The clerk's own first, then (administrators) the others'.
  return [...list.filter((t) => t.mine), ...list.filter((t) => !t.mine)];
}
