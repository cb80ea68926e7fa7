// What the first file mined in a process would otherwise pay for: reading the classifier model, building the jieba
// dictionary (about 0.2 s), the noise model and the first compilation of the hot paths. The import worker runs this
// on its mining thread as soon as it starts, so that the first upload after a restart waits only for its own work.
import { mineDocument } from "./mine-document";

// Invented: a title, a salutation, an opening, and two numbered sections with a paragraph each.
const WARM_UP_SPEECH = [
  "在全县安全生产工作会议上的讲话",
  "同志们：",
  "今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段工作。",
  "一、清醒认识当前形势",
  "今年以来，全县安全生产形势总体平稳，但事故隐患依然不少。",
  "二、压紧压实安全责任",
  "各乡镇、各部门要切实落实属地管理责任和行业监管责任。",
].join("\n");

/** Mines a short invented speech once; the result is thrown away. */
export async function warmUpMining(): Promise<void> {
  await mineDocument("预热.txt", new TextEncoder().encode(WARM_UP_SPEECH));
}
