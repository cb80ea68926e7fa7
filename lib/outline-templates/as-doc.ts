import type { SpeechDoc } from "../speech-doc/types";

/** A stored speech text as a document; anything without a node list (an old or broken row) reads as empty. */
export const asDoc = (content: unknown): SpeechDoc =>
  content && typeof content === "object" && Array.isArray((content as SpeechDoc).content)
    ? (content as SpeechDoc)
    : { type: "doc", content: [] };
