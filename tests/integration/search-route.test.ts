// GET /api/blocks/search driven with real Request objects and a real session.
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/blocks/search/route";
import { db } from "@/lib/db/client";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import type { SearchHit } from "@/lib/search/search-blocks";
import type { Facets } from "@/lib/search/search-facets";
import {
  categoryId,
  createTestBlock,
  createTestDocument,
  createTestSpeech,
  createTestSpeechInCorpus,
  createTestUser,
  unique,
} from "@/lib/testing/factories";

let cookie = "";
let userId = "";
beforeAll(async () => {
  const user = await createTestUser({ role: "VIEWER" });
  userId = user.id;
  cookie = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
});

type Body = { hits: SearchHit[]; terms: string[]; facets: Facets; page: number; pageSize: number };

async function get(params: [string, string][], withCookie = true) {
  const url = new URL("http://localhost/api/blocks/search");
  for (const [k, v] of params) url.searchParams.append(k, v);
  const res = await GET(
    new Request(url, { headers: withCookie ? { host: "localhost", cookie } : { host: "localhost" } }),
  );
  return { status: res.status, body: (await res.json()) as Body & { error?: { code: string; message: string } } };
}

describe("GET /api/blocks/search", () => {
  it("needs a signed-in user", async () => {
    expect((await get([["q", "燃气"]], false)).status).toBe(401);
  });

  it("returns hits, terms, facets and the page, with repeated tag and category parameters", async () => {
    const [tag, other] = [unique("t"), unique("t")];
    const [risk, duty] = [await categoryId("隐患排查"), await categoryId("责任落实")];
    const a = await createTestBlock({ text: "燃气隐患要清零。", tags: [tag, other], categoryId: risk });
    await createTestBlock({ text: "燃气管道要巡查。", tags: [tag], categoryId: risk });
    const c = await createTestBlock({ text: "燃气企业要落实主体责任。", tags: [tag, other], categoryId: duty });
    const { status, body } = await get([
      ["q", "燃气"],
      ["tag", tag],
      ["tag", other],
      ["category", risk],
      ["category", duty],
      ["sort", "newest"],
      ["pageSize", "1"],
    ]);
    expect(status).toBe(200);
    expect(body.hits.map((h) => h.id)).toEqual([c.id]);
    expect(body).toMatchObject({ terms: ["燃气"], page: 1, pageSize: 1 });
    expect(body.facets).toMatchObject({ total: 2, category: { [risk]: 1, [duty]: 1 }, tag: { [tag]: 2, [other]: 2 } });
    const second = await get([
      ["q", "燃气"],
      ["tag", tag],
      ["tag", other],
      ["sort", "newest"],
      ["pageSize", "1"],
      ["page", "2"],
    ]);
    expect(second.body.hits.map((h) => h.id)).toEqual([a.id]);
  });

  it("maps the flags and favourite=1 to the signed-in user's favourites", async () => {
    const tag = unique("t");
    const mine = await createTestBlock({
      text: "请××单位报送。",
      tags: [tag],
      useCount: 1,
      placeholders: [{ text: "××", start: 1, end: 3 }],
    });
    await createTestBlock({ text: "单位报送材料。", tags: [tag] });
    await db().blockFavorite.create({ data: { userId, blockId: mine.id } });
    const ids = async (params: [string, string][]) => (await get([["tag", tag], ...params])).body.hits.map((h) => h.id);
    expect(await ids([["favourite", "1"]])).toEqual([mine.id]);
    expect(await ids([["placeholders", "1"]])).toEqual([mine.id]);
    expect(await ids([["used", "1"]])).toEqual([mine.id]);
    expect(
      await ids([
        ["used", "0"],
        ["placeholders", "0"],
      ]),
    ).not.toContain(mine.id);
    expect(await ids([["minChars", "8"]])).toEqual([mine.id]);
    expect(await ids([["kind", "heading"]])).toEqual([]);
  });

  it("takes since= as the day uses count from; an empty since= is no filter", async () => {
    const tag = unique("t");
    const speaker = `县长 ${unique("孙七")}`;
    const block = await createTestBlock({ text: "起始日期路由段。", tags: [tag] });
    const speech = await createTestSpeech({ title: "起始日期讲话", speaker });
    await db().blockUsage.create({
      data: { blockId: block.id, speechId: speech.id, speaker, usedAt: new Date("2025-06-01T02:00:00Z") },
    });
    const notUsedSince = async (since: string) =>
      (
        await get([
          ["tag", tag],
          ["notSpeaker", speaker],
          ["since", since],
        ])
      ).body.hits.map((h) => h.id);
    expect(await notUsedSince("2025-05-31")).toEqual([]);
    expect(await notUsedSince("2025-06-02")).toEqual([block.id]);
    // A cleared date field: every use counts, as with no since at all.
    expect(await notUsedSince("")).toEqual([]);
  });

  it("refuses invalid parameters with a Chinese message", async () => {
    const cases: [[string, string][], RegExp][] = [
      [[["pageSize", "500"]], /每页条数不能大于 100/],
      [[["page", "0"]], /页码不能小于 1/],
      [[["sort", "random"]], /排序方式无效/],
      [[["used", "yes"]], /只能是 1 或 0/],
      [
        [
          ["minChars", "100"],
          ["maxChars", "10"],
        ],
        /字数下限不能大于上限/,
      ],
      [[["q", "燃".repeat(201)]], /搜索词不能超过 200 个字/],
      [[["since", "2026/01/01"]], /^起始日期格式应为 2025-03-01。$/],
      [[["since", "2026-13-45"]], /^起始日期无效：没有13月。$/],
      [[["since", "2026-02-30"]], /^起始日期无效：2026年2月没有30日。$/],
      [[["genre", "小说"]], /体裁只能是讲话、主持词、表态发言、致辞、通知\/方案、其他/],
    ];
    for (const [params, message] of cases) {
      const { status, body } = await get(params);
      expect(status, JSON.stringify(params)).toBe(400);
      expect(body.error?.message).toMatch(message);
    }
  });
});

