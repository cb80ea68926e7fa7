import { describe, expect, it } from "vitest";
import { COUNTY_CHECK, COUNTY_CLOSING, COUNTY_DUTY, COUNTY_SPEECH_HEAD } from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// A count of messages (共860条留言 / 共73条评论： / 全部412条回复) is an app's header over its comments only among the
// post's own chrome (its place or bar removed right above it) or after the speech's end. Inside a speech it is the
// speaker's figure, and the lines under it (a netizen he quotes by name, 其中：…, 满意率：…) and the rest of the
// speech are his.

const rest = [COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING];

describe("a speech's own count of messages", () => {
  it("keeps a quoted netizen under the count, and everything after", () => {
    const lines = [
      "在“我为安全献一策”征集中，群众反映十分踊跃。",
      "共73条评论：",
      "刘师傅：小区地下车库的灭火器过期两年了。",
      "周大姐：老旧小区的电线像蜘蛛网一样。",
      "这些意见都很具体，相关部门要一件一件抓落实。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...lines, ...rest]);
    const all = texts.join("");
    for (const l of [...lines.slice(2), ...rest]) expect(all).toContain(l);
    expect(all).toContain("共73条评论");
  });

  it("keeps the breakdown under a count (其中：…) and a rate under a reply count", () => {
    const breakdown = "其中：燃气安全217条，建筑施工180条，其他463条。";
    const rate = "按期答复率：98%";
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      "市民热线平台上半年受理的安全类诉求如下：",
      "共860条留言",
      breakdown,
      "平台“局长在线”栏目显示：",
      "全部412条回复",
      rate,
      ...rest,
    ]);
    const all = texts.join("");
    for (const l of [breakdown, rate, ...rest]) expect(all).toContain(l);
  });

  it("still removes the comments under a count set under the post's place line", () => {
    const texts = textsOf([
      ...COUNTY_SPEECH_HEAD,
      ...rest,
      "IP属地：四川",
      "共73条评论",
      "小河边的风：句句在理，收藏了",
      "安全员阿杰：转给我们车间主任看看",
    ]);
    expect(texts.join("\n")).not.toContain("小河边的风");
    expect(texts.at(-1)).toBe(COUNTY_CLOSING);
  });
});
