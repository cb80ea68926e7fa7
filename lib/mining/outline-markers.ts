// The spellings of an outline number in each family (一、 / （一） / 1. …), to find an item whose line break was lost.
import { chineseNumber, type Family } from "./outline-patterns";

/** The spellings of number n in a family, used to find an item whose line break was lost. */
export function markersFor(family: Family, n: number): string[] {
  const cn = chineseNumber(n);
  switch (family) {
    case "cn-dun":
      return [`${cn}、`];
    case "di":
      return [`第${cn}，`, `第${cn}、`];
    // (Not 第二个，: in plain talk it runs on inside a paragraph by the speaker's choice, no break lost.)
    case "matter":
      return [`第${cn}件事，`, `第${cn}件事：`];
    case "chapter":
      return [`第${cn}章`];
    case "section":
      return [`第${cn}节`];
    case "shi":
      return [`${cn}是`];
    case "yao":
      return [`${cn}要`];
    case "cn-paren":
      return [`（${cn}）`];
    case "cn-bracket":
      return [`【${cn}】`];
    case "num-dot":
      return [`${n}.`, `${n}．`, `${n}、`];
    case "num-paren":
      return [`（${n}）`];
    // 1.2 is spelled with its parent's number, which the caller does not know.
    case "num-decimal":
      return [];
    default:
      return n <= 20 ? [String.fromCharCode(0x2460 + n - 1)] : [];
  }
}
