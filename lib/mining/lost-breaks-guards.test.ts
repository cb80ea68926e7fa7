// Guards on set 115's rules for lost breaks and site links: the speaker's own lines that look like them are kept.
import { describe, expect, it } from "vitest";
import type { Ctx } from "./noise-fragments";
import { cutInlineButtons } from "./noise-inline-buttons";
import { DASHED_PAGE_RE } from "./noise-injections";
import { gluedHeadingEnd } from "./run-in-heading";
import { splitGluedHeadings } from "./glued-headings";
import { splitLongParagraphs } from "./long-paragraphs";

const ctx = (): Ctx => ({ removed: [] }) as unknown as Ctx;
const para = (text: string, lineNo: number) => ({ text, lineNo });
const texts = (ps: { text: string }[]) => ps.map((p) => p.text);

describe("a glued heading cut at its sibling's length keeps a numbered point written as a sentence", () => {
  it("looks for siblings in its own section only, and takes no body's subject for a heading", () => {
    const duty = "（一）镇水利管理站要牵头抓总，统筹协调各村开展汛前检查，每周通报一次进展情况。";
    const out = splitGluedHeadings([
      para("一、摸清底数", 1),
      para("（一）排查山塘水库", 2),
      para("各村要对辖区内山塘水库逐一登记造册，明确巡查责任人。", 3),
      para("（二）核查转移路线", 4),
      para("各村要对危险区群众的转移路线和安置点逐一核实，确保转得出、安置好。", 5),
      para("二、分工负责", 6),
      para(duty, 7),
    ]);
    expect(texts(out)).toContain(duty);
  });

  it("keeps a regulation's item (对…应当…) and an item whose subject is 全镇…", () => {
    const rule = "（一）森林经营主体对野外火源应当登记管理，定期开展检查，并制定扑火应急预案。";
    const school = "（一）全镇各类学校对照《防汛安全检查清单》开展一次全面自查，发现问题立即整改。";
    for (const item of [rule, school]) {
      const out = splitGluedHeadings([para(item, 1), para("（二）严控野外用火", 2), para("护林员要每天巡山。", 3)]);
      expect(texts(out)[0]).toBe(item);
    }
  });

  it("does not cut a heading where its words run on into a pair of levels (市县两级…)", () => {
    const item = "（二）严格落实市县两级巡查职能全市各县要配齐配强护林人员，建立网格化巡护体系，确保每片林子都有人管。";
    const out = splitGluedHeadings([para("（一）强化宣传", 1), para("各县要广泛宣传森林防火知识。", 2), para(item, 3)]);
    expect(texts(out)).toContain(item);
  });
});

describe("a time clause …以来， after a heading", () => {
  it("is no body's opener when it runs on the heading's words (制度建立以来) or a quoted name's (“…”活动开展以来)", () => {
    for (const text of [
      "一、我镇防汛抗旱责任制度建立以来，全镇上下层层签订责任书，形成了横向到边、纵向到底的责任体系。",
      "一、“平安校园”创建活动开展以来，全镇各学校广泛开展安全教育、应急演练等活动，营造了浓厚氛围。",
    ]) {
      expect(gluedHeadingEnd(text, 2)).toBe(-1);
    }
  });
});

describe("同志们， on a line that lost its breaks", () => {
  const body = "入汛以来，全镇降雨偏多，山塘水库普遍高水位运行。上个月邻镇一座山塘发生漫坝，冲毁农田二十余亩。";
  const turn = "同志们，这件事就发生在我们身边，教训极其深刻，决不能心存侥幸。";

  it("does not open a paragraph when the line held only a heading and its body", () => {
    const out = splitLongParagraphs([para("一、提高认识。", 4), para(body + turn, 4)]);
    expect(texts(out)).toEqual(["一、提高认识。", body + turn]);
  });

  it("does not open a paragraph inside someone's quoted words", () => {
    const quoted =
      "在汛前培训会上，老站长常对新来的巡查员说：“水火无情，哪一处松了劲都要出事，这是多少年的教训。同志们，宁可多跑十趟，也不能漏掉一处险情。”这话我一直记着。";
    const out = splitLongParagraphs([para("各村要落实巡查责任。", 4), para(quoted, 4)]);
    expect(texts(out)).toEqual(["各村要落实巡查责任。", quoted]);
  });
});

describe("a page number at a line's start", () => {
  it("is kept before a list's own words and a range's, and cut before a section's heading", () => {
    for (const line of ["- 1 - 检查防汛物资是否储备到位；", "- 3 - 零度之间，各村要做好防冻措施。"]) {
      expect(line.replace(DASHED_PAGE_RE, "")).toBe(line);
    }
    expect("-7-（二）落实转移责任".replace(DASHED_PAGE_RE, "")).toBe("（二）落实转移责任");
  });
});

describe("a site's download link and editor credit", () => {
  it("keeps a download step of the speaker's own procedure, and a review by an office", () => {
    const steps = "按照“登录平台→点击下载文档→填写报表→上传扫描件”的流程，在月底前完成报送。";
    expect(cutInlineButtons(steps, 3, ctx())).toBe(steps);
    const office = "各村的整改报告一律报送镇防汛办，由镇防汛办逐一审核把关。（审核：镇防汛办）";
    expect(cutInlineButtons(office, 3, ctx())).toBe(office);
  });

  it("cuts a link to the page's speech text inside a sentence", () => {
    expect(cutInlineButtons("各村要加强防汛宣传，点击下载完整版讲话稿>>普及避险常识。", 3, ctx())).toBe(
      "各村要加强防汛宣传，普及避险常识。",
    );
  });
});
