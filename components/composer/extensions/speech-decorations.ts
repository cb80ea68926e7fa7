// One plugin draws everything computed from the structure: heading numbers (a data-number attribute shown by
// CSS, so no widget sits beside the cursor), the provenance, reuse and 素材库已更新 marks of paragraphs, and
// placeholder highlights. After an edit only the top-level nodes the edit touched are redrawn (a keystroke in a 20,000-
// character speech must not rebuild 800 decorations); heading numbers, a few dozen, are laid anew when the
// structure may have changed, and stay as they are when text was only typed or deleted inside nodes.
// While pinyin is being composed the decorations are only mapped; the composition's end redraws.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet, type EditorView } from "@tiptap/pm/view";
import { freshnessKey, provenanceOf } from "@/lib/speech-doc/block-freshness";
import { textHash } from "@/lib/speech-doc/doc-text";
import { findSpeechPlaceholders } from "@/lib/speech-doc/find-placeholders";
import { headingNumbers, type NumberingStyles } from "@/lib/speech-doc/numbering";
import { DEFAULT_SETTINGS, NODE, VARIABLE_MARK, type HeadingLevel } from "@/lib/speech-doc/types";
import { editedInside, touchedNodes, type NodeRange } from "./touched-nodes";

export type DecorationContext = {
  numbering: NumberingStyles;
  /** Blocks the same speaker used recently (the reuse warning), by block id. */
  reusedBlockIds: ReadonlySet<string>;
  /** Provenances (freshnessKey) of paragraphs whose block has new wording in the library. */
  staleKeys: ReadonlySet<string>;
};

type PluginState = { context: DecorationContext; decorations: DecorationSet; stale: boolean };
type Kind = { kind: "number" | "node" | "inline" };

export const speechDecorationsKey = new PluginKey<PluginState>("speechDecorations");

/** Heading numbers by the position of their heading. */
function numbering(doc: PMNode, styles: NumberingStyles): Map<number, string> {
  const levels: HeadingLevel[] = [];
  const positions: number[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name !== NODE.heading) return;
    levels.push(node.attrs.level as HeadingLevel);
    positions.push(pos);
  });
  const numbers = headingNumbers(levels, styles);
  return new Map(positions.map((p, i) => [p, numbers[i]!]));
}

/** Provenance, reuse and placeholder decorations of one top-level node. */
function nodeDecorations(node: PMNode, pos: number, context: DecorationContext, out: Decoration[]) {
  if (node.type.name === NODE.paragraph && node.attrs.blockId) {
    const changed = node.attrs.sourceHash && node.attrs.sourceHash !== textHash(node.textContent);
    const attrs: Record<string, string> = {
      "data-source": changed ? "changed" : "same",
      title: changed ? "来自素材库（已修改）：点击左侧标记查看" : "来自素材库：点击左侧标记查看",
    };
    if (context.reusedBlockIds.has(node.attrs.blockId)) attrs["data-reused"] = "1";
    const ref = context.staleKeys.size ? provenanceOf(node.attrs) : null;
    if (ref && context.staleKeys.has(freshnessKey(ref))) {
      attrs["data-fresh"] = "behind";
      attrs.title = `素材库已更新${changed ? "（本段插入后已修改）" : ""}：点击左侧标记查看新说法`;
    }
    out.push(Decoration.node(pos, pos + node.nodeSize, attrs, { kind: "node" } satisfies Kind));
  }
  if (!node.isTextblock || node.type.name === NODE.title) return;
  node.forEach((child, offset) => {
    if (!child.isText || child.marks.some((m) => m.type.name === VARIABLE_MARK)) return;
    const start = pos + 1 + offset;
    for (const p of findSpeechPlaceholders(child.text ?? ""))
      out.push(Decoration.inline(start + p.start, start + p.end, { class: "speech-placeholder" }, { kind: "inline" }));
  });
}

const numberDecoration = (node: PMNode, pos: number, number: string) =>
  Decoration.node(pos, pos + node.nodeSize, { "data-number": number }, { kind: "number" } satisfies Kind);

export function computeAll(doc: PMNode, context: DecorationContext): Pick<PluginState, "decorations"> {
  const out: Decoration[] = [];
  const byPos = numbering(doc, context.numbering);
  doc.forEach((node, pos) => {
    nodeDecorations(node, pos, context, out);
    const number = byPos.get(pos);
    if (number) out.push(numberDecoration(node, pos, number));
  });
  return { decorations: DecorationSet.create(doc, out) };
}

/** Redraws the provenance and placeholder decorations of the given top-level nodes (keeping heading numbers). */
function redrawNodes(decorations: DecorationSet, doc: PMNode, nodes: NodeRange[], context: DecorationContext) {
  const remove: Decoration[] = [];
  const add: Decoration[] = [];
  for (const { from, to } of nodes) {
    for (const d of decorations.find(from, to))
      if ((d.spec as Kind).kind !== "number" && d.from >= from && d.to <= to) remove.push(d);
    nodeDecorations(doc.nodeAt(from)!, from, context, add);
  }
  return decorations.remove(remove).add(doc, add);
}

