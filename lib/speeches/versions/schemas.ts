// Input contracts for speech versions: the route handlers validate with them, once, and the use cases take what
// they parsed (the z.output types below).
import { z } from "zod";
import { idField } from "../../meetings/schemas";
import { speechDocSchema } from "../content-schema";
import { baseVersionSchema, savedTitleSchema } from "../schemas";

import { MAX_VERSION_NAME, MAX_VERSION_NOTE } from "./limits";
export { MAX_VERSION_NAME, MAX_VERSION_NOTE };

export const createVersionInput = z.object(
  {
    name: z
      .string({ error: "请填写版本名称，例如“第一稿”。" })
      .trim()
      .min(1, "请填写版本名称，例如“第一稿”。")
      .max(MAX_VERSION_NAME, `版本名称最多 ${MAX_VERSION_NAME} 个字。`),
    note: z
      .string()
      .trim()
      .max(MAX_VERSION_NOTE, `版本说明最多 ${MAX_VERSION_NOTE} 个字。`)
      .optional()
      .nullable()
      .transform((v) => v || null),
  },
  { error: "请填写版本名称。" },
);
export type CreateVersionInput = z.output<typeof createVersionInput>;

export const restoreVersionInput = z.object({ baseVersion: baseVersionSchema }, { error: "缺少讲话稿的版本号。" });
export type RestoreVersionInput = z.output<typeof restoreVersionInput>;

export const putBackInput = z.object(
  {
    baseVersion: baseVersionSchema,
    row: z
      .number({ error: "请选择要放回的段落。" })
      .int("请选择要放回的段落。")
      .min(0, "请选择要放回的段落。")
      .max(100_000, "请选择要放回的段落。"),
  },
  { error: "缺少讲话稿的版本号和要放回的段落。" },
);
export type PutBackInput = z.output<typeof putBackInput>;

const versionRef = z.union([z.literal("current"), idField("版本编号无效。")], { error: "请选择要对照的版本。" });
export const compareQuery = z.object({ from: versionRef, to: versionRef.default("current") });

/** The clerk's own text, given up for a newer version (keep-discarded.ts): what a save would have sent. */
export const keepDiscardedInput = z.object(
  { baseVersion: baseVersionSchema, title: savedTitleSchema, content: speechDocSchema },
  { error: "缺少讲话稿内容。" },
);
export type KeepDiscardedInput = z.output<typeof keepDiscardedInput>;
