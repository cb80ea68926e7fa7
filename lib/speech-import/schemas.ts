// The text fields of the import's multipart form (all strings on the wire), with Chinese messages.
import { z } from "zod";

const FLAG = { true: true, "1": true, on: true, false: false, "0": false, off: false, "": false } as const;

export const importSpeechFields = z.object(
  {
    meetingId: z
      .string()
      .trim()
      .max(100, "请选择有效的会议。")
      .optional()
      .transform((v) => v || null),
    alsoCorpus: z
      .enum(Object.keys(FLAG) as [keyof typeof FLAG], { error: "“同时导入素材库”只能是勾选或不勾选。" })
      .optional()
      .transform((v) => (v === undefined ? false : FLAG[v])),
    order: z
      .string()
      .trim()
      .regex(/^\d{0,3}$/, "请填写要导入的是文件中的第几篇讲话（1、2、3……）。")
      .optional()
      .transform((v) => (v ? Number(v) : undefined))
      .refine((v) => v === undefined || v >= 1, "请填写要导入的是文件中的第几篇讲话（1、2、3……）。"),
  },
  { error: "导入选项格式不正确。" },
);
