import { describe, expect, it } from "vitest";
import { MirrorColumns } from "./mirror-columns";
import { nearCandidates } from "./mirror-near-matches";
import { parseQuery } from "./parse-query";

function library(texts: Record<string, string>) {
  const columns = new MirrorColumns(4);
  for (const [id, text] of Object.entries(texts))
    columns.put({
      id,
      text,
      category: null,
      heading: id.startsWith("h"),
      curated: false,
      ph: false,
      used: false,
      chars: text.length,
      tags: [],
      uses: 0,
      created: 0,
      lastUsed: null,
    });
  return { columns, horizon: "0", readAt: Date.now(), categories: "" };
}

describe("nearCandidates", () => {
  const m = library({
    a: "燃气管道巡查要到位。", // 燃气, 管道, 巡查: all three
    b: "燃气管道。", // two, short
    c: "燃气管道要经常检修，不留死角。", // two, longer
    d: "燃气管道也要管。", // two, as long as e
    e: "管道巡查必须细。", // two, as long as d
    f: "燃气安全。", // one
    h1: "燃气与巡查", // two, a heading
  });
  const terms = { terms: ["燃气", "管道", "巡查"], need: 2 };
  const ids = (limit: number, q = "", filters = {}) =>
    nearCandidates(m, terms, parseQuery(q), filters, limit).map((x) => `${x.id}:${x.held}`);

  it("takes the most terms held first, then the shorter blocks, then by id", () => {
    expect(ids(1)).toEqual(["a:3"]);
    expect(ids(3).sort()).toEqual(["a:3", "b:2", "h1:2"]);
    expect(ids(4).sort()).toEqual(["a:3", "b:2", "d:2", "h1:2"]); // d before e: as long, earlier id
    expect(ids(10).sort()).toEqual(["a:3", "b:2", "c:2", "d:2", "e:2", "h1:2"]); // f holds one: fewer than needed
  });

  it("leaves out blocks holding an excluded word and blocks the filters reject", () => {
    expect(ids(10, "-检修").sort()).toEqual(["a:3", "b:2", "d:2", "e:2", "h1:2"]);
    expect(ids(10, "", { kind: "HEADING" })).toEqual(["h1:2"]);
  });
});
