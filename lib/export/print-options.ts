// The print view's export options read from its query string (?fontSet=common&pageNumbers=center&speakerLine=0
// &draftMark=征求意见稿); anything missing or unknown keeps its default, so a hand-edited URL never breaks the page.
import { DEFAULT_EXPORT_OPTIONS, DRAFT_MARKS, FONT_SETS, PAGE_NUMBER_PLACEMENTS, type ExportOptions } from "./options";

export type QueryParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function parsePrintOptions(query: QueryParams, defaults: ExportOptions = DEFAULT_EXPORT_OPTIONS): ExportOptions {
  const speakerLine = first(query.speakerLine);
  return {
    fontSet: oneOf(FONT_SETS, first(query.fontSet), defaults.fontSet),
    pageNumbers: oneOf(PAGE_NUMBER_PLACEMENTS, first(query.pageNumbers), defaults.pageNumbers),
    speakerLine:
      speakerLine === "0" || speakerLine === "false"
        ? false
        : speakerLine === "1" || speakerLine === "true"
          ? true
          : defaults.speakerLine,
    draftMark: oneOf(DRAFT_MARKS, first(query.draftMark), defaults.draftMark),
  };
}
