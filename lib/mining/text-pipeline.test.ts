import { describe, expect, it } from "vitest";
import { pathologicalDocuments } from "../testing/pathological-text";
import { mineLines, mineText } from "./text-pipeline";

const A = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。";
const B = "各部门要强化行业监管，加大执法检查力度，严厉打击非法违法生产经营行为。";
const C = "企业要落实主体责任，加大安全投入，健全安全管理制度，提高本质安全水平。";

const SCRAPED = [
  "某某公文网 / www.gongwen-example.com",
  "来源：网络  作者：佚名  更新时间：2025-01-02",
  `在全镇安全生产会议上的讲话（两篇）同志们：${A.slice(0, 30)}...`,
  "在全镇安全生产会议上的讲话（两篇）",
  "同志们:",
  A,
  "一、 提高认识,压实责任",
  `（一）加强领导。${B}`,
  `（二）健全机制。镇zf要${C}`,
  "二、强化监管",
  B,
  "同志们，安全生产责任重于泰山！",
  "在全镇防汛工作会议上的讲话",
  "同志们：",
  `刚才，张镇长通报了汛情，我完全同意。结合我某某公文网镇实际，${A}`,
  "一是加强值守。",
  B,
  "二是加强巡查。",
  C,
  "谢谢大家！",
  "",
  "您需要登录后才可以回帖 登录 | 立即注册",
  "Copyright © 2025 某某公文网 版权所有",
].join("\r\n");

describe("mineText", () => {
  const r = mineText(SCRAPED);

  it("finds the speeches of a scraped page with their headers", () => {
    expect(r.speeches.map((s) => [s.title, s.salutation])).toEqual([
      ["在全镇安全生产会议上的讲话", "同志们："],
      ["在全镇防汛工作会议上的讲话", "同志们："],
    ]);
  });

  it("produces clean heading and paragraph blocks", () => {
    expect(r.speeches[0]!.blocks.map((b) => [b.kind, b.level, b.text, b.role])).toEqual([
      ["paragraph", null, A, "opening"],
      ["heading", 1, "一、提高认识，压实责任", "body"],
      ["heading", 2, "（一）加强领导。", "body"],
      ["paragraph", null, B, "body"],
      ["heading", 2, "（二）健全机制。", "body"],
      ["paragraph", null, `镇政府要${C}`, "body"],
      ["heading", 1, "二、强化监管", "body"],
      ["paragraph", null, B, "body"],
      ["paragraph", null, "同志们，安全生产责任重于泰山！", "closing"],
    ]);
    expect(r.speeches[1]!.blocks.map((b) => `${b.kind[0]}${b.level ?? ""} ${b.text}`)).toEqual([
      `p 刚才，张镇长通报了汛情，我完全同意。结合我镇实际，${A}`,
      "h1 一是加强值守。",
      `p ${B}`,
      "h1 二是加强巡查。",
      `p ${C}`,
      "p 谢谢大家！",
    ]);
  });

  it("reports everything it removed or restored, with line numbers", () => {
    expect(r.removed.map((x) => [x.lineNo, x.reason])).toEqual([
      [1, "网站页眉页脚"],
      [2, "来源作者信息"],
      [3, "重复的摘要行"],
      [9, "屏蔽缩写还原：zf→政府"],
      [15, "水印"],
      [22, "付费/登录提示"],
      [23, "网站页眉页脚"],
    ]);
  });

  it("returns the cleaned text of the kept paragraphs", () => {
    expect(r.cleanedText.split("\n")[0]).toBe("在全镇安全生产会议上的讲话（两篇）");
    expect(r.cleanedText).not.toMatch(/www\.|来源：|登录|Copyright|某某公文网|zf/);
  });

  it("trusts heading hints for text built from .docx paragraphs", () => {
    const out = mineText(`安全生产的形势\n${A}\n重点任务\n${B}`, [{ headingLevel: 1 }, undefined, { headingLevel: 1 }]);
    expect(out.speeches[0]!.blocks.map((b) => b.kind)).toEqual(["heading", "paragraph", "heading", "paragraph"]);
  });

  it("handles empty and blank input", () => {
    expect(mineText("")).toEqual({ speeches: [], removed: [], cleanedText: "", warnings: [], inferredSplits: [] });
    expect(mineText("\n \u3000\n\u200b").speeches).toEqual([]);
  });

  it("reports a title that has no text under it", () => {
    const out = mineText(`同志们：\n${A}\n${B}\n在全县防汛会议上的讲话`);
    expect(out.speeches).toHaveLength(1);
    expect(out.removed).toEqual([{ text: "在全县防汛会议上的讲话", reason: "无正文的标题", lineNo: 4 }]);
  });
});

