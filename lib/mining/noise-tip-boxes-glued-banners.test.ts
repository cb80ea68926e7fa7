import { describe, expect, it } from "vitest";
import { COUNTY_CHECK, COUNTY_CLOSING, COUNTY_OPENING, COUNTY_TITLE } from "../testing/county-speech-lines";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { TIP_BOX } from "./noise-tip-boxes";

// Pages written for these tests: a portal's 【…提示】 box glued to its one tip, set below the speech as its sidebar or
// footer; and a speaker's own bannered reminder between his points, which stays.

const texts = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const TIP = "【防溺水提示】夏季高温，请不要到水库、河塘等危险水域游泳戏水，发现有人落水请立即拨打110求助。";

describe("a bannered tip glued to its banner below the speech", () => {
  it("removes the box after the closing", () => {
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, COUNTY_CHECK, COUNTY_CLOSING, TIP];
    expect(texts(page)).not.toContain(TIP);
    expect(texts(page)).toContain(COUNTY_CLOSING);
    expect(removalReason(mineText(page.join("\n")).removed, TIP)).toBe(TIP_BOX);
  });

  it("keeps the speaker's own bannered reminder between his points, and one addressed to the room", () => {
    const own = "【安全提示】汛期将至，请不要心存侥幸，各村要提前把转移路线和安置点告知每一户群众。";
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, own, COUNTY_CHECK, COUNTY_CLOSING];
    expect(texts(page)).toContain(own);
    const room = "【会务提醒】请与会同志会后不要离开，请各乡镇负责同志到三楼会议室参加专题调度会。";
    expect(texts([COUNTY_TITLE, "同志们：", COUNTY_OPENING, COUNTY_CHECK, COUNTY_CLOSING, room])).toContain(room);
  });
});
