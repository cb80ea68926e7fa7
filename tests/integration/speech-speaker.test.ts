// One speaker value on a real database: the line under the title and the speech's 讲话人 field stay one. A save
// takes the line as the field (the list, the usages and the reuse warnings follow); 讲话信息 rewrites the stored
// line (the exports follow); speakers match whatever their spacing (县长张三 is 县长 张三), through indexes.
import { describe, expect, it } from "vitest";
import * as speechRoute from "../../app/api/speeches/[id]/route";
import { db } from "../../lib/db/client";
import { exportSpeech } from "../../lib/export/export-speech";
import { searchBlocks } from "../../lib/search/search-blocks";
import { createSpeech } from "../../lib/speeches/create-speech";
import { getSpeech } from "../../lib/speeches/get-speech";
import { listSpeeches } from "../../lib/speeches/list-speeches";
import { reuseFilter, reuseWarnings } from "../../lib/speeches/reuse-warnings";
import { saveSpeech } from "../../lib/speeches/save-speech";
import { updateSpeechMeta } from "../../lib/speeches/update-speech-meta";
import { createTestBlock, createTestMeeting, createTestUser, unique } from "../../lib/testing/factories";
import type { SpeechDoc } from "../../lib/speech-doc/types";
import { asCreateSpeech, asListSpeeches, asSave, asSpeechMeta } from "../../lib/testing/route-input";
import { bylineNode, docUsing, paragraphNode, testDoc, titleNode } from "../../lib/testing/speech-docs";
import { refused, routeCaller } from "../support/route-call";

const NOW = new Date("2021-06-01T04:00:00Z");
const usages = (speechId: string) => db().blockUsage.findMany({ where: { speechId } });

/** A speech at a meeting of `day` whose line names `speaker`, using `blocks`. */
async function spoken(userId: string, speaker: string, day: string, blocks: { id: string }[]) {
  const meeting = await createTestMeeting({ title: `例会 ${day}`, date: new Date(day) });
  const s = await createSpeech(userId, asCreateSpeech({ title: `在例会上的讲话 ${day}`, meetingId: meeting.id }));
  await saveSpeech(asSave({ id: s.id, userId, baseVersion: 1, content: docUsing(blocks, "讲话", speaker) }));
  return s;
}

describe("the speaker line is the speech's 讲话人 (real database)", () => {
  it("a save takes the line as the field: list, usages and reuse warnings follow; an empty line clears it", async () => {
    const user = await createTestUser();
    const name = unique("张三");
    const block = await createTestBlock();
    await spoken(user.id, `县长 ${name}`, "2021-03-01", [block]);
    await spoken(user.id, `县长 ${name}`, "2021-04-01", [block]);
    // Created without a speaker; the clerk types one under the title (with a full-width space) and inserts the block.
    const s = await createSpeech(user.id, asCreateSpeech({ title: "本次讲话" }));
    expect(s.speaker).toBeNull();
    const typed = docUsing([block], "本次讲话", ` 县长　 ${name} `);
    const saved = await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: typed }));
    expect(saved.speaker).toBe(`县长 ${name}`);
    expect((await getSpeech(s.id)).speaker).toBe(`县长 ${name}`);
    expect((await listSpeeches(asListSpeeches({ speaker: name }))).speeches.map((x) => x.id)).toContain(s.id);
    expect(await usages(s.id)).toMatchObject([{ blockId: block.id, speaker: `县长 ${name}` }]);
    const warnings = await reuseWarnings({ speechId: s.id, blockIds: [block.id], now: NOW });
    expect(warnings.map((w) => w.date)).toEqual(["2021-04-01", "2021-03-01"]);
    expect(await reuseFilter(s.id, NOW)).toMatchObject({ notSpeaker: `县长 ${name}` });

    // A date kept after the speaker (as an import writes it) is not part of the speaker.
    const dated = docUsing([block], "本次讲话", `县委书记 李四（2021年5月）`);
    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 2, content: dated }));
    expect((await getSpeech(s.id)).speaker).toBe("县委书记 李四");
    expect(await reuseWarnings({ speechId: s.id, blockIds: [block.id], now: NOW })).toEqual([]);

    await saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 3, content: docUsing([block], "本次讲话") }));
    expect((await getSpeech(s.id)).speaker).toBeNull();
    expect(await usages(s.id)).toMatchObject([{ speaker: null }]);
    expect(await reuseFilter(s.id, NOW)).toBeNull();
  });

  it("refuses a line longer than the field allows, in Chinese, changing nothing", async () => {
    const user = await createTestUser();
    const s = await createSpeech(user.id, asCreateSpeech({ title: "讲话", speaker: "县长" }));
    const put = await routeCaller(user.id);
    const content = testDoc(titleNode("讲话"), bylineNode("长".repeat(51)), paragraphNode("正文。"));
    expect(
      await put(speechRoute.PUT, { method: "PUT", params: { id: s.id }, body: { baseVersion: 1, content } }),
    ).toMatchObject(refused("标题下的讲话人最多 50 个字，请缩短后再保存。"));
    expect(await getSpeech(s.id)).toMatchObject({ speaker: "县长", version: 1 });
  });

  it("讲话信息 rewrites the stored line; the exports show the new speaker; an editor left open gets a conflict", async () => {
    const user = await createTestUser();
    const s = await createSpeech(user.id, asCreateSpeech({ title: "在全县会议上的讲话", speaker: "县长 张三" }));
    const meta = await updateSpeechMeta(s.id, user.id, asSpeechMeta({ speaker: "县委书记 李四" }));
    expect(meta).toMatchObject({ speaker: "县委书记 李四", version: 2 });
    expect(meta.content.content[1]).toEqual(bylineNode("县委书记 李四"));
    const stored = await db().speech.findUniqueOrThrow({ where: { id: s.id }, select: { content: true } });
    expect((stored.content as SpeechDoc).content[1]).toEqual(bylineNode("县委书记 李四"));
    const txt = await exportSpeech({
      speechId: s.id,
      user: { id: user.id, username: user.username },
      query: { format: "txt", highlight: "0" },
    });
    expect(new TextDecoder().decode(txt.bytes).split("\r\n").slice(0, 2)).toEqual([
      "在全县会议上的讲话",
      "县委书记 李四",
    ]);
    // Saving the old line from a copy opened before would set the old speaker again: refused as stale instead.
    const stale = docUsing([], "在全县会议上的讲话", "县长 张三");
    await expect(
      saveSpeech(asSave({ id: s.id, userId: user.id, baseVersion: 1, content: stale })),
    ).rejects.toMatchObject({ code: "conflict" });
    // The composer writes the line first: the form's speaker then changes nothing in the text, nor the version.
    const same = await updateSpeechMeta(s.id, user.id, asSpeechMeta({ speaker: "县委书记  李四", kind: "主要讲话" }));
    expect(same).toMatchObject({ speaker: "县委书记 李四", kind: "主要讲话", version: 2 });
    const cleared = await updateSpeechMeta(s.id, user.id, asSpeechMeta({ speaker: null }));
    expect(cleared).toMatchObject({ speaker: null, version: 3 });
    expect(cleared.content.content[1]).toEqual({ type: "speakerLine" });
  });
});

