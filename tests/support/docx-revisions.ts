// Reading tracked changes (修订) out of a .docx's document.xml as Word applies them: every w:ins and w:del with its
// author, date and text, and the text of every paragraph after 全部接受 (insertions kept, deletions dropped, a
// deleted paragraph mark joining its paragraph to the next) or 全部拒绝 (the other way round).
import { all, attr, child, parseXml, W_NS } from "./docx-xml";

export type Revision = { kind: "ins" | "del"; id: string; author: string | null; date: string | null; text: string };
export type RevisedParagraph = {
  pieces: { op: "equal" | "insert" | "delete"; text: string }[];
  mark: "equal" | "insert" | "delete";
};

const runText = (r: Element) => [...all(r, "t"), ...all(r, "delText")].map((t) => t.textContent ?? "").join("");

/** The run's change: the w:ins or w:del it sits in, if any. */
function runOp(r: Element): "equal" | "insert" | "delete" {
  const parent = r.parentNode as Element | null;
  return parent?.localName === "ins" ? "insert" : parent?.localName === "del" ? "delete" : "equal";
}

export function revisedParagraphs(documentXml: string): RevisedParagraph[] {
  const body = all(parseXml(documentXml), "body")[0]!;
  return all(body, "p").map((p) => {
    const rPr = child(child(p, "pPr"), "rPr");
    return {
      pieces: all(p, "r").map((r) => ({ op: runOp(r), text: runText(r) })),
      mark: child(rPr, "ins") ? "insert" : child(rPr, "del") ? "delete" : "equal",
    };
  });
}

/** Every w:ins and w:del in the body (around runs, and on paragraph marks with empty text), in document order. */
export function revisions(documentXml: string): Revision[] {
  const out: Revision[] = [];
  const walk = (el: Element) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.namespaceURI === W_NS && (e.localName === "ins" || e.localName === "del")) {
        const text = all(e, "r").map(runText).join("");
        out.push({
          kind: e.localName,
          id: attr(e, "id") ?? "",
          author: attr(e, "author"),
          date: attr(e, "date"),
          text,
        });
      }
      walk(e);
    }
  };
  walk(all(parseXml(documentXml), "body")[0]!);
  return out;
}

/**
 * Each paragraph's text after accepting (`"accept"`) or rejecting (`"reject"`) every change: of paragraphs read
 * back from a file (revisedParagraphs) or of the builder's own (lib/export/tracked-paragraphs.ts).
 */
export function resolveAll(paragraphs: readonly RevisedParagraph[], how: "accept" | "reject"): string[] {
  const dropped = how === "accept" ? "delete" : "insert";
  const out: string[] = [];
  let carry = "";
  for (const p of paragraphs) {
    carry += p.pieces
      .filter((x) => x.op !== dropped)
      .map((x) => x.text)
      .join("");
    if (p.mark === dropped) continue;
    out.push(carry);
    carry = "";
  }
  if (carry) out.push(carry);
  return out;
}
