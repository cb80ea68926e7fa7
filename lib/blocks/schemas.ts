// Input contracts for block curation: the route handlers validate with them, once, and the use cases take what they
// parsed (the z.output types below). Text is cleaned to plain text before its length is checked.
import { z } from "zod";
import { AppError } from "../errors";
import { cleanBlockText, cleanTag, textLength } from "./plain-text";

import { MAX_BLOCK_CHARS, MAX_TAG_CHARS, MAX_TAGS } from "./limits";
export { MAX_BLOCK_CHARS, MAX_TAG_CHARS, MAX_TAGS };
export const MIN_SPLIT_PARTS = 2;
export const MAX_SPLIT_PARTS = 10;

export const blockTextSchema = z
  .string({ error: "请输入素材内容。" })
  .transform(cleanBlockText)
  .refine((t) => t.length > 0, "素材内容不能为空。")
  .refine((t) => textLength(t) <= MAX_BLOCK_CHARS, `素材内容最多 ${MAX_BLOCK_CHARS} 个字。`);

export const tagsSchema = z
  .array(z.string({ error: "标签必须是文字。" }), { error: "标签格式不正确。" })
  .transform((tags) => [...new Set(tags.map(cleanTag).filter(Boolean))])
  .refine((tags) => tags.length <= MAX_TAGS, `标签最多 ${MAX_TAGS} 个。`)
  .refine((tags) => tags.every((t) => textLength(t) <= MAX_TAG_CHARS), `每个标签最多 ${MAX_TAG_CHARS} 个字。`);

const idSchema = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

export const categoryIdSchema = idSchema("请选择有效的类别。").nullable();

export const versionSchema = z
  .number({ error: "缺少素材的版本号，请刷新后再试。" })
  .int("素材的版本号无效，请刷新后再试。")
  .min(1, "素材的版本号无效，请刷新后再试。");

export const blockKindSchema = z.enum(["HEADING", "PARAGRAPH"], { error: "请选择标题或正文。" });

export const updateBlockInput = z.object({
  version: versionSchema,
  text: blockTextSchema.optional(),
  categoryId: categoryIdSchema.optional(),
  tags: tagsSchema.optional(),
  curated: z.boolean({ error: "“已审核”只能是或否。" }).optional(),
  hidden: z.boolean({ error: "“隐藏”只能是或否。" }).optional(),
});
/** A block edit as the route validated it (the use case trusts it: input is validated once, at the route). */
export type UpdateBlockInput = z.output<typeof updateBlockInput>;

export const createBlockInput = z.object({
  text: blockTextSchema,
  categoryId: categoryIdSchema.optional(),
  tags: tagsSchema.optional(),
  kind: blockKindSchema.optional(),
});
export type CreateBlockInput = z.output<typeof createBlockInput>;

export const splitBlockInput = z.object({
  version: versionSchema,
  parts: z
    .array(z.string({ error: "拆分的每一段都必须是文字。" }).transform(cleanBlockText), {
      error: "请提供拆分后的各段。",
    })
    .min(MIN_SPLIT_PARTS, `至少要拆成 ${MIN_SPLIT_PARTS} 段。`)
    .max(MAX_SPLIT_PARTS, `最多拆成 ${MAX_SPLIT_PARTS} 段。`)
    .refine((parts) => parts.every((p) => p.length > 0), "拆分后的每一段都不能为空。"),
});
export type SplitBlockInput = z.output<typeof splitBlockInput>;

export const mergeBlockInput = z.object({ absorbedId: idSchema("请选择要并入的素材。") });

export const favouriteInput = z.object({ on: z.boolean({ error: "请说明是收藏还是取消收藏。" }) });

/** Parses with a contract, turning a failure into the same Chinese AppError the route wrapper gives (for input that
 * does not come through a route: an imported file, a test). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0]?.message;
  const message = first && /[\u4e00-\u9fa5]/.test(first) ? first : "提交的内容格式不正确，请检查后重试。";
  throw new AppError("invalid_input", message, parsed.error.issues);
}
