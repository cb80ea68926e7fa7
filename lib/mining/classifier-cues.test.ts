import { describe, expect, it } from "vitest";
import { addCues, positionBucket } from "./classifier-cues";
import { Group } from "./classifier-feature-hashing";

function cues(text: string, position: number): string[] {
  const g = new Group();
  g.names = new Map();
  addCues(g, text, position, 1);
  const names: string[] = [];
  g.flush((id) => names.push(g.names!.get(id >>> 0)!), null);
  return names.sort();
}

describe("addCues", () => {
  it("crosses opening and closing phrases with the position", () => {
    expect(cues("刚才，县安委办通报了上半年情况，我完全同意。", 0)).toEqual(
      ["cue:end:stop", "cue:end:stop:0", "cue:open", "cue:open:0"].sort(),
    );
    expect(cues("同志们，现在开会。", 1)).toContain("cue:close:1-2");
    expect(cues("同志们，让我们以更加务实的作风抓好落实！", 30)).toContain("cue:close:6+");
  });

  it("marks list items and how a paragraph ends (a colon announces what follows; no stop: cut off or a fragment)", () => {
    expect(cues("下面，我再强调三点意见：", 2)).toEqual(
      ["cue:end:colon", "cue:end:colon:1-2", "cue:open", "cue:open:1-2"].sort(),
    );
    expect(cues("3、要加强值班值守；", 7)).toEqual(["cue:end:stop", "cue:end:stop:6+", "cue:item"].sort());
    expect(cues("各乡镇要对辖区内企业开展拉网式排查，建立", 4)).toEqual(["cue:end:open", "cue:end:open:3-5"]);
  });

  it("buckets positions", () => {
    expect([0, 1, 2, 3, 5, 6, 40].map(positionBucket)).toEqual(["0", "1-2", "1-2", "3-5", "3-5", "6+", "6+"]);
  });
});
