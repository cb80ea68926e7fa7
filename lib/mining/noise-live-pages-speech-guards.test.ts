import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Guards for the live-page rules (noise-live-pages.ts), on pages written for these tests: a speech's own X：Y lines
// on a live room's page (a quote, a reported exchange, a slogan, numbered key words, a list of who does what), pages
// with view counts but no room (a related-videos list, a speech's table), and live blogs whose last update is the
// speaker's or a host's script.

const ROOM_HEAD = [
  "某某直播间 · 回放",
  "直播时间 2024-11-02 15:00 | 时长 00:41:06 | 9,870次观看",
  "当前 1,064 人正在观看",
  "弹幕已开启 · 请文明发言",
  "【系统】欢迎来到直播间！",
];

describe("a live room's page: the speech's own X：Y lines stay, the viewers' remarks go", () => {
  const own = [
    "省委领导同志强调：“安全生产是不可逾越的红线”",
    "我到一家企业问值班员：应急预案放在哪里？",
    "值班员答：好像在办公室柜子里",
    "消防安全：人人参与、人人受益",
    "要点一：把住源头",
    "要点二：盯紧过程",
  ];
  const duties = ["交通运输局：加强客运站安检", "住建局：盯紧在建工地塔吊", "夜里：以巡查为主", "白天：以检查为主"];
  const page = [
    ...ROOM_HEAD,
    ...COUNTY_SPEECH_HEAD.slice(0, 4),
    own[0]!,
    "巡山老周：说得在理，回去就落实",
    COUNTY_SITUATION,
    own[1]!,
    own[2]!,
    "🎁 平安小林 送出 “鲜花” ×2",
    own[3]!,
    "收到",
    "二、抓好排查",
    own[4]!,
    COUNTY_CHECK,
    own[5]!,
    "县里要求大家分头抓落实：",
    ...duties,
    ...COUNTY_SPEECH_REST.slice(2),
    "阿芳99：讲得好，支持",
  ];

  it("keeps the quote, the exchange, the slogan, the numbered key words and the duties", () => {
    const blocks = textsOf(page).join("\n");
    for (const t of [...own, ...duties]) expect(blocks).toContain(t.replace(/^要点[一二]：/, ""));
  });

  it("drops the viewers' remarks by their handles", () => {
    const blocks = textsOf(page).join("\n");
    for (const t of ["巡山老周", "阿芳99", "收到"]) expect(blocks).not.toContain(t);
  });
});

describe("view counts with no live room", () => {
  it("keeps a speech's own X：Y lines above a related-videos list", () => {
    const own = ["我再讲一遍：燃气安全没有旁观者！", "各位要记住：宁可多查一遍，不可漏掉一处"];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      own[0]!,
      ...COUNTY_SPEECH_REST.slice(0, 2),
      own[1]!,
      ...COUNTY_SPEECH_REST.slice(2),
      "相关视频",
      "全县燃气安全检查纪实 | 2.1万次观看",
      "应急演练进校园 | 7,315次观看",
      "消防站开放日 | 3.4万次观看",
    ];
    const blocks = textsOf(page).join("\n");
    for (const t of own) expect(blocks).toContain(t);
  });

  it("keeps a speech's table of views and the remarks it reports", () => {
    const own = ["县委领导反复强调：警示教育要入脑入心", "有的企业职工说：片子看过了，记不住"];
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "直播警示课 | 6场 | 2.4万人次观看",
      "线上答题 | 3场 | 观看人次：8000",
      "案例巡展 | 9场 | 1.6万人次观看",
      ...own,
      ...COUNTY_SPEECH_REST,
    ];
    const blocks = textsOf(page).join("\n");
    for (const t of own) expect(blocks).toContain(t);
  });
});

describe("a live blog's last update", () => {
  const update = (time: string, role: string, ...lines: string[]) => [time, role, ...lines];

  it("keeps the speaker's last paragraph that dismisses the meeting, and drops the host's report that it ended", () => {
    const last = "各乡镇要把今天的要求带回去，逐项抓好落实。会议结束后立即部署，现在散会！";
    const page = [
      "某某发布 图文直播",
      ...update("14:00", "主持人", "会议开始。县长×××出席并讲话。"),
      ...update("14:03", "记者 王一", COUNTY_TITLE, "县长　×××", COUNTY_OPENING.replace(/^/, "同志们，")),
      COUNTY_CHECK,
      ...update("14:40", "记者 王一", last),
      ...update("14:46", "主持人", "会议结束。本场图文直播到此结束。"),
    ];
    const blocks = textsOf(page);
    expect(blocks).toContain(last);
    expect(blocks.join("\n")).not.toContain("本场图文直播到此结束");
  });

  it("reads a host's script with its times as the script: its last turn stays", () => {
    const page = [
      "全县安全生产大会主持词",
      ...update("09:00", "主持人", "同志们：现在开会。今天召开全县安全生产大会，主要任务是部署今年的安全生产工作。"),
      ...update("09:05", "主持人", "下面，请县长×××同志讲话，大家欢迎。"),
      ...update("09:50", "主持人", "同志们，刚才县长的讲话要求明确，各单位要认真抓好贯彻落实，确保各项工作落地见效。"),
      ...update("09:55", "主持人", "大会到此结束，散会！"),
    ];
    expect(speechesOf(page)[0]!.blocks.map((b) => b.text)).toContain("大会到此结束，散会！");
  });
});

// The live-room rules on their own page still take the room's lines (see noise-live-pages.test.ts); one more: a
// remark under a handle between two speech lines, with the room shown at the top.
it("drops a handle's remark standing alone between a speech's paragraphs on a live room's page", () => {
  const page = [...ROOM_HEAD, ...COUNTY_SPEECH_HEAD, "安监老兵：这个形势分析到位了", ...COUNTY_SPEECH_REST];
  expect(textsOf(page)).toEqual([COUNTY_OPENING, "一、认清形势", COUNTY_SITUATION, ...COUNTY_SPEECH_REST]);
});
