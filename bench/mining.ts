// Mining benchmark (issue 12): throughput of mining whole .txt and .docx files (bench/mining-throughput.ts), the
// classifier and the stages on pathological inputs and on the 300-paragraph speech typed in half-width punctuation
// (bench/mining-stages.ts), the sample corpus import of the first start in a fresh process
// (bench/mining-sample-import.ts), and one 300-paragraph speech imported through the worker into a library of
// 100,000 blocks (bench/mining-into-library.ts, in a process of its own).
// Targets: .txt at least 2 MB/s, .docx at least 1 MB/s (file bytes), cold sample import under 3 s, the speech
// into 100,000 blocks under 5 s. BENCH_BLOCKS sets a smaller library for trial runs.
import os from "node:os";
import path from "node:path";
import { runFresh } from "./mining-child";
import type { IntoLibraryResult } from "./mining-into-library";
import { sampleImportColdSeconds, sampleImportWarmSeconds } from "./mining-sample-import";
import { classifyBlocksPerSecond, gluedSectionMs, halfWidthSpeechMs, pathologicalMs } from "./mining-stages";
import { corpusFiles, decodeFile, docxCorpusFiles, throughput, totalBytes } from "./mining-throughput";

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

async function throughputs() {
  const txt = corpusFiles();
  const mbPerS = await throughput(txt, 6 * 1024 * 1024);
  log(
    `.txt：${mbPerS.toFixed(2)} MB/s（${txt.length} 个文件共 ${(totalBytes(txt) / 1024).toFixed(0)} KB，反复挖掘到 6 MB）`,
  );
  const docx = await docxCorpusFiles();
  const docxMbPerS = await throughput(docx, 2 * 1024 * 1024);
  // The same speeches' text is larger than their zipped .docx: the text MB/s compares the formats' decoding.
  const textPerFileByte = totalBytes(txt) / totalBytes(docx);
  log(
    `.docx：${docxMbPerS.toFixed(2)} MB/s 文件字节（${docx.length} 个文件共 ${(totalBytes(docx) / 1024).toFixed(0)} KB，` +
      `反复挖掘到 2 MB）；按其中文字的 UTF-8 字节计 ${(docxMbPerS * textPerFileByte).toFixed(2)} MB/s`,
  );
  // Where the time goes: the first step alone (for .docx: unzip and the document XML read into lines).
  for (const [label, files] of [
    [".txt", txt],
    [".docx", docx],
  ] as const) {
    const decodeMbPerS = await throughput(files, 1024 * 1024, decodeFile);
    const share = (label === ".txt" ? mbPerS : docxMbPerS) / decodeMbPerS;
    log(`${label} 只解码：${decodeMbPerS.toFixed(2)} MB/s，约占挖掘时间的 ${Math.round(share * 100)}%`);
  }
  return { mbPerS, docxMbPerS };
}

export async function miningBenchmark() {
  log(`机器负载（1 分钟平均）：${os.loadavg()[0]!.toFixed(2)}，${os.cpus().length} 核`);
  const { mbPerS, docxMbPerS } = await throughputs();
  const classifyPerS = classifyBlocksPerSecond();
  const stageMs = { ...pathologicalMs(), ...halfWidthSpeechMs(), ...(await gluedSectionMs(log)) };
  const stages = Object.fromEntries(Object.entries(stageMs).map(([k, ms]) => [k, Math.round(ms)]));
  await sampleImportWarmSeconds();
  const coldS = await sampleImportColdSeconds();
  const { result: intoLibrary } = await runFresh<IntoLibraryResult>(path.join("bench", "mining-into-library.ts"));
  log(
    `讲话稿导入 ${intoLibrary.library_blocks} 条的素材库：${intoLibrary.seconds.toFixed(2)} s` +
      `（导入任务启动后的第一篇 ${intoLibrary.first_seconds.toFixed(2)} s，含启动挖掘线程）`,
  );
  log(`结束时机器负载（1 分钟平均）：${os.loadavg()[0]!.toFixed(2)}`);
  return {
    mb_per_s: round(mbPerS, 2),
    docx_mb_per_s: round(docxMbPerS, 2),
    sample_import_cold_s: round(coldS, 3),
    import_into_100k_s: round(intoLibrary.seconds, 3),
    classify_blocks_per_s: Math.round(classifyPerS),
    ...stages,
  };
}
