import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";
import { COUNTY_CHECK, COUNTY_CLOSING, COUNTY_DUTY, COUNTY_SITUATION } from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";

// A video site's 文稿 page of a speech (set 139's 10): the site's rows around the timed transcript, its tag and date on
// the video's title, and a talk's spoken outline (第一个，要…，…). A speech's own lines of those shapes stay.

const TITLE = "县长王建平在全县汛期安全生产工作会议上的讲话";
const siteHead = [
  "青禾视频　首页　动态　直播　投稿",
  `【完整版】${TITLE}｜2024年6月12日`,
  "3.6万播放　·　58条弹幕　·　2024-06-13 09:15:02",
  "UP主：青溪县融媒体中心　+关注（粉丝 2.1万）",
  "字幕：AI自动生成　｜　人工校对：青溪融媒 小王",
  "字幕列表　｜　AI总结　｜　文稿",
];
const talk = [
  "00:00:06　好，同志们，今天我们开这个会，就是要把汛期的安全生产工作再部署一下。刚才呢，李副县长讲得很具体，我都同意。下面我讲几点意见。",
  `00:01:10　第一个，要把风险想在前头，绝不能麻痹大意。${COUNTY_SITUATION}`,
  `00:03:42　第二个，要把隐患排查彻底，把措施落到实处。${COUNTY_CHECK}`,
  `00:06:05　第三个，要把责任扛在肩上，不能上推下卸。${COUNTY_DUTY}`,
  `00:08:30　${COUNTY_CLOSING}`,
];
const siteTail = [
  "合集·青溪县重要会议（共9集）",
  "P7　全县春季农业生产工作会议　25:40",
  "P8　全县汛期安全生产工作会议（本视频）　09:12",
  "自动连播　开",
  "评论 42　　按热度排序",
  "溪边老周：讲得实在，转发学习",
  "回复 · 2024-06-14 · 赞 18",
  "用户5520417：第三个讲得特别好",
  "回复 · 2024-06-15 · 赞 3",
];
const page = [...siteHead, "", ...talk, "", ...siteTail];
/** The talk as a page without the video's times gives it. */
const untimed = talk.map((t) => t.replace(/^[\d:]+\s*/, ""));

describe("a video site's transcript page", () => {
  it("mines one speech titled by the video's title without the site's tag and date", () => {
    const speeches = speechesOf(page);
    expect(speeches).toHaveLength(1);
    expect(speeches[0]!.title).toBe(TITLE);
    const removed = mineText(page.join("\n")).removed.map((r) => r.text.trim());
    expect(removed).toEqual(expect.arrayContaining(["【完整版】", "｜2024年6月12日"]));
  });

  it("leaves none of the site's rows, the collection or the comments in the speech", () => {
    const texts = textsOf(page).join("\n");
    for (const row of [...siteHead.slice(2), ...siteTail]) expect(texts).not.toContain(row.replace(/\s+/g, ""));
    for (const row of [...siteHead.slice(2), ...siteTail]) expect(texts).not.toContain(row);
  });

  it("reads the spoken 第一个，要…，… points as the talk's level-1 headings", () => {
    const headings = speechesOf(page)[0]!.blocks.filter((b) => b.kind === "heading");
    expect(headings.map((b) => [b.text.replace(/。$/, ""), b.level])).toEqual([
      ["第一个，要把风险想在前头，绝不能麻痹大意", 1],
      ["第二个，要把隐患排查彻底，把措施落到实处", 1],
      ["第三个，要把责任扛在肩上，不能上推下卸", 1],
    ]);
  });
});

describe("a speech's own lines of the video page's shapes", () => {
  it("keeps a speech's X：Y lines on a video page where no reply row stands under them", () => {
    const own = ["值班组：二十四小时值守，电话必须畅通。", "抢险队：人员装备提前到位，随时待命。"];
    const texts = textsOf([...siteHead, "", ...talk.slice(0, 3), ...own, ...talk.slice(3), "", ...siteTail]);
    for (const line of own) expect(texts).toContain(line);
  });

  it("leaves a title's 【…】 and ｜date on a page that is no timed transcript", () => {
    const title = `【完整版】${TITLE}｜2024年6月12日`;
    const mined = mineText([title, "同志们：", ...untimed].join("\n"));
    expect(mined.removed.map((r) => r.reason)).not.toContain("视频标题的标签和日期");
  });

  it("keeps a speech's own sentence on a video page that counts a video's views or names its 合集", () => {
    const own = [
      "那个警示片大家都看了没有？网上已经有十几万播放、几千条弹幕，群众是很关注的。",
      "合集里那几期事故案例，各乡镇要组织企业负责人集中学一学。",
    ];
    const texts = textsOf([...siteHead, "", ...talk.slice(0, 2), ...own, ...talk.slice(2), "", ...siteTail]);
    for (const line of own) expect(texts).toContain(line);
  });

  it("reads no 第一个，要看到，… lead-in or 第一个，要求…，… call as a point's head", () => {
    const lines = [
      "第一个，要看到，今年以来全县事故起数下降了，但是风险并没有减少。",
      "第二个，要看到，汛期来得早，雨量也比往年多，防汛压力很大。",
      "第一个，要求大家，今天回去以后马上把排查表报上来。",
      "第二个，要求大家，汛期值班一律由主要负责同志带班。",
    ];
    const blocks = speechesOf([TITLE, "同志们：", ...lines, COUNTY_CLOSING])[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading")).toEqual([]);
  });
});
