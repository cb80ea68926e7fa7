import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 57's: a 范文 site's mobile page with an ad card between two
// paragraphs, a 公众号 article split into PART 01 / PART 02, a 范文 page's 本文关键词 and a 标签云 over its tags.

describe("a phone's copy of a page", () => {
  it("drops an ad card whose label carries the advertiser's tagline, its headline and its button", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "广告 · 某某防水 十年质保，上门免费检测",
      "卫生间漏水别再砸砖了，师傅2小时上门",
      "立即咨询 >",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops an account's PART 01 markers between the speech's parts", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD.slice(0, 4),
      "PART 01",
      ...COUNTY_SPEECH_HEAD.slice(4),
      "PART 02",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's lines on advertising, a list's items opening 广告· among them (广告 is no label there)", () => {
    const own = [
      "广告招牌、户外广告设施要逐一排查，防止大风天气坠落伤人。",
      "今年汛期前，重点抓好以下几类设施的排查：",
      "广告·招牌：逐一排查户外广告牌、店招店牌",
      "燃气·管道：全面检查老旧管网和餐饮场所",
      "临时·建筑：拆除违规搭建的彩钢棚",
      "广告|店招：大风天气前必须全部加固",
    ];
    const texts = textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST]).join("\n");
    for (const line of own) expect(texts).toContain(line);
  });

  it("keeps a slide-made speech's PART 1 numbering", () => {
    const page = [...COUNTY_SPEECH_HEAD, "PART 1", "安全形势", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toContain("PART 1");
  });
});

describe("a 范文 page's keywords and tag cloud", () => {
  it("keeps the title under a tag cloud's label, with or without its tags", () => {
    expect(speechesOf(["热门标签", "", ...COUNTY_SPEECH]).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    const short = [
      "标签云",
      "安全生产 讲话稿 应急管理",
      "安全生产表态发言",
      "县应急管理局局长　李某",
      "同志们：",
      ...COUNTY_SPEECH_BLOCKS,
    ];
    expect(speechesOf(short).map((s) => s.title)).toEqual(["安全生产表态发言"]);
  });

  it("drops 本文关键词：… and a 标签云 with its tags on one line", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "本文关键词：安全生产讲话稿，季度安全生产例会讲话，区长讲话稿",
      "上一篇：在全县防汛工作会议上的讲话",
      "标签云",
      "安全标语  安全月  班前会  安全承诺书  事故警示  消防演练",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
