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
