import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shape of set 132's first: an AI writing assistant's answer copied whole, the
// draft in Markdown, the assistant's own notes on the draft and its offer of more under the speech's closing.
const TITLE = "在全乡防汛工作会议上的讲话";
const OPENING = "今天叫大家来，就说防汛这一件事。去年七月河堤决口的事，大家都还记得，那一晚上全乡干部都没合眼。";
const HEADING = "一、隐患要一处一处排";
const BODY = [
  "各村要把自己那一段河堤走一遍，看有没有裂缝、有没有塌方，发现问题当天报到乡里。",
  "我们也要用好新办法，今年乡里推广AI视频监控，在河堤险段装了摄像头，有情况手机上马上就能看到。",
  "如需乡里支援沙袋和水泵，可以随时告诉我，乡里统一调配。",
];
const CLOSING =
  "同志们，防汛的事，宁可十防九空，不可失防万一。希望大家回去以后马上动起来，确保全乡安全度汛。谢谢大家！";
const SPEECH = [`## ${TITLE}`, "", "**同志们：**", "", OPENING, "", `### ${HEADING}`, "", ...BODY, "", CLOSING];
const REQUEST = "帮我写一篇乡长在全乡防汛工作会议上的讲话，口语一点，1000字左右。";
const CHROME = ["以上内容由AI生成，仅供参考，请注意甄别", "重新生成", "复制"];

const blocksOf = (page: string[]) => {
  const mined = mineText(page.join("\n"));
  return { mined, texts: mined.speeches.flatMap((s) => s.blocks.map((b) => b.text)) };
};

describe("an AI assistant's notes on the draft it wrote", () => {
  it("drops its labelled notes and its offer under the closing; the speech's own AI and 如需 sentences stay", () => {
    const notes = [
      "全文约1000字，句子短，口语多，适合乡长脱稿讲；",
      "去年决口的事可以多讲几句，但不要点名具体干部；",
      "文中降雨数据为示例，请以县气象局的预报为准。",
    ];
    const offer = "如需改成书记的口吻，或者加上地质灾害防范的内容，可以继续告诉我。";
    const page = [REQUEST, "已深度思考（用时 9 秒）", "", "---", ...SPEECH, "", "---", "", "**写作说明：**", ""];
    page.push(...notes.map((n) => `- ${n}`), "", offer, "", ...CHROME);
    const { mined, texts } = blocksOf(page);
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(texts).toEqual([OPENING, HEADING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, "写作说明：")).toBe("AI 回答的说明");
    expect(removalReason(mined.removed, notes[2]!)).toBe("AI 回答的说明");
    expect(removalReason(mined.removed, offer)).toBe("AI 对话用语");
  });

  it("drops notes between its lead-in and the draft's title, and a lead-in of sentences (我起草了一篇…：)", () => {
    const lead = "好的，结合您说的情况，我起草了一篇比较口语化的讲话稿，短句多一些。数字和地名请您按实际改一改：";
    const note = "全文约1000字，语气偏口语，文中数字为示例，请按实际替换。";
    const { mined, texts } = blocksOf([REQUEST, "", lead, "", note, "", ...SPEECH, "", ...CHROME]);
    expect(texts).toEqual([OPENING, HEADING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, lead)).toBe("AI 对话用语");
    expect(removalReason(mined.removed, note)).toBe("AI 回答的说明");
  });

  it("keeps a label's list under the closing that does not speak of the text (a 主持词's 注意事项)", () => {
    const tips = ["请各村会后把值班表报乡防汛办；", "请大家从东门有序离场。"];
    const page = [REQUEST, "已深度思考（用时 6 秒）", "", ...SPEECH, "", "注意事项：", ...tips, "", ...CHROME];
    expect(blocksOf(page).texts.join("\n")).toContain("请大家从东门有序离场。");
  });

  it("keeps a transcript that opens 好的，谢谢主持人。我准备了一份发言稿…：, and its 如需…直接提出来 (no chat around it)", () => {
    // A speaker's words under his title, not an assistant's lead-in over a draft; and his offer to the room.
    const opening = "好的，谢谢主持人。我准备了一份发言稿，就不照着念了，结合刚才几个村的发言讲两点：";
    const offer = "如需乡里协调解决的困难，各村会后可以直接提出来，乡里专题研究、限时办结。";
    const page = [
      TITLE,
      "（根据录音整理）",
      "乡长　×××",
      opening,
      ...BODY.slice(0, 2),
      CLOSING.replace("谢谢大家！", ""),
    ];
    page.push(offer, "谢谢大家！");
    const { mined, texts } = blocksOf(page);
    expect(texts).toEqual(expect.arrayContaining([opening, offer]));
    expect(mined.removed.map((r) => r.text)).not.toContain(opening);
  });

  it("keeps the draft's own 如需…随时告诉我 between its 同志们，… and its last 谢谢大家！", () => {
    // The notes stand under the speech's last paragraph; the closing's run (同志们，… / 如需… / 谢谢大家！) is the speech's.
    const offer = "如需乡里派人帮着加固堤段，可以随时告诉我，乡里统一安排。";
    const speech = [...SPEECH.slice(0, -1), CLOSING.replace("谢谢大家！", ""), offer, "谢谢大家！"];
    const page = [REQUEST, "已深度思考（用时 9 秒）", "", ...speech.filter((t) => t !== BODY[2]), "", ...CHROME];
    expect(blocksOf(page).texts).toContain(offer);
    // With no thanks after it, a last sentence that asks the room (直接提出来), not the clerk, stays too.
    const room = "如需乡里协调解决的困难，各村会后可以直接提出来，乡里专题研究、限时办结。";
    expect(blocksOf(page.filter((t) => t !== "谢谢大家！").map((t) => (t === offer ? room : t))).texts).toContain(room);
  });
});
