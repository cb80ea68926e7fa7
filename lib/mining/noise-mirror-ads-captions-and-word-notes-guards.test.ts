import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_OPENING, COUNTY_TITLE } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { splitSpacedLine } from "./spaced-paragraphs";

// The speech's own words beside the rules for a mirror's ad, an inline caption, a transcriber's note, a [注N] footnote,
// a sign-off row and a one-line page's info line: written for these tests, each a sentence a speech may say.

const speech = (...lines: string[]) => [COUNTY_TITLE, "县长　×××", "同志们：", ...lines];
const kept = (line: string) => expect(textsOf(speech(COUNTY_OPENING, line, COUNTY_CLOSING))).toContain(line);

describe("speech sentences the inline rules leave whole", () => {
  it("keeps 【广告】 inside a sentence with no call to get an app after it, and an app the speech sends people to", () => {
    kept("城管部门要重点整治户外【广告】牌匾和店招设施，发现松动脱落的立即加固，汛期前全部整改到位。");
    kept("各单位要组织职工下载“安全学习”App，每人每月完成两学时的在线培训，年底前全部考核合格。");
  });

  it("keeps a bracket that names who takes the photographs in a sentence", () => {
    kept("宣传部门要做好会议报道（摄影：由县融媒体中心负责），确保各项部署及时传达到基层一线。");
  });

  it("keeps a bracket about workers who cannot hear, naming no recording or place", () => {
    kept("有的岗位噪声太大，对讲机喊话（部分岗位听不清）的问题很突出，要尽快配齐降噪耳机。");
  });

  it("keeps a sentence that names the sign-off fields with its commas", () => {
    kept("签发：由主要负责人签发，核稿：由办公室负责，每个环节都要有人把关。");
  });
});

describe("a one-line page's spaces the info rule leaves alone", () => {
  it("does not break after two labels when no clause follows", () => {
    const line = `发布时间：2024-05-10　来源：县应急管理局  ${"县应急管理局办公室"}  ${COUNTY_OPENING}`;
    const parts = splitSpacedLine({ text: line, lineNo: 1 }).map((l) => l.text);
    expect(parts[0]).toContain("县应急管理局办公室");
  });
});
