import { describe, expect, it } from "vitest";
import { A, B, C, outline, parse } from "./structure-test-support";

// Run-in items written two to a paragraph with the last one alone (一是…二是… / 三是…), as a 表态发言 in set 108 and
// older pages' speeches set them: the writer's paragraphs, not breaks the page lost.
const FIRST = "一是开展入户排查。11月底前，镇村干部要对所有出租房逐户上门，登记电动自行车停放和充电情况。";
const SECOND = "二是抓好集中整治。对私拉电线、飞线充电的，当场责令拆除，拒不整改的移交镇综合执法队处理。";
const THIRD = "三是紧盯重点场所。对小作坊、小餐饮和农贸市场，镇安监站每月至少检查一次，发现隐患限期整改。";

describe("run-in items two to a paragraph, the last alone", () => {
  it("keeps the pair whole and reads none of the items as a heading", () => {
    const speech = parse("一、认清形势", A, "二、突出重点", FIRST + SECOND, THIRD, "三、压实责任", C);
    expect(outline(speech)).toEqual([
      "h1 一、认清形势",
      `p ${A}`,
      "h1 二、突出重点",
      `p ${FIRST}${SECOND}`,
      `p ${THIRD}`,
      "h1 三、压实责任",
      `p ${C}`,
    ]);
  });

  it("leaves 第三，… the outline's third point when 三是 stands under a paragraph holding its 二是", () => {
    const first = "一是开展消防安全入户检查，各村要组织网格员逐户上门，重点查看电动自行车是否入户充电、电线是否老化。";
    const third = "三是抓好企业冬季检查，对全镇规上企业逐一过筛子，重点查看特种设备检验和有限空间作业审批情况。";
    const speech = parse("第一，要认清形势。", A, "第二，要盯住重点。", first + SECOND, third, "第三，要压实责任。", C);
    expect(outline(speech).filter((b) => b.startsWith("h"))).toEqual([
      "h1 第一，要认清形势。",
      "h1 第二，要盯住重点。",
      "h1 第三，要压实责任。",
    ]);
  });

  it("still splits a list whose item stands alone above a pair (一是 / 二是三是 / 四是): its breaks were lost", () => {
    const fourth = "四是强化宣传引导。各村要通过广播和微信群，每周提醒一次电动自行车安全充电常识。";
    const speech = parse("一、认清形势", A, "二、突出重点", FIRST, SECOND + THIRD, fourth, "三、压实责任", B);
    expect(outline(speech).some((b) => b.includes(SECOND + THIRD))).toBe(false);
    expect(outline(speech).some((b) => /^(?:p|h\d) 三是紧盯重点场所/.test(b))).toBe(true);
  });
});
