// Meetings on a real database: create, update, list (newest day first, with speech counts), get with its
// speeches, delete (refused while speeches belong to it), and the contracts' Chinese validation (the routes
// validate with them; the use cases take what they parsed).
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as meetingRoute from "../../app/api/meetings/[id]/route";
import * as meetingsRoute from "../../app/api/meetings/route";
import { parseInput } from "../../lib/blocks/schemas";
import { db } from "../../lib/db/client";
import { createMeeting } from "../../lib/meetings/create-meeting";
import { deleteMeeting } from "../../lib/meetings/delete-meeting";
import { getMeeting } from "../../lib/meetings/get-meeting";
import { listMeetings } from "../../lib/meetings/list-meetings";
import {
  createMeetingInput,
  listMeetingsQuery,
  MEETING_TYPES,
  SPEECH_KINDS,
  updateMeetingInput,
} from "../../lib/meetings/schemas";
import { updateMeeting } from "../../lib/meetings/update-meeting";
import { createSpeech } from "../../lib/speeches/create-speech";
import { deleteSpeech } from "../../lib/speeches/delete-speech";
import { listSpeeches } from "../../lib/speeches/list-speeches";
import { getSpeech } from "../../lib/speeches/get-speech";
import { setSpeechStatus } from "../../lib/speeches/set-speech-status";
import { createTestUser, unique } from "../../lib/testing/factories";
import { asCreateSpeech, asSpeechStatus } from "../../lib/testing/route-input";
import { refused, routeCaller } from "../support/route-call";

// What the routes hand the use cases: the request parsed with its contract.
const asCreate = (input: z.input<typeof createMeetingInput>) => parseInput(createMeetingInput, input);
const asUpdate = (input: z.input<typeof updateMeetingInput>) => parseInput(updateMeetingInput, input);
const asList = (input: z.input<typeof listMeetingsQuery>) => parseInput(listMeetingsQuery, input);

function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (err) {
    return err;
  }
  return undefined;
}

