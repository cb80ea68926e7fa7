import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests after a review of set 108's note-page rules: speeches that tick their own points
// (✅ / ✔), hand out a card with boxes, set a slogan or their section heads between dashes, put a Markdown divider
// (===…===) between paragraphs, or repeat a Traditional slogan in Simplified; and the notes, remnants and chains of
// the same kinds of page that the rules missed.
const TITLE = "在全市校园周边交通安全整治会议上的讲话";
const OPENING =
  "今天召开全市校园周边交通安全整治会议，主要是部署秋季开学前后的交通安全工作。刚才，市交警支队通报了上学期情况，我都同意。";
const SITUATION =
  "上学期，全市校园周边共发生交通事故十一起，造成两名学生受伤，接送车辆乱停乱放、电动车超速的问题仍然比较突出。";
const CHECK = "各区要对全市二百一十所中小学、幼儿园门前道路开展一次全面排查，缺少减速带、警示标志的，开学前全部补齐。";
const CLOSING = "同志们，孩子们的平安连着千家万户。希望大家迅速行动起来，确保开学季校园周边交通安全平稳。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a speech's own ticked points and boxes, which are no to-do list", () => {
  it("keeps ✅ points under the sentence that announces them", () => {
    const points = [
      "✅ 校门口五十米内一律设置禁停区",
      "✅ 上下学高峰每个校门至少两名警力",
      "✅ 接送车辆统一停放在指定区域",
    ];
    const texts = blocksOf([TITLE, "同志们：", OPENING, "各区要对照以下三条逐校落实：", ...points, SITUATION, CLOSING]);
    expect(texts.join("")).toContain("上下学高峰每个校门至少两名警力");
    expect(texts.join("")).toContain("接送车辆统一停放在指定区域");
  });

  it("keeps ✔ points that stand without a lead-in: no box is left to tick", () => {
    const points = ["✔ 护学岗人员全部到岗到位", "✔ 校车驾驶员资质全部重新审核"];
    const texts = blocksOf([TITLE, "同志们：", OPENING, SITUATION, ...points, CHECK, CLOSING]);
    expect(texts.join("")).toContain("护学岗人员全部到岗到位");
  });

  it("keeps the two boxes of a card the speaker hands out", () => {
    const card = ["☐ 本校已落实上下学护学岗制度", "☐ 本校已与家长签订交通安全承诺书"];
    const lead = "今天发给各位校长的承诺卡，请大家逐项勾选、签字后交回：";
    const texts = blocksOf([TITLE, "同志们：", OPENING, lead, ...card, SITUATION, CLOSING]);
    expect(texts.join("")).toContain("本校已与家长签订交通安全承诺书");
  });

  it("still drops a notes app's task list with an open box at the page's end", () => {
    const tasks = ["- [ ] 事故数字和交警支队再核一遍", "- [x] 打印二十份交会务组"];
    const mined = mineText(
      [`# ${TITLE}`, "", `## ${TITLE}`, "同志们：", OPENING, SITUATION, CLOSING, "", ...tasks].join("\n"),
    );
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, tasks[0]!)).toBe("待办事项");
  });
});

describe("lines between two dashes that the speech says", () => {
  it("keeps a slogan announced by the line above, as a paragraph of its own", () => {
    const slogan = "——慢一秒平安一生——";
    const texts = blocksOf([TITLE, "同志们：", OPENING, "今年开学季，我们提出一句口号：", slogan, SITUATION, CLOSING]);
    expect(texts).toContain(slogan);
    expect(texts).toContain(SITUATION);
  });

  it("keeps unnumbered section heads set between dashes", () => {
    const heads = ["——问题不容回避——", "——排查必须到底——"];
    const texts = blocksOf([TITLE, "同志们：", OPENING, heads[0]!, SITUATION, heads[1]!, CHECK, CLOSING]);
    expect(texts).toEqual(expect.arrayContaining([...heads, SITUATION, CHECK]));
  });

  it("still drops a dashed divider that names the page's material", () => {
    const divider = "—— 以下为讲话原文 ——";
    const mined = mineText([TITLE, divider, "同志们：", OPENING, SITUATION, CLOSING].join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, divider)).toBe("分隔线");
  });
});

describe("a Markdown note with a divider between paragraphs", () => {
  it("reads ===…=== as a divider, not as a highlight that leaves =…= in the text", () => {
    const page = [`# ${TITLE}`, "", `## ${TITLE}`, "", "同志们：", "", OPENING, "", SITUATION, "", "===会后补记==="];
    page.push("", `各区要==${CHECK}==`, "", CLOSING);
    const texts = blocksOf(page);
    expect(texts.join("")).not.toContain("=");
    expect(texts).toContain(`各区要${CHECK}`);
  });
});

