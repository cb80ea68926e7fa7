import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineDocument } from "./mine-document";

// Pages written for these tests in the shapes of sets 77 and 78: a forwarded e-mail, a PDF's 会议材料汇编 with its
// 目录, a blog with its afterword and comments, a portal's 相关解读, a 文档 site's pager, a 范文 site's tip and a
// 微博 post with its reposts.

describe("a forwarded e-mail", () => {
  it("drops the forwarder's note under the mail's subject; the speech it forwards keeps its title", async () => {
    const page = [
      "收件箱 > 转发：王县长在全县安全工作大会上的讲话",
      "返回　回复　转发　删除",
      "",
      "主题：转发：王县长在全县安全工作大会上的讲话（请组织学习）",
      "发件人：县政府办 <xzfb@163.com>",
      "时间：2024年5月14日 (周二) 下午3:26",
      "",
      "各乡镇联络员：",
      "现将王县长5月13日在全县安全工作大会上的讲话转发给你们，请于5月17日前组织专题学习，学习记录发县应急局邮箱。讲话全文附后，附件为word版。",
      "谢谢！",
      "",
      "------------------ 原始邮件 ------------------",
      'From: "县长办公室" <xzbgs@163.com>',
      "Subject: 讲话稿（定稿）",
      "",
      ...COUNTY_SPEECH,
    ];
    const mined = await mineDocument("mail.txt", new TextEncoder().encode(page.join("\r\n")));
    expect(mined.speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(mined.speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a compilation's table of contents", () => {
  it("drops entries that leave room for one … only, among entries with their leaders", () => {
    const page = [
      "全县安全生产工作会议材料汇编",
      "",
      "目　　录",
      `${COUNTY_TITLE}（县长）……………………… 1`,
      "县安全生产委员会关于2023年度安全生产目标管理责任考核结果的通报 … 4",
      "2024年安全生产工作要点 ………………………………………… 8",
      "",
      ...COUNTY_SPEECH,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a blog's afterword and comments", () => {
  it("drops the blogger's 博主后记 after the closing, and what follows it", () => {
    const page = [
      ...COUNTY_SPEECH,
      "——————",
      "博主后记：我们街道去年也吃过亏，讲话里说的办法管用。欢迎同行留言交流。",
      "",
      "评论（2）　我来说两句",
      "[1楼] 青禾安监　2024-03-18 08:15",
      "学习了，写得实在。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops the comments under 评论(N) | 我来说两句, its button set off by a bar", () => {
    const page = [...COUNTY_SPEECH, "", "评论(3) | 我来说两句", "学习了，写得实在，讲话里说的一楼一档我们也在搞。"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops the comments under 评论（N） with its 我来说两句 button", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "评论（2）　我来说两句",
      "[1楼] 青禾安监　2024-03-18 08:15",
      "讲话里那个“一楼一档”我们也在搞，就是档案更新太费劲。",
      "[2楼] 老城根下　2024-03-18 12:47",
      "处罚一年才186万确实偏少。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("what follows the speech on a portal and a 范文 site", () => {
  it("drops a 相关解读 list of links", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "相关解读：",
      "一图读懂｜2024年全县安全生产工作“十项任务”",
      "【政策解读】《县安全生产考核办法》修订了哪些内容？",
      "",
      "【打印】　【关闭】",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops the site's tip about its texts after the last closing, not a host's tip inside his script", () => {
    const tip = "温馨提示：以上三篇讲话稿仅作写作参考，引用时请替换为本单位实际情况。";
    expect(textsOf([...COUNTY_SPEECH, "", "[免费下载本篇]　[一键复制全文]", tip])).toEqual(COUNTY_SPEECH_BLOCKS);
    const hostTip = "温馨提示：请大家将手机调至静音状态，会议期间不要随意走动。";
    const script = [
      COUNTY_TITLE.replace("讲话", "主持词"),
      "同志们：",
      "现在开会。",
      hostTip,
      COUNTY_CHECK,
      COUNTY_CLOSING,
    ];
    expect(textsOf(script)).toContain(hostTip);
  });

  // An outside review's cases (of ab9fd45): a host's and a speaker's own 提示 after the last closing.
  it("keeps a host's or a speaker's tip after the closing that speaks of meeting materials, not of the site's texts", () => {
    for (const tip of [
      "温馨提示：桌上的会议资料请各位带回，供传达学习时参考。",
      "温馨提示：会议材料请各位带回参考，会场资料袋内的讲话稿未经本人审阅，请勿转载。",
      "特别提示：各乡镇报送的隐患排查台账资料，一经县安委办审核备案，不得擅自修改。",
    ])
      expect(textsOf([...COUNTY_SPEECH_HEAD, COUNTY_CHECK, COUNTY_CLOSING, tip, "散会！"])).toContain(tip);
  });
});

describe("a 文档 site's pager between two pages of the speech", () => {
  it("drops its note and page count and joins the paragraph they cut", () => {
    const [a, b] = [COUNTY_CHECK.slice(0, 30), COUNTY_CHECK.slice(30)];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      a,
      "",
      "（未完，下一页继续）",
      "上一页　　1　　2　　下一页",
      "",
      "第2页：共2页",
      "",
      b,
      "三、压实责任",
      ...COUNTY_SPEECH_REST.slice(3),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 微博 post's reposts", () => {
  it("drops a repost over its row of time and buttons, without the chain it quotes", () => {
    const page = [
      ...COUNTY_SPEECH,
      "",
      "转发 12　　评论 8　　赞 56",
      "",
      "县应急管理局：学习贯彻！各乡镇安监站请对照讲话逐条抓好落实。",
      "5-22 20:58　　转发　评论　赞 14",
      "查看更多 >",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops reposts whose rows are stamped 今天 or set their buttons off by dots", () => {
    for (const row of ["今天 09:12　转发　评论　赞 3", "5-22 21:03 · 转发 · 评论 · 赞 3"]) {
      const page = [...COUNTY_SPEECH, "", "城关镇安监站：收到，马上组织学习。", row];
      expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
    }
  });
});
