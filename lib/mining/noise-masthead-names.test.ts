import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { mastheadNames } from "./noise-masthead-names";

// A document site's short name (墨池网) set into a sentence, where its masthead prints its full name (墨池文库 — …).

const MASTHEAD = "墨池文库 — 范文资料共享平台";
const FOOTER = "Copyright © 2015-2024 墨池文库 版权所有　浙ICP备16012345号-2";

describe("a document site's short name set into a sentence", () => {
  it("cuts the short name where the text uses the site's proper part nowhere else", () => {
    const watermarked = COUNTY_CHECK.replace("开展一次", "开展墨池网一次");
    const rest = COUNTY_SPEECH_REST.map((t) => (t === COUNTY_CHECK ? watermarked : t));
    const texts = textsOf([MASTHEAD, "首页 | 讲话稿 | 工作总结", "", ...COUNTY_SPEECH_HEAD, ...rest, "", FOOTER]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a name the speech's own place shares the proper part of", () => {
    const body = "墨池镇要抓好汛前检查。\n要用好墨池网开设的曝光专栏。";
    expect(mastheadNames(MASTHEAD, body)).toEqual([]);
  });

  it("learns the full name and the short one when the text carries only them", () => {
    const body = "结合我墨池网县实际，开展排查。\n墨池文库 www.mochi.com 第 3 页";
    expect(mastheadNames(MASTHEAD, body).sort()).toEqual(["墨池文库", "墨池网"].sort());
  });
});
