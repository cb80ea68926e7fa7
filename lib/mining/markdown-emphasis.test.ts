import { describe, expect, it } from "vitest";
import { removeNoiseFromPage } from "../testing/page-noise";
import { MD_BOLD_LINE_RE } from "./markdown-emphasis";
import { mineText } from "./text-pipeline";

// A 公众号 article written for these tests: a workshop head's talk whose heads are bold, each after a pictograph the
// editor set before it as an ornament, with bold words inside its sentences too.
const TITLE = "在装配车间7月份安全例会上的讲话";
const OPENING = "今天是7月份的第一次安全例会，正值高温季节，我占用大家几分钟，讲三个方面的事情。";
const LAST_MONTH =
  "6月份车间没有发生伤害事件，但上报未遂事件3起，其中两起是行车吊装时有人站在吊物下方，**这种情况绝不能再有**。";
const REPAIR =
  "本月下旬要对2号生产线进行停线检修，检修前各班组要把能量隔离、挂牌上锁的每一步都落实到人，检修完要逐项验收。";
const DUTY =
  "从本月起，车间实行班长安全承诺制，每班开工前班长要带队检查作业现场，发现问题当场整改，整改不了的及时上报。";
const article = [
  TITLE,
  "车间主任　×××",
  "各位工友：",
  OPENING,
  "🔷**一、先看看上个月的情况**",
  LAST_MONTH,
  "🔷**二、这个月重点抓检修**",
  REPAIR,
  "🔷 **三、责任要落实到每个班组**",
  DUTY,
];

describe("a 公众号 article's bold heads behind a pictograph", () => {
  it("read as Markdown: the bold marks go, in the heads and inside the sentences", () => {
    const { kept } = removeNoiseFromPage(article);
    expect(kept.join("")).not.toContain("**");
    expect(kept).toContain(LAST_MONTH.replaceAll("**", ""));
  });

  it("give the outline's heads once the marks are gone", () => {
    const [speech] = mineText(article.join("\n")).speeches;
    expect(speech!.blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toEqual([
      ["一、先看看上个月的情况", 1],
      ["二、这个月重点抓检修", 1],
      ["三、责任要落实到每个班组", 1],
    ]);
  });

  it("count only when a pictograph stands before the bold run, not a speaker's word", () => {
    expect(MD_BOLD_LINE_RE.test("🔷**一、先看看上个月的情况**")).toBe(true);
    expect(MD_BOLD_LINE_RE.test("注意：**严禁在吊物下方站人**")).toBe(false);
  });

  it("leave a speech's ** alone when one such line is all the page has", () => {
    const page = [TITLE, "各位工友：", OPENING, "🔷**一、先看看上个月的情况**", LAST_MONTH, REPAIR, DUTY];
    expect(removeNoiseFromPage(page).kept).toContain(LAST_MONTH);
  });
});
