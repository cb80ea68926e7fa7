import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE, countySpeechWith } from "@/lib/testing/county-speech-lines";
import { mineText } from "@/lib/mining/text-pipeline";
import { textsOf } from "@/lib/testing/mined-page";

// An outside review found the rules of sets 100–103 leaving their chrome in a form a little different from the one
// they were made for: a download box drawn with emoji arrows or with a comma between its words, a page rule of ―
// (U+2015) or with 共N页 on it, an AI tool's 已为您生成讲话稿如下：, a reader's opinion signed 2024年6月21日. Pages
// written for these tests around the county speech; each also keeps the speech's own look-alike.
/** The removal report's lines without their spaces (the report gives a line as normalised). */
const removedOf = (r: ReturnType<typeof mineText>) => r.removed.map((x) => [x.text.replace(/\s/g, ""), x.reason]);

describe("a download box in other arrows", () => {
  it("takes boxes drawn with 👇 or ⬇️, and one with a comma between its words", () => {
    for (const box of ["👇 下载本文完整Word版 👇", "⬇️点击下载此文档⬇️", "↓↓ 全文可编辑，免费下载 ↓↓"]) {
      const r = mineText(countySpeechWith(box).join("\n"));
      expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
      expect(removedOf(r)).toContainEqual([box.replace(/\s/g, ""), "付费/登录提示"]);
    }
  });

  it("keeps a speech's line with a comma and an arrow at one end only", () => {
    const own = "各单位要组织职工下载安全培训课件，按要求完成学习↓";
    expect(textsOf(countySpeechWith(own)).join("")).toContain("各单位要组织职工下载安全培训课件，按要求完成学习");
  });
});

describe("a page rule in other dashes", () => {
  it("takes ―― 第 2 页 ―― and —— 第2页 共5页 ——", () => {
    for (const rule of ["―― 第 2 页 ――", "—— 第2页 共5页 ——"]) {
      const r = mineText(countySpeechWith(rule).join("\n"));
      expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
      expect(removedOf(r)).toContainEqual([rule.replace(/\s/g, ""), "页码"]);
    }
  });
});

describe("an AI writing tool's lead-in with the output named first", () => {
  it("takes 已为您生成讲话稿如下： with the form above it and the button under the draft", () => {
    const page = [
      "选择模板：讲话稿 > 会议讲话",
      "帮我写一篇县长在全县安全生产工作会议上的讲话，1000字左右",
      "已为您生成讲话稿如下：",
      ...COUNTY_SPEECH,
      "重新生成",
    ];
    const r = mineText(page.join("\n"));
    expect(r.speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence on what a system generated", () => {
    const own = "系统已为各乡镇生成隐患清单如下，请逐项核对，不得漏报。";
    expect(textsOf(countySpeechWith(own))).toContain(own);
  });
});

describe("a reader's opinion signed with a date in Chinese", () => {
  it("takes the signed opinions under their label", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "传阅记录",
      "已阅，请各科室认真学习。　孙建军　2024年6月21日",
      "同意。　李红梅　2024年6月22日",
    ];
    const r = mineText(page.join("\n"));
    expect(r.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(r.removed.filter((x) => x.text.includes("2024年6月2")).map((x) => x.reason)).toEqual([
      "办公系统记录",
      "办公系统记录",
    ]);
  });

  it("keeps a signed line that stands under no label", () => {
    const signed = "以上意见，请各乡镇抓好落实。　县安委办　2024年6月21日";
    expect(textsOf([...COUNTY_SPEECH, signed]).join("")).toContain("以上意见，请各乡镇抓好落实。");
  });
});
