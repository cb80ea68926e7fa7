import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A page written for these tests in the shape of a township's page inside a county portal: the 政府信息公开 catalogue
// block (索引号, 发布机构, 名称) over the page's own title line, then the speech.
const TITLE = "在全乡春耕备耕安全生产工作会议上的讲话";
const BODY = [
  "乡党委副书记、乡长　蒙志刚",
  "2025年3月6日",
  "同志们：",
  "今天召开这次会议，主要是安排部署春耕备耕期间的安全生产工作。刚才，乡应急办通报了节后检查情况，我都同意。",
  "一是抓好农机安全。各村要在3月20日前对辖区内拖拉机、收割机逐台登记，无牌无证的一律不得下田作业。",
  "二是抓好用火安全。春耕时节烧田埂、烧秸秆的多，各村要落实专人巡查，发现野外用火立即制止。",
  "同志们，春耕备耕时间紧、任务重，希望大家把安全工作抓实抓细，确保全乡春耕生产安全有序。",
];
const page = (field: string) =>
  [
    "当前位置：首页 > 乡镇频道 > 龙塘乡 > 工作动态",
    "索引号：11452127MB19830X2C/2025-00412　　主题分类：安全生产监管",
    "发布机构：龙塘乡人民政府　　生成日期：2025-03-07　　文号：无",
    field,
    "",
    TITLE,
    "发布时间：2025-03-07 09:20　　来源：龙塘乡　　浏览次数：215",
    "",
    ...BODY,
  ].join("\n");

describe("the catalogue's 名称 field that repeats the page's title", () => {
  it("takes the field out, so the title is the title line's", () => {
    for (const field of [`名称：${TITLE}`, `名　　称：${TITLE}`, `标题：${TITLE}`]) {
      const r = mineText(page(field));
      expect(r.speeches).toHaveLength(1);
      expect(r.speeches[0]!.title).toBe(TITLE);
      expect(r.removed.find((x) => x.text.endsWith(TITLE) && x.text !== TITLE)?.reason).toBe(
        "政府信息公开目录（名称）",
      );
    }
  });

  it("leaves the title line it compares with, and a field that names another document", () => {
    const r = mineText(page(`名称：${TITLE}`));
    expect(r.removed.some((x) => x.text === TITLE)).toBe(false);
    const other = "名称：关于做好春耕备耕期间安全生产工作的通知";
    const o = mineText(page(other));
    expect(o.removed.find((x) => x.text === other)?.reason).not.toBe("政府信息公开目录（名称）");
    expect(o.speeches.at(-1)!.title).toBe(TITLE);
  });
});
