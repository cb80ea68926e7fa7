import { describe, expect, it } from "vitest";
import { can, ROLE_LABELS, ROLES, type Permission, type Role } from "./roles";

// The expected permission matrix, written out explicitly: changing a grant must change this table.
const EXPECTED: Record<Role, Record<Permission, boolean>> = {
  ADMIN: { read: true, edit: true, import: true, admin: true },
  EDITOR: { read: true, edit: true, import: true, admin: false },
  VIEWER: { read: true, edit: false, import: false, admin: false },
};
const PERMISSIONS: Permission[] = ["read", "edit", "import", "admin"];

describe("roles", () => {
  it("declares exactly the three roles, each with a Chinese label", () => {
    expect([...ROLES].sort()).toEqual(["ADMIN", "EDITOR", "VIEWER"]);
    expect(ROLE_LABELS).toEqual({ ADMIN: "管理员", EDITOR: "编辑", VIEWER: "只读" });
  });

  const cases = ROLES.flatMap((role) => PERMISSIONS.map((p) => [role, p, EXPECTED[role][p]] as const));
  it.each(cases)("can(%s, %s) === %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it("the whole matrix matches the expected table", () => {
    const actual = Object.fromEntries(
      ROLES.map((role) => [role, Object.fromEntries(PERMISSIONS.map((p) => [p, can(role, p)]))]),
    );
    expect(actual).toEqual(EXPECTED);
  });
});
