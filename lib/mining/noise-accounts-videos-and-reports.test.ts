import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_SPEECH,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason } from "../testing/page-noise";
import { parseEnumerator } from "./outline-patterns";
import { isReportTitle } from "./report-titles";
import { speechGenre } from "./genre";
import { mineText } from "./text-pipeline";

// Pages written for these tests in the shapes of set 130's pages 01–05 (a 公众号 article, a 头条号 post, a county
// news site, a short video's caption, a 百家号 page with two speeches): their boxes, comments, picture hints and
// outlines, and the speech's own lines that look like them.

describe("an account's ▍划重点 box between the speech's paragraphs", () => {
  const duty =
    "各级干部一定要明白，安全责任是干出来的，不是喊出来的。文件发了、会议开了，不等于责任就落实了，关键要看隐患有没有真正消除。";
  const boxed = "安全责任是干出来的，不是喊出来的，发了文件、开了会议不等于责任落实了。";

  it("drops the label and the sentence under it that says a paragraph's words again", () => {
    const page = [...COUNTY_SPEECH_HEAD, duty, "", "▍划重点", boxed, "", ...COUNTY_SPEECH_REST];
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toContain(duty);
    expect(texts).not.toContain(boxed);
    expect(texts.some((t) => t.includes("划重点"))).toBe(false);
    expect(removalReason(mined.removed, boxed)).toBe("摘录（引语框）");
  });

  it("keeps a sentence of the speaker's own under such a line, and the speech's own 划重点 inside a sentence", () => {
    const own = "下个月起，县安委办每周通报一次各乡镇隐患整改进度，排名靠后的要在会上说明原因。";
    const talk = "今天的会我不多讲，给大家划重点：一是查隐患，二是压责任，三是抓演练。";
    const texts = textsOf([...COUNTY_SPEECH_HEAD, duty, "▍划重点", own, talk, ...COUNTY_SPEECH_REST]);
    expect(texts).toContain(own);
    expect(texts).toContain(talk);
  });
});

describe("a 头条号 post's comments under 评论 N", () => {
  it("drops the write box, the named comments and their rows of date, likes and reply", () => {
    const comments = [
      "南山护林人：书记讲到点子上了，今年清明我们村口设了卡。",
      "4月2日 · 赞 18 · 回复",
      "小河边：上坟不烧纸，从我家做起。",
      "4月3日 · 赞 5 · 回复",
    ];
    const page = [...COUNTY_SPEECH, "", "举报 · 收藏 · 分享", "评论 2", "写评论...", ...comments];
    expect(textsOf(page)).toEqual(textsOf(COUNTY_SPEECH));
  });

  it("keeps the netizens a speech quotes by name under its own 评论 figure, with no row under them", () => {
    const quoted = ["网友老周：村里的消防栓好几年没人试过水了。", "网友小林：出租房楼道里堆满了电动车。"];
    const lead = "我们在县融媒体中心发了征集帖，这几天收到不少意见，我挑两条念一念：";
    const page = [...COUNTY_SPEECH_HEAD, lead, "评论 2", ...quoted, COUNTY_CHECK, COUNTY_CLOSING];
    const texts = textsOf(page);
    for (const line of [...quoted, COUNTY_CHECK]) expect(texts).toContain(line);
  });
});

describe("unnumbered section headings cast in one mould beside run-in items", () => {
  const HEAD = ["在全乡防汛工作会议上的讲话", "乡党委书记　×××", "同志们："];
  const OPENING = "今天召开全乡防汛工作会议，主要是对今年汛期各项工作再部署、再落实，请大家会后抓紧传达到村。";
  const P1 =
    "今年入汛以来，全乡降雨量比常年同期偏多三成，几座小型水库已接近汛限水位，山洪和地质灾害的风险明显加大，大家不能有半点侥幸。";
  const P2 =
    "一是查水库。各村要对辖区内的山塘水库逐座检查，看坝体有没有渗漏、溢洪道是否畅通。二是查山体。对房前屋后的高陡边坡要逐户排查，登记造册。";
  const P3 =
    "各村党支部书记是本村防汛第一责任人，要把巡查任务落实到每一个网格员身上，发现险情第一时间报告，做到早发现、早转移。";
  const P4 =
    "乡应急队要集中备勤，冲锋舟、抽水泵、沙袋等物资要检修到位、随时能用，值班室要二十四小时有人值守，确保上下联络畅通。";
  const outline = (lines: string[]) =>
    mineText(lines.join("\n")).speeches[0]!.blocks.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : "P"));

  it("reads three plain lines that open and end alike as the outline", () => {
    const [a, b, c] = ["把形势估计得再重一点", "把隐患排查得再细一点", "把物资准备得再足一点"];
    expect(outline([...HEAD, OPENING, a, P1, b, P2, P3, c, P4, COUNTY_CLOSING])).toEqual([
      "P",
      `H1 ${a}`,
      "P",
      `H1 ${b}`,
      "P",
      "P",
      `H1 ${c}`,
      "P",
      "P",
    ]);
  });

  it("leaves three plain lines of different moulds beside run-in items as the speech's lines", () => {
    const lines = ["把形势估计得再重一点", "隐患不除决不收兵", "责任必须落到人头上"];
    const page = [...HEAD, OPENING, lines[0]!, P1, lines[1]!, P2, P3, lines[2]!, P4, COUNTY_CLOSING];
    expect(outline(page).filter((b) => b.startsWith("H"))).toEqual([]);
  });
});

