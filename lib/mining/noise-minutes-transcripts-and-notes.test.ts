import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { decodeDocument, DEFAULT_LIMITS } from "./decode-document";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 27's: a meeting's minutes with the leader's speech inside, a
// recording's transcript, a reader's study notes and a poster's tips, a PDF copied with its line numbers, a
// column page's dated links, markup left in a .txt.
const TITLE = "在全县养老机构消防安全专项整治工作会议上的讲话";
const OPENING =
  "今天召开全县养老机构消防安全专项整治工作会议，目的是落实上级部署，全面排查整治养老机构消防安全隐患。刚才，县民政局通报了检查情况，我都同意。";
const BODY = [
  "全县现有各类养老机构××家，入住老人××人，前期检查发现火灾隐患×××处，疏散通道堵塞、电动自行车在楼道内充电的问题仍然存在。",
  "各乡镇、各部门要对辖区内的养老机构开展一次全覆盖排查，建立隐患清单，对查出的隐患逐项明确整改责任人和整改时限，限期整改到位。",
  "养老机构法定代表人是消防安全第一责任人，民政部门要履行行业监管责任，对责任不落实导致事故的，依法依规严肃追责问责。",
];
const CLOSING = "同志们，冬春季节是火灾高发期，希望大家迅速行动起来，确保全县养老机构消防安全。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a meeting's minutes with the leader's speech inside", () => {
  it("removes the form, the agenda, the chair's lines, the reports and the decisions; the speech stays", () => {
    const form = ["会 议 记 录", "", "会议名称：全县养老机构消防安全工作会议", "会议时间：2024年11月12日上午9:00"];
    form.push("会议地点：县政府四楼会议室", "主持人：×××（副县长）", "记录人：×××", "", "会议议题：");
    form.push("一、通报检查情况；", "二、部署专项整治。", "", "会议内容：", "主持人：同志们，现在开会。");
    const report = "县民政局局长×××汇报了全县养老机构消防安全检查情况，共发现隐患×××处，已整改×××处。";
    const after = ["", "会议决定事项：", "1. 县民政局牵头制定实施方案。", "2. 县财政局研究资金保障。"];
    const page = [...form, report, "", TITLE, "同志们：", OPENING, ...BODY, CLOSING, ...after, "记录人签字：×××"];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, report)).toBe("会议记录（汇报）");
  });

  it("reads nothing as minutes without the form's fields: a speech's own 汇报了 stays", () => {
    const own = "县消防救援大队汇报了近期检查情况，我完全同意，各单位要认真抓好落实。";
    expect(blocksOf([TITLE, "同志们：", OPENING, own, ...BODY, CLOSING])).toContain(own);
  });
});

describe("a recording's transcript under speaker labels", () => {
  it("keeps the speaker with the most words; labels, panels, the chair and the app's notes go", () => {
    const page = [
      "智能纪要",
      "会议总结",
      "会议部署了养老机构消防安全专项整治。",
      "关键词",
      "消防　养老机构",
      "文字记录",
      "",
    ];
    page.push("发言人 1 00:00:03", "下面请县长讲话，大家欢迎。", "", "发言人 2 00:00:18", OPENING, "");
    page.push("发言人 2 00:01:10", BODY[0]!, "", "发言人 3 00:02:30", "县长，台账在附件二。", "");
    page.push(
      "发言人 2 00:02:41",
      BODY[1]!,
      BODY[2]!,
      CLOSING,
      "",
      "— 文字记录结束 —",
      "转写由AI生成，请以原始录音为准",
    );
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, "县长，台账在附件二。")).toBe("转写（其他发言人）");
  });
});

describe("a reader's study notes and a poster's tips", () => {
  it("removes the boxes drawn round notes, labelled impressions and tips", () => {
    const box = ["┌──────────", "【划重点】", "①现状：隐患点多面广", "└──────────"];
    const own = ["【我的体会】", "我们院去年也查出过楼道充电的问题，回去要再查一遍。"];
    const tips = ["✨ 写材料小tips：", "① 开场先回应前面发言的部门", "② 结尾别太长"];
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, "", ...box, "", ...own, "", BODY[1]!, BODY[2]!, CLOSING];
    const blocks = blocksOf([...page, "", ...tips]);
    expect(blocks).toEqual([OPENING, ...BODY, CLOSING]);
  });
});

describe("a PDF copied with its line numbers, a column's dated links, markup left in a .txt", () => {
  it("cuts line numbers that count the lines, before they are glued to the text", () => {
    const lines = [TITLE, "同志们：", OPENING, ...BODY, CLOSING].flatMap((t) => t.match(/.{1,30}/g)!);
    const numbered = lines.map((t, i) => `${(i % 20) + 1} ${t}`);
    const mined = mineText(numbered.join("\n"));
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.speeches[0]!.blocks.map((b) => b.text).join("")).toBe([OPENING, ...BODY, CLOSING].join(""));
  });

  it("keeps a numbered list whose numbers count its items, not the lines", () => {
    const items = BODY.map((t, i) => `${i + 1} ${t}`);
    expect(blocksOf([TITLE, "同志们：", OPENING, ...items, CLOSING]).join("")).toContain("1全县现有各类养老机构");
  });

  it("removes a column's dated links and their teasers above the article shown in full", () => {
    const list = ["■ ×××在全县安全生产工作会议上的讲话　　2024-03-21", "同志们：今天召开全县安全生产工作会议…"];
    list.push("■ ×××在全县防汛工作会议上的讲话　　2024-02-27", "同志们：刚才，县水利局通报了…", "");
    const mined = mineText([...list, TITLE, "同志们：", OPENING, ...BODY, CLOSING].join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
  });

  it("reads markup left in a .txt by its own lines: a breadcrumb does not join the title", async () => {
    const page = [
      "首页 &gt; 新闻中心 &gt; 教育动态",
      `${TITLE}<br/>`,
      "<p>同志们：</p>",
      `<p>&nbsp;&nbsp;${OPENING}</p>`,
    ];
    page.push(...BODY.map((t) => `<p>${t}</p>`), `${CLOSING}<br/>`, "<p>责任编辑：×××</p>", "<br/>".repeat(12));
    const decoded = await decodeDocument("page.txt", new TextEncoder().encode(page.join("\n")), DEFAULT_LIMITS);
    expect(decoded.lines.map((l) => l.text)).toContain(TITLE);
  });
});
