// One plugin draws everything computed from the structure: heading numbers (a data-number attribute shown by
// CSS, so no widget sits beside the cursor), the provenance and reuse marks of paragraphs, and placeholder
// highlights. It recomputes after each change, but never while pinyin is being composed: during a composition
// the old decorations are only mapped, and the composition's end triggers the recount.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { textHash } from "@/lib/speech-doc/doc-text";
import { headingNumbers, type NumberingStyles } from "@/lib/speech-doc/numbering";
import { findSpeechPlaceholders } from "@/lib/speech-doc/find-placeholders";
import { DEFAULT_SETTINGS, NODE, VARIABLE_MARK, type HeadingLevel } from "@/lib/speech-doc/types";

export type DecorationContext = {
  numbering: NumberingStyles;
  /** Blocks the same speaker used recently (the reuse warning), by block id. */
  reusedBlockIds: ReadonlySet<string>;
};

type PluginState = { context: DecorationContext; decorations: DecorationSet; stale: boolean };

export const speechDecorationsKey = new PluginKey<PluginState>("speechDecorations");

export function compute(doc: PMNode, context: DecorationContext): DecorationSet {
  const decorations: Decoration[] = [];
  const levels: HeadingLevel[] = [];
  const headingPositions: { pos: number; size: number }[] = [];
  doc.forEach((node, pos) => {
    if (node.type.name === NODE.heading) {
      levels.push(node.attrs.level as HeadingLevel);
      headingPositions.push({ pos, size: node.nodeSize });
    } else if (node.type.name === NODE.paragraph && node.attrs.blockId) {
      const changed = node.attrs.sourceHash && node.attrs.sourceHash !== textHash(node.textContent);
      const attrs: Record<string, string> = {
        "data-source": changed ? "changed" : "same",
        title: changed ? "来自素材库（已修改）：点击左侧标记查看" : "来自素材库：点击左侧标记查看",
      };
      if (context.reusedBlockIds.has(node.attrs.blockId)) attrs["data-reused"] = "1";
      decorations.push(Decoration.node(pos, pos + node.nodeSize, attrs));
    }
    if (node.isTextblock && node.type.name !== NODE.title) {
      node.forEach((child, offset) => {
        if (!child.isText || child.marks.some((m) => m.type.name === VARIABLE_MARK)) return;
        const start = pos + 1 + offset;
        for (const p of findSpeechPlaceholders(child.text ?? ""))
          decorations.push(Decoration.inline(start + p.start, start + p.end, { class: "speech-placeholder" }));
      });
    }
  });
  const numbers = headingNumbers(levels, context.numbering);
  headingPositions.forEach(({ pos, size }, i) =>
    decorations.push(Decoration.node(pos, pos + size, { "data-number": numbers[i] })),
  );
  return DecorationSet.create(doc, decorations);
}

const isComposing = (tr: Transaction) => tr.getMeta("composition") !== undefined;

export const SpeechDecorations = Extension.create({
  name: "speechDecorations",
  addProseMirrorPlugins() {
    return [
      new Plugin<PluginState>({
        key: speechDecorationsKey,
        state: {
          init: (_, state: EditorState) => {
            const context: DecorationContext = { numbering: DEFAULT_SETTINGS.numbering, reusedBlockIds: new Set() };
            return { context, decorations: compute(state.doc, context), stale: false };
          },
          apply: (tr, prev, _old, state) => {
            const next: Partial<DecorationContext> | "recompute" | undefined = tr.getMeta(speechDecorationsKey);
            const context = next && next !== "recompute" ? { ...prev.context, ...next } : prev.context;
            if (next || (tr.docChanged && !isComposing(tr)))
              return { context, decorations: compute(state.doc, context), stale: false };
            if (!tr.docChanged) return prev;
            return { context, decorations: prev.decorations.map(tr.mapping, tr.doc), stale: true };
          },
        },
        props: {
          decorations: (state) => speechDecorationsKey.getState(state)?.decorations,
          handleDOMEvents: {
            compositionend: (view) => {
              // ProseMirror flushes the composed text after this event; recount once it has.
              setTimeout(() => {
                if (!view.isDestroyed && !view.composing && speechDecorationsKey.getState(view.state)?.stale)
                  view.dispatch(view.state.tr.setMeta(speechDecorationsKey, "recompute"));
              }, 0);
              return false;
            },
          },
        },
      }),
    ];
  },
});

/** Changes what the decorations depend on outside the document (numbering styles, reuse warnings). */
export function setDecorationContext(
  view: { state: EditorState; dispatch: (tr: Transaction) => void },
  context: Partial<DecorationContext>,
) {
  view.dispatch(view.state.tr.setMeta(speechDecorationsKey, context).setMeta("addToHistory", false));
}
