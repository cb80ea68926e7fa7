import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// A county app's share page written for these tests: the report's head and lead, then the speech's digest under
// unnumbered subheads.
const APP = "掌上青禾";
const HEADLINE = "我县召开森林防灭火工作推进会";
const BYLINE = "记者　林小雨　通讯员　郑凯";
const LEAD =
  "3月12日下午，全县森林防灭火工作推进会召开。会议通报了今冬以来全县森林火情处置情况，县林业局、县消防救援大队作了交流发言。" +
  "副县长周明远出席会议并作了题为《管住野外火源 守好绿水青山》的讲话，对春季防火工作提出明确要求。";
const HANDOVER = "以下为讲话摘要：";
const SPEECH = [
  "认清形势，防火这根弦松不得",
  "今冬以来全县降水偏少，林下可燃物积累多，清明前后上坟烧纸、农事用火集中，一个火星就可能酿成大火。",
  "去年全县发生森林火情三起，虽然都及时扑灭，但暴露出巡护不到位、宣传不入户的问题，大家要引以为戒。",
  "管住火源，入山路口要守牢",
  "各乡镇要在进山路口设卡值守，对进山人员逐一登记、收缴火种，清明期间护林员全天在岗，不准擅离。",
  "坟山集中的村要安排专人蹲守，提倡文明祭扫，发现违规用火的当场制止，情节严重的移交公安机关处理。",
  "压实责任，出了问题要问到人",
  "乡镇主要负责人是辖区森林防火第一责任人，村组干部要包山头、包地块，层层签订责任书，不留空档。",
];
const TAIL = ["打开APP阅读更多", "责编：何　静"];

const mine = (lines: string[]) => mineText(lines.join("\n"));
/** The normaliser takes out the space between Chinese characters. */
const squeeze = (t: string) => t.replace(/\s+/g, "");
const blockTexts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a speech's title named in the lead of a report that prints it", () => {
  it("takes the title from the lead's 《》 and drops the lead, the hand-over line and the page's head", () => {
    const r = mine([APP, HEADLINE, BYLINE, LEAD, HANDOVER, ...SPEECH, ...TAIL]);
    expect(r.speeches).toHaveLength(1);
    expect(r.speeches[0]!.title).toBe("管住野外火源守好绿水青山");
    const texts = r.speeches[0]!.blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes("题为") || t.includes(HANDOVER) || t === APP)).toBe(false);
    expect(r.removed.map((x) => x.text)).toEqual(expect.arrayContaining([APP, squeeze(LEAD), HANDOVER]));
    // The digest opens on its first subhead, found with its siblings.
    const headings = r.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => b.text);
    expect(headings).toEqual([SPEECH[0], SPEECH[3], SPEECH[6]]);
  });

  it("reads a hand-over that ends the lead and a title given as 以《》为题", () => {
    const lead = LEAD.replace("作了题为《管住野外火源 守好绿水青山》的讲话", "以《管住野外火源》为题作了讲话");
    const r = mine([APP, HEADLINE, `${lead}以下为讲话全文：`, ...SPEECH]);
    expect(r.speeches[0]!.title).toBe("管住野外火源");
    expect(blockTexts([APP, HEADLINE, `${lead}以下为讲话全文：`, ...SPEECH]).some((t) => t.includes("为题"))).toBe(
      false,
    );
  });

  it("keeps the speech's own title line under the hand-over", () => {
    const own = "在全县森林防灭火工作推进会上的讲话";
    const r = mine([HEADLINE, LEAD, HANDOVER, own, "同志们：", ...SPEECH.slice(1)]);
    expect(r.speeches.map((s) => s.title)).toEqual([own]);
  });

  it("leaves a lead without a hand-over line, and a speaker's own mention of a talk, to the speech", () => {
    // No hand-over: nothing says the speech starts below the lead.
    expect(mine([APP, LEAD, ...SPEECH]).speeches[0]!.title).not.toBe("管住野外火源守好绿水青山");
    // A speaker who speaks of another's talk (我完全赞同) before printing nothing: his own words stay.
    const own = "刚才，周县长作了题为《管住野外火源守好绿水青山》的讲话，我完全赞同，大家回去要认真抓好落实。";
    const texts = blockTexts(["在全县森林防灭火工作推进会上的讲话", own, HANDOVER, ...SPEECH.slice(1)]);
    expect(texts).toContain(own);
  });
});
