// `npm run --silent bench -- export`: the DOCX export of a 20,000-character speech of 60 sections (recombined from
// the sample corpus, as in the composer benchmark), in process and warm, median of 20, against pandoc converting
// the same speech from HTML in the same run (a process per file, as a clerk's script would run it). pandoc is the
// strongest free alternative a user could pick, though it cannot set the grid or odd/even footers by itself.
// Also the whole request a clerk waits for (export-request.ts), cold and warm. Prints
// {"export":{"docx_ms","docx_cold_ms","request_ms","request_cold_ms","pandoc_ms","ratio"}}; ratio = pandoc_ms /
// docx_ms (above 1: we are faster).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_EXPORT_OPTIONS } from "../lib/export/options";
import { speechDocx } from "../lib/export/speech-docx";
import { mineDocument } from "../lib/mining/mine-document";
import { bodyChars, nodeText } from "../lib/speech-doc/doc-text";
import { headingNumbers } from "../lib/speech-doc/numbering";
import { DEFAULT_SETTINGS, type SpeechDoc } from "../lib/speech-doc/types";
import { buildSpeech, type CorpusBlock } from "./composer-speech";
import { timeExportRequests } from "./export-request";

const RUNS = 20;
const log = (s: string) => process.stderr.write(`[export] ${s}\n`);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
const round = (n: number) => Math.round(n * 10) / 10;

async function corpusBlocks(): Promise<CorpusBlock[]> {
  const dir = path.join(process.cwd(), "data", "corpus");
  const blocks: CorpusBlock[] = [];
  for (const file of readdirSync(dir).sort()) {
    const mined = await mineDocument(file, readFileSync(path.join(dir, file)));
    for (const s of mined.speeches)
      for (const b of s.blocks)
        blocks.push({
          id: `b${blocks.length}`,
          text: b.text,
          version: 1,
          kind: b.kind === "heading" ? "HEADING" : "PARAGRAPH",
          level: b.level,
        });
  }
  return blocks;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The same speech as the HTML a clerk would hand to pandoc: numbered headings as h1–h3, paragraphs as p. */
function speechHtml(doc: SpeechDoc): string {
  const levels = doc.content.flatMap((n) => (n.type === "heading" ? [n.attrs.level] : []));
  const numbers = headingNumbers(levels);
  let h = 0;
  const body = doc.content.map((n) => {
    const text = escape(nodeText(n));
    if (n.type === "speechTitle") return `<h1 class="title">${text}</h1>`;
    if (n.type === "heading") return `<h${n.attrs.level + 1}>${numbers[h++]}${text}</h${n.attrs.level + 1}>`;
    return `<p>${text}</p>`;
  });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>讲话</title></head><body>${body.join("\n")}</body></html>`;
}

function ensurePandoc() {
  if (spawnSync("sh", ["-c", "command -v pandoc"]).status === 0) return;
  log("pandoc 未安装，正在用 apt-get 安装（Debian 软件包 pandoc）…");
  const root = process.getuid?.() === 0;
  const apt = (...args: string[]) =>
    execFileSync(root ? "apt-get" : "sudo", root ? args : ["apt-get", ...args], {
      stdio: ["ignore", 2, 2],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  apt("update", "-qq");
  apt("install", "-y", "-qq", "pandoc");
}

export async function exportBenchmark() {
  ensurePandoc();
  const corpus = await corpusBlocks();
  const doc = buildSpeech(corpus, {
    seed: 8,
    provenanceBlocks: corpus.filter((b) => b.kind === "PARAGRAPH").slice(0, 40),
    title: "在全县安全生产工作会议上的讲话",
    speakerLine: "县长 张三",
  });
  const sections = doc.content.filter((n) => n.type === "heading").length;
  log(`讲话稿：${bodyChars(doc)} 字，${sections} 个小标题`);
  // The whole request first, while the export's code is still unloaded (as after a server start).
  const request = await timeExportRequests(doc, RUNS, median);
  const input = {
    doc,
    numbering: DEFAULT_SETTINGS.numbering,
    date: "2024-03-01",
    options: DEFAULT_EXPORT_OPTIONS,
    highlightPlaceholders: true,
  };

  let t = performance.now();
  await speechDocx(input);
  const cold = performance.now() - t;
  const ours: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    await speechDocx(input);
    ours.push(performance.now() - t);
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-export-"));
  const html = path.join(dir, "speech.html");
  writeFileSync(html, speechHtml(doc));
  const theirs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    t = performance.now();
    execFileSync("pandoc", ["-f", "html", "-t", "docx", "-o", path.join(dir, `out-${i}.docx`), html]);
    theirs.push(performance.now() - t);
  }
  const docx = median(ours);
  const pandoc = median(theirs);
  log(
    `整个导出请求 中位数 ${round(request.medianMs)} ms（首次 ${round(request.coldMs)} ms，文件 ${request.bytes} 字节）；` +
      `进程内导出 中位数 ${round(docx)} ms（首次 ${round(cold)} ms）；pandoc 中位数 ${round(pandoc)} ms`,
  );
  return {
    docx_ms: round(docx),
    docx_cold_ms: round(cold),
    request_ms: round(request.medianMs),
    request_cold_ms: round(request.coldMs),
    pandoc_ms: round(pandoc),
    ratio: round(pandoc / docx),
  };
}
