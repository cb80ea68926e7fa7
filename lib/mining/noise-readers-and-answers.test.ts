import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 51's: a Q&A page whose best answer pastes the speech, a
// document reader's pages with its pager, toolbar and the document's name over each page, a 文库 preview with its
// 下载提示 box and the document's name over each page.

describe("a Q&A page whose best answer pastes the speech", () => {
  const page = [
    "百度首页",
    "登录 注册",
    "某某知道 > 社会民生 > 其他社会话题",
    "",
    "求一篇县长在全县安全生产工作会议上的讲话稿，2000字左右，急用！！",
    "下周县里要开安全生产工作会，办公室让我先起个草，实在没头绪，有没有好心人给个参考，万分感谢",
    "悬赏20财富值",
    "小办事员 | 浏览2734次 | 2024-02-19 09:41",
    "我有更好的答案",
    "邀请更多人回答",
    "",
    "最佳答案",
    "笔杆子老周",
    "推荐于2024-02-20 08:15",
    "采纳率：87%  擅长：公文写作 机关事务 申论",
    "以下供参考，具体数字按你们县的实际情况改：",
    "",
    ...COUNTY_SPEECH_HEAD,
    ...COUNTY_SPEECH_REST,
    "",
    "本回答由提问者推荐",
    "已赞过 已踩过",
    "你对这个回答的评价是？",
    "",
    "其他回答（1）",
    "江畔老张 | 2024-02-21 15:07",
    "给你一段开头，我们镇去年开会用过的：",
    "今天，我们在这里召开全镇安全生产暨森林防火工作会议，主要任务是传达市县两级会议精神，部署今年春防期间的重点任务。",
    "赞 11 | 评论 2",
    "举报",
  ];

  it("keeps the answer's speech alone: not the question, its bounty, the answer's preface nor the other answer", () => {
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a document reader's pages", () => {
  const name = "在全县安全生产工作会议上的讲话稿";
  const pageTop = (n: number) => ["", `< ${n}/3 >`, "放大 缩小 全屏", "下载文档到电脑，查找使用更方便", "", name];
  const page = [
    "某某文档",
    `${name}.doc`,
    ...pageTop(1),
    ...COUNTY_SPEECH_HEAD,
    ...pageTop(2),
    "二、抓好排查",
    COUNTY_CHECK,
    "三、压实责任",
    ...pageTop(3),
    COUNTY_DUTY,
    COUNTY_CLOSING,
  ];

  it("reads one speech across the pages: the pager, the toolbar and the document's name over each page are the reader's", () => {
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a 文库 preview with its 下载提示 box", () => {
  const name = "全县安全生产工作会议讲话（县政府）";
  // The first page ends inside a sentence, which the second page's text finishes.
  const cut = COUNTY_SITUATION.indexOf("部分");
  const page = [
    "文库首页 > 行业资料 > 安全生产",
    `${name}.docx`,
    "立即下载 | 加入收藏 | 分享",
    "",
    name,
    ...COUNTY_SPEECH_HEAD.slice(0, -1),
    COUNTY_SITUATION.slice(0, cut),
    "第1页 共3页",
    "",
    "下载提示",
    "1. 本站不保证该用户上传的文档完整性，不预览、不比对内容而直接下载产生的反悔问题本站不予受理。",
    "2. 该文档所得收入（下载+内容+预览）归上传者、原创作者所有。",
    "3. 登录后可充值，立即自动返金币，充值渠道很便利",
    "特别说明：下载前务必先预览，自己验证一下是不是你要下载的文档。",
    "立即下载",
    "",
    name,
    COUNTY_SITUATION.slice(cut),
    ...COUNTY_SPEECH_REST.slice(0, 2),
    "第2页 共3页",
    name,
    ...COUNTY_SPEECH_REST.slice(2),
    "第3页 共3页",
  ];

  it("drops the box's notices and the document's name over each page", () => {
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

// Guards from the outside review of the first rules: each of these read worse under them.
describe("what the Q&A, reader and header rules leave alone", () => {
  it("keeps a speech's own sentences that share the Q&A site's words", () => {
    const own = [
      "去年冬天，一位老人在路边摔倒，环卫工人大声呼喊“有没有好心人帮一把”，群众纷纷上前帮忙。",
      "我们要邀请更多人回答好安全生产这张答卷，发动全社会共同参与。",
      "各乡镇要对照县里的方案，结合你们乡的实际情况改进工作方法，不能照搬照抄。",
      "以下供参考的几点做法，大家回去后可以结合实际研究落实：",
      "各企业在下载安全生产标准化自评表时，要检查文档完整性，避免漏项。",
    ];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...own, ...COUNTY_SPEECH_REST])).toEqual(expect.arrayContaining(own));
  });

  it("keeps the words a speech lists after its colon (放大 缩小 全屏)", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "值班人员要熟练掌握视频系统的基本操作：",
      "放大 缩小 全屏",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page).join("\n")).toContain("放大缩小全屏");
  });

  it("keeps the titles of a collection's speeches that share one title, each starting a page", () => {
    const box = ["", "下载提示", "立即下载", ""];
    const page = [
      "安全生产讲话（精选3篇）",
      "",
      COUNTY_TITLE,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
      "第1页 共3页",
      ...box,
      COUNTY_TITLE,
      COUNTY_CHECK,
      COUNTY_CLOSING,
      "第2页 共3页",
      ...box,
      COUNTY_TITLE,
      COUNTY_DUTY,
      COUNTY_CLOSING,
      "第3页 共3页",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE, COUNTY_TITLE, COUNTY_TITLE]);
    // …and in a reader, under the file's name.
    const top = (n: number) => ["", `< ${n}/2 >`, "下载文档到电脑，查找使用更方便", ""];
    const reader = [
      "某某文档",
      `${COUNTY_TITLE}（2篇）.doc`,
      ...top(1),
      COUNTY_TITLE,
      COUNTY_SITUATION,
      COUNTY_CLOSING,
    ];
    const both = [...reader, ...top(2), COUNTY_TITLE, COUNTY_DUTY, COUNTY_CLOSING];
    expect(speechesOf(both).map((s) => s.title)).toEqual([COUNTY_TITLE, COUNTY_TITLE]);
  });
});
