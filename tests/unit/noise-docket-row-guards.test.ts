import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// The docket-row rule (文号/密级/缓急 as the OA system prints them) against a speech on 公文处理 or 保密 that names the
// same labels: a hard-wrapped sentence, numbered points and a title that carries the labels. Written for these tests.
const mine = (lines: string[]) => mineText(lines.join("\n"));

const WRAPPED = [
  "从近期检查的情况看，不少单位的公文在版头上问题不少，有的",
  "文号：跳号、重号，密级：随意标注，缓急：当标未标，签发人：",
  "漏填或者填错。这些问题虽小，反映的却是作风问题。",
];
const POINTS = ["1.文号：每年统一编号，密级：严格依据定密标准标注", "2.缓急：确属紧急的才标注，签发人：上行文必须标注"];

describe("the docket row rule and a speech that names its labels", () => {
  it("keeps a wrapped sentence and numbered points naming 文号/密级/缓急/签发人", () => {
    const page = [
      "在全市公文处理培训会上的讲话",
      "市委办公室副主任　钟立",
      "同志们：",
      "下面，我就公文规范讲两点意见。",
      "一、当前存在的问题",
      ...WRAPPED,
      "二、规范标注的要求",
      ...POINTS,
      "同志们，公文质量无小事，希望大家认真对待每一份文件。",
    ];
    const got = mine(page)
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    for (const line of WRAPPED) expect(got).toContain(line);
    for (const p of POINTS) expect(got).toContain(p.slice(2));
  });

  it("keeps a title that carries docket labels as the title, and still removes a real docket row", () => {
    const page = [
      "文　　号：某办〔2024〕3号　　密级：普通　　缓急：平件",
      "在全区保密工作会议上的讲话　　密级：内部　　印数：40份",
      "区委常委、办公室主任　邵立新",
      "同志们：",
      "今天召开全区保密工作会议，主要是部署今年的保密工作。",
      "同志们，保密工作责任重大，希望大家严守纪律。",
    ];
    const { speeches } = mine(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toContain("在全区保密工作会议上的讲话");
    expect(speeches[0]!.speaker ?? "").toContain("邵立新");
    expect(speeches[0]!.blocks.map((b) => b.text).join("\n")).not.toContain("缓急");
  });
});
