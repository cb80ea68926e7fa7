import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE } from "../testing/county-speech-lines";
import { speechesOf } from "../testing/mined-page";
import { removeNoiseFromPage } from "../testing/page-noise";

// A 人大 site's page written for these tests: the speech, then the site's box of a topic's pages, its items numbered
// like the outline's level-1 headings, then the footer.

const BUTTONS = "【打印本页】【关闭窗口】";
const LABEL = "安全生产监督专题";
const ITEMS = [
  "一、县人大常委会关于开展安全生产监督的工作方案",
  "二、监督组赴工业园区检查企业安全生产情况",
  "三、关于全县安全生产工作情况的调研报告",
];
/** A second speech, a town's, that a collection may print under a topic's label. */
const TOWN_SPEECH = [
  "在全镇森林防火工作会议上的讲话",
  "镇长　×××",
  "同志们：",
  "今天召开全镇森林防火工作会议，主要是安排部署今冬明春的森林防火工作。刚才，镇林业站通报了有关情况，我都同意。",
  "一、守住山头",
  "各村要在进山路口设置检查卡点，安排专人值守，严禁携带火种进山，对上坟烧纸、烧荒等野外用火行为要及时劝阻制止。",
  "同志们，森林防火责任重大。希望大家守土尽责，确保全镇不发生森林火灾。",
];
const FOOTER = "版权所有：×××县人大常委会办公室　　地址：×××县人民路1号　　联系电话：0000-1234567";

describe("a topic's box of links below the speech", () => {
  it("drops the label and its items: they are no headings of the speech", () => {
    const page = [...COUNTY_SPEECH, "", BUTTONS, "", LABEL, ...ITEMS, "", FOOTER];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    const { kept } = removeNoiseFromPage(page);
    for (const line of [LABEL, ...ITEMS]) expect(kept).not.toContain(line);
  });

  it("keeps a label above the speech's closing, and one over the next speech's title and text", () => {
    const ownLabel = "安全生产月专题";
    const own = ["开展“安全生产月”活动", "组织应急演练"];
    const page = [...COUNTY_SPEECH.slice(0, -1), ownLabel, ...own, ...COUNTY_SPEECH.slice(-1)];
    const { kept } = removeNoiseFromPage(page);
    for (const line of own) expect(kept).toContain(line);
    // Below the first speech's closing, a collection's label over a second speech keeps that speech whole.
    const speeches = speechesOf([...COUNTY_SPEECH, "", ownLabel, ...TOWN_SPEECH]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE, TOWN_SPEECH[0]]);
    expect(speeches[1]!.blocks.map((b) => b.text)).toEqual(TOWN_SPEECH.slice(3));
  });
});
