import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineDocument } from "./mine-document";

// Pages written for these tests in the shapes of set 64's, documents through office converters a second time: a
// tracked draft through pandoc's HTML, a booklet saved as a web page by LibreOffice, pandoc's Markdown with its front
// matter, pdftotext of a booklet's 目录 and of a company paper's page.

const htmlTexts = async (body: string) =>
  (await mineDocument("page.html", new TextEncoder().encode(`<html><body>${body}</body></html>`))).speeches.flatMap(
    (s) => s.blocks.map((b) => b.text),
  );
const paragraphs = (lines: string[]) => lines.map((t) => `<p>${t}</p>`).join("");

describe("a draft and a booklet as HTML", () => {
  it("reads a tracked draft as accepted: no deleted text, no reviewer's comment", async () => {
    const tracked = COUNTY_SITUATION.replace(
      "事故总量",
      '<span class="deletion" data-author="刘">事故起数明显上升，</span><span class="insertion">事故总量</span>',
    ).replace(
      "，安全隐患",
      '，<span class="comment-start" id="0">请再核对数字</span>安全隐患<span class="comment-end" id="0"></span>',
    );
    const body = paragraphs([
      COUNTY_TITLE,
      "同志们：",
      COUNTY_OPENING,
      tracked,
      `<del>这句话删去。</del>${COUNTY_CHECK}`,
    ]);
    expect(await htmlTexts(body + paragraphs([COUNTY_CLOSING]))).toEqual([
      COUNTY_OPENING,
      COUNTY_SITUATION,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ]);
  });

  it("drops LibreOffice's note marks in the text and its notes after it", async () => {
    const cited = COUNTY_SITUATION.replace(
      "形势不容乐观",
      '形势不容乐观<a class="sdendnoteanc" href="#sdendnote1sym"><sup>i</sup></a>',
    );
    const note =
      '<div id="sdendnote1"><p><a class="sdendnotesym" href="#sdendnote1anc">i</a>数据来源：县应急管理局统计分析。</p></div>';
    const body = paragraphs([COUNTY_TITLE, "同志们：", COUNTY_OPENING, cited, COUNTY_CLOSING]) + note;
    expect(await htmlTexts(body)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });
});

describe("a converted document's front matter, contents and sidebars", () => {
  it("takes the title pandoc's Markdown keeps in its front matter, and drops an image's attributes", () => {
    const page = ["---", `title: ${COUNTY_TITLE}`, "---", "", "县长　×××", "", "同志们：", "", COUNTY_OPENING, ""];
    page.push('![](media/image1.png){width="4.72in"', 'height="2.65in"}', "", COUNTY_SITUATION, "", COUNTY_CLOSING);
    const [speech] = speechesOf(page);
    expect(speech!.title).toBe(COUNTY_TITLE);
    expect(speech!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });

  it("drops a booklet's 目录 set a character a line, its last entry's page number past its leaders", () => {
    const entries = [
      "一、在全县安全生产工作会议上的主持词（王××）……………3",
      "二、在全县安全生产工作会议上的讲话（李××）………6",
    ];
    entries.push("三、在全县安全生产工作会议上的表态发言（县交通运输局） 9");
    const page = ["全县安全生产工作会议材料汇编", "", "目", "", "录", "", ...entries, "", ...COUNTY_SPEECH_HEAD];
    const speeches = speechesOf([...page, ...COUNTY_SPEECH_REST]);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a paper's box of key points and the wrapped lines of its editor's note", () => {
    const note = [
      "编者按：10 月 12 日，公司召开第三季度安全生产例会，总结三季",
      "度安全工作。现将总经理的讲话刊发，",
      "请各单位认真学习。",
    ];
    const box = ["会议要点", "■ 7 至 9 月全公司零重伤、零火", "灾、零泄漏", "■ 承包商管理列为四季度头号", "整治内容"];
    const page = [...note, "", COUNTY_TITLE, "总经理　×××", "同志们：", ...box, "", COUNTY_OPENING, COUNTY_SITUATION];
    expect(textsOf([...page, COUNTY_CLOSING])).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_CLOSING]);
  });
});

// Each found by an outside review of the first version of these rules, on pages written for it.
describe("what an outside review found the first version of these rules did wrong", () => {
  const T = COUNTY_TITLE;
  const O = COUNTY_OPENING;

  it("keeps the title under a box of key points, and a speech's own points under its prose", () => {
    const box = ["会议要点", "■ 全公司实现零重伤", "■ 四季度开展安全大检查"];
    expect(speechesOf([...box, T, "同志们：", O, COUNTY_SITUATION, COUNTY_CLOSING])[0]!.title).toBe(T);
    const own = [T, "同志们：", "今天我们召开安全生产工作会议。下面，我先讲讲会议要点。", ...box, "一、认清形势"];
    expect(textsOf([...own, "当前正值生产高峰，各类风险交织叠加。", COUNTY_CLOSING])).toContain("一、认清形势");
  });

  it("keeps the opening under an editor's note that ends at its colon or never ends a sentence", () => {
    const colon = "编者按：10月12日，县委召开全县安全生产工作会议，县委书记李明出席会议并讲话。现将讲话全文刊发如下：";
    expect(textsOf([colon, "同志们：", O, COUNTY_SITUATION, COUNTY_CLOSING])).toContain(O);
    const open = "编者按：10月12日，县委召开全县安全生产工作会议，现将县委书记李明同志的讲话全文刊发";
    const unfinished = "今天召开这次会议，主要是分析当前形势，刚才几位同志作了发言，我完全同意";
    expect(textsOf([open, unfinished, "一、认清形势", COUNTY_SITUATION, COUNTY_CLOSING]).join("")).toContain(
      "刚才几位同志作了发言",
    );
  });

  it("keeps a speech's last sentence on a meeting to come above the next speech's lead", () => {
    const last = "下个月，县政府将召开全县安全生产工作推进会，对各地落实情况进行通报。";
    const page = [
      T,
      "同志们：",
      COUNTY_SITUATION,
      last,
      "会上，副县长李四作了具体部署。",
      "在全县防汛工作会议上的讲话",
    ];
    expect(textsOf([...page, "同志们：", COUNTY_CHECK])).toContain(last);
  });

  it("keeps the words a page strikes through for effect, where no change is tracked", async () => {
    const struck = "过去我们常说“<del>等靠要</del>”，这种思想必须彻底摒弃。";
    const texts = await htmlTexts(paragraphs([COUNTY_TITLE, "同志们：", COUNTY_OPENING, struck, COUNTY_CLOSING]));
    expect(texts.join("")).toContain("等靠要");
  });
});
