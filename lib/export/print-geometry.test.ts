import { describe, expect, it } from "vitest";
import { CHARS_PER_LINE, LINE_PT, LINES_PER_PAGE, SIZE_PT } from "./layout";
import { printCss } from "./print-css";
import { INDENT_PT, LETTER_SPACING_PT, LINE_PX, pageNumberText, TEXT_BLOCK_MM } from "./print-geometry";

const mmToPt = (mm: number) => (mm * 72) / 25.4;

describe("print geometry", () => {
  it("fits 28 characters a line and 22 lines a page in the 156 × 225 mm text block, and no more", () => {
    expect(TEXT_BLOCK_MM).toEqual({ width: 156, height: 225 });
    const advance = SIZE_PT.body + LETTER_SPACING_PT;
    expect(CHARS_PER_LINE * advance).toBeLessThanOrEqual(mmToPt(TEXT_BLOCK_MM.width));
    expect((CHARS_PER_LINE + 1) * advance).toBeGreaterThan(mmToPt(TEXT_BLOCK_MM.width));
    expect(LETTER_SPACING_PT).toBeCloseTo(-0.21, 5);
    expect(LINES_PER_PAGE * LINE_PT).toBeLessThanOrEqual(mmToPt(TEXT_BLOCK_MM.height));
    expect((LINES_PER_PAGE + 1) * LINE_PT).toBeGreaterThan(mmToPt(TEXT_BLOCK_MM.height));
    expect(INDENT_PT).toBeCloseTo(2 * advance, 10);
    expect(LINE_PX).toBeCloseTo(38.6, 5);
  });

  it("writes page numbers as — N — with em dashes", () => {
    expect(pageNumberText(3)).toBe("— 3 —");
  });

  it("prints on A4 with the official margins and puts page numbers in the margin boxes", () => {
    const outer = printCss({ fontSet: "gb2312", pageNumbers: "outer" });
    expect(outer).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
    expect(outer).toMatch(/@page :right \{ @bottom-right \{[^}]*counter\(page\)/);
    expect(outer).toMatch(/@page :left \{ @bottom-left \{[^}]*counter\(page\)/);
    expect(outer).toContain('"仿宋_GB2312"');
    const center = printCss({ fontSet: "common", pageNumbers: "center" });
    expect(center).toMatch(/@bottom-center \{[^}]*counter\(page\)/);
    expect(center).not.toContain("@bottom-right");
    expect(center).toContain('"仿宋"');
  });
});
