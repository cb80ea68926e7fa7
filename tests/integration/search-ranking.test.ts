// Relevance as a clerk judges it, on a realistic set of headings and paragraphs, and 我的收藏 keeping a favourite
// someone hid (issue 10 item 14). Each test tags its blocks with a unique marker and filters by it.
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/blocks/search/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { db } from "@/lib/db/client";
import { setFavourite } from "@/lib/blocks/set-favourite";
import { searchBlocks, type SearchHit } from "@/lib/search/search-blocks";
import { createTestBlock, createTestUser, unique } from "@/lib/testing/factories";

async function library(items: { text: string; heading?: boolean }[]) {
  const tag = unique("t");
  const ids: string[] = [];
  for (const { text, heading } of items)
    ids.push(
      (await createTestBlock({ text, tags: [tag], kind: heading ? "HEADING" : "PARAGRAPH", level: heading ? 2 : null }))
        .id,
    );
  const search = async (query: string) =>
    (await searchBlocks({ query, filters: { tags: [tag] } })).hits.map((h) => h.id);
  return { tag, ids, search };
}

describe("relevance of headings and paragraphs", () => {
  it("ranks paragraphs holding both words of a two-word query above short headings holding them", async () => {
    const {
      ids: [h1, h2, p1, p2, p3, h3],
      search,
    } = await library([
      { text: "（二）城镇燃气隐患排查", heading: true },
      { text: "三、全面加强燃气安全隐患治理", heading: true },
      {
        text:
          "要聚焦城镇燃气、危险化学品、建筑施工等重点行业领域，开展拉网式隐患排查，建立问题清单和整改台账，" +
          "对排查出的隐患逐条整改销号，确保不留死角、不留盲区。",
      },
      {
        text:
          "各乡镇要对辖区内餐饮场所的液化气瓶、燃气管道和报警装置逐一检查，发现隐患立即督促整改，" +
          "整改不到位的一律停业整顿，绝不能心存侥幸、麻痹大意。",
      },
      { text: "今年以来，全县燃气用户增长较快，老旧管网改造任务重，安全压力持续加大，我们必须时刻绷紧安全这根弦。" },
      { text: "一、提高政治站位，切实增强做好安全生产工作的责任感", heading: true },
    ]);
    const hits = await search("燃气 隐患");
    expect(new Set(hits)).toEqual(new Set([h1, h2, p1, p2]));
    // Both paragraphs first (the one with the words closer together first), then the headings.
    expect(hits).toEqual([p1, p2, h1, h2]);
    expect(hits).not.toContain(p3);
    expect(hits).not.toContain(h3);
  });

  it("ranks a heading first when the query is most of it", async () => {
    const {
      ids: [heading, paragraph],
      search,
    } = await library([
      { text: "（二）城镇燃气隐患排查", heading: true },
      {
        text: "要聚焦城镇燃气等重点行业领域，开展拉网式隐患排查，建立问题清单和整改台账，对排查出的隐患逐条整改销号。",
      },
    ]);
    expect(await search("城镇燃气 隐患排查")).toEqual([heading, paragraph]);
  });
});

describe("我的收藏", () => {
  it("keeps a favourite someone hid, marked hidden, while the rest of the library leaves it out", async () => {
    const me = await createTestUser({ role: "VIEWER" });
    const {
      tag,
      ids: [kept, hidden, notMine],
    } = await library([
      { text: "应急预案要定期演练。" },
      { text: "应急物资要足额储备。" },
      { text: "应急队伍要加强训练。" },
    ]);
    await setFavourite(kept, me.id, true);
    await setFavourite(hidden, me.id, true);
    await db().block.update({ where: { id: hidden }, data: { hidden: true } });
    await db().block.update({ where: { id: notMine }, data: { hidden: true } });

    const favourites = (await searchBlocks({ query: "应急", filters: { tags: [tag], favouriteOfUserId: me.id } })).hits;
    expect(new Set(favourites.map((h) => h.id))).toEqual(new Set([kept, hidden]));
    expect(favourites.find((h) => h.id === hidden)!.hidden).toBe(true);
    expect((await searchBlocks({ query: "应急", filters: { tags: [tag] } })).hits.map((h) => h.id)).toEqual([kept]);

    // Through the route, as the library page asks for 我的收藏.
    const cookie = `${SESSION_COOKIE}=${(await createSession(me.id)).token}`;
    const url = new URL("http://localhost/api/blocks/search");
    for (const [k, v] of [
      ["tag", tag],
      ["favourite", "1"],
    ])
      url.searchParams.append(k, v);
    const res = await GET(new Request(url, { headers: { host: "localhost", cookie } }));
    const body = (await res.json()) as { hits: SearchHit[]; facets: { total: number } };
    expect(res.status).toBe(200);
    expect(new Set(body.hits.map((h) => h.id))).toEqual(new Set([kept, hidden]));
    expect(body.facets.total).toBe(2);
  });
});