describe("mineText: other page shapes", () => {
  it("splits a heading set off from its body by a space only", () => {
    const out = mineText(`一、提高认识 ${A}\n${B}\n二、 强化监管，压实责任\n${C}\n三、加强领导　落实责任\n${A}`);
    expect(out.speeches[0]!.blocks.map((b) => `${b.kind[0]}${b.level ?? ""} ${b.text}`)).toEqual([
      "h1 一、提高认识",
      `p ${A}`,
      `p ${B}`,
      "h1 二、强化监管，压实责任",
      `p ${C}`,
      "h1 三、加强领导落实责任",
      `p ${A}`,
    ]);
  });

  it("splits a 范文 collection at its 篇一/篇二 markers", () => {
    const text = [
      "安全生产会议讲话稿（精选2篇）",
      "篇一：在全镇安全生产会议上的讲话",
      "同志们：",
      A,
      "一、提高认识",
      B,
      "二、强化监管",
      C,
      "篇二：在全镇防汛会议上的讲话",
      "各位领导、同志们：",
      B,
      "一是加强值守。",
      C,
      "二是加强巡查。",
      A,
    ].join("\n");
    const out = mineText(text);
    expect(out.speeches.map((s) => [s.title, s.blocks.length])).toEqual([
      ["在全镇安全生产会议上的讲话", 5],
      ["在全镇防汛会议上的讲话", 5],
    ]);
  });
});

describe("mineLines", () => {
  it("splits lines that still hold line breaks, keeping their line number and hint", () => {
    const out = mineLines([
      { text: "一、提高认识\r二、强化监管", lineNo: 1 },
      { text: A, lineNo: 2 },
    ]);
    expect(out.speeches[0]!.blocks.map((b) => [b.text, b.lineNo])).toEqual([
      ["一、提高认识", 1],
      ["二、强化监管", 1],
      [A, 2],
    ]);
  });

  it("keeps a .docx table row's cells apart (；) instead of gluing them once the tabs are normalised away", () => {
    const row = (text: string, lineNo: number) => ({ text, lineNo, hint: { tableRow: true } });
    const out = mineLines([
      { text: A, lineNo: 1 },
      row("序号\t工作任务\t牵头单位", 2),
      row("1\t开展燃气安全专项执法检查，建立台账\t市住房和城乡建设局", 3),
      row("2\t修订防汛应急预案。\t市水利局", 4),
      { text: A, lineNo: 5 },
    ]);
    expect(out.speeches[0]!.blocks.map((b) => b.text).slice(1, -1)).toEqual([
      "序号；工作任务；牵头单位",
      "1；开展燃气安全专项执法检查，建立台账；市住房和城乡建设局",
      "2；修订防汛应急预案。市水利局",
    ]);
  });
});

