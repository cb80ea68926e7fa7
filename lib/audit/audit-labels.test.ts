import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel, describeAuditDetails } from "./audit-labels";

const LIB = path.resolve(import.meta.dirname, "..");

/** Every audit action written as a literal anywhere in lib/ (e.g. "speech.export", "auth.login_failed"). */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  const files = (readdirSync(LIB, { recursive: true }) as string[]).filter(
    (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.includes("generated") && !f.startsWith("audit"),
  );
  for (const f of files) {
    const src = readFileSync(path.join(LIB, f), "utf8");
    if (!src.includes("writeAudit")) continue;
    for (const m of src.matchAll(/"((?:auth|user|block|corpus|meeting|speech|template)\.[a-z_]+)"/g)) found.add(m[1]!);
  }
  return found;
}

describe("audit labels", () => {
  it("has a Chinese label for every action the app writes", () => {
    const actions = writtenActions();
    expect(actions.size).toBeGreaterThan(20);
    for (const a of [...actions, "block.update", "block.curate", "block.hide", "speech.export"]) {
      expect(AUDIT_ACTION_LABELS[a], a).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it("names in Chinese every detail an import, its undo, a block's edit, split and revert, and a new speech write", () => {
    const written = [
      { blocksRemoved: 10, documentsKept: 2, filesCancelled: 0, blocksKeptInUse: 2, documentsRemoved: 0 },
      {
        files: 2,
        speeches: 3,
        blocks: 40,
        newBlocks: 30,
        exactRepeats: 8,
        nearDuplicates: 2,
        removed: 12,
        restored: 1,
      },
      { byCategory: { 开场: 2 } },
      { parts: 2, newBlockIds: ["86a935d5-1c2b-4d5e-9f00-123456789abc"] },
      { revisionId: "cmx624pbl0003abcdefghij", revertedAction: "update" },
      {
        before: { categoryId: "cmx61un1l0001gp7dja6cvvpt", confidence: 0.4, tags: ["消防"] },
        after: { curated: true },
      },
      { title: "讲话", from: { kind: "template", template: "three-points" } },
      { format: "docx", version: 3, fontSet: "gb2312", pageNumbers: "outer", speakerLine: true, draftMark: "" },
      { absorbedId: "abcdefghijkl", sources: 2, usages: 1, skippedUsages: 0, favourites: 0 },
    ];
    for (const details of written)
      for (const line of describeAuditDetails(details)) {
        // Every name is Chinese; an id is cut to its first characters.
        for (const [, name] of line.matchAll(/(?:^|[（；])([^：；（）]+)：/g))
          expect(name, line).toMatch(/[\u4e00-\u9fa5]/);
        expect(line, line).not.toMatch(/[A-Za-z0-9-]{12,}/);
      }
    expect(describeAuditDetails({ revisionId: "cmx624pbl0003abcdefghij", revertedAction: "update" })).toEqual([
      "撤销的修改编号：cmx624pb…",
      "撤销的操作：编辑",
    ]);
    expect(describeAuditDetails({ from: { kind: "template", template: "three-points" } })).toEqual([
      "来源：类型：提纲模板；提纲模板：三点意见",
    ]);
  });

  it("shows a value or a key that happens to be an object's own name as it is", () => {
    expect(describeAuditDetails({ title: "constructor", toString: "x" })).toEqual(["标题：constructor", "toString：x"]);
  });

  it("shows an unknown action as stored", () => {
    expect(auditActionLabel("future.thing")).toBe("future.thing");
    expect(auditActionLabel("auth.login_failed")).toBe("登录失败");
  });

  it("describes details as readable Chinese lines", () => {
    expect(describeAuditDetails({ reason: "wrong_password", failures: 3 })).toEqual([
      "原因：密码错误",
      "连续失败次数：3",
    ]);
    expect(describeAuditDetails({ before: { role: "VIEWER", disabled: false }, change: { role: "EDITOR" } })).toEqual([
      "修改前：角色：只读；停用：否",
      "修改内容：角色：编辑",
    ]);
    expect(describeAuditDetails({ text: "字".repeat(100) })[0]).toBe(`内容：${"字".repeat(60)}…`);
    expect(describeAuditDetails(null)).toEqual([]);
  });
});
