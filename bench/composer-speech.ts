// The composer benchmark's speeches: realistic 20,000-character texts recombined from the sample corpus's blocks.
// 60 sections (level-1 headings, each with level-2 headings under it), every heading followed by 2–4 paragraphs;
// about a quarter of the paragraphs are library blocks verbatim with their provenance (block id, version, hash of
// the text as inserted), the rest are sentences of other blocks recombined; a few carry ×× placeholders.
import { seededRandom as rng } from "../lib/testing/seeded-random";
import { textHash, bodyChars } from "../lib/speech-doc/doc-text";
import { stripOutlineNumber } from "../lib/speech-doc/strip-number";
import type { HeadingLevel, ParagraphNode, SpeechDoc, SpeechNode } from "../lib/speech-doc/types";

export type CorpusBlock = {
  id: string;
  text: string;
  version: number;
  kind: "HEADING" | "PARAGRAPH";
  level: number | null;
};

export const SPEECH_CHARS = 20_000;
export const LEVEL1_SECTIONS = 10;
export const LEVEL2_PER_LEVEL1 = 5; // 10 + 10 × 5 = 60 sections

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const text = (s: string) => (s ? { content: [{ type: "text" as const, text: s }] } : {});

/** Sentences of the corpus's paragraphs (ending in 。！？；), to recombine into new paragraphs. */
function sentencesOf(blocks: CorpusBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== "PARAGRAPH") continue;
    for (const s of stripOutlineNumber(b.text.trim()).text.match(/[^。！？；]+[。！？；]/g) ?? []) {
      const t = s.trim();
      if (t.length >= 8 && t.length <= 160) out.push(t);
    }
  }
  return out;
}

const PLACEHOLDERS = ["××县", "××同志", "20XX年", "××万元", "××家企业"];

export type BuildOptions = {
  seed: number;
  /** Blocks a paragraph may be taken from verbatim (with provenance). */
  provenanceBlocks: CorpusBlock[];
  title: string;
  speakerLine: string;
};

/**
 * A speech of exactly SPEECH_CHARS body characters (bodyChars: headings, paragraphs and the salutation, spaces
 * not counted). Paragraph lengths are drawn around the average the target needs; the last paragraph is trimmed or
 * extended to hit the target.
 */