describe("robustness", () => {
  function rng(seed: number) {
    return () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
  }
  const PIECES = [
    "一、",
    "（二）",
    "三是",
    "第四，",
    "1.",
    "（1）",
    "同志们：",
    "在会议上的讲话",
    "。",
    "，",
    "\n",
    "...",
    "zf",
    "网",
    "《",
    "》作者",
    "(",
    ")",
    " ",
    "\u3000",
    "谢谢大家！",
    "刚才，",
    "X",
    "*",
  ];

  // 400 documents: about 2 s on a quiet machine, over the default 5 s on a loaded one (seen beside a CI run).
  it("never throws on random text", () => {
    const r = rng(7);
    for (let n = 0; n < 400; n++) {
      let s = "";
      for (let k = Math.floor(r() * 200); k > 0; k--) {
        s +=
          r() < 0.3 ? String.fromCharCode(0x4e00 + Math.floor(r() * 0x5000)) : PIECES[Math.floor(r() * PIECES.length)];
      }
      const out = mineText(s);
      for (const sp of out.speeches) {
        sp.blocks.forEach((b, i) => {
          expect(b.position).toBe(i);
          expect(b.text.trim()).not.toBe("");
          expect(b.kind === "heading" ? [1, 2, 3].includes(b.level!) : b.level === null).toBe(true);
        });
      }
    }
  }, 30_000);

  // Its time is measured by the mining benchmark (pipeline_pathological_ms), not here: about 1 s on a quiet
  // machine, several times that on a slow or loaded one, so the test allows for that.
  it("mines pathological documents without throwing, each into something", () => {
    for (const text of pathologicalDocuments()) {
      const result = mineText(text);
      expect(result.speeches.length + result.removed.length, text.slice(0, 20)).toBeGreaterThan(0);
    }
  }, 30_000);
});

describe("mineText: a blogger's note beside the speech", () => {
  it("drops a post title with a short note under it as an aside, and keeps short speeches of a collection", () => {
    const blog = [
      "燃气整治推进会讲话（原创，转载请注明）",
      "前几天替区里写的，领导改了两处，基本是原稿。需要的朋友自取。",
      "",
      "在全区城镇燃气安全专项整治推进会上的讲话",
      "同志们：",
      A,
      "一、正视问题",
      B,
      "二、压实责任",
      C,
      A,
      B,
      C,
      "三、强化保障",
      A,
      B,
    ].join("\n");
    const mined = mineText(blog);
    expect(mined.speeches.map((s) => s.title)).toEqual(["在全区城镇燃气安全专项整治推进会上的讲话"]);
    expect(mined.removed.filter((r) => r.reason === "正文外的附言").map((r) => r.text)).toEqual([
      "燃气整治推进会讲话",
      "前几天替区里写的，领导改了两处，基本是原稿。需要的朋友自取。",
    ]);
    expect(mined.removed.find((r) => r.text === "（原创，转载请注明）")?.reason).toBe("来源作者信息");

    const collection = [
      "【篇一】",
      "在全镇安全生产会议上的讲话",
      "同志们：",
      A,
      B,
      "【篇二】",
      "在全镇防汛会议上的讲话",
      "同志们：",
      C,
      A,
    ];
    expect(mineText(collection.join("\n")).speeches).toHaveLength(2);
  });
});

describe("a .docx table's rows that are no table (an outside review's findings)", () => {
  const row = (text: string, lineNo: number) => ({ text, lineNo, hint: { tableRow: true } });

  it("reads a header laid out as a table (县长 | 王强 | date) as the speaker and date, an outline number's cell glued", () => {
    const out = mineLines([
      { text: "在全县安全生产工作会议上的讲话", lineNo: 1 },
      row("县长\t王强\t2024年3月16日", 2),
      { text: "同志们：", lineNo: 3 },
      { text: A, lineNo: 4 },
      row("（一）\t压实企业主体责任", 5),
      { text: A.replace("各乡镇", "各部门"), lineNo: 6 },
    ]);
    const speech = out.speeches[0]!;
    expect([speech.speaker, speech.date]).toEqual(["县长王强", "2024年3月16日"]);
    expect(speech.blocks.map((b) => b.text)).toContain("（一）压实企业主体责任");
  });
});
