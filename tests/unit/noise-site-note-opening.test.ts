import { describe, expect, it } from "vitest";
import { markSiteNoteOverOpening } from "../../lib/mining/noise-teaching-handouts";
import { mineText } from "../../lib/mining/text-pipeline";

// A 范文 site's 【写作思路】 note between a speech's title and its opening goes only as far as the speech's first words:
// a salutation the outline rules do not know (全体职工：, 各位村居书记、各企业负责人：), a greeting, the speaker's
// opening or a host's cue ends it; a bare label takes nothing; a line that does not read as a note (the speaker's
// line, a subtitle, a quotation, a plain sentence) leaves the whole box alone. Pages written for these tests.
const TITLE = "在全镇2024年防汛安全工作会议上的讲话";
const BODY = [
  "同志们：",
  "一、认清形势，绷紧防汛安全这根弦",
  "今年入汛以来，我镇降雨量较常年同期偏多三成，部分山塘水库水位偏高，防汛形势不容乐观。",
  "二、压实责任，织密防汛安全网",
  "各村要落实巡查值守制度，对山塘、河道、地质灾害隐患点逐一明确责任人。",
  "同志们，防汛安全无小事，希望大家以高度负责的态度抓好各项工作。",
];
const mark = (lines: string[]) => {
  const verdict: (string | null)[] = lines.map(() => null);
  markSiteNoteOverOpening(lines, verdict);
  return lines.filter((_, i) => verdict[i]);
};
const kept = (lines: string[]) =>
  mineText(lines.join("\n"))
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");

describe("a site's note over a speech's opening ends where the speech begins", () => {
  it("stops at a salutation the outline rules do not know, and keeps the opening under it", () => {
    const opening = ["全体镇村干部：", "大家上午好！", "汛期已至。", "首先，我代表镇党委向大家的辛勤付出表示感谢！"];
    const lines = [TITLE, "【写作思路】", "本篇适用于乡镇防汛会议，约2000字。", ...opening, ...BODY];
    expect(mark(lines)).toEqual(["【写作思路】", "本篇适用于乡镇防汛会议，约2000字。"]);
    const got = kept(lines);
    for (const line of opening.slice(1)) expect(got).toContain(line);
  });

  it("takes nothing under a bare label, whatever salutation follows", () => {
    const opening = [
      "各位村居书记、各企业负责人：",
      "现在开会。",
      "今天召开全镇防汛安全工作会议。",
      "下面，我讲两点意见。",
    ];
    expect(mark([TITLE, "【写作思路】", ...opening, ...BODY])).toEqual([]);
    expect(mark([TITLE, "【写作思路】", "各位同事：", "大家好！", ...BODY])).toEqual([]);
    const got = kept([TITLE, "【写作思路】", ...opening, ...BODY]);
    for (const line of opening.slice(1)) expect(got).toContain(line);
  });

  it("stops at a greeting, the speaker's opening or a host's cue under the note", () => {
    for (const first of [
      "大家好！",
      "今天召开全镇防汛安全工作会议。",
      "（9:00，主持人宣布开会）",
      "下面，请镇长讲话。",
    ]) {
      const lines = [TITLE, "【写作技巧】", "1．开头：交代会议任务。", first, ...BODY];
      expect(mark(lines)).toEqual(["【写作技巧】", "1．开头：交代会议任务。"]);
    }
  });

  it("leaves the box alone when a line under the label is the speech's frame or its own sentence", () => {
    for (const own of [
      "讲话人：镇长　陈立军",
      "——在全镇防汛安全工作会议上",
      "“宁可十防九空，不可失防万一。”",
      "雨季将至，早做准备。",
    ]) {
      expect(mark([TITLE, "【写作思路】", "本篇适用于乡镇防汛会议，约2000字。", own, ...BODY])).toEqual([]);
    }
  });

  it("still takes a note of numbered items and a line about the text up to the salutation", () => {
    const note = [
      "1．开头：说明会议任务。",
      "2．主体：讲形势、讲责任。",
      "本篇适用于乡镇防汛会议，可结合本镇实际修改使用。",
    ];
    expect(mark([TITLE, "【写作思路】", ...note, ...BODY])).toEqual(["【写作思路】", ...note]);
  });
});
