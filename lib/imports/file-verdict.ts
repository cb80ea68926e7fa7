// The quality verdict of one imported file (好 / 需要检查 / 失败) with its reasons in Chinese, judged from what the
// miner produced. A file that could not be imported at all is 失败; one the miner handled but whose result a
// clerk should look at before it reaches the library is 需要检查. No database, no React: the report page and the
// worker share it.
import type { MinedDocument } from "../mining/types";
import { isRestoration } from "./restorations";

/** What the miner may say about a whole file beyond its blocks. Optional: a miner that does not say it is trusted. */
export type MiningSignals = {
  /** The file is not Chinese speech material (a password file, a program, a table); why, in Chinese */
  notSpeech?: { reason: string };
  /** Text that looks decoded with the wrong encoding; why, in Chinese, with a few samples */
  mojibake?: { reason: string; samples?: string[] };
};

/** The miner's result as the verdict reads it (a MinedDocument, with the signals once the miner gives them). */
export type VerdictInput = Pick<MinedDocument, "speeches" | "removed" | "rawText" | "inferredSplits"> & MiningSignals;

export type VerdictLevel = "好" | "需要检查" | "失败";

export type VerdictReasonCode =
  | "long_block"
  | "no_breaks"
  | "inferred_splits"
  | "many_removals"
  | "low_confidence"
  | "repeated_speeches"
  | "not_speech"
  | "mojibake"
  | "failed";

export type VerdictReason = { code: VerdictReasonCode; message: string };

/**
 * `notes`: what the clerk may want to know without it being a reason to look (where paragraph breaks were inferred
 * from the text's cues: a heading set off by a space is split with confidence, and a file that reads well is 好).
 */
export type FileVerdict = { level: VerdictLevel; reasons: VerdictReason[]; notes?: VerdictReason[] };

/** A paragraph longer than this is probably several run together (the page lost its line breaks). */
export const LONG_BLOCK_CHARS = 800;
/** A line the miner cut into this many paragraphs or more is a guess worth checking (two: a heading split off). */
export const GUESSED_PARTS = 3;
/** A text this long on so few lines had its paragraph breaks lost (a one-line page, paragraphs joined by spaces). */
export const NO_BREAKS_MIN_CHARS = 400;
export const NO_BREAKS_MAX_LINES = 2;
/** Share of the file's characters removed as noise above which the removals deserve a look. */
export const MANY_REMOVALS_SHARE = 0.5;
/** A category the classifier gave with less confidence than this is a guess. */
export const LOW_CONFIDENCE = 0.4;
/** …and when this share of the paragraphs (at least two) are guesses, the categories deserve a look. */
export const LOW_CONFIDENCE_SHARE = 0.3;

const visibleLength = (s: string) => s.replace(/\s+/g, "").length;
/** Where, for a message: the first few line numbers, then how many in all. */
const atLines = (lines: number[]) => {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const first = `第 ${unique.slice(0, 5).join("、")} 行`;
  return unique.length > 5 ? `${first}等 ${unique.length} 行` : first;
};
const percent = (x: number) => `${Math.round(x * 100)}%`;