describe("GET /api/blocks/search with a genre filter", () => {
  it("finds the blocks of speeches of the chosen genres (repeated ?genre=)", async () => {
    const doc = await createTestDocument();
    const talk = await createTestSpeechInCorpus(doc.id, { order: 1 });
    const host = await db().corpusSpeech.create({ data: { documentId: doc.id, order: 2, genre: "主持词" } });
    const tag = unique("体裁");
    const inTalk = await createTestBlock({ text: "体裁路由讲话段。", tags: [tag], sourceSpeechId: talk.id });
    const inHost = await createTestBlock({ text: "体裁路由主持段。", tags: [tag], sourceSpeechId: host.id });
    const ids = async (...genres: string[]) =>
      (await get([["tag", tag], ...genres.map((g): [string, string] => ["genre", g])])).body.hits.map((h) => h.id);
    expect(await ids("主持词")).toEqual([inHost.id]);
    expect(new Set(await ids("讲话", "主持词"))).toEqual(new Set([inTalk.id, inHost.id]));
    expect(await ids("致辞")).toEqual([]);
  });
});

describe("GET /api/blocks/search with a source filter", () => {
  it("names the file and the speech behind ?document= and ?speech= for the chips, and null for one that is gone", async () => {
    const doc = await createTestDocument({ fileName: `${unique("讲话")}.txt` });
    const speech = await createTestSpeechInCorpus(doc.id, { title: "在全县安全生产工作会议上的讲话" });
    const named = await get([
      ["document", doc.id],
      ["speech", speech.id],
    ]);
    expect(named.status).toBe(200);
    expect((named.body as unknown as { sourceNames: unknown }).sourceNames).toEqual({
      document: { name: doc.fileName, fileName: doc.fileName, fromTitle: false },
      speech: "在全县安全生产工作会议上的讲话",
    });
    const gone = await get([["document", "no-such-document"]]);
    expect((gone.body as unknown as { sourceNames: unknown }).sourceNames).toEqual({ document: null });
  });
});
