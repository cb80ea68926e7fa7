import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineDocument } from "./mine-document";

// Files written for these tests in the shapes of set 59's: an AI search answer quoting a speech, a chat with an AI
// assistant, a meeting app's transcript, an online document with its comments, a course page, and saved .html pages
// (a document viewer's printed lines, a 范文 site's advert boxes and 导读).

const htmlTexts = async (html: string) =>
  (await mineDocument("page.html", new TextEncoder().encode(html))).speeches.flatMap((s) =>
    s.blocks.map((b) => b.text),
  );

describe("an AI tool's page around a speech", () => {
  it("keeps a speech an AI search quotes whole, cuts its [^1^] marks, drops its reasoning, sources and offer", () => {
    const page = [
      "某某AI搜索 · 让答案有出处",
      "某县县长在全县安全生产工作会议上的讲话全文，帮我找一下原文",
      "已深度思考（用时 8 秒）",
      "用户要的是地方领导讲话原文，应优先检索政府门户网站。",
      "已搜索 9 个网页 · 精选 4 个来源",
      ...COUNTY_SPEECH_HEAD,
      `${COUNTY_CHECK.slice(0, -1)}[^3^]。`,
      ...COUNTY_SPEECH_REST.slice(2),
      "参考来源",
      "1. 在全县安全生产工作会议上的讲话_领导讲话_某某县人民政府",
      "2. 某某县召开安全生产工作会议 - 某某县应急管理局",
      "如有需要，我可以帮你提炼讲话中的重点任务清单。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual([
      ...COUNTY_SPEECH_BLOCKS.slice(0, 3),
      COUNTY_CHECK,
      ...COUNTY_SPEECH_BLOCKS.slice(5),
    ]);
  });

  it("drops an assistant's notes under its draft and a later answer that rewrites a part of it", () => {
    const page = [
      "【我】 2027-04-02 10:21",
      "帮我写一篇县长在全县安全生产工作会议上的讲话稿",
      "【某某AI】 2027-04-02 10:21",
      "好的，以下是为您起草的讲话稿，您可根据实际情况进行调整：",
      ...COUNTY_SPEECH,
      "说明：1. 文中数据为示例，请以实际统计数据为准；",
      "2. 如需调整篇幅，请随时告诉我。",
      "【我】 2027-04-02 10:38",
      "第三部分再写具体点",
      "【某某AI】 2027-04-02 10:39",
      "好的，以下是对第三部分的细化改写，可直接替换原稿相应内容：",
      "三、层层传导压力",
      "（一）属地管理责任要到位。各乡镇要对辖区内企业实行网格化管理。",
      "这样改写后，第三部分增加约300字。需要我再整体润色一遍吗？",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps an assistant's whole rewrite of the draft (以下是修改后的讲话稿：) as a speech", () => {
    const revised = "今天召开全县安全生产工作会议，主要是总结去年工作、部署今年任务，特别是对应急管理提出要求。";
    const page = [
      "【我】 2025-03-02 10:20",
      "帮我写一篇安全生产工作会议上的讲话稿",
      "【AI助手】 2025-03-02 10:21",
      "好的，以下是一篇安全生产工作会议讲话稿，供您参考：",
      ...COUNTY_SPEECH,
      "【我】 2025-03-02 10:25",
      "再正式一点，增加对应急管理的要求",
      "【AI助手】 2025-03-02 10:26",
      "好的，以下是根据您的要求修改后的讲话稿：",
      COUNTY_TITLE,
      "同志们：",
      revised,
      "二、突出重点，狠抓应急管理各项工作落实",
      "要健全应急预案体系，加强应急救援队伍建设，定期组织实战化演练，确保关键时刻拉得出、用得上。",
    ];
    expect(textsOf(page)).toContain(revised);
  });

  it("keeps a quiz question a speech quotes, with no course's label over it", () => {
    const own = [
      "今年的知识竞赛中有这样一道题，我印象很深：",
      "1. 生产经营单位的主要负责人是本单位安全生产工作的（  ）",
      "A. 第一责任人 B. 直接责任人 C. 主要责任人",
      "很多同志答错了，答案是第一责任人。",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).join("\n");
    expect(texts).toContain("生产经营单位的主要负责人是本单位安全生产工作的");
    expect(texts).toContain("第一责任人B.直接责任人");
  });

  it("drops a transcript's header, the chair's last turn and the app's AI minutes below it", () => {
    const page = [
      "某某会记 · 会议转写导出",
      "录音来源：县应急管理局三楼会议室    转写语言：普通话",
      "提示：转写内容由AI自动识别生成，可能存在错漏，请结合录音核对",
      "【智能章节】 00:00 会议开始  03:15 县长讲话",
      "发言人1 00:00:06",
      "好，我们开会了啊。下面请县长讲话。",
      "发言人2 00:03:15",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      "发言人2 00:15:32",
      COUNTY_CHECK,
      COUNTY_DUTY,
      "发言人1 00:58:40",
      "好，县长讲得很具体，大家回去以后要抓紧传达落实，散会。",
      "—————— 会议纪要（AI生成） ——————",
      "会议主题：全县安全生产工作部署",
      "主要内容：",
      "1. 县长分析了当前全县安全生产形势，部署了隐患排查和责任落实工作，要求各乡镇抓好落实。",
      "2. 要求各乡镇对重点行业领域开展排查，建立台账并逐项销号，汛前完成全部整改。",
      "3. 强调落实属地责任和企业主体责任，将安全生产纳入年度考核，对责任不落实的单位严肃问责，绝不姑息迁就。",
      "4. 要求修订完善应急预案，汛前组织一次实战化演练，主汛期严格落实24小时值班值守和领导带班制度。",
      "待办事项",
      "□ 各乡镇：月底前完成风险点排查",
    ];
    expect(textsOf(page)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY]);
  });

  it("cuts an online document's [评论1] anchors when it lists the comments, and reads a course page's text", () => {
    const anchored = `${COUNTY_SITUATION.slice(0, -1)}[评论1]。`;
    const doc = [
      ...COUNTY_SPEECH_HEAD.slice(0, 4),
      anchored,
      ...COUNTY_SPEECH_REST,
      "",
      "评论（1）",
      "评论1  王科长：这里数据再核实。",
    ];
    expect(textsOf(doc)).toContain(COUNTY_SITUATION);
    const course = [
      "守牢安全底线 护航高质量发展——安全生产专题讲座",
      "主讲人：韩某（某市应急管理局局长）",
      "课程时长 35分钟    学时 1.0    学习人数 12406",
      "课程简介：讲座结合典型事故案例，阐述了抓好安全生产工作的方法路径。",
      "视频    文稿    笔记    讨论区（86）",
      "【课程文稿】",
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
      "本课程配套测试题",
      "1. 讲座中提到的有限空间中毒事故，造成伤亡扩大的主要原因是（  ）",
      "A. 设备老化    B. 盲目施救    C. 违规动火    D. 超量储存",
      "已学完，去评价",
    ];
    expect(speechesOf(course).map((s) => s.title)).toEqual(["守牢安全底线护航高质量发展——安全生产专题讲座"]);
    expect(textsOf(course)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });
});

