import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a self-media article reprinting a city bureau chief's speech: the
// speech cites a bulletin's page in a （来源：…） bracket and gives the address of a platform its hearers must use. A
// site's own credit and a watermark's address in the same shapes still go.
const page = (situation: string, task: string) =>
  [
    "在全市工贸行业安全生产专项整治推进会上的讲话",
    "市应急管理局局长　邵振宇",
    "同志们：",
    "今天召开全市工贸行业安全生产专项整治推进会，主要是通报前一阶段整治情况，部署下一步工作。刚才，三个区作了交流发言，我都同意。",
    "一、正视存在的问题",
    situation,
    "二、抓实重点任务",
    task,
    "同志们，专项整治已进入攻坚阶段，希望大家以只争朝夕的劲头，把各项任务落实到每一家企业。",
  ].join("\n");
const blocks = (situation: string, task: string) =>
  mineText(page(situation, task)).speeches.flatMap((s) => s.blocks.map((b) => b.text));

const CITED =
  "上个月一家铝加工企业发生粉尘爆燃，省安委办已将其作为典型案例通报全省（来源：省安委办2025年第3期《安全生产工作简报》第4页），教训十分深刻。";
const PLATFORM =
  "8月底前，各区要把企业自查情况统一录入全市工贸企业安全风险管控平台（网址：www.jzgmaq.cn），逾期未录入的一律列入重点检查名单。";
const PORTAL = "整治方案已在市应急管理局门户网站yjj.jiangzhou.gov.cn公布，各企业要对照逐项落实。";
const LEARNING = "职工可以下载“安全学堂”APP，也可以登录集团官网www.jzgm-group.com.cn在线学习，每人每月不少于4学时。";

describe("a source and an address the speech itself cites", () => {
  it("keeps the bracketed source that names a document's page, and the addresses the speech names", () => {
    const texts = blocks(CITED, `${PLATFORM}\n${PORTAL}\n${LEARNING}`);
    expect(texts).toContain(CITED);
    expect(texts).toContain(PLATFORM);
    expect(texts).toContain(PORTAL);
    expect(texts).toContain(LEARNING);
  });

  it("still cuts a site's source note and a watermark's address pasted into a sentence", () => {
    const credited = "上个月一家铝加工企业发生粉尘爆燃（来源：笔友范文网），教训十分深刻。";
    const stamped = "8月底前，各区要完成企业自查www.bygw123.com，逾期未完成的一律列入重点检查名单。";
    const promo =
      "8月底前各区要完成企业自查，更多范文请访问本站网址：www.bygw123.com，逾期未完成的一律列入重点检查名单。";
    const texts = blocks(credited, `${stamped}\n${promo}`).join("\n");
    expect(texts).toContain("上个月一家铝加工企业发生粉尘爆燃，教训十分深刻。");
    expect(texts).not.toMatch(/笔友范文网|bygw123/);
  });
});
