// A speech document as the units compared: every node with text, headings with their computed numbers.
import { nodeText } from "../doc-text";
import { headingNumbers, type NumberingStyles } from "../numbering";
import { DEFAULT_SETTINGS, NODE, type HeadingLevel, type SpeechDoc } from "../types";
import type { Unit, UnitKind } from "./types";

export function speechUnits(doc: SpeechDoc, styles: NumberingStyles = DEFAULT_SETTINGS.numbering): Unit[] {
  const levels: HeadingLevel[] = [];
  for (const node of doc.content) if (node.type === NODE.heading) levels.push(node.attrs.level);
  const numbers = headingNumbers(levels, styles);
  const units: Unit[] = [];
  let h = 0;
  let section = "";
  for (const node of doc.content) {
    const number = node.type === NODE.heading ? numbers[h++]! : "";
    const text = nodeText(node).trim();
    if (node.type === NODE.heading) section = number + text;
    if (!text) continue;
    units.push({
      kind: node.type as UnitKind,
      level: node.type === NODE.heading ? node.attrs.level : null,
      number,
      text,
      index: units.length,
      section,
    });
  }
  return units;
}

/** What must be equal for two units to count as the same text (kind, level and text). */
export const unitKey = (u: Unit): string => `${u.kind}:${u.level ?? ""}:${u.text}`;

/** The index in `doc.content` of each unit, by unit index (the nodes with text, as speechUnits counts them). */
export function unitNodeIndexes(doc: SpeechDoc): number[] {
  const out: number[] = [];
  doc.content.forEach((node, i) => {
    if (nodeText(node).trim()) out.push(i);
  });
  return out;
}
