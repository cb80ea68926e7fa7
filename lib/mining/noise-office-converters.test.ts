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