export function judgeMinedFile(mined: VerdictInput): FileVerdict {
  const reasons: VerdictReason[] = [];
  if (mined.notSpeech) {
    reasons.push({ code: "not_speech", message: `看起来不是讲话材料：${mined.notSpeech.reason}` });
  }
  if (mined.mojibake) {
    const samples = mined.mojibake.samples?.length ? `（如“${mined.mojibake.samples.slice(0, 3).join("”“")}”）` : "";
    reasons.push({ code: "mojibake", message: `可能有乱码：${mined.mojibake.reason}${samples}` });
  }

  const blocks = mined.speeches.flatMap((s) => s.blocks);
  const long = blocks.filter((b) => b.charCount > LONG_BLOCK_CHARS);
  if (long.length) {
    const longest = Math.max(...long.map((b) => b.charCount));
    reasons.push({
      code: "long_block",
      message: `${long.length} 个段落超过 ${LONG_BLOCK_CHARS} 字（最长 ${longest} 字），可能是几段连在了一起，请拆分`,
    });
  }

  const lines = mined.rawText.split("\n").filter((l) => l.trim()).length;
  const rawChars = visibleLength(mined.rawText);
  if (rawChars >= NO_BREAKS_MIN_CHARS && lines <= NO_BREAKS_MAX_LINES) {
    reasons.push({
      code: "no_breaks",
      message: `原文没有分段（${rawChars} 字只有 ${lines} 行），段落是推断的，请核对分段`,
    });
  }

  // Breaks the miner put in from the text's cues. A line cut into several paragraphs (joined by spaces, hard wraps,
  // one long run) is a guess worth checking; a heading split from its body or a footer cut out is only noted.
  const notes: VerdictReason[] = [];
  const inferred = mined.inferredSplits ?? [];
  const guessed = inferred.filter((s) => (s.parts ?? 2) >= GUESSED_PARTS);
  const confident = inferred.filter((s) => (s.parts ?? 2) < GUESSED_PARTS);
  if (guessed.length) {
    const where = guessed
      .slice(0, 5)
      .map((s) => `第 ${s.lineNo} 行${s.reason}，成 ${s.parts} 段`)
      .join("；");
    const more = guessed.length > 5 ? ` 等 ${guessed.length} 处` : "";
    reasons.push({ code: "inferred_splits", message: `原文的分段是推断的（${where}${more}），请核对分段` });
  }
  if (confident.length) {
    const byReason = new Map<string, number[]>();
    for (const s of confident) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.lineNo]);
    const kinds = [...byReason].map(([reason, lines]) => `${reason}（${atLines(lines)}）`).join("；");
    notes.push({ code: "inferred_splits", message: `${confident.length} 处分段是根据文字推断的：${kinds}` });
  }

  const removals = mined.removed.filter((r) => !isRestoration(r));
  const removedChars = removals.reduce((n, r) => n + visibleLength(r.text), 0);
  const share = rawChars ? removedChars / rawChars : 0;
  if (share > MANY_REMOVALS_SHARE) {
    reasons.push({
      code: "many_removals",
      message: `清除了原文约 ${percent(Math.min(share, 1))} 的文字（${removals.length} 处），请核对是否误删了正文`,
    });
  }

  // The same speech again (a page crawled twice, a file joined to itself): its blocks are stored once, but the
  // count of speeches overstates what the file holds.
  const withText = mined.speeches.filter((sp) => sp.blocks.length);
  const distinct = new Set(withText.map((sp) => sp.blocks.map((b) => b.text.replace(/\s+/g, "")).join("\n"))).size;
  if (distinct < withText.length) {
    reasons.push({
      code: "repeated_speeches",
      message: `同一篇讲话在文件中重复出现（${withText.length} 篇中只有 ${distinct} 篇不同），重复的段落只存一份，请核对文件`,
    });
  }

  const paragraphs = blocks.filter((b) => b.kind === "paragraph");
  const guesses = paragraphs.filter((b) => b.confidence < LOW_CONFIDENCE);
  if (guesses.length >= 2 && guesses.length / paragraphs.length >= LOW_CONFIDENCE_SHARE) {
    reasons.push({
      code: "low_confidence",
      message: `${guesses.length} 个段落（共 ${paragraphs.length} 个）的类别把握不大（置信度低于 ${percent(LOW_CONFIDENCE)}），请核对类别`,
    });
  }
  return { level: reasons.length ? "需要检查" : "好", reasons, ...(notes.length && { notes }) };
}

/** A file the import refused or could not read. */
export function failedVerdict(error: string): FileVerdict {
  return { level: "失败", reasons: [{ code: "failed", message: error }] };
}
