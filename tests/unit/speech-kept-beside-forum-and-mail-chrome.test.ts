import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "../../lib/testing/mined-page";
import { mineText } from "../../lib/mining/text-pipeline";

// Guards from an outside review of the rules written for set 104's forum and mail pages (4636975): each rule took a
// speech's own text of the shape of the chrome it was written for. A poster's second floor carrying his speech on, one
// of its paragraphs saying 有需要的…可以拿去参考; equipment codes and gas lists at a line's end or inside it; a speaker
// asking his hearers to like a thing of use; a short speech, or a closing its speaker adds, in the earlier message of
// a mail thread. The speech's text stays; the chrome the rules were written for still goes.

const joined = (blocks: string[]) => blocks.join("");
const withLine = (line: string) => [...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];

/** A Discuz X floor: the author's name, the floor, its stamp, the post's lines and its buttons. */
const floor = (author: string, mark: string, time: string, lines: string[]) => [
  author,
  mark,
  `发表于 ${time} | 只看该作者`,
  ...lines,
  "回复 举报",
];

describe("a poster's floor that carries his speech on", () => {
  const opening =
    "　　今天召开全镇防汛工作会议，主要是分析今年汛情形势，部署防汛备汛各项工作。刚才，水利站通报了汛前检查情况，我都同意。下面，我讲三点意见。";
  const first = [
    "在全镇2025年防汛工作会议上的讲话",
    "镇长　刘××",
    "",
    "同志们：",
    opening,
    "一、把汛情形势估计得更充分一些",
    "　　据气象部门预测，今年主汛期降雨偏多两成，出现区域性强降雨的可能性较大。全镇有小型水库4座、山塘27口，其中3座水库坝体存在渗漏，防汛压力不小。",
    "二、把隐患排查做得更扎实一些",
  ];
  const carried = [
    "　　各村要在5月20日前对辖区山塘、河堤和地质灾害点逐一排查，建立隐患清单。镇应急办编了一本《汛期避险转移明白卡》，有需要的村可以拿去参考。",
    "　　水库管理员要落实24小时值守，发现险情第一时间报告镇防汛办，不得迟报瞒报。",
    "　　同志们，防汛工作责任重大。希望大家绷紧防汛这根弦，确保全镇安全度汛。",
  ];
  const second = [
    "在全镇地质灾害防治工作会议上的讲话",
    "同志们：",
    "　　今天召开全镇地质灾害防治工作会议，主要是部署今年汛期地质灾害防治工作。刚才，国土所通报了隐患点排查情况，我完全同意。",
    "　　全镇现有地质灾害隐患点11处，涉及群众140余户。各村要落实群测群防员，雨前排查、雨中巡查、雨后核查，发现异常立即组织群众撤离。",
    "　　同志们，地质灾害防治事关群众生命安全。希望大家把各项措施落到实处。",
  ];
  const note = "跟个帖，贴一篇去年替我们街道主任写的，需要的拿去改，人名地名都换过了。";
  const third = [
    "在街道安全生产工作会议上的讲话",
    "同志们：",
    "　　今天召开街道安全生产工作会议，主要是总结去年工作，部署今年重点任务。刚才，安监站通报了有关情况，我都赞成。",
    "　　辖区有九小场所三百余家，出租房一千余间，消防隐患点多面广。各社区要组织网格员逐户排查，建立台账，限期整改。",
    "　　同志们，安全生产没有旁观者。希望大家守土尽责，确保辖区平安。",
  ];
  const page = [
    "笔友之家 - Powered by Discuz!",
    "查看: 1520 | 回复: 9",
    ...floor("乡镇笔杆子", "楼主", "2025-5-8 21:15:02", ["上个月给镇长写的，分两楼贴完。", "", ...first]),
    ...floor("乡镇笔杆子", "沙发", "2025-5-8 21:17:40", [...carried, "", ...second]),
    ...floor("老街小吏", "板凳", "2025-5-9 09:03:11", [note, "", ...third]),
  ];
  const texts = textsOf(page);

  it("keeps the paragraphs the second floor carries on, closing included", () => {
    for (const line of carried) expect(texts).toContain(line.trim());
  });

  it("keeps them when one says of a document 这篇材料大家会后要…", () => {
    const other = [
      "　　各村要在5月20日前对辖区山塘、河堤和地质灾害点逐一排查，建立隐患清单。这篇材料大家会后要认真学习。",
      ...carried.slice(1),
    ];
    const page2 = page.map((l) => (l === carried[0] ? other[0]! : l));
    expect(textsOf(page2)).toContain(other[0]!.trim());
  });

  it("still drops a reader's one-line note over the speech he posts", () => {
    expect(joined(texts)).not.toContain("跟个帖");
    expect(speechesOf(page).map((s) => s.title)).toContain("在街道安全生产工作会议上的讲话");
  });
});

