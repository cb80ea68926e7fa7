import { describe, expect, it } from "vitest";
import {
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  countySpeechWith,
} from "@/lib/testing/county-speech-lines";
import { textsOf } from "@/lib/testing/mined-page";

// An online document's comments as its viewer prints them between the paragraphs: 批注 name：…, 评论 · name：… with
// its time, the resolved mark (已解决 · 由 name 标记), a comment listed under its anchor (〔批注2〕name：…), and an
// @mention glued to the words after it whose name the page shows as a commenter's. Written for these tests.

describe("an online document's comment lines", () => {
  it("takes 批注 name：… (the page names her elsewhere as a collaborator) and 〔批注2〕name：… on lines of their own", () => {
    const page = countySpeechWith(
      "批注 马晓丽：这里的数据请再和统计科核对一下",
      "〔批注2〕胡建国：这句建议改成“要坚持问题导向”。",
      "已解决 · 由 马晓丽 标记",
    );
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("takes 评论 · name：… with its time and the resolved mark under it", () => {
    const page = countySpeechWith("评论 · 马晓丽：这个数是安监站报的，已核对。3月2日 10:15", "已解决 · 由 胡建国 标记");
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("cuts a glued @mention of a commenter right after a title with the same surname", () => {
    const head = COUNTY_SPEECH_HEAD.map((l) => l.replace("县应急管理局通报", "县应急管理局马副局长@马晓丽通报"));
    const blocks = COUNTY_SPEECH_BLOCKS.map((l) => l.replace("县应急管理局通报", "县应急管理局马副局长通报"));
    const page = [...head, "评论 · 马晓丽：数据已核对。3月2日 10:15", ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(blocks);
  });

  it("keeps a speech's lines that open with 评论 or 批注, and an @ whose name the page does not show", () => {
    const own = "评论一个单位的安全工作，要看隐患整改的实效，不能只看台账材料。";
    const note = "批注意见要逐条落实到位，不能批了不办、办了不实。";
    const at = "各乡镇要通过@平安县应急发布账号及时发布预警信息。";
    const texts = textsOf(countySpeechWith(own, note, at));
    expect(texts).toEqual(expect.arrayContaining([own, note, at]));
  });
});
