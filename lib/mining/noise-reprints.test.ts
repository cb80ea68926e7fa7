import { describe, expect, it } from "vitest";
import { removalReason, removeNoiseFromPage } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of the sites of set 7: a government portal that reprints a speech,
// an aggregator that reposts a 公众号 article, a 文库 preview, a writing site with its studio's name, a forum whose
// posts carry an author's card, a page saved from a phone.
const TITLE = "在全县汛期安全生产工作会议上的讲话";
const OPENING = "今天召开全县汛期安全生产工作会议，主要任务是分析汛期安全形势，部署防汛和安全生产重点工作。";
const BODY = "各乡镇要对山洪沟道、地质灾害隐患点和病险水库逐一开展排查，落实巡查责任人，发现险情立即组织群众转移。";
const BODY2 = "县应急管理局要会同水利、自然资源等部门开展联合检查，对检查发现的问题建立台账，限期整改到位。";
const CLOSING = "同志们，防汛工作责任重于泰山，希望大家守土尽责，确保全县安全度汛。";
const SPEECH = [
  TITLE,
  "副县长　×××",
  "（2024年6月3日）",
  "同志们：",
  OPENING,
  "一、抓好隐患排查",
  BODY,
  BODY2,
  CLOSING,
];

describe("pages that reprint a speech", () => {
  it("a portal's caption with its credit, its phone and link lines after the speech", () => {
    const caption = "（图为各乡镇负责同志在分会场参加会议。记者 ××× 摄）";
    const page = ["××县人民政府", ...SPEECH.slice(0, 6), caption, ...SPEECH.slice(6)];
    page.push("【打印本页】　【关闭窗口】　【收藏】", "扫一扫在手机打开当前页", "");
    page.push("相关链接：应急管理部 | ××省人民政府 | ××市人民政府", "网站地图 | 联系我们 | 隐私声明");
    page.push("主办单位：××县人民政府办公室", "网站标识码：××××××××××");
    const { kept, removed } = removeNoiseFromPage(page);
    expect(removalReason(removed, caption)).toBe("图片说明");
    expect(kept[kept.length - 1]).toBe(CLOSING);
    expect(kept).toContain(BODY2);
  });

  it("an aggregator's headline, account line, 原标题, 编者按 and a lone ▲ caption", () => {
    const page = [
      "聚合号　首页　新闻　政务",
      "",
      "副县长：全力以赴守牢汛期安全底线",
      "",
      "××应急发布　2024-06-04 08:17　发布于××省　+ 关注",
      "",
      "原标题：【重磅】副县长×××在全县汛期安全生产工作会议上的讲话（全文）",
      "",
      "编者按：6月3日，全县汛期安全生产工作会议召开。现将讲话全文推送，供大家学习参考。",
      "",
      "▲ 6月3日，全县汛期安全生产工作会议召开。（图源：××县融媒体中心）",
      "",
      ...SPEECH,
    ];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    const [speech] = mined.speeches;
    expect(speech!.title).toBe(TITLE);
    expect(speech!.speaker).toBe("副县长×××");
    expect(speech!.blocks[0]!.text).toBe(OPENING);
    const reasons = mined.removed.map((r) => r.reason);
    expect(reasons).toEqual(expect.arrayContaining(["编者按", "网页标签信息", "图片说明"]));
  });

  it("keeps ▲ points that follow each other, and a speech's own 按 in a sentence", () => {
    const points = ["▲压实乡镇属地责任，把巡查落实到每一处隐患点", "▲强化部门联动，推动力量下沉到防汛一线"];
    const { kept } = removeNoiseFromPage([TITLE, "同志们：", OPENING, ...points, BODY]);
    for (const p of points) expect(kept).toContain(p);
    expect(removeNoiseFromPage([TITLE, "同志们：", "编者按照要求整理的材料已经印发。", BODY]).kept).toContain(
      "编者按照要求整理的材料已经印发。",
    );
  });

  it("a 通知 that prints the speech, known by its own title when its letter was cut as a news lead", () => {
    const note = [
      "××县安全生产委员会办公室文件",
      "",
      "关于印发×××同志在全县汛期安全生产工作会议上的讲话的通知",
      "",
      "各乡镇人民政府，县安委会各成员单位：",
      "6月3日，县政府召开全县汛期安全生产工作会议，副县长×××同志出席会议并讲话。",
      "各单位贯彻落实情况请于6月20日前报送县安委办。",
      "",
      "××县安全生产委员会办公室",
      "2024年6月5日",
      "",
    ];
    const mined = mineText([...note, ...SPEECH].join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(TITLE);
    expect(mined.removed.map((r) => r.text)).toContain("关于印发×××同志在全县汛期安全生产工作会议上的讲话的通知");
  });
});

describe("sites' own marks", () => {
  it("a writing studio's name stamped into sentences, and its （本文由…整理） note", () => {
    const page = [
      "墨笔文苑——专注公文写作素材服务",
      TITLE,
      "同志们：",
      "各乡镇要结合我墨笔文苑县实际，对山洪沟道逐一开展排查，落实巡查责任人。",
      `${BODY2}（本文由墨笔文苑moby××.com整理）要加强值班值守。`,
      CLOSING,
      "Copyright © 2019-2024 墨笔文苑 版权所有",
    ];
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain("各乡镇要结合我县实际，对山洪沟道逐一开展排查，落实巡查责任人。");
    expect(kept).toContain(`${BODY2}要加强值班值守。`);
  });

  it("a comment box's button and notice, and a phone page's follow button and ad cards", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "广告 · 不感兴趣",
      "暑期特惠｜家用净水器直降300元",
      "××电器 · 查看详情 >",
    ];
    page.push("", BODY2, CLOSING, "", "发表评论", "[提交评论]　请自觉遵守网络道德，文明上网，理性发言。");
    const { kept, removed } = removeNoiseFromPage(["+ 关注", "", ...page]);
    expect(kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2, CLOSING]);
    expect(removalReason(removed, "暑期特惠｜家用净水器直降300元")).toBe("广告");
  });

  it("a forum's author cards above each post", () => {
    const card = (name: string, floor: string) => [name, "版主", "等级：Lv.7 笔耕不辍", "帖子 812 | 积分 9021", floor];
    const page = [
      ...card("笔杆子老李", "1楼"),
      "发表于 2024-6-4 08:47:21 | 只看该作者",
      "",
      TITLE,
      "同志们：",
      OPENING,
    ];
    page.push(
      BODY,
      CLOSING,
      "",
      ...card("小城文秘", "2楼"),
      "发表于 2024-6-4 09:30:06",
      "",
      "写得实在，收藏了，谢谢分享！",
    );
    const { kept } = removeNoiseFromPage(page);
    for (const line of ["笔杆子老李", "小城文秘", "版主", "等级：Lv.7笔耕不辍"]) expect(kept).not.toContain(line);
    expect(kept).toEqual(expect.arrayContaining([TITLE, OPENING, BODY, CLOSING]));
  });
});

