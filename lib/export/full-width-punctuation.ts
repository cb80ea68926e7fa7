// The exported file never carries ASCII , ; : ? ! ( ) beside Chinese text (GB/T 9704 text uses full-width marks):
// the export puts in the same replacements the pre-export check offers. Quotes are left as written, since
// pairing “ and ” from a half-width " can guess wrong; the check lists them for the clerk instead.
import { nodeText } from "../speech-doc/doc-text";
import type { SpeechDoc } from "../speech-doc/types";
import { applyPunctuationFixes } from "./apply-punctuation-fixes";
import { findPunctuation } from "./preflight-punctuation";
import type { PreflightIssue } from "./preflight-types";

function onePass(doc: SpeechDoc): SpeechDoc {
  const fixes: PreflightIssue[] = doc.content.flatMap((node, nodeIndex) =>
    findPunctuation(nodeText(node))
      .filter((s) => s.kind === "ascii-punctuation")
      .map((s) => ({ ...s, nodeIndex, severity: "warning" as const, where: "", message: "", fix: "" })),
  );
  return fixes.length ? applyPunctuationFixes(doc, fixes) : doc;
}

/** Repeated until nothing changes: a mark next to one just made full-width (“(重要)!”) is beside Chinese only then. */
export function withFullWidthPunctuation(doc: SpeechDoc): SpeechDoc {
  let current = doc;
  for (let pass = 0; pass < 4; pass++) {
    const next = onePass(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
