import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests in the shape of a county portal's or a paper's page that carries a speech under a
// news dateline: the dateline names the speaker (副县长罗启明出席会议并讲话), and what follows it is either the report's
// word on what he said (罗启明强调，…) or the speech itself, which may quote someone (总书记强调…, 市长强调…, 护林员说…)
// and opens in its own way (这次会议…, 会上…，下面我讲几点意见).
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const BODY = [
  "一、认清形势",
  "今年以来，全县共排查道路交通隐患312处，整改296处，还有16处正在整改，农村道路和临水临崖路段风险依然突出。",
  "二、压实责任",
  "各乡镇要落实道路交通安全属地责任，交警、交通运输部门要加强联合执法，对重点车辆一律严查严管。",
  "同志们，道路交通安全关系千家万户，希望大家抓好落实，确保全县道路交通形势稳定。",
];
const TITLE = "罗启明在全县道路交通安全工作会议上的讲话";
const DATELINE =
  "本报讯（记者 黎书航）4月9日，全县道路交通安全工作会议召开。会议传达学习了习近平总书记关于安全生产的重要指示精神，副县长罗启明出席会议并讲话。";

describe("a news report's word on what the man its dateline named said", () => {
  it("still takes the report's paragraph on what he said, by his name", () => {
    const said = "罗启明强调，道路交通安全事关群众生命财产安全，必须时刻绷紧安全这根弦。";
    const lines = [TITLE, DATELINE, said, "这次会议开到各乡镇，主要是部署春季道路交通安全工作。", ...BODY];
    expect(mine(lines).removed.find((x) => x.text === said)?.reason).toBe("新闻报道");
    expect(texts(lines)).not.toContain(said);
  });

  it("stops at the speech's opening after the report's paragraph", () => {
    const said = "罗启明强调，道路交通安全事关群众生命财产安全，必须时刻绷紧安全这根弦。";
    const opening =
      "这次会议，县委、县政府主要领导专门作出批示，县四套班子分管领导出席会议，充分体现了对道路交通安全工作的高度重视。";
    const next = "会上，三个乡镇还签订了道路交通安全责任书，下面按照会议安排，我讲几点意见。";
    for (const first of [opening, `同志们：${opening}`]) {
      const got = texts([TITLE, DATELINE, said, first, next, ...BODY]).join("\n");
      expect(got).toContain(opening);
      expect(got).toContain(next);
      expect(got).not.toContain(said);
    }
  });

  it("reads a title or a word inside the dateline as no name", () => {
    for (const quote of [
      "总书记强调，人民至上、生命至上，保护人民生命安全和身体健康可以不惜一切代价。这句话，是我们做好道路交通安全工作的根本遵循。",
      "县长强调，今年是农村道路安全整治的攻坚之年，各乡镇要紧扣目标，把各项工作抓得扎扎实实。",
      "交警说，一次超员、一次酒驾，就可能毁掉几个家庭。这话一点不假，去年邻县的那起事故就是教训。",
    ]) {
      const dateline =
        "本网讯 4月9日，全县道路交通安全工作会议召开，会议传达学习了习近平总书记重要指示精神，常务副县长罗启明出席会议并讲话，老交警代表也在会上发言。";
      const opening = "这次会议，县委、县政府主要领导都出席会议，就是要统一思想、压实责任。下面，我讲三点意见。";
      const got = texts([TITLE, dateline, quote, opening, ...BODY]).join("\n");
      expect(got).toContain(quote);
      expect(got).toContain(opening);
    }
  });
});
