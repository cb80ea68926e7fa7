import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 95's: a self-media post's author card and its editor's note
// under a bare 【编者按】, a 【推广】 line ending in its link's arrows, an author's reply under a comment, a post's 小标题
// set off by a bar, or by a pin (📌) that the noise pass cuts.

describe("a self-media post's card and note above the speech", () => {
  it("drops the account's name over its byline and follow button, and the note under a bare 【编者按】", () => {
    const page = [
      "河洛号　｜　首页　推荐　社会　本地　视频　更多",
      "登录　　下载河洛APP，看更多精彩内容",
      "",
      "一篇讲话说透了：安全生产为什么不能松劲？（附讲话全文）",
      "",
      "安全那点事儿",
      "2025-03-16 08:47 · 河南 · 社会领域优质创作者",
      "＋关注　　已有3.4万人关注",
      "",
      "【编者按】",
      "开春以后各地陆续召开安全生产工作会，小编读了十几篇讲话稿，发现这一篇说得最实在：不绕弯子、不堆口号。",
      "现把全文整理出来，供做安全管理的朋友们参考，文中小标题均为原稿所有，个别错别字小编已改正。",
      "",
      "（图为会议现场，图片来自网络）",
      "",
      ...COUNTY_SPEECH,
    ];
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a 【推广】 line ending in its link's arrows, and an author's reply under a comment", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "【推广】写材料没思路？输入会议名称，一键生成讲话初稿，新用户首月仅需9.9元 >>",
      ...COUNTY_SPEECH_REST,
      "",
      "评论 12",
      "热门 | 最新",
      "",
      "城关老张",
      "讲得实在，关键是要落实到村里，别开完会就完了。",
      "04-08 19:02 · 河南　　回复　　赞 23",
      "　作者回复：感谢留言，已转县应急局。",
      "",
      "河边小李",
      "建议把农村建房也好好管一管。",
      "04-08 19:15 · 河南　　回复　　赞 9",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("headings a page sets off or keeps short", () => {
  const prose = (n: number) =>
    `这是第${n}部分的正文，各单位要对照要求逐项抓好落实，确保各项措施落地见效，不留死角，不走过场，做到件件有回音。`;

  it("reads a post's 小标题 set off by a bar as its headings, without the bar", () => {
    const page = [
      "在集团安全生产月动员会上的讲话",
      "同志们：",
      "今天我们开这个会，一是把今年前五个月的情况说一说，二是把安全生产月的几项工作部署一下。",
      "",
      "▍看清楚：前五个月干得怎么样",
      "",
      prose(1),
      "",
      "▍查到底：隐患不能过夜",
      "",
      prose(2),
      "",
      "同志们，安全生产责任重于泰山。希望大家扎实抓好各项工作。谢谢大家！",
    ];
    const blocks = speechesOf(page)[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "看清楚：前五个月干得怎么样",
      "查到底：隐患不能过夜",
    ]);
  });

  it("reads 小标题 set off by a pin (cut as decoration) the same way, 结语 among them; a lone pinned line or pinned list stays", () => {
    const page = [
      "在街道消防安全工作推进会上的讲话",
      "街道办事处主任",
      "同志们：",
      "今天把各社区、各物业公司负责人请来，就是要把今年的消防安全工作再梳理一遍，把几件要紧的事落到人头上。",
      "",
      "📌 摸清底数：哪些地方最让人担心",
      prose(1),
      "",
      "✅ 楼道杂物清干净",
      "✅ 充电线不私拉",
      "📌 抓住关键：电动车和老旧小区",
      prose(2),
      "",
      "📌 结语",
      "同志们，消防安全连着千家万户。希望大家回去以后马上行动起来，把今天的部署一项一项落实到位。",
    ];
    const blocks = speechesOf(page)[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual([
      "摸清底数：哪些地方最让人担心",
      "抓住关键：电动车和老旧小区",
      "结语",
    ]);
    // A speech's list under pins, its items short and over no prose, stays its text.
    expect(blocks.map((b) => b.text).join("\n")).toContain("楼道杂物清干净");
    // One pinned line alone is a saying set off, no outline.
    const lone = [...page.slice(0, 5), "💡 安全这根弦一刻也不能松", prose(1), prose(2)];
    expect(speechesOf(lone)[0]!.blocks.filter((b) => b.kind === "heading")).toEqual([]);
  });
});
