// Parses one speech: the header (title, speaker, date, salutation — kept as fields, not blocks), then the body as
// heading and paragraph blocks with their level, heading path and role (opening before the first heading, closing
// for the 同志们，… / 谢谢大家 / 总之… paragraphs that end the speech).
import { parseOutline, type OutlineItem } from "./outline-parse";
import { markUnnumberedHeadings } from "./unnumbered-headings";
import { splitBracketedRunInHeads } from "./bracketed-run-in-heads";
import { markBracketedSubheads } from "./bracketed-subheads";
import { placeBlocks } from "./block-places";
import {
  cleanTitle,
  PIAN_RE,
  dateOfLine,
  hasSentencePunct,
  isHeaderSalutation,
  isSalutation,
  isPostedSpeakerLine,
  isSpeakerLine,
  isTitleLine,
  parseEnumerator,
  speakerAndDate,
  speakerOfLine,
  speakerFromTitle,
  TITLE_SPEAKER_DATE_RE,
  splitRunInSalutation,
  titleBeforeSalutation,
  titleWithByline,
} from "./outline-patterns";
import { headsSpeech } from "./speaker-titles";
import { signsUnder } from "./signature-names";
import { reportHeaderLeftovers, type HeaderLine } from "./header-leftovers";
import type { InferredSplit, ParsedBlock, ParsedSpeech, Paragraph, RawSpeech, Removed } from "./types";

type Header = Omit<ParsedSpeech, "blocks">;

/** A short unpunctuated line right before the salutation, a date, a subtitle or a byline is a title even without
 *  讲话 in it; so is one that opens the speech above its first sentences (a speech never starts with such a line). */
function looksLikeUntypedTitle(paras: Paragraph[], i: number): boolean {
  const t = paras[i]!.text;
  const next = paras[i + 1]?.text ?? "";
  if (t.length > 50 || hasSentencePunct(t) || parseEnumerator(t) || paras[i]!.hint?.headingLevel) return false;
  if (paras[i]!.hint?.speaker) return false;
  // A post and a name right over the salutation (县教育局局长 ×××) is the speaker of a speech without a title; a
  // unit's name may read as one (某某县安全生产委员会办公室), so only a name set apart or written ××× counts.
  if (isPostedSpeakerLine(t) && /\s|[×＊*]{2,}/.test(t) && (isSalutation(next) || !!splitRunInSalutation(next)))
    return false;
  if (isSalutation(next) || isTitleLine(next) || !!dateOfLine(next) || !!splitRunInSalutation(next)) return true;
  if (isByline(next, paras[i + 2]?.text ?? "")) return true;
  return (
    i === 0 &&
    t.length <= 40 &&
    !/[，、；：]/.test(t) &&
    (next.length > 40 || hasSentencePunct(next)) &&
    !parseEnumerator(next)
  );
}

/** 县长 张三（2024年3月1日）, or 县长 张三 followed by the date or the salutation (the composer's speaker line). */
function isByline(t: string, after: string): boolean {
  if (speakerAndDate(t)) return true;
  return (
    isSpeakerLine(t) &&
    !parseEnumerator(t) &&
    (isSalutation(after) || !!dateOfLine(after) || !!splitRunInSalutation(after))
  );
}

/** A collection's marker with nothing after it (范文二：, 【篇三】). */
const isBareMarker = (t: string) => PIAN_RE.test(t.trim()) && !t.trim().replace(PIAN_RE, "").trim();

/** Of several title lines (a site's page title, 第N篇：…, the speech's own), the one naming the meeting. */
function bestTitle(titles: string[]): string | null {
  if (!titles.length) return null;
  const named = titles.filter((t) =>
    /在.{2,}上的(?:表态|总结|动员|主持|重要|国旗下的?)?(?:讲话|发言|致辞|报告)/.test(t),
  );
  const pool = named.length ? named : titles;
  // Of two as long, the later: it stands nearer the speech (a site's headline comes above its metadata).
  const longest = pool.reduce((a, b) => (b.length >= a.length ? b : a));
  // The title repeated on its own line, inside a longer one that adds the site's name (美章网资料文库…): the repeat.
  const repeated = titles.find(
    (t) => t.length >= 6 && t !== longest && longest.includes(t) && titles.indexOf(t) !== titles.lastIndexOf(t),
  );
  return repeated ?? longest;
}

