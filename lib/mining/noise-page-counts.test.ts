import { describe, expect, it } from "vitest";
import { isPageNumberLine } from "./noise-page-counts";
import { mineText } from "./text-pipeline";

// A document site's preview (set140/02's shape): its page rule —— 第 1 页 / 共 6 页 —— falls inside a sentence, here
// inside a figure (15. / 6%).
describe("a preview's page rule with its page count", () => {
  it("is a page number, its count parted by a slash or not", () => {
    for (const t of ["—— 第 1 页 / 共 6 页 ——", "— 第1页 / 共4页 —", "—— 第2页，共5页 ——", "—— 第2页 共5页 ——"])
      expect(isPageNumberLine(t)).toBe(true);
    expect(isPageNumberLine("—— 第一部分 ——")).toBe(false);
  });

  it("lets the sentence it cuts run on across it", () => {
    const page = [
      "在全区安全生产委员会全体会议上的讲话",
      "同志们：",
      "去年，全区共发生各类生产安全事故27起、死亡19人，同比分别下降15.",
      "",
      "—— 第 1 页 / 共 6 页 ——",
      "",
      "6%和9.5%，连续三年未发生较大及以上生产安全事故。",
      "要坚持“严”字当头，全面推行“执法+专家”模式。对发现的违法行为，该罚的坚决罚，该停的坚决停，对典型案例要公开曝",
      "",
      "— 第2页 / 共6页 —",
      "光，形成有力震慑。",
    ];
    const blocks = mineText(page.join("\n")).speeches[0]!.blocks.map((b) => b.text);
    expect(blocks).toEqual([
      "去年，全区共发生各类生产安全事故27起、死亡19人，同比分别下降15.6%和9.5%，连续三年未发生较大及以上生产安全事故。",
      "要坚持“严”字当头，全面推行“执法+专家”模式。对发现的违法行为，该罚的坚决罚，该停的坚决停，对典型案例要公开曝光，形成有力震慑。",
    ]);
  });

  it("removes an advert under its bare 广告 label that ends in its button, after the page rule", () => {
    const first = "尾矿库是重大危险源，我们对它的风险绝不能掉以轻心，各地要逐库落实包保责任。";
    const second = "要以“头顶库”和病险库为重点，组织专家逐库开展安全风险评估，限期完成隐患治理。";
    const page = ["在全县尾矿库安全工作会议上的讲话", "同志们：", first, "— 第1页 / 共4页 —"];
    const { speeches, removed } = mineText([...page, "广告　安全生产标准化全套资料，一键下载>>", second].join("\n"));
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([first, second]);
    expect(removed.find((r) => r.text.includes("一键下载"))?.reason).toBe("广告");
  });
});
