import { describe, expect, it } from "vitest";
import { currentMirror, forgetMirror, startLoading } from "../../lib/search/library-mirror";
import { nearMatches, relaxedTerms } from "../../lib/search/near-matches";
import { parseQuery } from "../../lib/search/parse-query";
import { searchLibrary, searchRequest } from "../../lib/search/search-request";
import { db } from "../../lib/db/client";
import { createTestBlock, createTestDocument, createTestSpeechInCorpus, unique } from "../../lib/testing/factories";

describe("near matches when a query finds nothing (real database)", () => {
  it("relaxes several words to any of them, and one long word to half of its character pairs", () => {
    expect(relaxedTerms(parseQuery("燃气 汛期"))).toEqual({ terms: ["燃气", "汛期"], need: 1 });
    expect(relaxedTerms(parseQuery("城镇燃起"))).toEqual({ terms: ["城镇", "镇燃", "燃起"], need: 2 });
    expect(relaxedTerms(parseQuery("燃气"))).toBeNull();
  });

  it("offers the blocks closest to a mistyped word, best first, and only when nothing matched", async () => {
    const tag = unique("near");
    const gas = await createTestBlock({ text: "要深入开展城镇燃气安全专项整治。", tags: [tag] });
    const town = await createTestBlock({ text: "城镇建设要统筹发展和安全。", tags: [tag] });
    await createTestBlock({ text: "企业要落实安全生产主体责任。", tags: [tag] });
    const miss = await searchLibrary(searchRequest.parse({ q: "城镇燃起", tag: [tag] }), "nobody");
    expect(miss.facets.total).toBe(0);
    expect(miss.nearMatches.map((h) => h.id)).toEqual([gas.id]); // 城镇 + 镇燃: two of three pairs; 城镇建设 has one
    expect(miss.nearMatches.map((h) => h.id)).not.toContain(town.id);

    const hit = await searchLibrary(searchRequest.parse({ q: "城镇燃气", tag: [tag] }), "nobody");
    expect(hit.hits.map((h) => h.id)).toEqual([gas.id]);
    expect(hit.nearMatches).toEqual([]);
  });

  it("with several words, ranks blocks holding more of them first and keeps exclusions and filters", async () => {
    const tag = unique("near");
    const both = await createTestBlock({ text: "汛期要做好燃气管道巡查。", tags: [tag] });
    const one = await createTestBlock({ text: "燃气安全不能松懈。", tags: [tag] });
    const excluded = await createTestBlock({ text: "燃气企业要落实主体责任。", tags: [tag] });
    const ids = (await nearMatches("燃气 汛期 县长 -主体", { tags: [tag] })).map((h) => h.id);
    expect(ids).toEqual([both.id, one.id]);
    expect(ids).not.toContain(excluded.id);
  });

  it("finds the same near matches from the library's copy in memory as from the index", async () => {
    const tag = unique("near");
    for (const text of [
      "城镇燃气管道老化。",
      "燃起篝火要报备。",
      "城镇燃气安全专项整治。",
      "镇燃两字少见。",
      "城镇建设。",
    ])
      await createTestBlock({ text, tags: [tag] });
    const ask = () => nearMatches("城镇燃起", { tags: [tag] }).then((hits) => hits.map((h) => h.text));
    forgetMirror();
    const fromIndex = await ask(); // the copy is being loaded: the index's candidates
    await startLoading();
    expect(await currentMirror()).not.toBeNull();
    const fromCopy = await ask();
    expect(fromCopy).toEqual(fromIndex);
    expect(fromCopy.slice(0, 2)).toEqual(["城镇燃气管道老化。", "城镇燃气安全专项整治。"]); // two of the three pairs each
  });

  it("makes the near matches' hits from the copy exactly as the index's statement reads them, and follows renames", async () => {
    const tag = unique("near");
    const doc = await createTestDocument({ fileName: `${unique("城镇燃气")}.txt` });
    const speech = await createTestSpeechInCorpus(doc.id, { title: "在城镇燃气安全会议上的讲话" });
    const blocks = [
      await createTestBlock({
        text: "城镇燃气管道老化，××家单位未整改。",
        tags: [tag, "城镇燃气"],
        categoryKey: "隐患排查",
        useCount: 3,
        lastUsedAt: new Date("2026-03-04T05:06:07.891Z"),
        placeholders: [{ text: "××", start: 9, end: 11 }],
        sourceDocumentId: doc.id,
        sourceSpeechId: speech.id,
        version: 4,
      }),
      await createTestBlock({
        text: "一、城镇燃气安全",
        kind: "HEADING",
        level: 1,
        tags: [tag],
        sourceDocumentId: doc.id,
      }),
      await createTestBlock({ text: "城镇建设要统筹安全。", tags: [tag], curated: true }),
    ];
    const ask = () => nearMatches("城镇燃起", { tags: [tag] });
    forgetMirror();
    const fromIndex = await ask();
    await startLoading();
    expect(await currentMirror()).not.toBeNull();
    expect(await ask()).toEqual(fromIndex);
    expect(fromIndex.map((h) => h.id).sort()).toEqual(
      blocks
        .slice(0, 2)
        .map((b) => b.id)
        .sort(),
    );

    // A renamed speech or document, a new outline level and version: the copy follows (logged by triggers).
    await db().corpusSpeech.update({ where: { id: speech.id }, data: { title: "改名后的讲话" } });
    await db().sourceDocument.update({ where: { id: doc.id }, data: { fileName: "改名后的文件.txt" } });
    await db().block.update({ where: { id: blocks[1]!.id }, data: { level: 2, version: { increment: 1 } } });
    const renamed = await ask();
    const byId = new Map(renamed.map((h) => [h.id, h]));
    expect(byId.get(blocks[0]!.id)?.sourceTitle).toBe("改名后的讲话");
    expect(byId.get(blocks[1]!.id)).toMatchObject({ sourceTitle: "改名后的文件.txt", level: 2, version: 2 });
    forgetMirror();
    expect(await ask()).toEqual(renamed); // what the index's statement reads now
  });
});
