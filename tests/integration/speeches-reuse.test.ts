// Reuse warnings on a real database: earlier uses of a block by the same speaker, inside the window of the
// speaker's last N meetings or M months (both speech settings), never another speaker's, never the speech's own;
// and the library filter that hides the same blocks in the panel.
import { describe, expect, it } from "vitest";
import { mergeBlocks } from "../../lib/blocks/merge-blocks";
import { searchBlocks } from "../../lib/search/search-blocks";
import { createSpeech } from "../../lib/speeches/create-speech";
import { getSpeech } from "../../lib/speeches/get-speech";
import { reuseFilter, reuseWarnings } from "../../lib/speeches/reuse-warnings";
import { saveSpeech } from "../../lib/speeches/save-speech";
import type { SpeechSettings } from "../../lib/speech-doc/types";
import { createTestBlock, createTestMeeting, createTestUser, unique } from "../../lib/testing/factories";
import { docUsing } from "../../lib/testing/speech-docs";
import { asCreateSpeech, asSave } from "../../lib/testing/route-input";

const NOW = new Date("2021-06-01T04:00:00Z");

async function setup() {
  const user = await createTestUser();
  const speaker = `县长 ${unique("张三")}`;
  const blocks = {
    oldest: await createTestBlock(),
    third: await createTestBlock(),
    second: await createTestBlock(),
    recent: await createTestBlock(),
    otherSpeaker: await createTestBlock(),
    undated: await createTestBlock(),
  };
  const occasion = async (title: string, date: string | null, who: string, used: { id: string }[]) => {
    const meeting = date ? await createTestMeeting({ title, date: new Date(date) }) : null;
    const s = await createSpeech(
      user.id,
      asCreateSpeech({
        title: `在${title}上的讲话`,
        speaker: who,
        meetingId: meeting?.id ?? null,
      }),
    );
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: docUsing(used, "讲话", who) }));
    return { speech: s, meeting };
  };
  // The speaker's occasions, oldest first; only the last (2021-01-15) is within 12 months of NOW.
  const m1 = await occasion("一月例会", "2020-01-10", speaker, [blocks.oldest]);
  const m2 = await occasion("二月例会", "2020-02-10", speaker, [blocks.second]);
  const m3 = await occasion("三月例会", "2020-03-10", ` ${speaker} `, [blocks.third]);
  const m4 = await occasion("四月例会", "2020-04-10", speaker, []);
  const recent = await occasion("安委会全体会议", "2021-01-15", speaker, [blocks.recent]);
  await occasion("四月例会（副县长）", "2020-04-20", "副县长 李四", [blocks.otherSpeaker]);
  const current = await createSpeech(user.id, asCreateSpeech({ title: "本次讲话", speaker }));
  await saveSpeech(
    asSave({ id: current.id, userId: user.id, baseVersion: 1, content: docUsing([blocks.recent], "讲话", speaker) }),
  );
  const settle = async (settings: Partial<SpeechSettings>) => {
    const { version } = await getSpeech(current.id);
    await saveSpeech(
      asSave({
        id: current.id,
        userId: user.id,
        baseVersion: version,
        content: docUsing([blocks.recent], "讲话", speaker),
        settings,
      }),
    );
  };
  return { user, speaker, blocks, current, settle, m1, m2, m3, m4, recent, occasion };
}

const ids = (b: Record<string, { id: string }>) => Object.values(b).map((x) => x.id);

