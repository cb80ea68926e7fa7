import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a 范文 site's text hard-wrapped at 30 characters, where the site set
// a search phrase (…讲话范文) into a sentence as one piece: it did not fit on the line, which stops short mid-clause.
const TITLE = "在全县秋冬季消防安全工作会议上的讲话";
const WRAPPED = [
  "　　今天召开全县秋冬季消防安全工作会议，主要任务是分析形势、",
  "部署工作。刚才，消防救援大队通报了前期检查情况，我都同意。下",
  "面，我讲几点意见。",
  "　　秋冬季天干物燥，用火用电用气增多，是火灾的高发期。各乡镇",
  "、各部门要清醒认识当前形势，决不能有丝毫麻痹松懈的思想。",
];
const CLOSING = [
  "　　同志们，消防安全责任重大。希望大家守土尽责，扎扎实实抓好",
  "各项工作，确保全县火灾形势持续平稳。",
];
const speech = (lines: string[]) => {
  const r = mineText([TITLE, "同志们：", ...WRAPPED, ...lines, ...CLOSING].join("\n"));
  return { texts: r.speeches.flatMap((s) => s.blocks.map((b) => b.text)), removed: r.removed };
};

describe("a search phrase set whole at a wrapped line's start", () => {
  it("cuts it where the line above stops short mid-clause", () => {
    const { texts, removed } = speech([
      "　　各乡镇要在十一月底前组织一次全覆盖的消防检查",
      "冬季防火安全讲话范文，重点是人员密集场所和九小场所，发现隐患",
      "要当场督促整改，整改不到位的一律停业整顿。",
    ]);
    expect(texts).toContain(
      "各乡镇要在十一月底前组织一次全覆盖的消防检查，重点是人员密集场所和九小场所，发现隐患要当场督促整改，整改不到位的一律停业整顿。",
    );
    expect(removed).toContainEqual(
      expect.objectContaining({ text: "冬季防火安全讲话范文", reason: "插入正文的搜索关键词" }),
    );
  });

  it("keeps a speech's own words on a 讲话范文 where the line above runs to the margin", () => {
    const { texts } = speech([
      "　　有的同志写材料不下功夫，从网上随便找来一篇安全生产月消防",
      "安全讲话范文，改个名字就交差，这种作风必须坚决纠正。",
    ]);
    expect(texts).toContain(
      "有的同志写材料不下功夫，从网上随便找来一篇安全生产月消防安全讲话范文，改个名字就交差，这种作风必须坚决纠正。",
    );
  });
});
