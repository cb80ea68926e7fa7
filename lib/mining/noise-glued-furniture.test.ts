import { describe, expect, it } from "vitest";
import { textsOf } from "../testing/mined-page";
import { splitGluedFurniture } from "./noise-glued-furniture";

// A page written for these tests in the shape of set 143's construction company 公众号: a site manager's talk at the
// morning meeting, its photos captioned with ▲ on lines of their own, one caption placing a man in the picture
// (（右二）) glued to the start of the paragraph under it where the line break was lost.
const TITLE = "在城南安置房项目“安全生产月”班前会上的讲话";
const OPENING =
  "早上好！今天是“安全生产月”的第一天，趁着上工前这十分钟，我跟大家说几句，不讲大道理，就讲咱们工地上的实在事。";
const GLUED_CAPTION = "▲ 张志刚（右二）检查作业人员安全帽佩戴情况";
const PARAGRAPH =
  "工友们，出门干活为的啥？为的是挣钱养家，为的是年底平平安安回家过年。安全这个事不能靠运气，运气好一回两回，不可能回回都好。";
const CHECKS =
  "这个月要把隐患好好捋一遍，外架、卸料平台、电梯井口、楼层临边，安全员带着班组长一层一层地查，发现问题当场整改。";
const CLOSING = "好了，就说这么多。高高兴兴上班来，平平安安回家去！散会！";
const lines = (texts: string[]) => texts.map((text, i) => ({ text, lineNo: i + 1 }));

describe("a ▲ caption placing a person in the picture, glued to a paragraph", () => {
  it("sets the caption on a line of its own, and the caption rules remove it", () => {
    const split = splitGluedFurniture(lines([`${GLUED_CAPTION}${PARAGRAPH}`]));
    expect(split.map((l) => l.text)).toEqual([GLUED_CAPTION, PARAGRAPH]);
    const page = [TITLE, "项目经理　张志刚", "", "▲ 6月1日清晨，项目班前会现场", "", "工友们：", OPENING];
    page.push("", `${GLUED_CAPTION}${PARAGRAPH}`, "", CHECKS, "", "▲ 安全员在基坑东侧设置警戒线", "", CLOSING);
    expect(textsOf(page)).toEqual([OPENING, PARAGRAPH, CHECKS, CLOSING]);
  });

  it("leaves a caption that runs on and a speaker's own ▲ points whole", () => {
    const texts = [
      // the caption's own clause after 情况, no sentence of the speech
      `${GLUED_CAPTION}并当场提出整改要求，督促班组长立即落实到每个作业面上。`,
      // a speaker's point: no place in a picture
      "▲检查作业人员安全帽佩戴情况工友们要互相提醒，班组长每天班前逐个查看，发现不戴的当场纠正。",
      // the place after a comma: a sentence about a photo, not a caption
      "▲ 大家看这张照片，张志刚（右二）检查安全帽佩戴情况工友们都看见了，问题就出在帽带没系紧。",
    ];
    expect(splitGluedFurniture(lines(texts)).map((l) => l.text)).toEqual(texts);
  });
});
