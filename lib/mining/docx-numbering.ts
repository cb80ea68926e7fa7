// Word's automatic list numbers (word/numbering.xml) are not in the document's text, so the reader renders them
// as Word shows them: each level's number format and text pattern (lvlText "%1、" with chineseCounting → 一、),
// unless the list's levels look alike (below).
// Counters follow Word: a list continues across ordinary paragraphs, a level's number restarts when a higher
// level advances, and instances of one abstract list share their counters unless they override the start.
import { chineseNumeral } from "../speech-doc/numbering";
import { readWordXml } from "./docx-xml";
import { chineseNumber } from "./outline-patterns";
import type { NumberingRef } from "./docx-styles";

type Level = { start: number; format: string; text?: string };
type Instance = { abstractId: string; startOverrides: Map<number, number> };

export type ListNumber = {
  /** 1-based depth (ilvl + 1). */
  depth: number;
  /** false for bullets and "none" (nothing to number). */
  ordered: boolean;
  /** What Word shows before the text, e.g. "一、" or "（二）"; "" for bullets. */
  label: string;
};

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
    [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
  ]; // prettier-ignore
  let out = "";
  for (const [v, s] of parts) for (; n >= v; n -= v) out += s;
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A number in one of Word's formats (ST_NumberFormat); unknown formats fall back to digits. */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "ideographTraditional":
    case "japaneseCounting":
    case "taiwaneseCounting":
      return n > 0 && n < 1000 ? chineseNumeral(n) : String(n);
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperLetter":
      return letters(n);
    case "lowerLetter":
      return letters(n).toLowerCase();
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= CIRCLED.length ? CIRCLED[n - 1]! : String(n);
    case "decimalFullWidth":
    case "decimalFullWidth2":
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/** The outline label of a depth when the list defines no text pattern: 一、 （一） 1. （1）. */
function defaultLabel(depth: number, n: number): string {
  const cn = chineseNumber(n);
  if (depth <= 1) return `${cn}、`;
  if (depth === 2) return `（${cn}）`;
  if (depth === 3) return `${n}.`;
  return `（${n}）`;
}

export type ListCounter = { next: (ref: Partial<NumberingRef>) => ListNumber | null };

/** Reads numbering.xml and returns a counter to be called once per numbered paragraph, in document order. */
export function readListNumbering(xml: Uint8Array | undefined): ListCounter {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, Instance>();
  if (xml) {
    let abstract: Map<number, Level> | null = null;
    let level: Level | null = null;
    let instance: Instance | null = null;
    let overrideLevel = -1;
    readWordXml(xml, {
      open: (el) => {
        switch (el.name) {
          case "abstractNum":
            abstract = new Map();
            abstracts.set(el.attr("abstractNumId") ?? "", abstract);
            break;
          case "lvl":
            level = { start: 1, format: "decimal" };
            if (abstract && !instance) abstract.set(Number(el.attr("ilvl") ?? 0), level);
            break;
          case "start":
            if (level) level.start = Number(el.attr("val") ?? 1);
            break;
          case "numFmt":
            if (level) level.format = el.attr("val") ?? "decimal";
            break;
          case "lvlText":
            if (level) level.text = el.attr("val");
            break;
          case "num":
            instance = { abstractId: "", startOverrides: new Map() };
            instances.set(el.attr("numId") ?? "", instance);
            break;
          case "abstractNumId":
            if (instance) instance.abstractId = el.attr("val") ?? "";
            break;
          case "lvlOverride":
            overrideLevel = Number(el.attr("ilvl") ?? 0);
            break;
          case "startOverride":
            if (instance && overrideLevel >= 0) instance.startOverrides.set(overrideLevel, Number(el.attr("val") ?? 1));
            break;
        }
      },
      close: (name) => {
        if (name === "abstractNum") abstract = null;
        else if (name === "lvl") level = null;
        else if (name === "num") instance = null;
        else if (name === "lvlOverride") overrideLevel = -1;
      },
    });
  }

  // A list whose levels look alike (every level "%n." in decimal, as HTML pasted into Word or LibreOffice makes
  // it) would lose its depth if rendered as Word shows it; such a list gets the outline labels of its depths.
  const alike = new Set<string>();
  for (const [id, levels] of abstracts) {
    const looks = [...levels.values()].map((l) => `${l.format}|${(l.text ?? "").replace(/%[1-9]/g, "#")}`);
    if (new Set(looks).size < looks.length) alike.add(id);
  }

  const counters = new Map<string, number[]>();
  return {
    next: ({ numId, ilvl = 0 }) => {
      const instance = numId ? instances.get(numId) : undefined;
      const levels = instance ? abstracts.get(instance.abstractId) : undefined;
      if (!instance || !levels || ilvl < 0 || ilvl > 8) return null;
      const own = levels.get(ilvl) ?? { start: 1, format: "decimal" };
      const depth = ilvl + 1;
      if (own.format === "bullet" || own.format === "none") return { depth, ordered: false, label: "" };
      const key = instance.startOverrides.size ? `num:${numId}` : `abstract:${instance.abstractId}`;
      const values = counters.get(key) ?? [];
      counters.set(key, values);
      const startOf = (l: number) => instance.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
      values[ilvl] = values[ilvl] === undefined ? startOf(ilvl) : values[ilvl]! + 1;
      values.length = ilvl + 1; // deeper levels restart under this number
      for (let l = 0; l < ilvl; l++) values[l] ??= startOf(l);
      if (own.text === undefined || alike.has(instance.abstractId)) {
        return { depth, ordered: true, label: defaultLabel(depth, values[ilvl]!) };
      }
      const label = own.text.replace(/%([1-9])/g, (_, k: string) => {
        const l = Number(k) - 1;
        return formatListNumber(values[l] ?? startOf(l), levels.get(l)?.format ?? "decimal");
      });
      return { depth, ordered: true, label };
    },
  };
}
