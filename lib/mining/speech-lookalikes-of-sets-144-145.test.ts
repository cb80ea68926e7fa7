import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_SPEECH, countySpeechWith } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// A speech's own lines in the shapes the rules of sets 144–145 read as chrome (written for these tests, from an outside
// review): a label it quotes in corner brackets with 来源 in it, its figures keyed in brackets to a group (小区按：…), an
// account it names in brackets with its handle, a column of names closing it, a meeting it announces with its attendees.

describe("a speech's corner brackets with 来源 or 来自 in them", () => {
  it("keeps a label it tells people to write and a phrase it quotes: no outlet is named", () => {
    for (const line of [
      "每份隐患报告都要注明「来源：群众举报」或者「来源：执法检查」，便于分类统计和跟踪督办。",
      "要警惕「来自网络的谣言」，不信谣、不传谣，发现问题及时向有关部门反映。",
    ])
      expect(textsOf(countySpeechWith(line))).toContain(line);
  });
});

describe("a speech's figures keyed in brackets to a group", () => {
  it("keeps （小区按：…）, （小组按：…）, （小学按：…）: no nickname signs them", () => {
    for (const line of [
      "灭火器要按标准配备（小区按：每栋楼每层不少于2具，企业按：每50平方米不少于1具），确保好用管用。",
      "全员培训要分组进行（小组按：每组不超过十人），确保每个人都动手操作。",
      "学校安全教育课时要保证（小学按：每周一课时，中学按：每两周一课时），不得挤占。",
    ])
      expect(textsOf(countySpeechWith(line))).toContain(line);
  });
});

describe("an account a speech names in brackets with its handle", () => {
  it("keeps the handle glossing the account its sentence names, or telling hearers where to write", () => {
    for (const line of [
      "县里开通了政务账号，（抖音@青川应急）每天发布安全提示，请大家关注转发。",
      "对网上盗用我县宣传视频的行为，（侵权线索请私信@青川发布）我们将依法追究。",
      "发现侵权盗版行为，可以向县文旅局举报【举报转载侵权@青川文旅】，我们将及时处理。",
    ])
      expect(textsOf(countySpeechWith(line))).toContain(line);
  });
});

describe("a column of names closing a speech", () => {
  it("keeps the names: a signer's stands alone under the closing", () => {
    const texts = textsOf([...COUNTY_SPEECH, "张伟", "李娜", "王强"]);
    expect(texts).toEqual(expect.arrayContaining([COUNTY_CLOSING, "张伟", "李娜", "王强"]));
  });
});

describe("a meeting a speech announces on a 纪要's page", () => {
  it("keeps its attendees under the sentence announcing it", () => {
    const roll = "参会人员：各乡镇乡镇长，县直有关部门主要负责人。";
    const page = [
      "县安委会第一次全体会议纪要",
      ...COUNTY_SPEECH.slice(0, -1),
      "下周三上午九点，在县政府三楼会议室召开全县消防安全工作会议。",
      roll,
      COUNTY_CLOSING,
    ];
    expect(textsOf(page)).toContain(roll);
  });
});
