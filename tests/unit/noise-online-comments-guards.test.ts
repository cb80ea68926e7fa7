import { describe, expect, it } from "vitest";
import { countySpeechWith } from "@/lib/testing/county-speech-lines";
import { textsOf } from "@/lib/testing/mined-page";

// A speech's own lines in the shapes of an online document's comments and @mentions: its points led by 批注…：, a
// 评论·… lead-in, a host reading out viewers' comments, an @ naming an account or a colleague in a sentence.
// Written for these tests.
/** The blocks and lines without their spaces (normalising drops those between CJK characters). */
const bare = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ""));

describe("a speech's lines shaped like online comments", () => {
  it("keeps points that open with 批注 or 评论 · and a colon", () => {
    const own = [
      "批注方法：每读完一章，至少在页边写下三处批注，写疑问、写体会。",
      "批注 两个要求：字要工整，意思要清楚，不能写与文件无关的话。",
      "批注是学习文件的好办法：边读边想边写，文件精神才能真正吃透。",
      "评论·看法：有人说台账是形式，我不赞成，台账记的是责任。",
    ];
    expect(bare(textsOf(countySpeechWith(...own)))).toEqual(expect.arrayContaining(bare(own)));
  });

  it("keeps the viewers' comments a host reads out", () => {
    const own = ["评论 · 李大哥：我们村的修路钱什么时候到位？", "评论 · 阿芳：想问问培训怎么报名。"];
    const texts = bare(textsOf(countySpeechWith("刚才网上的留言很多，我选两条读一读。", ...own)));
    expect(texts).toEqual(expect.arrayContaining(bare(own)));
  });

  it("keeps a name @mentioned in a sentence, even where the page writes it before a colon", () => {
    const sayings = [
      "安全巡查由@何志强负责，各村配合，每周报一次进度。",
      "很多群众遇到险情直接@平安临江求助，账号要有人二十四小时值守。",
    ];
    const labels = ["何志强：我们村已经排查完毕。", "平安临江：要继续做好预警发布。"];
    const texts = textsOf(countySpeechWith(...labels, ...sayings));
    expect(texts).toEqual(expect.arrayContaining(sayings));
  });

  it("keeps an @mention with no title before it on an online document with its comments", () => {
    const saying = "这项工作请@何志强同志牵头，三月底前拿出方案。";
    const comment = "评论 · 何志强：收到，马上安排。3月2日 10:15";
    const texts = textsOf(countySpeechWith(saying, comment));
    expect(texts).toContain(saying);
    expect(texts).not.toContain(comment);
  });
});
