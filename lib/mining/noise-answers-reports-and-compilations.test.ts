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

// Pages written for these tests in the shapes of set 84's: a Q&A page whose answer gives the speech among other
// answers, a blogger's marks round the text he pastes, a portal's report over the speech it prints, a 会议材料汇编
// with its agenda and the sections it leaves out, a PDF preview's running header under · 2 · page numbers, and the
// paywall rows, product cards and app prompts set between paragraphs.

describe("a Q&A page whose second answer gives the speech", () => {
  const footer = (n: number) => [`编辑于 2024-08-2${n} 22:41・IP 属地湖北`, `▲ 赞同 ${n}16    ▼    💬 43 条评论`, ""];
  const page = [
    "开学在即，有没有比较实用的县长安全生产讲话稿？",
    "",
    "老秘书周",
    "县政府办公室，写了十几年材料",
    "谢邀。这个我熟，去年给我们县长写过一篇，会上效果还不错。下面是全文：",
    "———",
    ...COUNTY_SPEECH.slice(0, -1),
    "【题主注意：上面的数字都是我编的，一定换成你们县的实际数据】",
    COUNTY_CLOSING,
    "———",
    "几点说明：一是数字一定要换成你们县自己的，领导最烦空话；二是三点意见的顺序别乱。",
    ...footer(6),
    "做公文的阿梨",
    "不直接给稿子了，说说这类讲话怎么搭架子，学会了以后每次都用得上。",
    "第一块讲形势，要有数字；第二块讲任务，按行业分最清楚；第三块讲责任，一级一级往下压。",
    ...footer(8),
  ];

  it("drops the other answers, the answerer's word to the asker and his notes after the speaker's thanks", () => {
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves a page alone whose answers each give a speech", () => {
    const other = ["在全镇安全生产工作会议上的讲话", "同志们：", COUNTY_CHECK, COUNTY_CLOSING];
    const two = [...COUNTY_SPEECH, ...footer(6), ...other, ...footer(8)];
    expect(speechesOf(two)).toHaveLength(2);
  });
});

describe("a blogger's marks round the text he pastes", () => {
  it("drops his post's title and intro above 以下为稿子正文 and his 后记 below 正文完", () => {
    const page = [
      "给县长写的安全生产讲话稿（代拟稿，已用）",
      "这种稿子每年都写，难的不是写，是写得不像去年那篇，所以今年我尽量往口语上靠。",
      "",
      "—————— 以下为稿子正文 ——————",
      "",
      ...COUNTY_SPEECH,
      "",
      "—————— 正文完 ——————",
      "",
      "【后记】",
      "县长改了两处，我的体会是，讲话稿要让领导念得出口。",
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves the marks alone where the title stands above the start (the title is the speech's)", () => {
    const page = [COUNTY_TITLE, "县长　×××", "以下为讲话全文", ...COUNTY_SPEECH.slice(2), "（全文完）"];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
  });
});

describe("a portal's report over the speech it prints", () => {
  const report = [
    "方志远带队开展节前安全生产检查并主持召开全县安全生产工作会议",
    "1月21日，县长方志远带队深入商场、燃气站点、建筑工地开展节前安全生产检查，随后主持召开全县安全生产工作会议。",
    "方志远在检查中强调，春节临近，各级各部门要把隐患当成事故来对待，盯紧人员密集场所。",
    "",
    "附：",
  ];
  it("drops the report that names the speaker again and again", () => {
    const page = [...report, COUNTY_TITLE, "县长　方志远", ...COUNTY_SPEECH.slice(2)];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a 主持词 that names the speaker as it greets the room", () => {
    const host = [
      "全县安全生产工作会议主持词",
      "同志们：",
      "现在开会。今天的会议请县长方志远同志讲话，方志远县长的讲话要求大家认真贯彻落实。下面请方志远县长讲话。",
      "",
    ];
    const page = [...host, COUNTY_TITLE, "县长　方志远", ...COUNTY_SPEECH.slice(2)];
    expect(speechesOf(page)).toHaveLength(2);
  });
});

describe("a 会议材料汇编", () => {
  it("drops its cover, its agenda with when and who chairs, and the sections it leaves out", () => {
    const page = [
      "柘川县2025年安全生产工作会议",
      "材　料　汇　编",
      "二〇二五年二月",
      "",
      "目　　录",
      "一、会议议程 ……………………………… 1",
      `二、${COUNTY_TITLE}（县长）………… 2`,
      "三、2025年全县安全生产工作要点 ………… 12",
      "",
      "会议议程",
      "（2025年2月18日上午9:00　县行政中心四楼第一会议室）",
      "主持人：县委常委、常务副县长　罗永康",
      "一、县应急管理局局长通报2024年全县安全生产工作情况",
      "二、县长讲话",
      "",
      ...COUNTY_SPEECH,
      "",
      "2025年全县安全生产工作要点",
      "（已由县安委会另行印发，本汇编从略）",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a PDF preview's running header", () => {
  it("drops the document's name printed under each · N · page number, where it cuts a sentence", () => {
    const name = "县长在全县安全生产工作会议上的讲话（附责任书）";
    const page = [
      `${name}.pdf`,
      "",
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，",
      "· 1 ·",
      name,
      "建立隐患台账，实行闭环管理，确保整改到位。",
      "· 2 ·",
      name,
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("rows and cards set between paragraphs", () => {
  it("drops a paywall's row with its price, a product's card, an app's link and a site's tip on copying", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "【VIP专享】本篇范文Word版已排版好，开通VIP即可一键下载，无需复制粘贴",
      "立即下载（VIP免费）   单篇购买 ￥1.90",
      "温馨提示：网页复制可能导致格式错乱，建议下载Word文档后使用。",
      "",
      "机关材料写作百日通（修订版）",
      "",
      "¥39.80   已售1.2万件   去购买 >",
      "",
      "▍下载“澄阳融媒”APP，参与“随手拍隐患”有奖互动 >>",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own sentence with a price and a short line over a paragraph", () => {
    const own = "对主动更换燃气软管的农户，县财政每户补贴￥200，用于购买合格的金属波纹管。";
    const page = [...COUNTY_SPEECH.slice(0, -1), "安全生产　人人有责", own, COUNTY_CLOSING];
    expect(textsOf(page)).toEqual(expect.arrayContaining([own]));
  });
});
