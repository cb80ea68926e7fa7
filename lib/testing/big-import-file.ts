// A large corpus file as clerks meet it: many speeches from a 文库 dump in one .txt (7 MB, about 12,000
// paragraphs by default), each with title, speaker line, salutation, numbered headings and paragraphs recombined
// from the sample corpus's sentences, so nearly every paragraph is new text. Used by the big-import test, the
// load test and the import benchmark.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { seededRandom } from "./seeded-random";

const NUMERALS = ["一", "二", "三", "四", "五", "六"];
const MEETINGS = [
  "安全生产工作会议",
  "安委会全体会议",
  "安全生产季度例会",
  "安全生产专项整治部署会",
  "安全生产月启动仪式",
];
const PLACES = ["全县", "全市", "全区", "全镇"];

/** The sample corpus's sentences (12–80 characters, no Latin words or dates), for recombined test texts. */
export function sampleSentences(): string[] {
  const dir = path.join(process.cwd(), "data", "corpus");
  const sentences = new Set<string>();
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, name), "utf8");
    for (const s of text.match(/[^。！？；\n]{12,80}[。！？；]/g) ?? [])
      if (!/[a-z]{3}|\d{4}-/i.test(s)) sentences.add(s.trim());
  }
  return [...sentences];
}

export function bigImportText(opts: { targetBytes?: number; seed?: number } = {}): {
  text: string;
  paragraphs: number;
} {
  const target = opts.targetBytes ?? 7 * 1024 * 1024;
  const r = seededRandom(opts.seed ?? 11);
  const sentences = sampleSentences();
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)]!;
  const parts: string[] = [];
  let bytes = 0;
  let paragraphs = 0;
  for (let speech = 1; bytes < target; speech++) {
    const lines = [`在${pick(PLACES)}${2000 + (speech % 25)}年${pick(MEETINGS)}上的讲话（第${speech}篇）`, "同志们："];
    lines.push(Array.from({ length: 3 }, () => pick(sentences)).join(""));
    for (let h = 0; h < 3; h++) {
      lines.push(`${NUMERALS[h]}、${pick(sentences).replace(/[。！？；]$/, "")}`);
      const count = 4 + Math.floor(r() * 4);
      for (let p = 0; p < count; p++)
        lines.push(Array.from({ length: 3 + Math.floor(r() * 4) }, () => pick(sentences)).join(""));
    }
    lines.push(Array.from({ length: 2 }, () => pick(sentences)).join(""));
    paragraphs += lines.length - 1;
    const chunk = lines.join("\n") + "\n\n";
    bytes += Buffer.byteLength(chunk);
    parts.push(chunk);
  }
  return { text: parts.join(""), paragraphs };
}
