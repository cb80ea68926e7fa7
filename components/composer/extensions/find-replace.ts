// Find and replace inside the speech: matches are decorations, recomputed when the text or the query changes;
// replacing goes through ordinary transactions, so undo works.
import { Extension } from "@tiptap/core";
import type { Node as PMNode } from "@tiptap/pm/model";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";

export type Match = { from: number; to: number };
type FindState = { query: string; matches: Match[]; current: number; decorations: DecorationSet };

export const findKey = new PluginKey<FindState>("findReplace");

function findMatches(doc: PMNode, query: string): Match[] {
  if (!query) return [];
  const out: Match[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = node.textContent;
    for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + query.length)) {
      out.push({ from: pos + 1 + i, to: pos + 1 + i + query.length });
      if (out.length >= 5000) return false;
    }
    return false;
  });
  return out;
}

function build(doc: PMNode, query: string, current: number): FindState {
  const matches = findMatches(doc, query);
  const cur = matches.length ? Math.min(Math.max(current, 0), matches.length - 1) : -1;
  const decorations = DecorationSet.create(
    doc,
    matches.map((m, i) =>
      Decoration.inline(m.from, m.to, { class: i === cur ? "find-match find-current" : "find-match" }),
    ),
  );
  return { query, matches, current: cur, decorations };
}

export const FindReplace = Extension.create({
  name: "findReplace",
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: (_, state) => build(state.doc, "", -1),
          apply: (tr, prev) => {
            const meta = tr.getMeta(findKey) as { query?: string; current?: number } | undefined;
            if (meta) return build(tr.doc, meta.query ?? prev.query, meta.current ?? prev.current);
            if (tr.docChanged && prev.query) return build(tr.doc, prev.query, prev.current);
            return prev;
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ];
  },
});

export const findState = (state: EditorState) => findKey.getState(state)!;

function select(tr: Transaction, m: Match | undefined) {
  if (m) tr.setSelection(TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView();
  return tr;
}

export function setFindQuery(state: EditorState, query: string): Transaction {
  const matches = findMatches(state.doc, query);
  const after = matches.findIndex((m) => m.from >= state.selection.from);
  const current = after >= 0 ? after : 0;
  return select(state.tr.setMeta(findKey, { query, current }), matches[current]);
}

export function stepFind(state: EditorState, direction: 1 | -1): Transaction | null {
  const s = findState(state);
  if (!s.matches.length) return null;
  const current = (s.current + direction + s.matches.length) % s.matches.length;
  return select(state.tr.setMeta(findKey, { current }), s.matches[current]);
}

export function replaceCurrent(state: EditorState, replacement: string): Transaction | null {
  const s = findState(state);
  const m = s.matches[s.current];
  if (!m) return null;
  const tr = replacement ? state.tr.insertText(replacement, m.from, m.to) : state.tr.delete(m.from, m.to);
  return tr.setMeta(findKey, { current: s.current });
}

export function replaceAll(state: EditorState, replacement: string): Transaction | null {
  const s = findState(state);
  if (!s.matches.length) return null;
  const tr = state.tr;
  for (const m of [...s.matches].reverse()) {
    if (replacement) tr.insertText(replacement, m.from, m.to);
    else tr.delete(m.from, m.to);
  }
  return tr;
}
