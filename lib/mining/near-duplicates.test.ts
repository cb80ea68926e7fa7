import { describe, expect, it } from "vitest";
import { groupNearDuplicates, jaccard, lshBands, normHash, shingles } from "./near-duplicates";

const base =
  "各级各部门要坚持“党政同责、一岗双责、齐抓共管、失职追责”，切实把安全生产责任落实到岗位、落实到人头，确保不留死角、不留盲区。";

describe("near-duplicate grouping", () => {
  it("treats texts that differ only in spacing and punctuation as exact repeats", () => {
    expect(normHash(base)).toBe(normHash(base.replace(/，/g, ",").replace(/。/g, ". ")));
    expect(normHash(base)).not.toBe(normHash(base + "另加一句。"));
  });

  it("groups a lightly edited variant with its original and keeps the first as canonical", () => {
    const variant = base.replace("落实到岗位", "落实到每个岗位").replace("不留盲区", "不留任何盲区");
    expect(jaccard(shingles(base), shingles(variant))).toBeGreaterThanOrEqual(0.8);
    const groups = groupNearDuplicates([
      { id: "a", text: base },
      { id: "b", text: "要加强应急值守，严格执行24小时值班和领导带班制度，确保信息畅通。" },
      { id: "c", text: variant },
    ]);
    expect(groups).toEqual([{ canonical: "a", members: ["a", "c"] }]);
  });

  it("does not group paragraphs that merely share a topic", () => {
    const other = "要坚持党政同责、一岗双责，把考核结果作为干部选拔任用的重要依据，对失职渎职的严肃追责问责。";
    expect(jaccard(shingles(base), shingles(other))).toBeLessThan(0.8);
    expect(
      groupNearDuplicates([
        { id: "a", text: base },
        { id: "b", text: other },
      ]),
    ).toEqual([]);
  });

  it("gives near-duplicates at least one shared LSH band", () => {
    const variant = base.replace("确保", "务必确保");
    const a = new Set(lshBands(base));
    expect(lshBands(variant).some((k) => a.has(k))).toBe(true);
  });
});
