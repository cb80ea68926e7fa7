import { describe, expect, it } from "vitest";
import { nodeText } from "../speech-doc/doc-text";
import type { PreflightIssue, PreflightKind } from "./preflight";
import { findPunctuation } from "./preflight-punctuation";
import { byline, doc, h, p, run, salutation, t, title, v } from "./preflight-test-docs";

/** A clean speech: no issue at all. */
const clean = () =>
  doc(
    title("在全县安全生产工作会议上的讲话"),
    byline("（2024年3月1日）"),
    salutation("同志们："),
    p("今天召开会议，主要任务是部署安全生产工作。"),
    h(1, "提高认识"),
    h(2, "认清形势"),
    p("当前形势依然严峻，时间是8:30，比例为1:2，增长3.5%，共3,000人。"),
    h(2, "压实责任"),
    p("要落实“党政同责、一岗双责”。"),
    h(1, "抓好落实"),
    p("谢谢大家！"),
  );

const ofKind = (issues: PreflightIssue[], kind: PreflightKind) => issues.filter((i) => i.kind === kind);

describe("preflightSpeech", () => {
  it("finds nothing in a clean speech", () => {
    expect(run(clean())).toEqual([]);
  });

  it("flags an empty or missing title", () => {
    const [issue] = run(doc(title(""), p("正文。")));
    expect(issue).toMatchObject({ kind: "empty-title", severity: "warning", nodeIndex: 0, where: "标题" });
    expect(issue!.message).toBe("讲话稿还没有标题。");
    expect(run(doc(p("正文。")))[0]).toMatchObject({ kind: "empty-title", nodeIndex: null });
    expect(ofKind(run(doc(title("  "), p("正文。"))), "empty-title")).toHaveLength(1);
  });

  it("lists unfilled placeholders with where and offsets", () => {
    const d = doc(
      title("在××县安全生产会议上的讲话"),
      h(1, "形势"),
      h(2, "一"),
      h(2, "二"),
      p("20XX年X月X日，XX同志讲话。"),
    );
    const found = ofKind(run(d), "placeholder");
    expect(found.map((i) => [i.where, i.text, i.offset, i.length])).toEqual([
      ["标题", "××", 1, 2],
      ["一、（二）第1段", "20XX年X月X日", 0, 9],
      ["一、（二）第1段", "XX", 10, 2],
    ]);
    expect(found[0]!.message).toContain("未填写的「××」");
    expect(found[0]!.fix).toContain("占位符与变量");
  });

  it("does not count text a variable filled as a blank", () => {
    const d = doc(title([t("在"), v("XX县", "unit"), t("会议上的讲话")]), p("正文。"));
    expect(ofKind(run(d), "placeholder")).toEqual([]);
  });

  it("flags a lone （一） under its parent, and a lone 一、", () => {
    const d = doc(title("标题"), h(1, "甲"), h(2, "只有一个"), p("正文。"), h(1, "乙"), p("正文。"));
    const lone = ofKind(run(d), "lone-heading");
    expect(lone).toHaveLength(1);
    expect(lone[0]).toMatchObject({ nodeIndex: 2, where: "一、（一）小标题", severity: "warning" });
    expect(lone[0]!.message).toBe("「一、」下只有「（一）」一个二级标题：只有一项不必编号。");
    expect(lone[0]!.fix).toContain("（二）");

    const single = ofKind(run(doc(title("标题"), h(1, "唯一"), p("正文。"))), "lone-heading");
    expect(single[0]!.message).toBe("全文只有「一、」一个一级标题：只有一项不必编号。");
  });

  it("flags a skipped level, under a heading and at the start", () => {
    const d = doc(
      title("标题"),
      h(3, "开头就是三级"),
      p("正文。"),
      h(1, "甲"),
      h(3, "跳级"),
      p("正文。"),
      h(3, "再一个"),
      p("x。"),
    );
    const skipped = ofKind(run(d), "skipped-level");
    expect(skipped.map((i) => i.nodeIndex)).toEqual([1, 4, 6]);
    expect(skipped[0]!.message).toBe("「1.」是三级标题，但它前面没有一级标题。");
    expect(skipped[1]!.message).toBe("三级标题「1.」直接放在一级标题「一、」下，跳过了二级标题。");
    expect(skipped[1]!.where).toBe("一、1.小标题");
    expect(skipped[1]!.fix).toBe("把它改为二级标题，或在它前面补上二级标题。");
  });

  it("flags numbers typed into headings (they print twice)", () => {
    const d = doc(title("标题"), h(1, "一、提高认识"), p("正文。"), h(1, "（二） 抓落实"), p("正文。"));
    const typed = ofKind(run(d), "typed-number");
    expect(typed.map((i) => [i.nodeIndex, i.offset, i.length, i.text])).toEqual([
      [1, 0, 2, "一、"],
      [3, 0, 4, "（二） "],
    ]);
    expect(typed[0]!.message).toBe("小标题开头手工输入了编号「一、」，编辑器已自动编号，导出后会印成「一、一、」。");
    expect(typed[1]!.message).toContain("「二、（二）」");
    expect(typed[0]!.severity).toBe("warning");
  });

  it("flags paragraphs that start with a heading-style number, not run-in lists or ranges", () => {
    const d = doc(
      title("标题"),
      p("1.强化责任落实。"),
      p("第一，要提高认识。"),
      p("一是加强领导。"),
      p("一、二季度事故下降。"),
      p("2024年是关键之年。"),
      p("（1）排查隐患。"),
    );
    const typed = ofKind(run(d), "typed-number");
    expect(typed).toHaveLength(1);
    expect(typed[0]).toMatchObject({ nodeIndex: 1, severity: "info", text: "1." });
    expect(typed[0]!.fix).toContain("三级标题");
    // 第一， is a heading style when the speech numbers its level 1 that way.
    const di = run(d, { numbering: ["di-cn", "cn-paren", "arabic-dot"] });
    expect(ofKind(di, "typed-number").map((i) => i.nodeIndex)).toEqual([1, 2]);
  });

  it("flags empty headings and sections without body text", () => {
    const d = doc(
      title("标题"),
      h(1, "甲"),
      h(2, "子一"),
      p(""),
      h(2, "子二"),
      p("有内容。"),
      h(1, ""),
      p("正文。"),
      h(1, "丙"),
    );
    const issues = run(d);
    expect(ofKind(issues, "empty-section").map((i) => [i.nodeIndex, i.where])).toEqual([
      [2, "一、（一）小标题"],
      [8, "三、小标题"],
    ]);
    expect(ofKind(issues, "empty-section")[0]!.message).toBe("「（一）子一」下面还没有正文。");
    // 一、 has body text under its （二）, so it is not empty.
    expect(ofKind(issues, "empty-heading")).toMatchObject([{ nodeIndex: 6, where: "二、小标题" }]);
    expect(ofKind(issues, "empty-heading")[0]!.message).toBe("小标题「二、」没有文字，导出后只剩编号。");
  });

  it("names places as a clerk finds them", () => {
    const d = doc(
      title("标题,"),
      byline("(2024年3月1日)"),
      salutation("同志们:"),
      p("开头,"),
      p("开头二,"),
      h(1, "甲"),
      h(2, "乙"),
      p("a"),
      p("第二段,"),
    );
    const wheres = ofKind(run(d), "ascii-punctuation").map((i) => i.where);
    expect([...new Set(wheres)]).toEqual(["标题", "讲话人", "称呼", "开头第1段", "开头第2段", "一、（一）第2段"]);
  });

  it("flags ASCII punctuation beside Chinese with a full-width replacement", () => {
    const d = doc(title("标题"), p("同志们, 今天开会;主要任务:部署工作?是的!好(一)的"));
    const found = ofKind(run(d), "ascii-punctuation");
    expect(found.map((i) => [i.text, i.replacement, i.offset])).toEqual([
      [", ", "，", 3],
      [";", "；", 9],
      [":", "：", 14],
      ["?", "？", 19],
      ["!", "！", 22],
      ["(", "（", 24],
      [")", "）", 26],
    ]);
    expect(found[0]!.message).toBe("中文里用了半角标点「,」。");
    expect(found[0]!.fix).toBe("改为全角「，」（导出的 Word 文件中会自动改为全角）。");
    expect(found[0]!.severity).toBe("warning");
  });

  it("leaves numbers, times, URLs and Latin-only text alone", () => {
    const texts = [
      "增长3.5%，时间8:30，比例1:2，共3,000人。",
      "网址为https://www.example.com/a?b=1&c=2!，请查看。",
      "Hello, world! (see: above)",
      'He said "hi" and didn\'t stop.',
      "www.mem.gov.cn/xw?id=1",
    ];
    for (const text of texts) expect(findPunctuation(text), text).toEqual([]);
  });

  it("flags a comma after a URL when Chinese follows it", () => {
    expect(findPunctuation("访问https://a.gov.cn/x?id=1,查看")).toMatchObject([{ text: ",", replacement: "，" }]);
  });

  it("treats brackets as pairs: Chinese inside or beside makes both full-width", () => {
    expect(findPunctuation("见(附件)").map((s) => s.replacement)).toEqual(["（", "）"]);
    expect(findPunctuation("x (中文) y").map((s) => s.offset)).toEqual([2, 5]);
    expect(findPunctuation("安全生产法(2021 revision)").map((s) => s.replacement)).toEqual(["（", "）"]);
    expect(findPunctuation("(a) b")).toEqual([]);
    expect(findPunctuation("?!")).toEqual([]);
    expect(findPunctuation("真的吗?!")).toMatchObject([{ text: "?!", replacement: "？！" }]);
  });

  it("pairs half-width quotes in Chinese text", () => {
    const d = doc(title("标题"), p('要落实"党政同责"和\'一岗双责\'，不是"hi"。他说"好'));
    const quotes = ofKind(run(d), "halfwidth-quote");
    expect(quotes.map((i) => [i.offset, i.replacement])).toEqual([
      [3, "“"],
      [8, "”"],
      [10, "‘"],
      [15, "’"],
      [19, "“"],
      [22, "”"],
      [26, "“"],
    ]);
    expect(quotes[0]!.message).toBe('中文里用了半角引号「"」。');
  });

  it("reports offsets in the node's text across marked text nodes, and no one-click fix inside a variable", () => {
    const d = doc(
      title("标题"),
      p([t("在"), v("全县安全生产会议(扩大)", "meetingName"), t("上,我们"), t("要(抓好)落实")]),
    );
    const text = nodeText(d.content[1]!);
    const found = ofKind(run(d), "ascii-punctuation");
    for (const i of found) expect(text.slice(i.offset!, i.offset! + i.length!)).toBe(i.text);
    expect(found.map((i) => [i.offset, i.text])).toEqual([
      [9, "("],
      [12, ")"],
      [14, ","],
      [18, "("],
      [21, ")"],
    ]);
    expect(found[0]!.replacement).toBeUndefined();
    expect(found[0]!.fix).toContain("会议名称");
    expect(found[2]!.replacement).toBe("，");
  });

  it("compares the length with a character target, beyond ±10%", () => {
    const body = "安".repeat(1200);
    const d = doc(title("标题"), p(body));
    expect(ofKind(run(d, { targetChars: 1000 }), "length")[0]).toMatchObject({
      severity: "info",
      nodeIndex: null,
      where: "全文",
      message: "正文 1200 字，比目标 1000 字多 200 字（20%）。",
      fix: "删减约 200 字，或在「设置」中调整目标篇幅。",
    });
    expect(ofKind(run(d, { targetChars: 1150 }), "length")).toEqual([]);
    expect(ofKind(run(d, { targetChars: 1500 }), "length")[0]!.message).toBe(
      "正文 1200 字，比目标 1500 字少 300 字（20%）。",
    );
    expect(ofKind(run(d), "length")).toEqual([]);
  });

  it("compares the length with a time target in minutes", () => {
    const d = doc(title("标题"), p("安".repeat(4400)));
    const [issue] = ofKind(run(d, { targetMinutes: 15, charsPerMinute: 220 }), "length");
    expect(issue!.message).toBe("讲话约 20 分钟（4400 字），比目标 15 分钟长约 5 分钟（约 1100 字）。");
    const [short] = ofKind(run(d, { targetMinutes: 30, charsPerMinute: 220 }), "length");
    expect(short!.message).toContain("短约 10 分钟");
    expect(short!.fix).toBe("补充约 2200 字，或在「设置」中调整目标篇幅。");
  });

  it("returns issues in document order, the length last", () => {
    const d = doc(title("标题"), p("甲,乙"), h(1, "一、重复"), p("××"));
    const issues = run(d, { targetChars: 100 });
    expect(issues.map((i) => i.kind)).toEqual([
      "ascii-punctuation",
      "typed-number",
      "lone-heading",
      "placeholder",
      "length",
    ]);
  });
});
