import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 29's: a journal database's page, a county 简报, an OA
// 发文稿纸, a video page copied as text, a self-media article's comments.
const TITLE = "在全市危险化学品安全风险集中治理推进会上的讲话";
const OPENING =
  "这次会议是市安委会决定召开的一次重要会议，主要任务是通报全市危险化学品安全风险集中治理进展情况，部署下一阶段工作。刚才，市应急管理局通报了有关情况，我完全同意。";
const SITUATION =
  "集中治理开展以来，全市共排查危险化学品企业×××家，发现重大隐患××项，已整改××项。同时也要看到，全市危化品企业小散乱问题尚未根本解决，部分企业自动化控制系统装而不用，";
const SITUATION_END = "特殊作业管理不规范，化工园区安全风险较高，形势依然严峻复杂。";
const CHECK =
  "各县区要对照化工园区安全整治提升标准，逐园区开展评估复核，对重大危险源企业开展全覆盖检查，建立隐患清单，实行闭环管理。";
const DUTY =
  "各县区要严格落实党政同责、一岗双责，企业主要负责人要全面履行安全生产第一责任人职责，对工作推进不力的严肃追责问责。";
const CLOSING = "同志们，危险化学品安全生产容不得半点马虎。我们要以更严的标准、更实的举措，坚决守牢安全底线。";
/** The speech's blocks, its paragraph cut by a page break whole again. */
const WHOLE = [OPENING, SITUATION + SITUATION_END, CHECK, DUTY, CLOSING];

describe("a journal database's page", () => {
  const meta = ["××安全生产", "2024年第3期　第36-38页", TITLE, "作者：×××", "作者单位：××市人民政府"];
  meta.push("摘要：本文系×××同志在全市危险化学品安全风险集中治理推进会上的讲话，分析了形势，部署了重点任务。");
  meta.push(
    "关键词：危险化学品；风险集中治理；特殊作业；主体责任",
    "DOI：10.××××/j.cnki.aqsc.2024.03.009",
    "分类号：X928",
  );
  const page = [...meta, "", TITLE, "×××", "（2024年2月28日）", "同志们：", OPENING, SITUATION, "·36·"];
  page.push("××安全生产　2024年第3期", SITUATION_END, CHECK, DUTY, CLOSING, "·37·");

  it("removes the database's metadata and reads one speech; a paragraph runs on across the running header", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(WHOLE);
    expect(removalReason(mined.removed, "分类号：X928")).toBe("期刊文献信息");
    expect(removalReason(mined.removed, "××安全生产　2024年第3期")).toBe("刊物或稿纸页眉");
  });
});

describe("a speech's own lines that look like a paper's or a post's", () => {
  it("keeps a keyword sentence, a lead-in to a report it quotes, numbered units with #, a part titled （续）", () => {
    const own = [
      "关键词：责任。今年我们工作的第一个关键词就是责任，各级各部门要把责任扛在肩上。",
      "为了让大家了解事故经过，下面是事故调查报告的原文：",
      "今年重点检修部位：#1机组 #2机组",
    ];
    const texts = textsOf([TITLE, "同志们：", OPENING, ...own, CHECK, DUTY, CLOSING]).join("\n");
    for (const line of own) expect(texts).toContain(line.replace(/ /g, ""));
    const continued = `${TITLE}（续）`;
    expect(mineText([continued, "同志们：", CHECK, DUTY, CLOSING].join("\n")).speeches[0]!.title).toContain(TITLE);
  });

  it("reads a 简报's issue line alone over the title as no running header", () => {
    const page = ["安全生产工作简报", "2024年第3期", "××市安全生产委员会办公室", "", TITLE, "同志们：", OPENING, CHECK];
    expect(mineText([...page, DUTY, CLOSING].join("\n")).speeches[0]!.title).toBe(TITLE);
  });
});

