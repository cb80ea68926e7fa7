import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A plant's 安全简报 saved from Word as text: its 本期要目 lists the speech and the next two articles with ★,
// the articles follow the speech indented like it, and a maxim under its label stands between two paragraphs as the
// editor's filler. Pages written for this test.
const TITLE = "在10月份安全生产例会上的讲话";
const SPEECH = [
  "　　今天的例会，生产上的事刚才分管副厂长已经讲了，安全环保部也通报了9月份的安全情况，我都同意。我专门讲讲安全。",
  "　　9月份全厂检修作业三百多项，没出大的问题，但动火作业票填写不全的有十几张，说明有的车间还在凑合。",
  "　　我常说一句老话，宁可千日不松，不可一日不防。这句话要贴在每个班组的墙上，更要记在心里。",
  "　　从下周起，各车间把动火、受限空间作业票全部翻一遍，查出来的问题录进系统，谁签的字谁负责。",
  "　　同志们，四季度任务重，越到年底越要绷紧安全这根弦。各车间回去以后，今天的班前会就要传达到每个人。",
];
const ARTICLES = [
  "9月份安全生产情况通报",
  "　　9月份，全厂未发生生产安全事故，查处违章作业31人次，排查隐患96条，已整改91条，整改率94.8%。",
  "　　10月份将开展冬季防冻防凝专项检查，请各车间于10月25日前报送检查结果。",
  "",
  "二车间甲班获评“季度安全示范班组”",
  "　　三季度，二车间甲班无违章、无事故，经厂安委会评定，授予该班“季度安全示范班组”称号。",
];
const page = (maxim: string) => [
  "内部资料　注意保存",
  "安全简报",
  "第9期（总第118期）",
  "某某化工有限公司安全环保部编印　　　　2024年10月16日",
  "",
  "本期要目",
  `★厂长王建平${TITLE}`,
  `★${ARTICLES[0]}`,
  `★${ARTICLES[4]}`,
  "",
  TITLE,
  "厂长　王建平",
  "（2024年10月14日）",
  ...SPEECH.slice(0, 3),
  maxim,
  ...SPEECH.slice(3),
  "（安全环保部根据会议录音整理）",
  "",
  ...ARTICLES,
  "",
  "报：集团公司安全环保部",
  "本期编辑：李明　　共印40份",
];
const mined = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mined(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a newsletter's next articles after the speech, listed in its 本期要目 with ★", () => {
  it("go with their titles; the speech keeps its own title and every paragraph", () => {
    const result = mined(page(""));
    expect(result.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(texts(page(""))).toEqual(SPEECH.map((p) => p.trim()));
  });

  it("but an article that carries a speech of its own, under its title and salutation, stays", () => {
    const other = "在二车间安全示范班组命名会上的讲话";
    const lines = page("");
    const at = lines.indexOf(ARTICLES[4]!);
    lines.splice(at + 1, 0, other, "同志们：", "　　刚才，厂安委会宣读了命名决定，我代表厂里向甲班的同志们表示祝贺。");
    expect(mined(lines).speeches.map((s) => s.title)).toContain(other);
  });
});

describe("a maxim under its label between two paragraphs", () => {
  it("goes, whatever its label's words; the speaker's own maxim in his sentence stays", () => {
    for (const maxim of ["【安全警句】宁可千日不松，不可一日不防。", "【安全格言】安全来自警惕，事故出于麻痹。"]) {
      const kept = texts(page(maxim));
      expect(kept.join("\n")).not.toContain(maxim);
      expect(kept).toContain(SPEECH[2]!.trim());
      expect(kept).toContain(SPEECH[3]!.trim());
    }
  });
});
