// `npm run --silent speech -- export IN --out OUT.docx`: the command-line contract for other tools. A finished
// speech in, the official-layout DOCX out; non-zero exit codes with a Chinese message for bad input.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { all, parseXml, textOf, unzipDocx } from "../support/docx-xml";

const dir = mkdtempSync(path.join(os.tmpdir(), "speech-cli-"));
const corpusFile = path.join(process.cwd(), "data", "corpus", "003_aaab11ed25220a3c.txt");
const run = (...args: string[]) =>
  spawnSync("npm", ["run", "--silent", "speech", "--", ...args], { encoding: "utf8", timeout: 60_000 });

describe("npm run --silent speech -- export", () => {
  it(
    "writes the official-layout DOCX of a finished speech, with the chosen page numbers and fonts",
    { timeout: 60_000 },
    () => {
      const out = path.join(dir, "讲话.docx");
      const r = run("export", corpusFile, "--out", out, "--page-numbers", "center", "--fonts", "common");
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/^已写入 .*《.+》，\d+ 个小标题，\d+ 段正文。\n$/);
      const parts = unzipDocx(readFileSync(out));
      const texts = all(parseXml(parts["word/document.xml"]!), "p").map(textOf);
      expect(texts[0]).toBe("在市安委会全体（扩大）会议上的发言");
      expect(texts.filter((t) => /^[一二三四五六七八九十]+、/.test(t)).length).toBeGreaterThanOrEqual(2);
      expect(Object.keys(parts).filter((n) => /^word\/footer\d+\.xml$/.test(n))).toHaveLength(1);
      expect(parts["word/document.xml"]).toMatch(/w:eastAsia="仿宋"/);
    },
  );

  it("refuses a wrong command line with exit code 2 and the usage", { timeout: 60_000 }, () => {
    for (const args of [
      [],
      ["print", corpusFile],
      ["export", corpusFile],
      ["export", corpusFile, "--out", "x.pdf"],
      ["export", corpusFile, "--out", "x.docx", "--fonts", "comic"],
    ]) {
      const r = run(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("用法：npm run --silent speech -- export");
    }
  });

  it("refuses unreadable input with exit code 1 and a Chinese message, writing nothing", { timeout: 60_000 }, () => {
    const pdf = path.join(dir, "scan.pdf");
    writeFileSync(pdf, "%PDF-1.4");
    const empty = path.join(dir, "empty.txt");
    writeFileSync(empty, "");
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing.txt"), /文件不存在/],
      [pdf, /\.docx|\.txt|格式/],
      [empty, /空|没有/],
    ];
    for (const [input, message] of cases) {
      const out = path.join(dir, `${path.basename(input)}.docx`);
      const r = run("export", input, "--out", out);
      expect(r.status, input).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
  });
});
