// Speech documents for tests: the nodes of lib/speech-doc/types.ts built from plain strings.
import type { HeadingLevel, ParagraphNode, SpeechDoc, SpeechNode } from "../speech-doc/types";

const content = (text: string) => (text ? { content: [{ type: "text" as const, text }] } : {});

export const titleNode = (text: string): SpeechNode => ({ type: "speechTitle", ...content(text) });
/** The speaker line under the title, which is the speech's 讲话人 (a save takes it as the field). */
export const bylineNode = (text: string): SpeechNode => ({ type: "speakerLine", ...content(text) });
export const headingNode = (level: HeadingLevel, text: string): SpeechNode => ({
  type: "heading",
  attrs: { level },
  ...content(text),
});
/** A paragraph; with a block it carries the block's provenance as the composer writes it. */
export const paragraphNode = (text: string, block?: { id: string; version?: number }): ParagraphNode => ({
  type: "paragraph",
  attrs: { blockId: block?.id ?? null, blockVersion: block ? (block.version ?? 1) : null, sourceHash: null },
  ...content(text),
});
/** A document in the order the editor requires: the given title (else 讲话), a speaker line, then the rest. */
export const testDoc = (...nodes: SpeechNode[]): SpeechDoc => {
  const title = nodes.find((n) => n.type === "speechTitle") ?? titleNode("讲话");
  const byline = nodes.find((n) => n.type === "speakerLine") ?? { type: "speakerLine" };
  const rest = nodes.filter((n) => n !== title && n !== byline);
  return { type: "doc", content: [title, byline, ...(rest.length ? rest : [paragraphNode("")])] };
};

/** A document that uses these blocks, one paragraph each, under one heading; with the speaker under the title. */
export const docUsing = (blocks: { id: string; text?: string }[], title = "讲话", speaker = ""): SpeechDoc =>
  testDoc(
    titleNode(title),
    bylineNode(speaker),
    headingNode(1, "充分认清形势"),
    ...blocks.map((b) => paragraphNode(b.text ?? `引用的段落 ${b.id}`, b)),
  );
