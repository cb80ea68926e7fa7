import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a 写材料 公众号 article: a model speech with the account's tip boxes
// (a pen's or a bulb's glyph, a label on writing, the advice) between its sections and after its closing.
const page = (tips: [string, string, string]) =>
  [
    "在全区2025年消防安全工作会议上的讲话",
    "",
    "区人民政府副区长　蒋文涛",
    "",
    "同志们：",
    "",
    "今天召开全区消防安全工作会议，主要是总结去年消防工作，部署今年重点任务。刚才，区消防救援大队通报了去年火灾形势，我都同意。",
    "",
    "一、认清形势",
    "",
    "去年全区共发生火灾112起，同比下降8.2%，没有发生亡人火灾。但电动自行车火灾占比上升到三成，小场所火灾仍然多发。",
    "",
    tips[0],
    "",
    "二、抓住重点",
    "",
    "4月底前，各街道要对辖区“九小场所”逐一上门检查，重点查电动自行车违规充电、员工住宿和消防通道堵塞问题。",
    "",
    tips[1],
    "",
    "同志们，消防安全关系千家万户，希望大家把各项措施抓实抓细，确保全区火灾形势持续稳定。",
    "",
    tips[2],
  ].join("\n");
const TIPS: [string, string, string] = [
  "✍ 写作要点：讲形势先摆数字再点问题，同比数据和典型案例一起用，比一句“形势严峻”有分量。",
  "💡 写作提示：部署任务要有时间节点和具体对象，这一段的颗粒度值得照着写。",
  "✍️【写法点评】：结尾两三句收住即可，整篇念下来八分钟左右。",
];

describe("a 写材料 account's tip boxes in a model speech", () => {
  it("takes each box out, with its glyph and label", () => {
    const r = mineText(page(TIPS));
    const texts = r.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n");
    expect(texts).not.toMatch(/写作要点|写作提示|写法点评|颗粒度|念下来/);
    expect(r.removed.filter((x) => x.reason === "范文写作提示")).toHaveLength(3);
    expect(r.speeches).toHaveLength(1);
  });

  it("keeps a speech's own 要点 paragraph, with or without an emoji the page put before it", () => {
    const own: [string, string, string] = [
      "检查要点：一是查充电场所，二是查疏散通道，三是查消防设施，发现问题当场交办。",
      "📌 工作要求：各街道每周报送一次排查进度，区安委办每月通报一次。",
      "谢谢大家！",
    ];
    const texts = mineText(page(own))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(texts).toContain("检查要点：一是查充电场所");
    expect(texts).toContain("工作要求：各街道每周报送一次排查进度");
  });
});
