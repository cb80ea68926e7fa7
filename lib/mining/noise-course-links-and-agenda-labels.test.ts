import { describe, expect, it } from "vitest";
import { removalReason as reasonOf, removeNoiseFromPage as run } from "../testing/page-noise";

// Pages written for these tests: a 范文 site's links after its speeches, a training site's lesson page, a city
// government's report of a standing meeting. Each rule is checked against a speech that uses the same words.
const TITLE = "在全县2024年安全生产工作会议上的讲话";
const OPENING = "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const BODY = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势稳定，坚决防范遏制重特大事故发生。";
const BODY2 = "各部门要强化行业监管，加大执法检查力度，严厉打击非法违法生产经营行为，对问题企业一律从严处理。";
const CLOSING = "同志们，安全生产责任重于泰山。让我们以更加务实的作风，全力以赴抓好各项工作！";
const SPEECH = [TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING];

describe("a 范文 site's related list under the page's name in brackets", () => {
  it("removes the header and its links, outline-shaped ones too", () => {
    const links = [
      "防汛工作讲话提纲：一、认清形势　二、压实责任　三、强化保障",
      "一、强化底线思维　筑牢安全防线（镇长讲话稿）",
      "冬季消防安全工作会议讲话稿（通用4篇）",
    ];
    const r = run([...SPEECH, "", "【全县安全工作会议讲话稿（精选3篇）】相关文章：", ...links].join("\n"));
    expect(r.kept).toEqual(SPEECH);
    for (const link of links) expect(reasonOf(r.removed, link), link).toBe("相关文章列表");
  });

  it("keeps a speech's own bracketed label over its text, which names no document", () => {
    const own = ["【学习安排】相关材料：", "一、强化底线思维", BODY2];
    const r = run([TITLE, "同志们：", OPENING, BODY, ...own, CLOSING].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY, ...own, CLOSING]);
  });
});

describe("a site's link line ending in its button and arrows", () => {
  it("removes 想要更多…？点此查看 >> between two speeches", () => {
    for (const link of ["想要更多“致辞”范文？点此查看 >>", "安全培训课件合集　点击进入→"]) {
      const r = run([...SPEECH, "", link, "", TITLE, "同志们：", OPENING, BODY].join("\n"));
      expect(r.kept, link).toEqual([...SPEECH, TITLE, "同志们：", OPENING, BODY]);
      expect(reasonOf(r.removed, link), link).toBe("广告");
    }
  });

  it("keeps a speaker's words that send his hearers to look something up", () => {
    const own = "想了解更多？请各单位登录省应急管理厅网站点击查看。";
    const r = run([TITLE, "同志们：", OPENING, own, BODY, CLOSING].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, own, BODY, CLOSING]);
  });
});

describe("a training site's lesson page around the speech it prints", () => {
  const marked = BODY.replace("隐患排查整治", "隐患排查整治【考点】");

  it("cuts a course's study mark out of a sentence, and keeps the word said plainly", () => {
    const own = "这次培训的考点，就是大家每天在岗位上要做的事，不要死记硬背。";
    const r = run([TITLE, "同志们：", OPENING, marked, own, CLOSING].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY, own, CLOSING]);
  });

  it("removes the compiler's bracketed note and the links to the lessons before and after", () => {
    const note = "（本讲义由县安全培训中心整理，仅供内部学习使用）";
    const nav = "[上一节：危险化学品储存规范]　[下一节：动火作业安全要点]";
    const r = run([...SPEECH, "", note, nav, "【下一讲：应急预案的编制与演练】"].join("\n"));
    expect(r.kept).toEqual(SPEECH);
    expect(reasonOf(r.removed, note)).toBe("来源作者信息");
    expect(reasonOf(r.removed, nav)).toBe("学习平台文字");
  });

  it("keeps a speaker's own sentence on the next lesson and on the material he hands out", () => {
    const own = [
      "下一讲：请各位学员结合本单位实际，谈谈如何落实主体责任。",
      "本资料由县应急管理局组织专家整理汇编，各单位要人手一册、认真学习。",
    ];
    const r = run([TITLE, "同志们：", OPENING, ...own, BODY, CLOSING].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, ...own, BODY, CLOSING]);
  });

  it("removes the questions set after the speech's closing under their label", () => {
    const questions = [
      "课后思考题",
      "1. 结合讲话内容，谈谈你对属地管理责任的理解。",
      "2. 本单位隐患排查还有哪些薄弱环节？请举例说明。",
      "3. 如何做好汛期值班值守？",
    ];
    const r = run([...SPEECH, "", ...questions].join("\n"));
    expect(r.kept).toEqual(SPEECH);
    for (const q of questions) expect(reasonOf(r.removed, q), q).toBe("学习平台文字");
  });

  it("keeps a lecture's own questions to the room, before its closing", () => {
    const own = ["思考题", "1.我们单位的重大风险点在哪里？", "2.隐患整改为什么总是反复？"];
    const r = run([TITLE, "同志们：", OPENING, ...own, BODY, CLOSING].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, ...own, BODY, CLOSING]);
  });
});

describe("a standing meeting's report: its labels over the agenda's items", () => {
  it("removes 【议题三】… after the speech, with the item's name or alone", () => {
    for (const label of ["【议题三】审议《某市燃气管理办法（草案）》", "【议题四】"]) {
      const r = run([...SPEECH, "", label].join("\n"));
      expect(r.kept, label).toEqual(SPEECH);
      expect(reasonOf(r.removed, label), label).toBe("会议议程");
    }
  });

  it("keeps a speaker's words on an item of the agenda", () => {
    const own = "第三个议题是城市桥梁安全，我讲几点意见";
    const r = run([TITLE, "同志们：", OPENING, own, BODY, CLOSING].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, own, BODY, CLOSING]);
  });
});
