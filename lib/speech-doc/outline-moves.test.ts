// Where a section goes when dropped in the outline (sectionDropIndex in outline.ts) or moved past a sibling from
// the keyboard (sectionStepIndex), checked through moveSection: the resulting headings with their numbers.
import { describe, expect, it } from "vitest";
import { moveSection, outlineOf, sectionDropIndex, sectionStepIndex, type DropPlace } from "./outline";
import type { HeadingLevel, SpeechDoc, SpeechNode } from "./types";

const t = (text: string) => [{ type: "text" as const, text }];
const h = (level: HeadingLevel, text: string): SpeechNode => ({ type: "heading", attrs: { level }, content: t(text) });
const p = (text: string): SpeechNode => ({ type: "paragraph", content: t(text) });

const SPEECH: SpeechDoc = {
  type: "doc",
  content: [
    { type: "speechTitle", content: t("讲话") }, // 0
    { type: "salutation", content: t("同志们：") }, // 1
    p("开场"), // 2
    h(1, "甲"), // 3
    p("甲的话"), // 4
    h(2, "甲一"), // 5
    p("甲一的话"), // 6
    h(3, "甲一子"), // 7
    p("甲一子的话"), // 8
    h(2, "甲二"), // 9
    p("甲二的话"), // 10
    h(1, "乙"), // 11
    p("乙的话"), // 12
    h(2, "乙一"), // 13
    p("乙一的话"), // 14
    h(1, "丙"), // 15
    p("丙的话"), // 16
  ],
};
const at = (text: string) => SPEECH.content.findIndex((n) => n.content?.[0]?.text === text);

/** The outline after dropping `from` on `target`, or null when the drop changes nothing. */
const drop = (from: string, target: string, place: DropPlace) =>
  movedTo(from, sectionDropIndex(SPEECH, at(from), at(target), place));

/** The outline after moving the section `from` to `to` (null: not moved). */
function movedTo(from: string, to: number | null) {
  if (to === null) return null;
  const moved = moveSection(SPEECH, at(from), to);
  // Every heading still has its own paragraph right behind it: sections moved whole.
  moved.content.forEach((n, i) => {
    if (n.type === "heading") expect(moved.content[i + 1]?.content?.[0]?.text).toBe(`${n.content?.[0]?.text}的话`);
  });
  return outlineOf(moved).map((e) => e.number + e.text);
}

