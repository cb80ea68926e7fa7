import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { splitSpacedLine } from "./spaced-paragraphs";
import { mineText } from "./text-pipeline";

// Guards for two rules of the pager / paired-title / app-preview fix, from an outside review: a chunk before a title
// is its first half only where the pairing shows (the line's first chunk, of the main title's length, no label or
// cue), and an app's count of what its preview hides ends the text without making a short speech above it a
// collection's locked teaser.
const parts = (text: string) => splitSpacedLine({ text, lineNo: 1 }).map((l) => l.text);
const MEETING = "在全镇2024年安全生产工作会议上的讲话";
const OPEN = "今天召开全镇安全生产工作会议，主要是总结去年工作，部署今年任务。";

describe("a chunk before a title that is not its first half", () => {
  it("leaves a host's cue without a final mark out of the next speech's title", () => {
    const title = `扛牢安全生产责任——王立新${MEETING}`;
    const line = `${OPEN}　首先请镇应急办通报情况。　下面请王镇长讲话　${title}　（2024年3月1日）　同志们：　${OPEN}`;
    expect(parts(line)).toContain("下面请王镇长讲话");
    expect(parts(line).some((p) => p.startsWith(title))).toBe(true);
  });

  it("leaves a speech's closing 谢谢大家 out of the next speech's title", () => {
    const title = `织密防线——厂长孙志华${MEETING}`;
    const line = `${OPEN}　同志们，希望大家把这次会议的部署落到实处　谢谢大家　${title}　同志们：　${OPEN}`;
    expect(parts(line).some((p) => p.startsWith("谢谢大家") && p.includes("——"))).toBe(false);
    expect(parts(line)).toContain(title);
  });

  it("cuts an account's name, a menu's last item or a collection's label off the title", () => {
    const title = "守牢底线——镇长王立新" + MEETING;
    expect(parts(`青溪发布　${title}　青溪发布　2024-03-01 18:30　同志们：　${OPEN}`).slice(0, 2)).toEqual([
      "青溪发布",
      title,
    ]);
    const six = "扛牢安全责任——镇长王立新" + MEETING;
    const menu = `首页　新闻中心　通知公告　应急管理动态　${six}　发布时间：2024-03-01　同志们：　${OPEN}`;
    expect(parts(menu)).toContain(six);
    expect(parts(`讲话材料之三　${six}`)).toEqual(["讲话材料之三", six]);
  });

  it("still keeps a title of two matched phrases whole where its line opens with them", () => {
    const line = `织密安全网络　护航企业发展——总经理赵海波${MEETING}`;
    expect(parts(`${line}　同志们：　${OPEN}`)[0]).toBe(line);
  });
});

describe("an app's count of what its preview hides, under a short speech", () => {
  const LONG = [
    "在全县2024年安全生产工作会议上的讲话",
    "县长　刘建华",
    "同志们：",
    "今天召开全县安全生产工作会议，主要任务是总结去年工作，分析当前形势，部署今年重点任务。刚才，县应急管理局通报了情况，我都同意。",
    "去年，全县共发生各类生产安全事故12起、死亡8人，同比分别下降14.3%和20%，但小作坊、出租屋和城镇燃气领域的隐患依然突出，形势不容乐观。",
    "各乡镇、各部门要聚焦道路交通、建筑施工、危险化学品、城镇燃气、消防等重点行业领域，开展拉网式排查，建立隐患台账，整改一处、销号一处。",
    "要严格落实党政同责、一岗双责、齐抓共管、失职追责，各乡镇党委、政府主要负责同志是本地区安全生产第一责任人，要亲自部署、亲自督查。",
    "县安委会办公室要加强督查考核，把安全生产纳入年度综合考核，对责任不落实、隐患不整改的单位，严肃追责问责，决不姑息。",
    "同志们，安全生产责任重于泰山。希望大家以更加坚定的决心、更加务实的作风，抓紧抓实各项工作，确保全县安全形势持续稳定。",
    "",
  ];
  const SHORT = ["在县实验小学安全教育开学第一课上的致辞", "校长　钱晓梅", "老师们、同学们："];
  const SHORT_BODY =
    "新学期开学了，安全是同学们学习和生活的前提。希望大家上下学遵守交通规则，不去河塘边玩水，发现危险及时告诉老师。";
  const TAIL = ["打开App阅读全文", "热门评论", "河西村的老钱", "校长讲得实在。"];

  it("keeps a short speech shown whole above the count", () => {
    const page = ["打开App，阅读体验更佳", ...LONG, ...SHORT, SHORT_BODY, "谢谢大家！", "剩余10%内容未展示", ...TAIL];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(2);
    expect(mined.speeches[1]!.blocks.map((b) => b.text)).toContain(SHORT_BODY);
    expect(removalReason(mined.removed, "剩余10%内容未展示")).toBeDefined();
  });

  it("keeps a second speech that the preview cuts off, cut", () => {
    const cut = "第一，要把学生安全放在首位。各班主任要在开学第一周";
    const page = ["打开App，阅读体验更佳", ...LONG, ...SHORT, cut, "剩余85%内容未展示", ...TAIL];
    const mined = mineText(page.join("\n"));
    expect(mined.speeches).toHaveLength(2);
    expect(mined.speeches[1]!.blocks.map((b) => b.text).join("")).toContain(cut);
  });
});
