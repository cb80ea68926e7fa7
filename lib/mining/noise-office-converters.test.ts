import { describe, expect, it } from "vitest";
import {
  COUNTY_CHECK,
  COUNTY_CLOSING,
  COUNTY_DUTY,
  COUNTY_OPENING,
  COUNTY_SITUATION,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
  COUNTY_TITLE,
} from "../testing/county-speech-lines";
import { speechesOf, textsOf } from "../testing/mined-page";
import { docxBodyLines, wParagraph as p, wRow as row, wTable as table } from "../testing/docx-body";
import { removeNoiseFromPage } from "../testing/page-noise";
import { mineLines } from "./text-pipeline";

// Pages written for these tests in the shapes of set 63's, documents as office converters print them as text:
// pdftotext's pages with their notes at the foot, a text export's table a cell a line, pandoc's tables between
// rules of dashes and its end notes, a 公文's 版记, a booklet's centred title wrapped inside its genre word.

/** A sentence cut where a PDF's line ended, in two halves. */
const halves = (p: string, at: string) => [p.slice(0, p.indexOf(at)), p.slice(p.indexOf(at))];

describe("a PDF's notes at the foot of its pages", () => {
  it("drops a note the page cites, its second line too, and joins the sentence the page break cut", () => {
    const cited = COUNTY_CHECK.replace("排查，", "排查1，");
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, cited, ...halves(COUNTY_SITUATION, "部分企业")];
    page.splice(-1, 0, "1 全覆盖排查，指对辖区内所有生产经营单位和人员密集场所逐一", "上门检查。", "", "—2—", "");
    page.push(COUNTY_DUTY, COUNTY_CLOSING);
    const texts = textsOf(page);
    expect(texts).toContain(COUNTY_SITUATION);
    expect(texts.join("")).not.toMatch(/逐一|上门检查/);
    // pdftotext -layout sets the mark apart at the line's end: “两客一危一货” 1.
    const layout = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, "要严厉整治“两客一危一货” 1"];
    layout.push(
      "车辆超速超载、疲劳驾驶等突出问题。",
      "1 “两客一危一货”，指旅游包车、班线客车和危险化学品运输车。",
      "-3-",
    );
    layout.push(COUNTY_DUTY, COUNTY_CLOSING);
    expect(textsOf(layout).join("")).not.toContain("指旅游包车");
  });

  it("keeps a page's last line that opens with a figure, and a numbered line the page does not cite", () => {
    const figure = "11月，县城一家餐饮店液化气钢瓶泄漏引发燃爆，所幸未造成人员死亡。";
    const page = [COUNTY_TITLE, "同志们：", COUNTY_OPENING, "去年9月，白岩乡一处工地发生高处坠落事故，造成2人死亡；"];
    page.push(figure, "—2—", COUNTY_CHECK, "2 各乡镇要在月底前报送排查情况。", "—3—", COUNTY_CLOSING);
    const { kept } = removeNoiseFromPage(page);
    expect(kept).toContain(figure);
    expect(kept).toContain("2各乡镇要在月底前报送排查情况。");
  });
});

describe("a table inside the speech", () => {
  it("drops a text export's table, a cell a line, under its caption", () => {
    const cells = [
      "片区",
      "检查工地（个次）",
      "隐患数（条）",
      "城北片区",
      "46",
      "188",
      "城南片区",
      "39",
      "173",
      "合计",
    ];
    const page = [...COUNTY_SPEECH_HEAD, "表1　2025年1至2月全县在建工地安全检查情况", ...cells, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops pandoc's table between its rules of dashes, and keeps a speech's own line that names a table", () => {
    const rule = "  ----------------- ------------- --------- ---------";
    const table = ["上半年隐患排查整改情况统计表", "", rule, "  单位              排查隐患      已整改    整改中", ""];
    table.push(
      "  合成车间          96            93        3",
      "",
      "  储运部            84            82        2",
      rule,
    );
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...table, "", ...COUNTY_SPEECH_REST])).toEqual(COUNTY_SPEECH_BLOCKS);
    const own = "各乡镇要按时填报隐患排查整改情况统计表";
    const page = [...COUNTY_SPEECH_HEAD, own, "统计表要如实反映排查整改情况，不得虚报瞒报。", ...COUNTY_SPEECH_REST];
    expect(textsOf(page).join("")).toContain(own);
  });

  it("drops a task table printed after the speech under its 附表 label", () => {
    const rows = [row("序号", "工作任务", "牵头单位", "配合单位", "完成时限")];
    rows.push(
      row("1", "居民用户和餐饮场所隐患排查", "各乡镇人民政府", "县市场监管局、各燃气经营企业", "2024年6月30日"),
    );
    rows.push(row("2", "老旧燃气管道更新改造", "县住房城乡建设局", "各乡镇人民政府、各燃气经营企业", "2024年10月31日"));
    rows.push(row("3", "瓶装液化气非法经营专项打击", "县市场监管局", "县公安局、县消防救援大队", "2024年9月30日"));
    const body = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "附表　全县城镇燃气安全专项整治重点任务分工表"].map(p);
    const { speeches } = mineLines(docxBodyLines([...body, table(...rows)]));
    expect(speeches.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(COUNTY_SPEECH_BLOCKS);
  });
});