const BRACKETED_TAIL_RE = /[（(]([^（）()]{6,16})[)）]\s*$/;

/** The inferred split of a title run into 同志们：, as the import report lists it. */
export const REASON_GLUED_SALUTATION = "标题与称呼“同志们：”连写，已拆开";

function readHeader(
  input: Paragraph[],
  inferred?: InferredSplit[],
): { header: Header; body: Paragraph[]; read: HeaderLine[] } {
  const paras = input.slice();
  const header: Header = { title: null, speaker: null, date: null, salutation: null };
  const titles: string[] = [];
  /** Every line the header took, with what it gave: those whose words no field keeps are reported. */
  const read: HeaderLine[] = [];
  const took = (p: Paragraph, gave: HeaderLine["gave"], text = p.text, untyped = false) =>
    read.push({ text, lineNo: p.lineNo, gave, ...(untyped && { untyped }) });
  // 范文二： alone heads a speech that has no title of its own: neither the marker nor the line under it is one.
  let bareMarker = false;
  /** How many titles stood above the date taken (Infinity: the title's own, which nothing replaces). */
  let datedUnder = 0;
  // …上的讲话（2024年1月8日）: a date in brackets at a title's end is the speech's date, not words of its title.
  // Only a day's date (a month is a period's), and as a date line under the title: a later title's own date wins.
  const pushTitle = (t: string): HeaderLine["gave"] => {
    const m = BRACKETED_TAIL_RE.exec(t);
    const date = m ? dateOfLine(m[1]!) : null;
    const day = date && /日$|^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(date) ? date : null;
    const title = cleanTitle(day ? t.slice(0, m!.index).trim() : t);
    titles.push(title);
    if (day && (!header.date || titles.length > datedUnder)) {
      header.date = day;
      datedUnder = titles.length;
    }
    return day ? { title, date: day } : { title };
  };
  let i = 0;
  for (; i < paras.length; i++) {
    const t = paras[i]!.text;
    // 篇二 alone (too short to be a title line) over the speech's title.
    if (!titles.length && isBareMarker(t)) {
      bareMarker = true;
      took(paras[i]!, {});
      continue;
    }
    const typed = headsSpeech(paras[i]!);
    if (typed || (!titles.length && !bareMarker && looksLikeUntypedTitle(paras, i))) {
      // …上的讲话（肖某某）2017.4.18, …上的讲话 县长 ××× 2025年3月4日: the speaker and the date the site appended, or the
      // clerk typed on the title's line, are the speech's own.
      const tail = TITLE_SPEAKER_DATE_RE.exec(t);
      const byline = tail ? null : titleWithByline(t);
      if (isBareMarker(t)) {
        bareMarker = true;
        took(paras[i]!, {});
      } else if (tail || byline) {
        const title = cleanTitle(byline?.title ?? t);
        titles.push(title);
        header.speaker ??= byline?.speaker ?? tail![2]!;
        header.date = byline?.date ?? tail![3]!;
        datedUnder = Infinity;
        took(paras[i]!, { title, speaker: byline?.speaker ?? tail![2]!, date: header.date });
      } else took(paras[i]!, pushTitle(t), t, !typed);
      continue;
    }
    const glued = titleBeforeSalutation(t);
    if (glued) {
      took(paras[i]!, pushTitle(glued), glued);
      inferred?.push({ lineNo: paras[i]!.lineNo, reason: REASON_GLUED_SALUTATION, parts: 2 });
      paras[i] = { ...paras[i]!, text: t.slice(glued.length) };
      i--;
      continue;
    }
    // A date under the last title is the speech's; one above it dates a cover (a handbook's 二〇二四年二月).
    const d = dateOfLine(t) ?? speakerAndDate(t)?.[1];
    if (d && (!header.date || titles.length > datedUnder)) {
      header.date = d;
      datedUnder = titles.length;
    }
    if (dateOfLine(t)) {
      took(paras[i]!, { date: d! });
      continue;
    }
    const sd = speakerAndDate(t);
    if (sd) {
      header.speaker ??= sd[0];
      took(paras[i]!, { speaker: sd[0], date: sd[1] });
      continue;
    }
    const byline = isByline(t, paras[i + 1]?.text ?? "");
    if (
      (titles.length || header.date || bareMarker || byline) &&
      !header.salutation &&
      (isSpeakerLine(t) || paras[i]!.hint?.speaker) &&
      !parseEnumerator(t)
    ) {
      header.speaker ??= speakerOfLine(t);
      took(paras[i]!, { speaker: speakerOfLine(t) });
      continue;
    }
    if (isHeaderSalutation(t)) {
      header.salutation ??= t;
      took(paras[i]!, { salutation: t });
      continue;
    }
    const run = splitRunInSalutation(t);
    if (run) {
      header.salutation ??= run[0];
      took(paras[i]!, { salutation: run[0] }, run[0]);
      paras[i] = { ...paras[i]!, text: run[1] };
    }
    break;
  }
  header.title = bestTitle(titles);
  // A salutation after a stray opening line or two belongs to the header, as does the first 同志们： further on
  // when the header has none; 同志们！ in the closing, or a second address, is text.
  const body = paras.slice(i).filter((p, k) => {
    const early = k <= 1 && !header.salutation && isHeaderSalutation(p.text);
    const first = !header.salutation && isSalutation(p.text) && /[：:]$/.test(p.text);
    if (!early && !first) return true;
    header.salutation ??= p.text;
    return false;
  });
  // A date under the closing (落款) belongs to the header too. The signer's name above it (or alone) is reported as
  // the 落款 and not taken for the speaker: a mail's signer is the draft's sender.
  while (body.length) {
    const t = body[body.length - 1]!.text;
    if (body.length > 1 && signsUnder(t.trim(), body[body.length - 2]!.text.trim())) {
      took(body.pop()!, { speaker: t.trim() });
      continue;
    }
    const sd = speakerAndDate(t);
    const d = dateOfLine(t) ?? sd?.[1];
    if (!d) break;
    header.date ??= d;
    if (sd) header.speaker ??= sd[0];
    took(body.pop()!, sd ? { speaker: sd[0], date: d } : { date: d });
  }
  return { header, body, read };
}

