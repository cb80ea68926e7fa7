import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";
import {
  APP_STEPS,
  CLOSING_WITH_MEETING_NOTE,
  DOCUMENT_READ_OUT,
  FIRE_TIPS,
  FURNACE_OVERHAUL,
  HEADMASTER_TURNS,
  HEADMASTER_TURNS_PAGED,
  PINNED_TASKS,
  QA_SPEECH_GOES_ON,
  SECTION_SAYINGS,
  SLOGANS_UNDER_LINKS,
} from "../../lib/testing/review-96-99-mc-pages";

// The outside review r1 of the rules for sets 96–99 found them removing or cutting a speech's own text (findings 5–9,
// 11, 13–15 of /work/briefs/review-r1.md); each guard mines the reviewer's probe page and looks for the words the
// rule took. The chrome the rules were written for goes still (and the tests of the set-shaped pages hold).

const blocksOf = (page: string) => textsOf([page]);
const textOf = (page: string) => blocksOf(page).join("");

describe("a report's sentence about the meeting (noise-news-report.ts)", () => {
  it("keeps a 会上，…了 paragraph whose second sentence tells the hearers what they must do", () => {
    expect(textOf(CLOSING_WITH_MEETING_NOTE)).toContain(
      "会上，县应急局通报了上半年全县非煤矿山的事故情况，两起事故暴露出的问题触目惊心。三家企业签订的安全生产责任书不是签了就完事的，年底要逐项考核。",
    );
  });
});

describe("a forwarder's 以上是…全文 (noise-drafts-and-courses.ts)", () => {
  it("keeps the speaker's words on a document he read out", () => {
    expect(textOf(DOCUMENT_READ_OUT)).toContain(
      "以上是省委文件的原文，大家回去以后要逐条对照、逐项落实，不能打折扣、搞变通。",
    );
  });

  it("still drops a forwarder's 以上是何镇长讲话全文。 under the speech", () => {
    expect(textsOf([...COUNTY_SPEECH, "以上是何镇长讲话全文。"]).join("")).not.toContain("讲话全文");
  });
});

describe("a signed pull quote (noise-pull-quotes.ts)", () => {
  it("keeps the sayings a speaker opens his sections with, named where he says them again", () => {
    const text = textOf(SECTION_SAYINGS);
    expect(text).toContain("「安全帽戴好了，命就保住了一半。」——杨德顺");
    expect(text).toContain("「规程是用血写成的，不能用血去验证。」——周国强");
  });

  it("still drops the speaker's own words said again in a signed call-out", () => {
    const words = "隐患不除，事故难免。";
    const own = `${COUNTY_CHECK.replace(/。$/, "，")}${words}`;
    const page = [...COUNTY_SPEECH_HEAD, "二、抓好排查", `「${words}」——沈嘉禾`, own, ...COUNTY_SPEECH_REST.slice(2)];
    const blocks = textsOf(page);
    expect(blocks.join("")).not.toContain("」——");
    expect(blocks).toContain(own);
  });
});

describe("a post's pinned info card (noise-line-marks.ts)", () => {
  it("keeps the speech's tasks each under a 📌", () => {
    const text = textOf(PINNED_TASKS);
    for (const task of [
      "整治范围：辖区内所有住宅小区、城中村和沿街商铺",
      "完成时限：4月30日前完成全部充电棚建设",
      "责任分工：社区负总责，物业具体实施，执法队负责督查",
      "重点提醒：严禁电动自行车在楼道、楼梯间停放充电",
    ])
      expect(text).toContain(task);
  });
});

describe("a Discuz forum's jammer strings (noise-discuz-jammers.ts)", () => {
  it("keeps furnace numbers and working hours written in ASCII with spaces", () => {
    const text = textOf(FURNACE_OVERHAUL);
    expect(text).toContain("1# 2# 3# 4#高炉");
    expect(text).toContain("上午8: 30 - 11: 30，下午14: 00 - 17: 30，");
  });

  it("still cuts a jammer's run of letters mixed with marks", () => {
    const own = "各乡镇要对辖区内重点行业开展排查，建立隐患台账，实行闭环管理。";
    const text = textsOf([...COUNTY_SPEECH_HEAD, own.replace("排查，", "排查，% i; P  g! D"), ...COUNTY_SPEECH_REST]);
    expect(text.join("")).toContain(own);
  });
});

describe("a 速记稿 in turns (noise-turn-labels.ts)", () => {
  it("keeps the headmaster's own department line over his repeated label", () => {
    for (const page of [HEADMASTER_TURNS, HEADMASTER_TURNS_PAGED]) {
      const text = textOf(page);
      expect(text).toContain("教务处：负责实验室危化品管理，落实双人双锁、领用登记制度。");
      expect(text).toContain("总务处：负责食堂、宿舍设施设备的检查维修，本周内拿出整改时间表。");
    }
  });
});

describe("the lines below a Q&A page's only footer (noise-qa-answers.ts)", () => {
  it("keeps the speech the answerer goes on with in his comment", () => {
    const text = textOf(QA_SPEECH_GOES_ON);
    for (const own of [
      "三、强化落实，确保活动取得实效",
      "各乡镇、各部门要加强组织领导，主要负责同志要亲自抓。",
      "四、加强宣传，营造浓厚氛围",
      "同志们，让我们以这次安全生产月活动为契机，推动全县安全生产形势持续稳定向好。",
      "谢谢大家！",
    ])
      expect(text).toContain(own);
  });
});

describe("a related list's X？Y！ headline (noise-page-furniture.ts)", () => {
  it("keeps the two slogans the speech opens with under the list", () => {
    const text = textOf(SLOGANS_UNDER_LINKS);
    expect(text).toContain("安全隐患在哪里？就在我们身边！");
    expect(text).toContain("安全责任在哪里？就在每个人肩上！");
  });
});

describe("an app card (noise-app-cards.ts) and a tooltip link (noise-inline-asides.ts)", () => {
  it("keeps a speech's steps around 下载App", () => {
    const blocks = blocksOf(APP_STEPS);
    expect(blocks).toContain("实名注册");
    expect(blocks).toContain("开始学习");
  });

  it("keeps ［小知识］ labels on lines of their own", () => {
    expect(blocksOf(FIRE_TIPS).filter((b) => b === "［小知识］")).toHaveLength(2);
  });
});
