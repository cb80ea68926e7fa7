import { describe, expect, it } from "vitest";
import { removeNoiseFromPage } from "../testing/page-noise";
import { normaliseText } from "./normalise";
import { mineText } from "./text-pipeline";

// Pages written for these tests: a video transcript with time codes, a Markdown export of a cloud document.
const TITLE = "在全区夏季安全生产工作会议上的讲话";
const OPENING = "今天召开全区夏季安全生产工作会议，主要任务是分析高温汛期安全形势，部署下一阶段重点工作。";
const BODY = "各街道要对辖区内的有限空间作业单位开展一次全面排查，建立风险清单，督促企业落实审批和监护制度。";
const BODY2 = "区应急局要会同住建、水务等部门开展联合执法检查，对排查出的重大隐患一律挂牌督办、限期整改。";

describe("a transcript's time codes", () => {
  const cues = (text: string, from: number) =>
    text.match(/.{1,18}/g)!.map((piece, k) => `[00:${String(from + k).padStart(2, "0")}:0${k % 10}] ${piece}`);

  it("cuts each cue's time code and runs the cues' pieces on into paragraphs", () => {
    const page = [
      "【字幕】区长在夏季安全生产工作会议上的讲话",
      "3.2万播放 · 2024-07-02",
      `[00:00:01] ${TITLE}`,
      "[00:00:04] 同志们：",
      ...cues(OPENING, 1),
      "[00:09:00] 一、全面排查有限空间风险",
      ...cues(BODY, 10),
      ...cues(BODY2, 20),
    ];
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toContain(OPENING);
    expect(texts).toContain("一、全面排查有限空间风险");
    expect(texts.join("")).toContain(BODY + BODY2);
    expect(texts.join("")).not.toMatch(/\d{2}:\d{2}/);
    expect(mined.removed.filter((r) => r.reason === "字幕时间码").length).toBeGreaterThan(10);
  });

  it("leaves times alone in a speech that mentions a few", () => {
    const page = [TITLE, "同志们：", OPENING, "[08:30] 各单位到达现场。", "[09:00] 开始演练。", BODY];
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(normaliseText("[08:30] 各单位到达现场。"));
  });
});

describe("a Markdown export", () => {
  const page = [
    "---",
    "title: 讲话稿第二稿",
    "author: 办公室 王芳",
    "---",
    `# ${TITLE}`,
    "同志们：",
    OPENING,
    "> 李科长：开头再精简一些。",
    "## 一、全面排查有限空间风险",
    `**排查要见底。**${BODY}（见[排查清单](https://docs.example.cn/d/abc123)）`,
    "![现场照片](https://img.example.cn/p/1.png)",
    "### （一）压实执法责任",
    BODY2,
    "> 要坚持人民至上、生命至上。",
  ];

  it("cuts heading marks, emphasis, images and link addresses, and removes front matter and colleagues' notes", () => {
    const { kept, removed } = removeNoiseFromPage(page);
    expect(kept).toEqual([
      TITLE,
      "同志们：",
      OPENING,
      "一、全面排查有限空间风险",
      `排查要见底。${BODY}（见排查清单）`,
      "（一）压实执法责任",
      BODY2,
      "要坚持人民至上、生命至上。",
    ]);
    expect(removed.filter((r) => r.reason === "文档元数据")).toHaveLength(4);
    expect(removed.find((r) => r.text.includes("李科长"))?.reason).toBe("文档批注");
  });

  it("finds the outline once the marks are gone", () => {
    const [speech] = mineText(page.join("\n")).speeches;
    expect(speech!.blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toEqual([
      ["一、全面排查有限空间风险", 1],
      ["（一）压实执法责任", 2],
    ]);
  });

  it("keeps ** and # in a page that is not Markdown", () => {
    const { kept } = removeNoiseFromPage([TITLE, "同志们：", OPENING, "#1 号炉要加强巡检。", `**${BODY}`]);
    expect(kept).toContain(normaliseText("#1 号炉要加强巡检。"));
    expect(kept).toContain(`**${BODY}`);
  });
});
