import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "./decode-document";
import { readCrawlerExport } from "./decode-records";
import { mineDocument } from "./mine-document";

const TITLE = "在全县城镇燃气安全专项整治工作推进会上的讲话";
const PARAGRAPHS = [
  "今天召开全县城镇燃气安全专项整治工作推进会，主要任务是通报前一阶段工作进展，安排部署下一步重点任务。刚才，县住建局通报了推进情况，我完全同意。",
  "专项整治开展以来，全县累计排查燃气经营企业××家、餐饮等用户××××户，发现各类隐患×××处，已整改×××处，但老旧管网占比高，用户端问题突出。",
  "各乡镇要切实履行属地管理责任，各行业主管部门要落实监管责任，燃气企业要落实主体责任，对工作推进不力的严肃追责问责。",
];
const CONTENT = ["同志们：", ...PARAGRAPHS].join("\n");
const record = { url: "https://www.example.gov.cn/a/1.html", crawl_time: "2024-03-25 02:17:46", title: TITLE };

describe("a crawler's export of the articles it fetched", () => {
  it("reads a JSON object's longest field as the article under its title field; the other fields are reported", () => {
    const json = JSON.stringify({ ...record, tags: ["领导讲话", "工作动态"], content: CONTENT }, null, 2);
    const read = readCrawlerExport(json)!;
    expect(read.text.split("\n")).toEqual([TITLE, "同志们：", ...PARAGRAPHS]);
    expect(read.removed.map((r) => r.text)).toEqual([record.url, record.crawl_time, "领导讲话\n工作动态"]);
    expect(read.removed[0]!.reason).toBe("爬虫导出的字段（url）");
  });

  it("decodes the article's entities and markup, keeping its own line breaks", () => {
    const content = CONTENT.replace("同志们：", "&nbsp;&nbsp;同志们：").replace("我完全同意。", "我完全同意。<br/>");
    const read = readCrawlerExport(
      JSON.stringify({ ...record, content: content.replace("推进会", "&ldquo;推进会&rdquo;") }),
    )!;
    expect(read.text).not.toMatch(/&nbsp;|&ldquo;|<br/);
    expect(read.text.split("\n").filter(Boolean)).toHaveLength(1 + 1 + PARAGRAPHS.length);
  });

  it("reads an array of records and one record per line, each article under its own title", () => {
    const second = { ...record, title: "在全县消防安全工作会议上的讲话", content: CONTENT.replace("燃气", "消防") };
    for (const text of [
      JSON.stringify([{ ...record, content: CONTENT }, second]),
      [JSON.stringify({ ...record, content: CONTENT }), JSON.stringify(second)].join("\n"),
    ]) {
      const lines = readCrawlerExport(text)!.text.split("\n");
      expect([lines[0], lines[lines.indexOf("") + 1]]).toEqual([TITLE, second.title]);
    }
  });

  it("reads records under a wrapper, a list of paragraphs as one text, the title field over a name, short records too", () => {
    const short = {
      title: "在安全生产月启动仪式上的致辞",
      content: "同志们：今天我们在这里启动安全生产月活动，谢谢大家！",
    };
    const wrapped = { code: 0, data: { list: [{ ...record, content: CONTENT }, short] } };
    const lines = readCrawlerExport(JSON.stringify(wrapped))!.text.split("\n");
    expect([lines[0], lines[lines.indexOf("") + 1]]).toEqual([TITLE, short.title]);
    const listed = {
      source: { name: "某某市应急管理局" },
      name: "张三",
      title: TITLE,
      paragraphs: ["同志们：", ...PARAGRAPHS],
    };
    expect(readCrawlerExport(JSON.stringify(listed))!.text.split("\n")).toEqual([TITLE, "同志们：", ...PARAGRAPHS]);
  });

  it("reads a stray < in a long field and a file nested deep without scanning it again and again", () => {
    const stray = JSON.stringify({ title: TITLE, content: `${CONTENT}\n${"<a".repeat(100_000)}` });
    expect(readCrawlerExport(stray)!.text.startsWith(TITLE)).toBe(true);
    expect(readCrawlerExport("[".repeat(100_000))).toBeNull();
  });

  it("reads a clerk's table of one speech, a row per title, heading or paragraph, its notes column reported", () => {
    const rows = ["序号\t类型\t内容\t备注", `1\t标题\t${TITLE}\t`, "2\t正文\t同志们：\t"];
    rows.push(...PARAGRAPHS.map((p, i) => `${i + 3}\t正文\t${p}\t${i === 1 ? "待核实数据" : ""}`));
    const read = readCrawlerExport(rows.join("\r\n"))!;
    expect(read.text.split("\n")).toEqual([TITLE, "同志们：", ...PARAGRAPHS]);
    expect(read.removed.map((r) => r.text)).toContain("待核实数据");
  });

  it("reads a CSV export's article cell (quotes doubled inside, line breaks kept) under its 标题 cell", () => {
    const cell = `"${CONTENT.replace("我完全同意", '我完全同意""两客一危""的安排')}"`;
    const csv = [
      "id,标题,发布时间,来源,正文,链接",
      `1001,${TITLE},2024-01-19 10:32:05,××市交通运输局,${cell},http://x.cn/1`,
    ];
    const read = readCrawlerExport(csv.join("\r\n"))!;
    expect(read.text.split(/\r?\n/)[0]).toBe(TITLE);
    expect(read.text).toContain('我完全同意"两客一危"的安排');
    expect(read.removed.map((r) => r.text)).toContain("http://x.cn/1");
  });

  it("leaves any other text alone: a speech, braces that are no JSON, a line of commas without an article column", () => {
    for (const text of [
      [TITLE, CONTENT].join("\n"),
      `{ 此处插入本单位典型事故案例 }\n${CONTENT}`,
      `各乡镇,各部门,各单位\n${CONTENT}`,
      JSON.stringify({ title: TITLE, summary: "短摘要" }),
    ])
      expect(readCrawlerExport(text)).toBeNull();
  });

  it("mines a JSON export saved as .txt into the speech, the crawler's fields among what was removed", async () => {
    const bytes = strToU8(JSON.stringify({ ...record, content: CONTENT }, null, 2));
    const decoded = await decodeDocument("export.txt", bytes);
    expect(decoded.lines[0]!.text).toBe(TITLE);
    const mined = await mineDocument("export.txt", bytes);
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
    expect(mined.removed.map((r) => r.text)).toContain(record.url);
  });
});
