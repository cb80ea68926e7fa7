// Which numbering style each heading level of an imported speech used (一、 / （一） / 1. …), so that the composer,
// which computes numbers itself, shows them the way the source wrote them.
import type { Family } from "../mining/outline-patterns";
import { stripOutlineNumber } from "../speech-doc/strip-number";
import { DEFAULT_SETTINGS, type HeadingLevel, type NumberingStyle } from "../speech-doc/types";
import type { NumberingStyles } from "../speech-doc/numbering";

// 一是/一要 and ① have no composer style: a level numbered that way keeps the default.
const STYLE_OF: Partial<Record<Family, NumberingStyle>> = {
  "cn-dun": "cn-dun",
  "cn-paren": "cn-paren",
  "num-dot": "arabic-dot",
  "num-paren": "arabic-paren",
  di: "di-cn",
};

/**
 * The style each level's headings mostly used (the first one seen on a tie); the default for a level whose
 * headings carry no number the composer can write.
 */
export function numberingOfHeadings(headings: { level: HeadingLevel; text: string }[]): NumberingStyles {
  const counts: Map<NumberingStyle, number>[] = [new Map(), new Map(), new Map()];
  for (const h of headings) {
    const family = stripOutlineNumber(h.text).family;
    const style = family ? STYLE_OF[family] : undefined;
    if (style) counts[h.level - 1]!.set(style, (counts[h.level - 1]!.get(style) ?? 0) + 1);
  }
  const pick = (level: 0 | 1 | 2): NumberingStyle => {
    let best: NumberingStyle = DEFAULT_SETTINGS.numbering[level];
    let bestCount = 0;
    for (const [style, n] of counts[level]!) {
      if (n > bestCount) [best, bestCount] = [style, n];
    }
    return best;
  };
  return [pick(0), pick(1), pick(2)];
}
