import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Where a talk's 第一个，… was read as its outline and was none, as an outside review found it (findings rev-d,
// probes b01–b09): cases, people commended, questions quoted and a host's agenda turns became headings cut after
// their first sentence, a lone 第一个 sentence became one, and a story's list inside a point took over the
// speaker's. Talks written for these tests in the probes' shapes.

const mined = (lines: string[]) => mineText(lines.join("\n")).speeches[0]!.blocks;
const outline = (lines: string[]) => mined(lines).map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P"));
const headings = (lines: string[]) => outline(lines).filter((b) => b.startsWith("H"));
const paragraphs = (lines: string[]) => mined(lines).flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

const HEAD = ["张局长在全县建筑施工安全警示教育会上的讲话（录音整理稿）", "同志们："];
const OPEN =
  "今天这个会，我不念稿子，跟大家讲点实在的。前几个月，全市建筑工地接连出事，我们县也没能幸免，我给大家讲三个事。";
const CLOSING =
  "同志们，安全生产责任重于泰山。希望大家把今天讲的事记在心里，回去以后传达到每一个项目、每一个班组，坚决防范事故。";
const BODY =
  "县住建局质安站要组织三个检查组，7月份对全县在建项目开展一轮全覆盖检查，对发现的重大隐患，一律责令停工整改。";

describe("a talk's 第一个，… that is no outline", () => {
  it("leaves cases, people commended, questions quoted and agenda turns whole paragraphs", () => {
    const lists = [
      [
        "第一个，3月12日下午，城南安置房项目一名木工在6楼临边作业时坠落，当场死亡。事后一查，临边防护栏杆拆了三天了。",
        "第二个，4月27日，县城滨河路一个商住楼工地，塔吊司机违规吊运超重钢筋，导致起重臂折断。这个塔吊的限制器早就被短接了。",
        "第三个，5月19日，青山乡一个农房建设点，两名工人挖了三米多深的基坑，边坡突然坍塌，一人被埋。",
      ],
      [
        "第一个，是执法大队的刘建华同志。今年3月，他在检查中发现城西一家烟花爆竹批发仓库超量储存，当场责令转移。",
        "第二个，是危化股的陈晓梅同志。她一个人负责全县186家危化品企业的日常监管，上半年跑了172家。",
        "第三个，是应急指挥中心的周涛同志。5月份那场暴雨，他连续值守了52个小时，协调调度转移群众1300多人。",
      ],
      [
        "第一个，你们区的企业知不知道液氨制冷是重大危险源？",
        "我们有两家冷库企业，液氨储罐就在车间隔壁，中间只隔了一道彩钢板墙，泄漏报警装置是坏的，负责人还说没事。",
        "第二个，你们的有限空间作业是谁在审批？",
        "一家酱菜厂的腌制池，工人下去清理之前没有通风、没有检测，也没有监护人，车间主任说一直都是这么干的。",
      ],
      [
        "第一个，请安监站刘站长通报一下四月份全镇安全检查的情况。",
        "刘站长把情况通报得很详细了。四月份全镇一共检查企业36家、自建房210户，发现隐患58处，还有12处没整改完。",
        "第二个，请各村支书把本村汛前排查的情况简单说一说，每个村不超过三分钟。",
        "各村讲的情况我都记下来了。总的看，大部分村排查是认真的，但白岩村、龙潭村的台账还不完整，会后要补齐。",
      ],
    ];
    for (const list of lists) {
      const lines = [...HEAD, OPEN, ...list, BODY, CLOSING];
      expect(headings(lines)).toEqual([]);
      for (const p of list) expect(paragraphs(lines)).toContain(p);
    }
  });

  it("leaves a speech's unnumbered headings read beside a list of cases (no outline number of its own)", () => {
    const own = [
      "认清形势，绷紧安全生产这根弦",
      "突出重点，全面排查整治各类风险隐患",
      "压实责任，确保各项措施落到实处",
    ];
    const cases = [
      "第一个，3月12日下午，城南安置房项目一名木工在6楼临边作业时坠落，当场死亡。事后一查，临边防护栏杆拆了三天了。",
      "第二个，4月27日，县城滨河路一个商住楼工地，塔吊司机违规吊运超重钢筋，导致起重臂折断。这个塔吊的限制器早就被短接了。",
    ];
    const lines = [...HEAD, OPEN, own[0]!, BODY, ...cases, own[1]!, BODY, own[2]!, BODY, CLOSING];
    expect(headings(lines)).toEqual(own.map((h) => `H1 ${h}`));
  });

  it("leaves a lone 第一个 sentence a paragraph when the list goes on with 再一个 / 还有就是", () => {
    const lone = "第一个，后山那片坡，住在坡底下的七户人家，雨一大就要组织他们搬到村委会来住，这个事由村主任亲自负责。";
    const lines = [...HEAD, OPEN, "我想了想，今年咱们村防汛，有几个地方是最要紧的，大家一起记一记，回去以后分头去办。"];
    lines.push(lone, `再一个，河边那条机耕路，去年冲垮了一截，这个要在月底前找镇里协调修好。${BODY}`, CLOSING);
    expect(headings(lines)).toEqual([]);
    expect(paragraphs(lines)).toContain(lone);
  });

  it("reads the speaker's points, not a story's list run on inside his first point", () => {
    const story =
      "第二个，是去年十月，石门村有人烧田埂，没人看着，火顺着田坎烧到了山脚，幸亏发现得早。两起火，都是人为用火引起的。";
    const lines = [...HEAD, OPEN, "第一个，今年的形势比往年严。", BODY];
    lines.push(
      "去年全乡发生了两起山火，我跟大家说一说。第一个，是去年清明当天，大坪村一个老人上坟烧纸，火就跑到山上去了。",
    );
    lines.push(story, "第二个，进山路口一个都不能漏。", BODY, "第三个，扑火的准备要做足。", BODY, CLOSING);
    expect(headings(lines)).toEqual([
      "H1 第一个，今年的形势比往年严。",
      "H1 第二个，进山路口一个都不能漏。",
      "H1 第三个，扑火的准备要做足。",
    ]);
    expect(paragraphs(lines)).toContain(story);
  });
});

