// Issue 10, item 10: uploads running at once that share a paragraph must still give it one block ("one block per
// normalised text", enforced by the database), and none of them may fail on a unique key while joining
// near-duplicate groups. Real parallel imports against the real database.
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importFiles } from "@/lib/corpus/import-files";
import { normHash } from "@/lib/mining/near-duplicates";
import { createTestUser } from "@/lib/testing/factories";

const tag = () => randomBytes(16).toString("hex");

/** A speech of its own (unique paragraphs) that also holds `shared` paragraphs, word for word. */
function speech(own: string, shared: string[]) {
  return strToU8(
    [
      `在全县安全生产工作会议上的讲话${own}`,
      "同志们：",
      `今天召开会议，主要任务是总结工作、部署任务，这是第${own}次会议的开场白。`,
      "一、提高政治站位",
      ...shared,
      `各单位要结合实际抓好落实，确保各项措施落地见效，编号${own}。`,
      "谢谢大家！",
    ].join("\n"),
  );
}

async function liveBlocksWithText(text: string) {
  return db().block.count({ where: { normHash: normHash(text), mergedIntoId: null } });
}

describe("parallel corpus imports (real database)", () => {
  it("give a paragraph shared by 10 files imported at once exactly one block, with a source in every file", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const t = tag();
    const shared = [
      `近年来全县安全生产形势总体平稳，但重点行业领域风险隐患依然突出，标记${t}甲。`,
      `要聚焦危险化学品、城镇燃气、建筑施工等重点领域开展拉网式排查，标记${t}乙。`,
    ];
    const runs = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        importFiles([{ name: `并发${t}-${i}.txt`, bytes: speech(`${t}${i}`, shared) }], user.id),
      ),
    );
    for (const r of runs) expect(r.results[0]!.status, r.results[0]!.error).toBe("imported");
    for (const text of shared) {
      expect(await liveBlocksWithText(text)).toBe(1);
      const block = await db().block.findFirstOrThrow({ where: { normHash: normHash(text), mergedIntoId: null } });
      expect(await db().blockSource.count({ where: { blockId: block.id } })).toBe(10);
    }
  });

  it("import 30 files at once that share paragraphs and near-duplicates without a failure", async () => {
    const user = await createTestUser({ role: "EDITOR" });
    const t = tag();
    const base = `要深入开展安全生产隐患排查整治，建立问题清单、责任清单和整改清单，做到整改责任、措施、资金、时限和预案五到位，标记${t}`;
    const runs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        // Every file has the exact shared paragraph and a near-duplicate of it (one character differs).
        importFiles(
          [{ name: `并发${t}-${i}.txt`, bytes: speech(`${t}n${i}`, [`${base}。`, `${base}${i % 3}。`]) }],
          user.id,
        ),
      ),
    );
    const failed = runs.map((r) => r.results[0]!).filter((r) => r.status !== "imported");
    expect(failed).toEqual([]);
    expect(await liveBlocksWithText(`${base}。`)).toBe(1);
    for (const k of [0, 1, 2]) expect(await liveBlocksWithText(`${base}${k}。`)).toBe(1);
  });
});
