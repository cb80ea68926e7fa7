// Which blocks a speech uses (BlockUsage) and the blocks' reuse signals, on a real database: recorded on every
// save (insert, remove, re-add), following merges, carrying the speech's speaker and meeting, removed with the
// speech; exact under parallel saves of different speeches that share blocks; and visible where the library
// shows reuse (the block page's 使用记录, the 使用最多 and 最近使用 sorts).
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { getBlockDetail } from "../../lib/blocks/get-block-detail";
import { mergeBlocks } from "../../lib/blocks/merge-blocks";
import { searchBlocks } from "../../lib/search/search-blocks";
import { createSpeech } from "../../lib/speeches/create-speech";
import { deleteSpeech } from "../../lib/speeches/delete-speech";
import { getSpeech } from "../../lib/speeches/get-speech";
import { saveSpeech } from "../../lib/speeches/save-speech";
import { updateSpeechMeta } from "../../lib/speeches/update-speech-meta";
import { createTestBlock, createTestMeeting, createTestUser, unique } from "../../lib/testing/factories";
import { docUsing } from "../../lib/testing/speech-docs";
import { asCreateSpeech, asSave, asSpeechMeta } from "../../lib/testing/route-input";

const usages = (speechId: string) => db().blockUsage.findMany({ where: { speechId }, orderBy: { blockId: "asc" } });
const block = (id: string) => db().block.findUniqueOrThrow({ where: { id } });

/** Saves the speech so that it uses exactly these blocks, from whatever version it is at (same speaker line). */
async function use(speechId: string, userId: string, blocks: { id: string }[]) {
  const { version, speaker } = await getSpeech(speechId);
  const content = docUsing(blocks, "讲话", speaker ?? "");
  return saveSpeech(asSave({ id: speechId, userId, baseVersion: version, content }));
}

