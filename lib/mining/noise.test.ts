import { describe, expect, it } from "vitest";
import { removeNoise } from "./noise";
import { pageLines as lines, removalReason, removeNoiseFromPage as run } from "../testing/page-noise";
import { hostileNoiseText } from "../testing/pathological-text";

const BODY = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势稳定。";
const BODY2 = "各部门要强化行业监管，加大执法检查力度，严厉打击非法违法生产经营行为。";

const reasonOf = (text: string, line: string) => removalReason(run(text).removed, line);

describe("removeNoise: whole lines", () => {
  it("keeps the speech itself untouched", () => {
    const text = `在全镇安全生产工作会议上的讲话\n同志们：\n${BODY}\n一、提高认识\n${BODY2}\n谢谢大家！`;
    const r = run(text);
    expect(r.removed).toEqual([]);
    expect(r.kept).toHaveLength(6);
  });

  it("removes site headers and footers: URLs, copyright, ICP numbers, breadcrumbs, navigation", () => {
    for (const line of [
      "某某范文站 / www.example-fanwen.com",
      "Copyright © 2010-2024 版权所有",
      "苏ICP备12345678号-2",
      "首页 > 范文大全 > 讲话稿",
      "上一篇：在全县防汛工作会议上的讲话",
      "相关推荐",
    ]) {
      expect(reasonOf(`${line}\n${BODY}\n${BODY2}`, line)).toBe("网站页眉页脚");
    }
  });

  it("removes source, author and date lines", () => {
    expect(
      reasonOf(
        `来源：互联网  作者：张某  发布时间：2024-01-02\n${BODY}`,
        "来源：互联网  作者：张某  发布时间：2024-01-02",
      ),
    ).toBe("来源作者信息");
    expect(reasonOf(`${BODY}\n本文由公文素材整理发布，仅供参考`, "本文由公文素材整理发布，仅供参考")).toBe(
      "来源作者信息",
    );
  });

  it("removes forum chrome, counters included", () => {
    for (const line of [
      "关灯",
      "[复制链接]",
      "楼主 发表于 2025-3-1 08:00:00 | 只看该作者",
      "35粉丝",
      "返回列表 发新帖",
      "收藏 分享 举报",
    ]) {
      expect(reasonOf(`${line}\n${BODY}\n${BODY2}`, line)).toBe("论坛界面文字");
    }
  });

  it("removes advertisements, paywall prompts and contact lines", () => {
    expect(
      reasonOf(`${BODY}\n《写好讲话稿》作者甲《材料写作十讲》作者乙`, "《写好讲话稿》作者甲《材料写作十讲》作者乙"),
    ).toBe("广告");
    expect(reasonOf(`${BODY}\n材料写作训练营报名\n${BODY2}`, "材料写作训练营报名")).toBe("广告");
    expect(reasonOf(`${BODY}\n登录后查看完整内容\n${BODY2}`, "登录后查看完整内容")).toBe("付费/登录提示");
    expect(reasonOf(`${BODY}\n还剩3页未读，继续阅读\n${BODY2}`, "还剩3页未读，继续阅读")).toBe("付费/登录提示");
    expect(reasonOf(`${BODY}\n咨询电话：0571-88886666\n${BODY2}`, "咨询电话：0571-88886666")).toBe("联系方式");
    expect(reasonOf(`${BODY}\n13912345678\n${BODY2}`, "13912345678")).toBe("联系方式");
    expect(reasonOf(`${BODY}\nE-mail: abc@example.com\n${BODY2}`, "E-mail: abc@example.com")).toBe("联系方式");
  });

  it("removes page numbers, separators, end marks and style code", () => {
    expect(reasonOf(`${BODY}\n第 2 页 共 10 页\n${BODY2}`, "第 2 页 共 10 页")).toBe("页码");
    expect(reasonOf(`${BODY}\n- 3 -\n${BODY2}`, "- 3 -")).toBe("页码");
    expect(reasonOf(`${BODY}\n----------\n${BODY2}`, "----------")).toBe("分隔线");
    expect(reasonOf(`${BODY}\n（完）`, "（完）")).toBe("结束标记");
    expect(
      reasonOf(`p.MsoNormal { margin: 0; font-size: 12pt; }\n${BODY}`, "p.MsoNormal { margin: 0; font-size: 12pt; }"),
    ).toBe("样式代码");
    const css = run(`<style>\nbody { color: red }\n.x { margin: 0 }\n</style>\n${BODY}`);
    expect(css.kept).toEqual([BODY]);
    expect(css.removed.every((r) => r.reason === "样式代码")).toBe(true);
  });

  it("lets the text flow across a page number with its blank lines", () => {
    const r = removeNoise(lines(`${BODY.slice(0, 20)}\n\n第3页\n\n${BODY.slice(20)}`));
    expect(r.lines.map((l) => l.text)).toEqual([BODY.slice(0, 20), BODY.slice(20)]);
  });

  it("turns other removed lines into paragraph breaks", () => {
    const r = removeNoise(lines(`${BODY}\n关灯\n${BODY2}`));
    expect(r.lines.map((l) => l.text)).toEqual([BODY, "", BODY2]);
  });

  it("removes a teaser that repeats the start of the text and ends in ...", () => {
    const teaser = `在全镇安全生产会议上的讲话同志们：${BODY.slice(0, 25)}...`;
    const r = run(`${teaser}\n在全镇安全生产会议上的讲话\n同志们：\n${BODY}`);
    expect(r.removed).toEqual([{ text: teaser, reason: "重复的摘要行", lineNo: 1 }]);
    // A line ending in ... that repeats nothing stays.
    expect(run(`${BODY.slice(0, 30)}……\n${BODY2}`).removed).toEqual([]);
  });

  it("sweeps the footer zone after the speech once footer lines are recognised", () => {
    const r = run(`${BODY}\n谢谢大家！\n2024年3月1日\n本版积分规则\n运营团队：某某文化\n0关注`);
    expect(r.kept).toEqual([BODY, "谢谢大家！", "2024年3月1日"]);
    expect(r.removed.map((x) => x.text)).toContain("运营团队：某某文化");
  });

  it("does not apply word rules to a hard-wrapped fragment of a sentence", () => {
    const text =
      "要认真传达学习全省安全生产电视电话会议精神，及时把握安全生产工作面临的新形势、\n新要求和电话会议部署\n的各项任务。";
    expect(run(text).removed).toEqual([]);
  });
});

