import { describe, expect, it } from "vitest";
import { mineText } from "./text-pipeline";

// A 文库 page read on a phone: its 1. / （1） outline, a 免费阅读全文 button printed between paragraphs and once glued
// onto the end of one (its line break lost), so the line above the 2. heading seems to stop mid-word.
const blocks = (page: string[]) =>
  mineText(page.join("\n")).speeches.flatMap((s) =>
    s.blocks.map((b) => `${b.kind === "heading" ? `h${b.level}` : "p"} ${b.text}`),
  );
const texts = (page: string[]) => blocks(page).map((b) => b.slice(b.indexOf(" ") + 1));

const TITLE = "在全镇2024年森林防灭火工作会议上的讲话";
const OPENING = "今天召开这次会议，主要是把今年春季森林防灭火工作安排下去。下面，我讲三点意见。";
const SITUATION =
  "去年春季，全镇共发生野外火情4起，都是上坟烧纸、烧田埂引起的，虽然扑救及时没有造成损失，但教训十分深刻。";
const WARNING = "今年以来降水偏少，林区可燃物多，火险等级持续偏高，大家绝不能有半点侥幸心理。";
const PATROL = "各村要把护林员全部派到山头地块，清明前后实行全天巡护，发现火情第一时间报告镇防火办。";
const SUPPLY = "镇里已经为每个村配齐了风力灭火机和二号工具，各村要安排专人保管，每月检查一次。";
const DUTY = "各村党支部书记是本村森林防灭火第一责任人，要把责任分解到每一个山头、每一块林地。";

const page = (withButton: string) => [
  TITLE,
  "同志们：",
  OPENING,
  "1.提高认识，绷紧森林防火这根弦",
  SITUATION,
  "免费阅读全文",
  WARNING + withButton,
  "2.抓住关键，把各项防范措施落细落实",
  "（1）加强巡山护林。",
  PATROL,
  "（2）备足扑火物资。",
  SUPPLY,
  "免费阅读全文",
  "3.落实责任，确保不出问题",
  DUTY,
];

describe("a 文库 page's 1. / （1） outline under a glued button", () => {
  it("reads 1. as level 1 and （1） as level 2: the 2. under the glued button is no viewer's chunk number", () => {
    const out = blocks(page("免费阅读全文"));
    expect(out.filter((b) => b.startsWith("h"))).toEqual([
      "h1 1.提高认识，绷紧森林防火这根弦",
      "h1 2.抓住关键，把各项防范措施落细落实",
      "h2 （1）加强巡山护林。",
      "h2 （2）备足扑火物资。",
      "h1 3.落实责任，确保不出问题",
    ]);
  });

  it("cuts the button glued to a paragraph's end and keeps the paragraph", () => {
    const out = blocks(page("免费阅读全文"));
    expect(out).toContain(`p ${WARNING}`);
    expect(out.some((b) => b.includes("阅读全文"))).toBe(false);
  });

  it("keeps a speech's own 阅读全文 and 免费阅读全文 in its sentences", () => {
    const own = "请各村组织干部把这份方案阅读全文。";
    const after = "镇里把防火知识读本放到了网站上，群众扫码就能免费阅读全文，各村要广泛宣传。";
    const out = texts([TITLE, "同志们：", OPENING, SITUATION, "免费阅读全文", WARNING + own, PATROL + after, DUTY]);
    expect(out).toContain(WARNING + own);
    expect(out).toContain(PATROL + after);
  });

  it("still takes out a viewer's chunk number that cuts a sentence mid-word under a short numbered line", () => {
    const out = texts([
      TITLE,
      "同志们：",
      "1.提高认识",
      "去年春季，全镇共发生野外火情4起，都是上坟烧纸、烧田埂引起的，虽然扑救及时没有造成损",
      "2.失，但教训十分深刻。今年以来降水偏少，林区可燃物多，火险等级持续偏高，大家绝不能有半点侥幸心理。",
      DUTY,
    ]);
    expect(out.join("")).toContain("没有造成损失，但教训十分深刻");
  });
});

describe("a 文库 preview cut into numbered chunks from its first line", () => {
  const CUT =
    "去年春季，全镇共发生野外火情4起，虽然扑救及时没有造成损失，但全镇防火形势依然不容乐观，各村务必高度重视，严防死";
  const chunked = (top: string[], chunk: string) => texts([...top, OPENING, CUT, chunk, WARNING, PATROL, DUTY]);

  it("counts the file's 1、 title as the first chunk's number, no heading a later chunk's could follow", () => {
    const rest = "守，绝不能让一个火点酿成山火。";
    const out = chunked([`1、${TITLE}`, "同志们："], `2、${rest}`);
    expect(out.join("")).toContain(`严防死${rest}`);
    expect(out.some((t) => /^2、/.test(t))).toBe(false);
  });

  it("takes a chunk number over a piece of one or two characters, under a 1、 heading of the text's own", () => {
    const out = chunked([TITLE, "同志们：", "1、提高认识"], "2、守。");
    expect(out.join("")).toContain("严防死守。");
    expect(out.some((t) => /^2、/.test(t))).toBe(false);
  });
});

describe("numbered points that are no headings", () => {
  it("leaves an inline 1. / 2. list inside a paragraph", () => {
    const inline = "今年重点抓好两件事：1.清明前后全面排查火源，2.护林员全天上岗巡护，确保不出问题。";
    const out = blocks([TITLE, "同志们：", OPENING, inline, PATROL, DUTY]);
    expect(out).toContain(`p ${inline}`);
    expect(out.some((b) => b.startsWith("h"))).toBe(false);
  });

  it("leaves 1. / 2. points written as long sentences as paragraphs", () => {
    const one =
      "1.各村要在3月底前完成一轮林区火源排查，对坟头、田埂、林缘农田逐一登记，建立台账，做到底数清楚、责任到人。";
    const two =
      "2.镇防火办要会同派出所对野外违规用火开展巡查，发现一起查处一起，对造成火情的依法追究责任，绝不姑息迁就。";
    const out = blocks([TITLE, "同志们：", OPENING, one, two, DUTY]);
    expect(out).toEqual([`p ${OPENING}`, `p ${one}`, `p ${two}`, `p ${DUTY}`]);
  });
});
