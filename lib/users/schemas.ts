// Input contracts for user management, shared by route handlers and tests.
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password";

export const usernameSchema = z
  .string({ error: "请输入用户名。" })
  .trim()
  .min(2, "用户名至少 2 个字符。")
  .max(32, "用户名最多 32 个字符。")
  .regex(/^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/, "用户名只能包含字母、数字、汉字和 _ . -。");

export const passwordSchema = z
  .string({ error: "请输入密码。" })
  .min(MIN_PASSWORD_LENGTH, `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`)
  .max(200, "密码最多 200 个字符。");

export const roleSchema = z.enum(["ADMIN", "EDITOR", "VIEWER"], { error: "请选择有效的角色。" });

export const displayNameSchema = z.string().trim().min(1, "请输入姓名。").max(40, "姓名最多 40 个字符。");

export const createUserInput = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  role: roleSchema,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = z
  .object({
    displayName: displayNameSchema.optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "没有需要修改的内容。");
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const resetPasswordInput = z.object({ password: passwordSchema });

export const signInInput = z.object({
  username: z.string({ error: "请输入用户名。" }).trim().min(1, "请输入用户名。").max(64, "用户名过长。"),
  password: z.string({ error: "请输入密码。" }).min(1, "请输入密码。").max(200, "密码过长。"),
});

export const setupInput = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
