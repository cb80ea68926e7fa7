import { describe, expect, it } from "vitest";
import { isRestoration, restorationsOf } from "./restorations";

describe("restored abbreviations", () => {
  const raw = ["标题", "省zf召开会议，要求各级zf切实履行职责。", "坚持gcd领导。"].join("\n");
  const removed = [
    { text: "来源：网络", reason: "来源作者信息", lineNo: 1 },
    { text: "zf", reason: "屏蔽缩写还原：zf→政府", lineNo: 2 },
    { text: "zf", reason: "屏蔽缩写还原：zf→政府", lineNo: 2 },
    { text: "gcd", reason: "屏蔽缩写还原：gcd→共产党", lineNo: 3 },
  ];

  it("are told apart from removed noise by the miner's reason", () => {
    expect(removed.map(isRestoration)).toEqual([false, true, true, true]);
  });

  it("are listed with the restored word and the text around each occurrence in the file", () => {
    expect(restorationsOf(removed, raw)).toEqual([
      { original: "zf", restored: "政府", lineNo: 2, before: "省", after: "召开会议，要求各级zf切实履行职责。" },
      { original: "zf", restored: "政府", lineNo: 2, before: "省zf召开会议，要求各级", after: "切实履行职责。" },
      { original: "gcd", restored: "共产党", lineNo: 3, before: "坚持", after: "领导。" },
    ]);
  });

  it("keeps a restoration whose line is unknown, without context", () => {
    expect(restorationsOf([{ text: "zf", reason: "屏蔽缩写还原：zf→政府" }], "")).toEqual([
      { original: "zf", restored: "政府", lineNo: null, before: "", after: "" },
    ]);
  });
});
