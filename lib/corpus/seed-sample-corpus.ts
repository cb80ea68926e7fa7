// First start: import the sample corpus shipped in data/corpus, once per installation (a marker in
// app_settings keeps an administrator's later deletions from being undone by a restart).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db/client";
import { importRawDocuments } from "./import-raw-documents";

const MARKER = "sample_corpus_seeded";

export async function seedSampleCorpusOnce(dir: string): Promise<number> {
  if (await db().appSetting.findUnique({ where: { key: MARKER } })) return 0;
  const names = (await readdir(dir)).filter((n) => /\.(txt|docx)$/i.test(n)).sort();
  const files = await Promise.all(
    names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(path.join(dir, name))) })),
  );
  const result = await importRawDocuments(files, null);
  await db().appSetting.create({ data: { key: MARKER, value: { at: new Date().toISOString(), files: names } } });
  return result.documents.filter((d) => d.id).length;
}
