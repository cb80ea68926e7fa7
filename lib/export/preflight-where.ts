// "Where" labels for the pre-export check: each node named as a clerk finds it on paper — 标题, 讲话人, 称呼,
// 二、（三）小标题, 二、（三）第2段 — using the same heading numbers the editor and the export show.
import { headingNumbers } from "../speech-doc/numbering";
import { NODE, type HeadingLevel, type SpeechDoc, type SpeechSettings } from "../speech-doc/types";

export type NodePlace = {
  /** The label shown to the clerk. */
  where: string;
  /** Numbers of the enclosing headings, outermost first (for a heading: ending with its own). */
  path: string[];
};

/** A label per node of doc.content, in the same order. */
export function nodePlaces(doc: SpeechDoc, numbering: SpeechSettings["numbering"]): NodePlace[] {
  const levels: HeadingLevel[] = [];
  for (const node of doc.content) if (node.type === NODE.heading) levels.push(node.attrs.level);
  const numbers = headingNumbers(levels, numbering);

  let h = 0;
  // The open heading at each level (index 0 = level 1); a new heading closes every deeper one.
  const open: (string | null)[] = [null, null, null];
  let paragraphs = 0;
  return doc.content.map((node) => {
    const path = open.filter((n): n is string => n !== null);
    switch (node.type) {
      case NODE.title:
        return { where: "标题", path };
      case NODE.byline:
        return { where: "讲话人", path };
      case NODE.salutation:
        return { where: "称呼", path };
      case NODE.heading: {
        const i = node.attrs.level - 1;
        open[i] = numbers[h++]!;
        for (let d = i + 1; d < open.length; d++) open[d] = null;
        paragraphs = 0;
        const own = open.filter((n): n is string => n !== null);
        return { where: `${own.join("")}小标题`, path: own };
      }
      default: {
        paragraphs += 1;
        const section = path.length ? path.join("") : "开头";
        return { where: `${section}第${paragraphs}段`, path };
      }
    }
  });
}
