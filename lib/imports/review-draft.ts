// A file held for review: the mined document as the clerk fixes it before it reaches the library. The edits are
// pure functions of the draft (merge two adjacent paragraphs, split one at a chosen point, change a category, turn
// a paragraph into a heading or back); review-file.ts applies them under the draft's optimistic version.
import { derivedBlockFields } from "../blocks/block-fields";
import { AppError } from "../errors";
import { placeBlocks } from "../mining/block-places";
import { tagsOfParts } from "../mining/tags";
import type { HeadingLevel, MinedBlock, MinedDocument, MinedSpeech } from "../mining/types";
import type { FileVerdict } from "./file-verdict";
import { MAX_HEADING_CHARS } from "./review-limits";
import type { Restoration } from "./restorations";

/**
 * The mined document as the clerk fixes it, its verdict, and the restorations with their context (worked out once,
 * when the file is held, so the report need not read the file's text).
 */
export type ReviewDraft = { mined: MinedDocument; verdict: FileVerdict; restorations: Restoration[] };

/** A block is named by its speech's order (1-based) and its position in that speech (0-based). */
export type BlockRef = { speech: number; position: number };

export type ReviewEdit =
  | ({ op: "merge" } & BlockRef)
  | ({ op: "split"; at: number } & BlockRef)
  | ({ op: "category"; category: string } & BlockRef)
  | ({ op: "heading"; level: HeadingLevel } & BlockRef)
  | ({ op: "paragraph" } & BlockRef);

/** Confidence of a category a person chose (the library's convention). */
const CHOSEN = 1;

const stale = () => new AppError("conflict", "这段内容已经变了（可能有人刚改过），请刷新后再试。");

/** The part of a draft the edits change: its speeches (the file's text stays where it is). */
export type DraftSpeeches = Pick<MinedDocument, "speeches">;

function speechOf(mined: DraftSpeeches, order: number): MinedSpeech {
  const speech = mined.speeches.find((s) => s.order === order);
  if (!speech) throw stale();
  return speech;
}

function blockAt(speech: MinedSpeech, position: number): MinedBlock {
  const block = speech.blocks[position];
  if (!block) throw stale();
  return block;
}

/** The block with a new text: its length, blanks and repeat hash follow the text. */
function withText(block: MinedBlock, text: string): MinedBlock {
  const { charCount, placeholders, normHash } = derivedBlockFields(text);
  return { ...block, text, charCount, placeholders, normHash };
}

function replaceBlocks(mined: DraftSpeeches, order: number, blocks: MinedBlock[]): DraftSpeeches {
  const renumbered = blocks.map((b, position) => ({ ...b, position }));
  return { speeches: mined.speeches.map((s) => (s.order === order ? { ...s, blocks: renumbered } : s)) };
}

function merge(mined: DraftSpeeches, ref: BlockRef): DraftSpeeches {
  const speech = speechOf(mined, ref.speech);
  const first = blockAt(speech, ref.position);
  const second = speech.blocks[ref.position + 1];
  if (!second) throw new AppError("invalid_input", "这是这篇讲话的最后一段，没有可以合并的下一段。");
  if (first.kind !== "paragraph" || second.kind !== "paragraph") {
    throw new AppError("invalid_input", "只能合并两个相邻的正文段落（标题不能合并）。");
  }
  const merged = withText({ ...first, tags: [...new Set([...first.tags, ...second.tags])] }, first.text + second.text);
  const blocks = [...speech.blocks];
  blocks.splice(ref.position, 2, merged);
  return replaceBlocks(mined, ref.speech, blocks);
}

const LEADING_COMMAS = /^[\s，、,]+/;
const TRAILING_COMMAS = /[\s，、,]+$/;
const SENTENCE_STOP = /^[。！？；：!?;:…]+[”’」』）)]*/;

function split(mined: DraftSpeeches, ref: BlockRef & { at: number }): DraftSpeeches {
  const speech = speechOf(mined, ref.speech);
  const block = blockAt(speech, ref.position);
  if (block.kind !== "paragraph") throw new AppError("invalid_input", "只能拆分正文段落。");
  // A click lands on either side of a full-width mark. A stop cut off its sentence goes back to it; a comma at the
  // cut, on either side, goes: no paragraph starts with one, and no heading or paragraph ends with one.
  let head = block.text.slice(0, ref.at).trimEnd();
  let tail = block.text.slice(ref.at).trimStart();
  const stop = SENTENCE_STOP.exec(tail);
  if (stop && head) {
    head += stop[0];
    tail = tail.slice(stop[0].length);
  }
  head = head.replace(TRAILING_COMMAS, "").trim();
  tail = tail.replace(LEADING_COMMAS, "").trim();
  if (ref.at <= 0 || ref.at >= block.text.length || !head || !tail) {
    throw new AppError("invalid_input", "拆分点必须在段落中间，拆开后的两段都要有文字。");
  }
  const blocks = [...speech.blocks];
  const [headTags, tailTags] = tagsOfParts(block.tags, [head, tail]);
  blocks.splice(
    ref.position,
    1,
    withText({ ...block, tags: headTags! }, head),
    withText({ ...block, tags: tailTags! }, tail),
  );
  return replaceBlocks(mined, ref.speech, blocks);
}

function setCategory(mined: DraftSpeeches, ref: BlockRef & { category: string }): DraftSpeeches {
  const speech = speechOf(mined, ref.speech);
  const block = blockAt(speech, ref.position);
  const blocks = [...speech.blocks];
  blocks[ref.position] = { ...block, category: ref.category, confidence: CHOSEN };
  return replaceBlocks(mined, ref.speech, blocks);
}

export { MAX_HEADING_CHARS };

/** A paragraph the miner did not see as a heading becomes one (or a heading a paragraph); the blocks after it take
 *  their enclosing headings and roles from the outline as it now is, as the parser would have given them. */
function setKind(mined: DraftSpeeches, ref: BlockRef, level: HeadingLevel | null): DraftSpeeches {
  const speech = speechOf(mined, ref.speech);
  const block = blockAt(speech, ref.position);
  if (level !== null && block.charCount > MAX_HEADING_CHARS) {
    throw new AppError(
      "invalid_input",
      `标题不能超过 ${MAX_HEADING_CHARS} 个字。如果标题和正文连在一起，请先在标题后“拆分”，再把拆出的标题设为标题。`,
    );
  }
  const blocks = [...speech.blocks];
  blocks[ref.position] = { ...block, kind: level === null ? "paragraph" : "heading", level };
  const placed = placeBlocks(blocks);
  return { speeches: mined.speeches.map((s) => (s.order === ref.speech ? { ...s, blocks: placed } : s)) };
}

export function applyReviewEdit(mined: DraftSpeeches, edit: ReviewEdit): DraftSpeeches {
  switch (edit.op) {
    case "merge":
      return merge(mined, edit);
    case "split":
      return split(mined, edit);
    case "category":
      return setCategory(mined, edit);
    case "heading":
      return setKind(mined, edit, edit.level);
    case "paragraph":
      return setKind(mined, edit, null);
  }
}
