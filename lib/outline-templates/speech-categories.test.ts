import { describe, expect, it } from "vitest";
import { headingNode, paragraphNode, testDoc } from "../testing/speech-docs";
import { speechCategoryIds, templateHeadingsOf } from "./speech-categories";

const CATEGORIES = [
  { id: "c-open", key: "开场", name: "开场", signals: ["召开这次会议"] },
  { id: "c-sit", key: "形势分析", name: "形势分析", signals: ["形势严峻"] },
  { id: "c-haz", key: "隐患排查", name: "隐患排查", signals: ["隐患排查", "专项整治"] },
  { id: "c-duty", key: "责任落实", name: "责任落实", signals: ["主体责任", "压实"] },
  { id: "c-close", key: "结尾", name: "结尾", signals: ["同志们", "谢谢大家"] },
];

describe("speechCategoryIds", () => {
  it("reads the headings, the library blocks the paragraphs came from, the opening and a typed closing", () => {
    const doc = testDoc(
      paragraphNode("今天我们召开这次会议。"),
      headingNode(1, "全力抓好隐患排查整治"),
      paragraphNode("一段来自素材库的话。", { id: "b-duty" }),
      paragraphNode("自己写的一段话。"),
      headingNode(2, "几点具体要求"),
      paragraphNode("同志们，安全生产责任重于泰山。谢谢大家！"),
    );
    const ids = speechCategoryIds(doc, CATEGORIES, new Map([["b-duty", "c-duty"]]));
    expect([...ids].sort()).toEqual(["c-close", "c-duty", "c-haz", "c-open"]);
  });

  it("has no opening without text before the first heading, and no closing without the closing's words", () => {
    const doc = testDoc(paragraphNode(""), headingNode(1, "认清形势严峻"), paragraphNode("一段话。"));
    expect([...speechCategoryIds(doc, CATEGORIES, new Map())]).toEqual(["c-sit"]);
  });
});

describe("templateHeadingsOf", () => {
  it("keeps each heading's level and text, its category (heading, else its paragraphs') and its length", () => {
    const doc = testDoc(
      paragraphNode("开场白。"),
      headingNode(1, "压实企业主体责任"),
      paragraphNode("甲乙丙丁。"),
      headingNode(2, "二是几点要求"),
      paragraphNode("一二三四五六七八九十", { id: "b-haz" }),
      paragraphNode("短", { id: "b-duty" }),
      headingNode(1, "其他事项"),
    );
    expect(
      templateHeadingsOf(
        doc,
        CATEGORIES,
        new Map([
          ["b-haz", "c-haz"],
          ["b-duty", "c-duty"],
        ]),
      ),
    ).toEqual([
      { level: 1, text: "压实企业主体责任", categoryKey: "责任落实", targetChars: 8 + 5 },
      { level: 2, text: "二是几点要求", categoryKey: "隐患排查", targetChars: 6 + 10 + 1 },
      { level: 1, text: "其他事项", categoryKey: null, targetChars: null },
    ]);
  });

  it("leaves out empty headings", () => {
    const doc = testDoc(headingNode(1, ""), headingNode(1, "认清形势严峻"));
    expect(templateHeadingsOf(doc, CATEGORIES, new Map()).map((h) => h.text)).toEqual(["认清形势严峻"]);
  });
});