describe("the rest of a converted document", () => {
  it("drops pandoc's end notes with their links back to the text", () => {
    const notes = ["注：3起事故均发生在房屋市政工程领域，均已完成事故调查处理。↩︎", "注：该矿为低瓦斯矿井。↩︎"];
    expect(textsOf([...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "", ...notes])).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("drops a 版记's 抄送 list wrapped inside a unit's name", () => {
    const copies = ["抄送：县委办公室，县人大常委会办公室，县政协办公室，县纪委", "监委，县人民法院，县人民检察院。"];
    const page = [...COUNTY_SPEECH_HEAD, ...COUNTY_SPEECH_REST, "", ...copies, "××县人民政府办公室　2025年2月26日印发"];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("joins a centred title wrapped inside its genre word, and a Latin word pandoc set alone on its line", () => {
    const page = ["在全市安委会全体（扩大）会议上的表态发", "                 言", "同志们：", COUNTY_OPENING];
    page.push("", "各车间每周要组织一次全面检查，重点是动火、受限空间和罐区，新投用的装置还要补做", "HAZOP");
    page.push("分析。查出来的问题要登记到隐患台账上。", "", COUNTY_CLOSING);
    const [speech] = speechesOf(page);
    expect(speech!.title).toBe("在全市安委会全体（扩大）会议上的表态发言");
    expect(speech!.blocks.map((b) => b.text)).toContain(
      "各车间每周要组织一次全面检查，重点是动火、受限空间和罐区，新投用的装置还要补做HAZOP分析。查出来的问题要登记到隐患台账上。",
    );
  });
});

// Each found by an outside review of the first version of these rules, on pages written for it.
describe("what an outside review found the first version of these rules did wrong", () => {
  const T = COUNTY_TITLE;
  const O = COUNTY_OPENING;
  const C = COUNTY_CLOSING;

  it("keeps a list's items at a page's foot and a figure whose unit wraps there, neither of them notes", () => {
    const items = ["1 压实企业主体责任。", "2 深化专项整治。", "3 提升应急能力。"];
    const listed = [T, "同志们：", O, "去年，我县安全生产考核排名全市第1。", "今年要重点抓好三项工作：", ...items];
    const kept = removeNoiseFromPage([...listed, "", "—1—", "", C, "", "—2—"]).kept;
    expect(kept).toEqual(expect.arrayContaining(items.map((t) => t.replace(" ", ""))));
    const wrapped = [T, "同志们：", O, "去年，我县安全生产目标考核位列全市第 2，这是全县上下共同努力的"];
    wrapped.push(
      "结果。今年一季度，全县组织开展各类应急演练",
      "2 轮，参演群众超过三千人次，群众的应急避险",
      "意识明显增强。",
    );
    expect(textsOf([...wrapped, "", "—1—", "", C, "", "—2—"]).join("")).toContain("意识明显增强");
  });

  it("ends a table at a blank line, a lead-in, a title or a heading, and reads no sentence as a caption", () => {
    const table = ["表1　2024年全县安全生产检查情况", "城关镇", "56", "河口镇", "41", ""];
    const second = "在全县消防安全工作推进会上的讲话";
    const collection = [T, "同志们：", O, C, "", ...table, second, "", "同志们：", COUNTY_SITUATION, C];
    expect(speechesOf(collection).map((s) => s.title)).toContain(second);
    const heading = "坚持问题导向　狠抓隐患整改";
    expect(textsOf([T, "同志们：", O, ...table, heading, COUNTY_CHECK, C]).join("")).toContain("狠抓隐患整改");
    const leadIn = "今年要重点抓好以下工作：";
    const lines = ["表1　2024年全县安全生产检查情况", "城关镇　56家", "河口镇　41家", "白沙镇　38家", leadIn];
    const listed = [T, "同志们：", O, ...lines, "燃气安全专项整治", "老旧小区消防设施改造", COUNTY_DUTY, C];
    expect(textsOf(listed).join("")).toContain("老旧小区消防设施改造");
    const sentence = "表1、表2列出了今年要重点抓好的四项工作：";
    const named = [T, "同志们：", O, sentence, "燃气安全专项整治", "老旧小区消防设施改造", "危化品运输车辆动态监管", C];
    expect(textsOf(named).join("")).toContain("危化品运输车辆动态监管");
  });

  it("reads a sentence opening with 附表 as the speech's, and joins no figure at a line's end into the next", () => {
    const sentence = "附表中的任务要逐项落实到位，每月报送进展情况。";
    expect(textsOf([T, "同志们：", O, sentence, C])).toEqual([O, sentence, C]);
    const figures = ["去年全县安全生产主要指标完成情况，", "事故起数 12", "死亡人数 5", "受伤人数 9"];
    const texts = textsOf([T, "同志们：", O, ...figures, "各项指标均控制在市下达的目标以内。", C]);
    expect(texts.join("|")).not.toContain("死亡人数5受伤人数9");
  });

  it("keeps the words after an address a speech names twice", () => {
    const first = "去年我们上线了县政务服务网www.lyzw.gov.cn办事指南专栏，群众足不出户就能查询办事流程。";
    const second = "各乡镇要把www.lyzw.gov.cn办事指南专栏的用法教给群众，让群众少跑腿。";
    expect(textsOf([T, "", "同志们：", "", first, "", second, "", C]).join("")).toContain("办事指南专栏的用法");
  });
});
