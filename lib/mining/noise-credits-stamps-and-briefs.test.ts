import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 112's: an enterprise site's photo caption with its
// photographer's credit set off by a space (（摄影　×××）), an office system's reader stamp set into a sentence in
// brackets, a 简报's news item with its label run into the report, a 范文 site's genre tag printed before the title.
const TITLE = "在水务集团2025年防汛安全工作会议上的讲话";
const OPENING =
  "今天召开防汛安全工作会议，主要是分析今年汛期形势，安排部署防汛各项工作。刚才，生产技术部通报了汛前检查情况，我都同意。";
const RISK =
  "今年汛期降水可能偏多，部分泵站设备老化，排涝能力不足的问题仍然存在，各单位一定要增强忧患意识，决不能心存侥幸。";
const CHECK = "各水厂、泵站要在五月底前完成一次汛前大检查，对发现的隐患建立台账，逐项明确整改责任人和完成时限。";
const CLOSING = "同志们，防汛工作责任重于泰山。希望大家迅速行动起来，确保安全度汛。";
const HEAD = [TITLE, "（2025年4月8日）", "集团党委书记、董事长　沈明远", ""];

describe("a photo's caption whose credit is set off by a space", () => {
  const caption = "　　图为集团党委书记、董事长沈明远在会上讲话。（摄影　冯晓川）";

  it("removes the caption between the speaker's line and the salutation", () => {
    const page = [...HEAD, caption, "同志们：", `　　${OPENING}`, `　　${RISK}`, `　　${CHECK}`, `　　${CLOSING}`];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(textsOf(page)).toEqual([OPENING, RISK, CHECK, CLOSING]);
    expect(removalReason(mined.removed, caption)).toBe("图片说明");
  });

  it("keeps a speech's sentence that ends in a bracket naming the photographers' association or its show", () => {
    const own = "职工们用镜头记录下了一线防汛的感人瞬间。（摄影家协会）";
    const show = "这些照片将在集团大厅集中展出。（摄影展）";
    const page = [...HEAD, "同志们：", OPENING, own, RISK, show, CLOSING];
    expect(textsOf(page)).toEqual([OPENING, own, RISK, show, CLOSING]);
  });
});

describe("an office system's reader stamp set into a sentence", () => {
  const band = "沈佳 204517 内部资料 严禁外传";

  it("cuts the bracketed stamp when the same reader's band recurs on lines of its own", () => {
    const stamped = "今年汛期降水可能偏多，部分泵站设备老化，【沈佳 204517】排涝能力不足的问题仍然存在。";
    const page = [...HEAD, "同志们：", OPENING, band, stamped, CHECK, band, CLOSING];
    expect(textsOf(page)).toEqual([
      OPENING,
      "今年汛期降水可能偏多，部分泵站设备老化，排涝能力不足的问题仍然存在。",
      CHECK,
      CLOSING,
    ]);
  });

  it("keeps the reader's name where the speech says it, and another bracketed number", () => {
    const named = "信息中心沈佳同志牵头开发了泵站在线监测系统，【编号204517】的泵站已经率先接入。";
    const page = [...HEAD, "同志们：", OPENING, band, named, CHECK, band, CLOSING];
    expect(textsOf(page)).toEqual([OPENING, named, CHECK, CLOSING]);
  });
});

describe("a 简报's news item, its label run into the report", () => {
  const brief =
    "　　【简讯】4月2日至3日，集团生产技术部对各泵站开展汛前检查，共检查设备326台，发现问题14项，已整改12项。";

  it("removes the item after the speech's closing", () => {
    const page = [...HEAD, "同志们：", `　　${OPENING}`, `　　${RISK}`, `　　${CHECK}`, `　　${CLOSING}`, "", brief];
    const mined = mineText(page.join("\n"));
    expect(textsOf(page)).toEqual([OPENING, RISK, CHECK, CLOSING]);
    expect(removalReason(mined.removed, brief)).toBe("简报的新闻条目");
  });

  it("keeps a speech's own bracketed label and its sentence about the 简讯 it asks for", () => {
    const label = "【典型案例】去年7月，某泵站值班人员脱岗，暴雨时未能及时启泵，造成周边小区积水。";
    const ask = "安全简讯要每周编发一期，把各单位的好做法及时推广出去。";
    const page = [...HEAD, "同志们：", OPENING, label, RISK, ask, CLOSING];
    expect(textsOf(page)).toEqual([OPENING, label, RISK, ask, CLOSING]);
  });
});

describe("a 范文 site's genre tag printed before the title", () => {
  it("reads the title without the tag", () => {
    const page = [`【讲稿】${TITLE}`, "集团党委书记、董事长　沈明远", "同志们：", OPENING, RISK, CHECK, CLOSING];
    expect(speechesOf(page).map((s) => s.title)).toEqual([TITLE]);
  });

  it("keeps a speech's sentence that opens with such a bracket", () => {
    const own = "【发言】环节请各单位负责同志围绕防汛短板逐一表态，每人不超过五分钟。";
    expect(textsOf([TITLE, "同志们：", OPENING, own, RISK, CLOSING])).toContain(own);
  });
});
