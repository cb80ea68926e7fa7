import { describe, expect, it } from "vitest";
import { speechesOf, textsOf } from "../testing/mined-page";
import { removalReason } from "../testing/page-noise";
import { jieba } from "./jieba";
import { mineDocument } from "./mine-document";
import { normaliseText } from "./normalise";
import { mineText } from "./text-pipeline";

// Pages written for these tests: a speech typed in half-width punctuation whose dots are its stops beside a heading's
// number, a holiday's date and a site's dots inside words; a speech's own dated lines (an accident's timeline, a
// digest of inspection remarks) in the shape of a chat export's time-first headers; a chat's poster adding a point
// after his sign-off.

describe("a page typed in half-width punctuation: which of its dots are stops", () => {
  const page = [
    "在全乡防汛工作会议上的讲话",
    "乡长 ×××",
    "同志们:",
    "今年入汛以来,全乡降雨偏多.刚才,水利站通报了汛情,我都同意.",
    "一.提高认识,克服麻痹思想",
    "去年全乡有两座山塘出现险情,教训很深.各村要把防汛当作头等大事来抓.",
    "二.落实责任,做好应急准备",
    "(一).备足物资,不打无准备之仗.各村要备足沙袋,铁锹,编织袋,落实抢险队伍.",
    "五.一以后进入主汛期,值班人员要二十四小时在岗,不得脱岗.十.一前不得撤岗.",
    "同志们,防汛工作责任重大.希望大家按照会议要求,抓好落实!",
  ];

  it("keeps 一./二. as headings' numbers, (一). with its heading and a holiday's 五.一 / 十.一 no stop", () => {
    const blocks = speechesOf(page)[0]!.blocks;
    expect(blocks.filter((b) => b.kind === "heading" && b.level === 1).map((b) => b.text)).toEqual([
      "一．提高认识，克服麻痹思想",
      "二．落实责任，做好应急准备",
    ]);
    const texts = blocks.map((b) => b.text);
    expect(texts[0]).toBe("今年入汛以来，全乡降雨偏多。刚才，水利站通报了汛情，我都同意。");
    expect(texts.find((t) => t.startsWith("（一）"))).toMatch(/^（一）\.备足物资，不打无准备之仗。/);
    expect(texts.some((t) => /[五十]。一/.test(t))).toBe(false);
    expect(texts.join("")).toContain("不得脱岗。");
  });

  it("cuts a site's dot inside a word (部.署) and keeps the writer's dot between two sentences", () => {
    const jammed = page.map((l) =>
      l.replace("通报了汛情", "通.报了汛情").replace("头等大事", "头等大.事").replace("抢险队伍", "抢险队.伍"),
    );
    const texts = textsOf(jammed).join("\n");
    expect(texts).toContain("刚才，水利站通报了汛情，我都同意。");
    expect(texts).toContain("教训很深。各村要把防汛当作头等大事来抓。");
    expect(texts).toContain("落实抢险队伍。");
    const cut = (text: string) => jieba().cut(text, false);
    expect(normaliseText("各村要认真部.署,全面排查.", { asciiStops: { cut } })).toBe("各村要认真部.署，全面排查。");
    expect(normaliseText("要把.安全放在首位,不能松懈.", { asciiStops: { cut } })).toBe("要把.安全放在首位，不能松懈。");
    expect(normaliseText("情况很好.刚才,大家都谈了.", { asciiStops: { cut } })).toBe("情况很好。刚才，大家都谈了。");
  });

  it("reports a removed line as the file wrote it", async () => {
    const credit = "来源:乡政府办.编辑:李梅,审核:王强";
    const mined = await mineDocument("a.txt", new TextEncoder().encode([...page, credit].join("\n")));
    expect(mined.removed.map((r) => r.text)).toContain(credit);
  });
});

describe("a speech's own lines under a date and a time, no chat's", () => {
  const opening = "同志们：今天召开全县防汛调度会，先把上周那场暴雨的处置经过跟大家说一说。";
  const closing = "同志们，这次处置暴露出预警发布慢、转移不彻底等问题，各乡镇要认真整改，确保安全度汛。";
  const timeline = [
    "2024-06-18 21:10 县防汛办",
    "接到气象台暴雨红色预警后，县防汛办立即向各乡镇发出转移通知。",
    "2024-06-18 22:40 河口乡",
    "河口乡组织转移低洼地带群众一百二十人，但仍有三户未及时转移。",
    "2024-06-19 01:15 河口乡",
    "河口乡沙河段水位超过警戒线，乡里调集抢险队员加固堤防。",
    "2024-06-19 06:30 县防汛办",
    "县防汛办派出工作组赶赴河口乡，指导群众安置和灾后排查。",
  ];
  const remarks = [
    "2024-07-02 09:30 副县长陈涛",
    "在城南水库检查时，陈涛强调，要严格执行汛限水位，落实二十四小时值班。",
    "2024-07-02 15:00 副县长陈涛",
    "在县城排涝泵站检查时，陈涛要求，泵站要提前试机，备足应急电源。",
    "2024-07-03 10:00 县应急局局长刘敏",
    "在双溪镇检查时，刘敏指出，山洪易发区要逐户明确转移路线和安置点。",
  ];

  it("keeps every entry of an accident's timeline whose places come again", () => {
    const texts = textsOf(["关于“6·18”暴雨处置情况的通报讲话", opening, ...timeline, closing]);
    for (const line of timeline.filter((_, i) => i % 2)) expect(texts).toContain(line);
  });

  it("keeps a digest's remarks under a dated line naming who made them", () => {
    const texts = textsOf(["县领导汛期检查讲话摘编", ...remarks]);
    for (const line of remarks.filter((_, i) => i % 2)) expect(texts).toContain(line);
  });

  it("reads the same headers as a chat's once the page shows a reply", () => {
    const chat = [...remarks.slice(0, 4), "2024-07-02 15:05 城南水库-老王", "收到"];
    const mined = mineText(chat.join("\n"));
    expect(removalReason(mined.removed, "收到")).toBe("聊天记录");
  });
});

describe("a chat's poster adding a point after his sign-off", () => {
  const at = (time: string, who: string) => `2024-12-02 ${time} ${who}`;
  const poster = "乡党政办-何静";
  const page = [
    "乡安全生产工作群 聊天记录",
    at("19:30:05", poster),
    "关于做好冬季森林防火工作的讲话要点",
    "各村支部书记、护林员：",
    "进入冬季，山上枯草落叶多，加上上坟烧纸、野外用火增多，森林火灾风险明显上升。各村要把护林员全部派到山头地块，盯住重点人群和重点时段。",
    "对进山路口要设卡登记，严禁携带火种进山，发现野外用火的要当场制止，情节严重的移交森林公安处理。",
    "防火工作事关群众生命财产安全，大家务必高度重视。我就讲这些。",
    at("19:32:11", "石门村-刘志刚"),
    "收到",
    at("19:33:40", poster),
    "对了，还有一点：各村扑火队员的名单和联系电话，明天中午前报乡林业站。",
  ];

  it("keeps his 对了，还有一点：… as the speech's", () => {
    const texts = textsOf(page);
    expect(texts).toContain(page.at(-1));
    expect(texts).not.toContain("收到");
  });
});
