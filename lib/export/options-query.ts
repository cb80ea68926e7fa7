// Export options as query parameters (?fontSet=common&pageNumbers=center&speakerLine=0&draftMark=征求意见稿), both
// ways: the export dialog's download and print links write them, the export route and the print view read them
// over the user's saved options. Reading keeps the saved value for anything missing or unknown, so a hand-edited
// print URL never breaks the page (the export route refuses unknown values first, with its schema).
import { DEFAULT_EXPORT_OPTIONS, DRAFT_MARKS, FONT_SETS, PAGE_NUMBER_PLACEMENTS, type ExportOptions } from "./options";

export type QueryParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function optionsFromQuery(query: QueryParams, defaults: ExportOptions = DEFAULT_EXPORT_OPTIONS): ExportOptions {
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

/** The options as query parameters, as optionsFromQuery reads them. */
export function optionsToQuery(options: ExportOptions): URLSearchParams {
  return new URLSearchParams({
    fontSet: options.fontSet,
    pageNumbers: options.pageNumbers,
    speakerLine: options.speakerLine ? "1" : "0",
    draftMark: options.draftMark,
  });
}