describe("saved .html pages", () => {
  it("rejoins a document viewer's printed lines into paragraphs", async () => {
    const lines = ["在全县安全生产工作会议上的讲话", "同志们："];
    const wrapped = [COUNTY_OPENING, COUNTY_SITUATION].flatMap((p) => p.match(/.{1,26}/g)!);
    const placed = [...lines, ...wrapped]
      .map((t, i) => `<div class="line" style="position:absolute;left:96px;top:${96 + 46 * i}px;">${t}</div>`)
      .join("\n");
    expect(await htmlTexts(`<html><body><div class="page">${placed}</div></body></html>`)).toEqual([
      COUNTY_OPENING,
      COUNTY_SITUATION,
    ]);
  });

  it("drops an advert's box by its class, and a site's 导读 over the speech", async () => {
    const html = `<html><body><h1>${COUNTY_TITLE}</h1>
<div class="daodu">导读：安全生产工作会议的讲话怎么写？本文是一篇县长讲话稿，供写作时参考借鉴。</div>
<div class="content"><p>同志们：</p><p>${COUNTY_OPENING}</p>
<div class="ad"><a href="/zt/">讲话稿写不出新意？领取200套领导讲话提纲模板</a></div>
<p>${COUNTY_SITUATION}</p><ins class="adsbygoogle">公文写作培训班火热报名中</ins><p>${COUNTY_DUTY}</p></div></body></html>`;
    expect(await htmlTexts(html)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_DUTY]);
  });
});
