import { describe, expect, it } from "vitest";
import { inlineItem, itemAfter, itemsInside, seriesGoesOn, siblings, siblingsHeadLines } from "./numbered-series";
import { parseEnumerator } from "./outline-patterns";

const texts = (...lines: string[]) => lines.map((text) => ({ text }));
const item = (t: string) => parseEnumerator(t)!;

describe("itemsInside and inlineItem", () => {
  it("finds the family's items after the marks given, a closing quote and spaces, in order", () => {
    const text = "检修分三步：“1.班组自查。” 2.车间复查，3.公司抽查；一、另行通知";
    const numbers = (marks: string) => [...itemsInside(text, "num-dot", itemAfter(marks))].map((e) => e.n);
    expect(numbers("。，")).toEqual([2, 3]);
    expect(numbers("。")).toEqual([2]);
    // After the colon comes an opening quote, which is no closer.
    expect(numbers("：")).toEqual([]);
    expect(inlineItem(text, "cn-dun", itemAfter("；"))).toBe(true);
    expect(inlineItem(text, "cn-dun", itemAfter("。，"))).toBe(false);
  });
});

describe("siblings", () => {
  const page = texts("1.抓好检修", "各泵站要逐台试运行。2.抓好管控", "正文", "3.抓好抢修", "（一）另一组");

  it("gives the items each text opens with, nearest first, in one direction", () => {
    const found = (own: number, step: 1 | -1) => [...siblings(page, own, step, "num-dot")];
    expect(found(2, -1).map((s) => [s.index, s.item.n])).toEqual([[0, 1]]);
    expect(found(2, 1).map((s) => [s.index, s.item.n])).toEqual([[3, 3]]);
    expect(found(0, -1)).toEqual([]);
  });

  it("adds the items run in inside a text where asked", () => {
    const found = [...siblings(page, 2, -1, "num-dot", itemAfter("。"))];
    expect(found.map((s) => [s.index, s.item.n])).toEqual([
      [1, 2],
      [0, 1],
    ]);
  });
});

describe("seriesGoesOn (a 一、/（一） tail)", () => {
  const body = "各班组交接班要当面交清。";
  const tail = item("三、压实各级责任");
  const goesOn = (before: string, ...around: [string[], string[]]) =>
    seriesGoesOn(texts(...around[0], before + "三、压实各级责任", ...around[1]), around[0].length, before, tail);

  it("holds where the next number heads a later text, or the one before it an earlier one", () => {
    expect(goesOn(body, [], ["正文", "四、强化保障"])).toBe(true);
    expect(goesOn(body, ["二、盯紧重点", "正文"], [])).toBe(true);
    // Either may be run in after a full stop the same way.
    expect(goesOn(body, [], ["正文。四、强化保障"])).toBe(true);
    expect(goesOn(body, ["正文。二、盯紧重点"], [])).toBe(true);
  });

  it("fails for a lone item, a neighbour on the wrong side, another family or one run in after a comma", () => {
    expect(goesOn(body, ["正文"], ["正文"])).toBe(false);
    expect(goesOn(body, ["四、强化保障"], ["二、盯紧重点"])).toBe(false);
    expect(goesOn(body, ["（二）盯紧重点"], ["4.强化保障"])).toBe(false);
    expect(goesOn(body, [], ["正文，四、强化保障"])).toBe(false);
  });

  it("fails where the family runs inline earlier in the paragraph after a stop, a colon or a semicolon", () => {
    for (const mark of ["。", "：", "；"])
      expect(goesOn(`会上提了要求${mark}二、各车间要带队。`, [], ["四、强化保障"])).toBe(false);
    // After a comma a 一、 is as often a figure (一、二级企业): it does not count.
    expect(goesOn("会议强调，一、二级企业要每月自查。", [], ["四、强化保障"])).toBe(true);
  });

  it("counts inline only items written 一、 or （一）: an inline 一．/二． list does not stop the tail", () => {
    const before = "今年重点抓两项：一．完善交接班制度；二．推行班前安全喊话。各车间要对照落实。";
    expect(goesOn(before, [], ["正文", "四、强化保障"])).toBe(true);
    expect(goesOn(before.replace(/．/g, "、"), [], ["正文", "四、强化保障"])).toBe(false);
  });
});

describe("siblingsHeadLines (a 2. or other tail)", () => {
  const body1 = "各泵站要对备用电源、排涝设备逐台试运行，发现缺陷立即修复。";
  const body2 = "有限空间作业必须先通风、再检测、后作业，监护人员不得离开现场。";
  const body3 = "抢修队伍要实行二十四小时值班，接到报告后三十分钟内赶到现场。";
  const tail = "2. 抓好有限空间管控";
  const agree = (above: string[], before: string, below: string[]) =>
    siblingsHeadLines(texts(...above, before + tail, ...below), above.length, before, item(tail));

  it("holds where item n − 1 heads a line right above and item n + 1 a line below", () => {
    expect(agree(["1. 抓好泵站设备检修"], body1, [body2, "3. 抓好应急抢修准备", body3])).toBe(true);
    expect(agree(["1. 抓好泵站设备检修"], body1, [body2])).toBe(true);
    // The numbering starts again below before any 3.: the rest is another list's.
    expect(agree(["1. 抓好泵站设备检修"], body1, ["二、强化保障", "1. 压实责任", "3. 抓好应急抢修准备。"])).toBe(true);
  });

  it("fails where the nearest item above is not n − 1 or heads no line of its own", () => {
    expect(agree(["1. 抓好泵站设备检修", "3. 抓好应急抢修准备"], body1, [body2])).toBe(false);
    expect(agree(["1. 抓好泵站设备检修。"], body1, [body2])).toBe(false);
    expect(agree([`1. 抓好泵站设备检修${"和".repeat(20)}`], body1, [body2])).toBe(false);
    expect(agree([], body1, [body2])).toBe(false);
    // A gap in the numbering: 1. above a 3. tail.
    const gap = "3. 抓好应急抢修准备";
    expect(siblingsHeadLines(texts("1. 抓好泵站设备检修", body1 + gap, body3), 1, body1, item(gap))).toBe(false);
  });

  it("fails where the paragraph above runs the family inline, after a comma too", () => {
    expect(agree(["1. 抓好泵站设备检修"], "检修分两步走，1.班组逐台自查。", [body2])).toBe(false);
    expect(agree(["1. 抓好泵站设备检修", "检修分两步走：1.班组自查"], body1, [body2])).toBe(false);
  });

  it("reads items inline right after a stop or a clause's mark only, not after a quote's closing mark", () => {
    const quoted = "站长在会上强调：“汛前检修一台也不能漏。”1.各泵站要逐台试运行，发现缺陷立即修复。";
    expect(agree(["1. 抓好泵站设备检修"], quoted, [body2, "3. 抓好应急抢修准备", body3])).toBe(true);
    expect(agree(["1. 抓好泵站设备检修"], quoted.replace("”", ""), [body2])).toBe(false);
  });

  it("fails where a line below opens with item n, or with item n + 1 as a sentence", () => {
    expect(agree(["1. 抓好泵站设备检修"], body1, [body2, tail, body3])).toBe(false);
    expect(agree(["1. 抓好泵站设备检修"], body1, [body2, `3. ${body3}`])).toBe(false);
  });
});
