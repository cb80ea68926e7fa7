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
