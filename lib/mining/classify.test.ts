import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_TAXONOMY } from "../categories/default-taxonomy";
import type { FeatureBlock } from "./classifier-features";
import { classifyBlock, defaultClassifier, loadClassifier, MODEL_FILE, UNCLASSIFIED } from "./classify";

const paragraph = (text: string, over: Partial<FeatureBlock> = {}): FeatureBlock => ({
  kind: "paragraph",
  level: null,
  text,
  headingPath: [],
  role: "body",
  position: 6,
  ...over,
});

const EMERGENCY =
  "要严格落实24小时值班值守和领导带班制度，进一步修订完善应急预案，组织开展应急演练，备足救援物资。汛期将至，要做好防汛和地质灾害防范，确保信息报送及时准确。";
const RESPONSIBILITY =
  "各级党委政府要严格落实党政同责、一岗双责、齐抓共管、失职追责，压实企业主体责任和部门监管责任，强化考核问责，对责任不落实的严肃追责问责。";
const SITUATION =
  "今年以来，全县共发生生产安全事故12起、死亡9人，事故起数同比下降20%，死亡人数同比下降15%，但安全生产形势依然严峻复杂，不容乐观。";
const HAZARDS =
  "要深入开展安全隐患排查整治，聚焦危险化学品、道路交通、建筑施工等重点行业领域，拉网式排查，建立问题隐患台账，实行整改销号闭环管理。";
const ENFORCEMENT =
  "要加大执法检查力度，严厉打非治违，推行双随机一公开和明查暗访，对违法违规企业依法责令停产整顿，从重处罚，形成强大震慑。";
const CLOSING =
  "同志们，安全生产责任重于泰山。让我们以更加饱满的热情、更加务实的作风，扎实做好各项工作，为全县经济社会发展提供坚实的安全保障。谢谢大家！";
const OPENING = "刚才，张明同志通报了一季度全县安全生产情况，我完全赞同。下面，我讲几点意见。";

describe("block classifier model", () => {
  it("loads the model file once, with the ten default categories", () => {
    const c = defaultClassifier();
    expect(c.classes).toEqual(DEFAULT_TAXONOMY.map((t) => t.key));
    expect(defaultClassifier()).toBe(c);
    expect(statSync(MODEL_FILE).size).toBeLessThan(3 * 1024 * 1024);
  });

  it("rejects a file of another format", () => {
    expect(() => loadClassifier(JSON.stringify({ format: "other", classes: [], bias: [], weights: {} }))).toThrow();
  });
});

describe("classifyBlock", () => {
  it.each([
    ["应急管理", EMERGENCY],
    ["责任落实", RESPONSIBILITY],
    ["形势分析", SITUATION],
    ["隐患排查", HAZARDS],
    ["监管执法", ENFORCEMENT],
  ])("puts an obvious %s paragraph in its category", (category, text) => {
    const result = classifyBlock(paragraph(text), { speechTitle: null });
    expect(result.category).toBe(category);
    expect(result.confidence).toBeGreaterThan(0.3);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it("recognises the opening and the closing by position and wording", () => {
    expect(classifyBlock(paragraph(OPENING, { role: "opening", position: 0 }), {}).category).toBe("开场");
    expect(classifyBlock(paragraph(CLOSING, { role: "closing", position: 30 }), {}).category).toBe("结尾");
  });

  it("classifies headings by their own wording", () => {
    const heading = (text: string, headingPath: string[] = []): FeatureBlock => ({
      kind: "heading",
      level: headingPath.length ? 2 : 1,
      text,
      headingPath,
      role: "body",
      position: 3,
    });
    expect(classifyBlock(heading("三、压紧压实安全生产责任，严格考核问责"), {}).category).toBe("责任落实");
    expect(classifyBlock(heading("（二）强化值班值守，完善应急预案", ["二、突出重点抓落实"]), {}).category).toBe(
      "应急管理",
    );
  });

  it("uses the heading as evidence, not as the answer", () => {
    const underResponsibility = { headingPath: ["三、压紧压实安全生产责任，严格考核问责"] };
    expect(classifyBlock(paragraph(SITUATION, underResponsibility), {}).category).toBe("形势分析");
    const generic = "要认真研究，精心组织，抓好各项工作的落实。";
    expect(classifyBlock(paragraph(generic, underResponsibility), {}).category).toBe("责任落实");
  });

  it("falls back to the best-scoring known category when the favourite is not in the database", () => {
    const block = paragraph(EMERGENCY);
    const full = classifyBlock(block, {});
    const known = new Set(DEFAULT_TAXONOMY.map((t) => t.key).filter((k) => k !== full.category));
    const fallback = classifyBlock(block, {}, known);
    expect(known.has(fallback.category)).toBe(true);
    expect(fallback.confidence).toBeLessThan(full.confidence);
    expect(classifyBlock(block, {}, new Set([full.category, "新类别"]))).toEqual(full);
  });

  it("returns 未分类 with confidence 0 when the model knows none of the database's categories", () => {
    expect(classifyBlock(paragraph(EMERGENCY), {}, new Set(["新类别", "另一类"]))).toEqual({
      category: UNCLASSIFIED,
      confidence: 0,
    });
    expect(classifyBlock(paragraph(EMERGENCY), {}, new Set())).toEqual({ category: UNCLASSIFIED, confidence: 0 });
  });

  it("copes with empty and unusual text", () => {
    for (const text of ["", "   ", "×××", "ABC 123", "……"]) {
      const r = classifyBlock(paragraph(text), {});
      expect(DEFAULT_TAXONOMY.map((t) => t.key)).toContain(r.category);
      expect(r.confidence).toBeGreaterThan(0);
    }
  });

  it("is deterministic, also across separately loaded copies of the model", () => {
    const other = loadClassifier(readFileSync(MODEL_FILE, "utf8"));
    for (const text of [EMERGENCY, RESPONSIBILITY, SITUATION, CLOSING]) {
      const block = paragraph(text, { headingPath: ["一、提高认识"] });
      const a = classifyBlock(block, {});
      expect(classifyBlock(block, {})).toEqual(a);
      expect(classifyBlock(block, {}, undefined, other)).toEqual(a);
    }
  });
});
