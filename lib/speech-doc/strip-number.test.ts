import { describe, expect, it } from "vitest";
import { stripOutlineNumber } from "./strip-number";

const strip = (s: string) => {
  const r = stripOutlineNumber(s);
  return [r.text, r.level, r.family];
};

describe("stripOutlineNumber", () => {
  it("strips level-1 marks: 一、 一. 一． 一， 第一， 第一、 第一部分", () => {
    expect(strip("一、提高政治站位")).toEqual(["提高政治站位", 1, "cn-dun"]);
    expect(strip("二.压实责任")).toEqual(["压实责任", 1, "cn-dun"]);
    expect(strip("三．强化监管")).toEqual(["强化监管", 1, "cn-dun"]);
    expect(strip("四，狠抓落实")).toEqual(["狠抓落实", 1, "cn-dun"]);
    expect(strip("十一、其他")).toEqual(["其他", 1, "cn-dun"]);
    expect(strip("二十、其他")).toEqual(["其他", 1, "cn-dun"]);
    expect(strip("第一，要坚决扛牢安全生产政治责任。")).toEqual(["要坚决扛牢安全生产政治责任。", 1, "di"]);
    expect(strip("第二、抓好隐患排查")).toEqual(["抓好隐患排查", 1, "di"]);
    expect(strip("第三：加强领导")).toEqual(["加强领导", 1, "di"]);
    expect(strip("第一部分 形势分析")).toEqual(["形势分析", 1, "di"]);
    expect(strip("第二部分：重点任务")).toEqual(["重点任务", 1, "di"]);
    // A mined talk's 第一件事，… heading: the composer numbers it, so its own number must go.
    expect(strip("第一件事，把形势看清楚。")).toEqual(["把形势看清楚。", 1, "matter"]);
    expect(strip("第二件事：回去就查")).toEqual(["回去就查", 1, "matter"]);
  });

  it("strips level-2 marks in full-width, half-width and other brackets", () => {
    expect(strip("（一）以“血的教训”为镜鉴")).toEqual(["以“血的教训”为镜鉴", 2, "cn-paren"]);
    expect(strip("(二) 彻底破除麻痹思想")).toEqual(["彻底破除麻痹思想", 2, "cn-paren"]);
    expect(strip("〔三〕强化执法")).toEqual(["强化执法", 2, "cn-paren"]);
    expect(strip("【四】应急值守")).toEqual(["应急值守", 2, "cn-paren"]);
    expect(strip("（十二）、其他")).toEqual(["其他", 2, "cn-paren"]);
  });

  it("strips level-3 marks: 1. 1、 1． （1） (1) ① ⑴ ⒈", () => {
    expect(strip("1.加强组织领导")).toEqual(["加强组织领导", 3, "num-dot"]);
    expect(strip("2、落实责任")).toEqual(["落实责任", 3, "num-dot"]);
    expect(strip("3．强化督查")).toEqual(["强化督查", 3, "num-dot"]);
    expect(strip("12. 第十二项")).toEqual(["第十二项", 3, "num-dot"]);
    expect(strip("（1）道路交通")).toEqual(["道路交通", 3, "num-paren"]);
    expect(strip("(2) 危险化学品")).toEqual(["危险化学品", 3, "num-paren"]);
    expect(strip("①消防")).toEqual(["消防", 3, "circled"]);
    expect(strip("⑳其他")).toEqual(["其他", 3, "circled"]);
    expect(strip("⑴矿山")).toEqual(["矿山", 3, "num-paren"]);
    expect(strip("⒉建筑施工")).toEqual(["建筑施工", 3, "num-dot"]);
    expect(strip("１．全角数字")).toEqual(["全角数字", 3, "num-dot"]);
  });

  it("accepts spaces around and inside the mark (indentation, Word's tab after a list number)", () => {
    expect(strip("　　一、 提高认识")).toEqual(["提高认识", 1, "cn-dun"]);
    expect(strip("  一 、提高认识")).toEqual(["提高认识", 1, "cn-dun"]);
    expect(strip("（ 一 ） 提高认识")).toEqual(["提高认识", 2, "cn-paren"]);
    expect(strip("1.\t加强领导")).toEqual(["加强领导", 3, "num-dot"]);
    expect(strip("\u00a0第 一 ，加强领导")).toEqual(["加强领导", 1, "di"]);
  });

  it("leaves run-in enumerations alone: 一是 / 一要", () => {
    expect(strip("一是要提高认识。二是要压实责任。")).toEqual(["一是要提高认识。二是要压实责任。", null, null]);
    expect(strip("一要强化领导")).toEqual(["一要强化领导", null, null]);
  });

  it("leaves a lone 一 starting a sentence alone", () => {
    for (const s of ["一年来，全县安全生产形势总体平稳。", "一切为了人民群众生命安全。", "一旦发生事故", "十分重要"]) {
      expect(strip(s)).toEqual([s, null, null]);
    }
  });

  it("leaves years, percentages, dates and decimals alone", () => {
    for (const s of [
      "2024年以来，全县共发生事故12起。",
      "12.5%的企业存在隐患",
      "5.12汶川地震十六周年",
      "3.15消费者权益日",
      "10、20和30是三个数",
      "100余家企业",
      "（2024）第3号",
    ]) {
      expect(strip(s)).toEqual([s, null, null]);
    }
  });

  it("leaves ranges alone: 一、二季度, 三、四月份, 1、2月份, 第一、二批", () => {
    for (const s of [
      "一、二季度全县发生事故3起",
      "三、四月份是春耕时节",
      "1、2月份事故多发",
      "第一、二批企业",
      "九、十月份",
    ]) {
      expect(strip(s)).toEqual([s, null, null]);
    }
    // A different number straight after the mark is a heading that starts with a numeral.
    expect(strip("一、三项重点工作")).toEqual(["三项重点工作", 1, "cn-dun"]);
    expect(strip("十、二十项任务")).toEqual(["二十项任务", 1, "cn-dun"]);
    expect(strip("二十、二十一项任务")).toEqual(["二十、二十一项任务", null, null]);
  });

  it("gives a mark with nothing after it an empty text", () => {
    expect(strip("一、")).toEqual(["", 1, "cn-dun"]);
    expect(strip("（一）")).toEqual(["", 2, "cn-paren"]);
  });

  it("trims only the start of text that has no number", () => {
    expect(strip("　　同志们：")).toEqual(["同志们：", null, null]);
    expect(strip("")).toEqual(["", null, null]);
  });
});
