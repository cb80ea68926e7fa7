// Paste from Word, WPS or a web page: the clipboard's HTML is read into paragraphs, headings are recognised by
// their numbers, and only nodes of the speech's schema are inserted. A paste copied from this editor (marked by
// ProseMirror's data-pm-slice) goes the default way, which keeps provenance attributes.
import { Extension } from "@tiptap/core";
import type { Slice, Node as PMNode, Schema } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { pastedNodes, pastedPlainText } from "@/lib/speech-doc/paste";
import { NODE, type SpeechNode } from "@/lib/speech-doc/types";
import { MAX_SPEAKER, MAX_SPEECH_TITLE } from "@/lib/speeches/limits";
import { paragraphsFromHtml } from "../paste-html";
import { pasteBlocksTr } from "./paste-blocks";

const MAX_PASTE_CHARS = 200_000;

function toNodes(schema: Schema, nodes: SpeechNode[]): PMNode[] {
  return nodes.filter((n) => n.type === NODE.heading || n.type === NODE.paragraph).map((n) => schema.nodeFromJSON(n));
}

/**
 * A paragraph copied inside the speech arrives as an open slice, which ProseMirror would merge into the paragraph
 * at the cursor, dropping its source. Pasted on an empty line or at the end of a paragraph, it is inserted as
 * whole paragraphs instead, provenance and all; anywhere else the default (inline) paste applies. Several lines
 * pasted into a heading follow the heading's rule (pasteIntoHeading), which the default paste would break by
 * splitting the heading into two numbered sections.
 */
function pasteOwnParagraphs(view: EditorView, slice: Slice): boolean {
  const nodes: PMNode[] = [];
  slice.content.forEach((n) => nodes.push(n));
  const blocks = nodes.filter((n) => n.type.name === NODE.paragraph || n.type.name === NODE.heading);
  const { $from, empty } = view.state.selection;
  const parent = $from.parent;
  const inHeading = parent.type.name === NODE.heading && $from.sameParent(view.state.selection.$to);
  const library = blocks.some((n) => n.type.name === NODE.paragraph && n.attrs.blockId);
  let paste = inHeading && blocks.length > 1;
  if (!paste && library && empty && $from.depth === 1)
    paste =
      (parent.type.name === NODE.paragraph && parent.content.size === 0) ||
      ($from.parentOffset === parent.content.size &&
        parent.type.name !== NODE.title &&
        parent.type.name !== NODE.byline);
  if (!paste) return false;
  view.dispatch(pasteBlocksTr(view.state, blocks).scrollIntoView());
  return true;
}

export const SpeechPaste = Extension.create({
  name: "speechPaste",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("speechPaste"),
        props: {
          handlePaste: (view, event, slice) => {
            const data = event.clipboardData;
            if (!data) return false;
            const html = data.getData("text/html");
            if (html && html.includes("data-pm-slice")) return pasteOwnParagraphs(view, slice);
            const text = data.getData("text/plain");
            if (!html && !text) return false;
            if ((html || text).length > MAX_PASTE_CHARS * 10) return true; // refuse absurd clipboards outright
            const paragraphs = html ? paragraphsFromHtml(html) : pastedPlainText(text);
            const nodes = toNodes(view.state.schema, pastedNodes(paragraphs));
            if (nodes.length === 0) return true;
            const { state } = view;
            const { $from } = state.selection;
            const parentName = $from.parent.type.name;
            // Into the title or speaker line: only the first line, as text, within the field's limit (a whole
            // speech pasted there would make a title or speaker no save accepts).
            if (parentName === NODE.title || parentName === NODE.byline) {
              const max = parentName === NODE.title ? MAX_SPEECH_TITLE : MAX_SPEAKER;
              const room = Math.max(0, max - $from.parent.textContent.length);
              view.dispatch(state.tr.insertText(nodes[0].textContent.slice(0, room)).scrollIntoView());
              return true;
            }
            // One plain paragraph: inline text at the cursor.
            if (nodes.length === 1 && nodes[0].type.name === NODE.paragraph) {
              view.dispatch(state.tr.insertText(nodes[0].textContent).scrollIntoView());
              return true;
            }
            view.dispatch(pasteBlocksTr(state, nodes).scrollIntoView());
            return true;
          },
        },
      }),
    ];
  },
});
