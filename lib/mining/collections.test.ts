// Pages holding several speeches (通用3篇, 篇1, 【篇一】, 范文（一）, 第一篇, a 目录 of their titles): each speech
// comes out on its own with its own title, and the list of titles above them is removed, not kept as a speech.
import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

const TITLES = ["在全镇安全生产工作会议上的讲话", "在全县防汛工作部署会上的讲话", "在安全生产月启动仪式上的致辞"];
const BODIES = [
  [
    "同志们：",
    "今天召开全镇安全生产工作会议，主要任务是总结去年工作、部署今年任务。下面，我讲几点意见。",
    "一、提高思想认识",
    "各村、各企业要深刻认识安全生产的极端重要性，切实把安全生产摆在突出位置。",
    "二、压实工作责任",
    "要严格落实党政同责、一岗双责，层层签订责任书，确保责任落实到人。",
    "同志们，安全生产责任重于泰山，让我们共同努力，确保全镇安全形势持续稳定。",
  ],
  [
    "同志们：",
    "入汛以来，全县降雨偏多，防汛形势严峻复杂。下面，我就做好今年防汛工作讲三点意见。",
    "一、立足防大汛抗大灾",
    "各乡镇要克服麻痹思想和侥幸心理，做好防大汛、抗大险、救大灾的各项准备。",
    "二、突出抓好重点部位",
    "要加强对水库、河道、山洪地质灾害隐患点的巡查，发现险情及时处置。",
    "谢谢大家！",
  ],
  [
    "尊敬的各位领导、各位来宾，女士们、先生们：",
    "大家上午好！在安全生产月到来之际，我们在这里隆重举行启动仪式。我谨代表公司党委，向出席活动的各位来宾表示热烈的欢迎！",
    "安全是企业最大的效益。希望全体职工以这次活动为契机，人人讲安全、个个会应急。",
    "最后，预祝本次活动取得圆满成功！谢谢大家！",
  ],
];

/** A collection page: its own title, an optional list of the titles, then each speech under its marker. */
function page(marker: (n: number) => string, list: "目录" | "bare" | "numbered" | "none") {
  const lines = ["安全生产会议讲话稿通用3篇"];
  if (list === "目录") lines.push("目录", ...TITLES);
  if (list === "bare") lines.push(...TITLES);
  if (list === "numbered") lines.push("目录", ...TITLES.map((t, i) => `${i + 1}.${t}`));
  TITLES.forEach((t, i) =>
    lines.push(
      ...marker(i + 1)
        .replace("{t}", t)
        .split("\n"),
      ...BODIES[i]!,
    ),
  );
  return lines.join("\n");
}

const CN = ["", "一", "二", "三"];
const MARKERS: Record<string, (n: number) => string> = {
  "【篇一】": (n) => `【篇${CN[n]}】{t}`,
  篇1: (n) => `篇${n}：{t}`,
  "范文（一）": (n) => `范文（${CN[n]}）\n{t}`,
  第一篇: (n) => `第${CN[n]}篇 {t}`,
  "第一篇：": (n) => `第${CN[n]}篇：{t}`,
  "【一】": (n) => `【${CN[n]}】\n{t}`,
  // a 范文 site's own wording, numbered by 甲乙丙 under a glyph
  "◎ 致辞范本（甲）": (n) => `◎ 致辞范本（${"甲乙丙"[n - 1]}）\n{t}`,
};

describe("collections of speeches", () => {
  for (const [name, marker] of Object.entries(MARKERS)) {
    for (const list of ["目录", "bare", "numbered", "none"] as const) {
      it(`splits a collection marked ${name} (${list === "none" ? "no list" : `list: ${list}`}) into its speeches`, () => {
        const { speeches, removed } = mineText(page(marker, list));
        expect(speeches.map((s) => s.title)).toEqual(TITLES);
        expect(speeches[0]!.blocks[0]!.text).toBe(BODIES[0]![1]);
        expect(speeches[2]!.blocks.at(-1)!.text).toBe(BODIES[2]!.at(-1));
        // A marker on a line of its own is no block of the speech above it.
        // (Compared without spaces: the miner closes up ◎ 致辞范本（乙） to ◎致辞范本（乙）.)
        const bare = (t: string) => t.replace(/\s+/g, "");
        const markerLines = TITLES.map((_, i) => marker(i + 1).split("\n")).flatMap((l) =>
          l.length > 1 ? [bare(l[0]!)] : [],
        );
        expect(speeches.flatMap((s) => s.blocks).filter((b) => markerLines.includes(bare(b.text)))).toEqual([]);
        // The titles of the list are reported as removed, each once.
        if (list !== "none") {
          for (const t of TITLES) expect(removed.filter((r) => r.text.endsWith(t))).toHaveLength(1);
        }
      });
    }
  }

  it("keeps a single speech's main title and subtitle (they are not a list: neither comes again)", () => {
    const { speeches, removed } = mineText(
      ["守牢安全底线 护航高质量发展", "——在全市安全生产工作会议上的讲话", ...BODIES[0]!].join("\n"),
    );
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toContain("在全市安全生产工作会议上的讲话");
    expect(removed.filter((r) => r.reason.startsWith("目录"))).toEqual([]);
  });

  it("keeps the first speech's 第1篇：title under a site's chrome and list (the learned model took it for chrome)", () => {
    const chrome = [
      "某某范文网 — 写材料",
      "首页 | 讲话稿 | 工作总结",
      "当前位置：首页 > 讲话稿",
      "安全生产会议讲话稿通用3篇",
    ];
    chrome.push(
      "导读：安全生产讲话稿怎么写？小编整理了3篇，供大家参考。",
      "目录",
      ...TITLES.map((t, i) => `${i + 1}、${t}`),
    );
    const text = [...chrome, ...TITLES.flatMap((t, i) => [`第${i + 1}篇：${t}`, ...BODIES[i]!])].join("\n");
    expect(mineText(text).speeches.map((s) => s.title)).toEqual(TITLES);
  });

  it("keeps a lesson's 致辞范本（甲）： over its notes inside one speech (with its colon it heads notes, no speech)", () => {
    const notes = [
      "◎ 致辞范本（甲）：",
      "这篇致辞开门见山，先点明活动主题，再提要求，语言朴实，值得大家学习借鉴。",
      "◎ 致辞范本（乙）：",
      "这篇致辞层次分明，每一项要求都有具体措施、时限和责任人。",
    ];
    const { speeches } = mineText([TITLES[0]!, ...BODIES[0]!.slice(0, 3), ...notes, ...BODIES[0]!.slice(3)].join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toContain(notes[1]);
  });
});
