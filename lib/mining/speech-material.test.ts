import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mineDocument } from "./mine-document";
import { hanCharCount } from "./speech-material";

const utf8 = (s: string) => new TextEncoder().encode(s);
const mine = (name: string, text: string) => mineDocument(name, utf8(text));

describe("notSpeech (speech-material.ts)", () => {
  it("flags a password file", async () => {
    const passwd = [
      "root:x:0:0:root:/root:/bin/bash",
      "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin",
      "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin",
      "postgres:x:105:110:PostgreSQL administrator:/var/lib/postgresql:/bin/bash",
    ].join("\n");
    expect((await mine("passwd.txt", passwd)).notSpeech?.reason).toMatch(/账户或配置文件（4 行中有 4 行/);
  });

  it("flags a configuration file of key = value lines", async () => {
    const conf = "[server]\nhost = 0.0.0.0\nport = 8080\n# 日志目录\nlog_dir = /var/log/app\n";
    expect((await mine("app.conf.txt", conf)).notSpeech?.reason).toContain("配置文件");
  });

  it("flags a JavaScript and a Python program, even with Chinese comments", async () => {
    const js = [
      'import { readFile } from "node:fs/promises";',
      "// 读取安全生产台账",
      "export async function loadLedger(path) {",
      '  const text = await readFile(path, "utf8");',
      '  return text.split("\\n").map((line) => line.trim());',
      "}",
    ].join("\n");
    const py = [
      "import csv",
      "",
      "def read_rows(path):",
      "    # 读取隐患清单",
      "    with open(path, encoding='utf-8') as f:",
      "        return list(csv.reader(f))",
      "",
      "class Ledger:",
      "    pass",
    ].join("\n");
    expect((await mine("ledger.js.txt", js)).notSpeech?.reason).toContain("程序代码");
    expect((await mine("ledger.py.txt", py)).notSpeech?.reason).toContain("程序代码");
  });

  it("flags a table saved as text and a text in another language", async () => {
    const csv = "序号,单位,隐患数,整改数\n1,城关镇,12,10\n2,河口乡,8,8\n3,县化工园区,21,17\n";
    expect((await mine("隐患统计.csv.txt", csv)).notSpeech?.reason).toContain("表格");
    const english =
      "All staff must attend the safety briefing on Monday.\nHelmets and boots are required on every site, without exception.\n";
    expect((await mine("notice-en.txt", english)).notSpeech?.reason).toMatch(/中文字只占 \d+%/);
  });

  it("does not flag a notice: it is material of the genre 通知/方案", async () => {
    const notice = [
      "关于开展燃气安全专项检查的通知",
      "镇安办〔2025〕7号",
      "各村（社区）、镇属有关单位：",
      "为切实防范燃气安全事故，镇安委会决定在全镇开展燃气安全专项检查。现将有关事项通知如下：",
      "一、检查范围",
      "全镇所有餐饮场所、液化气供应站点和使用管道燃气的居民小区。",
      "二、工作要求",
      "各单位要明确专人负责，于每周五前将检查情况报镇安办。",
      "特此通知。",
    ].join("\n");
    const mined = await mine("燃气检查通知.txt", notice);
    expect(mined.notSpeech).toBeUndefined();
    expect(mined.speeches.map((s) => s.genre)).toEqual(["通知/方案"]);
  });

  it("does not flag a speech typed with ASCII semicolons, in long lines or at the ends of lines", async () => {
    const clause = "要压实属地责任;要强化部门监管;要落实企业主体责任;确保全镇安全形势稳定。";
    const joined = ["在全镇安全生产工作会议上的讲话", `同志们：今天召开会议。${clause.repeat(6)}`, clause.repeat(4)];
    expect((await mine("joined.txt", joined.join("\n"))).notSpeech).toBeUndefined();
    const ended = [
      "在全镇安全生产工作会议上的讲话",
      "同志们：",
      "一是压实属地责任，各村要明确专人负责;",
      "二是强化部门监管，各站所要加强执法检查;",
      "三是落实企业主体责任，各企业要开展自查自改;",
      "四是加强宣传教育，营造人人讲安全的氛围。",
    ];
    expect((await mine("ended.txt", ended.join("\n"))).notSpeech).toBeUndefined();
  });

  it("does not flag any file of the sample corpus", async () => {
    const dir = path.join(process.cwd(), "data/corpus");
    const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const mined = await mineDocument(f, readFileSync(path.join(dir, f)));
      expect(mined.notSpeech, f).toBeUndefined();
      expect(
        mined.speeches.every((s) => s.genre === "讲话"),
        f,
      ).toBe(true);
    }
  });
});

describe("notSpeech on Chinese text without sentences", () => {
  it("flags a list of names and units that has no sentence", async () => {
    const list = ["城关镇 张建国", "河口乡 李明华", "县应急管理局 王志强", "县住建局 赵丽", "县交通运输局 陈刚"].join(
      "\n",
    );
    const mined = await mine("名单.txt", list);
    expect(mined.speeches.flatMap((s) => s.blocks).length).toBeGreaterThan(0);
    expect(mined.notSpeech?.reason).toBe("没有找到成句的讲话文字（没有一个段落带句号、问号或叹号）");
  });
});

describe("hanCharCount", () => {
  it("counts as the Unicode script property does, over every code point of the BMP and beyond", () => {
    const codes: number[] = [];
    for (let c = 0x20; c <= 0xffff; c++) if (c < 0xd800 || c > 0xdfff) codes.push(c);
    codes.push(0x20000, 0x2a6d6, 0x30000, 0x1f600, 0x10000);
    const text = String.fromCodePoint(...codes) + "\ud800孤\udc00";
    let expected = 0;
    for (const _ of text.replace(/\P{Script=Han}/gu, "")) expected++;
    expect(expected).toBeGreaterThan(20000);
    expect(hanCharCount(text)).toBe(expected);
  });
});
