import { mineText } from "./lib/mining/text-pipeline";
const A = "今天，我们召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年任务。";
const B = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势持续稳定。";
const cases = {
  speakerDate: `在全县安全生产工作会议上的讲话\n县长 张三\n（2024年3月1日）\n同志们：\n${A}\n一、提高认识\n${B}`,
  subtitle: `坚持安全发展 筑牢安全防线\n——在全市安全生产工作会议上的讲话\n市长 李四\n同志们：\n${A}\n${B}`,
  plain: `${A}\n${B}\n谢谢大家！`,
  shortLines: `同志们：\n${A}\n一、提高认识\n${B}\n二、压实责任\n${B}\n最后，我再强调一点。\n${B}\n谢谢大家。\n2024年3月1日`,
  chrome: `某某范文网 首页 > 讲话稿\n在全县安全生产工作会议上的讲话\n发布时间：2024-03-02 10:11 浏览：1203次\n以下是小编为大家整理的讲话稿，仅供参考，欢迎阅读。\n在全县安全生产工作会议上的讲话\n同志们：\n${A}\n${B}\n下载本文档 | 举报 | 收藏\n相关推荐：在全镇安全生产会议上的讲话`,
  host: `全县安全生产工作会议主持词\n同志们：\n现在开会。\n今天会议有三项议程：\n一是请县长讲话；\n二是签订责任书；\n三是请书记讲话。\n下面进行第一项议程。\n……\n${A}`,
};
for (const [k, v] of Object.entries(cases)) {
  const r = mineText(v);
  console.log("==", k, r.speeches.map((s) => [s.title, s.speaker, s.date, s.blocks.length]));
  for (const x of r.removed) console.log("   -", x.text, "|", x.reason);
}