describe("a county 简报 with the speech among its columns", () => {
  const news = ["【工作动态】", "××镇：全面开展农村道路交通隐患排查"];
  news.push("近日，××镇组织交管站、派出所和各村网格员，对辖区农村公路开展隐患排查，已设置警示标志××块。");

  it("removes the columns after the speech: their labels and their news", () => {
    const report = "4月8日，全市危险化学品安全风险集中治理推进会召开。副市长×××出席会议并讲话。";
    const page = [
      "【会议报道】",
      "市政府召开危险化学品安全风险集中治理推进会",
      report,
      "",
      "【领导讲话】",
      TITLE,
      "同志们：",
    ];
    page.push(OPENING, SITUATION + SITUATION_END, CHECK, DUTY, CLOSING, "", ...news);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(WHOLE);
    expect(removalReason(mined.removed, news[2]!)).toBe("简报其他栏目");
  });

  it("keeps what a speech's own labels head, though a line of it opens as a closing does (同志们，…)", () => {
    const mid = "同志们，安全生产责任重于泰山，容不得半点麻痹和侥幸，各级各部门必须时刻绷紧安全这根弦。";
    const page = [TITLE, "同志们：", OPENING, mid, "【关于任务】", CHECK, "【关于责任】", DUTY, CLOSING];
    expect(textsOf(page)).toEqual(expect.arrayContaining([CHECK, DUTY, CLOSING]));
  });

  it("keeps a speech's own bracketed labels between its paragraphs, and what they head", () => {
    const cases = "去年××化工企业动火作业引发爆燃，造成×人死亡，暴露出特殊作业审批流于形式、现场监护缺位等问题。";
    const page = [TITLE, "同志们：", OPENING, "【典型案例】", cases, "【工作要求】", CHECK, DUTY, CLOSING, "", ...news];
    const texts = textsOf(page);
    expect(texts).toEqual(expect.arrayContaining([cases, CHECK, DUTY, CLOSING]));
    expect(texts).not.toContain(news[2]);
  });

  it("keeps a collector's numbered records: 【第2条】 is no column of news", () => {
    const page = ["【第1条】", "标题：" + TITLE, `正文：${OPENING}`, CHECK, CLOSING, "", "【第2条】"];
    page.push("标题：在全市消防安全工作会议上的讲话", `正文：同志们：${DUTY}`, SITUATION + SITUATION_END, CLOSING);
    expect(textsOf(page).join("")).toContain(DUTY);
  });

  it("keeps a collection's next speech under its bracketed marker after the first one's closing", () => {
    const second = "在全市消防安全工作会议上的讲话";
    const page = ["【篇一】", TITLE, "同志们：", OPENING, CHECK, CLOSING, "", "【篇二】", second, "同志们：", DUTY];
    page.push(SITUATION + SITUATION_END, CLOSING);
    expect(mineText(page.join("\n")).speeches.map((s) => s.title)).toEqual([TITLE, second]);
  });
});

describe("an OA system's 发文稿纸 print", () => {
  it("removes the form's name and its header over the next page; the paragraph cut there runs on", () => {
    const page = ["××市应急管理局发文稿纸", "标题：" + TITLE, "签发：王××", "", "正文：", TITLE, "同志们：", OPENING];
    page.push(
      SITUATION,
      "",
      "第 1 页　共 2 页",
      "××市应急管理局发文稿纸（续页）",
      "",
      SITUATION_END,
      CHECK,
      DUTY,
      CLOSING,
    );
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(WHOLE);
    expect(removalReason(mined.removed, "××市应急管理局发文稿纸")).toBe("公文稿纸");
  });
});

describe("a video page copied as text", () => {
  const page = ["市应急局长讲话，句句说到心坎里！#安全生产 #危化品 #领导讲话", "@××应急发布", "关注"];
  page.push(`开学在即，安全这根弦必须绷紧！以下为讲话全文👇 同志们：${OPENING.slice(0, 20)}…展开`, "");
  page.push("开学在即，安全这根弦必须绷紧！以下为讲话全文👇", "", "市应急管理局局长　×××", "同志们：", OPENING);
  page.push(CHECK, DUTY, CLOSING, "", "#安全生产 #危化品", "全部评论（836）");

  it("reads one speech without a title: the caption, the account, the folded teaser and the lead-in go", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.speaker])).toEqual([[null, "市应急管理局局长×××"]]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, page[0]!)).toBe("视频或帖子标题（话题标签）");
    expect(removalReason(mined.removed, "@××应急发布")).toBe("账号信息");
  });

  it("reads no caption in a sentence that names a topic inside it", () => {
    const own = "要深入开展#安全生产月#活动，营造人人讲安全的浓厚氛围。";
    expect(textsOf([TITLE, "同志们：", OPENING, own, CHECK, CLOSING]).join("")).toContain("营造人人讲安全的浓厚氛围。");
  });
});

describe("a self-media article's comments", () => {
  it("removes each comment under its name, day and province, up to its buttons with their counts", () => {
    const comment = "第二篇企业的讲话很实用，“一是、二是、三是”的写法可以直接借鉴。";
    const page = [TITLE, "同志们：", OPENING, CHECK, DUTY, CLOSING, "举报/反馈", "", "评论 2"];
    page.push("写材料的老王 · 2024-03-18 · 山东", comment, "回复 · 赞 12", "青山不语 · 2024-03-19 · 湖南");
    page.push("这句话说得太对了，收藏了。", "回复 · 赞 5");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, CHECK, DUTY, CLOSING]);
    expect(removalReason(mined.removed, comment)).toBe("批注");
  });
});
