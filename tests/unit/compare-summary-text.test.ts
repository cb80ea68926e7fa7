import { describe, expect, it } from "vitest";
import { compareSummaryText } from "../../components/versions/compare-summary";

describe("compareSummaryText", () => {
  it("says what changed in one line, leaving out what did not happen", () => {
    const base = {
      insertedChars: 0,
      deletedChars: 0,
      sectionsAdded: 0,
      sectionsRemoved: 0,
      sectionsMoved: 0,
      moves: 0,
    };
    expect(compareSummaryText({ ...base, changes: 0 })).toBe("两个版本的文字相同。");
    expect(
      compareSummaryText({
        ...base,
        changes: 5,
        insertedChars: 12,
        deletedChars: 3,
        sectionsAdded: 1,
        sectionsMoved: 1,
        moves: 2,
      }),
    ).toBe("5 处修改，增加 12 字，删除 3 字，新增 1 节，移动 1 节，移动段落 1 处。");
  });
});
