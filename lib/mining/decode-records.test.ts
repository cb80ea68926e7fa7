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

describe("a site's other articles in its export beside a speech", () => {
  const NEWS_TITLE = "市市场监管局开展节前食品安全抽检";
  const NEWS = [
    "9月20日至22日，市市场监管局抽调执法人员组成4个抽检组，对城区8家大型商超开展节前食品安全抽检。",
    "抽检组共抽取月饼、肉制品等样品63批次，发现的2批次不合格产品已责令下架，后续将依法处理。",
  ];
  const NOTICE_TITLE = "关于做好2024年国庆节期间安全防范工作的通知";
  const NOTICE = [
    "各区市场监管分局，局机关各处室：",
    "国庆节即将到来，现就做好节日期间安全防范工作通知如下，请认真抓好落实。",
    "附件：节日期间值班安排表",
  ];
  const cell = (lines: string[]) => `"${lines.join("\r\n").replace(/"/g, '""')}"`;
  const row = (id: number, column: string, title: string, lines: string[]) =>
    `${id},${column},${title},市局办公室,2024-09-23 10:00:00,${cell(lines)},已发布,${id % 997}`;
  const header = "id,栏目,标题,作者,发布时间,正文,状态,点击量";
  const long = `10月1日，全市各地举行升旗仪式。${"各区、各部门组织干部群众参加活动，现场秩序井然。".repeat(30)}`;

  it("drops a CMS table's news item and notice rows around its speech row, reporting their text", () => {
    const csv = [
      header,
      row(2101, "工作动态", NEWS_TITLE, NEWS),
      row(2102, "领导讲话", TITLE, ["市政府副市长　×××", "同志们：", ...PARAGRAPHS]),
      row(2103, "通知公告", NOTICE_TITLE, NOTICE),
    ].join("\r\n");
    const read = readCrawlerExport(csv)!;
    const lines = read.text.split(/\r?\n/);
    expect(lines[0]).toBe(TITLE);
    expect(lines).toEqual(expect.arrayContaining(PARAGRAPHS));
    for (const gone of [NEWS_TITLE, ...NEWS, NOTICE_TITLE, ...NOTICE]) {
      expect(read.text).not.toContain(gone);
      expect(read.removed.map((r) => r.text)).toContain(gone);
    }
    expect(read.removed.find((r) => r.text === NEWS[0])?.reason).toBe("导出表中的其他文章（新闻）");
    expect(read.removed.find((r) => r.text === NOTICE_TITLE)?.reason).toBe("导出表中的其他文章（通知、方案）");
  });

  it("keeps a row read as a 通报 by its title that addresses the meeting's room, read out at the meeting", () => {
    const reportTitle = "全市国庆节前安全检查情况通报";
    const report = ["市应急管理局局长　×××", "同志们：", "受市安委会委托，下面我把节前安全检查情况通报如下。"];
    const csv = [
      header,
      row(2102, "领导讲话", TITLE, ["同志们：", ...PARAGRAPHS]),
      row(2103, "领导讲话", reportTitle, report),
      row(2104, "通知公告", NOTICE_TITLE, NOTICE),
    ].join("\r\n");
    const read = readCrawlerExport(csv)!;
    for (const line of [reportTitle, ...report]) expect(read.text).toContain(line);
    expect(read.text).not.toContain(NOTICE[1]);
    expect(read.removed.find((r) => r.text === NOTICE_TITLE)?.reason).toBe("导出表中的其他文章（通知、方案）");
  });

  it("keeps a speech that opens on its date and a long report, drops a short dateline report", () => {
    const dated = ["9月28日，我们在这里相聚，共同庆祝新中国成立75周年，祝愿全市人民节日快乐、阖家幸福！"];
    const brief = ["本报讯（记者 ×××）9月25日，市应急管理局召开节前安全检查部署会，对国庆期间安全检查作出安排。"];
    const records = [
      { title: TITLE, content: CONTENT },
      { title: "国庆前夕的几句心里话", content: dated.join("\n") },
      { title: "全市举行国庆升旗仪式", content: long },
      { title: "市应急管理局部署节前安全检查", content: brief.join("\n") },
    ];
    const read = readCrawlerExport(JSON.stringify(records))!;
    expect(read.text).toContain(PARAGRAPHS[0]);
    expect(read.text).toContain(dated[0]);
    expect(read.text).toContain("全市举行国庆升旗仪式");
    expect(read.text).not.toContain(brief[0]);
    expect(read.removed.map((r) => r.text)).toContain(brief[0]);
  });

  it("keeps every row of an export that holds no speech, and mines the speech row alone from a CMS table", async () => {
    const noSpeech = [
      header,
      row(1, "工作动态", NEWS_TITLE, NEWS),
      row(2, "通知公告", NOTICE_TITLE, NOTICE),
      row(3, "图片新闻", "全市举行国庆升旗仪式", [long]),
    ];
    const kept = readCrawlerExport(noSpeech.join("\r\n"))!;
    expect(kept.text).toContain(NEWS[0]);
    expect(kept.text).toContain(NOTICE[1]);
    const csv = [header, row(7, "工作动态", NEWS_TITLE, NEWS), row(8, "领导讲话", TITLE, ["同志们：", ...PARAGRAPHS])];
    const mined = await mineDocument("cms.csv.txt", strToU8(`\uFEFF${csv.join("\r\n")}\r\n`));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
  });
});
