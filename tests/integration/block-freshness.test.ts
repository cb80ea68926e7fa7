// 素材库已更新 on a real database: which library paragraphs are behind their blocks, with the wording they were
// inserted with found in the block's history, and the route (any signed-in user, Chinese 400s).
import { beforeAll, describe, expect, it } from "vitest";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { checkFreshness } from "@/lib/blocks/check-freshness";
import { mergeBlocks } from "@/lib/blocks/merge-blocks";
import { updateBlock } from "@/lib/blocks/update-block";
import { textHash } from "@/lib/speech-doc/doc-text";
import { createTestBlock, createTestUser } from "@/lib/testing/factories";
import * as freshnessRoute from "@/app/api/blocks/freshness/route";
import { asUpdateBlock } from "@/lib/testing/route-input";

const unique = () => Math.random().toString(36).slice(2, 10);

describe("checkFreshness", () => {
  it("reports paragraphs behind their block with the inserted and the current wording, and no others", async () => {
    const user = await createTestUser();
    const m = unique();
    const v1 = `（一）要坚持人民至上、生命至上${m}，把安全生产摆在更加突出的位置。`;
    const v2 = `要始终坚持人民至上、生命至上${m}，把安全生产摆在更加突出的位置。`;
    const v3 = `要始终坚持人民至上、生命至上${m}，坚决守住安全底线。`;
    const block = await createTestBlock({ text: v1 });
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, text: v2 }));
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 2, tags: ["思想认识"] }));
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 3, text: v3 }));
    const untouched = await createTestBlock();
    const tagged = await createTestBlock({ text: `要压实企业主体责任${m}。` });
    await updateBlock(tagged.id, user.id, asUpdateBlock({ version: 1, tags: ["燃气"] }));

    const wording1 = v1.replace("（一）", "");
    const refs = [
      { blockId: block.id, version: 1, hash: textHash(wording1) }, // inserted at version 1
      { blockId: block.id, version: 3, hash: textHash(v2) }, // inserted at version 3 (text v2, new tags)
      { blockId: block.id, version: 4, hash: textHash(v3) }, // up to date
      { blockId: block.id, version: 2, hash: null }, // no hash: wording unknown
      { blockId: untouched.id, version: 1, hash: textHash(untouched.text) },
      { blockId: tagged.id, version: 1, hash: textHash(tagged.text) }, // only tags changed: no news
      { blockId: "no-such-block", version: 1, hash: null },
    ];
    const stale = await checkFreshness(refs);
    expect(stale).toEqual([
      { ...refs[0], currentVersion: 4, text: v3, insertedText: wording1 },
      { ...refs[1], currentVersion: 4, text: v3, insertedText: v2 },
      { ...refs[3], currentVersion: 4, text: v3, insertedText: null },
    ]);
    expect(await checkFreshness([])).toEqual([]);
  });

  it("leaves out a block merged away", async () => {
    const user = await createTestUser();
    const survivor = await createTestBlock();
    const absorbed = await createTestBlock();
    await updateBlock(absorbed.id, user.id, asUpdateBlock({ version: 1, text: `改写过的说法${unique()}。` }));
    await mergeBlocks(survivor.id, absorbed.id, user.id);
    expect(await checkFreshness([{ blockId: absorbed.id, version: 1, hash: textHash(absorbed.text) }])).toEqual([]);
  });
});

describe("freshness route", () => {
  let cookie = "";
  beforeAll(async () => {
    const viewer = await createTestUser({ role: "VIEWER" });
    cookie = `${SESSION_COOKIE}=${(await createSession(viewer.id)).token}`;
  });
  const get = (query: string, withCookie = true) =>
    freshnessRoute.GET(
      new Request(`http://localhost/api/blocks/freshness${query}`, {
        headers: { host: "localhost", ...(withCookie ? { cookie } : {}) },
      }),
      { params: Promise.resolve({}) },
    );

  it("answers a 只读 user, refuses a malformed provenance in Chinese, and needs a session", async () => {
    const user = await createTestUser();
    const block = await createTestBlock();
    await updateBlock(block.id, user.id, asUpdateBlock({ version: 1, text: `新的说法${unique()}。` }));
    const ok = await get(`?p=${block.id}.1.${textHash(block.text)}&p=${block.id}.1.${textHash(block.text)}`);
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.stale).toHaveLength(1);
    expect(body.stale[0]).toMatchObject({ blockId: block.id, version: 1, currentVersion: 2, insertedText: block.text });
    expect((await (await get("")).json()).stale).toEqual([]);
    const bad = await get(`?p=${block.id}.x.zz`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("段落来源");
    const many = await get(`?${Array.from({ length: 201 }, () => `p=${block.id}.1.-`).join("&")}`);
    expect(many.status).toBe(400);
    expect((await get(`?p=${block.id}.1.-`, false)).status).toBe(401);
  });
});
