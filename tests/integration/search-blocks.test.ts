import { describe, expect, it } from "vitest";
import { searchBlocks } from "../../lib/search/search-blocks";
import { categoryId, createTestBlock, unique } from "../../lib/testing/factories";

// Each test tags its blocks with a unique marker word and filters by it, so the shared database does not matter.
async function blocks(texts: string[], extra: Parameters<typeof createTestBlock>[0] = {}) {
  const tag = unique("t");
  const created = [];
  for (const text of texts) created.push(await createTestBlock({ text, tags: [tag], ...extra }));
  return { tag, ids: created.map((b) => b.id) };
}

const ids = (r: Awaited<ReturnType<typeof searchBlocks>>) => r.hits.map((h) => h.id);

describe("searchBlocks (real database)", () => {
  it("finds a word wherever it occurs, as a substring scan would", async () => {
    const { tag, ids: [a, b, c] } = await blocks([
      "要深入开展城镇燃气安全专项整治。",
      "加强燃气管道巡查，消除隐患。",
      "严格落实企业安全生产主体责任。",
    ]);
    const r = await searchBlocks({ query: "燃气", filters: { tags: [tag] } });
    expect(new Set(ids(r))).toEqual(new Set([a, b]));
    expect(ids(r)).not.toContain(c);
    expect(r.terms).toEqual(["燃气"]);
  });

  it("matches a one-character query", async () => {
    const { tag, ids: [a] } = await blocks(["防汛工作不能松懈。", "抓好安全生产。"]);
    expect(ids(await searchBlocks({ query: "汛", filters: { tags: [tag] } }))).toEqual([a]);
  });

  it("requires every word, supports quoted phrases and excludes -words", async () => {
    const { tag, ids: [a, b, c] } = await blocks([
      "汛期要做好燃气和地质灾害隐患排查。",
      "燃气隐患要排查整治到位。",
      "燃气安全要与防汛工作一起抓。",
    ]);
    expect(new Set(ids(await searchBlocks({ query: "燃气 隐患", filters: { tags: [tag] } })))).toEqual(new Set([a, b]));
    expect(ids(await searchBlocks({ query: '"隐患排查"', filters: { tags: [tag] } }))).toEqual([a]);
    expect(new Set(ids(await searchBlocks({ query: "燃气 -汛期", filters: { tags: [tag] } })))).toEqual(new Set([b, c]));
  });

  it("splits a long unspaced query into words", async () => {
    const { tag, ids: [a] } = await blocks(["要对城镇燃气开展拉网式隐患排查。", "城镇建设要统筹安全。"]);
    expect(ids(await searchBlocks({ query: "城镇燃气隐患", filters: { tags: [tag] } }))).toEqual([a]);
  });

  it("combines a query with filters", async () => {
    const cat = await categoryId("隐患排查");
    const { tag, ids: [a] } = await blocks(["燃气隐患排查要全覆盖。"], { categoryId: cat });
    await createTestBlock({ text: "燃气隐患排查要全覆盖，不留死角。", tags: [tag], kind: "HEADING", level: 1 });
    const r = await searchBlocks({ query: "燃气", filters: { tags: [tag], categoryIds: [cat], kind: "PARAGRAPH" } });
    expect(ids(r)).toEqual([a]);
  });

  it("ranks an exact phrase match above a scattered one", async () => {
    const { tag, ids: [scattered, exact] } = await blocks([
      "隐患要早发现，排查要全覆盖，整治要见实效，隐患清单要动态更新。",
      "要持续开展隐患排查，确保不留死角。",
    ]);
    const r = await searchBlocks({ query: "隐患 排查", filters: { tags: [tag] } });
    expect(ids(r)).toEqual([exact, scattered]);
  });

  it("never splits placeholders or numbers", async () => {
    const { tag, ids: [a, b] } = await blocks(["全县发生××起事故，同比下降12.5%。", "同比下降12%。"]);
    expect(ids(await searchBlocks({ query: "12.5%", filters: { tags: [tag] } }))).toEqual([a]);
    expect(ids(await searchBlocks({ query: "××", filters: { tags: [tag] } }))).toEqual([a]);
    expect(new Set(ids(await searchBlocks({ query: "12", filters: { tags: [tag] } })))).toEqual(new Set([a, b]));
  });
});
