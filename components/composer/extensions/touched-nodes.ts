// Which top-level nodes of the speech a transaction touched, for the plugins that redraw only there (the
// decorations and the hints in empty nodes). A keystroke touches one paragraph of a 20,000-character speech.
import type { Transaction } from "@tiptap/pm/state";

export type NodeRange = { from: number; to: number };

/** The ranges each step replaced, in the new document; null when a step replaced none (an attribute step). */
function changedRanges(tr: Transaction): NodeRange[] | null {
  const maps = tr.mapping.maps;
  const ranges: NodeRange[] = [];
  for (let i = 0; i < maps.length; i++) {
    let any = false;
    maps[i]!.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      any = true;
      let from = newStart;
      let to = newEnd;
      for (let j = i + 1; j < maps.length; j++) {
        from = maps[j]!.map(from, -1);
        to = maps[j]!.map(to, 1);
      }
      ranges.push({ from, to });
    });
    if (!any) return null;
  }
  return ranges;
}

/**
 * Top-level nodes an edit touched, with their neighbours (a join or a split touches their ends), in the new
 * document; null when a step cannot tell (redraw everything).
 */
export function touchedNodes(tr: Transaction): NodeRange[] | null {
  const ranges = changedRanges(tr);
  if (!ranges) return null;
  const doc = tr.doc;
  const nodes = new Map<number, number>();
  for (const r of ranges) {
    const first = doc.resolve(Math.min(r.from, doc.content.size)).index(0);
    const last = doc.resolve(Math.min(r.to, doc.content.size)).index(0);
    let pos = 0;
    for (let i = 0; i < doc.childCount && i <= last + 1; i++) {
      const size = doc.child(i).nodeSize;
      if (i >= first - 1) nodes.set(pos, pos + size);
      pos += size;
    }
  }
  return [...nodes].map(([from, to]) => ({ from, to }));
}

/**
 * The top-level nodes an edit changed only inside (typing, deleting or pasting text within one textblock):
 * no node came, went, split, joined or changed its type or attributes, so anything computed from the
 * structure alone (heading numbers) still holds and nothing outside these nodes needs redrawing. Null
 * otherwise.
 */
export function editedInside(tr: Transaction): NodeRange[] | null {
  if (tr.before.childCount !== tr.doc.childCount) return null;
  const ranges = changedRanges(tr);
  if (!ranges) return null;
  const doc = tr.doc;
  const nodes = new Map<number, number>();
  for (const r of ranges) {
    if (r.from < 1 || r.to > doc.content.size - 1) return null;
    const $from = doc.resolve(r.from);
    const $to = doc.resolve(r.to);
    // Both ends inside the content of the same top-level textblock (not at its edges, where a node starts).
    if ($from.depth < 1 || $to.depth < 1 || $from.index(0) !== $to.index(0)) return null;
    const start = $from.before(1);
    nodes.set(start, start + doc.child($from.index(0)).nodeSize);
  }
  return [...nodes].map(([from, to]) => ({ from, to }));
}
