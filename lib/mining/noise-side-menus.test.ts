import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { markSideMenus, SIDE_MENU } from "./noise-side-menus";
import { mineText } from "./text-pipeline";

// A county bureau's 专题 page written for these tests: the topic's sub-menu (a label over numbered page names) above
// the headline, then a speech whose own points are numbered the same way.
const TITLE = "在全县燃气安全专项整治推进会上的讲话";
const MENU = ["栏目导航", "一、整治方案", "二、工作动态", "三、曝光台", "四、知识问答"];
const OPENING = "今天召开这次推进会，主要是通报前段整治进展，部署下一步工作。下面，我讲两点意见。";
const FIRST = "一、认清燃气安全形势";
const FIRST_BODY = "今年以来，全县排查餐饮场所一千二百余家，发现隐患三百余处，整改任务依然繁重。";
const SECOND = "二、压实各方责任";
const SECOND_BODY = "各乡镇要落实属地责任，行业部门要按照职责分工加强检查，企业要切实履行主体责任。";
const CLOSING = "同志们，燃气安全关系千家万户，大家要以更实举措抓好整治，确保全县安全形势稳定。";

describe("a 专题 page's labelled sub-menu above the speech", () => {
  it("removes the label and its numbered items; the page holds one speech with its own headings", () => {
    const page = ["某县应急管理局", "首页 | 新闻动态 | 专题专栏", "", ...MENU, "", TITLE, "同志们："];
    page.push(OPENING, FIRST, FIRST_BODY, SECOND, SECOND_BODY, CLOSING);
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    const headings = mined.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual([FIRST, SECOND]);
    for (const line of MENU) expect(removalReason(mined.removed, line)).toBe(SIDE_MENU);
  });

  it("marks a menu's label over short items up to a blank line, above the first sentence", () => {
    const texts = ["专题导航", "工作部署", "进展情况", "", TITLE, "同志们：", OPENING];
    const verdict = texts.map(() => null as string | null);
    markSideMenus(texts, verdict);
    expect(verdict).toEqual([SIDE_MENU, SIDE_MENU, SIDE_MENU, null, null, null, null]);
  });

  it("keeps a speech's own 菜单 and its items under the salutation", () => {
    const texts = [TITLE, "同志们：", "服务菜单", "一、上门服务", "二、预约办理", OPENING];
    const verdict = texts.map(() => null as string | null);
    markSideMenus(texts, verdict);
    expect(verdict.every((v) => v === null)).toBe(true);
  });

  it("keeps a label over lines that are sentences, over one item, or over more items than a menu holds", () => {
    const sentences = [
      "专题导航",
      "一、方案要早定，责任要明确",
      "二、检查要跟上，整改要到位",
      TITLE,
      "同志们：",
      OPENING,
    ];
    const lone = ["专题导航", "工作部署", "", TITLE, "同志们：", OPENING];
    const many = ["专题导航", ...Array.from({ length: 13 }, (_, k) => `第${k + 1}组名单`), TITLE, "同志们：", OPENING];
    for (const texts of [sentences, lone, many]) {
      const verdict = texts.map(() => null as string | null);
      markSideMenus(texts, verdict);
      expect(verdict.every((v) => v === null)).toBe(true);
    }
  });
});
