// Input contracts of the review routes: validated once, at the route; the use cases (review-file.ts) trust them.
import { z } from "zod";

const version = z
  .number({ error: "缺少文件的版本号，请刷新页面后再试。" })
  .int("文件的版本号无效，请刷新页面后再试。")
  .min(1, "文件的版本号无效，请刷新页面后再试。");

const blockRef = {
  speech: z.number({ error: "请指明是哪一篇讲话。" }).int("讲话编号无效。").min(1, "讲话编号无效。"),
  position: z.number({ error: "请指明是哪一段。" }).int("段落位置无效。").min(0, "段落位置无效。"),
};

const edit = z.discriminatedUnion(
  "op",
  [
    z.object({ op: z.literal("merge"), ...blockRef }),
    z.object({
      op: z.literal("split"),
      ...blockRef,
      at: z.number({ error: "请选择拆分的位置。" }).int("拆分位置无效。").min(1, "拆分点必须在段落中间。"),
    }),
    z.object({
      op: z.literal("category"),
      ...blockRef,
      category: z.string({ error: "请选择类别。" }).trim().min(1, "请选择类别。").max(50, "类别名称过长。"),
    }),
    z.object({
      op: z.literal("heading"),
      ...blockRef,
      level: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: "标题级别只能是 1、2 或 3 级。" }),
    }),
    z.object({ op: z.literal("paragraph"), ...blockRef }),
  ],
  { error: "请选择要做的修改：合并、拆分、更改类别或设为标题/正文。" },
);

export const reviewEditInput = z.object({ version, edit });
export type ReviewEditInput = z.output<typeof reviewEditInput>;

export const reviewVersionInput = z.object({ version });
