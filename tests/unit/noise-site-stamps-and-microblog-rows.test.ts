import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a 文库 preview stamping its name and address into a sentence, a 政务 app's share page
// plugging itself inside a paragraph and captioning a picture with a date by 旬, a 微博 long post with its tags, link,
// video card, counts and comments, and a .txt from a 范文 site ending with its 下载说明.
const TITLE = "在全区安全生产工作会议上的讲话";
const OPENING = "今天召开全区安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家守土尽责，确保全区安全形势持续稳定。";
const texts = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a site's stamp and an app's plug inside a sentence", () => {
  it("cuts a bracketed name and address from a wrapped line, keeping its words", () => {
    const stamp = "【青禾文库 wk.qinghe-doc.com】";
    const para =
      "今年的考核办法作了较大调整，在事故控制指标之外，增加了隐患整改率、执法检查量和群众举报办结率等过程性指标，年底考核结果将报区委组织部，作为领导班子和领导干部综合考评的重要依据。各街道要对照新的考核办法，逐项梳理本街道的短板，拿出具体的改进措施，确保各项指标按期完成。";
    const at = para.indexOf("执法检查量");
    const wrapped = (para.slice(0, at) + "\u0000" + para.slice(at)).match(/.{1,30}/gsu)!;
    const page = [TITLE, "同志们：", OPENING, ...wrapped.map((l) => l.replace("\u0000", stamp)), CLOSING];
    expect(texts(page)).toContain(para);
  });

  it("cuts an app's plug for more news, and keeps a speech asking its hearers to use an app", () => {
    const plugged =
      "城市更新项目集中开工，全区在建工地达到86个，交叉作业多，下载“云溪发布”APP，看更多云溪本地新闻外包队伍多。";
    const own = "各企业要组织职工下载“安全云课堂”APP，学习更多岗位安全知识，年底前人均学时不少于十二个。";
    const blocks = texts([TITLE, "同志们：", OPENING, plugged, own, CLOSING]);
    expect(blocks).toContain("城市更新项目集中开工，全区在建工地达到86个，交叉作业多，外包队伍多。");
    expect(blocks).toContain(own);
  });

  it("drops a ▲ caption dated by 旬 under a picture's place holder, and keeps ▲ points of a speech", () => {
    const caption = "▲ 5月上旬，区应急管理局在城南街道开展燃气安全夜查";
    const points = ["▲ 要抓好燃气安全，餐饮场所全部安装报警装置。", "▲ 要抓好电动车充电，老旧小区全部建成集中充电点。"];
    const body = "各街道要对辖区餐饮场所逐一复查，没有整改到位的一律挂牌督办。";
    expect(texts([TITLE, "同志们：", OPENING, body, "[图片]", caption, CLOSING]).join("")).not.toContain("夜查");
    const kept = texts([TITLE, "同志们：", OPENING, ...points, body, CLOSING]).join("");
    for (const p of points) expect(kept).toContain(p.replace(/^▲\s*/, ""));
  });
});

describe("a 微博 long post around a speech", () => {
  it("drops its tags, link, video card, counts and the comments over their rows", () => {
    const last = "6月中旬，公司将组织一次综合应急演练，检验预案到底管不管用。";
    const page = [
      "#安全生产月# 在公司“安全生产月”启动仪式上的讲话",
      "同志们：",
      OPENING,
      last + " O网页链接",
      CLOSING,
      "#安全生产月##青禾化工# @青禾园区应急管理 @江北化工园区",
      "青禾化工的微博视频",
      "收起d",
      "",
      "转发 31",
      "评论 14",
      "赞 207",
      "",
      "按热度",
      "按时间",
      "小周在储运：“安全不是给公司干的，是给家人干的”，说到心里了[赞]",
      "6-5 18:02 来自江苏 回复 赞 12",
      "老吴：演练那天我们车间第一个到位！[哈哈]",
      "6-5 19:45 来自江苏 回复 赞 7",
    ];
    const all = texts(page).join("\n");
    expect(all).toContain(last);
    expect(all).toContain(CLOSING);
    expect(all).not.toMatch(/网页链接|微博视频|#|@|赞 ?207|小周在储运|老吴/);
  });

  it("keeps a speech's own sentence quoting a count and a colleague's words", () => {
    const own = "老吴：演练那天我们车间第一个到位！这是储运车间班长在动员会上的表态，我很赞成。";
    const all = texts([TITLE, "同志们：", OPENING, own, CLOSING]);
    expect(all).toContain(own);
  });
});

describe("a 范文 site's 下载说明 under the speech", () => {
  it("drops the label and its numbered notes", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      CLOSING,
      "",
      "----------------------------------------------",
      "下载说明：",
      "1. 本站范文均由网友投稿或网络整理，版权归原作者所有。",
      "2. 如需Word格式，请登录会员中心重新下载。",
    ];
    expect(texts(page).join("")).not.toMatch(/下载说明|本站范文|会员中心/);
  });
});
