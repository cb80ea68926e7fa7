import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "@/lib/testing/county-speech-lines";
import { speechesOf, textsOf } from "@/lib/testing/mined-page";

// A compilation of meeting materials numbers each piece (材料之二 over a speech's title), and a PDF a document system
// let someone download carries his stamp on every page (unit, name, time, 下载), which a copy out of the reader sets
// between the lines of a paragraph. Written for these tests around the county speech.
describe("a materials compilation's label between two speeches", () => {
  it("takes 材料之二 over the second speech's title", () => {
    const second = COUNTY_SPEECH.map((l) =>
      l.replace("全县安全生产工作会议上的讲话", "全县安全生产工作会议上的总结讲话"),
    );
    const speeches = speechesOf([...COUNTY_SPEECH, "", "材料之二", ...second]);
    expect(speeches.length).toBe(2);
    for (const s of speeches) expect(s.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's line that names a material", () => {
    const own = "材料之二是各乡镇的隐患台账，请大家会后认真对照。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a downloaded PDF's stamp inside a paragraph", () => {
  it("takes the stamp, and the paragraph runs on across it", () => {
    const cut = COUNTY_CHECK.indexOf("建立隐患台账");
    const page = [
      ...COUNTY_SPEECH_HEAD,
      "二、抓好排查",
      COUNTY_CHECK.slice(0, cut),
      "平安县应急管理局 马晓丽 2024-03-02 10:15 下载",
      COUNTY_CHECK.slice(cut),
      ...COUNTY_SPEECH_REST.slice(2),
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speech's sentence on downloads", () => {
    const own = "截至2024-03-02 10:15，全县已有1200名职工下载安全培训课件。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});
