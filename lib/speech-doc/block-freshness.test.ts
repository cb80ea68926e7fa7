import { describe, expect, it } from "vitest";
import {
  freshnessKey,
  insertedWording,
  isBehind,
  provenanceOf,
  provenanceRefs,
  wordingWithHash,
} from "./block-freshness";
import { textHash } from "./doc-text";
import type { SpeechDoc } from "./types";

const OLD = "要坚持人民至上、生命至上，把安全生产摆在更加突出的位置。";
const NEW = "要始终坚持人民至上、生命至上，把安全生产摆在更加突出的位置。";
const ref = (version: number, text: string | null) => ({
  blockId: "b1",
  version,
  hash: text === null ? null : textHash(text),
});

describe("insertedWording", () => {
  it("is the block's text trimmed and without its outline number, as the composer inserts it", () => {
    expect(insertedWording(`  （一）${OLD} `)).toBe(OLD);
    expect(insertedWording("一是要压实责任。")).toBe("一是要压实责任。");
  });
});

describe("isBehind", () => {
  it("is false while the block's version is not newer than the recorded one", () => {
    expect(isBehind(ref(2, OLD), { version: 2, text: NEW })).toBe(false);
    expect(isBehind(ref(3, OLD), { version: 2, text: NEW })).toBe(false);
  });

  it("is true when a newer version has other wording than was inserted", () => {
    expect(isBehind(ref(1, OLD), { version: 2, text: NEW })).toBe(true);
  });

  it("is false when a newer version kept the inserted wording (tags changed, or a text change undone)", () => {
    expect(isBehind(ref(1, OLD), { version: 4, text: OLD })).toBe(false);
    expect(isBehind(ref(1, OLD), { version: 2, text: `1. ${OLD}` })).toBe(false);
  });

  it("counts any newer version when the inserted wording's hash is unknown", () => {
    expect(isBehind(ref(1, null), { version: 2, text: OLD })).toBe(true);
  });
});

describe("wordingWithHash", () => {
  it("finds the wording inserted among the block's texts, newest first, and null when it is gone", () => {
    expect(wordingWithHash(textHash(OLD), [NEW, `（二）${OLD}`, "别的说法。"])).toBe(OLD);
    expect(wordingWithHash(textHash(OLD), [NEW])).toBeNull();
    expect(wordingWithHash(null, [OLD])).toBeNull();
  });
});

describe("provenance", () => {
  it("reads a paragraph's attributes and lists each distinct provenance of a document once", () => {
    expect(provenanceOf({ blockId: "b1", blockVersion: 2, sourceHash: "0badcafe" })).toEqual({
      blockId: "b1",
      version: 2,
      hash: "0badcafe",
    });
    expect(provenanceOf({ blockId: "b1", blockVersion: null })).toBeNull();
    expect(provenanceOf({ blockId: null, blockVersion: 1 })).toBeNull();
    const p = (blockId: string | null, blockVersion: number | null, text = "段落。") => ({
      type: "paragraph" as const,
      attrs: { blockId, blockVersion, sourceHash: null },
      content: [{ type: "text" as const, text }],
    });
    const doc: SpeechDoc = {
      type: "doc",
      content: [
        { type: "speechTitle" },
        { type: "speakerLine" },
        p("b1", 1),
        p("b1", 1, "又一段。"),
        p("b1", 2),
        p(null, null),
      ],
    };
    expect(provenanceRefs(doc).map(freshnessKey)).toEqual(["b1.1.-", "b1.2.-"]);
  });
});
