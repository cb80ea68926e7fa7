// The check that no line of a file's cleaned text vanishes without a record (tests/support/lost-lines.ts), on pages
// written here: the header's lines the parser does not keep (another title line, a letterhead and its date, a second
// speaker line, a 落款's date) are reported, and the check fails when one is not.
import { describe, expect, it } from "vitest";
import {
  REASON_OTHER_DATE,
  REASON_OTHER_SPEAKER,
  REASON_OTHER_TITLE,
  REASON_TITLE_HOOK,
} from "@/lib/mining/header-leftovers";
import { REASON_COVER } from "@/lib/mining/speech-covers";
import { mineText } from "@/lib/mining/text-pipeline";
import { lostLines } from "../support/lost-lines";

const BODY = [
  "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，安排部署今年工作。",
  "一、认清形势",
  "去年，全县发生生产安全事故12起，同比下降20%，但一些企业主体责任落实不到位，隐患排查走过场。",
  "二、压实责任",
  "各乡镇、各部门要严格落实党政同责、一岗双责，企业要落实主体责任，确保责任落实到人。",
];
const HEADER_REASONS = [REASON_COVER, REASON_OTHER_TITLE, REASON_OTHER_SPEAKER, REASON_OTHER_DATE, REASON_TITLE_HOOK];

const pages = {
  letterhead: [
    "××县安全生产委员会办公室",
    "二〇二四年二月",
    "在全县安全生产工作会议上的讲话",
    "县长 王某某",
    "（2024年2月20日）",
    "同志们：",
    ...BODY,
  ],
  attachment: [
    "附：县长在会上的讲话",
    "在全县安全生产工作会议上的讲话",
    "县长 王某某",
    "县委副书记、县长 王某某",
    "同志们：",
    ...BODY,
  ],
  signature: ["在全县安全生产工作会议上的讲话", "同志们：", ...BODY, "县安委办 2024年3月18日", "2024年3月16日"],
  hook: ["节后第一个月，这三件事必须盯死｜县长在全县安全生产工作会议上的讲话", "同志们：", ...BODY],
  // kept in another form: a speaker and date on one line (two fields), a date written 2024.03.16 (2024年3月16日)
  kept: ["在全县安全生产工作会议上的讲话", "县长 王某某（2024年3月16日）", "同志们：", ...BODY],
};

describe("no line of a page's cleaned text is lost without a record", () => {
  it.each(Object.entries(pages))("reports or keeps every line of the %s page", (_, lines) => {
    expect(lostLines(mineText(lines.join("\n")))).toEqual([]);
  });

  it("reports the header's lines it drops, the speech unchanged", () => {
    const mined = mineText(pages.letterhead.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.date])).toEqual([["在全县安全生产工作会议上的讲话", "2024年2月20日"]]);
    expect(mined.removed.filter((r) => r.reason === REASON_COVER).map((r) => r.text)).toEqual([
      "××县安全生产委员会办公室",
      "二〇二四年二月",
    ]);
  });

  it("fails when a line the header dropped goes unreported", () => {
    for (const [name, lines] of Object.entries(pages)) {
      const mined = mineText(lines.join("\n"));
      const unreported = { ...mined, removed: mined.removed.filter((r) => !HEADER_REASONS.includes(r.reason)) };
      const expected = {
        letterhead: ["××县安全生产委员会办公室", "二〇二四年二月"],
        attachment: ["附：县长在会上的讲话", "县委副书记、县长王某某"],
        signature: ["县安委办2024年3月18日"],
        hook: ["节后第一个月，这三件事必须盯死｜县长在全县安全生产工作会议上的讲话"],
        kept: [],
      }[name];
      expect(lostLines(unreported), name).toEqual(expected);
    }
  });

  it("counts a date in another notation as kept", () => {
    const mined = mineText(["在全县安全生产工作会议上的讲话", "2024.03.16", "同志们：", ...BODY].join("\n"));
    expect(mined.speeches[0]!.date).toBe("2024.03.16");
    expect(lostLines({ ...mined, speeches: [{ ...mined.speeches[0]!, date: "2024年3月16日" }] })).toEqual([]);
    expect(lostLines({ ...mined, speeches: [{ ...mined.speeches[0]!, date: "2024年3月18日" }] })).toEqual([
      "2024.03.16",
    ]);
  });
});
