// The speech document and its settings as the API accepts them: strictly the node types, attributes and marks of
// lib/speech-doc/types.ts, nothing else (no HTML, no unknown attributes), within limits. The schemas do not
// transform, so parsing their output again (route, then use case) gives the same value.
import { hasSpeechStructure } from "../speech-doc/doc-structure";
import { z } from "zod";
import {
  MAX_SPEECH_CHARS,
  MAX_SPEECH_NODES,
  NUMBERING_STYLES,
  VARIABLE_KEYS,
  VARIABLE_MARK,
  type VariableKey,
  type SpeechDoc,
  type SpeechSettings,
} from "../speech-doc/types";

/** Text nodes in a whole document (a variable mark splits a paragraph's text into several). */
export const MAX_TEXT_NODES = 4 * MAX_SPEECH_NODES;
export const MAX_BLOCK_ID_CHARS = 100;
export const MAX_SOURCE_HASH_CHARS = 16;
import { MAX_VARIABLE_CHARS } from "./limits";
export { MAX_VARIABLE_CHARS };

const BAD_CONTENT = "讲话稿内容格式不正确，请刷新后重试。";

const variableMark = z.strictObject(
  {
    type: z.literal(VARIABLE_MARK, { error: "讲话稿中只能使用“变量”这一种文字标记。" }),
    attrs: z.strictObject({ name: z.enum(VARIABLE_KEYS, { error: "讲话稿中有未知的变量。" }) }, { error: BAD_CONTENT }),
  },
  { error: BAD_CONTENT },
);

const textNode = z.strictObject(
  {
    type: z.literal("text", { error: "讲话稿的段落中只能有文字。" }),
    text: z
      .string({ error: BAD_CONTENT })
      .min(1, BAD_CONTENT)
      .refine((t) => !t.includes("\u0000"), "讲话稿中有无效字符（U+0000），请删除后重试。"),
    marks: z.array(variableMark, { error: BAD_CONTENT }).max(1, BAD_CONTENT).optional(),
  },
  { error: BAD_CONTENT },
);

const inline = z.array(textNode, { error: BAD_CONTENT }).optional();

const plainNode = <T extends "speechTitle" | "speakerLine" | "salutation">(type: T) =>
  z.strictObject({ type: z.literal(type), content: inline }, { error: BAD_CONTENT });

const headingNode = z.strictObject(
  {
    type: z.literal("heading"),
    attrs: z.strictObject(
      { level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "标题层级只能是 1、2 或 3。" }) },
      { error: "标题缺少层级。" },
    ),
    content: inline,
  },
  { error: BAD_CONTENT },
);

const paragraphNode = z.strictObject(
  {
    type: z.literal("paragraph"),
    attrs: z
      .strictObject(
        {
          blockId: z
            .string({ error: BAD_CONTENT })
            .max(MAX_BLOCK_ID_CHARS, "段落的素材来源编号过长。")
            .nullable()
            .optional(),
          blockVersion: z.number({ error: BAD_CONTENT }).int(BAD_CONTENT).min(0, BAD_CONTENT).nullable().optional(),
          sourceHash: z
            .string({ error: BAD_CONTENT })
            .max(MAX_SOURCE_HASH_CHARS, "段落的来源校验值过长。")
            .nullable()
            .optional(),
        },
        { error: BAD_CONTENT },
      )
      .optional(),
    content: inline,
  },
  { error: BAD_CONTENT },
);

const speechNode = z.discriminatedUnion(
  "type",
  [plainNode("speechTitle"), plainNode("speakerLine"), plainNode("salutation"), headingNode, paragraphNode],
  { error: "讲话稿中有不支持的内容类型（只能有标题、署名、称谓、各级标题和正文段落）。" },
);