describe("a county news site's picture hint inside a sentence", () => {
  it("cuts （点击图片查看大图） and keeps the sentence whole", () => {
    const before = "上个月，城南一处在建工地发生起重伤害事故，";
    const after = "这起事故暴露出施工现场安全管理不到位的老问题。";
    const page = [...COUNTY_SPEECH_HEAD, `${before}（点击图片查看大图）${after}`, ...COUNTY_SPEECH_REST];
    const mined = mineText(page.join("\n"));
    const texts = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(texts).toContain(before + after);
    expect(removalReason(mined.removed, "（点击图片查看大图）")).toBe("图片说明");
  });

  it("keeps a speech's own words about pictures and its own brackets", () => {
    const own =
      "群众发现隐患后，在小程序里上传图片，点击查看大图就能核对位置（具体操作见附件二），县应急局两小时内派人核查。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a short video's caption copy", () => {
  it("drops the sound track's credit, 作者赞过的评论 and the comment under it", () => {
    const tail = ["原声 - 平安梅岭", "作者赞过的评论", "梅岭老街坊：我们小区昨天就来查灭火器了，点赞！"];
    expect(textsOf([...COUNTY_SPEECH, ...tail])).toEqual(textsOf(COUNTY_SPEECH));
    expect(textsOf([...COUNTY_SPEECH, "@平安梅岭创作的原声"])).toEqual(textsOf(COUNTY_SPEECH));
  });

  it("keeps a speech's sentence about a video's sound", () => {
    const own = "这段视频用的是事故现场的原声，大家听一听，就知道一个烟头能惹多大的祸。";
    expect(textsOf([...COUNTY_SPEECH_HEAD, own, ...COUNTY_SPEECH_REST])).toContain(own);
  });
});

describe("a second speech at one meeting: a 局长's 情况通报 with its outline", () => {
  it("reads 在…会议上的情况通报 as a title's shape, and a heading numbered before a year", () => {
    // (A title only where it stands as one, over its byline: report-titles.ts; a speech cites such a 通报 too.)
    expect(isReportTitle("在全市防汛工作会议上的情况通报")).toBe(true);
    expect(isReportTitle("会上传达了省安委办在全省视频会议上的情况通报")).toBe(false);
    expect(parseEnumerator("3.2022年工作打算")).toMatchObject({ family: "num-dot", n: 3 });
    expect(parseEnumerator("3.2022")).toBeNull();
    expect(parseEnumerator("3.5万家企业已接入平台。")).toBeNull();
  });

  it("splits the 通报 off the speech under its own title, with its 3. heading and (1) items", () => {
    const report = [
      "在全市安委会第二次全体会议上的情况通报",
      "市应急管理局局长　×××",
      "同志们：",
      "受市安委会委托，我把上半年全市安全生产情况通报如下。",
      "1.上半年基本情况",
      "上半年，全市共发生生产安全事故9起、死亡7人，同比分别下降10%和12.5%，未发生较大以上事故。",
      "2.2022年下半年工作打算",
      "(1)抓好汛期安全。各区要落实水库、山塘巡查责任，发现险情立即转移群众。",
      "(2)抓好执法检查。对重大隐患拒不整改的企业，依法从重处罚。",
      "以上通报，请审议。",
    ];
    const speeches = speechesOf([...COUNTY_SPEECH, "", ...report]);
    expect(speeches.map((s) => s.title)).toEqual([COUNTY_SPEECH[0], report[0]]);
    expect(speechGenre(speeches[1]!)).toBe("讲话");
    const heads = speeches[1]!.blocks.filter((b) => b.kind === "heading").map((b) => `H${b.level} ${b.text}`);
    expect(heads).toEqual([
      "H1 1.上半年基本情况",
      "H1 2.2022年下半年工作打算",
      "H2 （1）抓好汛期安全。",
      "H2 （2）抓好执法检查。",
    ]);
  });
});