describe("sectionDropIndex", () => {
  it("drops in front of an entry (upper half), with the sub-sections", () => {
    expect(drop("丙", "甲", "before")).toEqual([
      "一、丙",
      "二、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
      "三、乙",
      "（一）乙一",
    ]);
    expect(drop("甲二", "甲一", "before")).toEqual([
      "一、甲",
      "（一）甲二",
      "（二）甲一",
      "1.甲一子",
      "二、乙",
      "（一）乙一",
      "三、丙",
    ]);
  });

  it("drops behind an entry's whole section (lower half): moving down past the next sibling", () => {
    expect(drop("甲", "乙", "after")).toEqual([
      "一、乙",
      "（一）乙一",
      "二、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
      "三、丙",
    ]);
    expect(drop("甲", "丙", "after")).toEqual([
      "一、乙",
      "（一）乙一",
      "二、丙",
      "三、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
    ]);
    expect(sectionDropIndex(SPEECH, at("甲"), at("丙"), "after")).toBe(SPEECH.content.length);
    // Behind 甲一 means behind 甲一子 too, which stays 甲一's.
    expect(drop("乙一", "甲一", "after")).toEqual([
      "一、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）乙一",
      "（三）甲二",
      "二、乙",
      "三、丙",
    ]);
  });

  it("changes nothing dropped onto itself, onto its own sub-sections, or where it already is", () => {
    const none = (from: string, target: string, place: DropPlace) =>
      expect(sectionDropIndex(SPEECH, at(from), at(target), place), `${from} ${place} ${target}`).toBeNull();
    none("甲", "甲", "before");
    none("甲", "甲", "after");
    none("甲", "甲一", "before");
    none("甲", "甲一子", "after");
    none("甲", "甲二", "after");
    none("甲一", "甲一子", "before");
    none("乙", "丙", "before"); // in front of its next sibling
    none("乙", "甲", "after"); // behind its previous sibling
    none("甲一", "甲二", "before");
    none("甲二", "乙", "before"); // the end of its own parent
  });

  it("never splits a deeper section: a shallower one goes on to the end of the section it was dropped into", () => {
    // 丙 in front of 甲二 would make 甲二 丙's; it goes behind all of 甲 instead.
    expect(drop("丙", "甲二", "before")).toEqual([
      "一、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
      "二、丙",
      "三、乙",
      "（一）乙一",
    ]);
    expect(drop("丙", "甲一子", "after")).toEqual([
      "一、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
      "二、丙",
      "三、乙",
      "（一）乙一",
    ]);
    // 乙一 in front of 甲一子 would take 甲一子 from 甲一; it goes behind 甲一's section.
    expect(drop("乙一", "甲一子", "before")).toEqual([
      "一、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）乙一",
      "（三）甲二",
      "二、乙",
      "三、丙",
    ]);
    // Right behind 甲, which it already follows: nothing to do.
    expect(sectionDropIndex(SPEECH, at("乙"), at("甲二"), "before")).toBeNull();
  });

  it("lets a deeper section move under another parent", () => {
    expect(drop("乙一", "乙", "before")).toEqual([
      "一、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
      "（三）乙一",
      "二、乙",
      "三、丙",
    ]);
    expect(drop("甲一", "丙", "after")).toEqual([
      "一、甲",
      "（一）甲二",
      "二、乙",
      "（一）乙一",
      "三、丙",
      "（一）甲一",
      "1.甲一子",
    ]);
  });
});

describe("sectionStepIndex", () => {
  const step = (from: string, direction: -1 | 1) => movedTo(from, sectionStepIndex(SPEECH, at(from), direction));

  it("moves a section past its previous or next sibling, with everything under both", () => {
    expect(step("乙", -1)).toEqual([
      "一、乙",
      "（一）乙一",
      "二、甲",
      "（一）甲一",
      "1.甲一子",
      "（二）甲二",
      "三、丙",
    ]);
    expect(step("甲", 1)).toEqual(["一、乙", "（一）乙一", "二、甲", "（一）甲一", "1.甲一子", "（二）甲二", "三、丙"]);
    expect(step("乙", 1)).toEqual(["一、甲", "（一）甲一", "1.甲一子", "（二）甲二", "二、丙", "三、乙", "（一）乙一"]);
  });

  it("passes a sibling's deeper sub-sections: 甲二 goes in front of 甲一 and 甲一子", () => {
    expect(step("甲二", -1)).toEqual([
      "一、甲",
      "（一）甲二",
      "（二）甲一",
      "1.甲一子",
      "二、乙",
      "（一）乙一",
      "三、丙",
    ]);
    expect(step("甲一", 1)).toEqual([
      "一、甲",
      "（一）甲二",
      "（二）甲一",
      "1.甲一子",
      "二、乙",
      "（一）乙一",
      "三、丙",
    ]);
  });

  it("stays under its parent and stops at the first and last section", () => {
    expect(step("甲", -1)).toBeNull();
    expect(step("丙", 1)).toBeNull();
    expect(step("甲一", -1)).toBeNull(); // right under 甲
    expect(step("甲二", 1)).toBeNull(); // 乙 is not a sibling
    expect(step("乙一", -1)).toBeNull(); // 甲二 is under another parent
    expect(step("乙一", 1)).toBeNull();
    expect(step("甲一子", -1)).toBeNull();
    expect(step("甲一子", 1)).toBeNull();
  });

  it("moves nothing that is not a heading", () => {
    expect(sectionStepIndex(SPEECH, at("开场的话"), 1)).toBeNull();
    expect(sectionStepIndex(SPEECH, at("乙的话"), -1)).toBeNull();
  });
});
