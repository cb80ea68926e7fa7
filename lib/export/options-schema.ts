// Validation of export options at the API boundary, and reading stored options (possibly partial or written by an
// older version) over the defaults: every valid key is taken, anything else is the default.
import { z } from "zod";
import { DEFAULT_EXPORT_OPTIONS, DRAFT_MARKS, FONT_SETS, PAGE_NUMBER_PLACEMENTS, type ExportOptions } from "./options";

const fields = {
  fontSet: z.enum(FONT_SETS, { error: "字体方案无效。" }),
  pageNumbers: z.enum(PAGE_NUMBER_PLACEMENTS, { error: "页码位置无效。" }),
  speakerLine: z.boolean({ error: "是否打印讲话人及日期须为是或否。" }),
  draftMark: z.enum(DRAFT_MARKS, { error: "稿件标识只能是不加、送审稿或征求意见稿。" }),
};

export const exportOptionsInput = z.object(fields).strict();

/** The same options as query parameters (all optional; booleans as 1/0): they override the saved ones once. */
export const exportQuery = z
  .object({
    format: z.enum(["docx", "txt"], { error: "导出格式只能是 docx 或 txt。" }).default("docx"),
    highlight: z.enum(["0", "1"]).default("1"),
    fontSet: fields.fontSet.optional(),
    pageNumbers: fields.pageNumbers.optional(),
    speakerLine: z.enum(["0", "1"]).optional(),
    draftMark: fields.draftMark.optional(),
  })
  .strict();
export type ExportQuery = z.infer<typeof exportQuery>;

export function readExportOptions(stored: unknown): ExportOptions {
  const out: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS };
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return out;
  const s = stored as Record<string, unknown>;
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    const parsed = fields[key].safeParse(s[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.data;
  }
  return out;
}
