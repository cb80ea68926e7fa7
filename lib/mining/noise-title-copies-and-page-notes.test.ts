import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 126: a mobile 范文 site that heads each page of a speech it cut
// into pages with the title and the page's number, an OCR'd scan whose running head (the title) is misread, a 文档
// site's 第N页／共M页 marks, a PDF's footnote wrapped at a page's foot.
const TITLE = "在全镇燃气安全专项整治推进会上的讲话";
const OPENING = "今天召开全镇燃气安全专项整治推进会，主要任务是通报前段工作情况，部署下一步整治任务。";
const CUT_BEFORE = "各村要对辖区内餐饮场所、液化气供应点和老旧小区燃气管道逐一开展排查，对发现的";
const CUT_AFTER = "问题建立台账，落实整改责任和时限，整改一项、销号一项。";
const BODY = "镇安监站要会同市场监管所开展联合检查，严厉打击非法充装、违规经营等行为，绝不手软。";
const CLOSING = "同志们，燃气安全责任重于泰山，希望大家守土尽责，确保全镇安全形势持续稳定。";

const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("the title printed again at a page break", () => {
  const mobile = [
    "‹返回　　墨林范文网　　首页",
    TITLE,
    "同志们：",
    OPENING,
    "一、摸清底数",
    CUT_BEFORE,
    "‹ 上一页　　第1页/共3页　　下一页 ›",
    "第1页　第2页　第3页",
    "‹返回　　墨林范文网　　首页",
    `${TITLE}（第2页）`,
    CUT_AFTER,
    "二、严格执法",
    BODY,
    "‹ 上一页　　第2页/共3页　　下一页 ›",
    `${TITLE}（第3页）`,
    "三、压实责任",
    CLOSING,
  ];

  it("reads a mobile site's page links and its title with the page's number as the page's furniture", () => {
    const { speeches, removed } = mineText(mobile.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(TITLE);
    const blocks = speeches[0]!.blocks;
    expect(blocks.map((b) => b.text)).toContain(CUT_BEFORE + CUT_AFTER);
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "一、摸清底数",
      "二、严格执法",
      "三、压实责任",
    ]);
    expect(removalReason(removed, "第1页　第2页　第3页")).toBe("页码");
  });

  it("reads an OCR'd running head that misreads one character of the wrapped title, the sentence running across it", () => {
    const scan = [
      "在全镇燃气安全专项整治推进会上",
      "的讲话",
      "同志们：",
      OPENING,
      CUT_BEFORE,
      "— 1 —",
      "",
      "在全镇燃气安全专项整治推进会上的讲活",
      CUT_AFTER,
      BODY,
      CLOSING,
    ];
    const { speeches } = mineText(scan.join("\n"));
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toContain(CUT_BEFORE + CUT_AFTER);
  });

  it("keeps a collection's next speech of the same title under a page number, where the text above ends", () => {
    const second = "同志们，刚才书记作了全面部署，我再强调两点，请大家抓好落实。";
    const page = [TITLE, "同志们：", OPENING, BODY, CLOSING, "— 3 —", "", TITLE, second, BODY, CLOSING];
    const { speeches } = mineText(page.join("\n"));
    expect(speeches).toHaveLength(2);
    expect(speeches[1]!.blocks.map((b) => b.text)).toContain(second);
  });

  it("keeps a sentence that names pages in a row", () => {
    const own = "请大家翻到材料第1页、第2页和第3页，对照清单逐项核对。";
    const text = blocksOf([TITLE, "同志们：", OPENING, own, BODY, CLOSING]);
    expect(text).toContain(own);
  });
});

describe("the title numbered bare under a mirror site's pager", () => {
  const pager = "（第1页/共2页）　上一页　[1]　[2]　下一页";
  const first = [TITLE, "同志们：", OPENING, "一、摸清底数", BODY, pager, ""];

  it("reads the copy as the page's furniture where the outline runs on under it", () => {
    const page = [...first, `${TITLE}(2)`, "", "二、严格执法", CUT_BEFORE + CUT_AFTER, "三、压实责任", CLOSING];
    const { speeches, removed } = mineText(page.join("\n"));
    expect(speeches.map((s) => s.title)).toEqual([TITLE]);
    const heads = speeches[0]!.blocks.filter((b) => b.kind === "heading");
    expect(heads.map((b) => [b.text, b.level])).toEqual([
      ["一、摸清底数", 1],
      ["二、严格执法", 1],
      ["三、压实责任", 1],
    ]);
    expect(removalReason(removed, pager)).toBe("页码");
    expect(removalReason(removed, `${TITLE}(2)`)).toBe("页眉（每页重复）");
  });

  it("keeps a collection's second speech numbered so, under the first one's closing or over its salutation", () => {
    const second = "刚才，镇长对燃气安全专项整治作了全面部署，我完全赞同，请各村抓好落实。";
    const closed = [...first.slice(0, -2), CLOSING, pager, "", `${TITLE}（2）`, second, BODY];
    const titles = (page: string[]) => mineText(page.join("\n")).speeches.map((s) => s.title);
    expect(titles(closed)).toEqual([TITLE, `${TITLE}（2）`]);
    const saluted = [...first, `${TITLE}（2）`, "同志们：", second, BODY, CLOSING];
    expect(titles(saluted)).toEqual([TITLE, `${TITLE}（2）`]);
  });
});

describe("page marks and notes at a page's foot", () => {
  it("runs a sentence across a 文档 site's 第N页／共M页 mark", () => {
    const page = [TITLE, "同志们：", OPENING, CUT_BEFORE, "第2页／共5页", CUT_AFTER, BODY, CLOSING];
    expect(blocksOf(page)).toContain(CUT_BEFORE + CUT_AFTER);
  });

  it("takes a footnote wrapped over two lines at a page's foot, the paragraph running on past the page number", () => {
    const cited = "今年以来，全镇共发生燃气泄漏事故3起①，虽未造成人员伤亡，但教训深刻。";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      cited,
      CUT_BEFORE,
      "————————",
      "①数据来源：镇安监站《燃气安全检查情况汇总》，不含",
      "工业用户。",
      "— 2 —",
      CUT_AFTER,
      BODY,
      CLOSING,
    ];
    const { speeches, removed } = mineText(page.join("\n"));
    const text = speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(text).toContain(CUT_BEFORE + CUT_AFTER);
    expect(text.join("")).not.toContain("工业用户");
    expect(removalReason(removed, "工业用户。")).toBe("脚注");
  });

  it("keeps the speech's own lines under a note that runs on to no page number", () => {
    const cited = "今年以来，全镇共发生燃气泄漏事故3起①，虽未造成人员伤亡，但教训深刻。";
    const own = "各村要举一反三，立即开展燃气安全自查。";
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      cited,
      "①数据来源：镇安监站《燃气安全检查情况汇总》，不含",
      own,
      BODY,
      CLOSING,
    ];
    expect(blocksOf(page).join("\n")).toContain(own);
  });
});
