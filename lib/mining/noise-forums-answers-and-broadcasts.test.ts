import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 31's: a 贴吧 thread posted over floors, a Q&A answer with the
// answerer's plea glued to it, a county TV station's script with the leader's words under 【同期声】, a meeting's
// materials page with its 主持词 above the speech.
const TITLE = "在全县危险化学品安全生产工作会议上的讲话";
const OPENING =
  "今天召开全县危险化学品安全生产工作会议，主要是分析当前形势，部署下一阶段重点工作。刚才，县应急管理局通报了有关情况，我完全同意。";
const CHECK =
  "各乡镇要对辖区内危险化学品生产、储存、使用企业开展一次全覆盖排查，重点检查储罐区、装卸作业和特殊作业管理，建立隐患台账，实行闭环管理。";
const DUTY =
  "企业主要负责人是安全生产第一责任人，要亲自抓、负总责；行业部门要按照“三管三必须”要求履职尽责，对责任不落实导致事故的，严肃追究责任。";
const CLOSING = "同志们，危险化学品安全责任重于泰山。希望大家以对人民群众高度负责的态度，扎实抓好各项工作。谢谢大家！";
const blocksOf = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) => s.blocks.map((b) => `${b.kind[0]} ${b.text}`));

describe("a forum thread posted over floors", () => {
  const page = ["安全生产吧 关注：8.1万", "安全员老王  Lv.7  楼主", TITLE, "同志们：", OPENING];
  page.push("一、认清形势", CHECK, "1楼 · 2024-03-02 10:12 · 来自Android客户端", "回复(2)  收起回复");
  page.push("小刘  Lv.3：mark一下", "回复 安全员老王：楼主好人", "我也说一句", "安全员老王  Lv.7  楼主");
  page.push("回复：二、压实责任", DUTY, "2楼 · 2024-03-02 10:15 · 来自Android客户端", "回复(1)  收起回复");
  page.push("老张  Lv.5：顶", "回复 安全员老王：坐等后续", "我也说一句", "安全员老王  Lv.7  楼主");
  page.push("回复：接上楼 三、抓好收尾", CLOSING, "3楼 · 2024-03-02 10:18 · 来自iPhone客户端");

  it("reads 回复：二、… and 回复：接上楼 三、… as headings, and 我也说一句 between the floors goes", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => s.title)).toEqual([TITLE]);
    expect(blocksOf(page)).toEqual([
      `p ${OPENING}`,
      "h 一、认清形势",
      `p ${CHECK}`,
      "h 二、压实责任",
      `p ${DUTY}`,
      "h 三、抓好收尾",
      `p ${CLOSING}`,
    ]);
    expect(removalReason(mined.removed, "回复：接上楼")).toBe("论坛界面文字");
  });

  it("keeps a line that opens with 回复： without a floor's words or an outline number after it", () => {
    const letter = [TITLE, "同志们：", OPENING, "回复：关于加强危险化学品运输管理的建议", CHECK, CLOSING];
    expect(blocksOf(letter).join("\n")).toContain("回复：关于加强危险化学品运输管理的建议");
  });

  it("keeps 回复：一、… in a speech's own questions and answers, on a page that is no forum's", () => {
    const answer = "回复：一、由县应急管理局牵头，商务、市场监管等部门配合，每季度开展一次联合检查。";
    const page = [TITLE, "同志们：", OPENING, "问：小型加油站安全检查由哪个部门牵头？", answer, CLOSING];
    expect(blocksOf(page)).toContain(`p ${answer}`);
  });

  it("keeps a speech's own short line between two lines a reply rule took (回复单位：…)", () => {
    const page = [TITLE, "县长 ×××", "同志们：", OPENING, "下面我通报两件群众投诉的办理情况："];
    page.push("回复单位：县应急管理局", "已办结", "回复单位：县市场监管局", "正在办理", CHECK, CLOSING);
    expect(blocksOf(page)).toContain("p 已办结");
  });
});

describe("a Q&A answer with the answerer's plea glued to its last sentence", () => {
  it("cuts （原创不易，望采纳） and a bare 望采纳 after the closing, and keeps the closing", () => {
    for (const plea of ["（原创不易，望采纳）", "望采纳！", "【满意请采纳】"]) {
      const mined = mineText([TITLE, "同志们：", OPENING, CHECK, CLOSING + plea].join("\n"));
      expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual([OPENING, CHECK, CLOSING]);
      expect(mined.removed.some((r) => r.reason === "问答网站文字" && plea.includes(r.text.trim()))).toBe(true);
    }
  });

  it("keeps 采纳 in a speech's own sentences", () => {
    for (const own of [
      "对群众提出的合理建议，各部门要认真研究、积极采纳，请采纳情况于月底前报县安委办。",
      "对群众来信中的意见（凡是可行的请采纳）要及时反馈处理结果。",
      "对县政协提案中涉及安全生产的建议，各部门务必逐条研究。请采纳。",
    ])
      expect(blocksOf([TITLE, "同志们：", OPENING, own, CLOSING])).toContain(`p ${own}`);
  });
});

