import { describe, expect, it } from "vitest";
import { sharedEnd, sharedStart } from "./shared-runs";

describe("sharedStart and sharedEnd", () => {
  it("give the longest run every text starts or ends with", () => {
    expect(sharedStart(["知源文库 wk.x.com", "知源文库 wk.y.com", "知源文库"])).toBe("知源文库");
    expect(sharedEnd(["，2024年讲话稿", "签订2024年讲话稿"])).toBe("2024年讲话稿");
    expect(sharedStart(["甲", "乙"])).toBe("");
    expect(sharedEnd(["一样", "一样"])).toBe("一样");
    expect(sharedEnd(["", "讲话稿"])).toBe("");
  });
});
