import { describe, expect, it } from "vitest";
import { speechesOf } from "../testing/mined-page";

// A 范文 site's collection of three short speeches (a page written for these tests), with the site's labelled adverts
// for its writing courses and coaching set between them, and a call set off by a pointer (▲…点击领取…>>).

const FIRST = [
  "在清溪镇防溺水安全教育大会上的讲话",
  "镇长　×××",
  "各位老师、同学们：",
  "　　暑假马上就要到了，每年这个时候都是溺水事故的高发期。去年全县发生溺水事故3起，教训十分深刻。",
  "　　各村要在河塘边设立警示牌，安排专人巡查；学校要在放假前给每位家长发一封信，讲清楚防溺水“六不”要求。",
  "　　同志们，孩子的安全是每个家庭的头等大事，希望大家共同努力，确保全镇不发生一起溺水事故。",
];
const SECOND = [
  "在县供电公司夏季安全生产动员会上的致辞",
  "总经理　×××",
  "各位同事：",
  "　　迎峰度夏即将开始，线路负荷大、高温作业多，安全生产压力明显加大。",
  "　　各班组要严格执行工作票制度，高温时段合理调整作业时间，确保人身安全和电网稳定运行。",
];
const THIRD = [
  "在全县食品安全宣传周启动仪式上的讲话",
  "副县长　×××",
  "同志们：",
  "　　今天我们在这里启动全县食品安全宣传周活动，就是要让食品安全知识走进千家万户。",
  "　　市场监管部门要加大抽检力度，对问题食品一查到底；各乡镇要组织群众参与宣传活动，营造人人关心食品安全的氛围。",
];
const COURSE = "「写作课堂」公文写作特训营第7期开班，4周学会写讲话稿，前30名报名立减150元";
const COACH = "【写作陪跑】材料总被领导退回？老笔杆一对一改稿，讲话稿三天交付，加微信 qxgw_2025 咨询";

const blocksOf = (page: string[]) => speechesOf(page).flatMap((s) => s.blocks.map((b) => b.text));

describe("a collection's labelled adverts between its speeches", () => {
  it("drop the adverts over the next speech's marker or title", () => {
    const page = [...FIRST, "", COURSE, "", "篇二：", ...SECOND, "", COACH, "", ...THIRD];
    const speeches = speechesOf(page);
    expect(speeches.map((s) => s.title)).toEqual([FIRST[0], SECOND[0], THIRD[0]]);
    const blocks = blocksOf(page);
    expect(blocks).not.toContain(COURSE);
    expect(blocks.some((b) => b.includes("qxgw_2025"))).toBe(false);
    expect(blocks).toContain(FIRST[5]!.trim());
  });

  it("keep a speech's own labelled notice on a course between its paragraphs", () => {
    const notice = "【培训安排】全镇安全员培训班6月10日开班，请各村6月5日前报名，咨询电话由镇安监办公布。";
    const page = [...FIRST.slice(0, 4), notice, ...FIRST.slice(4), "", ...SECOND];
    expect(blocksOf(page)).toContain(notice);
  });

  it("keep such a line that no speech's title follows", () => {
    // The speech's last line, above the page's end: no next speech opens under it.
    const last = "【报名方式】暑期游泳培训班下周开班，家长可到镇文化站报名咨询。";
    expect(blocksOf([...FIRST, last])).toContain(last);
  });

  it("keep a speech's last line, a labelled call to its units, above the next speech's marker", () => {
    // Its words are a course's (报名, 启动) or a site's (扫码), but it calls on the units (请各…) and sells nothing.
    for (const call of [
      "「安全小卫士」志愿服务队报名工作已经启动，请各村组织党员群众踊跃报名。",
      "【知识竞赛】全镇防溺水知识竞赛下周开始，请各学校组织学生扫码参赛。",
    ]) {
      const page = [...FIRST, call, "", "篇二：", ...SECOND];
      expect(blocksOf(page)).toContain(call);
    }
  });

  it("drop a site's call set off by a pointer over the next speech; keep a speech's own ▲ point there", () => {
    const call = "▲发言稿写不顺？点击领取100套会议讲话模板>>";
    const page = [...FIRST, "", call, "", "篇二：", ...SECOND, "", ...THIRD];
    expect(speechesOf(page).map((s) => s.title)).toEqual([FIRST[0], SECOND[0], THIRD[0]]);
    expect(blocksOf(page)).not.toContain(call);
    // A pointer before the speech's last line that sells nothing is its point.
    const point = "▲守住防溺水这条底线，一个孩子都不能少。";
    expect(blocksOf([...FIRST, point, "", "篇二：", ...SECOND])).toContain(point);
  });
});
