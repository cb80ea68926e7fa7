import { describe, expect, it } from "vitest";
import {
  COUNTY_CLOSING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shapes of set 85's: a 文档 site's preview mark inside a wrapped sentence, a
// portal's list of files to download, a Discuz thread's 评分 box and a reply quoting the poster's speech, a slide
// deck's notes with the presenter's （点击） cue.

describe("a preview's mark inside a wrapped sentence", () => {
  it("drops 本页为预览页 and the sentence runs on across it", () => {
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      "各乡镇要对辖区内危险化学品、建筑施工、消防等重点行业领域开展一次全覆盖排查，建立",
      "本页为预览页",
      "隐患台账，实行闭环管理，确保整改到位。",
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("a portal's list of files to download", () => {
  it("drops the label and its numbered files under a speech whose paragraphs are indented", () => {
    const page = [
      ...COUNTY_SPEECH.map((t) => (t.length > 30 || /^[一二三]、/.test(t) ? `　　${t}` : t)),
      "",
      "会议材料下载：",
      "1. 全县2024年汛前安全检查情况通报.pdf（386KB）",
      "2. 水库山塘度汛责任人名单.xlsx（52KB）",
      "3. 汛前检查问题整改台账（模板）.doc（41KB）",
      "",
      "【打印本页】　【关闭窗口】　【返回顶部】",
      "",
      "相关新闻",
      "· 我县召开汛前安全检查工作会议",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's own 附件下载 sentence", () => {
    const own = "会后请各单位登录县政府网站附件下载专栏，下载检查表和整改台账。";
    const page = [...COUNTY_SPEECH.slice(0, -1), own, COUNTY_CLOSING];
    expect(textsOf(page)).toContain(own);
  });
});

describe("a thread whose 楼主 posts the speech", () => {
  const floor = (name: string, n: string, time: string) => [
    "",
    name,
    `${name} 注册会员`,
    n,
    `${name} 发表于 ${time} | 只看该作者`,
  ];
  const page = [
    "[讲话稿] 转一篇县长在全县安全生产工作会议上的讲话",
    ...floor("南山小吏", "楼主", "2024-6-11 21:05:37"),
    ...COUNTY_SPEECH,
    "",
    "评分 参与人数 2 威望 +2 金币 +10 收起 理由",
    "老秦写材料 + 1 + 5 很给力!",
    "江边听雨 + 1 + 5 赞一个!",
    "查看全部评分",
    "回复 支持 反对",
    ...floor("小镇文书", "5#", "2024-6-12 08:20:44"),
    "南山小吏 发表于 2024-6-11 21:05",
    "各乡镇党政主要负责同志是本辖区安全生产第一责任人，要严格落实党政同责、一岗双责。",
    "这两句我直接抄走了，县长讲话就得有这股劲。",
    "回复 支持 反对",
  ];

  it("drops the 评分 box, the reply and the poster's words it quotes", () => {
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps the poster's own later floor that carries his speech on", () => {
    const later = [
      ...floor("南山小吏", "楼主", "2024-6-11 21:05:37"),
      ...COUNTY_SPEECH_HEAD,
      "回复 支持 反对",
      ...floor("南山小吏", "2#", "2024-6-11 21:09:02"),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(later)).toEqual(expect.arrayContaining(COUNTY_SPEECH_BLOCKS));
  });
});

describe("a slide deck's notes", () => {
  it("cuts the presenter's （点击） cue where a sentence ends", () => {
    const slide = (n: number, title: string, notes: string[]) => [
      `第${n}张幻灯片`,
      `[标题] ${title}`,
      "备注：",
      ...notes,
      "",
    ];
    const page = [
      ...slide(1, "安全生产工作会议", COUNTY_SPEECH_HEAD),
      ...slide(2, "抓好排查", ["二、抓好排查", "各乡镇要开展一次全覆盖排查。（点击）建立隐患台账，实行闭环管理。"]),
      ...slide(3, "压实责任", COUNTY_SPEECH_REST.slice(2)),
    ];
    expect(textsOf(page)).toContain("各乡镇要开展一次全覆盖排查。建立隐患台账，实行闭环管理。");
  });
});
