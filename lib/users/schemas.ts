// Input contracts for user management, shared by route handlers and tests.
import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/password-rules";

export const usernameSchema = z
  .string({ error: "请输入用户名。" })
  .trim()
  .min(2, "用户名至少 2 个字符。")
  .max(32, "用户名最多 32 个字符。")
  .regex(/^[A-Za-z0-9_.\-\u4e00-\u9fa5]+$/, "用户名只能包含字母、数字、汉字和 _ . -。");

/** The one password rule (MIN_PASSWORD_LENGTH to MAX_PASSWORD_LENGTH characters), its messages naming the field. */
const passwordRule = (label: string) =>
  z
    .string({ error: `请输入${label}。` })
    .min(MIN_PASSWORD_LENGTH, `${label}至少 ${MIN_PASSWORD_LENGTH} 个字符。`)
    .max(MAX_PASSWORD_LENGTH, `${label}最多 ${MAX_PASSWORD_LENGTH} 个字符。`);

export const passwordSchema = passwordRule("密码");

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

/** Changing one's own password: the current one (checked, throttled) and the new one under the same rule. */
export const changeOwnPasswordInput = z.object({
  currentPassword: z.string({ error: "请输入当前密码。" }).min(1, "请输入当前密码。").max(200, "当前密码过长。"),
  newPassword: passwordRule("新密码"),
});
export type ChangeOwnPasswordInput = z.infer<typeof changeOwnPasswordInput>;

export const signInInput = z.object({
  username: z.string({ error: "请输入用户名。" }).trim().min(1, "请输入用户名。").max(64, "用户名过长。"),
  password: z.string({ error: "请输入密码。" }).min(1, "请输入密码。").max(200, "密码过长。"),
});

export const setupInput = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
