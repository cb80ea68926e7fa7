// Two texts of a speech for the tracked-changes export: the newer one has three edits (an insertion, a deletion
// and a replacement) and its third section moved up to second place, which renumbers the section it passed.
import { headingNode, paragraphNode, testDoc, titleNode } from "../../lib/testing/speech-docs";
import type { SpeechDoc } from "../../lib/speech-doc/types";

export const TRACKED_TITLE = "在全县安全生产工作会议上的讲话";
const p = (k: string) => `这是第${k}段，要求各地各部门认真落实安全生产责任。`;

function speech(edited: boolean): SpeechDoc {
  const move = [headingNode(1, "压实责任"), paragraphNode(p("六"))];
  const check = [
    headingNode(1, "排查隐患"),
    paragraphNode(p("三")),
    paragraphNode(p("四")),
    paragraphNode(edited ? p("五").replace("认真落实", "全面贯彻") : p("五")),
  ];
  return testDoc(
    titleNode(TRACKED_TITLE),
    { type: "speakerLine", content: [{ type: "text", text: "县长 张三" }] },
    { type: "salutation", content: [{ type: "text", text: "同志们：" }] },
    headingNode(1, "认清形势"),
    paragraphNode(edited ? p("一").replace("。", "，做到守土有责。") : p("一")),
    paragraphNode(edited ? p("二").replace("各地各部门", "各地") : p("二")),
    ...(edited ? [...move, ...check] : [...check, ...move]),
    paragraphNode("谢谢大家！"),
  );
}

export const OLDER = speech(false);
export const NEWER = speech(true);
