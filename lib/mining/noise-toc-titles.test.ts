import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// A document preview of a 表态发言汇编 (set141/03's shape): the compilation's name, its 目录 naming each statement with
// its speaker, then the statements, each under a slogan title of two phrases and its speaker's line.
const statement = (title: string, speaker: string, unit: string) => [
  title,
  speaker,
  "尊敬的各位领导，同志们：",
  `按照会议安排，我代表${unit}作表态发言。刚才，县长的讲话对今年全县安全生产工作提出了明确要求，我们坚决拥护、全面落实。`,
  "去年，我们没有发生较大以上事故，但一般事故仍有发生，暴露出隐患排查不深不细、责任传导层层递减的问题。",
  `今年，${unit}将逐个企业、逐个场所开展隐患排查，建立台账，整改一项、销号一项。`,
  `各位领导，${unit}一定按照这次会议要求，把各项措施落到实处。`,
];
const A = statement("压紧压实属地责任　坚决守牢镇域安全底线", "青石镇党委书记　罗建平", "青石镇");
const B = statement("强化行业监管　全力筑牢建设领域安全防线", "县住房和城乡建设局局长　邓晓梅", "县住建局");
const contents = [
  "目　录",
  "一、青石镇党委书记罗建平：压紧压实属地责任 坚决守牢镇域安全底线",
  "二、县住房和城乡建设局局长邓晓梅：强化行业监管 全力筑牢…",
];

describe("a compilation's contents naming its speeches", () => {
  it("gives the first statement the slogan title its entry names, and drops the compilation's name", () => {
    const page = ["2024年全县安全生产工作会议表态发言汇编", ...contents, ...A, ...B];
    const { speeches, removed } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([
      "压紧压实属地责任坚决守牢镇域安全底线",
      "强化行业监管全力筑牢建设领域安全防线",
    ]);
    expect(removed.find((r) => r.text === "2024年全县安全生产工作会议表态发言汇编")?.reason).toBe(
      "汇编的名称（目录之上）",
    );
  });

  it("keeps the title over a speech's own outline contents (the list names headings, not speeches)", () => {
    const title = "在全县安全生产工作会议上的讲话";
    const page = [
      title,
      "目　录",
      "一、认清形势",
      "二、突出重点",
      "同志们：",
      "今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。",
      "一、认清形势",
      "去年全县发生生产安全事故12起，同比下降20%，但形势依然严峻。",
      "二、突出重点",
      "各乡镇要深入开展隐患排查整治，建立台账，挂牌督办。",
    ];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([title]);
  });

  it("keeps the title over a speech's outline contents whose headings the speech prints bare (prose under them)", () => {
    const title = "在全市安全生产工作会议上的讲话";
    const heads = ["清醒认识当前安全生产形势", "全面压紧压实安全生产责任", "扎实推进重点领域专项整治"];
    const page = [title, "目　录", ...heads.map((h, k) => `${"一二三"[k]}、${h}`), "同志们："];
    page.push("今天召开全市安全生产工作会议，主要任务是总结工作，部署任务。");
    page.push(heads[0]!, "去年以来，全市安全生产形势总体平稳，事故起数和死亡人数实现双下降。");
    page.push(heads[1]!, "各级党委政府要切实扛起安全生产政治责任，严格落实“党政同责、一岗双责”。");
    page.push(heads[2]!, "要聚焦危化品、矿山、消防等重点领域，深入开展专项整治。");
    const { speeches, removed } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([title]);
    expect(removed.some((r) => r.text === title)).toBe(false);
  });
});