describe("a Traditional speech and the pages shown in two scripts", () => {
  const trad = {
    opening:
      "今天召開全市校園周邊交通安全整治會議，主要是部署秋季開學前後的交通安全工作。剛才，市交警支隊通報了上學期情況，我都同意。",
    situation:
      "上學期，全市校園周邊共發生交通事故十一起，造成兩名學生受傷，接送車輛亂停亂放、電動車超速的問題仍然比較突出。",
    closing: "同志們，孩子們的平安連著千家萬戶。希望大家迅速行動起來，確保開學季校園周邊交通安全平穩。",
  };

  it("keeps a slogan the speech repeats, its second copy pasted in Simplified", () => {
    const twice = ["孩子安全，重於泰山！", "孩子安全，重于泰山！"];
    const texts = blocksOf([TITLE, "同志們：", trad.opening, trad.situation, ...twice, trad.closing]);
    expect(texts.filter((t) => t === "孩子安全，重于泰山！")).toHaveLength(2);
  });

  it("drops each Traditional original set apart from its rendering by a blank line", () => {
    const page = [TITLE, "", "同志們：", "", trad.opening, "", OPENING, "", trad.situation, "", SITUATION];
    page.push("", trad.closing, "", CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, trad.situation)).toBe("繁体原文（双语对照）");
  });
});

describe("notes, remnants and chains the note-page rules missed", () => {
  it("drops the keeper's notes in other words: 会后补充说明：, 整理者注：", () => {
    const notes = [
      "会后补充说明：市长在会上加了一段校车安全的要求，稿子里没有。",
      "整理者注：事故数字以交警支队最新通报为准。",
    ];
    const mined = mineText([TITLE, "同志们：", OPENING, notes[0]!, SITUATION, notes[1]!, CLOSING].join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([OPENING, SITUATION, CLOSING]);
    expect(removalReason(mined.removed, notes[1]!)).toBe("整理者的附注");
  });

  it("drops a reviewer's 【旁批】, 批注： and 【笔记】 lines; keeps a sentence on notes", () => {
    const notes = [
      "【旁批】这个数字要和交警支队再对一下。",
      "批注：这里可以举一个具体的例子。",
      "【笔记】市长说这段要重点讲。",
    ];
    const said = "批注意见要逐条整改，各区要把学生上下学的笔记本、安全提示卡一并发到家长手中。";
    const page = [TITLE, "同志们：", OPENING, notes[0]!, SITUATION, notes[1]!, CHECK, notes[2]!, said, CLOSING];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
      OPENING,
      SITUATION,
      CHECK,
      said,
      CLOSING,
    ]);
    expect(removalReason(mined.removed, notes[2]!)).toBe("批注");
  });

  it("drops a tag's remnant in single quotes, and one glued before a paragraph", () => {
    const page = [TITLE, "同志们：", OPENING, "<img src='/upload/2024/08/a1.jpg'", "' alt='排查现场' title='现场' />"];
    page.push(SITUATION, '<img src="/upload/2024/08/a2.jpg"', `" alt="会场" />${CHECK}`, CLOSING);
    expect(blocksOf(page)).toEqual([OPENING, SITUATION, CHECK, CLOSING]);
  });

  it("keeps a sentence that opens with a letter, an equals sign and a greater-than sign", () => {
    const said = "K值=车流量/道路容量>0.8的路段，各区要在上下学时段实行临时交通管制。";
    expect(blocksOf([TITLE, "同志们：", OPENING, said, CLOSING]).join("")).toContain("实行临时交通管制");
  });

  it("drops a content farm's header glued to keywords joined by |, and its links", () => {
    const header = "交通安全讲话稿|校园交通讲话稿|开学安全讲话稿相关阅读：";
    const links = ["1. 校长在开学交通安全会上的讲话", "2. 校园周边交通整治讲话稿", "3. 开学第一课交通安全讲话稿"];
    const more = [
      "交通安全讲话稿_校园交通讲话稿_开学安全讲话稿相关阅读：",
      "1. 秋季开学交通安全讲话稿",
      "2. 家长会交通安全讲话稿",
    ];
    const page = [TITLE, "同志们：", OPENING, SITUATION, CLOSING, header, ...links, ...more];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, SITUATION, CLOSING]);
  });
});
