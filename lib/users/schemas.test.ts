import { describe, expect, it } from "vitest";
import { createUserInput, setupInput, signInInput, updateUserInput, usernameSchema } from "./schemas";

const firstMessage = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message;

describe("user input schemas", () => {
  it("accepts Chinese, Latin, digits and _ . - in user names, trimmed", () => {
    expect(usernameSchema.parse("  张三_zhang.3-a ")).toBe("张三_zhang.3-a");
  });

  it("rejects bad user names with Chinese messages", () => {
    expect(firstMessage(usernameSchema.safeParse("a"))).toBe("用户名至少 2 个字符。");
    expect(firstMessage(usernameSchema.safeParse("x".repeat(33)))).toBe("用户名最多 32 个字符。");
    expect(firstMessage(usernameSchema.safeParse("bad name"))).toMatch(/^用户名只能包含/);
    expect(firstMessage(usernameSchema.safeParse(undefined))).toBe("请输入用户名。");
  });

  it("createUserInput requires an 8-character password and a valid role", () => {
    const base = { username: "lisi", displayName: "李四", password: "12345678", role: "EDITOR" };
    expect(createUserInput.safeParse(base).success).toBe(true);
    expect(firstMessage(createUserInput.safeParse({ ...base, password: "1234567" }))).toBe("密码至少 8 个字符。");
    expect(firstMessage(createUserInput.safeParse({ ...base, role: "ROOT" }))).toBe("请选择有效的角色。");
    expect(firstMessage(createUserInput.safeParse({ ...base, displayName: "  " }))).toBe("请输入姓名。");
  });

  it("updateUserInput refuses an empty change", () => {
    expect(firstMessage(updateUserInput.safeParse({}))).toBe("没有需要修改的内容。");
    expect(updateUserInput.parse({ disabled: true })).toEqual({ disabled: true });
  });

  it("signInInput and setupInput", () => {
    expect(firstMessage(signInInput.safeParse({ username: " ", password: "x" }))).toBe("请输入用户名。");
    expect(firstMessage(signInInput.safeParse({ username: "a", password: "" }))).toBe("请输入密码。");
    expect(setupInput.safeParse({ username: "admin", displayName: "管理员", password: "short" }).success).toBe(false);
  });
});
