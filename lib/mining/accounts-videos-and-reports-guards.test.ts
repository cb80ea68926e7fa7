import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { speechGenre } from "./genre";
import { mineText } from "./text-pipeline";

// The speech's own lines that look like the shapes noise-accounts-videos-and-reports.test.ts reads as a page's (a
// reviewer's findings): a spoken 敲黑板！, sayings cast alike inside one section, a 通报 the speaker cites, a film's
// 原声 line in a 警示教育 speech. Written for these tests in the style of those pages.

describe("a speaker's own 敲黑板！ / 重点来了： before he says a point again", () => {
  const rule =
    "上学期隔壁学校有学生把电动车电池拿回宿舍充电，半夜起火，一层楼都熏黑了。所以我再说一遍：电动车不准进楼道，电池不准带回宿舍充电。";
  const again = "电动车不准进楼道，电池不准带回宿舍充电。";

  it("keeps the bare spoken line and the sentence under it", () => {
    for (const spoken of ["敲黑板！", "重点来了："]) {
      const texts = textsOf([...COUNTY_SPEECH_HEAD, rule, spoken, again, ...COUNTY_SPEECH_REST]);
      expect(texts).toContain(spoken);
      expect(texts).toContain(again);
    }
  });

  it("never takes the title for the paragraph a box says again", () => {
    const motto = "宁听骂声不听哭声";
    const page = [
      `${motto}——在全乡防汛工作会议上的讲话`,
      ...COUNTY_SPEECH_HEAD.slice(1),
      "▍划重点",
      `${motto}。`,
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(`${motto}。`);
  });

  it("still drops a 【金句】 box whose sentence a paragraph says", () => {
    const said = "隐患就是事故，发现了不整改，就等于在事故现场埋了一颗雷，迟早要炸。各村各企业务必立查立改。";
    const boxed = "隐患就是事故，发现不整改就等于埋了一颗雷，迟早要炸。";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, said, "【金句】", boxed, ...COUNTY_SPEECH_REST]);
    expect(texts).toContain(said);
    expect(texts).not.toContain(boxed);
  });
});

describe("sayings cast in one mould inside one section", () => {
  const HEAD = ["在全镇森林防火工作会议上的讲话", "镇长　×××", "同志们："];
  const headings = (lines: string[]) =>
    mineText(lines.join("\n"))
      .speeches.flatMap((s) => s.blocks)
      .filter((b) => b.kind === "heading")
      .map((b) => b.text);
  const sayings = ["要把火源当成火情来对待", "要把巡山当成守家来对待", "要把演练当成实战来对待"];
  const under = [
    "各村要在进山路口设卡，逐人登记，没收火种，对上坟烧纸、野外吸烟的，发现一起处理一起，绝不能睁一只眼闭一只眼。",
    "一是护林员每天至少巡山两遍，二是重点林区要装上监控探头，三是巡查记录要每天报到镇林业站，做到有据可查。",
    "扑火队要集中住宿、随时待命，风力灭火机、二号工具要检修到位，每个村都要组织一次扑火演练，确保拉得出、打得赢。",
  ];
  const series = sayings.flatMap((s, k) => [s, under[k]!]);

  it("leaves them the points of a 其次，… section announced above them (这里我再强调三句话)", () => {
    const page = [
      ...HEAD,
      "今天召开全镇森林防火工作会议，主要是对今冬明春森林防火工作进行再部署。我讲三个方面的意见。",
      "首先，要清醒认识今年防火形势。今年入冬以来全镇降水偏少五成，林下可燃物积累多，火险等级一直居高不下，大家不能掉以轻心。",
      "其次，要扎实做好防火各项措施。措施落得实不实，直接决定今年能不能守住不发生森林火灾的底线，这里我再强调三句话。",
      ...series,
      "最后，要严明防火工作纪律。对擅离职守、工作不力造成火灾的，要依规依纪严肃追究有关人员的责任，决不姑息。",
      COUNTY_CLOSING,
    ];
    expect(headings(page)).toEqual([]);
  });

  it("leaves them lines of a section whose own heading stands above them and another below", () => {
    const page = [
      ...HEAD,
      "今天召开全镇森林防火工作会议，主要是对今冬明春森林防火工作进行再部署，请各村会后抓紧传达落实到每个护林员。",
      "认清形势，切实增强森林防火的紧迫感",
      "今年入冬以来全镇降水偏少五成，林下可燃物积累多，火险等级一直居高不下，一些村干部却认为防火是林业站一家的事。",
      ...series,
      "突出重点，扎实开展火灾隐患排查整治",
      "一是抓好坟山周边清理，二是抓好林区农事用火管理，三是抓好输电线路巡护。各村要拿出具体方案，确保见到实效。",
      COUNTY_CLOSING,
    ];
    expect(headings(page).filter((h) => sayings.includes(h))).toEqual([]);
  });
});

describe("a 通报 the speaker tells people to study", () => {
  const lead = "一、抓好会议精神传达";
  const cited = "市安委办主任在全市森林防火工作会议上的情况通报";

  it("keeps the line under 学习： with a sentence about it as the speech's own", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      lead,
      "市里的会开过了，材料已经发到各乡镇。其中有一份请大家会后组织班子成员认真学习：",
      cited,
      "这份通报点了我县三个乡镇的名，大家要对照通报的问题，一条一条查找差距，不能当成别人的事。",
      ...COUNTY_SPEECH_REST,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toContain(cited);
  });

  it("never lets a listed 通报 vanish: it ends in a block", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      lead,
      "会后，各乡镇要组织班子成员认真学习以下两份材料，逐条对照，抓好落实：",
      "市长在全市森林防火工作会议上的讲话",
      cited,
      "学习要结合实际，把市里通报的问题和我们自己的问题对照起来，一条一条找差距，不能照本宣科。",
      ...COUNTY_SPEECH_REST,
    ];
    const mined = mineText(page.join("\n"));
    const kept = mined.speeches.flatMap((s) => [s.title, ...s.blocks.map((b) => b.text)]);
    expect([...kept, ...mined.removed.map((r) => r.text)]).toContain(cited);
  });

  it("reads a 通报 given at a meeting as a 讲话, a 关于…的情况通报 as a document", () => {
    const blocks = [{ text: "受市安委会委托，我把上半年全市安全生产情况通报如下。" }];
    expect(speechGenre({ title: "在全市安委会第二次全体会议上的情况通报", blocks })).toBe("讲话");
    expect(speechGenre({ title: "关于全市上半年安全生产工作的情况通报", blocks })).toBe("通知/方案");
  });
});

describe("a 警示教育 speech reading out a film's 原声", () => {
  it("keeps the line naming whose voice the quotation is", () => {
    const credit = "原声—事故矿井矿长";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "刚才大家看了警示片，片子最后有一段采访，我把原话给大家念一念：",
      credit,
      "“那天我要是听了安全员的话，把人撤出来，就不会是这个结果……”",
      "这段话，在座的每一位企业负责人都要好好想一想，侥幸心理是安全生产最大的敌人。",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toContain(credit);
  });
});
