import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// Chrome between the paragraphs of a collection page's speeches, in the shapes of set 104's pages (a 文秘 site's tip
// to its copier indented like a paragraph, a 公众号's reply-keyword prompt), and the web addresses a kept line holds:
// the chrome goes, and the speech's own words of the same kind stay (its tip to the audience, its site to log in to).

const joined = (blocks: string[]) => blocks.join("");
const withLine = (line: string) => [...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];

describe("a site's tip to whoever copies the speech", () => {
  it("drops 小编提示：… on replacing the text's figures, indented between two paragraphs", () => {
    const blocks = textsOf(withLine("    小编提示：文中的统计数字请按本单位实际情况修改后使用。"));
    expect(joined(blocks)).not.toContain("小编提示");
    expect(blocks).toContain(COUNTY_SITUATION);
    expect(blocks).toContain(COUNTY_CHECK);
  });

  it("keeps a speaker's own 提示 to the room about the figures", () => {
    const own = "这里提示一下：文中的统计数字是县统计局三季度的快报数，请大家以正式年报为准。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});

describe("a 公众号's reply-keyword prompt between paragraphs", () => {
  it("drops ▼ 后台回复“…”，获取… with a comma after the keyword", () => {
    const blocks = textsOf(withLine("▼ 后台回复“安全”，获取本期全部讲话稿Word版"));
    expect(joined(blocks)).not.toContain("后台回复");
    expect(blocks).toContain(COUNTY_CHECK);
  });

  it("keeps a speech that asks people to reply to a text message", () => {
    const own = "各企业负责人收到短信后要回复“收到”，并在当天把排查情况报到县应急管理局。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});

describe("a web address inside a kept line", () => {
  it("keeps the site the speech sends people to, with the sentence whole", () => {
    for (const own of [
      "群众可以登录县应急管理局网站yjj.lanxian.gov.cn，在“隐患举报”栏目上传照片，经核实的给予奖励。",
      "考核细则已在县政府门户网站www.lanxian.gov.cn公布，请各乡镇对照执行。",
      "更多信息可以登录县政府网www.lanxian.gov.cn查询，各乡镇要组织企业负责人认真学习。",
    ])
      expect(joined(textsOf(withLine(own)))).toContain(own);
  });

  it("still cuts a template site's address set into a sentence", () => {
    const tail = "，发现问题当场整改，整改不到位的一律停产整顿，确保不留死角。";
    for (const [line, kept] of [
      [`各乡镇要对辖区（青简文稿网 www.qjwg.com）小作坊逐一排查${tail}`, `小作坊逐一排查${tail}`],
      [`排查结果要录入笔韵文稿网bywfw.cn县隐患排查治理系统${tail}`, `县隐患排查治理系统${tail}`],
      [`各单位要立即行动，更多范文请访问网站www.bywfw.cn${tail}`, tail],
    ]) {
      const text = joined(textsOf(withLine(line!)));
      expect(text).not.toMatch(/qjwg|bywfw/);
      expect(text).toContain(kept!);
    }
  });
});
