import { describe, expect, it } from "vitest";
import { speechesOf } from "../testing/mined-page";

// A 范文 page's speech (written for these tests) whose section heads are bold runs in brackets, the body right after
// them on the same line.

const HEAD = [
  "在全镇夏季安全生产调度会上的讲话",
  "同志们：",
  "今天召开全镇夏季安全生产调度会，主要是把上半年的情况梳理一下，对下半年的重点工作作个安排。",
];
const FIRST_BODY = "上半年全镇没有发生较大事故，但小火情、小险情时有发生，说明基础还不牢，大家不能有丝毫松懈。";
const SECOND_BODY = "各村、各企业要对照检查清单逐项过一遍，查出的问题当场登记，整改不到位的一律不销号。";
const THIRD_BODY = "村书记是本村安全生产第一责任人，包村干部要每周进村一次，发现问题及时报告、及时处置。";
const CLOSING = "同志们，安全生产没有休止符。希望大家把今天的要求带回去，一项一项抓落实。";

const headingsOf = (page: string[]) =>
  speechesOf(page)[0]!.blocks.flatMap((b) => (b.kind === "heading" ? [`${b.level} ${b.text}`] : []));
const paragraphsOf = (page: string[]) =>
  speechesOf(page)[0]!.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

describe("a series of bracketed heads run into their paragraphs", () => {
  it("cuts each head off its body as a level-1 heading, brackets kept; a label, a lone item and points stay", () => {
    const page = [
      ...HEAD,
      `【一要把情况摸清】${FIRST_BODY}`,
      `【二要把隐患查实】${SECOND_BODY}`,
      `【典型案例】5月份，某村一处民房私拉电线引发火灾，所幸无人员伤亡，教训值得深刻汲取。`,
      `【三要把责任压实】${THIRD_BODY}`,
      CLOSING,
    ];
    expect(headingsOf(page)).toEqual(["1 【一要把情况摸清】", "1 【二要把隐患查实】", "1 【三要把责任压实】"]);
    const paragraphs = paragraphsOf(page);
    expect(paragraphs).toContain(FIRST_BODY);
    expect(paragraphs).toContain(THIRD_BODY);
    expect(paragraphs.some((p) => p.startsWith("【典型案例】5月份"))).toBe(true);

    // A lone bracketed item, and bracketed points under a numbered outline, stay in their paragraphs.
    const lone = [...HEAD, `【一要把情况摸清】${FIRST_BODY}`, SECOND_BODY, CLOSING];
    expect(headingsOf(lone)).toEqual([]);
    const outlined = [
      ...HEAD,
      "一、认清形势",
      `【一要把情况摸清】${FIRST_BODY}`,
      `【二要把隐患查实】${SECOND_BODY}`,
      "二、压实责任",
      THIRD_BODY,
      CLOSING,
    ];
    expect(headingsOf(outlined)).toEqual(["1 一、认清形势", "1 二、压实责任"]);
    expect(paragraphsOf(outlined)).toContain(`【一要把情况摸清】${FIRST_BODY}`);
  });
});
