// Export options a clerk chooses once and the product remembers per user: the font set, where page numbers go,
// whether the speaker/date line is printed, and a draft mark at the top. Shared by the DOCX export, the print view
// and the options form; free of zod so browser bundles stay small (the schema is in options-schema.ts).

export const FONT_SETS = ["gb2312", "common", "common-en"] as const;
export type FontSet = (typeof FONT_SETS)[number];

export const PAGE_NUMBER_PLACEMENTS = ["outer", "center"] as const;
export type PageNumberPlacement = (typeof PAGE_NUMBER_PLACEMENTS)[number];

export const DRAFT_MARKS = ["", "送审稿", "征求意见稿"] as const;
export type DraftMark = (typeof DRAFT_MARKS)[number];

export type ExportOptions = {
  fontSet: FontSet;
  pageNumbers: PageNumberPlacement;
  /** Print the speaker/date line under the title. */
  speakerLine: boolean;
  /** A mark such as 征求意见稿 at the top left of the first page (where GB/T 9704 puts 密级 and 紧急程度). */
  draftMark: DraftMark;
};

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  fontSet: "gb2312",
  pageNumbers: "outer",
  speakerLine: true,
  draftMark: "",
};

export const FONT_SET_LABELS: Record<FontSet, string> = {
  gb2312: "公文字体（方正小标宋简体、仿宋_GB2312、楷体_GB2312、黑体）",
  common: "常用字体（宋体、仿宋、楷体、黑体）",
  "common-en": "常用字体英文名（SimSun、FangSong、KaiTi、SimHei）",
};

export const PAGE_NUMBER_LABELS: Record<PageNumberPlacement, string> = {
  outer: "单页居右、双页居左",
  center: "居中",
};

export const DRAFT_MARK_LABELS: Record<DraftMark, string> = {
  "": "不加",
  送审稿: "送审稿",
  征求意见稿: "征求意见稿",
};

/** The roles fonts play in the layout. */
export type FontRole = "title" | "byline" | "body" | "heading1" | "heading2" | "heading3" | "pageNumber" | "mark";

/** East Asian font names written into the DOCX, per font set. */
export const FONT_NAMES: Record<FontSet, Record<FontRole, string>> = {
  gb2312: {
    title: "方正小标宋简体",
    byline: "楷体_GB2312",
    body: "仿宋_GB2312",
    heading1: "黑体",
    heading2: "楷体_GB2312",
    heading3: "仿宋_GB2312",
    pageNumber: "宋体",
    mark: "黑体",
  },
  common: {
    title: "宋体",
    byline: "楷体",
    body: "仿宋",
    heading1: "黑体",
    heading2: "楷体",
    heading3: "仿宋",
    pageNumber: "宋体",
    mark: "黑体",
  },
  "common-en": {
    title: "SimSun",
    byline: "KaiTi",
    body: "FangSong",
    heading1: "SimHei",
    heading2: "KaiTi",
    heading3: "FangSong",
    pageNumber: "SimSun",
    mark: "SimHei",
  },
};

/** Latin and digits: Times New Roman in every set. */
export const LATIN_FONT = "Times New Roman";

/**
 * CSS font stacks for the print view: the set's own name first, then the names the same typeface goes by on
 * other systems, then what a Linux browser has (Noto CJK), so the page keeps its shape without the fonts.
 */
const FALLBACKS: Record<FontRole, string[]> = {
  title: [
    "方正小标宋简体",
    "FZXiaoBiaoSong-B05S",
    "华文中宋",
    "STZhongsong",
    "宋体",
    "SimSun",
    "Noto Serif CJK SC",
    "serif",
  ],
  byline: ["楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", "serif"],
  body: ["仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "serif"],
  heading1: ["黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "sans-serif"],
  heading2: ["楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", "serif"],
  heading3: ["仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "serif"],
  pageNumber: ["宋体", "SimSun", "Noto Serif CJK SC", "serif"],
  mark: ["黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", "sans-serif"],
};

export function cssFontStack(fontSet: FontSet, role: FontRole): string {
  const names = [LATIN_FONT, FONT_NAMES[fontSet][role], ...FALLBACKS[role]];
  return [...new Set(names)].map((n) => (/^[a-z-]+$/.test(n) ? n : `"${n}"`)).join(", ");
}

/** Title bold only where the set has no 小标宋 (a regular 宋体 title looks too light beside the body). */
export function titleIsBold(fontSet: FontSet): boolean {
  return fontSet !== "gb2312";
}