describe("previews and phone pages", () => {
  it("a preview's page breaks drawn as rules, with the running header, and the text flows across", () => {
    const rule = (n: number) => `──────────── 第 ${n} 页 / 共 3 页`;
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      "一、抓好隐患排查",
      "各乡镇要对山洪沟道、地质灾害隐患点和病险水库逐一排查、逐一",
    ];
    page.push(
      rule(1),
      TITLE,
      "登记，落实巡查责任人，发现险情立即组织群众转移。",
      BODY2,
      rule(2),
      TITLE,
      CLOSING,
      rule(3),
    );
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    const cut =
      "各乡镇要对山洪沟道、地质灾害隐患点和病险水库逐一排查、逐一登记，落实巡查责任人，发现险情立即组织群众转移。";
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, "一、抓好隐患排查", cut, BODY2, CLOSING]);
  });

  it("lines wrapped at a phone's narrow width between blank lines are joined, a wrapped heading too", () => {
    const wrap = (s: string) => s.match(/.{1,19}/g)!;
    const paras = [
      OPENING,
      BODY,
      BODY2,
      "要严格落实汛期24小时值班和领导带班制度，值班人员必须在岗在位，确保信息畅通、指挥有力。",
      CLOSING,
    ];
    const page = [TITLE, "", "同志们：", ""];
    paras.forEach((p, k) => {
      page.push(...wrap(p), "");
      if (k === 0) page.push("第一，正视问题，清醒认识汛期安全面临", "的严峻形势", "");
    });
    const blocks = mineText(page.join("\n")).speeches[0]!.blocks;
    expect(blocks.map((b) => b.text)).toEqual([
      OPENING,
      "第一，正视问题，清醒认识汛期安全面临的严峻形势",
      ...paras.slice(1),
    ]);
    expect(blocks[1]!.kind).toBe("heading");
  });

  it("a heading glued to its first sub-item in a joined preview", () => {
    const line = `${OPENING}一、认清形势，切实增强做好汛期安全工作的紧迫感（一）全县汛期安全总体情况。${BODY}（二）当前存在的突出问题。${BODY2}`;
    const blocks = mineText([TITLE, "同志们：", line].join("\n")).speeches[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => [b.level, b.text])).toEqual([
      [1, "一、认清形势，切实增强做好汛期安全工作的紧迫感"],
      [2, "（一）全县汛期安全总体情况。"],
      [2, "（二）当前存在的突出问题。"],
    ]);
  });
});
