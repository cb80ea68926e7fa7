import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE } from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// A 干部网络学院's study page in the shape of set 141/04's: under the speech, its readers' notes on it, each a masked
// name, a time and the note, which may quote the speech or list its points.

const NOTES = [
  "王**　2024-07-11 20:36　“隐患就是事故”，这句话我们厂要写进班前会的开场白。",
  "回复　点赞（9）",
  "赵**　2024-07-12 09:05　学习了。一、认清形势，二、抓好排查，三、压实责任，写材料可以照这个结构。",
  "回复　点赞（2）",
];

describe("a study site's notes under the speech (学习笔记（N）)", () => {
  it("drops the header with its sort buttons, the box to write one and the notes", () => {
    const page = [...COUNTY_SPEECH, "学习笔记（18）　　　最新 | 最热", "我要写笔记", ...NOTES, "查看全部18条笔记>>"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a bare counted header right under the speech's closing", () => {
    expect(textsOf([...COUNTY_SPEECH, "学员心得（2）", ...NOTES])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech under a blog series' title of the same words", () => {
    const page = ["学习笔记（3）", ...COUNTY_SPEECH];
    const texts = textsOf(page);
    for (const line of COUNTY_SPEECH_BLOCKS) expect(texts).toContain(line);
  });

  it("keeps a series' next numbered piece under the first one's closing", () => {
    const second = [
      "通过学习，我进一步认识到，抓安全生产必须坚持问题导向，聚焦重点行业领域，深入开展隐患排查整治。",
      "今后，我将把学习成果转化为推动工作的实际行动，为全县安全生产形势稳定作出贡献。",
    ];
    const page = ["学习体会（1）", ...COUNTY_SPEECH, "学习体会（2）", ...second];
    const texts = textsOf(page);
    for (const line of second) expect(texts).toContain(line);
  });

  it("keeps the speech's own counted label over what its trainees wrote", () => {
    const own = [
      "学员心得（2）",
      "上周培训结束后，大家交来了体会，我挑两条念一念。",
      "一位班组长写道，过去总觉得事故离自己很远，现在知道隐患就在手边。",
    ];
    const page = [COUNTY_TITLE, "同志们：", ...own, ...COUNTY_SPEECH.slice(3)];
    const texts = textsOf(page);
    for (const line of own.slice(1)) expect(texts).toContain(line);
  });
});