describe("reuseWarnings (real database)", () => {
  it("warns about uses at the speaker's last 3 meetings or within 12 months, naming meeting, day and speech", async () => {
    const { blocks, current, m3, recent } = await setup();
    const warnings = await reuseWarnings({ speechId: current.id, blockIds: ids(blocks), now: NOW });
    expect(warnings.map((w) => w.blockId)).toEqual([blocks.recent.id, blocks.third.id]);
    expect(warnings[0]).toEqual({
      blockId: blocks.recent.id,
      speechId: recent.speech.id,
      speechTitle: "在安委会全体会议上的讲话",
      meetingId: recent.meeting!.id,
      meetingTitle: "安委会全体会议",
      meetingDate: "2021-01-15",
      date: "2021-01-15",
      later: false,
      usedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    // The speaker recorded as " 县长 … " (spaces) is the same speaker.
    expect(warnings[1]).toMatchObject({ speechId: m3.speech.id, meetingTitle: "三月例会", meetingDate: "2020-03-10" });
  });

  it("follows the settings: more meetings, months only, nothing at all", async () => {
    const { blocks, current, settle } = await setup();
    const warned = async () =>
      (await reuseWarnings({ speechId: current.id, blockIds: ids(blocks), now: NOW })).map((w) => w.blockId);
    await settle({ reuseMeetings: 4 });
    expect(await warned()).toEqual([blocks.recent.id, blocks.third.id, blocks.second.id]);
    await settle({ reuseMeetings: 0 });
    expect(await warned()).toEqual([blocks.recent.id]);
    // 14 months before 2021-06-01 is 2020-04-01 (after the March meeting), 16 months 2020-02-01.
    await settle({ reuseMeetings: 0, reuseMonths: 14 });
    expect(await warned()).toEqual([blocks.recent.id]);
    await settle({ reuseMeetings: 0, reuseMonths: 16 });
    expect(await warned()).toEqual([blocks.recent.id, blocks.third.id, blocks.second.id]);
    await settle({ reuseMeetings: 1, reuseMonths: 20 });
    expect(await warned()).toEqual([blocks.recent.id, blocks.third.id, blocks.second.id, blocks.oldest.id]);
    await settle({ reuseMeetings: 0, reuseMonths: 0 });
    expect(await warned()).toEqual([]);
  });

  it("a meeting-less speech is an occasion of its own, dated by the speech or the use; merged ids are reported as asked", async () => {
    const { user, blocks, current, speaker } = await setup();
    const survivor = await createTestBlock();
    await mergeBlocks(survivor.id, blocks.oldest.id, user.id);
    const s = await createSpeech(user.id, asCreateSpeech({ title: "无会议的讲话", speaker, date: "2021-05-01" }));
    await saveSpeech(
      asSave({
        id: s.id,
        userId: user.id,
        baseVersion: 1,
        content: docUsing([blocks.undated, survivor], "讲话", speaker),
      }),
    );
    const warnings = await reuseWarnings({
      speechId: current.id,
      blockIds: [blocks.undated.id, blocks.oldest.id],
      now: NOW,
    });
    expect(warnings.map((w) => [w.blockId, w.speechId, w.date, w.meetingTitle])).toEqual([
      [blocks.undated.id, s.id, "2021-05-01", null],
      // oldest was merged into survivor, which this speech uses: the warning names the id the caller asked about.
      [blocks.oldest.id, s.id, "2021-05-01", null],
    ]);
  });

  it("another speaker, a speech without speaker, and the speech's own uses give no warnings", async () => {
    const { user, blocks, current } = await setup();
    const other = await createSpeech(
      user.id,
      asCreateSpeech({ title: "副县长的讲话", speaker: `副县长 ${unique("王五")}` }),
    );
    expect(await reuseWarnings({ speechId: other.id, blockIds: ids(blocks), now: NOW })).toEqual([]);
    const anonymous = await createSpeech(user.id, asCreateSpeech({ title: "未定讲话人" }));
    expect(await reuseWarnings({ speechId: anonymous.id, blockIds: ids(blocks), now: NOW })).toEqual([]);
    expect(await reuseFilter(anonymous.id, NOW)).toBeNull();
    // The current speech uses `recent` itself; only the other speech's use is reported.
    const w = await reuseWarnings({ speechId: current.id, blockIds: [blocks.recent.id], now: NOW });
    expect(w.every((x) => x.speechId !== current.id)).toBe(true);
    await expect(reuseWarnings({ speechId: "no-such", blockIds: [], now: NOW })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("reuseFilter gives the library filter that hides at least the flagged blocks", async () => {
    const { blocks, current, speaker } = await setup();
    const filter = await reuseFilter(current.id, NOW);
    expect(filter).toEqual({ notSpeaker: speaker, since: "2020-06-01" });
    const flagged = (await reuseWarnings({ speechId: current.id, blockIds: ids(blocks), now: NOW })).map(
      (w) => w.blockId,
    );
    const { hits } = await searchBlocks({
      query: "",
      filters: { notUsedBySpeaker: filter!.notSpeaker, usedSince: new Date(`${filter!.since}T00:00:00Z`) },
      limit: 100,
    });
    const shown = new Set(hits.map((h) => h.id));
    for (const id of flagged) expect(shown.has(id)).toBe(false);
  });
});
