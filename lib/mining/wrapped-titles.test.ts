import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import { joinWrappedTitles } from "./wrapped-titles";

// Pages written for these tests: a PDF's title wrapped onto two lines under the site's header.
const FIRST = "在全县2025年安全生产工作会议暨县安委会";
const SECOND = "第二次全体会议上的讲话";
const SPEECH = [
  "副县长　王立新",
  "同志们：",
  "今天召开全县安全生产工作会议，主要是总结去年工作，分析当前形势，部署今年重点任务。",
  "一、清醒认识当前形势",
  "去年全县共发生生产安全事故十一起、死亡九人，同比分别下降百分之十五和百分之十，但道路交通和建筑施工事故仍然多发。",
];

describe("a title wrapped onto two lines", () => {
  it("joins the halves into the speech's title, after the site's header", () => {
    const page = ["××县人民政府门户网站", "首页 > 政务公开 > 讲话", FIRST, SECOND, ...SPEECH];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(1);
    expect(mined.speeches[0]!.title).toBe(FIRST + SECOND);
    expect(mined.removed.map((r) => r.text)).not.toContain(FIRST);
  });

  it("joins only when the halves together name the meeting and neither does alone", () => {
    const join = (lines: string[], verdict: (string | null)[] = lines.map(() => null)) => {
      const texts = lines.slice();
      return { n: joinWrappedTitles(texts, verdict), texts };
    };
    expect(join([FIRST, SECOND]).texts).toEqual([FIRST + SECOND, ""]);
    // the first half removed as the page's chrome comes back
    const verdict: (string | null)[] = ["网站杂质", null];
    expect(join([FIRST, SECOND], verdict).n).toBe(1);
    expect(verdict).toEqual([null, null]);
    // a whole title under a page's headline; a sentence before a title; the halves of a 通知's own title
    expect(join(["县长在全县会议上的讲话", "在全县安全生产工作会议上的讲话"]).n).toBe(0);
    expect(join(["会议由副县长主持，在座各位要抓好落实", SECOND]).n).toBe(0);
    expect(join(["关于印发王县长在全县安全生产", "工作会议上讲话的通知"]).n).toBe(0);
    // the second line removed as noise stays removed
    expect(join([FIRST, SECOND], [null, "网站杂质"]).n).toBe(0);
  });
});