describe("meetings (real database)", () => {
  it("creates, updates and reads a meeting; empty optional fields become null", async () => {
    const user = await createTestUser();
    const m = await createMeeting(
      user.id,
      asCreate({
        title: " 2025年第一季度全县安全生产工作会议 ",
        date: "2025-03-01",
        type: "季度例会",
        level: "县/区",
        audience: "各乡镇、县直有关部门",
        location: "",
      }),
    );
    expect(m).toMatchObject({
      title: "2025年第一季度全县安全生产工作会议",
      date: "2025-03-01",
      type: "季度例会",
      level: "县/区",
      audience: "各乡镇、县直有关部门",
      location: null,
      speechCount: 0,
    });
    const u = await updateMeeting(m.id, user.id, asUpdate({ location: "县政府三楼会议室", date: null }));
    expect(u).toMatchObject({ title: m.title, location: "县政府三楼会议室", date: null, type: "季度例会" });
    expect(
      await db().auditLog.count({ where: { targetId: m.id, action: { in: ["meeting.create", "meeting.update"] } } }),
    ).toBe(2);
    await expect(updateMeeting("no-such", user.id, asUpdate({ title: "x" }))).rejects.toMatchObject({
      code: "not_found",
      message: "会议不存在或已被删除。",
    });
    expect(MEETING_TYPES).toContain("安委会全体会议");
    expect(SPEECH_KINDS).toEqual(["主要讲话", "主持词", "表态发言", "其他"]);
  });

  it("lists newest day first (undated last) with speech counts; gets a meeting with its speeches", async () => {
    const user = await createTestUser();
    const tag = unique("会");
    const older = await createMeeting(user.id, asCreate({ title: `${tag} 一月`, date: "2025-01-10" }));
    const newer = await createMeeting(user.id, asCreate({ title: `${tag} 三月`, date: "2025-03-10" }));
    const undated = await createMeeting(user.id, asCreate({ title: `${tag} 待定` }));
    await createSpeech(user.id, asCreateSpeech({ title: "主要讲话稿", meetingId: newer.id, kind: "主要讲话" }));
    await createSpeech(user.id, asCreateSpeech({ title: "主持词稿", meetingId: newer.id, kind: "主持词" }));
    const list = await listMeetings(asList({ q: tag }));
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(list.meetings.map((m) => [m.id, m.speechCount])).toEqual([
      [newer.id, 2],
      [older.id, 0],
      [undated.id, 0],
    ]);
    const detail = await getMeeting(newer.id);
    expect(detail.speeches.map((s) => s.title).sort()).toEqual(["主持词稿", "主要讲话稿"]);
    expect(detail.speeches[0]).toMatchObject({ meeting: { id: newer.id, date: "2025-03-10" }, status: "DRAFT" });
    await expect(getMeeting("no-such")).rejects.toMatchObject({ code: "not_found" });
    expect((await listMeetings(asList({ q: tag, pageSize: 1, page: 2 }))).meetings.map((m) => m.id)).toEqual([
      older.id,
    ]);
  });

  it("refuses to delete a meeting that still has speeches, deletes it once they are gone", async () => {
    const user = await createTestUser();
    const m = await createMeeting(user.id, asCreate({ title: "专项整治部署会" }));
    const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话", meetingId: m.id }));
    await expect(deleteMeeting(m.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      status: 409,
      message: "该会议下还有 1 篇讲话稿，不能删除；请先删除这些讲话稿或把它们改到其他会议。",
    });
    await deleteSpeech(s.id, user.id);
    await deleteMeeting(m.id, user.id);
    expect(await db().meeting.findUnique({ where: { id: m.id } })).toBeNull();
    expect(await db().auditLog.count({ where: { targetId: m.id, action: "meeting.delete" } })).toBe(1);
    await expect(deleteMeeting(m.id, user.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("validates in Chinese with limits on every field", () => {
    const cases: [z.input<typeof createMeetingInput>, string][] = [
      [{ title: " " }, "请填写会议名称。"],
      [{} as never, "请填写会议名称。"],
      [{ title: "会".repeat(201) }, "会议名称最多 200 个字。"],
      [{ title: "会议", date: "2025/03/01" }, "会议日期格式应为 2025-03-01。"],
      [{ title: "会议", date: "1900-01-01" }, "会议日期超出了合理的范围。"],
      [{ title: "会议", date: "2026-02-30" }, "会议日期无效：2026年2月没有30日。"],
      [{ title: "会议", type: "类".repeat(51) }, "会议类型最多 50 个字。"],
      [{ title: "会议", level: "级".repeat(51) }, "会议层级最多 50 个字。"],
      [{ title: "会议", audience: "人".repeat(201) }, "参会范围最多 200 个字。"],
      [{ title: "会议", location: "地".repeat(101) }, "会议地点最多 100 个字。"],
      [{ title: "会议", location: 5 as never }, "会议地点必须是文字。"],
    ];
    for (const [input, message] of cases) {
      expect(
        thrownBy(() => asCreate(input)),
        message,
      ).toMatchObject({ code: "invalid_input", message });
    }
    expect(() => asUpdate({})).toThrow("没有需要修改的内容。");
  });
});

describe("a meeting's day at the routes", () => {
  it("refuses a day that does not exist, by name, when creating and when changing a meeting", async () => {
    const user = await createTestUser();
    const call = await routeCaller(user.id);
    const message = "会议日期无效：2026年2月没有30日。";
    expect(
      await call(meetingsRoute.POST, { method: "POST", body: { title: "会议", date: "2026-02-30" } }),
    ).toMatchObject(refused(message));
    const meeting = await createMeeting(user.id, asCreate({ title: `改期会议${unique("m")}`, date: "2026-02-28" }));
    const patch = { method: "PATCH", params: { id: meeting.id }, body: { date: "2026-02-30" } };
    expect(await call(meetingRoute.PATCH, patch)).toMatchObject(refused(message));
    expect((await getMeeting(meeting.id)).date).toBe("2026-02-28");
  });
});

describe("a 定稿 speech and its meeting's day", () => {
  it("keeps the day it was finalised with when it has none of its own and the meeting's changes", async () => {
    const user = await createTestUser();
    const meeting = await createMeeting(user.id, asCreate({ title: `定稿会议${unique("m")}`, date: "2026-12-20" }));
    const s = await createSpeech(user.id, asCreateSpeech({ title: "会议讲话", meetingId: meeting.id }));
    await setSpeechStatus(s.id, user.id, asSpeechStatus({ status: "FINAL" }));
    await updateMeeting(meeting.id, user.id, asUpdate({ date: "2027-01-05" }));
    expect((await getSpeech(s.id)).date).toBe("2026-12-20");
  });
});

describe("a page past a list's end", () => {
  it("shows the last page of meetings and of speeches, not an empty list", async () => {
    const user = await createTestUser();
    const m = unique("尾页");
    for (const n of [1, 2, 3]) await createMeeting(user.id, asCreate({ title: `${m}会议${n}` }));
    const meetings = await listMeetings(asList({ q: m, page: "99", pageSize: "2" }));
    expect(meetings).toMatchObject({ total: 3, page: 2 });
    expect(meetings.meetings).toHaveLength(1);
    await createSpeech(user.id, asCreateSpeech({ title: `${m}讲话` }));
    const speeches = await listSpeeches({ q: m, page: 99, pageSize: 20 } as never);
    expect(speeches).toMatchObject({ total: 1, page: 1 });
    expect(speeches.speeches).toHaveLength(1);
  });
});
