// Input contracts for outline templates, shared by the route handlers and the use cases, and the reading of a
// stored template's headings (JSON written by this or an older version).
import { z } from "zod";
import { idField, requiredLine } from "../meetings/schemas";
import { MAX_SPEECH_CHARS } from "../speech-doc/types";
import type { TemplateHeading } from "./types";

import { MAX_TEMPLATE_HEADING_CHARS, MAX_TEMPLATE_HEADINGS, MAX_TEMPLATE_NAME } from "./limits";

export { MAX_TEMPLATE_HEADING_CHARS, MAX_TEMPLATE_HEADINGS, MAX_TEMPLATE_NAME };

export const saveOutlineTemplateInput = z.object(
  {
    name: requiredLine("模板名称", MAX_TEMPLATE_NAME),
    speechId: idField("请指明要保存哪篇讲话稿的提纲。"),
  },
  { error: "请填写模板名称。" },
);
export type SaveOutlineTemplateInput = z.input<typeof saveOutlineTemplateInput>;

export const templateHeadingSchema = z.object({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string().trim().min(1).max(MAX_TEMPLATE_HEADING_CHARS),
  categoryKey: z.string().max(100).nullable(),
  targetChars: z.number().int().min(0).max(MAX_SPEECH_CHARS).nullable(),
}) satisfies z.ZodType<TemplateHeading>;

/** The stored headings, each checked; a malformed entry is left out rather than breaking the list. */
export function readTemplateHeadings(stored: unknown): TemplateHeading[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((h) => {
    const parsed = templateHeadingSchema.safeParse(h);
    return parsed.success ? [parsed.data] : [];
  });
}
