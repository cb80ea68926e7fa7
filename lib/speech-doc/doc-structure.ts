// The order of a speech's nodes, as the editor's schema requires it: title, speaker line, an optional salutation,
// then one or more headings and paragraphs. The server refuses a save that breaks it, and a stored document that
// breaks it (written before this rule, or by hand) is put back into shape when read, so the editor can open it.
import { NODE, type SpeechDoc, type SpeechNode } from "./types";

const BODY = new Set<string>([NODE.paragraph, NODE.heading]);

export function hasSpeechStructure(doc: SpeechDoc): boolean {
  const nodes = doc.content;
  if (nodes[0]?.type !== NODE.title || nodes[1]?.type !== NODE.byline) return false;
  const start = nodes[2]?.type === NODE.salutation ? 3 : 2;
  if (nodes.length <= start) return false;
  for (let i = start; i < nodes.length; i++) if (!BODY.has(nodes[i]!.type)) return false;
  return true;
}

/** The same document in the required order: nothing is dropped, misplaced title-like nodes become paragraphs. */
export function withSpeechStructure(doc: { content?: SpeechNode[] } | null | undefined, title: string): SpeechDoc {
  const nodes = Array.isArray(doc?.content) ? doc.content : [];
  const candidate = { type: "doc" as const, content: nodes };
  if (hasSpeechStructure(candidate)) return candidate;
  const titleNode = nodes.find((n) => n.type === NODE.title);
  const byline = nodes.find((n) => n.type === NODE.byline);
  const salutation = nodes.find((n) => n.type === NODE.salutation);
  const body: SpeechNode[] = nodes
    .filter((n) => n !== titleNode && n !== byline && n !== salutation)
    .map((n) => (BODY.has(n.type) ? n : { type: NODE.paragraph, content: n.content }));
  return {
    type: "doc",
    content: [
      titleNode ?? { type: NODE.title, content: title ? [{ type: "text", text: title }] : undefined },
      byline ?? { type: NODE.byline },
      ...(salutation ? [salutation] : []),
      ...(body.length ? body : [{ type: NODE.paragraph } as SpeechNode]),
    ],
  };
}