describe("a talk's 第一个，… points as a transcript gives them", () => {
  it("reads 第一个呢，/ 第三个就是， as the points, the speaker's words kept", () => {
    const lines = [...HEAD, OPEN, "第一个呢，要把水害的底数摸清楚。", BODY, "第二个呢，排水系统一定要保证能用。", BODY];
    lines.push("第三个就是，探放水要严格落实“有掘必探”。", BODY, CLOSING);
    expect(headings(lines)).toEqual([
      "H1 第一个呢，要把水害的底数摸清楚。",
      "H1 第二个呢，排水系统一定要保证能用。",
      "H1 第三个就是，探放水要严格落实“有掘必探”。",
    ]);
  });

  it("keeps 第一个，… under 一、 as its run-in points, a level down", () => {
    const lines = [...HEAD, OPEN, "一、客观看待2023年的安全生产工作", BODY];
    lines.push("第一个，安全发展理念还没有真正树牢。有的单位口头上讲安全第一，实际工作中还是效益第一、进度第一。");
    lines.push(
      "第二个，安全管理基础还不扎实。全年各类检查发现隐患1346项，其中重复发生的占到31%，根子上的问题没有解决。",
    );
    lines.push("二、准确把握2024年面临的形势", BODY, CLOSING);
    expect(headings(lines)).toEqual([
      "H1 一、客观看待2023年的安全生产工作",
      "H2 第一个，安全发展理念还没有真正树牢。",
      "H2 第二个，安全管理基础还不扎实。",
      "H1 二、准确把握2024年面临的形势",
    ]);
  });
});
