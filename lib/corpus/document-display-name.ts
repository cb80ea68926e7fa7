// The name a source document goes by on screen. Files saved by scrapers and download tools are often named by a
// number and a hash (004_46ebd7ac5d9d9c86.txt), which tells a clerk nothing; such a file goes by the title of its
// first speech instead, the file name staying available as secondary text. A file someone named by hand keeps its
// name. Pure: no database, usable on the server and in the browser.

export type DocumentName = {
  /** What to show. */
  name: string;
  /** The stored file name (for a tooltip or secondary text). */
  fileName: string;
  /** true when `name` is not the file name (a machine-like file name replaced by a speech title). */
  fromTitle: boolean;
};

const EXTENSION = /\.(txt|docx?|pdf|text)$/i;
/** number_hash, as the sample corpus and common crawlers name files. */
const NUMBER_HASH = /^\d+[_-][0-9a-f]{8,}$/i;
/** At least this many hexadecimal characters before a name made only of them counts as a hash. */
const MIN_HEX = 12;

/** Whether a file name looks generated (a number and a hash, a hash, a UUID) rather than chosen by a person. */
export function isMachineFileName(fileName: string): boolean {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(EXTENSION, "").trim();
  if (NUMBER_HASH.test(stem)) return true;
  const compact = stem.replace(/[-_.\s]/g, "");
  // A hash mixes digits and the letters a–f; a run of digits alone is more likely a date or a serial number.
  return compact.length >= MIN_HEX && /^[0-9a-f]+$/i.test(compact) && /\d/.test(compact) && /[a-f]/i.test(compact);
}

/**
 * The document's name on screen: the first speech title given (in speech order) when the file name is machine-like
 * and a title exists, else the file name.
 */
export function documentDisplayName(
  fileName: string,
  speechTitles: readonly (string | null | undefined)[],
): DocumentName {
  const title = speechTitles.map((t) => t?.replace(/\s+/g, " ").trim()).find((t): t is string => !!t);
  if (title && isMachineFileName(fileName)) return { name: title, fileName, fromTitle: true };
  return { name: fileName, fileName, fromTitle: false };
}