describe("a TV station's news script with the leader's words under 【同期声】", () => {
  const quote = (t: string) => `“${t}”`;
  const page = ["××县融媒体中心", "本台消息 3月5日上午，我县召开危险化学品安全生产工作会议。副县长×××出席会议并讲话。"];
  page.push("会上，县应急管理局通报了有关情况。", "【同期声】副县长 ×××", quote(OPENING));
  page.push(quote("第一，要全面排查整治隐患。" + CHECK.slice(3)), "×××在讲话中强调，安全工作必须抓早抓实。");
  page.push("【同期声】副县长 ×××", quote("第二，要层层压实责任。" + DUTY), quote(CLOSING), "记者 ××× 报道");

  it("keeps the quoted words without their quotes, reads 第一，… as headings, and the narration goes", () => {
    const mined = mineText(page.join("\n"));
    expect(blocksOf(page)).toEqual([
      `p ${OPENING}`,
      "h 第一，要全面排查整治隐患。",
      `p ${CHECK.slice(3)}`,
      "h 第二，要层层压实责任。",
      `p ${DUTY}`,
      `p ${CLOSING}`,
    ]);
    expect(removalReason(mined.removed, "【同期声】副县长 ×××")).toBe("新闻报道");
    expect(removalReason(mined.removed, "×××在讲话中强调，安全工作必须抓早抓实。")).toBe("新闻报道");
  });

  it("keeps a speech's own quoted paragraphs where the page has no 【同期声】", () => {
    const own = quote("隐患就是事故，事故就要处理。这句话大家要牢牢记住。");
    expect(blocksOf([TITLE, "同志们：", OPENING, own, CHECK, CLOSING])).toContain(`p ${own}`);
  });

  it("keeps a quotation running on over paragraphs whole, each paragraph without its quotes", () => {
    const script = ["本台消息 3月5日上午，我县召开安全生产工作会议。", "【同期声】副县长 ×××"];
    script.push(`“${OPENING}`, CHECK, `${DUTY}”`, quote(CLOSING), "记者 ××× 报道");
    expect(blocksOf(script)).toEqual([`p ${OPENING}`, `p ${CHECK}`, `p ${DUTY}`, `p ${CLOSING}`]);
  });

  it("leaves a speech alone whose only cue (a stray 【同期】) stands over no quotation", () => {
    const quotes = [quote(CHECK), quote(DUTY), quote("要加强应急救援能力建设，提高防灾减灾救灾水平。")];
    const speech = [TITLE, "同志们：", OPENING, ...quotes, CLOSING, "【同期】"];
    expect(blocksOf(speech)).toEqual([`p ${OPENING}`, ...quotes.map((q) => `p ${q}`), `p ${CLOSING}`]);
  });

  it("keeps a line whose quote closes inside it as written, and 本台消息 in a speech's sentence", () => {
    const rule = "“三管三必须”要求必须落实到每一个行业部门，谁主管、谁负责，决不能推诿扯皮。";
    const script = ["本台消息 3月5日上午，我县召开安全生产工作会议。", "【同期声】副县长 ×××", quote(OPENING)];
    script.push(rule, quote(CHECK), quote(DUTY), quote(CLOSING));
    expect(blocksOf(script)).toContain(`p ${rule}`);
    const own = "本台消息、专题节目都要严格执行三审三校制度，任何稿件未经终审不得播出。";
    expect(blocksOf(["在全台安全播出工作会议上的讲话", "同志们：", OPENING, own, CLOSING])).toContain(`p ${own}`);
  });
});

describe("a meeting's materials page with its 主持词 above the speech", () => {
  const host = "全县危险化学品安全生产工作会议主持词";
  const agenda = [
    "今天的会议共有两项议程：一是县应急管理局通报情况；二是请×××县长作重要讲话。",
    "下面进行第一项议程，请县应急管理局局长×××同志通报情况。",
    "下面，请×××县长作重要讲话，大家欢迎。",
  ];
  const page = ["会议材料库 > 主持词讲话 > 安全生产", "全县危险化学品安全生产工作会议材料（主持词+讲话）"];
  page.push(
    host,
    "（县政府副县长　×××）",
    "同志们：",
    ...agenda,
    TITLE,
    "县长　×××",
    "同志们：",
    OPENING,
    CHECK,
    CLOSING,
  );

  it("reads the 主持词 as a speech of its own under its title, with its host as the speaker", () => {
    const mined = mineText(page.join("\n"));
    expect(mined.speeches.map((s) => [s.title, s.speaker])).toEqual([
      [host, "县政府副县长×××"],
      [TITLE, "县长×××"],
    ]);
    expect(mined.speeches[0]!.blocks.map((b) => b.text)).toEqual(agenda);
    expect(removalReason(mined.removed, "会议材料库 > 主持词讲话 > 安全生产")).toBe("网站页眉页脚");
  });

  it("reads no bracketed note as a speaker (（节选）, （县长讲话摘要）, （在县委常委会上）)", () => {
    for (const note of ["（节选）", "（县长讲话摘要）", "（根据县长讲话整理）"]) {
      const mined = mineText([TITLE, note, "同志们：", OPENING, CLOSING].join("\n"));
      expect(mined.speeches[0]!.speaker).toBeNull();
    }
    const mined = mineText([TITLE, "（在县委常委会上）", "县委书记 王某某", "同志们：", OPENING, CLOSING].join("\n"));
    expect(mined.speeches[0]!.speaker).toBe("县委书记王某某");
  });

  it("keeps a speech's own process written as a path (企业自查>部门核查>录入隐患材料库)", () => {
    const path = "企业自查>部门核查>录入隐患材料库";
    expect(blocksOf([TITLE, "同志们：", OPENING, "隐患排查要形成闭环，具体流程是：", path, CHECK, CLOSING])).toContain(
      `p ${path}`,
    );
  });
});
