import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS } from "../testing/county-speech-lines";
import { removalReason } from "../testing/page-noise";
import { lineNoiseReason } from "./noise-line-rules";
import { mineText } from "./text-pipeline";
import { widgetLineReason } from "./noise-widget-lines";

// Lines written for these tests in the shape of set 142's 搜狐号 article: the account's source credit in its bar
// (来源｜…) and the platform's statement under its label (平台声明：…) at the foot of the speech.
const SOURCE = "来源｜青山县融媒体中心";
const STATEMENT = "平台声明：文章内容与观点由作者负责，本平台作为信息发布平台，仅提供信息存储与展示服务。";

describe("a self-media account's source credit and its platform's statement", () => {
  it("reads a source credit in a bar alone on its line as the account's", () => {
    for (const line of [SOURCE, "来源 | 校长办公室", "稿源丨县应急管理局"]) {
      expect(widgetLineReason(line)).toBe("来源作者信息");
    }
  });

  it("keeps a speech's own lines that name a source: inside a sentence, or a clause after the bar", () => {
    expect(widgetLineReason("隐患来源｜设备老化")).toBeNull();
    expect(widgetLineReason("来源｜一是设备老化，二是违章作业")).toBeNull();
    expect(widgetLineReason("来源于群众的举报线索要逐条核查")).toBeNull();
  });

  it("reads the platform's statement under its label as the site's; a sentence naming one is the speech's", () => {
    expect(lineNoiseReason(STATEMENT, false, false)).toBe("来源作者信息");
    expect(lineNoiseReason("网站声明：凡本网注明来源的作品，版权均属本网所有。", false, false)).toBe("来源作者信息");
    expect(lineNoiseReason("外卖平台声明的安全承诺，要逐条对照检查。", false, false)).toBeNull();
  });

  it("removes both under the speech; the speech stays whole", () => {
    const page = [...COUNTY_SPEECH, "", SOURCE, "编辑｜林一苇　审核｜蔡恒", "", STATEMENT, "阅读 (3216)"];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removalReason(mined.removed, SOURCE)).toBe("来源作者信息");
    expect(removalReason(mined.removed, STATEMENT)).toBe("来源作者信息");
  });
});
