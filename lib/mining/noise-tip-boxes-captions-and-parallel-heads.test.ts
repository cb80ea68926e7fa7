import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 127's: a 街道 服务号 article with 图丨 captions and headings under
// 01/02 marks, a 开发区 site whose body lost its breaks (a ▲ caption and （一）（二） heads glued into one line), an
// intranet's 员工评论 with 工号 lines, a builder's 公众号 talk with 安全小贴士 boxes between its parts.

const texts = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const outline = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) =>
    s.blocks.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P")),
  );

const TITLE = "在全镇夏季防汛和用电安全工作会议上的讲话";
const OPENING =
  "今天召开全镇夏季防汛和用电安全工作会议，主要是把上级的部署要求传达到位，对下一阶段的工作作出安排。下面，我讲两点意见。";
const P1 = "我们镇地处河谷，汛期来得早、雨量集中，去年七月一场暴雨就冲毁了两段村道，所幸转移及时，没有造成人员伤亡。";
const P2 = "入夏以来，镇里已经接报电动车充电起火三起，都是群众图省事把车推进楼道、从窗口拉线充电引起的，教训十分深刻。";
const P3 =
  "各村要在本周内把山塘、河堤和地质灾害点的巡查责任人全部落实到位，名单张贴在村务公开栏，做到人员在岗、责任在肩。";
const P4 = "供电所要联合各村对集中充电点逐一检查，发现飞线充电的当场劝导整改，拒不整改的要通报所在村和单位，形成震慑。";
const CLOSING = "同志们，防汛和用电安全关系群众生命财产安全，希望大家把各项措施抓实抓细，确保全镇平安度汛、平稳度夏。";

describe("a 公众号's 图丨 caption between paragraphs and its headings under number marks", () => {
  const page = [
    TITLE,
    "同志们：",
    OPENING,
    "",
    "01",
    "认清形势，时刻把“防汛用电”记在心上",
    "",
    P1,
    "",
    "图丨会上，与会人员观看了防汛抢险演练视频",
    "",
    P2,
    "",
    "02",
    "压实责任，把各项措施落到村组",
    "",
    P3,
    "",
    P4,
    "",
    CLOSING,
  ];

  it("removes the caption and reads the heading with a quoted term as the outline", () => {
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, "图丨会上，与会人员观看了防汛抢险演练视频")).toBe("图片说明");
    expect(outline(page).filter((b) => b.startsWith("H"))).toEqual([
      "H1 认清形势，时刻把“防汛用电”记在心上",
      "H1 压实责任，把各项措施落到村组",
    ]);
  });

  it("keeps a speech's sentence opening with 图 and a quotation that is no heading", () => {
    const drawing = "图纸会审时，设计单位要把防洪排涝的要求讲清楚，施工单位要逐条落实，不能图省事。";
    const quoted = "他说“这条河几十年没涨过水”，我看未必";
    const out = texts([TITLE, "同志们：", OPENING, "", drawing, "", quoted, "", P1, "", P2, "", CLOSING]);
    expect(out).toContain(drawing);
    expect(outline([TITLE, "同志们：", OPENING, "", quoted, "", P1, "", P2, "", CLOSING])).not.toContain(
      `H1 ${quoted}`,
    );
  });
});

describe("an intranet's 员工评论（共N条） over comments dated with the employee's 工号", () => {
  it("removes the comments under the header after the speech's end", () => {
    const comments = [
      "工号120033　掘进二队　2024-08-02 09:15",
      "镇里讲的“飞线充电要当场劝导”，我们宿舍区今天就开始清理。",
      "工号130587　后勤服务中心　2024-08-02 10:40",
      "希望把巡查责任人名单也发到各班组群里，方便大家联系。",
    ];
    const mined = mineText([TITLE, "同志们：", OPENING, P1, P3, CLOSING, "员工评论（共2条）", ...comments].join("\n"));
    for (const line of [comments[1]!, comments[3]!]) expect(removalReason(mined.removed, line)).toBeDefined();
  });

  it("keeps a speech's paragraph about its employees' comments", () => {
    const own = "职工评论说，充电点离宿舍太远，这个意见我们要认真研究，能解决的尽快解决。";
    expect(texts([TITLE, "同志们：", OPENING, own, P1, P3, CLOSING])).toContain(own);
  });
});

describe("a talk's 安全小贴士 boxes between its parts", () => {
  const tip1 = "雷雨天气不要在大树下、电线杆旁避雨，发现电线落地要远离并及时报告。";
  const tip2 = "电动车要在集中充电点充电，充满后及时断电，严禁推进楼道和室内。";

  it("removes every box the page prints under the same label", () => {
    const page = [TITLE, "同志们：", OPENING, P1, "", "安全小贴士", tip1, "", P2, P3, "", "安全小贴士", tip2, ""];
    const mined = mineText([...page, P4, CLOSING].join("\n"));
    for (const line of ["安全小贴士", tip1, tip2]) expect(removalReason(mined.removed, line)).toBe("小贴士框");
    expect(texts([...page, P4, CLOSING])).toContain(P3);
  });

  it("keeps a label printed once, and tips that are no box (no blank line closes them)", () => {
    const once = [TITLE, "同志们：", OPENING, P1, "", "安全小贴士", tip1, "", P2, P3, P4, CLOSING];
    expect(texts(once)).toContain(tip1);
    const open = [TITLE, "同志们：", OPENING, "", "温馨提示", tip1, P1, P2, "", "温馨提示", tip2, P3, P4, CLOSING];
    expect(texts(open)).toEqual(expect.arrayContaining([tip1, tip2]));
  });
});

describe("a page whose body lost its line breaks", () => {
  it("cuts a ▲ caption between two paragraphs off the text after it", () => {
    const line = `　　${P1} ▲7月8日，镇里召开防汛和用电安全工作会议 ${P2} ${P3}`;
    const mined = mineText([TITLE, "同志们：", line, CLOSING].join("\n"));
    expect(removalReason(mined.removed, "▲7月8日，镇里召开防汛和用电安全工作会议")).toBe("图片说明");
    expect(texts([TITLE, "同志们：", line, CLOSING])).toContain(P2);
  });

  it("keeps a ▲ point that is a sentence in its paragraph", () => {
    const point = "▲各村要在汛前完成一次转移演练，确保群众熟悉撤离路线。";
    const line = `　　${P1} ${point} ${P2}`;
    expect(texts([TITLE, "同志们：", line, CLOSING])).toContain(point);
  });

  it("leaves （一）（二） points that open alike as sentences of their own", () => {
    const points = [
      "（一）突出抓好巡查，各村要安排专人每天巡查一遍，发现险情立即报告。",
      "（二）突出抓好转移，对危旧房屋里的群众要提前转移到安置点，确保不漏一户一人。",
    ];
    const out = texts([TITLE, "同志们：", OPENING, ...points, CLOSING]);
    expect(out.filter((t) => t.startsWith("（"))).toEqual(points);
  });
});