describe("BlockUsage recording (real database)", () => {
  it("records inserts, removals and re-adds with the speech's speaker and meeting; counts and last use follow", async () => {
    const user = await createTestUser();
    const meeting = await createTestMeeting({ date: new Date("2025-03-01") });
    const [a, b] = [await createTestBlock(), await createTestBlock()];
    const s = await createSpeech(
      user.id,
      asCreateSpeech({ title: "讲话", speaker: "县长 张三", meetingId: meeting.id }),
    );

    await use(s.id, user.id, [a, b, a]); // a paragraph used twice counts once
    const first = await usages(s.id);
    expect(first.map((u) => u.blockId).sort()).toEqual([a.id, b.id].sort());
    for (const u of first)
      expect(u).toMatchObject({ speaker: "县长 张三", meetingId: meeting.id, createdById: user.id });
    expect(await block(a.id)).toMatchObject({ useCount: 1, lastUsedAt: first[0]!.usedAt });

    // A save that changes no usage leaves the rows (and their usedAt) alone.
    await use(s.id, user.id, [b, a]);
    expect((await usages(s.id)).map((u) => u.id).sort()).toEqual(first.map((u) => u.id).sort());

    await use(s.id, user.id, [a]);
    expect((await usages(s.id)).map((u) => u.blockId)).toEqual([a.id]);
    expect(await block(b.id)).toMatchObject({ useCount: 0, lastUsedAt: null });

    await new Promise((r) => setTimeout(r, 20));
    await use(s.id, user.id, [a, b]);
    const readded = (await usages(s.id)).find((u) => u.blockId === b.id)!;
    expect(readded.usedAt.getTime()).toBeGreaterThan(first[0]!.usedAt.getTime());
    expect(await block(b.id)).toMatchObject({ useCount: 1, lastUsedAt: readded.usedAt });
    // Block versions are curation versions: recording a use does not change them.
    expect((await block(a.id)).version).toBe(1);
  });

  it("ignores unknown ids, follows merges to the survivor, and keeps counts exact when two speeches share a block", async () => {
    const user = await createTestUser();
    const [survivor, absorbed, other] = [await createTestBlock(), await createTestBlock(), await createTestBlock()];
    await mergeBlocks(survivor.id, absorbed.id, user.id);
    const s1 = await createSpeech(user.id, asCreateSpeech({ title: "一", speaker: "县长" }));
    const s2 = await createSpeech(user.id, asCreateSpeech({ title: "二", speaker: "县长" }));
    await use(s1.id, user.id, [absorbed, { id: "no-such-block" }, other]);
    expect((await usages(s1.id)).map((u) => u.blockId).sort()).toEqual([survivor.id, other.id].sort());
    await use(s2.id, user.id, [survivor, other]);
    expect(await block(survivor.id)).toMatchObject({ useCount: 2 });
    expect(await block(absorbed.id)).toMatchObject({ useCount: 0 });
    // The survivor is one use per speech, whether the text names it or the block merged into it.
    await use(s2.id, user.id, [survivor, absorbed]);
    expect((await usages(s2.id)).map((u) => u.blockId)).toEqual([survivor.id]);
    expect(await block(other.id)).toMatchObject({ useCount: 1 });
  });

  it("a new speaker or meeting is carried into the speech's usages at once", async () => {
    const user = await createTestUser();
    const [m1, m2] = [await createTestMeeting(), await createTestMeeting()];
    const a = await createTestBlock();
    const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话", speaker: "县长 张三", meetingId: m1.id }));
    await use(s.id, user.id, [a]);
    await updateSpeechMeta(s.id, user.id, asSpeechMeta({ speaker: "副县长 李四", meetingId: m2.id }));
    expect(await usages(s.id)).toMatchObject([{ blockId: a.id, speaker: "副县长 李四", meetingId: m2.id }]);
    await updateSpeechMeta(s.id, user.id, asSpeechMeta({ speaker: null, meetingId: null }));
    expect(await usages(s.id)).toMatchObject([{ speaker: null, meetingId: null }]);
  });

  it("deleting a speech removes its usages and recomputes the blocks' counts and last use", async () => {
    const user = await createTestUser();
    const [a, b] = [await createTestBlock(), await createTestBlock()];
    const older = await createSpeech(user.id, asCreateSpeech({ title: "早", speaker: "县长" }));
    await use(older.id, user.id, [a]);
    const olderUse = (await usages(older.id))[0]!;
    await new Promise((r) => setTimeout(r, 20));
    const newer = await createSpeech(user.id, asCreateSpeech({ title: "晚", speaker: "县长" }));
    await use(newer.id, user.id, [a, b]);
    expect(await block(a.id)).toMatchObject({ useCount: 2 });

    await deleteSpeech(newer.id, user.id);
    expect(await db().speech.findUnique({ where: { id: newer.id } })).toBeNull();
    expect(await usages(newer.id)).toEqual([]);
    expect(await block(a.id)).toMatchObject({ useCount: 1, lastUsedAt: olderUse.usedAt });
    expect(await block(b.id)).toMatchObject({ useCount: 0, lastUsedAt: null });
    expect(await db().auditLog.count({ where: { action: "speech.delete", targetId: newer.id } })).toBe(1);
    await expect(deleteSpeech(newer.id, user.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("parallel saves of different speeches sharing blocks neither deadlock nor miscount", async () => {
    const user = await createTestUser();
    const shared = await Promise.all(Array.from({ length: 6 }, () => createTestBlock()));
    const speeches = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        createSpeech(user.id, asCreateSpeech({ title: `并发${i}`, speaker: "县长" })),
      ),
    );
    // Each round, every speech saves at once with its own subset of the shared blocks (in a shuffled order).
    const subset = (round: number, i: number) =>
      shared.filter((_, k) => (round * 7 + i * 3 + k) % 3 !== 0).sort(() => (i % 2 ? 1 : -1));
    const versions = speeches.map(() => 1);
    for (let round = 0; round < 4; round++) {
      const results = await Promise.all(
        speeches.map((s, i) =>
          saveSpeech(
            asSave({ id: s.id, userId: user.id, baseVersion: versions[i]!, content: docUsing(subset(round, i)) }),
          ),
        ),
      );
      results.forEach((r, i) => (versions[i] = r.version));
    }
    for (const b of shared) {
      const expected = speeches.filter((_, i) => subset(3, i).some((x) => x.id === b.id)).length;
      const row = await block(b.id);
      expect(row.useCount).toBe(expected);
      expect(row.useCount).toBe(await db().blockUsage.count({ where: { blockId: b.id } }));
      const last = await db().blockUsage.aggregate({ where: { blockId: b.id }, _max: { usedAt: true } });
      expect(row.lastUsedAt).toEqual(last._max.usedAt);
    }
  });

  it("the block page's 使用记录 and the library's 使用最多 / 最近使用 show the real uses", async () => {
    const user = await createTestUser();
    const tag = unique("reuse");
    const meeting = await createTestMeeting({ date: new Date("2025-05-20"), title: `专项整治部署会 ${tag}` });
    const [often, once, never] = [
      await createTestBlock({ tags: [tag] }),
      await createTestBlock({ tags: [tag] }),
      await createTestBlock({ tags: [tag] }),
    ];
    const s1 = await createSpeech(
      user.id,
      asCreateSpeech({ title: "第一篇", speaker: "县长 张三", meetingId: meeting.id }),
    );
    const s2 = await createSpeech(user.id, asCreateSpeech({ title: "第二篇", speaker: "副县长 李四" }));
    await use(s1.id, user.id, [often]);
    await new Promise((r) => setTimeout(r, 20));
    await use(s2.id, user.id, [often, once]);

    const detail = await getBlockDetail(often.id, user.id);
    expect(detail.block.useCount).toBe(2);
    expect(detail.usages).toMatchObject([
      { speechId: s2.id, speechTitle: "第二篇", speechStatus: "DRAFT", meetingTitle: null, speaker: "副县长 李四" },
      {
        speechId: s1.id,
        speechTitle: "第一篇",
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingDate: "2025-05-20",
        speaker: "县长 张三",
      },
    ]);

    const mostUsed = await searchBlocks({ query: "", filters: { tags: [tag] }, sort: "most_used" });
    expect(mostUsed.hits.map((h) => [h.id, h.useCount])).toEqual([
      [often.id, 2],
      [once.id, 1],
      [never.id, 0],
    ]);
    const recent = await searchBlocks({ query: "", filters: { tags: [tag] }, sort: "recently_used" });
    expect(recent.hits.map((h) => h.id).at(-1)).toBe(never.id);
    expect(
      recent.hits
        .slice(0, 2)
        .map((h) => h.id)
        .sort(),
    ).toEqual([often.id, once.id].sort());
    expect(recent.hits[0]!.lastUsedAt).not.toBeNull();

    // The library's speaker filters read the same rows.
    const notByZhang = await searchBlocks({ query: "", filters: { tags: [tag], notUsedBySpeaker: "张三" } });
    expect(notByZhang.hits.map((h) => h.id).sort()).toEqual([once.id, never.id].sort());
    const inMeeting = await searchBlocks({ query: "", filters: { tags: [tag], usedInMeetingId: meeting.id } });
    expect(inMeeting.hits.map((h) => h.id)).toEqual([often.id]);
  });
});
