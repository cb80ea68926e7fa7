import { describe, expect, it } from "vitest";
import { keptLines as kept } from "../testing/page-noise";
import { normaliseText } from "./normalise";
import { mineText } from "./text-pipeline";

// Speech text that looks, word by word, like the page furniture of noise-page-furniture.ts and noise-line-rules.ts:
// an outside review found each of these removed by a first version of those rules. They must all stay.
const TITLE = "在全县2024年安全生产工作会议上的讲话";
const OPENING = "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const BODY = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势稳定，坚决防范遏制重特大事故发生。";
const BODY2 = "各部门要强化行业监管，加大执法检查力度，严厉打击非法违法生产经营行为，对问题企业一律从严处理。";

describe("speech lines that resemble page furniture", () => {
  it.each([
    "对每一起事故都要层层追问责任。",
    "要通过电话、网络在线等方式，畅通群众举报渠道。",
    "去年收集的58条意见建议已采纳42条。",
    "基层急求的是政策和资金支持。",
    "10楼以上的高层住宅要全部配齐烟感报警器。",
    "1#高炉要加强煤气泄漏监测和报警。",
    "地板、墙面装修材料必须达到防火标准。",
    "◆坚持人民至上、生命至上",
    "今天，市委副书记、市长王某某同志亲自出席会议并作重要讲话，充分体现了市委、市政府对安全生产工作的高度重视。",
    "省政府安委会的通报原文如下：",
    "各单位要通过公文网及时报送隐患排查情况，作文在线展示活动要同步开展。",
    "（温馨提示：请各位家长务必提醒孩子不要私自下河游泳）",
    "严禁在加油站内拍摄",
    "风险管控按照红>橙>黄>蓝四级",
  ])("keeps %s", (line) => {
    expect(kept([TITLE, "同志们：", OPENING, line, BODY])).toContain(normaliseText(line).trim());
  });

  it("keeps the titles of a collection whose speeches share one, and a short 致辞 beside a long speech", () => {
    const T = "在安全生产工作会议上的讲话";
    const speech = (a: string, b: string) => [T, "同志们：", a, b, "谢谢大家！"];
    const collection = mineText(
      [...speech(OPENING, BODY), ...speech(BODY2, OPENING), ...speech(BODY, BODY2)].join("\n"),
    );
    expect(collection.speeches.map((s) => s.title)).toEqual([T, T, T]);

    const long = [TITLE, "同志们：", OPENING, "一、提高认识", BODY, BODY2, "二、压实责任", BODY, BODY2, OPENING];
    const short = ["在安全生产月启动仪式上的致辞", "同志们：", "今天，全县安全生产月活动正式启动。希望大家共同努力！"];
    expect(mineText([...long, ...short].join("\n")).speeches.map((s) => s.title)).toEqual([
      TITLE,
      "在安全生产月启动仪式上的致辞",
    ]);
  });

  it("reads 第二部分为… in a sentence as text, not as a numbered heading", () => {
    const s = mineText([TITLE, "同志们：", OPENING, "第二部分为今年重点任务，请大家认真抓好落实。", BODY].join("\n"));
    expect(s.speeches[0]!.blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });
});
