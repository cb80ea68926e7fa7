import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import { transcriptCues } from "./subtitle-cues";
import type { SourceLine } from "./types";

// Pages written for these tests: a video platform's 字幕文稿 export that times each paragraph (one cue a paragraph,
// two cut at a comma), beside a transcript cut into screenfuls (the cues run on across sentence ends).
const TITLE = "在全市冬季消防安全工作会议上的讲话";
const OPENING =
  "今天召开全市冬季消防安全工作会议，主要是通报今冬以来的火灾形势，部署下一阶段防范工作。刚才，市消防救援支队作了通报，我都同意。";
const FIRES = "入冬以来，全市共接报火灾二百余起，同比有所上升，其中居民住宅火灾占六成以上，电动自行车火灾明显增多。";
const CAUSE_A = "从调查情况看，一些小区楼道堆放杂物，电动自行车进楼入户充电，";
const CAUSE_B = "物业和社区巡查走了过场，发现问题没有盯到整改到位。这些问题必须下决心解决。";
const CHECK = "各区要组织街道、社区对老旧小区、群租房和沿街门店开展一次拉网式检查，逐户登记隐患，建立整改清单。";
const DUTY_A = "各行业主管部门要按照管行业必须管安全的要求，";
const DUTY_B = "对本行业领域的消防安全开展专项检查，该停业整改的坚决停业整改，决不能姑息迁就。";
const CLOSING =
  "同志们，冬季消防安全关系千家万户。希望大家以更加扎实的作风，把各项措施落到实处，确保全市火灾形势平稳。";

const at = (k: number) => `[00:${String(Math.floor(k / 6)).padStart(2, "0")}:${String((k % 6) * 10).padStart(2, "0")}]`;
const timed = (lines: string[]) => lines.map((t, k) => `${at(k)} ${t}`);

const paragraphCues = timed([
  "（片头）",
  TITLE,
  "市长　×××",
  "同志们：",
  OPENING,
  "一、看清火灾形势",
  FIRES,
  CAUSE_A,
  CAUSE_B,
  "二、抓实隐患整改",
  CHECK,
  DUTY_A,
  DUTY_B,
  CLOSING,
  "（掌声）",
]);

const blocksOf = (page: string[]) => mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const source = (texts: string[]): SourceLine[] => texts.map((text, k) => ({ text, lineNo: k + 1 }));
const kindOf = (texts: string[]) => transcriptCues(source(texts), texts.length, texts.length);

describe("a transcript export that times each paragraph", () => {
  it("keeps each cue that ends a sentence a paragraph of its own, and runs on a cue stopped at a comma", () => {
    const blocks = blocksOf(["某某视频 · 字幕文稿导出", "——————————", ...paragraphCues]);
    expect(blocks).toEqual([
      OPENING,
      "一、看清火灾形势",
      FIRES,
      CAUSE_A + CAUSE_B,
      "二、抓实隐患整改",
      CHECK,
      DUTY_A + DUTY_B,
      CLOSING,
    ]);
    expect(blocks.join("")).not.toMatch(/\d{2}:\d{2}/);
  });

  it("tells paragraph cues from screenfuls by the length of the cues that end a sentence", () => {
    expect(kindOf(paragraphCues)).toBe("paragraphs");
    const pieces = timed([TITLE, "同志们：", ...[OPENING, FIRES, CHECK].flatMap((t) => t.match(/.{1,16}/g)!)]);
    expect(kindOf(pieces)).toBe("pieces");
    // An agenda's times before its items, each a sentence of its own: no transcript.
    const agenda = timed(Array.from({ length: 12 }, (_, k) => `第${k + 1}项议程，请有关同志发言。`));
    expect(kindOf(agenda)).toBeNull();
  });

  it("still runs a screenful transcript's pieces on across their sentence ends", () => {
    const pieces = timed([TITLE, "同志们：", ...(OPENING + FIRES).match(/.{1,16}/g)!]);
    expect(blocksOf(pieces).join("\n")).toContain(OPENING + FIRES);
  });
});
