// Input contracts for speeches: the route handlers validate with them, once, and the use cases take what they parsed
// (the z.output types below).
import { z } from "zod";
import { textLength } from "../blocks/plain-text";
import { speakerOfDoc } from "../speech-doc/speaker-line";
import { idField, optionalLine, queryInt, requiredLine } from "../meetings/schemas";
import { optionalDay } from "../validation/day";
import { speechDocSchema, speechSettingsPatchSchema } from "./content-schema";
import { OUTLINE_TEMPLATE_KEYS } from "./templates";
import { SPEECH_STATUSES } from "./types";

import { MAX_KIND, MAX_OUTLINE_SOURCE_QUERY, MAX_REUSE_BLOCKS, MAX_SPEAKER, MAX_SPEECH_TITLE } from "./limits";

export { MAX_KIND, MAX_REUSE_BLOCKS, MAX_SPEAKER, MAX_SPEECH_TITLE };

export const speechTitleSchema = requiredLine("讲话稿标题", MAX_SPEECH_TITLE);
const speakerSchema = optionalLine("讲话人", MAX_SPEAKER);
const kindSchema = optionalLine("讲话类型", MAX_KIND);
const dateSchema = optionalDay("讲话日期");
const meetingIdSchema = idField("请选择有效的会议。").nullable();

export const speechStatusSchema = z.enum(SPEECH_STATUSES, { error: "状态只能是草稿、审阅或定稿。" });

/** Where a new speech's text comes from. */
export const speechSourceSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("empty") }),
    z.object({
      kind: z.literal("template"),
      template: z.enum(OUTLINE_TEMPLATE_KEYS, { error: "请选择有效的提纲模板。" }),
    }),
    z.object({ kind: z.literal("saved-template"), templateId: idField("请选择一个我的模板。") }),
    z.object({
      kind: z.literal("mined"),
      // Category keys joined with —: longer than an id when a shape has many sections.
      shapeKey: z
        .string({ error: "请选择一种语料中的常见结构。" })
        .trim()
        .min(1, "请选择一种语料中的常见结构。")
        .max(1000, "请选择一种语料中的常见结构。"),
    }),
    z.object({ kind: z.literal("corpus"), corpusSpeechId: idField("请选择一篇语料讲话。") }),
    z.object({
      kind: z.literal("speech"),
      speechId: idField("请选择一篇讲话稿。"),
      copy: z.boolean({ error: "请说明是复制全文还是只用提纲。" }),
    }),
  ],
  { error: "请选择新讲话稿的来源：空白、提纲模板、语料讲话或已有讲话稿。" },
);
export type SpeechSource = z.infer<typeof speechSourceSchema>;

export const createSpeechInput = z.object(
  {
    title: speechTitleSchema,
    meetingId: meetingIdSchema.optional(),
    speaker: speakerSchema.optional(),
    kind: kindSchema.optional(),
    date: dateSchema.optional(),
    from: speechSourceSchema.optional(),
  },
  { error: "请填写讲话稿信息。" },
);
/** A new speech as the route validated it (the use case trusts it: input is validated once, at the route). */
export type CreateSpeechInput = z.output<typeof createSpeechInput>;

export const baseVersionSchema = z
  .number({ error: "缺少讲话稿的版本号，请刷新后再试。" })
  .int("讲话稿的版本号无效，请刷新后再试。")
  .min(1, "讲话稿的版本号无效，请刷新后再试。")
  .max(2_147_483_647, "讲话稿的版本号无效，请刷新后再试。"); // a PostgreSQL integer

/** The title a save carries (the title node's text); empty keeps the stored one. */
export const savedTitleSchema = optionalLine("讲话稿标题", MAX_SPEECH_TITLE)
  .transform((t) => t ?? undefined)
  .optional();

export const saveSpeechInput = z
  .object(
    {
      baseVersion: baseVersionSchema,
      /** The title as the title node shows it; empty (a cleared title node) keeps the stored title. */
      title: savedTitleSchema,
      content: speechDocSchema,
      settings: speechSettingsPatchSchema.optional(),
      /** The editor saves over a newer version on purpose (保留我的版本): the text it replaces is kept first. */
      overwrite: z.boolean().optional(),
    },
    { error: "缺少讲话稿内容。" },
  )
  .superRefine((v, ctx) => {
    // The speaker line becomes the speech's 讲话人 (save-speech.ts): the field's limit applies to it.
    const speaker = speakerOfDoc(v.content);
    if (speaker && textLength(speaker) > MAX_SPEAKER)
      ctx.addIssue({
        code: "custom",
        path: ["content"],
        message: `标题下的讲话人最多 ${MAX_SPEAKER} 个字，请缩短后再保存。`,
      });
  });
export type SaveSpeechInput = z.output<typeof saveSpeechInput>;

export const updateSpeechMetaInput = z
  .object(
    {
      title: speechTitleSchema.optional(),
      meetingId: meetingIdSchema.optional(),
      speaker: speakerSchema.optional(),
      kind: kindSchema.optional(),
      date: dateSchema.optional(),
    },
    { error: "请填写讲话稿信息。" },
  )
  .refine((v) => Object.values(v).some((x) => x !== undefined), "没有需要修改的内容。");
export type UpdateSpeechMetaInput = z.output<typeof updateSpeechMetaInput>;

export const setSpeechStatusInput = z.object({ status: speechStatusSchema }, { error: "请选择讲话稿的状态。" });
export type SetSpeechStatusInput = z.output<typeof setSpeechStatusInput>;

export const listSpeechesQuery = z.object({
  status: speechStatusSchema.optional(),
  /** A meeting's id, or "none" for speeches without a meeting. */
  meetingId: idField("请选择有效的会议。").optional(),
  speaker: z.string().trim().max(MAX_SPEAKER, `讲话人最多 ${MAX_SPEAKER} 个字。`).optional(),
  q: z.string().trim().max(MAX_SPEECH_TITLE, `搜索词最多 ${MAX_SPEECH_TITLE} 个字。`).optional(),
  page: queryInt("页码", 1, 10_000).default(1),
  pageSize: queryInt("每页条数", 1, 100).default(20),
});
export type ListSpeechesQuery = z.output<typeof listSpeechesQuery>;

export const reuseQuery = z.object({
  block: z
    .union([z.string(), z.array(z.string())], { error: "请给出要检查的素材。" })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(idField("素材编号无效。")).max(MAX_REUSE_BLOCKS, `一次最多检查 ${MAX_REUSE_BLOCKS} 条素材。`))
    .optional(),
});

export const outlineSourcesQuery = z.object({
  q: z.string().trim().max(MAX_OUTLINE_SOURCE_QUERY, `搜索词最多 ${MAX_OUTLINE_SOURCE_QUERY} 个字。`).optional(),
});
export type OutlineSourcesQuery = z.output<typeof outlineSourcesQuery>;

/**
 * The JSON body limit of a save. A 200,000-character speech is about 600 kB of UTF-8 text; with 5,000 paragraphs
 * carrying provenance and up to 20,000 text pieces (variables split them) the JSON can reach about 3 MB.
 */
export const MAX_SAVE_BYTES = 4 * 1024 * 1024;
