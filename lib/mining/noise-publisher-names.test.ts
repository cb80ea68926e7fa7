import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// An app's name printed as the page's masthead and as the article's byline, then set into the speech's sentences as a
// watermark; and the speech's own mentions of such a name, or of an office that signs its page so, kept.

const page = (masthead: string, byline: string, rest: string[]) => [
  masthead,
  "首页　本地　视频　直播",
  "以案为鉴　压实责任——县长在全县安全生产工作会议上讲话",
  byline,
  "",
  ...COUNTY_SPEECH_HEAD,
  ...rest,
];

describe("a publisher's name from its masthead and byline, set into a sentence", () => {
  const watermarked = COUNTY_CHECK.replace("建立隐患台账", "建立隐患青溪融媒台账");

  it("cuts the name from the sentence it was set into", () => {
    const rest = COUNTY_SPEECH_REST.map((t) => (t === COUNTY_CHECK ? watermarked : t));
    const texts = textsOf(page("青溪融媒", "青溪融媒　2024-05-10 09:30　阅读 1203", rest));
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the name where the speech names the app as a channel of its own", () => {
    const own = "要用好青溪融媒、县电视台等平台，把安全提示推送到每家每户。";
    const texts = textsOf(
      page("青溪融媒", "青溪融媒　2024-05-10 09:30　阅读 1203", [own, watermarked, ...COUNTY_SPEECH_REST.slice(2)]),
    );
    expect(texts).toContain(own);
  });

  it("keeps an office's name that heads its page and signs the article", () => {
    const own = "由青溪县应急管理局牵头，每月通报一次隐患整改进度。";
    const texts = textsOf(page("青溪县应急管理局", "青溪县应急管理局　2024-05-10 09:30", [own, ...COUNTY_SPEECH_REST]));
    expect(texts).toContain(own);
  });

  it("keeps a name the page prints at its top without a byline of it", () => {
    const own = COUNTY_CHECK.replace("建立隐患台账", "联合青溪融媒开设曝光专栏");
    const texts = textsOf(page("青溪融媒", "记者　李明　2024-05-10", [own, ...COUNTY_SPEECH_REST.slice(2)]));
    expect(texts).toContain(own);
  });
});
