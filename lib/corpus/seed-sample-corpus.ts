// First start: import the sample corpus shipped in data/corpus through the miner, once per installation.
// The marker in app_settings is claimed atomically first, so two starting servers cannot both import, and an
// administrator's later undo is not reversed by a restart.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db/client";
import { importFiles } from "./import-files";

const MARKER = "sample_corpus_seeded";

export async function seedSampleCorpusOnce(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  const names = (await readdir(dir)).filter((n) => /\.(txt|docx)$/i.test(n)).sort();
  const value = JSON.stringify({ at: new Date().toISOString(), files: names });
  const claimed = await db().$executeRaw`
    INSERT INTO app_settings (key, value, updated_at) VALUES (${MARKER}, ${value}::jsonb, now())
    ON CONFLICT (key) DO NOTHING`;
  if (claimed === 0) return 0;
  try {
    const files = await Promise.all(
      names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(dir, name))) })),
    );
    const { results } = await importFiles(files, null);
    return results.filter((r) => r.status === "imported").length;
  } catch (err) {
    await db()
      .appSetting.delete({ where: { key: MARKER } })
      .catch(() => undefined);
    throw err;
  }
}
