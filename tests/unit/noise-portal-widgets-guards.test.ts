import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";
import { markPortalWidgets, cutOutletTags } from "../../lib/mining/noise-portal-widgets";
import type { Ctx } from "../../lib/mining/noise-fragments";

// Guards for noise-portal-widgets.ts: a speech's own lines in the shapes of a portal's chrome (a part heading or a
// saying said once between two points, an award list of reporters, a quoted robot, a guide's 图为…, a credited photo
// the speaker shows, the speech's own outlets in brackets, its own 【典型案例】 labels) stay. Pages written for
// these tests.
const joined = (lines: string[]) =>
  mineText(lines.join("\n"))
    .speeches.flatMap((s) => s.blocks.map((b) => b.text))
    .join("\n");
const untouched = (lines: string[], verdict: (string | null)[] = Array(lines.length).fill(null)) =>
  expect(markPortalWidgets(lines, [...verdict])).toEqual(verdict);

const HEAD = ["在全县防汛工作会议上的讲话", "县长　韩立松", "同志们：", "今天召开会议，安排部署今年的防汛工作。"];
const ONE = [
  "一、压实防汛责任",
  "各乡镇要把防汛责任落实到村到组到人，汛期实行二十四小时值班，主要负责同志必须在岗在位。",
];
const TWO = ["二、抓好隐患排查", "水利部门要对全县病险水库逐座排查，发现问题立即整改，整改不到位的一律降低水位运行。"];

describe("a line said once between two points of the outline", () => {
  it("keeps a part heading that opens the second half of the outline", () => {
    untouched([...HEAD, "上篇今年形势研判", ...ONE, "下篇今年汛期重点工作", ...TWO]);
  });

  it("keeps the motto the sentence above announces", () => {
    const lines = [
      ...HEAD,
      ...ONE.slice(0, 1),
      "防汛工作人命关天，这些年我在每次防汛会上都讲同一句话，今天还要再讲一遍，请大家牢牢记住这句话。",
      "宁可十防九空不可失防万一",
      ...TWO,
    ];
    untouched(lines);
    expect(joined(lines)).toContain("宁可十防九空不可失防万一");
  });
});

describe("a byline's and a caption's shapes inside the speech", () => {
  const HOST = ["全市优秀通讯员表彰会主持词", "同志们：", "下面宣读表彰名单。获得“优秀通讯员”称号的是："];
  it("keeps the names of reporters read out in an award list", () => {
    untouched([...HOST, "记者　孙海涛　通讯员　林美玉", "摄影　赵刚　摄像　李敏", "请以上同志上台领奖。"]);
  });

  it("keeps the speaker's exhortation to reporters and correspondents", () => {
    untouched([...HEAD, ...ONE.slice(0, 1), "记者多进村入户通讯员多动手写"]);
  });

  it("keeps a photo the host presents, credited to its author", () => {
    untouched([...HOST, "一等奖作品《晨雾》。画面中，渔船在薄雾里缓缓出港。（通讯员 周立新 摄）"]);
  });

  it("keeps a guide's 图为 with the event it shows", () => {
    const guide = ["“红色记忆”图片展讲解词", "各位来宾：", "欢迎参观图片展。"];
    untouched([...guide, "图为1921年7月中共一大会址。7月23日，中国共产党第一次全国代表大会在上海召开，13名代表出席。"]);
  });

  it("still takes a byline and a credited caption over the speech", () => {
    const lines = ["记者 孙海涛　通讯员 林美玉", "会议召开。县长韩立松作出部署。（记者 孙海涛 摄）", ...HEAD];
    expect(markPortalWidgets(lines, Array(lines.length).fill(null)).slice(0, 2)).toEqual(["来源作者信息", "图片说明"]);
  });
});

describe("a robot's greeting quoted by the speaker", () => {
  it("keeps the greeting with the speaker's own comment and the question after it", () => {
    untouched([
      ...HEAD,
      "您好！我是县政务服务智能客服“小禾”，可以为您解答户籍、社保等事项。这句话去年在大厅里响了八万次。",
      "热门问题：办居住证要带什么材料？",
    ]);
  });

  it("keeps a quoted greeting with no box around it", () => {
    const lines = [
      ...HEAD,
      "您好，我是县热线智能客服，有什么可以帮您？请说出您要办理的事项。",
      "这句话，不少群众听了直摇头。",
    ];
    untouched(lines);
  });
});

describe("brackets of the speech's own", () => {
  it("keeps an outlet named as the object of a verb, and a list of outlets", () => {
    const ctx: Ctx = { removed: [] };
    for (const t of [
      "要用好【江南发布】微信公众号和【江南融媒】抖音号。",
      "通过【学习强国】、【江南发布】等平台广泛宣传。",
    ])
      expect(cutOutletTags(t, 1, ctx)).toBe(t);
  });

  it("keeps the speech's case labels when the site's list under it has the same label", () => {
    const lines = ["【典型案例】", "某局原局长在工程发包中为他人谋利，受到开除党籍处分。", "相关专题", "【典型案例】"];
    untouched(lines, [null, null, "网站杂质", "网站杂质"]);
  });
});
