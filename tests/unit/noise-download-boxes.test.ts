import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a 范文 site's article: its download box, drawn between arrows, set
// into the text where the page scrolls, between the two halves of a sentence.
const TITLE = "在全市燃气安全专项整治推进会上的讲话";
const OPENING = "　　今天召开全市燃气安全专项整治推进会，主要是通报前一阶段整治进展，部署下一步重点任务。";
const CUT_BEFORE = "　　各区要对辖区内餐饮场所的燃气管道、软管和报警装置逐户过一遍，";
const CUT_AFTER = "发现问题当场交办，能立即整改的立即整改，不能立即整改的限期整改到位。";
const DUTY = "　　燃气经营企业要落实入户安检责任，对用户的安检每年不少于一次，安检记录要经得起抽查。";
const CLOSING = "　　同志们，燃气安全关系千家万户，希望大家以这次推进会为契机，把各项措施抓实抓细。";
const blocks = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const trim = (s: string) => s.trim();

describe("a download box between arrows inside a sentence", () => {
  it("takes the box out and joins the sentence across it", () => {
    for (const box of ["▼ 点击下载本文完整Word版（可编辑） ▼", "↓↓ 免费下载此文档 ↓↓", "点击下载全文 ▼"]) {
      const r = mineText([TITLE, "同志们：", OPENING, CUT_BEFORE, box, CUT_AFTER, DUTY, CLOSING].join("\n"));
      const texts = r.speeches.flatMap((s) => s.blocks.map((b) => b.text));
      expect(texts).toContain(trim(CUT_BEFORE) + CUT_AFTER);
      expect(texts.join("\n")).not.toMatch(/下载/);
      expect(r.removed.find((x) => x.text.includes("下载"))?.reason).toBe("付费/登录提示");
    }
  });

  it("keeps a speech's own line on downloading, and arrows around a line with no download words", () => {
    const own = "　　各单位要组织职工下载安装应急管理部门的安全培训APP，";
    const ownAfter = "每人每月完成不少于四个学时的线上学习，年底纳入考核。";
    const marked = "▼ 典型案例警示 ▼";
    const texts = blocks([TITLE, "同志们：", OPENING, own, ownAfter, marked, DUTY, CLOSING]);
    expect(texts).toContain(trim(own) + ownAfter);
    expect(texts.join("\n")).toContain("典型案例警示");
  });
});

// A pointer with 点这里/点此 on a line of its own is no evidence of a site's call: ▲ ▶ ➢ ► are a speech's bullets
// too, a noun's 点 (风险点, 仓储点) reads 点这里, and a speaker tells the hall where to click. Such lines stay.
describe("a speech's bullets and instructions that click 这里 or 此", () => {
  it("keeps a noun's 点 and the speaker's own instructions on a platform", () => {
    const own = [
      "▲ 盯住每个风险点这里查看、那里复核，一处不落",
      "▶ 隐患点此处查看不便的，要先架设临时步道",
      "➢ 库房网点这里查看消防台账，那里查看值班记录，一项不能少",
      "▶ 遇到操作问题，点这里咨询区应急管理局的技术人员",
      "▶ 请各企业登录监管平台，点这里查看本企业的整改清单",
      "» 点此进入的是区应急管理局的举报平台，请大家转告员工",
    ];
    const texts = blocks([TITLE, "同志们：", OPENING, ...own, DUTY, CLOSING]).join("\n");
    expect(texts).toContain("风险点这里查看");
    expect(texts).toContain("隐患点此处查看不便的");
    expect(texts).toContain("库房网点这里查看消防台账");
    expect(texts).toContain("点这里咨询区应急管理局的技术人员");
    expect(texts).toContain("点这里查看本企业的整改清单");
    expect(texts).toContain("点此进入的是区应急管理局的举报平台");
  });

  it("keeps a speech's bullets and its sentences on clicking a link", () => {
    const own = [
      "▶ 重点此次检查要覆盖全部餐饮场所，不留死角",
      "▶ 群众可扫码举报燃气隐患，点击小程序首页即可上传照片",
      "　　区里已在政务网站开设燃气安全专栏，群众点这里就能查看举报须知。",
    ];
    const texts = blocks([TITLE, "同志们：", OPENING, ...own, DUTY, CLOSING]).join("\n");
    expect(texts).toContain("重点此次检查要覆盖全部餐饮场所");
    expect(texts).toContain("点击小程序首页即可上传照片");
    expect(texts).toContain("群众点这里就能查看举报须知");
  });
});

// Where a site prints its call: among its own chrome after the speech's end (under its download box, over the next
// speech of a collection). The same call between a speech's paragraphs is left: its place is the only evidence.
describe("a site's call set off by a pointer among the page's chrome", () => {
  const call = "▲ 述职报告不会写？点此咨询资深写手，一对一定制服务 ▲";
  it("takes the call under the download box after the speech's end", () => {
    const r = mineText(
      [TITLE, "同志们：", OPENING, DUTY, CLOSING, "↓↓ 免费下载此文档 ↓↓", call, "篇二", TITLE].join("\n"),
    );
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text)).join("\n")).not.toContain("述职报告不会写");
    expect(r.removed.find((x) => x.text.includes("述职报告不会写"))?.reason).toBe("付费/登录提示");
  });

  it("leaves the same call between a speech's paragraphs", () => {
    const texts = blocks([TITLE, "同志们：", OPENING, call, DUTY, CLOSING, "↓↓ 免费下载此文档 ↓↓"]).join("\n");
    expect(texts).toContain("述职报告不会写");
    expect(texts).toContain(trim(DUTY));
  });
});
