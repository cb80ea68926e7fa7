// The mining benchmark's inputs are what its figures say they are: the 300-paragraph speech, and the .docx files
// that carry the same speeches as the sample corpus's .txt.
import { describe, expect, it } from "vitest";
import { mineDocument } from "@/lib/mining/mine-document";
import { normaliseText } from "@/lib/mining/normalise";
import { asHalfWidth, benchSpeech } from "@/bench/mining-speech";
import { typesAsciiStops } from "@/lib/mining/normalise";
import { mineText } from "@/lib/mining/text-pipeline";
import { corpusFiles, docxCorpusFiles } from "@/bench/mining-throughput";

const blocksOf = async (name: string, bytes: Uint8Array) =>
  (await mineDocument(name, bytes)).speeches.flatMap((s) => s.blocks.map((b) => [b.kind, b.level, b.text]));

describe("the mining benchmark's inputs", () => {
  it("the speech has exactly the body paragraphs asked for, under 6 一、 headings of 5 （一） each", async () => {
    const speech = benchSpeech({ paragraphs: 300, seed: 2 });
    const lines = speech.text.trim().split("\n");
    const level1 = lines.filter((l) => /^[一二三四五六]、/.test(l));
    const level2 = lines.filter((l) => /^（[一二三四五]）/.test(l));
    expect(level1).toHaveLength(6);
    expect(level2).toHaveLength(30);
    // Title, salutation and the closing thanks are not body paragraphs.
    expect(lines.length - level1.length - level2.length - 3).toBe(300);
    expect(speech).toMatchObject({ bodyParagraphs: 300, headings: 36 });

    const mined = await mineDocument(speech.name, new TextEncoder().encode(speech.text));
    expect(mined.speeches).toHaveLength(1);
    const headings = mined.speeches[0]!.blocks.filter((b) => b.kind === "heading");
    // As the miner stores text: full-width punctuation and so on.
    const heading = (level: number, line: string) => expect.objectContaining({ level, text: normaliseText(line) });
    for (const line of level1) expect(headings).toContainEqual(heading(1, line));
    // The miner may read a heading and the paragraph after it as one wrapped line (rejoin-lines.ts): nearly all.
    const found = level2.filter((line) => headings.some((h) => h.level === 2 && h.text === normaliseText(line)));
    expect(found.length).toBeGreaterThanOrEqual(28);
  });

  it("the half-width speech takes the ASCII-stop path and gets its stops back", () => {
    const full = benchSpeech({ paragraphs: 300, seed: 2 }).text;
    const half = asHalfWidth(full);
    expect(half).not.toMatch(/[，、。：；！？]/);
    expect(typesAsciiStops(half.split("\n"))).toBe(true);
    const paragraphs = mineText(half).speeches.flatMap((s) => s.blocks.filter((b) => b.kind === "paragraph"));
    const stopsOf = (t: string) => t.match(/。/g)?.length ?? 0;
    const mined = paragraphs.reduce((n, b) => n + stopsOf(b.text), 0);
    // Every sentence's dot read as its stop, bar a few a heading's number or a date claims.
    expect(mined).toBeGreaterThanOrEqual(stopsOf(full) * 0.97);
    expect(paragraphs.length).toBeGreaterThanOrEqual(295);
  });

  it("the same seed gives the same speech, another seed another", () => {
    expect(benchSpeech({ seed: 3 }).text).toBe(benchSpeech({ seed: 3 }).text);
    expect(benchSpeech({ seed: 3 }).text).not.toBe(benchSpeech({ seed: 4 }).text);
  });

  it("each .docx mines to the same blocks as the .txt it was written from", async () => {
    const txt = corpusFiles();
    const docx = await docxCorpusFiles();
    expect(docx.map((f) => f.name)).toEqual(txt.map((f) => f.name.replace(/\.txt$/, ".docx")));
    for (const [i, file] of docx.entries()) {
      expect(file.bytes.slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
      expect(await blocksOf(file.name, file.bytes)).toEqual(await blocksOf(txt[i]!.name, txt[i]!.bytes));
    }
  });
});