describe("removeNoise: fragments", () => {
  it("removes bookmark and image markers, tags and inline styles", () => {
    const r = run(`[bookmark: _Toc2]在全镇安全生产会议上的讲话\n<p>${BODY}</p>{color:red}\n[图片]${BODY2}`);
    expect(r.kept).toEqual(["在全镇安全生产会议上的讲话", BODY, BODY2]);
    expect(r.removed.map((x) => x.reason)).toEqual(["文档标记", "样式代码", "样式代码", "样式代码", "文档标记"]);
  });

  it("removes inline page footers, URLs and bracketed source notes", () => {
    const r = run(
      `各乡镇要压实属地责任第1页共5页，深入开展隐患排查（来源：某某范文网）。更多见www.fanwen-site.cn整治。`,
    );
    expect(r.kept).toEqual(["各乡镇要压实属地责任，深入开展隐患排查。更多见整治。"]);
    expect(r.removed.map((x) => x.reason).sort()).toEqual(["来源作者信息", "水印", "页码"]);
  });

  it("keeps brackets that only look like notes", () => {
    const text = "与会人员（来自各乡镇、各部门）要认真落实，商会（会员企业）要积极参与。";
    expect(run(text).removed).toEqual([]);
    const r = run("要认真落实（本文来源于网络，如有侵权请联系删除），全面排查（登录后查看全文）。");
    expect(r.kept).toEqual(["要认真落实，全面排查。"]);
  });

  it("strips known template-site names stamped into sentences", () => {
    const r = run(`结合我第一范文网县实际，${BODY}`);
    expect(r.kept).toEqual([`结合我县实际，${BODY}`]);
    expect(r.removed).toEqual([{ text: "第一范文网", reason: "水印", lineNo: 1 }]);
  });

  it("learns a watermark from the page's own header and footer", () => {
    const r = run(`安监笔记网 www.ajbj-example.com\n结合我安监笔记网县实际，${BODY}\n${BODY2}`);
    expect(r.kept[0]).toBe(`结合我县实际，${BODY}`);
    expect(r.removed.filter((x) => x.reason === "水印").map((x) => x.text)).toEqual(["安监笔记网"]);
  });

  it("learns a site name that recurs inside sentences in varied places", () => {
    const text = [
      "要压实云笔网责任，",
      "开展云笔网隐患排查，",
      "严格云笔网执法检查，",
      "织密安全网，筑牢防护网。",
    ].join("\n");
    const r = run(text);
    expect(r.kept.join("")).toBe("要压实责任，开展隐患排查，严格执法检查，织密安全网，筑牢防护网。");
  });

  it("does not touch ordinary words ending in 网", () => {
    const text = "加快城市管网改造，完善网格化管理，织密安全网，用好互联网平台，电网企业要落实责任。";
    expect(run(`${text}\n${text}\n${text}`).removed).toEqual([]);
  });

  it("restores censored pinyin initials between Chinese characters and reports it", () => {
    const r = run("省zf召开会议，各级ZF要讲zz，坚持gcd领导。");
    expect(r.kept).toEqual(["省政府召开会议，各级政府要讲政治，坚持共产党领导。"]);
    expect(r.removed.map((x) => x.reason)).toEqual([
      "屏蔽缩写还原：zf→政府",
      "屏蔽缩写还原：ZF→政府",
      "屏蔽缩写还原：zz→政治",
      "屏蔽缩写还原：gcd→共产党",
    ]);
    expect(run("文件名为zf.docx，zz-top乐队，GDP增长").removed).toEqual([]);
  });

  // Its time is measured by the mining benchmark (noise_hostile_ms).
  it("never throws on hostile input and keeps the text it cannot place", () => {
    const result = removeNoise(lines(hostileNoiseText()));
    const kept = new Map(result.lines.map((l) => [l.lineNo, l.text.length]));
    // The unclosed bracket, tag and brace lines and the dots are not noise the rules know: kept whole.
    expect([1, 2, 3, 6].map((n) => kept.get(n))).toEqual([50_009, 50_000, 50_003, 30_000]);
    expect(result.removed.length).toBeGreaterThan(0);
    expect(result.removed.every((r) => r.reason.length > 0)).toBe(true);
  });
});
