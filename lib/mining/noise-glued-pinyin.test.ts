import { describe, expect, it } from "vitest";
import { countySpeechWith } from "../testing/county-speech-lines";
import { oneSpeechTexts } from "../testing/mined-page";
import type { Ctx } from "./noise-fragments";
import { cutGluedPinyin, readsAsPinyin } from "./noise-glued-pinyin";

// Pinyin glued to the words it spells, with no brackets or tones, in sentences written for these tests in the shapes
// of sets 144, 146 and 147's: a reading aid's after its words, an input method's before its character. The guards keep
// the Latin a speech writes between its characters, and a censored word the miner restores.

const blocksWith = (line: string) => oneSpeechTexts(countySpeechWith(line));

describe("glued pinyin", () => {
  it("cuts the syllables after or before the characters they spell", () => {
    expect(blocksWith("各乡镇要组织开展拉网式隐患排查paicha，做到不留死角。")).toContain(
      "各乡镇要组织开展拉网式隐患排查，做到不留死角。",
    );
    expect(blocksWith("对检查发现的问题要立查立gai改，不能拖到下个月。")).toContain(
      "对检查发现的问题要立查立改，不能拖到下个月。",
    );
    expect(blocksWith("严禁货车司机疲劳pilao驾驶。")).toContain("严禁货车司机疲劳驾驶。");
    expect(blocksWith("严厉打击非法营运、超限超载、pilao疲劳驾驶等违法行为。")).toContain(
      "严厉打击非法营运、超限超载、疲劳驾驶等违法行为。",
    );
  });

  it("keeps the Latin a speech writes: an app's name, an abbreviation, a unit, an address", () => {
    for (const line of [
      "各企业要通过微信app上报隐患，做到即查即报。",
      "全县新建LNG加气站3座，每座都要装设泄漏报警装置。",
      "检测显示，排口废水pH值一度超过9，要立即整改。",
      "群众举报可登录县应急局网站www.qcyj.gov.cn，在首页点击隐患举报栏目填写，经查实的给予奖励。",
      "企业wifi密码不得张贴在控制室墙上。",
      "各单位要用好微信、app、热线等渠道，畅通群众举报。",
    ])
      expect(blocksWith(line)).toContain(line);
  });

  it("leaves a word a site censored into pinyin to its restoration", () => {
    expect(blocksWith("县zhengfu要把安全生产纳入年度考核。")).toContain("县政府要把安全生产纳入年度考核。");
  });

  it("reads the short words of a line that writes English as English", () => {
    const glossary = "【词汇】hidden hazard隐患；forklift叉车；fume烟尘";
    const ctx: Ctx = { removed: [] };
    expect(cutGluedPinyin(glossary, 1, ctx)).toBe(glossary);
    expect(cutGluedPinyin("超限超载、pilao疲劳驾驶", 1, ctx)).toBe("超限超载、疲劳驾驶");
  });

  it("reads letters as pinyin only when every letter belongs to a syllable", () => {
    for (const w of ["paicha", "gai", "pilao", "zhengfu", "anquan"]) expect(readsAsPinyin(w)).toBe(true);
    for (const w of ["app", "wifi", "pdf", "zf", "ktv"]) expect(readsAsPinyin(w)).toBe(false);
  });
});
