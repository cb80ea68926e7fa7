import { describe, expect, it } from "vitest";
import { COUNTY_CLOSING, COUNTY_OPENING, COUNTY_TITLE } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shape of a phone page saved as one line: a mirror's promo card set into a
// sentence after its semicolon, an app's prompt glued before a paragraph; and the speech's own look-alikes.

const speech = (...lines: string[]) => [COUNTY_TITLE, "县长　×××", "同志们：", ...lines];
const textsBetween = (...lines: string[]) => textsOf(speech(COUNTY_OPENING, ...lines, COUNTY_CLOSING));

describe("a promo card inside a sentence", () => {
  it("cuts 【推广】… 点击进入› after a semicolon, the sentence's words glued on after it", () => {
    const line = "货车超载仍然比较普遍；【推广】平川交警业务网上办理 点击进入›电动自行车管理明显跟不上，风险较大。";
    expect(textsBetween(line)).toContain("货车超载仍然比较普遍；电动自行车管理明显跟不上，风险较大。");
  });

  it("keeps a labelled work item after a semicolon", () => {
    const line = "一是抓宣传；【推广】组织职工点击进入“安全课堂”学习专栏，每月不少于两课时。";
    expect(textsBetween(line)).toContain(line);
  });
});

describe("an app's prompt to read in it", () => {
  it("cuts 打开××APP，阅读体验更佳 › glued before a paragraph", () => {
    const para = "要用好农村交通安全劝导站，劝导员要在赶集日、节假日上路劝导，重点讲清楚骑电动车要戴头盔。";
    expect(textsBetween(`打开平川发布APP，阅读体验更佳 ›${para}`)).toContain(para);
  });

  it("keeps a speech asking its hearers to open an app", () => {
    const line = "请大家打开“安全学习”APP，体验更佳的学习方式，每天学习不少于二十分钟。";
    expect(textsBetween(line)).toContain(line);
  });
});

describe("a site's name and address in round brackets inside a sentence", () => {
  it("cuts （港闻速递 gangman.hk） and keeps the sentence whole", () => {
    const line = "要对全市餐饮场所（港闻速递 gangman.hk）逐户检查，督促全部安装燃气泄漏报警装置。";
    expect(textsBetween(line)).toContain("要对全市餐饮场所逐户检查，督促全部安装燃气泄漏报警装置。");
  });

  it("leaves the bracket of a speech pointing its hearers to a site (…官网（…）), whose address alone goes", () => {
    const line = "各单位要登录省应急管理厅官网（应急厅 yjt.example.gov.cn）下载检查表，逐项对照自查。";
    expect(textsBetween(line)).toContain("各单位要登录省应急管理厅官网（应急厅）下载检查表，逐项对照自查。");
  });

  it("leaves the bracket of a speech pointing to a government's or a body's site, after a system's name too", () => {
    const line =
      "群众可以登录省安全生产举报系统（省应急厅 jubao.yjt.gov.cn）网上举报，也可以通过信用信息公示网（市场监管总局 www.gsxt.example.cn）查询企业信用。";
    const [kept] = textsBetween(line).filter((t) => t.startsWith("群众"));
    expect(kept).toContain("（省应急厅");
    expect(kept).toContain("（市场监管总局");
  });

  it("leaves the bracket of an address under its label", () => {
    const line = "要组织职工学习香港职业安全健康局的做法（网址 www.oshc.org.hk）借鉴先进经验。";
    expect(textsBetween(line).find((t) => t.startsWith("要组织"))).toContain("（网址");
  });
});

describe("a note app's watermark with its poster's handle inside a sentence", () => {
  it("cuts 【原创勿搬@…】 after a clause's mark, the sentence kept whole", () => {
    const line = "要对楼道、【原创勿搬@安全笔记小王】地下室和屋顶平台开展一次全面清理，消除火灾隐患。";
    expect(textsBetween(line)).toContain("要对楼道、地下室和屋顶平台开展一次全面清理，消除火灾隐患。");
  });

  it("cuts the app's name and the handle alone in round brackets after a semicolon", () => {
    const line = "电梯要按期维保；（青柚书@安全笔记小王）消防通道要保持畅通，严禁堆放杂物。";
    expect(textsBetween(line)).toContain("电梯要按期维保；消防通道要保持畅通，严禁堆放杂物。");
  });

  it("keeps an account a speech names right after the word it glosses", () => {
    const line = "要用好县应急管理局政务号（抖音@青川应急），及时发布预警信息，提醒群众做好防范。";
    expect(textsBetween(line)).toContain(line);
  });

  it("keeps a handle in brackets that follows a word, not a clause's mark", () => {
    const line = "群众发现隐患，可以通过政务微博私信举报（@青川应急发布），我们将及时核查处理。";
    expect(textsBetween(line)).toContain(line);
  });
});

describe("a writing site's bracketed name inside a sentence", () => {
  it("cuts 【…范文】 between two words of a sentence, the sentence kept whole", () => {
    const line = "今年还要完成消防控制室改造【青禾范文】和应急广播安装，进一步提升技防水平。";
    expect(textsBetween(line)).toContain("今年还要完成消防控制室改造和应急广播安装，进一步提升技防水平。");
  });

  it("keeps a book's title, a kind of text in brackets and a label opening the line", () => {
    for (const line of [
      "办公室要对照《公文范文选编》的写法，把各类安全台账和报告规范起来，做到格式统一。",
      "各单位报送的总结要对照【优秀范文】逐条修改，不能照抄照搬，更不能弄虚作假。",
    ]) {
      expect(textsBetween(line)).toContain(line);
    }
  });
});
