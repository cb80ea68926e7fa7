// One live block per normalised text (issue 10, item 10), as the database enforces it: curation steps that would
// make a second block say exactly what another says are refused in Chinese (not a 500), and the migration that
// added the rule merges the repeats earlier parallel imports left behind.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { MSG } from "@/lib/blocks/messages";
import { splitBlock } from "@/lib/blocks/split-block";
import { updateBlock } from "@/lib/blocks/update-block";
import { revertRevision } from "@/lib/blocks/revert-revision";
import { db } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { normHash } from "@/lib/mining/near-duplicates";
import { createTestBlock, createTestUser, unique } from "@/lib/testing/factories";
import { useIsolatedDatabase } from "../support/isolated-database";
import { asSplitBlock, asUpdateBlock } from "@/lib/testing/route-input";

/** A block as the app writes it (with its normalised-text hash; the factory leaves it empty by default). */
const block = (text: string, extra: Parameters<typeof createTestBlock>[0] = {}) =>
  createTestBlock({ text, normHash: normHash(text), ...extra });
const sentence = (label: string) => `要压紧压实安全生产责任，严格落实党政同责、一岗双责${unique(label)}。`;

describe("one live block per normalised text", () => {
  it("refuses an edit that makes a block say what another says, even with other punctuation", async () => {
    const user = await createTestUser();
    const text = sentence("a");
    await block(text);
    const other = await block(sentence("b"));
    const edit = updateBlock(
      other.id,
      user.id,
      asUpdateBlock({ version: 1, text: text.replace("，", ",").replace("。", "") }),
    );
    await expect(edit).rejects.toMatchObject({ code: "conflict", message: MSG.sameText });
    expect((await db().block.findUniqueOrThrow({ where: { id: other.id } })).version).toBe(1);
  });

  it("refuses a split whose part says what another block says", async () => {
    const user = await createTestUser();
    const existing = sentence("c");
    await block(existing);
    const first = sentence("d");
    const whole = await block(first + existing);
    await expect(
      splitBlock(whole.id, user.id, asSplitBlock({ version: 1, parts: [first, existing] })),
    ).rejects.toMatchObject({
      code: "conflict",
      message: MSG.sameText,
    });
    expect((await db().block.findUniqueOrThrow({ where: { id: whole.id } })).text).toBe(first + existing);
  });

  it("refuses to undo an edit when another block has taken the old text since", async () => {
    const user = await createTestUser();
    const old = sentence("e");
    const edited = await block(old);
    await updateBlock(edited.id, user.id, asUpdateBlock({ version: 1, text: sentence("f") }));
    await block(old);
    const revision = await db().blockRevision.findFirstOrThrow({ where: { blockId: edited.id } });
    await expect(revertRevision(revision.id, user.id)).rejects.toMatchObject({
      code: "conflict",
      message: MSG.sameText,
    });
  });
});

describe("the migration that adds the rule", () => {
  it("merges repeats into the oldest block, moving their sources, then enforces one block per text", async () => {
    const all = (await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const rule = all.find((n) => n.endsWith("_block_unique_text"))!;
    const dir = await mkdtemp(path.join(os.tmpdir(), "jgt-mig-"));
    await cp(path.join(process.cwd(), "prisma", "migrations"), dir, { recursive: true });
    for (const name of all.filter((n) => n >= rule)) await rm(path.join(dir, name), { recursive: true });
    const iso = await useIsolatedDatabase("uniq");
    const c = new pg.Client({ connectionString: iso.url });
    try {
      await iso.wipe();
      await applyMigrations(iso.url, dir);
      // What parallel imports left: three live blocks with one text, each with a source in its own document.
      const text = sentence("g");
      const blocks = [];
      for (let i = 0; i < 3; i++) {
        const doc = await db().sourceDocument.create({
          data: {
            fileName: `f${i}.txt`,
            sha256: unique(`sha${i}`),
            format: "txt",
            encoding: "utf-8",
            sizeBytes: 1,
            rawText: "",
            cleanedText: "",
            status: "MINED",
          },
          select: { id: true }, // the columns of that time: later migrations add some (content_hash)
        });
        const b = await createTestBlock({
          text,
          normHash: normHash(text),
          createdAt: new Date(Date.UTC(2025, 0, 1 + i)),
        });
        await db().blockSource.create({ data: { blockId: b.id, documentId: doc.id, position: 0 } });
        blocks.push(b);
      }
      await applyMigrations(iso.url, path.join(process.cwd(), "prisma", "migrations"));
      const rows = await db().block.findMany({
        where: { id: { in: blocks.map((b) => b.id) } },
        orderBy: { createdAt: "asc" },
      });
      expect(rows.map((r) => r.mergedIntoId)).toEqual([null, blocks[0]!.id, blocks[0]!.id]);
      expect(await db().blockSource.count({ where: { blockId: blocks[0]!.id } })).toBe(3);
      await expect(block(text)).rejects.toMatchObject({ code: "P2002" });
    } finally {
      await c.end().catch(() => undefined);
      await iso.restore();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
