import { readFileSync } from "node:fs";
import { mineDocument } from "./lib/mining/mine-document";
import { judgeMinedFile } from "./lib/imports/file-verdict";
const marker = "abc123";
const title = "在全县安全生产工作会议上的讲话";
const text = [
    "范文网 / www.fanwen-example.com",
    "来源：网络  作者：佚名  更新时间：2025-03-23",
    title,
    "同志们：",
    `今天召开安全生产工作会议，主要任务是分析形势、部署工作。${marker}`,
    "一、清醒认识当前安全生产形势",
    `今年以来，全县共发生各类生产安全事故×起、死亡×人，同比分别下降10%和8%。${marker}`,
    "二、扎实开展隐患排查整治",
    `要聚焦城镇燃气、建筑施工、危险化学品等重点行业领域，开展拉网式排查。${marker}`,
    "同志们，安全生产责任重于泰山。谢谢大家！",
    "Copyright © 2015-2025 范文网 版权所有 备案号：京ICP备00000000号",
  ].join("\n");
const inputs: [string, Uint8Array][] = [["e2e.txt", Buffer.from(text)], ...process.argv.slice(2).map(f => [f, new Uint8Array(readFileSync(f))] as [string, Uint8Array])];
for (const [n, b] of inputs) {
  const m = await mineDocument(n, b);
  const v = judgeMinedFile(m);
  console.log(n.split("/").pop(), v.level, v.reasons.map(r => r.message).join(" | "));
  if (n === "e2e.txt") console.log(m.speeches.flatMap(s => s.blocks.map(b => [b.kind, b.category, b.confidence.toFixed(2)].join(" "))));
}
