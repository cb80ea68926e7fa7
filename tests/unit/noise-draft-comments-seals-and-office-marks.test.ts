import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";
import { rejoinLines } from "../../lib/mining/rejoin-lines";

// Marks a document's copy and an intranet page leave inside or between a speech's paragraphs, in the shapes of
// set 116's and 119's pages (a WPS draft saved as text with its comments, a scan's seal placeholder, a hospital site's
// floating side bar, an office system's watermark naming its reader or its office, an OA notice's receipt and
// signature, a booklet wrapped at a fixed width): the mark goes, the sentence it stood in is whole again, and the
// speech's own words of the same kind stay.

const joined = (blocks: string[]) => blocks.join("");
const withLine = (line: string) => [...COUNTY_SPEECH_HEAD, line, ...COUNTY_SPEECH_REST];

describe("a word processor's comments saved with a draft", () => {
  it("drops a comment on a line of its own, head and words", () => {
    const page = withLine("[批注1: 刘晓雯 2024-05-27 16:40] 县长，去年是7起，第一稿写的9起已改，请确认。");
    expect(joined(textsOf(page))).not.toContain("请确认");
  });

  it("cuts a comment saved inside a paragraph, the words it proposes after its colon up to their first stop", () => {
    const line =
      "进入有限空间，必须先检测、再通风、后作业[批注2: 王建军 2024-05-27 17:05] 建议补一句：审批单由安环科统一编号，外面要有人监护，发现一次罚一次。";
    const text = joined(textsOf(withLine(line)));
    expect(text).toContain("必须先检测、再通风、后作业，外面要有人监护，发现一次罚一次。");
    expect(text).not.toContain("批注");
  });

  it("drops a comment asking for the paragraph above it to go, and keeps the paragraph (the reviewer decides)", () => {
    const own = "6月份县里还要办一次安全知识竞赛，奖金从工会经费里出，各乡镇至少报两个队。";
    const page = withLine(own);
    page.splice(COUNTY_SPEECH_HEAD.length + 1, 0, "[批注3: 赵铁军 2024-05-28 09:15] 竞赛这段删掉，今年不搞了。");
    const text = joined(textsOf(page));
    expect(text).toContain(own);
    expect(text).not.toContain("今年不搞了");
    expect(text).toContain(COUNTY_CHECK);
  });

  it("keeps a paragraph under a comment that asks for no deletion, or names another paragraph", () => {
    const own = "6月份县里还要办一次安全知识竞赛，奖金从工会经费里出，各乡镇至少报两个队。";
    for (const comment of ["[批注3: 赵铁军 2024-05-28 09:15] 这段再斟酌一下。", "[批注3: 赵铁军] 演练这段删掉。"]) {
      const page = withLine(own);
      page.splice(COUNTY_SPEECH_HEAD.length + 1, 0, comment);
      expect(joined(textsOf(page))).toContain(own);
    }
  });

  it("keeps a speech's own sentence about comments on a draft", () => {
    const own = "对审核中提出的批注意见，各单位要逐条回复，这段时间要删掉的内容一律删掉。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});

describe("a scan's seal placeholder", () => {
  it("cuts 〔公章〕 from inside a line", () => {
    const text = joined(textsOf(withLine("要严格落实党政同责、一岗双责、齐抓〔公章〕共管、失职追责，一级抓一级。")));
    expect(text).toContain("齐抓共管、失职追责");
  });

  it("keeps a form's 签字（盖章） the speech asks for", () => {
    const own = "自查报告由企业主要负责人签字（盖章）后，于本月底前报县应急管理局。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});

describe("a site's floating side bar", () => {
  it("cuts its buttons where the bar floated over a sentence", () => {
    const text = joined(
      textsOf(withLine("设备科要做好日常巡检和定期检测，在线咨询 预约挂号 返回顶部5月底前完成电梯年检。")),
    );
    expect(text).toContain("定期检测，5月底前完成电梯年检。");
  });

  it("keeps a speech that names a hospital's services", () => {
    const own = "要开通在线咨询、预约挂号等便民服务，让群众少跑腿。";
    expect(joined(textsOf(withLine(own)))).toContain(own);
  });
});

describe("an office system's watermark in a sentence", () => {
  it("cuts a band that names its reader's computer, printed once on a line of its own", () => {
    const band = "内部资料 严禁外传 张敏 10.20.3.115";
    const page = [
      ...COUNTY_SPEECH_HEAD,
      band,
      `各乡镇要开展排查， ${band} 发现的问题要建立台账。`,
      ...COUNTY_SPEECH_REST,
    ];
    const text = joined(textsOf(page));
    expect(text).toContain("各乡镇要开展排查，发现的问题要建立台账。");
    expect(text).not.toContain("10.20.3.115");
  });

  it("cuts an office's mark copied into a sentence, the office named at a line's start elsewhere", () => {
    const page = withLine("查出的问题建立台账，整改一个青石镇党政办  内部资料销号一个。");
    page.push("", "青石镇党政办公室　　2024年5月21日印");
    expect(joined(textsOf(page))).toContain("整改一个销号一个。");
  });

  it("drops a band on a line of its own whole, the office that heads the page named in it", () => {
    const page = [
      "晟朗精密机械有限公司协同办公平台",
      ...COUNTY_SPEECH_HEAD,
      "晟朗精密机械有限公司　内部资料　严禁外传　李婷 0604",
      ...COUNTY_SPEECH_REST,
    ];
    expect(joined(textsOf(page))).not.toContain("李婷");
  });

  it("keeps a speech's own words on internal material, its office named only in sentences", () => {
    const own = "县应急管理局内部资料要专人保管，不得随意复制。";
    const page = withLine(own);
    page.splice(COUNTY_SPEECH_HEAD.length, 0, "县应急管理局要牵头抓好督查，各乡镇要积极配合，确保各项措施落到实处。");
    expect(joined(textsOf(page))).toContain(own);
  });
});

describe("an OA notice that carries a speech", () => {
  const notice = [
    "关于印发县长在全县安全生产工作会议上讲话的通知",
    "各乡镇、县直各部门：",
    "现将县长在全县安全生产工作会议上的讲话印发给你们，请认真学习，抓好落实。",
    "",
  ];

  it("drops the notice's signature under the speech and a reader's receipt", () => {
    const page = [
      ...notice,
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
      "",
      "县人民政府办公室安全生产科",
      "2024年7月9日",
      "",
      "已读(276)　未读(42)",
      "回执内容：已组织班子成员学习，将逐条抓好落实。——城关镇 方静 2024-07-10 09:12",
    ];
    const text = joined(textsOf(page));
    expect(text).not.toContain("安全生产科");
    expect(text).not.toContain("回执内容");
    expect(text).toContain(COUNTY_CLOSING);
  });

  it("keeps a speech's own words on receipts", () => {
    const own = "回执：各乡镇收到通知后，要在三日内报送回执，逾期未报的要通报批评。";
    expect(joined(textsOf(withLine(own)))).toContain("要在三日内报送回执");
  });
});

describe("a booklet wrapped at a fixed width, its task paragraphs opening with 要", () => {
  const wrap = (p: string) => p.match(/.{1,28}/g)!;
  const tasks = [
    "要立即开展汛前安全生产大检查，各乡镇、各部门要对尾矿库、危化品仓储、在建工地深基坑和高边坡等重点部位开展全面排查，对重大隐患实行挂牌督办。",
    "要加强城镇燃气安全整治，住建部门要会同市场监管部门，对全县瓶装液化气站点和餐饮用户开展联合检查。",
    "要做好防汛各项准备，强降雨预警发布后，危险区域人员要第一时间转移到位，宁可十防九空，不可失防万一。",
    // 56 characters: its last line reaches the margin and ends with 。
    "要抓好安全生产月活动，组织开展安全知识进企业、进学校、进社区、进农村，重点对企业主要负责人开展一轮警示教育培训。",
    "要加快建设全县安全生产风险监测预警平台，年底前将重点企业的在线监测数据全部接入平台。",
    "县安委办要对以上工作实行清单化管理，每月调度一次，对推进缓慢的单位进行通报。",
  ];
  const rejoined = (paragraphs: string[]) =>
    rejoinLines(paragraphs.flatMap(wrap).map((text, k) => ({ text, lineNo: k + 1 }))).map((p) => p.text);

  it("runs a full line's sentence on into a line opening with 要: it may be the same point's next sentence", () => {
    expect(rejoined(tasks)).toContain(tasks[3]! + tasks[4]!);
    const few = [COUNTY_SITUATION, COUNTY_DUTY, tasks[3]!, tasks[4]!, COUNTY_CHECK, tasks[5]!];
    expect(rejoined(few)).toContain(tasks[3]! + tasks[4]!);
  });
});
