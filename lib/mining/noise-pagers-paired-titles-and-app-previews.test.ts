import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { splitSpacedLine } from "./spaced-paragraphs";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 125's: a city bureau's site whose pager (第1页 共2页 [上一页] [1]
// [2] [下一页]) cuts a paragraph after a comma, a firm's news page whose title opens with two matched phrases parted by
// a space, and a news app's share page whose preview ends with the count of what it hides.
const TITLE = "在全县汛期安全生产工作推进会上的讲话";
const OPENING =
  "今天召开这次推进会，主要是对汛期安全生产工作再检查、再部署。刚才，县水利局、县自然资源局分别通报了汛前检查情况，我都同意。";
const BODY = [
  "今年以来，全县安全生产形势总体平稳，但汛期山洪、内涝和地质灾害风险叠加，部分在建工地和老旧房屋隐患仍然突出。",
  "各乡镇要对辖区内的危旧房屋、地质灾害隐患点和在建工地逐一排查，建立问题清单，明确整改责任人和完成时限，整改一处、销号一处。",
  "各乡镇党委、政府主要负责同志是本地区汛期安全第一责任人，要亲自部署、亲自检查，把责任压到村组、落到个人。",
];
const CLOSING = "同志们，汛期安全责任重大，希望大家迅速行动起来，确保全县安全度汛。";
const textsOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a site's pager inside a paragraph", () => {
  const pager = "第1页　共2页　　[上一页]　[1]　[2]　[下一页]";

  it("removes the whole pager line, its links in brackets too, and joins the paragraph it cut after a comma", () => {
    const cut = BODY[1]!.indexOf("，明确") + 1;
    const page = [TITLE, "同志们：", OPENING, BODY[0]!, BODY[1]!.slice(0, cut), pager, BODY[1]!.slice(cut)];
    page.push(BODY[2]!, CLOSING, "【打印本页】　【关闭窗口】");
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, CLOSING]);
    expect(removalReason(mined.removed, pager)).toBe("页码");
    // the same pager with its links unbracketed
    const plain = page.map((l) => (l === pager ? "第1页　共2页　　上一页　1　2　下一页" : l));
    expect(textsOf(plain)).toEqual([OPENING, ...BODY, CLOSING]);
  });

  it("keeps a speech's sentence that names the pages of its papers", () => {
    const sentence =
      "会议材料上一页列的是去年未销号的问题，下一页列的是今年新发现的12处隐患，第1页到第2页都要逐项对照。";
    const page = [TITLE, "同志们：", OPENING, sentence, ...BODY, CLOSING];
    expect(textsOf(page)).toContain(sentence);
  });
});

describe("a main title of two matched phrases parted by a space", () => {
  const main = "筑牢安全生产防线　护航企业平稳发展";
  const title = `${main.split("　")[1]}——总经理陈立峰在公司2024年安全生产工作会议上的讲话`;

  it("keeps the title whole instead of cutting its first phrase off as a line of its own", () => {
    const line = `${main.split("　")[0]}　${title}`;
    expect(splitSpacedLine({ text: line, lineNo: 3 }).map((l) => l.text)).toEqual([line]);
    const page = ["公司要闻", line, "发布时间：2024-02-02　　浏览次数：512", "同志们：", OPENING, ...BODY, CLOSING];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([line.replace("　", "")]);
  });

  it("still cuts a one-line page's menu item off a title, and a sentence's space stays a break", () => {
    // 公司要闻 (four characters) does not match 护航企业平稳发展 (eight): a menu item, not the title's first half.
    const menu = `公司要闻　${title}`;
    expect(splitSpacedLine({ text: menu, lineNo: 3 }).map((l) => l.text)).toEqual(["公司要闻", title]);
    const sentence = `${BODY[0]!}　${BODY[2]!}`;
    expect(splitSpacedLine({ text: sentence, lineNo: 3 }).map((l) => l.text)).toEqual([BODY[0], BODY[2]]);
  });
});

describe("an app's preview cut off with the count of what it hides", () => {
  it("removes the count and keeps the last paragraph cut where the preview stops", () => {
    // The preview stops mid-word in a long closing paragraph; a reader's comment under it quotes the speech.
    const cutClosing =
      "同志们，汛期已经到来，防汛和安全生产工作一刻也不能放松。各乡镇、各部门要以对人民群众生命财产高度负责的态度，把各项工作往前赶、往细里抓，切实";
    const page = ["打开App，阅读体验更佳", TITLE, "同志们：", OPENING, ...BODY, cutClosing];
    page.push("剩余30%内容未展示", "打开App阅读全文", "", "热门评论", "青石巷的老周");
    page.push(
      "“整改一处、销号一处”，县长说得好，我们村后山那处滑坡点去年就该治了。",
      "05-12 09:30 · IP属地：江西",
      "41",
    );
    const mined = mineText(page.join("\n"));
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, ...BODY, cutClosing]);
    expect(removalReason(mined.removed, "剩余30%内容未展示")).toBeDefined();
  });

  it("keeps a speech's sentences about what is left of a task or a fund", () => {
    const lines = [
      "剩余25%的内容未展示到位的，各乡镇要在月底前补齐宣传栏。",
      "剩余30%的专项资金要在汛前全部下达，不得截留挪用。",
    ];
    const page = [TITLE, "同志们：", OPENING, ...BODY, ...lines, CLOSING];
    const texts = textsOf(page);
    for (const l of lines) expect(texts).toContain(l);
  });
});
