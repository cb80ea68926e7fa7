import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { docxBodyLines, wParagraph as p, wRow as row, wTable as table } from "../testing/docx-body";
import { speechesOf, textsOf } from "../testing/mined-page";
import { mineLines } from "./text-pipeline";

// Pages written for these tests in the shapes of set 48's: a Discuz thread saved as a page (each card's items a
// blank line apart, the poster's note and the post's title above the speech, replies below its （完）), an OA form
// laying a speech out in a table, a 范文 page's advert for a writing tool, a news page's captions.

const CLOSING = "各位领导，同志们，我们将以这次会议为新的起点，坚决履行安全生产主体责任，以实际行动确保安全稳定！";

describe("a desktop forum's thread saved as a page", () => {
  const card = (name: string, rank: string, joined: string, foot: string) =>
    [
      name,
      `${name} 当前离线`,
      "积分",
      "2087",
      "主题",
      "412",
      "帖子",
      "2087",
      rank,
      "注册时间",
      joined,
      "发消息",
      foot,
    ].flatMap((line) => [line, ""]);
  const page = [
    "[讲话稿] 分享一篇企业安全生产表态发言（自己写的，欢迎拍砖）",
    "",
    ...card("安监小陈", "金牌会员", "2019-5-17", "楼主"),
    "发表于 2025-6-12 08:31 |只看该作者|倒序浏览|阅读模式",
    "本帖最后由 安监小陈 于 2025-6-12 08:47 编辑",
    "前几天园区开会，我们老总的表态发言稿是我起草的，领导基本没改，分享出来给大家参考。",
    COUNTY_TITLE,
    "同志们：",
    COUNTY_OPENING,
    COUNTY_SITUATION,
    COUNTY_DUTY,
    CLOSING,
    "（完）",
    "PS：数字都改过了，大家按自己单位实际写。",
    "回复",
    "举报",
    "",
    ...card("化工老兵", "论坛元老", "2016-3-2", "沙发"),
    "发表于 2025-6-12 09:05 |只看该作者",
    "结构很清楚，三段式，表态发言就该这么写，收藏了。",
    "回复",
    "举报",
  ];

  it("keeps the speech alone: not the post's title, the cards, the poster's note, nor the replies under （完）", () => {
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, COUNTY_DUTY, CLOSING]);
  });

  it("still reads 各位领导，同志们： as a salutation and a title naming someone's 讲话稿 as a title", () => {
    const speeches = speechesOf([COUNTY_TITLE, "各位领导，同志们：", COUNTY_OPENING, COUNTY_SITUATION, CLOSING]);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_SITUATION, CLOSING]);
    expect(speechesOf(["县长在全县安全生产工作会议上的讲话稿", "同志们：", COUNTY_OPENING])[0]!.title).toBe(
      "县长在全县安全生产工作会议上的讲话稿",
    );
  });
});

describe("an office system's form around a .docx speech", () => {
  it("takes the form's 标题, 讲话人 and 日期 as the speech's head and drops its other fields", () => {
    const body = [
      table(row("签发", "同意。龚海帆 5月15日"), row("拟稿单位", "镇应急管理办公室", "联系电话", "6812375")),
      table(
        row("标题", COUNTY_TITLE),
        row("讲话人", "镇党委书记　龚海帆"),
        row("日期", "2025年5月16日"),
        row("文稿类别", "会议讲话"),
        row("归档号", "SPZ-2025-JH-031"),
      ),
      p("同志们："),
      p(COUNTY_OPENING),
      p(COUNTY_CHECK),
    ];
    const removed: { text: string; reason: string }[] = [];
    const speeches = mineLines(docxBodyLines(body, removed)).speeches;
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(speeches[0]!.date).toBe("2025年5月16日");
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual([COUNTY_OPENING, COUNTY_CHECK]);
    expect(removed.map((r) => r.text)).toContain("归档号 SPZ-2025-JH-031");
  });
});

describe("a 范文 page's advert and a news page's captions", () => {
  it("reads an advert naming the 讲话稿 it writes, and a 【专题】 link, as the page's", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "公文写作不求人，AI智能写作一键生成讲话稿",
      "【专题】2026年安全生产月活动方案、讲话稿、主持词大全>>",
      ...COUNTY_SPEECH_REST,
    ];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts a caption credited to a media centre's reporter, and one marked （资料图）", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "6月16日，棠溪县召开全县安全生产暨防汛工作会议。棠溪县融媒体中心记者 邹睿 摄",
      "县应急管理局工作人员在柳湾乡清点防汛物资。（资料图）",
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a speech's own lines of the same shapes (an outside review's cases)", () => {
  it("keeps a meeting's title naming 一键报警 or AI监测, and a speaker sharing his unit's way of working", () => {
    const second = "在全市“一键报警”系统推广应用现场会上的讲话";
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "", second, "同志们：", COUNTY_OPENING, COUNTY_DUTY];
    expect(speechesOf(page).map((s) => s.title)).toEqual([COUNTY_TITLE, second]);
    const shared = "在这里，我把我们车间推行“手指口述”的做法分享给大家，希望对各位有所借鉴。";
    const exchange = [
      "红星化工有限公司在全县安全生产经验交流会上的发言",
      "近年来，我公司坚持安全第一、预防为主，连续五年实现零事故。",
      shared,
      COUNTY_SITUATION,
      "",
      ...COUNTY_SPEECH_HEAD,
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(exchange)).toContain(shared);
  });

  it("keeps a .docx speech's own tables headed 日期 or 类别 and its 联系电话 row", () => {
    const body = [
      p(COUNTY_TITLE),
      p("同志们："),
      p(COUNTY_OPENING),
      `<w:tbl>${row("类别", "重点任务", "责任单位")}${row("危化品", "开展专项执法检查", "县应急管理局")}</w:tbl>`,
      `<w:tbl>${row("日期", "2025年6月16日")}${row("联系电话", "6812375")}</w:tbl>`,
      p(COUNTY_DUTY),
    ];
    const text = mineLines(docxBodyLines(body))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(text).toContain("类别");
    expect(text).toContain("6812375");
    expect(text).toContain("2025年6月16日");
  });
});
