// Mining throughput: whole files through mineDocument, the function the import runs on each uploaded file
// (decode → text stages → classify → tag → placeholders; no database), on the sample corpus repeated to several
// MB. MB are 1,048,576 bytes of the files as uploaded: for .txt the text's bytes, for .docx the zipped file's.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { decodeDocument, DEFAULT_LIMITS } from "../lib/mining/decode-document";
import { mineDocument } from "../lib/mining/mine-document";
import { speechTextAsDocx } from "./mining-docx";

export type CorpusFile = { name: string; bytes: Uint8Array };

export const CORPUS_DIR = path.join(process.cwd(), "data", "corpus");

export function corpusFiles(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((n) => /\.(txt|docx)$/.test(n))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(CORPUS_DIR, name))) }));
}

/** The sample corpus's .txt speeches written as clerks' Word files (bench/mining-docx.ts). */
export async function docxCorpusFiles(): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  for (const f of corpusFiles().filter((f) => f.name.endsWith(".txt"))) {
    const text = new TextDecoder().decode(f.bytes);
    out.push({ name: f.name.replace(/\.txt$/, ".docx"), bytes: await speechTextAsDocx(text) });
  }
  return out;
}

const known = new Set(DEFAULT_TAXONOMY.map((c) => c.key));

/** The whole of what the import does to a file before storing it. */
export const mineFile = (f: CorpusFile) => mineDocument(f.name, f.bytes, { knownCategories: known });

/** The first step alone (encoding detection, or unzip and the document XML read into lines). */
export const decodeFile = (f: CorpusFile) => decodeDocument(f.name, f.bytes, DEFAULT_LIMITS);

/** Median of three runs, each working through the files over and over until `targetBytes` of them are done; MB/s. */
export async function throughput(
  files: CorpusFile[],
  targetBytes: number,
  work: (f: CorpusFile) => Promise<unknown> = mineFile,
): Promise<number> {
  await work(files[0]!); // warm up: model, dictionary
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    let bytes = 0;
    const start = performance.now();
    while (bytes < targetBytes) {
      for (const f of files) {
        await work(f);
        bytes += f.bytes.length;
      }
    }
    runs.push(bytes / 1048576 / ((performance.now() - start) / 1000));
  }
  return runs.sort((a, b) => a - b)[1]!;
}

export const totalBytes = (files: CorpusFile[]) => files.reduce((n, f) => n + f.bytes.length, 0);
