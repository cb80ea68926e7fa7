import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests: a speech set on a 范文 site whose credit names a page of the site's own collection
// (（来源：墨香范文网《安全讲话稿精选》第5页）), next to the speech's own citation of an office's briefing by its issue
// and page (（来源：市安委办2025年第4期《安全生产工作简报》第2页）).
const page = (a: string, b: string) =>
  [
    "在全市危化品安全专项整治推进会上的讲话",
    "市应急管理局局长　温启航",
    "同志们：",
    "今天召开全市危化品安全专项整治推进会，主要是通报前一阶段整治情况，部署下一步工作。刚才，三个县区作了交流发言，我都同意。",
    "一、正视问题",
    a,
    "二、抓实整改",
    b,
    "同志们，专项整治已进入攻坚阶段，希望大家把各项任务落实到每一家企业。",
  ].join("\n");

describe("a source in brackets that names a page", () => {
  it("cuts a site's credit that names a page of its own collection, and keeps an office's briefing", () => {
    const site = "（来源：墨香范文网《安全讲话稿精选》第5页）";
    const doc = "（来源：市安委办2025年第4期《安全生产工作简报》第2页）";
    const a = `上个月一家化工企业检修期间发生中毒事故${site}，造成1人死亡，教训十分深刻。`;
    const b = `市安委办已将这起事故作为典型案例通报全市${doc}，各县区要组织企业逐一对照检查。`;
    const r = mineText(page(a, b));
    const blocks = r.speeches.flatMap((s) => s.blocks.map((x) => x.text));
    expect(blocks).toContain("上个月一家化工企业检修期间发生中毒事故，造成1人死亡，教训十分深刻。");
    expect(blocks).toContain(b);
    expect(r.removed.find((x) => x.text === site)?.reason).toBe("来源作者信息");
  });

  it("cuts a credit naming a 讲话稿 collection's page with no site word left in it", () => {
    const site = "（来源：笔耕《领导讲话稿汇编精选》第3页）";
    const a = `上个月一家化工企业检修期间发生中毒事故${site}，造成1人死亡，教训十分深刻。`;
    const b = "各县区要组织企业逐一对照检查，整改情况于月底前报市安委办。";
    const r = mineText(page(a, b));
    expect(r.removed.find((x) => x.text === site)?.reason).toBe("来源作者信息");
  });
});
