import { describe, expect, it } from "vitest";
import { findMojibake } from "./decode-mojibake";

// 为了你和家人的幸福 in GBK (`printf '为了你和家人的幸福' | iconv -t gbk | xxd -i`).
const GBK_FOR_YOUR_FAMILY = [
  0xce, 0xaa, 0xc1, 0xcb, 0xc4, 0xe3, 0xba, 0xcd, 0xbc, 0xd2, 0xc8, 0xcb, 0xb5, 0xc4, 0xd0, 0xd2, 0xb8, 0xa3,
];
const gbk = (bytes: number[]) => new TextDecoder("gb18030").decode(Uint8Array.from(bytes));
/** UTF-8 bytes read as GBK: what a page saved in UTF-8 shows in a GBK reader. */
const utf8ReadAsGbk = (s: string) => new TextDecoder("gb18030").decode(new TextEncoder().encode(s));

const spansText = (line: string) => findMojibake(line).map((s) => line.slice(s.start, s.end));

describe("findMojibake", () => {
  it("finds UTF-8 read as GBK inside a sentence", () => {
    const broken = utf8ReadAsGbk("全县"); // 鍏ㄥ幙
    const line = `今天召开${broken}安全生产工作会议。`;
    expect(spansText(line)).toEqual([broken]);
  });

  it("finds GBK read one byte off, with the stray ? around it", () => {
    const broken = gbk([0xb0, ...GBK_FOR_YOUR_FAMILY.slice(0, -1)]);
    const line = `同学们，老师们?${broken}?，防止交通事故的发生。`;
    const found = spansText(line);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(broken.slice(1, 6));
    expect(line.replace(found[0]!, "")).toBe("同学们，老师们，防止交通事故的发生。");
  });

  it("leaves ordinary Simplified and Traditional text alone, rare characters included", () => {
    for (const line of [
      "对失职渎职、推诿扯皮的要严肃问责，振聋发聩的教训必须汲取。",
      "監管力量得到加強，隱患排查整治取得了顯著成績，自覺遵守交通法規。",
      "条理清晰的特点，进而做出改进，旱涝急转，沟壑纵横。",
      "他在第（2）条中写明：XX公司、××单位、****年。",
    ])
      expect(findMojibake(line), line).toEqual([]);
  });
});
