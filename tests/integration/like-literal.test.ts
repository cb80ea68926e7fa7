// Filters that match a substring (讲话稿 by title and speaker, 会议 by title, the audit log by user name) take %, _
// and \ as the characters they are, not as SQL wildcards.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { searchAudit } from "@/lib/audit/search-audit";
import { signIn } from "@/lib/auth/sign-in";
import { listMeetings } from "@/lib/meetings/list-meetings";
import { listSpeeches } from "@/lib/speeches/list-speeches";
import { createTestMeeting, createTestSpeech, createTestUser, unique } from "@/lib/testing/factories";

describe("substring filters", () => {
  it("match %, _ and \\ literally in speeches, meetings and the audit log", async () => {
    const m = unique("lk");
    const user = await createTestUser();
    const plain = await createTestSpeech({ createdById: user.id, title: `讲话${m}甲` });
    const percent = await createTestSpeech({ createdById: user.id, title: `完成率100%${m}` });
    await db().speech.update({ where: { id: plain.id }, data: { speaker: `县长 张三${m}` } });
    const titles = async (q: string) =>
      (await listSpeeches({ q, page: 1, pageSize: 50 } as never)).speeches.map((s) => s.id);
    expect(await titles(`%${m}`)).toEqual([percent.id]);
    expect(await titles(`_${m}`)).toEqual([]);
    expect(await titles(`讲话${m}`)).toEqual([plain.id]);
    const bySpeaker = await listSpeeches({ speaker: `县长_张三${m}`, page: 1, pageSize: 50 } as never);
    expect(bySpeaker.speeches).toEqual([]);

    await createTestMeeting({ title: `季度例会${m}` });
    const meetings = async (q: string) => (await listMeetings({ q, page: 1, pageSize: 50 } as never)).meetings.length;
    expect(await meetings(`例会${m}`)).toBe(1);
    expect(await meetings(`例_${m}`)).toBe(0);

    const named = await createTestUser({ username: unique("ab_c") });
    await signIn({ username: named.username, password: named.password, ip: "10.9.8.7" });
    expect((await searchAudit({ username: named.username })).total).toBeGreaterThan(0);
    expect((await searchAudit({ username: named.username.replace("_", "%") })).total).toBe(0);
  });
});
