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

// Pages written for these tests in the shapes of sets 88 and 89's: an e-mail forwarding the speech quoted with "> ",
// a 贴吧 thread, a picture's place holder, a 学报's page, a 小红书 note, a 钉钉 log, a
// portal's ordered list numbering every paragraph, a 简报's numbered columns, a 水木-style BBS post and its reply.

describe("an e-mail that forwards the speech, every line quoted", () => {
  it("keeps a quoted paragraph that opens with a spaced (一) heading", () => {
    const quoted = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      `(一)突出重点行业。${COUNTY_CHECK}`,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    const page = [
      "发件人：刘思远 <liusy@example.cn>",
      "主题：转发：讲话修改稿",
      "",
      "王科长：附件是讲话的修改稿，请审阅。",
      "",
      "---------- 转发的邮件 ----------",
      ...quoted.map((t) => `> ${t}`),
    ];
    expect(textsOf(page).join("")).toContain(COUNTY_CHECK);
  });
});

describe("a 贴吧 thread whose 楼主 posts the speech over his floors", () => {
  const card = (name: string, level: string, poster: boolean) => [name, ...(poster ? ["楼主"] : []), level];
  it("drops the cards, the client-first floor lines, the replies and his bracketed notes", () => {
    const page = [
      "云溪镇吧",
      ...card("桃坪老罗", "Lv7 乡里乡亲", true),
      ...COUNTY_SPEECH_HEAD,
      "（字数有限制，下楼接着发）",
      "来自Android客户端 1楼 2024-06-13 20:46",
      "回复(2)",
      "桃溪河边人: 老书记说得在理",
      "2024-6-13 20:58 回复",
      "我也说一句",
      "收起回复",
      ...card("云溪小陈", "Lv5 吧内常客", false),
      "顶一个，村里是该好好管管了，去年暑假河湾那里就差点出事",
      "来自iPhone客户端 2楼 2024-06-13 20:51",
      "回复",
      ...card("桃坪老罗", "Lv7 乡里乡亲", true),
      "（接上楼）",
      ...COUNTY_SPEECH_REST,
      "来自Android客户端 3楼 2024-06-13 20:55",
      "回复",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("pictures between paragraphs", () => {
  it("drops a ▲ caption under a picture's place holder, and ［图片］", () => {
    const page = [...COUNTY_SPEECH_HEAD, "图片", "▲ 各项目部在分会场收看会议", "［图片］", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a journal's page printing the speech", () => {
  it("drops its abstract, its cited works and the line on citing it, and the marks in the text", () => {
    const page = [
      "清源党校学报　2024年第3期",
      "摘要：文章系作者在2024年全市安全生产工作会议上的讲话。讲话回顾了上一年度全市安全生产工作，对隐患排查整治作出部署。",
      "关键词：安全生产；风险隐患",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST.slice(0, 1),
      COUNTY_CHECK.replace("开展一次全覆盖排查，", "开展一次全覆盖排查[4,5]，"),
      ...COUNTY_SPEECH_REST.slice(2),
      "参考文献：",
      "[1] 罗启明. 坚持人民至上推进城市安全治理现代化[J]. 清源党校学报, 2023(2): 12-17.",
      "[2] 清源市应急管理局. 清源市安全生产“十四五”规划[Z]. 2021.",
      "本文引用格式：韦承岳. 在全市安全生产工作会议上的讲话[J]. 清源党校学报, 2024(3): 5-10.",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 小红书 note and a work log", () => {
  it("drops the poster's aside on a passage, her bracketed mark, and her words after 全文完", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "👆这段是主任脱稿加的，现场好几个物业经理都在低头记😂",
      ...COUNTY_SPEECH_REST.slice(0, 3),
      COUNTY_SPEECH_REST[3]!.replace("一岗双责，", "一岗双责，（划重点‼️）"),
      COUNTY_CLOSING,
      "✨全文完～数字是我们街道的，用的时候记得换成自己的哦",
      "有问题评论区见，我看到都会回💕",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a log's 接收人： line", () => {
    const page = [...COUNTY_SPEECH, "", "接收人：压铸车间全体、生产部 韩立群、安环部 谭秋月"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a portal's ordered list numbering every paragraph", () => {
  it("cuts the numbers, the speech's own 一、 headings again its outline", () => {
    const body = COUNTY_SPEECH.slice(3);
    const page = [...COUNTY_SPEECH.slice(0, 3), ...body.map((t, k) => `${String(k + 1).padStart(3)}. ${t}`)];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own numbered points", () => {
    const points = [
      "1.严格落实领导带班制度。",
      "2.加强重点时段巡查。",
      "3.做好应急物资储备。",
      "4.强化信息报送。",
      "5.抓好值班值守。",
    ];
    const page = [...COUNTY_SPEECH.slice(0, -1), ...points, COUNTY_CLOSING];
    expect(textsOf(page).join("")).toContain("1.严格落实领导带班制度。");
  });
});

describe("a 简报 with its columns numbered", () => {
  it("drops the masthead, 一、会议概况 and its news, and 二、领导讲话 over the title", () => {
    const page = [
      "安全生产工作简报",
      "第6期",
      "",
      "一、会议概况",
      "6月11日下午，全县安全生产工作会议在县行政中心召开。会议通报了5月份全县安全生产情况。",
      "副县长高明远出席会议并讲话。各乡镇分管负责同志参加会议。",
      "",
      "二、领导讲话",
      "",
      ...COUNTY_SPEECH,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a BBS post and a reply to it", () => {
  it("drops the headers, the signature with its colour codes, the origin lines and the reply", () => {
    const page = [
      "发信人: labsafety (实验室安全办), 信区: Safety",
      `标  题: [转载] ${COUNTY_TITLE}`,
      "发信站: 鸣泉BBS (Mon Apr  8 10:21:33 2024), 站内",
      "",
      ...COUNTY_SPEECH,
      "",
      "--",
      "[1;36m☆★☆ 实验千万条 安全第一条 ☆★☆[m",
      "",
      "※ 来源:·鸣泉BBS bbs.mingquan.edu.cn·[FROM: 10.12.*.*]",
      "",
      "发信人: nohcl (研究僧), 信区: Safety",
      `标  题: Re: [转载] ${COUNTY_TITLE}`,
      "发信站: 鸣泉BBS (Mon Apr  8 11:02:47 2024), 站内",
      "",
      "收了，转给组里新来的师弟师妹看。",
      "",
      "【 在 labsafety (实验室安全办) 的大作中提到: 】",
      ": 今年以来，全县安全生产形势总体平稳",
      "",
      "※ 来源:·鸣泉BBS bbs.mingquan.edu.cn·[FROM: 10.31.*.*]",
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});