function redraw(prev: PluginState, tr: Transaction, context: DecorationContext): PluginState {
  const doc = tr.doc;
  // Text typed or deleted inside nodes: the structure, and so every heading number, is as it was.
  const inside = editedInside(tr);
  if (inside)
    return {
      context,
      decorations: redrawNodes(prev.decorations.map(tr.mapping, doc), doc, inside, context),
      stale: false,
    };
  const touched = touchedNodes(tr);
  if (!touched) return { context, ...computeAll(doc, context), stale: false };
  const decorations = prev.decorations.map(tr.mapping, doc);
  const byPos = numbering(doc, context.numbering);
  // Heading numbers are laid anew (a few dozen; equal ones cost no DOM work): a moved section changes which
  // heading holds which number even when the sequence of levels stays the same.
  const remove: Decoration[] = decorations.find(undefined, undefined, (spec: Kind) => spec.kind === "number");
  const add: Decoration[] = [];
  doc.forEach((node, pos) => {
    const number = byPos.get(pos);
    if (number) add.push(numberDecoration(node, pos, number));
  });
  for (const { from, to } of touched) {
    // Everything inside the node, and any highlight that a join or split stretched across its edge.
    for (const d of decorations.find(from, to))
      if ((d.from >= from && d.to <= to) || ((d.spec as Kind).kind === "inline" && d.from < to && d.to > from))
        remove.push(d);
    nodeDecorations(doc.nodeAt(from)!, from, context, add);
  }
  return { context, decorations: decorations.remove([...new Set(remove)]).add(doc, add), stale: false };
}

const isComposing = (tr: Transaction) => tr.getMeta("composition") !== undefined;

export function speechDecorationsPlugin() {
  return new Plugin<PluginState>({
    key: speechDecorationsKey,
    state: {
      init: (_, state: EditorState) => {
        const context: DecorationContext = {
          numbering: DEFAULT_SETTINGS.numbering,
          reusedBlockIds: new Set(),
          staleKeys: new Set(),
        };
        return { context, ...computeAll(state.doc, context), stale: false };
      },
      apply: (tr, prev, _old, state) => {
        const next: Partial<DecorationContext> | "recompute" | undefined = tr.getMeta(speechDecorationsKey);
        if (next) {
          const context = next === "recompute" ? prev.context : { ...prev.context, ...next };
          return { context, ...computeAll(state.doc, context), stale: false };
        }
        if (!tr.docChanged) return prev;
        if (isComposing(tr)) return { ...prev, decorations: prev.decorations.map(tr.mapping, tr.doc), stale: true };
        if (prev.stale) return { context: prev.context, ...computeAll(state.doc, prev.context), stale: false };
        return redraw(prev, tr, prev.context);
      },
    },
    props: {
      decorations: (state) => speechDecorationsKey.getState(state)?.decorations,
      handleDOMEvents: {
        compositionend: (view) => {
          // ProseMirror flushes the composed text after this event; redraw once it has.
          setTimeout(() => {
            if (!view.isDestroyed && !view.composing && speechDecorationsKey.getState(view.state)?.stale)
              view.dispatch(view.state.tr.setMeta(speechDecorationsKey, "recompute"));
          }, 0);
          return false;
        },
      },
    },
  });
}

export const SpeechDecorations = Extension.create({
  name: "speechDecorations",
  addProseMirrorPlugins: () => [speechDecorationsPlugin()],
});

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));

/** Whether `next` changes nothing in `current` (the composer hands the same context again as it opens). */
function sameContext(current: DecorationContext, next: Partial<DecorationContext>) {
  return (
    (!next.numbering || JSON.stringify(next.numbering) === JSON.stringify(current.numbering)) &&
    (!next.reusedBlockIds || sameSet(next.reusedBlockIds, current.reusedBlockIds)) &&
    (!next.staleKeys || sameSet(next.staleKeys, current.staleKeys))
  );
}

/** Changes what the decorations depend on outside the document (numbering styles, reuse warnings, blocks with
 * newer wording); waits for a composition to end rather than redrawing under it, and redraws nothing when
 * nothing changed. */
export function setDecorationContext(view: EditorView, context: Partial<DecorationContext>) {
  const run = () => {
    if (view.isDestroyed) return;
    const current = speechDecorationsKey.getState(view.state)?.context;
    if (current && sameContext(current, context)) return;
    view.dispatch(view.state.tr.setMeta(speechDecorationsKey, context).setMeta("addToHistory", false));
  };
  if (!view.composing) return run();
  view.dom.addEventListener("compositionend", () => setTimeout(run, 0), { once: true });
}
