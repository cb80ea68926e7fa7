import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a speech whose list is broken into lines under a bare 广告 or 推广 lead-in (the
// speech's own word: outdoor advertising, promoting an app), the last line holding words a button also uses
// (立即报名); and a 范文 site's ad card with a long headline over its advertiser and its own button line.
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) =>
  mine(lines)
    .speeches.flatMap((s) => s.blocks.map((b) => b.text).join(""))
    .join("");
const HEAD = [
  "在全区户外广告设施安全整治推进会上的讲话",
  "区城市管理局局长　詹启华",
  "同志们：",
  "今天召开全区户外广告设施安全整治推进会，主要是部署台风季前户外广告和店招安全隐患排查工作。刚才，市容科通报了摸排情况，我都同意。",
  "一、整治范围",
  "这次整治，重点是三类设施：",
];
const TAIL = [
  "二、工作要求",
  "6月30日前完成全部排查整治。区城管局将组织督查，对进度滞后的街道通报批评。",
  "同志们，户外广告设施安全关系群众头顶安全，希望大家抓紧抓实。",
];

describe("a bare 广告 or 推广 line over lines of a speech", () => {
  it("keeps the speech's long list lines when no button line of its own ends them", () => {
    const list = [
      "沿街楼顶的大型户外广告牌和跨街广告架，高度超过八米、面积超过三十平方米的",
      "店招店牌，特别是临街老楼悬挂多年、锈蚀松动的",
      "各商户要扫码登记，登记后可立即报名参加免费安全检测",
    ];
    for (const label of ["广告", "推广"]) {
      const got = texts([...HEAD, label, ...list, ...TAIL]);
      for (const l of list) expect(got).toContain(l);
    }
  });

  it("still takes an ad card whose long headline stands over its own button", () => {
    const card = ["领导讲话稿写不出？2500篇安全生产材料合集一键打包，乡镇县区各级会议全覆盖", "笔墨素材宝", "免费下载"];
    const lines = [...HEAD, "各街道要逐一上门检查，对检测不合格的限期加固或拆除。", "广告", ...card, ...TAIL];
    const r = mine(lines);
    for (const l of card) expect(texts(lines)).not.toContain(l);
    expect(r.removed.find((x) => x.text === card[0])?.reason).toBe("广告");
  });
});
