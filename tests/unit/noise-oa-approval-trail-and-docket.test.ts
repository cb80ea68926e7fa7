import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// An OA 发文详情 page written for these tests: the document's docket row (文号 / 密级 / 缓急), the approval trail under
// its label (【科室审核】 name, opinion, time …), and the system's per-reader watermark (a login and a day) printed as a
// line of its own and once inside a sentence.
const mine = (lines: string[]) => mineText(lines.join("\n"));

const BAND = "内部资料·注意保密 liuyang 2024-05-20";
const SENTENCE_A = "当前全区在建项目点多面广，部分企业安全投入不足，";
const SENTENCE_B = "项目负责人到岗履职不到位的问题依然存在。";
const SPEECH = [
  "在全区交通建设安全生产工作会议上的讲话",
  "区交通运输局党组书记、局长　唐海涛",
  "同志们：",
  "今天召开全区交通建设安全生产工作会议，主要是部署今年交通建设领域安全生产工作。下面，我讲两点意见。",
  "一、认清形势",
  `${SENTENCE_A}${BAND}${SENTENCE_B}`,
  BAND,
  "二、压实责任",
  "各施工单位要严格落实安全生产主体责任，项目负责人每月带班时间不少于规定要求。",
  "同志们，安全生产责任重于泰山。希望大家扎实做好各项工作，确保全区交通建设安全形势稳定。",
];

describe("an OA page's approval trail, docket row and reader's watermark", () => {
  it("removes them, leaving the speech whole", () => {
    const page = [
      "标　　题：关于印发唐海涛同志在全区交通建设安全生产工作会议上讲话的通知",
      "文　　号：某交办〔2024〕9号　　密级：普通　　缓急：平件",
      "",
      "流程跟踪",
      "【科室审核】孙伟　同意，请办公室核稿。　2024-05-17 10:12",
      "【办公室核稿】黎芳　已核，数据与月报一致。　2024-05-17 16:40",
      "【局长签发】唐海涛　同意印发。　2024-05-18 08:30",
      "",
      ...SPEECH,
    ];
    const { speeches } = mine(page);
    expect(speeches).toHaveLength(1);
    const got = speeches[0]!.blocks.map((b) => b.text);
    expect(got).toContain(SENTENCE_A + SENTENCE_B);
    const all = got.join("\n");
    for (const w of ["文号", "流程跟踪", "科室审核", "liuyang", "核稿"]) expect(all).not.toContain(w);
  });

  it("keeps a speech's own bracketed step with a date, and a sentence naming 文号 and 密级", () => {
    const own = "【第一阶段】动员部署　各单位制定方案，明确责任分工。　2024-05-17 10:00";
    const docket = "文号、密级、缓急程度要标注准确，这是公文处理的基本要求。";
    const page = [...SPEECH.slice(0, 5), own, docket, ...SPEECH.slice(7)];
    const got = mine(page)
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(got).toContain(docket);
    expect(got).toContain("各单位制定方案");
  });
});
