import { describe, expect, it } from "vitest";
import { removeNoiseFromPage as run } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of a third batch of unseen sites: a Discuz thread quoting the speech,
// a mobile news app, a health portal with comments, a 公文 site with a summary above the text, a party-building site.
const TITLE = "在全镇汛期地质灾害防御工作会议上的讲话";
const OPENING = "今天召开全镇汛期地质灾害防御工作会议，主要是分析研判今年汛期形势，安排部署防御工作。";
const BODY = "各村要组织力量对辖区内的地质灾害隐患点逐一复查，建立台账，落实监测责任人，确保不漏一处。";
const BODY2 = "镇应急办要严格执行二十四小时值班和领导带班制度，遇有险情第一时间处置、第一时间报告。";

describe("markup and decoration", () => {
  it("cuts forum markup and keeps what it wrapped", () => {
    const r = run(
      [
        "[quote]",
        `[size=4][b]${TITLE}[/b][/size]`,
        "同志们：",
        OPENING,
        "[b]一、认清形势[/b]",
        `[color=#333333]${BODY}[/color]`,
        "[/quote]",
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, "一、认清形势", BODY]);
  });

  it("cuts pictographs, a column tag and a lone button glyph, and keeps the heading they decorate", () => {
    const r = run([`【学习】${TITLE}`, "同志们：", OPENING, "📌一、认清形势", BODY, "✕", "👍 12　💬 3"].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, "一、认清形势", BODY]);
    expect(r.removed.map((x) => x.reason)).toEqual(expect.arrayContaining(["栏目标记", "表情符号", "分隔线"]));
  });

  it("reads 第一部分 as a numbered heading, but not 第二部分的… in a sentence", () => {
    const s = mineText(
      [TITLE, "同志们：", OPENING, "第一部分　认清形势", BODY, "第二部分　压实责任，严明纪律", BODY2].join("\n"),
    );
    expect(s.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "第一部分认清形势",
      "第二部分压实责任，严明纪律",
    ]);
    const t = mineText(
      [TITLE, "同志们：", OPENING, BODY, "第二部分的要求很实用，各村要对照落实，确保不漏一处。"].join("\n"),
    );
    expect(t.speeches[0]!.blocks.every((b) => b.kind === "paragraph")).toBe(true);
  });
});

describe("what surrounds the text on news, forum and 公文 sites", () => {
  it("removes readers' comments under a comments header", () => {
    const r = run(
      [
        TITLE,
        "同志们：",
        OPENING,
        BODY,
        "网友评论（2）",
        "发表评论",
        "杏林小李　IP属地：河南　2024-06-14 21:03",
        "写得很实在，我们医院下周也开这个会，借鉴了。",
        "氧气站那部分说到点子上了，很多单位都忽视。",
        "查看更多评论 >",
        "Copyright © 2024 某某健康网",
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
  });

  it("removes a thread's short replies after their post headers, and keeps the post that holds the speech", () => {
    const r = run(
      [
        "青山笔杆 发表于 2024-5-27 09:14:06 | 只看该作者",
        "各位大神，领导下周要讲话，我找了去年写的一篇，原文如下：",
        TITLE,
        "同志们：",
        OPENING,
        BODY,
        BODY2,
        "水墨江南 发表于 2024-5-27 10:02:33 | 只看该作者",
        "可以再加一段值班值守的内容，现在上面查得紧。",
        "老秘书 发表于 2024-5-27 11:47:10 | 只看该作者",
        "结构没问题，数据换成今年的就行。",
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2]);
    expect(r.removed.filter((x) => x.reason === "论坛回帖")).toHaveLength(2);
  });

  it("removes a summary set above the text (【内容摘要】 … 正文：), a pull quote and a platform's statement", () => {
    const r = run(
      [
        TITLE,
        `【内容摘要】${TITLE}（节选）`,
        "讲话从三个方面作了部署：一是认清形势；二是抓好复查；三是落实值班。",
        "【阅读全文】",
        "正文：",
        "同志们：",
        OPENING,
        "【学习】金句：防汛就是防人员伤亡。",
        BODY,
        "平台声明：该文观点仅代表作者本人，平台仅提供信息存储空间服务。",
        "主办单位：某某县人民政府办公室　承办单位：县大数据中心",
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
  });
});
