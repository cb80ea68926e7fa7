import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// Pages written for these tests: a speech whose own lines look like the page furniture the miner takes — a 材料 site's
// links set into a sentence next to the speech's own series, heading and short clause; a document reader whose
// running header is the words a title or a sentence opens with; a trainer's line 学员评论 over what the trainees
// wrote; a notice that numbers the pages of a ledger (页码：1/3为…).
const mine = (lines: string[]) => mineText(lines.join("\n"));
const texts = (lines: string[]) => mine(lines).speeches.flatMap((s) => s.blocks.map((b) => b.text));
const all = (lines: string[]) => texts(lines).join("\n");

const TITLE = "在全市防汛工作会议上的讲话";
const OPENING =
  "今天召开全市防汛工作会议，主要是分析今年汛情形势，部署防汛各项工作。刚才，市水利局通报了汛前检查情况，我都同意。";
const BODY = "各县区要在5月底前完成水库、堤防和山洪沟的汛前检查，发现问题立即整改，整改不了的要落实临时度汛措施。";
const CLOSING = "同志们，防汛工作责任重大，希望大家守土尽责，确保安全度汛。";
const CUT = "　　各县区要对水库、堤防和山洪沟开展一次全面检查，摸清底数，建立台账，";

describe("links set into a sentence end where the speech's own text resumes", () => {
  it("takes headlines that end ？ or ！ as links, not as the sentence carrying on", () => {
    const lines = [
      TITLE,
      "同志们：",
      OPENING,
      CUT,
      "相关推荐：",
      "▶ 防汛抢险，这些误区你中招了吗？",
      "▶ 汛期出行，这三件事一定要记牢！",
      "▶ 乡镇防汛工作表态发言",
      "对发现的问题要落实责任人和整改时限，能立即整改的立即整改。",
      BODY,
      CLOSING,
    ];
    const doc = mine(lines);
    expect(doc.speeches.map((s) => s.title)).toEqual([TITLE]);
    const got = all(lines);
    expect(got).toContain("建立台账，对发现的问题要落实责任人和整改时限");
    expect(got).not.toContain("你中招了吗");
    expect(got).not.toContain("一定要记牢");
  });

  it("keeps a short clause that ends the sentence under the links", () => {
    const got = all([
      TITLE,
      "同志们：",
      OPENING,
      CUT,
      "相关阅读：",
      "▶ 汛前安全检查工作方案",
      "▶ 县级防汛工作表态发言",
      "并报市防指备案。",
      BODY,
      CLOSING,
    ]);
    expect(got).toContain("建立台账，并报市防指备案。");
    expect(got).toContain(BODY);
  });

  it("keeps the speech's own heading under the links", () => {
    const heading = "（二）严格落实巡堤查险制度";
    const got = texts([
      TITLE,
      "同志们：",
      OPENING,
      CUT,
      "相关推荐：",
      "▶ 汛前安全检查工作方案",
      "",
      heading,
      BODY,
      CLOSING,
    ]);
    expect(got).toContain(heading);
    expect(got).toContain(BODY);
  });

  it("reads a series item finished at its semicolon as no sentence cut short", () => {
    const heading = "二、全力做好山洪地质灾害防御";
    const got = texts([
      TITLE,
      "同志们：",
      OPENING,
      "　　今年重点抓好两件事：一是抓好水库安全度汛，做到一库一策、责任到人；",
      "二是抓好城区排涝，做到积水点一处一案、整治一处销号一处；",
      "相关阅读：",
      "▶ 汛前安全检查工作方案",
      "▶ 县级防汛工作表态发言",
      heading,
      BODY,
      CLOSING,
    ]);
    expect(got).toContain(heading);
    expect(got.join("\n")).not.toContain("汛前安全检查工作方案");
  });
});

describe("a running header glued to text only at a page break", () => {
  it("keeps a title and a sentence that open with the header's words", () => {
    const header = "江北水务集团";
    const title = "江北水务集团2024年防汛工作会议讲话";
    const own = "江北水务集团各水厂要对取水口、泵站和加药间开展一次全面排查，发现的问题建立台账，限期整改。";
    const lines = [
      header,
      "第1页",
      "",
      title,
      "同志们：",
      OPENING,
      "",
      header,
      "第2页",
      "",
      BODY,
      own,
      "",
      header,
      "第3页",
      "",
      CLOSING,
    ];
    const doc = mine(lines);
    expect(doc.speeches.map((s) => s.title)).toEqual([title]);
    expect(texts(lines)).toContain(own);
  });

  it("keeps a sentence that opens with the meeting's name after a finished paragraph", () => {
    const header = "全市防汛工作会议";
    const own = "全市防汛工作会议以后，各县区要在三天内把会议精神传达到每一个乡镇和水管单位。";
    const lines = [
      header,
      "— 1 —",
      "",
      TITLE,
      "同志们：",
      OPENING,
      "",
      header,
      "— 2 —",
      "",
      BODY,
      "",
      header,
      "— 3 —",
      "",
      own,
      CLOSING,
    ];
    expect(texts(lines)).toContain(own);
  });

  it("still takes the header where the page broke a sentence in the middle of a line", () => {
    const header = "江北水务集团安全环保部　内部资料";
    const lines = [
      "页码：1/4",
      header,
      TITLE,
      "同志们：",
      OPENING,
      "",
      "页码：2/4",
      header,
      "",
      BODY,
      "",
      "页码：3/4",
      header,
      "",
      "　　市防指要会同各县区开展交叉检查，对措施不落实的通报批评，页码：3/4 " + header + " 并约谈主要负责人。",
      "",
      "页码：4/4",
      header,
      "",
      CLOSING,
    ];
    expect(texts(lines)).toContain("市防指要会同各县区开展交叉检查，对措施不落实的通报批评，并约谈主要负责人。");
  });
});

describe("a speech's own lines that read like page furniture", () => {
  it("keeps the speaker's line 学员评论 and the paragraphs under it", () => {
    const under =
      "　　不少学员在评议表上写道，防汛抢险的实操演练最管用，希望以后多安排现场教学。这说明培训要往实处走。";
    const got = texts([
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "　　这期培训班办得很成功，我看了结业评议，大家对课程评价很高。",
      "学员评论",
      under,
      CLOSING,
    ]);
    expect(got).toContain(under.trim());
    expect(got).toContain(CLOSING);
  });

  it("still takes 学员评论 over trainees' named comments", () => {
    const got = all([
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      CLOSING,
      "学员评论",
      "水务所老周：讲得实在，回去就落实。",
      "河长办小陈：收藏了，谢谢分享。",
    ]);
    expect(got).not.toContain("老周");
    expect(got).toContain(CLOSING);
  });

  it("keeps a notice that numbers a ledger's pages with 页码：1/3", () => {
    const own = "请各单位报送的防汛台账统一编排页码：1/3为责任人名单，2/3为隐患清单，3/3为整改记录，不得缺页。";
    expect(texts([TITLE, "同志们：", OPENING, own, BODY, CLOSING])).toContain(own);
  });
});