describe("speakers match whatever their spacing (real database)", () => {
  it("warnings and the library's speaker filters ignore half- and full-width spaces", async () => {
    const user = await createTestUser();
    const name = unique("张三");
    const [used, other] = [await createTestBlock(), await createTestBlock()];
    await spoken(user.id, `县长 ${name}`, "2021-03-01", [used]);
    await spoken(user.id, `县长\u3000${name}`, "2021-04-01", [used]);
    const s = await createSpeech(user.id, asCreateSpeech({ title: "本次讲话", speaker: `县长${name}` }));
    const warnings = await reuseWarnings({ speechId: s.id, blockIds: [used.id, other.id], now: NOW });
    expect(warnings.map((w) => [w.blockId, w.date])).toEqual([
      [used.id, "2021-04-01"],
      [used.id, "2021-03-01"],
    ]);
    const filter = (await reuseFilter(s.id, NOW))!;
    expect(filter.notSpeaker).toBe(`县长${name}`);
    const since = new Date(`${filter.since}T00:00:00Z`);
    const hidden = await searchBlocks({
      query: "",
      filters: { notUsedBySpeaker: filter.notSpeaker, usedSince: since },
      limit: 500,
    });
    expect(hidden.hits.map((h) => h.id)).not.toContain(used.id);
    for (const speaker of [`县长${name}`, `县长 　${name}`, ` ${name} `]) {
      const found = await searchBlocks({ query: "", filters: { usedBySpeaker: speaker }, limit: 20 });
      expect(found.hits.map((h) => h.id)).toEqual([used.id]);
    }
    // A post inside another's (县长 in 副县长) is another speaker: 副县长's use neither shows nor hides for 县长.
    await spoken(user.id, `副县长 ${name}乙`, "2021-05-01", [other]);
    const byPost = await searchBlocks({ query: "", filters: { usedBySpeaker: "县长" }, limit: 500 });
    expect(byPost.hits.map((h) => h.id)).toContain(used.id);
    expect(byPost.hits.map((h) => h.id)).not.toContain(other.id);
    const marker = /block[\w-]+/.exec(other.text)![0];
    const notPost = await searchBlocks({ query: marker, filters: { notUsedBySpeaker: "县长" }, limit: 20 });
    expect(notPost.hits.map((h) => h.id)).toEqual([other.id]);
  });

  it("the warnings' speaker lookups can use the speaker_key indexes", async () => {
    const plans = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const plan = async (sql: string) =>
        (await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`)).map((r) => r["QUERY PLAN"]).join("\n");
      return [
        await plan(`SELECT id FROM speeches WHERE speaker_key(speaker) = '县长张三'`),
        await plan(`SELECT id FROM block_usages WHERE speaker_key(speaker) = '县长张三' AND used_at >= '2021-01-01'`),
      ];
    });
    expect(plans[0]).toContain("speeches_speaker_key_idx");
    expect(plans[1]).toContain("block_usages_speaker_key_used_at_idx");
  });
});
