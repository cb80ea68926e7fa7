import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  countySpeechWith,
} from "../testing/county-speech-lines";
import { oneSpeechTexts } from "../testing/mined-page";
import { isSignatureName } from "./signature-names";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of sets 144–145's: a writing studio's advert under a label framed by
// rules with no closing label, a site's 「来源：…」 credit in corner brackets inside a sentence, an OCR'd round seal
// between two paragraphs, a signer's name under the closing. Each was a leak or a block before; the guards keep a
// speech's own lines of the same look.

const removedOf = (page: string[]) => mineText(page.join("\n")).removed;

describe("an advert under a label framed by rules, with no closing label", () => {
  it("drops the label and the one line that sells, with a way to reach the seller", () => {
    const ad = "清风文案工作室代写各类讲话稿、汇报材料，专人一对一服务，当天交稿。咨询微信：qf-wenan2025";
    expect(oneSpeechTexts(countySpeechWith("———— 广告 ————", ad))).toEqual(COUNTY_SPEECH_BLOCKS);
    const app = "「清风写作」小程序上线！输入会议主题，一分钟生成讲话提纲 → 扫码体验";
    expect(oneSpeechTexts(countySpeechWith("—————— 推广 ——————", app))).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removedOf(countySpeechWith("———— 广告 ————", ad))).toContainEqual(
      expect.objectContaining({ text: ad, reason: "广告" }),
    );
  });

  it("keeps a speech's own line under such a label when it gives a duty", () => {
    const duty = "各乡镇要推广“平安乡村”小程序，群众扫码即可上报身边的安全隐患，热线电话同步受理。";
    expect(oneSpeechTexts(countySpeechWith("———— 推广 ————", duty))).toContain(duty);
  });

  it("keeps the line under a framed label that offers nothing", () => {
    const point = "户外广告设施要逐一登记，由城管部门牵头开展安全检查，发现松动脱落的立即拆除。";
    expect(oneSpeechTexts(countySpeechWith("———— 广告 ————", point))).toContain(point);
  });
});

describe("a site's credit in corner brackets inside a sentence", () => {
  it("cuts 「来源：…」 and keeps the sentence whole", () => {
    const page = countySpeechWith(
      "对排查出的隐患要建立清单、明确时限，重大隐患由县领导挂牌督办，「来源：青川县应急管理专栏」整改完成后由应急局组织复核。",
    );
    expect(oneSpeechTexts(page)).toContain(
      "对排查出的隐患要建立清单、明确时限，重大隐患由县领导挂牌督办，整改完成后由应急局组织复核。",
    );
  });

  it("keeps corner brackets that quote a slogan", () => {
    const quote = "各村要在醒目位置张贴「安全生产，人人有责」标语，让群众抬头可见。";
    expect(oneSpeechTexts(countySpeechWith(quote))).toContain(quote);
  });
});

describe("an OCR'd seal between two paragraphs", () => {
  it("drops the office's name between the seal's glyphs", () => {
    expect(oneSpeechTexts(countySpeechWith("⊙中共青川县委员会办公室⊙"))).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(oneSpeechTexts(countySpeechWith("◎ 青川县应急管理局（印） ◎"))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a compilation's ornament around a unit's name over its remarks", () => {
    const remarks = "我局将对全县危化品企业开展全覆盖检查，对重大隐患一律挂牌督办，确保按期整改到位。";
    expect(oneSpeechTexts(countySpeechWith("◎县应急管理局◎", remarks))).toContain("◎县应急管理局◎");
  });

  it("keeps a heading that opens with such a glyph", () => {
    const page = [...COUNTY_SPEECH_HEAD, "◎二、抓好排查", ...COUNTY_SPEECH_REST.slice(1)];
    expect(oneSpeechTexts(page)).toContain("◎二、抓好排查");
  });
});

describe("a signer's name under the closing", () => {
  it("reports the name alone under the closing as the 落款, with or without a date under it", () => {
    for (const tail of [["李建国"], ["李建国", "2024年3月5日"], ["欧阳明华"]]) {
      const page = [...COUNTY_SPEECH, "", ...tail];
      expect(oneSpeechTexts(page)).toEqual(COUNTY_SPEECH_BLOCKS);
      expect(removedOf(page)).toContainEqual(
        expect.objectContaining({ text: tail[0], reason: expect.stringContaining("落款") }),
      );
    }
  });

  it("tells a name from a closing word or a phrase alone on a line", () => {
    for (const name of ["李建国", "王芳", "欧阳明华", "司马青"]) expect(isSignatureName(name)).toBe(true);
    for (const word of ["谢谢大家", "谢谢", "散会", "完毕", "全文完", "同志们", "安全第一", "高度重视", "欧阳"])
      expect(isSignatureName(word)).toBe(false);
  });
});

describe("a 纪要's roll of who attended, after the speech it prints", () => {
  it("drops 参会人员：… and 请假人员：… under the closing", () => {
    const roll = [
      "参会人员：刘明远，县政府副县长陈红、欧阳斌，县应急局、县住建局主要负责人，各乡镇分管负责人。",
      "请假人员：县政府副县长赵立（公务）。",
    ];
    expect(oneSpeechTexts(["青川县安全生产委员会办公室", "会　议　纪　要", "", ...COUNTY_SPEECH, "", ...roll])).toEqual(
      COUNTY_SPEECH_BLOCKS,
    );
    // Not in a page that is no 纪要: a speech may list its meeting's attendees.
    expect(
      oneSpeechTexts([...COUNTY_SPEECH.slice(0, -1), "具体安排如下：", roll[0]!, COUNTY_SPEECH.at(-1)!]),
    ).toContain(roll[0]);
  });

  it("keeps a line that tells those at the meeting what to do", () => {
    const duty = "与会人员：请会后三日内将本单位隐患排查方案报县安委办，各乡镇要同步抓好落实。";
    expect(oneSpeechTexts(["县安委会全体会议纪要", "", ...countySpeechWith(duty)])).toContain(duty);
  });
});
