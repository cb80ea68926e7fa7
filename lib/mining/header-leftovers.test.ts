import { describe, expect, it } from "vitest";
import {
  REASON_COLLECTION_MARKER,
  REASON_OTHER_DATE,
  REASON_OTHER_SALUTATION,
  REASON_OTHER_SPEAKER,
  REASON_OTHER_TITLE,
  REASON_TITLE_HOOK,
} from "./header-leftovers";
import { REASON_COVER } from "./speech-covers";
import { parseStructure } from "./structure";
import { A } from "./structure-test-support";
import { mineText } from "./text-pipeline";
import type { ParsedSpeech, Removed } from "./types";

/** The speech's header and what the parser reported, from lines numbered from 1. */
function parsed(...texts: string[]): { speech: Omit<ParsedSpeech, "blocks">; removed: Removed[] } {
  const removed: Removed[] = [];
  const { blocks, ...speech } = parseStructure(
    { paragraphs: texts.map((text, i) => ({ text, lineNo: i + 1 })) },
    [],
    removed,
  );
  expect(blocks.length).toBeGreaterThan(0);
  return { speech, removed };
}

describe("the header's lines it does not keep, reported as removed", () => {
  it("reports the title lines not chosen (a page's menu, 附：…) and keeps the header as it was", () => {
    const { speech, removed } = parsed(
      "临江区人民政府门户网站 当前位置：首页 > 政务公开 > 领导讲话",
      "附：县长在会上的讲话",
      "在全县安全生产工作会议上的讲话",
      "县长 王某某",
      "（2024年3月16日）",
      "同志们：",
      A,
    );
    expect(speech).toEqual({
      title: "在全县安全生产工作会议上的讲话",
      speaker: "县长 王某某",
      date: "2024年3月16日",
      salutation: "同志们：",
    });
    expect(removed).toEqual([
      { text: "临江区人民政府门户网站 当前位置：首页 > 政务公开 > 领导讲话", reason: REASON_COVER, lineNo: 1 },
      { text: "附：县长在会上的讲话", reason: REASON_OTHER_TITLE, lineNo: 2 },
    ]);
  });

  it("reports a letterhead and its date over the title as the cover's, the title's own date being kept", () => {
    const { speech, removed } = parsed(
      "××县安全生产委员会办公室",
      "二〇二四年二月",
      "在全县安全生产工作会议上的讲话",
      "（2024年2月20日）",
      "同志们：",
      A,
    );
    expect(speech.date).toBe("2024年2月20日");
    expect(removed.map((r) => [r.text, r.reason])).toEqual([
      ["××县安全生产委员会办公室", REASON_COVER],
      ["二〇二四年二月", REASON_COVER],
    ]);
  });

  it("reports a second speaker line, a second salutation line and a 落款's other date", () => {
    expect(
      parsed("在全县安全生产工作会议上的讲话", "县长 王某某", "县委副书记、县长 王某某", "同志们：", A).removed,
    ).toEqual([{ text: "县委副书记、县长 王某某", reason: REASON_OTHER_SPEAKER, lineNo: 3 }]);
    expect(parsed("在全县中小学安全工作大会上的讲话", "各位领导，", "同志们：", A).removed).toEqual([
      { text: "同志们：", reason: REASON_OTHER_SALUTATION, lineNo: 3 },
    ]);
    // The unit is taken as the speaker, the last date as the date: only the 落款's date is left over.
    const { speech, removed } = parsed(
      "在全县安全生产工作会议上的讲话",
      "同志们：",
      A,
      "县安委办 2024年3月18日",
      "2024年3月16日",
    );
    expect(speech).toMatchObject({ speaker: "县安委办", date: "2024年3月16日" });
    expect(removed).toEqual([{ text: "2024年3月18日", reason: REASON_OTHER_DATE, lineNo: 4 }]);
  });

  it("reports only the part a line lost when the rest is kept, and a post's hook cut from the title", () => {
    const { speech, removed } = parsed(
      "县长在全县安全生产工作会议上的讲话",
      "2024.06.03",
      "在全县安全生产工作会议上的讲话（王某某）2024.4.18",
      "同志们：",
      A,
    );
    expect(speech).toMatchObject({ title: "县长在全县安全生产工作会议上的讲话", speaker: "王某某", date: "2024.4.18" });
    expect(removed).toEqual([
      { text: "2024.06.03", reason: REASON_OTHER_DATE, lineNo: 2 },
      // the title line's speaker and date are kept: only its title, the shorter repeat, is not
      { text: "在全县安全生产工作会议上的讲话", reason: REASON_OTHER_TITLE, lineNo: 3 },
    ]);
    const hooked = parsed("节后第一个月，这三件事必须盯死｜安全总监在3月份安全生产例会上的讲话", "各位同事：", A);
    expect(hooked.speech.title).toBe("安全总监在3月份安全生产例会上的讲话");
    expect(hooked.removed).toEqual([{ text: "节后第一个月，这三件事必须盯死", reason: REASON_TITLE_HOOK, lineNo: 1 }]);
  });

  it("reports nothing the header keeps: the title said twice, a speaker and date on one line", () => {
    expect(
      parsed("在全县安全生产工作会议上的讲话", "在全县安全生产工作会议上的讲话", "县长 王某某", "同志们：", A).removed,
    ).toEqual([]);
    expect(parsed("在全县安全生产工作会议上的讲话", "县长 王某某（2024年3月16日）", "同志们：", A).removed).toEqual([]);
  });

  it("reports a collection's bare marker over its speech's title (篇二, 【三】) as the marker it is", () => {
    for (const marker of ["【篇二】", "篇二", "【三】", "范文四"])
      expect(parsed(marker, "在全县安全生产工作会议上的讲话", "同志们：", A).removed).toEqual([
        { text: marker, reason: REASON_COLLECTION_MARKER, lineNo: 1 },
      ]);
  });

  it("leaves a header with no text under it to the caller, which reports it whole", () => {
    const removed: Removed[] = [];
    const paragraphs = ["附：县长在会上的讲话", "在全县安全生产工作会议上的讲话"].map((text, i) => ({
      text,
      lineNo: i + 1,
    }));
    expect(parseStructure({ paragraphs }, [], removed).blocks).toEqual([]);
    expect(removed).toEqual([]);
  });

  it("is reported by the text pipeline, the speech unchanged", () => {
    const text = [
      "附：县长在会上的讲话",
      "在全县安全生产工作会议上的讲话",
      "县长 王某某",
      "同志们：",
      A,
      A.replace("乡镇", "部门"),
    ];
    const mined = mineText(text.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.speaker, s.blocks.length])).toEqual([
      ["在全县安全生产工作会议上的讲话", "县长王某某", 2],
    ]);
    expect(mined.removed).toContainEqual({ text: "附：县长在会上的讲话", reason: REASON_OTHER_TITLE, lineNo: 1 });
  });
});
