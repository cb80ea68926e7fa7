// The command-line contract used by tooling outside the app: stdout holds one JSON object and nothing else.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SITE_BOILERPLATE } from "../../lib/testing/site-boilerplate";

const BANNED = SITE_BOILERPLATE;

describe("npm run --silent mine -- --json", () => {
  it("prints only the JSON document list, with an error entry for an unreadable file", { timeout: 60_000 }, () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "jgt-cli-"));
    const pdf = path.join(dir, "scan.pdf");
    writeFileSync(pdf, "%PDF-1.4");
    const corpus = path.join(process.cwd(), "data", "corpus");
    const files = ["000_9e95fdba000a8061.txt", "003_aaab11ed25220a3c.txt"].map((f) => path.join(corpus, f));
    const r = spawnSync("npm", ["run", "--silent", "mine", "--", "--json", ...files, pdf], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout); // throws if anything else was printed
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(out.documents).toHaveLength(3);
    const [a, b, c] = out.documents;
    expect(a.speeches).toHaveLength(2);
    expect(b.speeches).toHaveLength(1);
    expect(c).toEqual({ file: pdf, error: expect.stringContaining("PDF") });
    for (const doc of [a, b]) {
      expect(doc.encoding).toBe("utf-8");
      expect(Array.isArray(doc.inferredSplits)).toBe(true);
      expect(doc.removed.length).toBeGreaterThan(0);
      for (const r of doc.removed) expect(Object.keys(r).sort()).toEqual(["reason", "text"]);
      for (const s of doc.speeches) {
        expect(Object.keys(s).sort()).toEqual(["blocks", "date", "genre", "speaker", "title"]);
        for (const blk of s.blocks) {
          expect(Object.keys(blk).sort()).toEqual(
            ["category", "confidence", "headingPath", "kind", "level", "placeholders", "tags", "text"].sort(),
          );
          for (const word of BANNED) expect(blk.text).not.toContain(word);
        }
      }
    }
  });

  it("prints the whole document through a pipe, however long", { timeout: 60_000 }, () => {
    const corpus = path.join(process.cwd(), "data", "corpus");
    const files = readdirSync(corpus).map((f) => path.join(corpus, f));
    const r = spawnSync("npm", ["run", "--silent", "mine", "--", "--json", ...files], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(Buffer.byteLength(r.stdout)).toBeGreaterThan(65_536); // more than a pipe holds at once
    expect(JSON.parse(r.stdout).documents).toHaveLength(files.length);
  });
});
