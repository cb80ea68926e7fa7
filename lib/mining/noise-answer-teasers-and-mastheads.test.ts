import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS, COUNTY_TITLE } from "../testing/county-speech-lines";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// A Q&A page written for these tests (a 百度知道-style site): its masthead (name_slogan), the question, the best
// answer's teaser (its title, salutation and opening on one line, cut with ...展开全部), the answer bar, the answerer's
// card and the speech in full, the site's name set into one of its sentences.
const mined = (page: string[]) => mineText(page.join("\n"));
const blocksOf = (page: string[]) => mined(page).speeches.flatMap((s) => s.blocks.map((b) => b.text));

const TEASER = `最佳答案：${COUNTY_TITLE} 同志们： 今天召开全县安全生产工作会议，主要是分析当前形势，部署...展开全部`;
const qaPage = (speech: string[], masthead = "学问网_有疑问，来学问") => [
  masthead,
  "登录 | 注册",
  "",
  "求一篇县长在安全生产工作会议上的讲话？",
  "悬赏 10 财富值 · 提问者小王 · 2024-04-02",
  TEASER,
  "我来答　分享　举报",
  "2个回答",
  "",
  "爱写材料的老张",
  "2024-04-03 · 超过88用户采纳过TA的回答",
  "关注",
  "展开全部",
  ...speech,
  "本回答被提问者采纳",
  "",
  "©2024 xuewen.com　隐私政策",
];

describe("a Q&A page's best-answer teaser over the answer it cuts short", () => {
  it("removes the teaser whole, the answer bar and the answerer's name: one speech under its title", () => {
    const result = mined(qaPage(COUNTY_SPEECH));
    expect(result.speeches.map((s) => s.title)).toEqual([COUNTY_TITLE]);
    expect(result.speeches[0]!.blocks.map((b) => b.text)).toEqual(COUNTY_SPEECH_BLOCKS);
    expect(removalReason(result.removed, "我来答　分享　举报")).toBeDefined();
    expect(removalReason(result.removed, "爱写材料的老张")).toBeDefined();
  });

  it("keeps a speaker's own 我来答 and a line of his that ends on ……展开全部 but repeats nothing", () => {
    const own = "有同志问，排查出的隐患由谁来整改？我来答：谁的地盘谁负责，谁的企业谁整改。";
    const mine = "下一步，各乡镇要把排查重点放在小作坊和出租房……展开全部";
    const speech = [...COUNTY_SPEECH.slice(0, -1), own, mine, COUNTY_SPEECH.at(-1)!];
    const text = blocksOf(qaPage(speech)).join("\n");
    expect(text).toContain(own);
    expect(text).toContain("下一步，各乡镇要把排查重点放在小作坊和出租房");
  });
});

describe("a site's name from its masthead (name_slogan), set into a sentence", () => {
  it("is cut from the sentence", () => {
    const speech = COUNTY_SPEECH.map((l) => l.replace("建立隐患台账", "建立学问网隐患台账"));
    expect(blocksOf(qaPage(speech))).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("stays where the speech uses the name's words on their own (平安网格员, 平安)", () => {
    const own = "各村平安网格员要每天巡查一遍，发现隐患及时上报，确保群众平平安安过节。";
    const speech = [...COUNTY_SPEECH.slice(0, -1), own, COUNTY_SPEECH.at(-1)!];
    expect(blocksOf(qaPage(speech, "平安网_平安伴你行，幸福你我他"))).toContain(own);
  });
});