function toBlocks(items: OutlineItem[]): ParsedBlock[] {
  const flat: { kind: "heading" | "paragraph"; level: ParsedBlock["level"]; text: string; lineNo: number }[] = [];
  for (const it of items) {
    if (it.kind === "heading") {
      flat.push({ kind: "heading", level: it.level, text: it.text, lineNo: it.lineNo });
      if (it.body) flat.push({ kind: "paragraph", level: null, text: it.body, lineNo: it.lineNo });
    } else flat.push({ kind: "paragraph", level: null, text: it.text, lineNo: it.lineNo });
  }
  return placeBlocks(flat.filter((b) => b.text.trim()));
}

/** `inferred` collects the splits the header made (a title run into 同志们：); `removed`, the lines it read and did
 *  not keep (another title line, a cover's date, a second speaker line). */
export function parseStructure(speech: RawSpeech, inferred?: InferredSplit[], removed?: Removed[]): ParsedSpeech {
  const read = readHeader(speech.paragraphs, inferred);
  const { header } = read;
  // The speech's unnumbered headings are read first: under them a section's 【一是…】 are its points, never the outline.
  const unsplit = markUnnumberedHeadings(read.body, !header.salutation);
  const split = unsplit.some((p) => p.hint?.headingLevel) ? read.body : splitBracketedRunInHeads(read.body, inferred);
  const body = split === read.body ? unsplit : markUnnumberedHeadings(split, !header.salutation);
  // Word heading styles are relative too: if the body's top style is 标题 2 (标题 1 being the title), shift it up.
  const top = body.reduce((m, p) => (p.hint?.headingLevel ? Math.min(m, p.hint.headingLevel) : m), 4);
  const shift = top <= 3 ? top - 1 : 0;
  const blocks = toBlocks(parseOutline(markBracketedSubheads(body, shift), shift));
  // A header with no text under it is reported whole by the caller (无正文的标题).
  if (removed && blocks.length) reportHeaderLeftovers(read.read, header, removed);
  header.speaker ??= speakerFromTitle(header.title);
  return { ...header, blocks };
}