export const speechDocSchema = z
  .strictObject(
    {
      type: z.literal("doc", { error: BAD_CONTENT }),
      content: z
        .array(speechNode, { error: BAD_CONTENT })
        .max(MAX_SPEECH_NODES, `讲话稿最多 ${MAX_SPEECH_NODES} 个段落，请拆分后再保存。`),
    },
    { error: "缺少讲话稿内容。" },
  )
  .superRefine((doc, ctx) => {
    if (!hasSpeechStructure(doc as SpeechDoc)) {
      ctx.addIssue({
        code: "custom",
        message: "讲话稿的结构不完整（应依次为标题、署名行、称谓和正文），请刷新页面后重试。",
      });
      return;
    }
    let chars = 0;
    let textNodes = 0;
    for (const node of doc.content) {
      for (const t of node.content ?? []) {
        textNodes++;
        chars += t.text.length;
      }
    }
    if (textNodes > MAX_TEXT_NODES) {
      ctx.addIssue({ code: "custom", message: "讲话稿中的变量和文字片段过多，请精简后再保存。" });
    }
    // Code units first (cheap); count code points only when it could matter.
    if (chars > MAX_SPEECH_CHARS) {
      let points = 0;
      for (const node of doc.content) for (const t of node.content ?? []) points += [...t.text].length;
      if (points > MAX_SPEECH_CHARS) {
        ctx.addIssue({ code: "custom", message: `讲话稿最多 ${MAX_SPEECH_CHARS} 个字，请拆分后再保存。` });
      }
    }
  }) satisfies z.ZodType<SpeechDoc>;

// ───────────── settings ─────────────

const numberingStyle = z.enum(NUMBERING_STYLES, { error: "标题编号样式无效。" });

/** One schema per setting, so that a stored value can be read key by key (readSettings). */
export const settingFields = {
  numbering: z.tuple([numberingStyle, numberingStyle, numberingStyle], { error: "请为三级标题各选一种编号样式。" }),
  charsPerMinute: z
    .number({ error: "语速必须是数字。" })
    .int("语速必须是整数。")
    .min(60, "语速不能低于每分钟 60 字。")
    .max(600, "语速不能高于每分钟 600 字。"),
  targetChars: z
    .number({ error: "目标字数必须是数字。" })
    .int("目标字数必须是整数。")
    .positive("目标字数必须大于 0。")
    .max(MAX_SPEECH_CHARS, `目标字数不能超过 ${MAX_SPEECH_CHARS}。`)
    .nullable(),
  targetMinutes: z
    .number({ error: "目标时长必须是数字。" })
    .positive("目标时长必须大于 0。")
    .max(600, "目标时长不能超过 600 分钟。")
    .nullable(),
  variables: z
    .record(
      z.string(),
      z
        .string({ error: "变量的值必须是文字。" })
        .max(MAX_VARIABLE_CHARS, `每个变量最多 ${MAX_VARIABLE_CHARS} 个字。`)
        .refine((t) => !/[\u0000-\u001f]/.test(t), "变量的值不能包含控制字符或换行。"),
      { error: "变量格式不正确。" },
    )
    .refine((v) => Object.keys(v).every((k) => (VARIABLE_KEYS as readonly string[]).includes(k)), "未知的变量。")
    .transform((v) => v as Partial<Record<VariableKey, string>>),
  reuseMeetings: z
    .number({ error: "重复提醒的会议数必须是数字。" })
    .int("重复提醒的会议数必须是整数。")
    .min(0, "重复提醒的会议数不能小于 0。")
    .max(20, "重复提醒的会议数不能超过 20。"),
  reuseMonths: z
    .number({ error: "重复提醒的月数必须是数字。" })
    .int("重复提醒的月数必须是整数。")
    .min(0, "重复提醒的月数不能小于 0。")
    .max(60, "重复提醒的月数不能超过 60。"),
};

export const speechSettingsSchema = z.strictObject(settingFields, {
  error: "讲话稿设置格式不正确。",
}) satisfies z.ZodType<SpeechSettings>;

/** What a save may send: any subset of the settings; the rest stays as stored. */
export const speechSettingsPatchSchema = z
  .strictObject(settingFields, { error: "讲话稿设置格式不正确。" })
  .partial() satisfies z.ZodType<Partial<SpeechSettings>>;
