// trainClassifier: the in-memory training the evaluation calls to mine a real page with a classifier that never
// saw it. Needs ../shared/corpus-real for the page-excluding case (skipped with a message when absent).
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_TAXONOMY } from "@/lib/categories/default-taxonomy";
import { classifyBlock } from "@/lib/mining/classify";
import { loadRealCorpus, REAL_DIR } from "@/scripts/classifier-real";
import { trainClassifier } from "@/scripts/classifier-train";

const real = loadRealCorpus();
if (!real) console.warn(`${REAL_DIR} is absent: the page-excluding training is not tested`);

const block = {
  kind: "paragraph" as const,
  level: null,
  text: "要深入开展安全隐患排查整治，聚焦重点行业领域，建立问题隐患台账，实行整改销号闭环管理。",
  headingPath: ["二、突出重点，狠抓隐患排查"],
  role: "body" as const,
  position: 5,
};

describe("trainClassifier", () => {
  it.runIf(real)(
    "leaves the excluded pages out of training and returns a classifier classifyBlock uses",
    () => {
      const excluded = real!.files.slice(0, 2);
      const trained = trainClassifier({ excludeRealFiles: excluded });
      const record = trained.json.training.realPages as { excluded: string[]; pages: number; paragraphs: number };
      expect(record.excluded).toEqual(excluded);
      expect(record.pages).toBe(real!.files.length - 2);
      expect(record.paragraphs).toBe(real!.items.filter((it) => !excluded.includes(it.file)).length);
      expect(trained.usedRealPages).toBe(true);
      const result = classifyBlock(block, {}, undefined, trained.classifier);
      expect(result.category).toBe("隐患排查");
      expect(DEFAULT_TAXONOMY.map((c) => c.key)).toContain(result.category);
    },
    120_000,
  );

  it("refuses a page name it does not know, rather than silently training on everything", () => {
    expect(() => trainClassifier({ excludeRealFiles: ["99_no_such_page.txt"] })).toThrow(/not among the real pages/);
  });

  it("trains on the sample alone when the real pages are absent, and says so", () => {
    const trained = trainClassifier({ realDir: path.join(os.tmpdir(), "no-such-corpus-real") });
    expect(trained.usedRealPages).toBe(false);
    expect(trained.json.training.realPages).toBeNull();
    expect(classifyBlock(block, {}, undefined, trained.classifier).category).toBe("隐患排查");
  }, 120_000);
});