describe("equipment codes, gas lists and times in a speech's sentence", () => {
  it("keeps them at a line's end and inside a sentence", () => {
    for (const own of [
      "进入受限空间前，要用便携式检测仪测出O2 H2S CO EX%的读数，全部合格方可作业。",
      "这次停产检修的重点是反应釜R-1 3# 5# 7#",
      "二车间的A-2 2-1 2-3 B-1工位要在本月底前完成防护改造。",
      "春节期间的交接班时间定为7: 30 a.m 7: 30 p.m",
      "事故调查组的比例按1:1 1:2 2:3 B:C分配",
      "储罐区的泵分别编为P-3 P4 P5 P6，每班都要巡检。",
    ])
      expect(joined(textsOf(withLine(own)))).toContain(own);
  });

  it("still cuts a forum's anti-copy strings at a paragraph's end and inside a sentence", () => {
    const end = textsOf(withLine(`${COUNTY_CHECK}6 K+ @% w( q`));
    expect(end).toContain(COUNTY_CHECK);
    const inside = "去年全县查处非法违法行为一百余起。' j% M4 [2 x今年要保持高压态势。";
    expect(textsOf(withLine(inside))).toContain("去年全县查处非法违法行为一百余起。今年要保持高压态势。");
  });
});

describe("a speaker asking his hearers to like a thing of use", () => {
  it("keeps his sentences with 觉得有用的…点个赞", () => {
    for (const own of [
      "县里拍了一组防汛避险宣传短视频，各村回去要发到村民群里，大家觉得有用的，就点个赞、转给亲戚朋友。",
      "各单位开展的安全承诺活动，职工觉得不错的就点个赞，觉得流于形式的可以提意见，县安委办每半年汇总一次。",
    ])
      expect(joined(textsOf(withLine(own)))).toContain(own);
  });

  it("still drops a poster's 觉得有用的顶一下 under his post, and a plea at the page's end is the end's rule's", () => {
    const post = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "", "欢迎大家拍砖，觉得有用的帮顶一下~"];
    expect(joined(textsOf(floor("写材料的小王", "楼主", "2025-5-2 20:11:05", post)))).not.toContain("顶一下");
    const plea = "这篇是去年给县里改过的，数字都换了，觉得有用的话点个赞吧。";
    const r = mineText([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, plea, "赞同 56", "分享"].join("\n"));
    expect(r.removed.find((x) => x.text === plea)?.reason).toBe("讲话之后的附言");
  });
});

describe("the earlier message of a mail thread under the forwarded speech", () => {
  const header = (from: string, subject: string) => [
    `发件人: ${from}`,
    "发送时间: 2025年6月3日 10:12",
    "收件人: 县政府办公室秘书科",
    `主题: ${subject}`,
    "",
  ];
  const forward = [
    ...header("县政府办公室 <bgs@x.gov.cn>", "转发: 县长讲话（定稿）"),
    "各位：县长讲话已定稿，请学习。",
    "",
  ];
  const earlier = (subject: string, lines: string[]) => [
    "",
    "-----原始邮件-----",
    ...header("张副县长 <zhang@x.gov.cn>", subject),
    ...lines,
  ];
  // The speech forwarded above, many times as long as what the earlier message holds.
  const speech = [
    ...COUNTY_SPEECH_HEAD,
    "从上半年检查情况看，一些企业安全投入不足，特种作业人员持证上岗率不高，个别企业甚至拒不整改，必须引起高度重视。",
    ...COUNTY_SPEECH_REST.slice(0, 2),
    "要把打非治违作为一项长期任务，对非法生产、违法经营的，发现一起、查处一起，该关闭的坚决关闭，决不手软。",
    ...COUNTY_SPEECH_REST.slice(2),
  ];

  it("keeps a short speech the earlier message carries, its title only in the subject", () => {
    const own = [
      "同志们，秋收秋种已经开始，农机作业和秸秆焚烧的安全风险明显增加。各乡镇要组织人员对农机具开展一次安全检查。",
      "各村要落实禁烧巡查责任，发现火情立即处置，确保不发生火灾事故。",
    ];
    const text = joined(
      textsOf([...forward, ...speech, ...earlier("在全县秋收秋种安全工作会上的讲话（请一并印发）", own)]),
    );
    for (const line of own) expect(text).toContain(line);
  });

  it("keeps a closing paragraph its speaker adds in the earlier message", () => {
    const own = "同志们，安全生产只有起点，没有终点。各乡镇、各部门要把今天的部署迅速传达到每一个企业、每一个岗位。";
    expect(joined(textsOf([...forward, ...speech, ...earlier("讲话稿结尾（请加在最后）", [own])]))).toContain(own);
  });

  it("still drops a reply on the draft and the line it quotes", () => {
    const reply = ["稿子看过了，第三部分的督查组改成四个，其他没意见。", "", "> 请各位领导于周五前反馈修改意见。"];
    const speeches = speechesOf([...forward, ...speech, ...earlier("回复: 讲话稿核稿", reply)]);
    const text = joined(speeches.flatMap((s) => s.blocks.map((b) => b.text)));
    expect(text).not.toContain("稿子看过了");
    expect(text).not.toContain("反馈修改意见");
    expect(speeches.at(-1)!.blocks.at(-1)!.text).toBe(COUNTY_CLOSING);
    expect(text).toContain(COUNTY_DUTY);
  });
});
