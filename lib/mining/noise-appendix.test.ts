import { describe, expect, it } from "vitest";
import { keptLines as kept } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of a fourth batch: a PDF printed to text with footnotes, a forwarded
// e-mail, a Word file saved as text, a chat export, an office system's draft with tracked changes, an attachment.
const TITLE = "在全区燃气安全专项整治部署会上的讲话";
const OPENING = "今天召开全区燃气安全专项整治部署会，主要任务是通报前期排查情况，部署下一阶段整治工作。";
const BODY = "去年全区共发生燃气事故3起①，暴露出餐饮场所用气管理不规范、报警装置安装率偏低等突出问题。";
const BODY2 = "各街道要在六月底前完成所有餐饮企业燃气泄漏报警装置安装②，未完成的一律挂牌督办。";

describe("what comes with a speech but is not its text", () => {
  it("removes footnotes the text cites, an attachment and its table, and keeps the text", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      BODY2,
      "①数据来源：区应急管理局2023年度统计年报。",
      "②参照《城镇燃气管理条例》执行。",
      "附件：",
      "餐饮场所燃气安全隐患排查表",
      "| 序号 | 检查项目 | 检查结果 |",
      "| 1 | 气瓶存放 | □是 □否 |",
    ];
    expect(kept(page)).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2]);
  });

  it("removes a 方案 annexed to a 汇编 after the speech, its title and prose included, and keeps a next speech", () => {
    const annex = [
      "附件",
      "全区燃气安全专项整治实施方案",
      "为切实做好燃气安全专项整治工作，结合我区实际，制定本方案。",
    ];
    annex.push(
      "一、工作目标",
      "全面排查整治燃气安全隐患，坚决遏制燃气事故发生。",
      "二、工作步骤",
      "2024年6月1日至9月30日。",
    );
    const closing = "同志们，燃气安全责任重大，希望大家抓好落实。";
    expect(kept([TITLE, "同志们：", OPENING, BODY2, closing, ...annex])).toEqual([
      TITLE,
      "同志们：",
      OPENING,
      BODY2,
      closing,
    ]);
    const next = ["在全区安全生产月启动仪式上的讲话", "同志们：", OPENING];
    expect(kept([TITLE, "同志们：", OPENING, BODY2, ...annex.slice(0, 3), ...next])).toEqual(
      expect.arrayContaining(next),
    );
  });

  it("removes a forwarded e-mail's headers and quote marks, and a draft's tracked changes", () => {
    const page = [
      "发件人：刘晓梅",
      "收件人：各分公司",
      "主题：转发：王总的讲话",
      `> ${TITLE}`,
      "> 同志们：",
      `> ${OPENING}`,
      `> ${BODY.replace("3起①", "3起【删除：共计】")}【批注：数据请再核对——办公室】`,
      "带格式的: 字体: 仿宋_GB2312, 三号",
      "发自我的iPhone",
    ];
    expect(kept(page)).toEqual([TITLE, "同志们：", OPENING, BODY.replace("①", "")]);
  });

  it("removes a chat export's names and times, another member's reply, and an English menu", () => {
    const page = [
      "Home About News Contact",
      "镇党政办-吴晓丽 08:02",
      TITLE,
      "同志们：",
      OPENING,
      "镇党政办-吴晓丽 08:04",
      BODY,
      "西山村-郑海燕 08:05",
      "收到",
    ];
    // 收到 is 郑海燕's, not the poster's (吴晓丽 posted the most text): a reply.
    expect(kept(page)).toEqual([TITLE, "同志们：", OPENING, BODY]);
  });

  it("reads 第一章 and 第一节 as two levels of headings", () => {
    const s = mineText(
      [TITLE, "同志们：", OPENING, "第一章　认清形势", "第一节　一年来的进展", BODY, "第二章　压实责任", BODY2].join(
        "\n",
      ),
    );
    expect(s.speeches[0]!.blocks.filter((b) => b.kind === "heading").map((b) => [b.level, b.text])).toEqual([
      [1, "第一章认清形势"],
      [2, "第一节一年来的进展"],
      [1, "第二章压实责任"],
    ]);
  });
});
