// Roles and what each may do: the single place where permissions are declared (tested as a matrix).
import type { Role } from "../db/generated/enums";

export type { Role };

export const ROLES: readonly Role[] = ["ADMIN", "EDITOR", "VIEWER"] as const;

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "管理员",
  EDITOR: "编辑",
  VIEWER: "只读",
};

/** What each role may do, in the words of the user administration page (follows GRANTS below). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  ADMIN: "另可管理用户",
  EDITOR: "可组稿、整理素材、导入语料",
  VIEWER: "只能检索和阅读",
};

/** Capabilities; each route declares which one it needs. */
export type Permission =
  | "read" // search, read blocks, speeches, meetings, corpus
  | "edit" // curate blocks, draft speeches, manage meetings
  | "import" // upload and undo corpus imports
  | "admin"; // users, taxonomy, audit log

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: ["read", "edit", "import", "admin"],
  EDITOR: ["read", "edit", "import"],
  VIEWER: ["read"],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
