import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 25's: a county site's article paged by its pager, a meeting's
// materials under their agenda, a document site's rated reviews, an app's and an account's ads, a 公众号's talks of
// team leaders each signed below, a forum's buttons.
const TITLE = "在全县防汛暨汛期安全生产工作会议上的讲话";
const OPENING =
  "今天召开全县防汛暨汛期安全生产工作会议，主要任务是部署今年的防汛和汛期安全生产工作。刚才，县水利局通报了汛前检查情况，我都同意。";
const BODY = [
  "去年汛期，全县共发生强降雨过程九次，部分乡镇山洪和内涝造成一定损失，病险水库和地质灾害隐患点仍然不少。",
  "各乡镇、各有关部门要对辖区内的水库、山塘、河道堤防和在建工地开展一次拉网式排查，建立台账，限期整改到位。",
  "县应急、水利、自然资源等部门要加强督查，对责任不落实、整改不到位的，依法依规严肃追责问责。",
  "各乡镇党委、政府主要负责同志是本地区防汛第一责任人，要亲自部署、亲自检查，层层压实责任。",
];
const CLOSING = "同志们，防汛工作人命关天，希望大家迅速行动起来，确保安全度汛。";
const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("an article paged by the site's pager", () => {
  it("removes the pager and the notes at each cut, reads the head printed again, and joins a paragraph cut there", () => {
    const cutAt = 30;
    const page = [
      TITLE,
      "发布时间：2024-05-28 09:15　浏览次数：1375",
      "（2024年5月24日）",
      "同志们：",
      OPENING,
      BODY[0]!,
    ];
    page.push(
      "（未完，请看下一页）",
      "第1页　第2页　第3页　下一页",
      "",
      TITLE,
      "发布时间：2024-05-28 09:15　浏览次数：1376",
    );
    page.push(BODY[1]!, `${BODY[2]!.slice(0, cutAt)}（未完，请看下一页）`, "上一页　第1页　第2页　第3页　下一页", "");
    page.push(BODY[2]!.slice(cutAt), BODY[3]!, CLOSING, "上一页　第1页　第2页　第3页");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, "第1页　第2页　第3页　下一页")).toBe("页码");
  });
});

describe("a meeting's materials under their agenda", () => {
  it("removes the agenda's numbered items, which are no outline of the speeches under it", () => {
    const page = ["会议议程", "一、县应急管理局局长通报去年全县安全生产情况", "二、县长与各乡镇签订目标责任书"];
    page.push(
      "三、县长×××讲话",
      "",
      "第一篇：讲话",
      TITLE,
      "同志们：",
      OPENING,
      "一、认清形势",
      BODY[0]!,
      "二、压实责任",
    );
    page.push(BODY[3]!, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const headings = mined.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual(["一、认清形势", "二、压实责任"]);
    expect(removalReason(mined.removed, "三、县长×××讲话")).toBe("会议议程");
  });
});

describe("a page's reviews and ads", () => {
  it("removes rated reviews, a Word file's note, an app's labelled ad and an account's promotion", () => {
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, "广告　夏季空调清仓特卖，到手价1299元起　查看详情", BODY[1]!];
    page.push("温馨提示：本文为Word文档，下载后可自由编辑修改。", BODY[2]!, BODY[3]!, CLOSING, "");
    page.push("▲ 关注公众号“笔下生花”回复“防汛”领取《防汛讲话素材50篇》", "", "文档评论（2）");
    page.push(
      "★★★★★　用户138****0021　2024-06-02",
      "写得很实在，改改就能用。",
      "★★★☆☆　匿名用户　2024-06-09",
      "下载还要券，差评。",
    );
    const texts = blocksOf(page);
    expect(texts).toEqual([OPENING, ...BODY, CLOSING]);
  });
});

describe("a 公众号's talks of team leaders", () => {
  const talk = (shift: string) => [
    `兄弟们，早上好。开工前占用大家五分钟，说说${shift}的安全。`,
    `上周${shift}检修完，有人没把阀门状态交代清楚，接班的直接启泵，差点出了事。从今天开始，交接班必须当面交清、签字确认。`,
  ];
  it("makes each numbered item a speech, its signature below it the speaker", () => {
    const page = [
      "五位班长的“班前五分钟”",
      "",
      "01｜交接班，不能把隐患交出去",
      ...talk("夜班"),
      "——机修车间 班长 刘××",
      "···",
    ];
    page.push("02｜雨季前，先把电气隐患清一遍", ...talk("早班"), "——电仪车间 班长 陈××", "···");
    // (A title that names a phone is no contact line.)
    page.push("03｜装卸车时，别让手机“分了心”", ...talk("中班"), "——储运车间 班长 王××");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.speaker])).toEqual([
      ["交接班，不能把隐患交出去", "机修车间班长刘××"],
      ["雨季前，先把电气隐患清一遍", "电仪车间班长陈××"],
      ["装卸车时，别让手机“分了心”", "储运车间班长王××"],
    ]);
    expect(mined.speeches.map((s) => s.blocks.length)).toEqual([2, 2, 2]);
  });

  it("leaves a speech whose parts are numbered the same way, unsigned, as one", () => {
    const page = [TITLE, "同志们：", OPENING, "01｜认清形势", BODY[0]!, "02｜压实责任", BODY[3]!, CLOSING];
    expect(mineText(page.join("\n")).speeches).toHaveLength(1);
  });
});

describe("a forum's buttons under a post", () => {
  it("removes a row of them written without spaces", () => {
    const page = [TITLE, "同志们：", OPENING, ...BODY, CLOSING, "回复引用举报评分"];
    const mined = mineText(page.join("\n"));
    expect(removalReason(mined.removed, "回复引用举报评分")).toBe("论坛界面文字");
  });
});
