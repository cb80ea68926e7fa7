import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_HEAD, COUNTY_SPEECH_REST } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";
import { markFollowCards } from "./noise-follow-cards";

// Guards written after the review of the 留言精选 / 评论 N and poster's-lead rules: a speech that reads out the
// messages it was sent, under the same words a 公众号 prints over its readers' comments, keeps its own paragraphs.

/** A workshop director's short talk after he reads two notes out: short paragraphs, no outline, thanks at the end. */
const AFTER_NOTES = [
  "所以，下个月起，每个班组交接班时加一项，三分钟，说一个自己碰到的险情。",
  "行车、叉车开动前必须检查限位和喇叭，查过了在点检表上打勾。",
  "找出来的问题，谁的工位谁负责，两天内整改完，整改不了的报安全科。",
  "最后讲一句，家里人都等着大家下班回去。我就讲这么多，谢谢大家！",
];
const NOTES = ["焊接班小陈：车间西门的应急灯不亮了好几天。", "成品库老周：消防栓前面又堆了托盘。"];
const TALK = ["车间主任在三季度安全例会上的讲话", "同志们：", "今天的会不开长，就讲几件具体的事。"];

describe("留言精选 / 评论精选 a speech reads out", () => {
  it("keeps the speech's paragraphs and closing under messages it reads out after a 同志们， lead-in", () => {
    for (const header of ["留言精选", "评论精选："]) {
      const page = [...TALK, "同志们，车间的意见本我每周都翻，今天挑两条读一读。", header, ...NOTES, ...AFTER_NOTES];
      const texts = textsOf(page);
      for (const line of [...NOTES, ...AFTER_NOTES]) expect(texts).toContain(line);
    }
  });

  it("keeps a host's own lines under the netizens' messages the host reads out after a 让我们 line", () => {
    const page = [
      "“隐患随手拍”网络问政节目主持词",
      "各位观众、各位网友：",
      "欢迎收看本期节目。今天，县应急管理局和县住建局的负责同志来到直播间，现场回应群众关切。",
      "让我们先看看网友们反映了哪些问题。",
      "留言精选",
      "网友“河西路”：小区的消防通道常年被私家车占着。",
      "网友“北关”：老街的燃气表箱锈穿了。",
      "这两条留言很有代表性。先请县住建局的负责同志回应。",
      "谢谢住建局的回应。下面请县应急管理局的负责同志谈一谈。",
      "本期节目就到这里，我们下期再见。",
    ];
    const texts = textsOf(page);
    expect(texts).toContain("这两条留言很有代表性。先请县住建局的负责同志回应。");
    expect(texts).toContain("本期节目就到这里，我们下期再见。");
  });

  it("keeps them where the line above the header was removed: a caption, a page's footer", () => {
    for (const above of ["▲图为车间意见本的照片", "第 2 页 共 3 页"]) {
      const page = [...TALK, "车间的意见本我每周都翻，今天挑两条读一读。", above, "留言精选", ...NOTES, ...AFTER_NOTES];
      const texts = textsOf(page);
      for (const line of AFTER_NOTES) expect(texts).toContain(line);
    }
  });
});

describe("评论 N as a speech's own figure", () => {
  const quoted = "网友李女士：看完才知道电动车不能在楼道里充电，今晚就推下楼。";
  const own = [
    "这说明，群众愿意听，关键看我们讲得实不实在。",
    "各乡镇要把这类短视频转到每个村民群里。",
    "县融媒体中心要开设专栏，每周更新一期。",
  ];

  it("keeps the netizen it quotes and its paragraphs after a 同志们， lead-in", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "同志们，安全宣传要讲方法。县里那条电动车充电的短视频，数据是这样的：",
      "评论 3105",
      quoted,
      ...own,
      ...COUNTY_SPEECH_REST,
    ];
    const texts = textsOf(page);
    for (const line of [quoted, ...own]) expect(texts).toContain(line);
  });

  it("keeps them under the speech's own row of figures", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "今年县应急管理局的抖音号发了四十多条短视频，反响最大的一条是这样的：",
      "播放 52.7万",
      "点赞 8412",
      "评论 3105",
      quoted,
      ...own,
      ...COUNTY_SPEECH_REST,
    ];
    const texts = textsOf(page);
    for (const line of [quoted, ...own]) expect(texts).toContain(line);
  });
});

describe("readers' comments under 留言精选 after the speech", () => {
  it("drops the comments with their likes and the author's replies, and nothing of the speech", () => {
    const comments = [
      "南街老赵：讲得实在，就看落实了。",
      "31",
      "作者回复：谢谢关注！",
      "东湖人家：村口的桥什么时候修？",
      "6",
    ];
    expect(textsOf([...COUNTY_SPEECH, "留言精选", ...comments])).toEqual(textsOf(COUNTY_SPEECH));
  });
});

describe("a self-media post's head over a host's cues", () => {
  it("keeps a host's cue lines between the card and the speech's title", () => {
    const page = [
      "全县安全生产大会开了，县长讲了这些",
      "说安全的老陈",
      "某某号优质安全领域创作者　2025-03-02 07:30 · 发布于河南",
      "+ 关注",
      "现在开会。",
      "今天召开全县安全生产工作会议，主要任务是传达上级会议精神，部署全年工作。",
      "下面，请县长×××同志讲话，大家欢迎。",
      ...COUNTY_SPEECH,
    ];
    const verdict: (string | null)[] = page.map(() => null);
    markFollowCards(page, verdict);
    expect(page.filter((_, i) => !verdict[i])).toEqual([page[0], ...page.slice(4)]);
  });
});
