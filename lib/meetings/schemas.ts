// Input contracts for meetings (会议): the route handlers validate with them, once, and the use cases take what they
// parsed (the z.output types below). Every string has a limit; empty optional strings become null.
import { z } from "zod";
import { cleanTag, textLength } from "../blocks/plain-text";
import { optionalDay } from "../validation/day";

/** The usual meeting types, offered in the form; any other type may be typed in. */
export { MEETING_LEVELS, MEETING_TYPES, SPEECH_KINDS } from "./constants";
import { MAX_AUDIENCE, MAX_LOCATION, MAX_MEETING_TITLE, MAX_SHORT_FIELD } from "./constants";
export { MAX_AUDIENCE, MAX_LOCATION, MAX_MEETING_TITLE, MAX_SHORT_FIELD };

/** One line of text: controls dropped, runs of spaces collapsed, trimmed. */
const oneLine = (v: string) => cleanTag(v);

/** A required one-line text of at most `max` characters. */
export const requiredLine = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}。` })
    .transform(oneLine)
    .refine((t) => t.length > 0, `请填写${label}。`)
    .refine((t) => textLength(t) <= max, `${label}最多 ${max} 个字。`);

/** An optional one-line text: "" and null mean "none" (null); at most `max` characters. */
export const optionalLine = (label: string, max: number) =>
  z
    .union([z.string(), z.null()], { error: `${label}必须是文字。` })
    .transform((v) => (v === null ? null : oneLine(v) || null))
    .refine((t) => t === null || textLength(t) <= max, `${label}最多 ${max} 个字。`);

/** An id from a list the page showed (a cuid); null clears a link. */
export const idField = (message: string) => z.string({ error: message }).trim().min(1, message).max(100, message);

const meetingFields = {
  title: requiredLine("会议名称", MAX_MEETING_TITLE),
  date: optionalDay("会议日期").optional(),
  type: optionalLine("会议类型", MAX_SHORT_FIELD).optional(),
  level: optionalLine("会议层级", MAX_SHORT_FIELD).optional(),
  audience: optionalLine("参会范围", MAX_AUDIENCE).optional(),
  location: optionalLine("会议地点", MAX_LOCATION).optional(),
};

export const createMeetingInput = z.object(meetingFields, { error: "请填写会议信息。" });
/** A new meeting as the route validated it (the use case trusts it: input is validated once, at the route). */
export type CreateMeetingInput = z.output<typeof createMeetingInput>;

export const updateMeetingInput = z
  .object({ ...meetingFields, title: meetingFields.title.optional() }, { error: "请填写会议信息。" })
  .refine((v) => Object.values(v).some((x) => x !== undefined), "没有需要修改的内容。");
export type UpdateMeetingInput = z.output<typeof updateMeetingInput>;

const queryInt = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label}必须是数字。` })
    .int(`${label}必须是整数。`)
    .min(min, `${label}不能小于 ${min}。`)
    .max(max, `${label}不能大于 ${max}。`);

export const listMeetingsQuery = z.object({
  q: z.string().trim().max(MAX_MEETING_TITLE, `搜索词最多 ${MAX_MEETING_TITLE} 个字。`).optional(),
  page: queryInt("页码", 1, 10_000).default(1),
  pageSize: queryInt("每页条数", 1, 100).default(50),
});
export type ListMeetingsQuery = z.output<typeof listMeetingsQuery>;

export { queryInt };
