// Command line miner.
//   npm run --silent mine -- --json FILE...   one JSON object on stdout and nothing else (stable contract)
//   npm run mine -- FILE|DIR...               import into the database (DATABASE_URL, else the embedded one)
import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cliProgress from "cli-progress";
import { isAppError } from "../lib/errors";
import { toCliDocument, type CliDocument } from "../lib/mining/cli-json";
import { DEFAULT_TAXONOMY } from "../lib/categories/default-taxonomy";
import { mineDocument } from "../lib/mining/mine-document";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SUPPORTED = /\.(txt|docx)$/i;

async function expand(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (existsSync(a) && statSync(a).isDirectory()) {
      const names = (await readdir(a)).filter((n) => SUPPORTED.test(n)).sort();
      out.push(...names.map((n) => path.join(a, n)));
    } else out.push(a);
  }
  return out;
}

async function mineJson(files: string[]): Promise<void> {
  const known = new Set(DEFAULT_TAXONOMY.map((c) => c.key));
  const documents: CliDocument[] = [];
  for (const file of files) {
    try {
      const bytes = new Uint8Array(await readFile(file));
      documents.push(toCliDocument(file, await mineDocument(path.basename(file), bytes, { knownCategories: known })));
    } catch (err) {
      const message = isAppError(err)
        ? err.message
        : (err as NodeJS.ErrnoException).code === "ENOENT"
          ? "文件不存在。"
          : (err as NodeJS.ErrnoException).code === "EISDIR"
            ? "这是一个文件夹，不是文件。"
            : "文件无法读取。";
      documents.push({ file, error: message });
    }
  }
  // Waits until the text has been handed to the OS: a pipe takes it in pieces, and process.exit would cut it off.
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(JSON.stringify({ documents }) + "\n", (err) => (err ? reject(err) : resolve())),
  );
}

async function importIntoDatabase(files: string[]): Promise<number> {
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const { prepareInstallation } = await import("../lib/setup/prepare-installation");
  const { importFiles } = await import("../lib/corpus/import-files");
  const { db } = await import("../lib/db/client");
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!process.env.DATABASE_URL) {
    embedded = await startEmbeddedPostgres(path.join(ROOT, ".data"));
    process.env.DATABASE_URL = embedded.url;
  }
  try {
    await prepareInstallation(process.env.DATABASE_URL!, { root: ROOT, seedSampleCorpus: false });
    const bar = new cliProgress.SingleBar(
      { format: "导入 [{bar}] {value}/{total} {file}", stream: process.stderr, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: path.basename(f), bytes: new Uint8Array(await readFile(f)) })),
    );
    bar.start(inputs.length, 0, { file: "" });
    const { results, totals, importId } = await importFiles(inputs, null, {
      onFile: (r, i) => bar.update(i + 1, { file: r.file }),
    });
    bar.stop();
    for (const r of results) {
      if (r.status === "failed") console.log(`✗ ${r.file}：${r.error}`);
      else if (r.status === "duplicate")
        console.log(`= ${r.file}：与已导入的“${r.duplicateOf?.fileName}”内容相同，已跳过`);
      else {
        const check = r.verdict?.level === "需要检查" ? r.verdict.reasons.map((x) => x.message).join("；") : "";
        const line = `${r.file}：${r.summary?.speeches} 篇讲话，${r.summary?.blocks} 个段落`;
        console.log(check ? `! ${line}；需要检查：${check}` : `✓ ${line}`);
      }
    }
    console.log(
      `\n导入 ${importId}：${totals.imported} 个文件成功，${totals.duplicates} 个重复，${totals.failed} 个失败；` +
        `${totals.speeches} 篇讲话，${totals.blocks} 个段落（新增 ${totals.newBlocks}，合并重复 ${totals.exactRepeats}，` +
        `近似归组 ${totals.nearDuplicates}），清除杂质 ${totals.removed} 处，还原屏蔽缩写 ${totals.restored} 处` +
        `${totals.importedToCheck ? `；${totals.importedToCheck} 个文件需要检查（见导入报告）` : ""}。`,
    );
    console.log(
      "各类别：" +
        Object.entries(totals.byCategory)
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k} ${v}`)
          .join("，"),
    );
    return totals.failed > 0 ? 1 : 0;
  } finally {
    await db().$disconnect();
    if (embedded) await embedded.stop();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const files = await expand(args.filter((a) => a !== "--json"));
  if (!files.length) {
    process.stderr.write("用法：npm run --silent mine -- --json 文件...   或   npm run mine -- 文件或文件夹...\n");
    return 2;
  }
  if (json) {
    await mineJson(files);
    return 0;
  }
  return importIntoDatabase(files);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`出错：${(err as Error).message}\n`);
    process.exit(1);
  },
);