export function buildSpeech(corpus: CorpusBlock[], opts: BuildOptions): SpeechDoc {
  const r = rng(opts.seed);
  const sentences = sentencesOf(corpus);
  const headings = [
    ...new Set(
      corpus
        .filter((b) => b.kind === "HEADING")
        .map((b) => stripOutlineNumber(b.text.trim()).text.replace(/[。；]$/, ""))
        .filter((t) => t.length >= 4 && t.length <= 40),
    ),
  ];
  // Shuffled, then taken in turn: every heading differs from the others while the corpus has enough of them.
  for (let i = headings.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [headings[i], headings[j]] = [headings[j]!, headings[i]!];
  }
  let nextHeading = 0;
  const heading = () => headings[nextHeading++ % headings.length]!;
  const verbatim = opts.provenanceBlocks.filter((b) => {
    const t = stripOutlineNumber(b.text.trim()).text;
    return b.kind === "PARAGRAPH" && t.length >= 40 && t.length <= 400;
  });
  if (sentences.length < 50 || headings.length < 10) throw new Error("样例语料太少，无法生成基准讲话稿。");

  const sections: { level: HeadingLevel; heading: string; paragraphs: number }[] = [];
  for (let i = 0; i < LEVEL1_SECTIONS; i++) {
    sections.push({ level: 1, heading: heading(), paragraphs: 2 + Math.floor(r() * 3) });
    for (let j = 0; j < LEVEL2_PER_LEVEL1; j++)
      sections.push({ level: 2, heading: heading(), paragraphs: 2 + Math.floor(r() * 3) });
  }
  const headingChars = sections.reduce((n, s) => n + s.heading.length, 0);
  let slotsLeft = sections.reduce((n, s) => n + s.paragraphs, 0) + 1; // + the opening paragraph
  let charsLeft = SPEECH_CHARS - headingChars - "同志们：".length;

  // Each paragraph aims at the average the rest of the target needs, so the text ends near 20,000 characters.
  let blanks = 0;
  let verbatimIndex = Math.floor(r() * Math.max(1, verbatim.length));
  const paragraph = (): ParagraphNode => {
    const budget = charsLeft / slotsLeft--;
    const fits = verbatim.length ? verbatim[verbatimIndex % verbatim.length]! : null;
    const fitsText = fits ? stripOutlineNumber(fits.text.trim()).text : "";
    if (fits && r() < 0.3 && fitsText.length <= budget * 1.6) {
      verbatimIndex++;
      charsLeft -= fitsText.replace(/\s/g, "").length;
      return {
        type: "paragraph",
        attrs: { blockId: fits.id, blockVersion: fits.version, sourceHash: textHash(fitsText) },
        ...text(fitsText),
      };
    }
    if (fits && fitsText.length > budget * 1.6) verbatimIndex++; // too long for here: the next one may fit
    const want = budget * (0.7 + r() * 0.6);
    let t = blanks < 6 && r() < 0.06 ? PLACEHOLDERS[blanks++ % PLACEHOLDERS.length]! : "";
    for (;;) {
      const s = pick(r, sentences);
      if (t && t.length + s.length > want) break;
      t += s;
    }
    charsLeft -= t.replace(/\s/g, "").length;
    return { type: "paragraph", ...text(t) };
  };

  const content: SpeechNode[] = [
    { type: "speechTitle", ...text(opts.title) },
    { type: "speakerLine", ...text(opts.speakerLine) },
    { type: "salutation", ...text("同志们：") },
    paragraph(),
  ];
  for (const s of sections) {
    content.push({ type: "heading", attrs: { level: s.level }, ...text(s.heading) });
    for (let k = 0; k < s.paragraphs; k++) content.push(paragraph());
  }
  // At least three blanks, whatever the draw.
  const plain = content.filter((n): n is ParagraphNode => n.type === "paragraph" && !n.attrs?.blockId);
  for (let i = 1; blanks < 3; i++) {
    const p = plain[i * 11]!;
    p.content = [{ type: "text", text: `${PLACEHOLDERS[blanks++ % PLACEHOLDERS.length]}${p.content![0]!.text}` }];
  }
  const doc: SpeechDoc = { type: "doc", content };
  fitLength(doc, sentences, r);
  return doc;
}

/** Trims or extends the last recombined paragraph so that the body has exactly SPEECH_CHARS characters. */
function fitLength(doc: SpeechDoc, sentences: string[], r: () => number) {
  const last = [...doc.content].reverse().find((n): n is ParagraphNode => n.type === "paragraph" && !n.attrs?.blockId)!;
  let t = last.content![0]!.text;
  let diff = SPEECH_CHARS - bodyChars(doc);
  while (diff > 0) {
    const s = pick(r, sentences);
    t += s;
    diff -= s.replace(/\s/g, "").length;
  }
  if (diff < 0) t = t.slice(0, t.length + diff - 1) + "。";
  last.content = [{ type: "text", text: t }];
  const got = bodyChars(doc);
  if (got !== SPEECH_CHARS) throw new Error(`基准讲话稿长度 ${got}，应为 ${SPEECH_CHARS}`);
}

/** A clerk's small edit for the n-th autosave: a few characters typed into one paragraph (a fresh copy). */
export function editedCopy(doc: SpeechDoc, n: number, r: () => number): SpeechDoc {
  const content = doc.content.slice();
  const candidates = content.flatMap((node, i) => (node.type === "paragraph" && node.content?.length ? [i] : []));
  const i = pick(r, candidates);
  const node = content[i] as ParagraphNode;
  const old = node.content![0]!.text;
  const at = Math.floor(r() * old.length);
  const typed = `第${n}次修改`;
  content[i] = {
    ...node,
    content: [{ type: "text", text: old.slice(0, at) + typed + old.slice(at) }, ...node.content!.slice(1)],
  };
  return { type: "doc", content };
}

/** The speech's paragraphs and headings as stats for the log. */
export function describe(doc: SpeechDoc): string {
  const headings = doc.content.filter((n) => n.type === "heading");
  const paragraphs = doc.content.filter((n) => n.type === "paragraph");
  const withSource = paragraphs.filter((n) => (n as ParagraphNode).attrs?.blockId).length;
  return `${bodyChars(doc)} 字，${headings.length} 节（一级 ${headings.filter((h) => h.attrs.level === 1).length}），${paragraphs.length} 段（${withSource} 段来自素材库）`;
}
