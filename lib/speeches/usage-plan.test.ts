// Usage recording without a database: which rows a save adds, removes and retags.
import { describe, expect, it } from "vitest";
import { paragraphNode, testDoc, titleNode } from "../testing/speech-docs";
import { planUsageChanges, wantedBlocks } from "./usage-plan";

const row = (blockId: string, speaker: string | null = "县长", meetingId: string | null = "m1") => ({
  blockId,
  speaker,
  meetingId,
});
const speech = { speaker: "县长", meetingId: "m1" };

describe("wantedBlocks", () => {
  it("takes each paragraph's block once, in order, follows merges and drops unknown ids", () => {
    const doc = testDoc(
      titleNode("讲话"),
      paragraphNode("甲", { id: "a" }),
      paragraphNode("自己写的"),
      paragraphNode("乙", { id: "merged" }),
      paragraphNode("甲又一次", { id: "a" }),
      paragraphNode("丙", { id: "gone" }),
      paragraphNode("丁", { id: "b" }),
    );
    const survivors = new Map([
      ["a", "a"],
      ["merged", "b"],
      ["b", "b"],
    ]);
    expect(wantedBlocks(doc, survivors)).toEqual(["a", "b"]);
    expect(wantedBlocks(testDoc(titleNode("空")), survivors)).toEqual([]);
  });
});

describe("planUsageChanges", () => {
  it("adds new blocks, removes dropped ones, keeps the rest", () => {
    expect(planUsageChanges([row("a"), row("b")], ["b", "c"], speech)).toEqual({
      add: ["c"],
      remove: ["a"],
      retag: false,
    });
  });

  it("a save that changes nothing plans nothing (no block is locked)", () => {
    expect(planUsageChanges([row("a"), row("b")], ["b", "a"], speech)).toEqual({ add: [], remove: [], retag: false });
    expect(planUsageChanges([], [], speech)).toEqual({ add: [], remove: [], retag: false });
  });

  it("re-adding a removed block is an add again (a new use with a new date)", () => {
    const afterRemoval = planUsageChanges([row("a"), row("b")], ["a"], speech);
    expect(afterRemoval.remove).toEqual(["b"]);
    expect(planUsageChanges([row("a")], ["a", "b"], speech).add).toEqual(["b"]);
  });

  it("retags kept rows when the speaker or meeting changed, including to or from none", () => {
    expect(planUsageChanges([row("a", "副县长")], ["a"], speech).retag).toBe(true);
    expect(planUsageChanges([row("a", "县长", null)], ["a"], speech).retag).toBe(true);
    expect(planUsageChanges([row("a")], ["a"], { speaker: null, meetingId: "m1" }).retag).toBe(true);
    // A row about to be removed needs no retagging.
    expect(planUsageChanges([row("a", "副县长")], [], speech)).toEqual({ add: [], remove: ["a"], retag: false });
  });
});
