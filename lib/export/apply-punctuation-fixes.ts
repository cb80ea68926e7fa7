// The pre-export check's one-click fix: puts each chosen issue's replacement (full-width punctuation) in place of
// its span. Pure: returns a new document. A node's text may be split into several text nodes by marks, so a span
// is cut out of whichever text nodes it covers; the replacement takes the marks of the text node it starts in.
import { nodeText } from "../speech-doc/doc-text";
import type { SpeechDoc, SpeechNode, TextNode } from "../speech-doc/types";
import type { PreflightIssue } from "./preflight-types";

type Edit = { offset: number; length: number; replacement: string };

function replaceSpan(content: TextNode[], edit: Edit): TextNode[] {
  const end = edit.offset + edit.length;
  const out: TextNode[] = [];
  let pos = 0;
  let inserted = false;
  for (const t of content) {
    const from = pos;
    const to = pos + t.text.length;
    pos = to;
    if (to <= edit.offset || from >= end) {
      out.push(t);
      continue;
    }
    const keepBefore = t.text.slice(0, Math.max(0, edit.offset - from));
    const keepAfter = t.text.slice(Math.max(0, Math.min(t.text.length, end - from)));
    const text = keepBefore + (inserted ? "" : edit.replacement) + keepAfter;
    inserted = true;
    if (text) out.push({ ...t, text });
  }
  return out;
}

/**
 * The document with every issue's replacement applied. Issues without a replacement, without a span, or whose
 * text is no longer at their offset (the doc changed since the check) are skipped, as are overlapping ones.
 */
export function applyPunctuationFixes(doc: SpeechDoc, issues: readonly PreflightIssue[]): SpeechDoc {
  const byNode = new Map<number, Edit[]>();
  for (const i of issues) {
    if (i.replacement === undefined || i.nodeIndex === null || i.offset === undefined || !i.length) {
      continue;
    }
    const node = doc.content[i.nodeIndex];
    if (!node) continue;
    if (i.text !== undefined && nodeText(node).slice(i.offset, i.offset + i.length) !== i.text) continue;
    const edits = byNode.get(i.nodeIndex) ?? [];
    edits.push({ offset: i.offset, length: i.length, replacement: i.replacement });
    byNode.set(i.nodeIndex, edits);
  }
  if (!byNode.size) return doc;
  return {
    ...doc,
    content: doc.content.map((node, index): SpeechNode => {
      const edits = byNode.get(index);
      if (!edits) return node;
      // Last first, so earlier offsets stay valid; an edit overlapping the one after it is dropped.
      edits.sort((a, b) => b.offset - a.offset);
      let content = node.content ?? [];
      let limit = Infinity;
      for (const e of edits) {
        if (e.offset + e.length > limit) continue;
        content = replaceSpan(content, e);
        limit = e.offset;
      }
      return { ...node, content } as SpeechNode;
    }),
  };
}
