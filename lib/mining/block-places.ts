// Where each block of a speech stands: its role (opening before the first heading, closing for the trailing run of
// paragraphs that starts with 同志们，… / 谢谢大家 / 总之…), the headings that enclose it and its position. Shared
// by the parser and by the import review, where a clerk turns a paragraph into a heading or back.
import { isClosingStart } from "./outline-patterns";
import type { BlockRole, ParsedBlock } from "./types";

const THANKS_END_RE = /谢谢(?:大家|各位|同志们)?[。！!]?$/;

type Shape = Pick<ParsedBlock, "kind" | "level" | "text">;
export type Place = { role: BlockRole; headingPath: string[]; position: number };

export function placeBlocks<B extends Shape>(blocks: B[]): (B & Place)[] {
  const firstHeading = blocks.findIndex((b) => b.kind === "heading");
  let lastHeading = -1;
  blocks.forEach((b, i) => {
    if (b.kind === "heading") lastHeading = i;
  });
  // The closing: the trailing run of paragraphs that starts with a closing phrase, not a section's first paragraph.
  let closing = blocks.length;
  const earliest = lastHeading >= 0 ? lastHeading + 2 : 1;
  for (let i = blocks.length - 1; i >= earliest && blocks[i]!.kind === "paragraph"; i--) {
    if (isClosingStart(blocks[i]!.text)) closing = i;
  }
  // A last paragraph that thanks the audience (各位，…谢谢大家。) closes the speech, however it starts.
  const last = blocks.length - 1;
  if (
    closing > last &&
    last >= earliest &&
    blocks[last]!.kind === "paragraph" &&
    THANKS_END_RE.test(blocks[last]!.text)
  )
    closing = last;
  const path: string[] = [];
  return blocks.map((b, i) => {
    let role: BlockRole = "body";
    if (firstHeading < 0 ? i === 0 && blocks.length > 1 : i < firstHeading) role = "opening";
    if (i >= closing) role = "closing";
    let headingPath: string[];
    if (b.kind === "heading") {
      const level = b.level ?? 1;
      path.length = Math.min(path.length, level - 1);
      headingPath = path.slice();
      while (path.length < level - 1) path.push("");
      path.push(b.text);
    } else headingPath = role === "body" ? path.filter(Boolean) : [];
    // Object.assign, not a spread: V8 (Node 20) adds a new key to a spread copy by a slow path, ~20× the cost.
    const placed = Object.assign({}, b) as B & Place;
    placed.role = role;
    placed.headingPath = headingPath.filter(Boolean);
    placed.position = i;
    return placed;
  });
}
