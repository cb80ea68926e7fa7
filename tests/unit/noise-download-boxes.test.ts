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

// The box's kin: a 范文 site's call on a line of its own, set off by a pointer, the click on the page (这里/此) and
// what it gets. A speech's own bullet or its sentence about a link never clicks 这里 on the page.
describe("a site's call set off by a pointer between paragraphs", () => {
  it("takes the call out, whatever the pitch before the click", () => {
    for (const call of [
      "▶ 工作总结写不好？戳这里一键获取《年度总结模板合集》",
      "👉 材料写作没头绪？点击这里免费下载精品范文",
      "▲ 述职报告不会写？点此咨询资深写手，一对一代写服务 ▲",
    ]) {
      const r = mineText([TITLE, "同志们：", OPENING, DUTY, call, CUT_BEFORE + CUT_AFTER, CLOSING].join("\n"));
      const texts = r.speeches.flatMap((s) => s.blocks.map((b) => b.text));
      expect(texts.join("\n")).not.toMatch(/没头绪|写不好|不会写/);
      expect(texts).toContain(trim(DUTY));
      expect(texts).toContain(trim(CUT_BEFORE) + CUT_AFTER);
    }
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
