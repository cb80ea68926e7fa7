import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf } from "../testing/mined-page";
import { bracketedSubheads } from "./bracketed-subheads";

// A speech with no numbered sections that prints its section heads in brackets (a news site's reprint), written for
// these tests: the heads are its level-1 headings; a bracketed label (【编者按】, 【典型案例】) is no heading.

const LAST_YEAR = COUNTY_SITUATION.replace("今年以来", "去年");
const frame = [COUNTY_TITLE, "县长　×××", "同志们：", COUNTY_OPENING];
const sections = [
  "【认清当前安全生产形势】",
  COUNTY_SITUATION,
  LAST_YEAR,
  "【扎实推进隐患排查整治】",
  COUNTY_CHECK,
  "【层层压实安全生产责任】",
  COUNTY_DUTY,
  COUNTY_CLOSING,
];

const headingsOf = (page: string[]) =>
  speechesOf(page)[0]!.blocks.flatMap((b) => (b.kind === "heading" ? [[b.level, b.text]] : []));

describe("bracketed section heads of a speech without numbered sections", () => {
  it("reads each bracketed line alone between two paragraphs as a level-1 heading", () => {
    expect(headingsOf([...frame, ...sections])).toEqual([
      [1, "【认清当前安全生产形势】"],
      [1, "【扎实推进隐患排查整治】"],
      [1, "【层层压实安全生产责任】"],
    ]);
  });

  it("finds them among a page's lines, with an editor's label over the lead left alone", () => {
    const page = ["【编者按】", "本报记者整理了会议讲话全文，供读者参阅。", ...frame, ...sections];
    expect(bracketedSubheads(page).map((i) => page[i])).toEqual([
      "【认清当前安全生产形势】",
      "【扎实推进隐患排查整治】",
      "【层层压实安全生产责任】",
    ]);
  });

  it("reads no heading in a speech's bracketed labels (a word over a case or a comment)", () => {
    const page = [
      ...frame,
      "【典型案例】",
      COUNTY_SITUATION,
      "【专家点评】",
      COUNTY_CHECK,
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    expect(headingsOf(page)).toEqual([]);
  });

  it("leaves a single bracketed line between paragraphs as it is", () => {
    const page = [...frame, "【认清当前安全生产形势】", COUNTY_SITUATION, COUNTY_CHECK, COUNTY_DUTY, COUNTY_CLOSING];
    expect(headingsOf(page)).toEqual([]);
  });

  it("still reads bracketed lines under a numbered section as its level-2 subheads", () => {
    const page = [
      ...frame,
      "一、认清形势",
      "【看清事故总量】",
      COUNTY_SITUATION,
      "【看清薄弱环节】",
      LAST_YEAR,
      "二、压实责任",
      COUNTY_DUTY,
      COUNTY_CLOSING,
    ];
    expect(headingsOf(page)).toEqual([
      [1, "一、认清形势"],
      [2, "【看清事故总量】"],
      [2, "【看清薄弱环节】"],
      [1, "二、压实责任"],
    ]);
  });
});
