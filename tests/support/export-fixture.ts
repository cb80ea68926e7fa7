// A speech for the export tests: every node type, three heading levels, and the characters that trip fonts
// (curly quotes, dashes, ellipses, digits, Latin), plus a way to make it as long as a real speech.
import { headingNode, paragraphNode, testDoc, titleNode } from "../../lib/testing/speech-docs";
import type { SpeechDoc, SpeechNode } from "../../lib/speech-doc/types";

export const FIXTURE_TITLE = "在全县安全生产工作会议上的讲话";

const PARAGRAPHS = [
  "今年以来，全县上下认真贯彻落实“人民至上、生命至上”的理念，安全生产形势总体平稳——但事故起数同比上升12.5%，较大事故仍未杜绝……",
  "各乡镇、各部门要围绕“三管三必须”要求，落实PM2.5与危化品双重预防机制，做到隐患排查全覆盖、整改销号全闭环。",
  "要坚持“党政同责、一岗双责、齐抓共管、失职追责”，把安全生产责任落实到每一个岗位、每一名员工，确保不留死角、不留盲区。",
];

/** Front matter, then `sections` level-1 sections, each with a 2-level and a 3-level heading and paragraphs. */
export function exportFixture(sections = 3, paragraphsPerHeading = 1): SpeechDoc {
  const body: SpeechNode[] = [];
  const cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
  // Every paragraph differs (a real speech never repeats one verbatim; the miner drops lines a file repeats).
  let n = 0;
  const para = (i: number) => paragraphNode(`${PARAGRAPHS[i % PARAGRAPHS.length]!}这是第${++n}条要求。`);
  for (let s = 0; s < sections; s++) {
    body.push(headingNode(1, `统一思想认识第${cn[s % 10]}部分`));
    for (let k = 0; k < paragraphsPerHeading; k++) body.push(para(s + k));
    body.push(headingNode(2, "压实各方责任"));
    for (let k = 0; k < paragraphsPerHeading; k++) body.push(para(s + k + 1));
    body.push(headingNode(3, "强化企业主体责任"));
    for (let k = 0; k < paragraphsPerHeading; k++) body.push(para(s + k + 2));
  }
  const doc = testDoc(titleNode(FIXTURE_TITLE), {
    type: "speakerLine",
    content: [{ type: "text", text: "县长 张三" }],
  });
  return {
    type: "doc",
    content: [
      ...doc.content.slice(0, 2),
      { type: "salutation", content: [{ type: "text", text: "同志们：" }] },
      paragraphNode("今天召开全县安全生产工作会议，主要任务是总结工作、分析形势、部署任务。下面，我讲三点意见。"),
      ...body,
      paragraphNode("谢谢大家！"),
    ],
  };
}
