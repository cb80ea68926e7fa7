import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { lineNoiseReason } from "./noise-line-rules";

// A news app's tip line, its phone number in two groups (0571-8765 4321), and a platform's disclaimer whose address,
// where an account is applied for, runs it past the length a copy note is looked for in.

const TIP_LINE = "青川新闻报料：0571-8765 4321";
const DISCLAIMER =
  "本文为青川号作者或机构在青川新闻上传并发布，仅代表该作者或机构观点，不代表青川新闻的观点或立场，青川新闻仅提供信息发布平台。申请青川号请用电脑访问https://apply.qingchuan-news.example.cn/account。";

describe("a news app's tip line and its platform's disclaimer", () => {
  it("drops the tip line with its phone in two groups", () => {
    expect(lineNoiseReason(TIP_LINE, false, false)).toBe("联系方式");
  });

  it("drops the disclaimer that a long address runs past a hundred characters", () => {
    expect(DISCLAIMER.length).toBeGreaterThan(100);
    expect(lineNoiseReason(DISCLAIMER, false, false)).toBe("来源作者信息");
  });

  it("keeps a speech's sentence giving a hotline in two groups", () => {
    const own = "群众发现安全隐患，可拨打县安委办举报电话0571-8765 4321，查实后给予奖励。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });

  it("keeps a paragraph of the speech that points to an address, then says its cases are for reference", () => {
    const own =
      "各乡镇、各部门要对照省应急管理厅公布的重大事故隐患判定标准（https://yjt.example.gov.cn/standards/2024），逐项开展自查自改，标准中列举的典型案例仅供参考，具体认定要结合本地实际，由行业部门研究确定。";
    expect(own.length).toBeGreaterThan(100);
    expect(own.replace(/https?:\/\/\S+?(?=）)/, "").length).toBeLessThanOrEqual(100);
    // (The address itself goes as a link's; the paragraph stays.)
    const texts = textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST]);
    expect(texts.some((t) => t.includes("典型案例仅供参考，具体认定要结合本地实际"))).toBe(true);
  });
});
