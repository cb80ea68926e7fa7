import { describe, expect, it } from "vitest";
import { pageLines, removalReason as reasonOf, removeNoiseFromPage as run } from "../testing/page-noise";
import { removeNoise } from "./noise";

// Pages written for these tests, in the shapes of sites the miner had not met: a 公众号 article, a
// document-sharing page, a news page with a summary, a 范文 page with a watermark.
const TITLE = "在全县2024年安全生产工作会议上的讲话";
const OPENING = "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。";
const BODY = "各乡镇要压实属地责任，深入开展隐患排查整治，确保全镇安全形势稳定，坚决防范遏制重特大事故发生。";
const BODY2 = "各部门要强化行业监管，加大执法检查力度，严厉打击非法违法生产经营行为，对问题企业一律从严处理。";
const CLOSING = "同志们，安全生产责任重于泰山。让我们以更加务实的作风，全力以赴抓好各项工作！";

describe("page furniture", () => {
  it("removes the links listed under a related-articles header after the speech, bulleted or not", () => {
    const links = [
      "●  我县召开2024年防汛工作会议",
      "●  春季出行，这份安全提示请收好！",
      "县应急局开展危化品企业执法检查",
    ];
    const r = run([TITLE, "同志们：", OPENING, BODY, CLOSING, "", "往期推荐", ...links, "扫码关注我们"].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY, CLOSING]);
    for (const link of links) expect(reasonOf(r.removed, link)).toBe("相关文章列表");
  });

  it("stops a related list that stands above the speech at the speech's own title", () => {
    const r = run(
      [
        "相关阅读",
        "全市防汛工作会议召开",
        "消防安全提示",
        "",
        TITLE,
        "（2024年3月1日）",
        "同志们：",
        OPENING,
        BODY,
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "（2024年3月1日）", "同志们：", OPENING, BODY]);
    expect(reasonOf(r.removed, "消防安全提示")).toBe("相关文章列表");
  });

  it("leaves a speech's short lines alone when no related-articles header comes before them", () => {
    const r = run([TITLE, "同志们：", OPENING, "一、提高认识", BODY, "二、强化监管", BODY2, CLOSING].join("\n"));
    expect(r.removed).toEqual([]);
  });

  it("removes a picture's caption (▲图为…, 图为…, （图片来源：…）, …摄)", () => {
    for (const caption of ["▲图为会议现场", "图为县长在会上讲话", "（图片来源：县融媒体中心）", "记者 张某某 摄"]) {
      const r = run([TITLE, caption, "同志们：", OPENING, BODY].join("\n"));
      expect(r.kept, caption).toEqual([TITLE, "同志们：", OPENING, BODY]);
      expect(reasonOf(r.removed, caption), caption).toBe("图片说明");
    }
  });

  it("removes a file's name when the page shows the title below it, and keeps the name as the title otherwise", () => {
    const named = run([`${TITLE}.docx`, "举报 | 投诉 | 收藏 | 分享", TITLE, "同志们：", OPENING, BODY].join("\n"));
    expect(named.kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
    expect(reasonOf(named.removed, `${TITLE}.docx`)).toBe("文件名");
    expect(reasonOf(named.removed, "举报 | 投诉 | 收藏 | 分享")).toBeDefined();

    const only = run([`${TITLE}.doc (35.5KB)`, "同志们：", OPENING, BODY].join("\n"));
    expect(only.kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
    expect(only.removed.map((r) => r.reason)).toEqual(["文件名后缀"]);
  });

  it("removes a labelled summary (摘要：…) that repeats the opening", () => {
    const teaser = `摘要：${OPENING.slice(0, 30)}...`;
    const r = run([teaser, TITLE, "同志们：", OPENING, BODY].join("\n"));
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
    expect(reasonOf(r.removed, teaser)).toBe("重复的摘要行");
  });

  it("cuts a template site's name stamped into a sentence, and leaves words that only look alike", () => {
    const stamped = "要结合我范文之家镇实际，重点抓好烟花爆竹、冬季取暖和人员密集场所的安全防范工作。";
    const r = run([TITLE, "同志们：", OPENING, stamped].join("\n"));
    expect(r.kept.at(-1)).toBe("要结合我镇实际，重点抓好烟花爆竹、冬季取暖和人员密集场所的安全防范工作。");
    expect(reasonOf(r.removed, "范文之家")).toBe("水印");
    const plain = "要推进公文网上流转，建好职工之家，把电网、燃气管网的安全管理纳入年度考核，确保各项措施落地见效。";
    expect(run([TITLE, "同志们：", OPENING, plain].join("\n")).kept.at(-1)).toBe(plain);
  });
});

describe("page furniture of news, Q&A, forum and document sites", () => {
  it("removes a running header printed on every page and lets the text flow across the page break", () => {
    const header = "市安委办 · 危化品专项整治部署会讲话材料";
    const r = run(
      [
        header,
        TITLE,
        "同志们：",
        OPENING,
        "第 1 页 共 3 页",
        "",
        header,
        BODY,
        "第 2 页 共 3 页",
        "",
        header,
        BODY2,
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY, BODY2]);
    expect(r.removed.filter((x) => x.reason === "页眉（每页重复）")).toHaveLength(3);
    // No blank line is left where a page broke: the line after a page break continues the paragraph before it.
    const raw = removeNoise(
      pageLines([header, TITLE, OPENING, "第 1 页 共 3 页", header, BODY, "第 2 页 共 3 页", header, BODY2].join("\n")),
    ).lines.map((l) => l.text);
    expect(raw.slice(raw.indexOf(OPENING))).toEqual([OPENING, BODY, BODY2]);
  });

  it("keeps what a collection repeats: salutations, thanks, numbered headings", () => {
    const speech = ["同志们：", OPENING, "一、提高认识", BODY, "谢谢大家！"];
    const r = run(
      [TITLE, ...speech, "在全镇安全生产工作会议上的讲话", ...speech, "在全乡安全生产工作会议上的讲话", ...speech].join(
        "\n",
      ),
    );
    expect(r.removed).toEqual([]);
  });

  it("removes a news page's lead that reports the meeting and announces the text", () => {
    for (const lead of [
      "3月7日下午，县安委会召开2024年第一次全体会议，县长李某出席会议并讲话。现将讲话全文刊发如下。",
      "11月7日，医院召开冬春消防安全工作会议。现将院长讲话内容整理如下，供全院职工学习。",
    ]) {
      const r = run([lead, TITLE, "同志们：", OPENING, BODY].join("\n"));
      expect(r.kept, lead).toEqual([TITLE, "同志们：", OPENING, BODY]);
      expect(reasonOf(r.removed, lead)).toBe("新闻导语");
    }
  });

  it("removes a Q&A page's question, badges and the other answers", () => {
    const page = [
      "问答社区 > 生活 > 公文写作",
      "问：镇里下周开安全生产会，求一篇领导讲话稿",
      "最佳答案",
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "码字不易，有用的话麻烦点个采纳，谢谢！",
      "其他回答（2）",
      "网上范文一大堆，建议先找找去年的材料，照着改改。",
      "同问，也在找这个",
      "相关问题",
      "安全生产讲话稿简短  12个回答",
    ];
    expect(run(page.join("\n")).kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
  });

  it("removes a forum's floors, replies and signature, and a reply quoting the post cut short", () => {
    const page = [
      TITLE,
      "同志们：",
      OPENING,
      BODY,
      "签名：安全第一，预防为主。",
      "沙发  海河边的安全员",
      "回复 1# 工地老张",
      `${OPENING.slice(0, 24)}……`,
      "3楼  路过的网友",
    ];
    expect(run(page.join("\n")).kept).toEqual([TITLE, "同志们：", OPENING, BODY]);
  });

  it("cuts an editor's hint in brackets, inside a sentence or on its own line", () => {
    const hinted =
      "今年6月是全国第23个“安全生产月”【小编提示：主题每年不同，使用时请核对。】，各单位要紧扣主题开展活动。";
    const r = run(
      [TITLE, "同志们：", OPENING, "【小编提示：本文为范文，括号内的说明请在使用时删除。】", hinted].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, "今年6月是全国第23个“安全生产月”，各单位要紧扣主题开展活动。"]);
  });
});

describe("the end of a preview", () => {
  it("keeps a last paragraph cut off mid-sentence, quotes and commas included, above the site's footer", () => {
    const cut = "要扎实开展“安全生产月”活动，深入推进安全宣传进企业、进农村、进社区、进学校、进家庭，对培";
    const r = run(
      [
        TITLE,
        "同志们：",
        OPENING,
        BODY,
        cut,
        "……试读已结束，剩余2286字未读",
        "相关文档推荐",
        "2023年安全生产月活动方案",
      ].join("\n"),
    );
    expect(r.kept).toEqual([TITLE, "同志们：", OPENING, BODY, cut]);
  });
});
