import { describe, expect, it } from "vitest";
import { answeredByLine } from "./line-answers";

describe("answeredByLine", () => {
  it("answers a line it has seen without asking again, and gives the same answer", () => {
    const asked: string[] = [];
    const isShort = answeredByLine((line: string) => {
      asked.push(line);
      return line.length < 5;
    });
    expect([isShort("一、总体要求"), isShort("同志们"), isShort("一、总体要求"), isShort("同志们")]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    expect(asked).toEqual(["一、总体要求", "同志们"]);
  });

  it("keeps a null answer too", () => {
    let calls = 0;
    const none = answeredByLine(() => {
      calls++;
      return null;
    });
    expect([none("甲"), none("甲")]).toEqual([null, null]);
    expect(calls).toBe(1);
  });

  it("answers a line longer than maxLength afresh each time", () => {
    let calls = 0;
    const answer = answeredByLine(
      (line: string) => {
        calls++;
        return line.length;
      },
      { maxLength: 3 },
    );
    expect([answer("一二三四"), answer("一二三四")]).toEqual([4, 4]);
    expect(calls).toBe(2);
  });

  it("drops what it keeps when full, and still answers rightly", () => {
    const asked: string[] = [];
    const answer = answeredByLine(
      (line: string) => {
        asked.push(line);
        return line + "！";
      },
      { limit: 2 },
    );
    expect([answer("甲"), answer("乙"), answer("丙"), answer("甲")]).toEqual(["甲！", "乙！", "丙！", "甲！"]);
    // 丙 arrived when two were kept: both were dropped, so 甲 is asked again.
    expect(asked).toEqual(["甲", "乙", "丙", "甲"]);
  });
});
