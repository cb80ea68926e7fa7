import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS } from "../testing/county-speech-lines";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 141's portal page: its 【文字解读】 link under the speech, the
// speech's first sentence cut off with ……, standing with no section's label over it.
const mined = (page: string[]) => mineText(page.join("\n"));
const blocks = (page: string[]) => mined(page).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a portal's 【文字解读】 repeating the speech's opening", () => {
  const teaser = "【文字解读】今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作……";

  it("drops it under the speech as a repeat of the text above it", () => {
    const page = [...COUNTY_SPEECH, "", teaser, "", "上一篇：在全县防汛工作会议上的讲话"];
    expect(blocks(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removalReason(mined(page).removed, teaser)).toBe("重复的摘要行");
  });

  it("keeps a speech's own line under such a label that repeats nothing", () => {
    const own = "【文字解读】这次会议的精神，概括起来就是四个字：压实责任……";
    const page = [...COUNTY_SPEECH.slice(0, -1), own, COUNTY_SPEECH.at(-1)!];
    expect(blocks(page).join("\n")).toContain("这次会议的精神");
  });
});

// A page written for these tests in the shape of set 142's 搜狐号 article: the account's 导读｜ teaser above the speech,
// its label set off by the bar the account's credits use (来源｜, 编辑｜), its text the speech's opening cut off with ……
describe("an account's 导读｜ teaser repeating the speech's opening", () => {
  const teaser = "导读｜今天召开全县安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作……";

  it("drops it above the speech as a repeat of the text below it", () => {
    const page = ["青山发布", "2024-05-17 18:42 发布于福建", "", teaser, "", ...COUNTY_SPEECH];
    expect(blocks(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removalReason(mined(page).removed, teaser)).toBe("重复的摘要行");
  });

  it("keeps a speech's own line under such a label that repeats nothing", () => {
    const own = "提要｜这次会议的精神，概括起来就是四个字：压实责任……";
    const page = [...COUNTY_SPEECH.slice(0, -1), own, COUNTY_SPEECH.at(-1)!];
    expect(blocks(page).join("\n")).toContain("这次会议的精神");
  });
});
