import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { cutDiscuzJammers, jammerSpans } from "./noise-discuz-jammers";
import type { Ctx } from "./noise-fragments";

const ctx = (): Ctx => ({ removed: [] });
const cutOf = (line: string) => {
  const c = ctx();
  return { text: cutDiscuzJammers(line, 1, c), cut: c.removed.map((r) => r.text) };
};

describe("Discuz's jammer written in pairs (a digit or mark, a space, a letter or mark)", () => {
  it("cuts a run glued to a sentence's end, a space before it or none, with or without a stray mark", () => {
    for (const [line, run] of [
      ["形势不容乐观。 7 K3 f% W) Z* m", "7 K3 f% W) Z* m"],
      ["确保整改到位。- b4 q8 z2 H6 T", "- b4 q8 z2 H6 T"],
      ["决不姑息。 ; R5 e' M! x8 C", "; R5 e' M! x8 C"],
    ]) {
      const { text, cut } = cutOf(line!);
      expect(text.trim()).toBe(line!.slice(0, line!.indexOf("。") + 1));
      expect(cut.map((c) => c.trim())).toEqual([run]);
    }
  });

  it("cuts a run between two sentences and a run on a line of its own", () => {
    expect(cutOf("问题还不少。 2 d/ P# |7 u) K开春以后，风险上升。").text).toBe("问题还不少。开春以后，风险上升。");
    expect(cutOf("3 Q# j6 ~, R: w").text.trim()).toBe("");
  });

  it("keeps a speech's own spaced letters and numbers", () => {
    for (const line of [
      "1# 2# 3# 4#高炉要在月底前完成检修。",
      "上午8: 30 - 11: 30，下午14: 00 - 17: 30，",
      "罐区划分为 A1 B2 C3 D4 E5 五个防火分区。",
      "配置灭火器按 2 A 3 B 4 C 5 D 的级别执行。",
      "现场检测结果为 CO 12 ppm, H2S 0 ppm。",
      "风险等级由高到低分为：  A  B  C  D",
    ]) {
      const { text, cut } = cutOf(line);
      expect(cut).toEqual([]);
      expect(text).toBe(line);
    }
  });

  it("sees no break in the space before the run", () => {
    const line = `${COUNTY_SITUATION} 8 G4 h% Q) U* k`;
    expect(jammerSpans(line)).toEqual([[COUNTY_SITUATION.length, line.length]]);
  });

  it("leaves the speech's paragraphs whole and whole only", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, -1),
      `${COUNTY_SITUATION} & N. H# |1 s/ D`,
      ...COUNTY_SPEECH_REST.map((l) => (l === COUNTY_CHECK ? `${l}- n2 m5 x6 J7 J` : l)),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a pair run whose first mark the normaliser made full-width", () => {
  it("cuts the run and its mark after a sentence's mark, the pair's letter left before it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, -1),
      `${COUNTY_SITUATION.slice(0, -1)}，; u- K7 p: D+ W要引起警惕。`,
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(`${COUNTY_SITUATION.slice(0, -1)}，要引起警惕。`);
  });

  it("keeps a speech's list after a colon and a bracket", () => {
    for (const line of [
      "罐区分区编号：A1 B2 C3 D4 E5。",
      "检测点位：（A 1 B 2 C 3 D 4），每班一查。",
      "三个问题：！a- b: c+ d都要整改。",
    ]) {
      const { text, cut } = cutOf(line);
      expect(cut).toEqual([]);
      expect(text).toBe(line);
    }
  });
});
