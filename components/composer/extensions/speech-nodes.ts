// The speech's node types, one extension each, matching lib/speech-doc/types.ts. Every node renders its own
// attributes into the HTML it writes and reads them back, so copy and paste inside the editor keeps
// provenance (a paragraph's source block) and heading levels; pasted HTML from elsewhere is normalised in
// paste-handler.ts before it gets here.
import { Node, mergeAttributes } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import { TextSelection } from "@tiptap/pm/state";
import { NODE, VARIABLE_MARK } from "@/lib/speech-doc/types";

export const SpeechDocument = Document.extend({
  content: `${NODE.title} ${NODE.byline} ${NODE.salutation}? (${NODE.paragraph} | ${NODE.heading})+`,
});

/** Enter at the end of a one-line node moves on to the next node instead of splitting it. */
function enterMovesOn(typeName: string) {
  return {
    Enter: ({ editor }: { editor: import("@tiptap/core").Editor }) => {
      const { state, view } = editor;
      const { $from, empty } = state.selection;
      if (!empty || $from.parent.type.name !== typeName) return false;
      const after = $from.after();
      const next = state.doc.resolve(after).nodeAfter;
      const tr = state.tr;
      if (!next || next.type.name === NODE.title || next.type.name === NODE.byline) {
        tr.insert(after, state.schema.nodes[NODE.paragraph].create());
      }
      tr.setSelection(TextSelection.near(tr.doc.resolve(after + 1)));
      view.dispatch(tr.scrollIntoView());
      return true;
    },
  };
}

export const SpeechTitle = Node.create({
  name: NODE.title,
  content: "text*",
  marks: VARIABLE_MARK,
  defining: true,
  parseHTML: () => [{ tag: "h1[data-speech-title]" }],
  renderHTML: ({ HTMLAttributes }) => ["h1", mergeAttributes(HTMLAttributes, { "data-speech-title": "" }), 0],
  addKeyboardShortcuts() {
    return enterMovesOn(this.name);
  },
});

export const SpeakerLine = Node.create({
  name: NODE.byline,
  content: "text*",
  marks: VARIABLE_MARK,
  defining: true,
  parseHTML: () => [{ tag: "p[data-speaker-line]", priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ["p", mergeAttributes(HTMLAttributes, { "data-speaker-line": "" }), 0],
  addKeyboardShortcuts() {
    return enterMovesOn(this.name);
  },
});

export const Salutation = Node.create({
  name: NODE.salutation,
  content: "text*",
  defining: true,
  parseHTML: () => [{ tag: "p[data-salutation]", priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => ["p", mergeAttributes(HTMLAttributes, { "data-salutation": "" }), 0],
  addKeyboardShortcuts() {
    return enterMovesOn(this.name);
  },
});

export const SpeechHeading = Node.create({
  name: NODE.heading,
  group: "block",
  content: "text*",
  defining: true,
  addAttributes() {
    return {
      level: {
        default: 1,
        parseHTML: (el) => {
          const n = Number(el.getAttribute("data-level"));
          return n >= 1 && n <= 3 ? n : 1;
        },
        renderHTML: (attrs) => ({ "data-level": attrs.level }),
      },
    };
  },
  // h2–h4 on screen so that the title stays the one h1.
  parseHTML: () => [{ tag: "h2[data-level]" }, { tag: "h3[data-level]" }, { tag: "h4[data-level]" }],
  renderHTML: ({ node, HTMLAttributes }) => [`h${Number(node.attrs.level) + 1}`, mergeAttributes(HTMLAttributes), 0],
  addKeyboardShortcuts() {
    const setLevel = (level: number) => () => this.editor.commands.setNode(this.name, { level }) || false;
    return {
      "Mod-Alt-1": setLevel(1),
      "Mod-Alt-2": setLevel(2),
      "Mod-Alt-3": setLevel(3),
      "Mod-Alt-0": () => this.editor.commands.setNode(NODE.paragraph),
      // Enter at the end of a heading starts a body paragraph, not another heading.
      Enter: () => {
        const { $from, empty } = this.editor.state.selection;
        if (!empty || $from.parent.type.name !== this.name || $from.parentOffset !== $from.parent.content.size)
          return false;
        return this.editor
          .chain()
          .insertContentAt($from.after(), { type: NODE.paragraph })
          .focus($from.after() + 1)
          .run();
      },
    };
  },
});

// Provenance read back from HTML is checked like the server checks it: a paste from another site (or a forged
// fragment) may carry anything, and one bad attribute would make every save of the speech fail.
const VALID = {
  blockId: (v: string) => (/^[A-Za-z0-9_-]{1,100}$/.test(v) ? v : null),
  blockVersion: (v: string) => (/^[1-9][0-9]{0,8}$/.test(v) ? Number(v) : null),
  sourceHash: (v: string) => (/^[0-9a-f]{8}$/.test(v) ? v : null),
};

const provenanceAttr = (name: keyof typeof VALID, dataName: string) => ({
  default: null,
  keepOnSplit: false,
  parseHTML: (el: HTMLElement) => {
    const raw = el.getAttribute(`data-${dataName}`);
    return raw ? VALID[name](raw) : null;
  },
  renderHTML: (attrs: Record<string, unknown>) =>
    attrs[name] == null ? {} : { [`data-${dataName}`]: String(attrs[name]) },
});

export const SpeechParagraph = Node.create({
  name: NODE.paragraph,
  group: "block",
  content: "text*",
  addAttributes() {
    return {
      blockId: provenanceAttr("blockId", "block-id"),
      blockVersion: provenanceAttr("blockVersion", "block-version"),
      sourceHash: provenanceAttr("sourceHash", "source-hash"),
    };
  },
  parseHTML: () => [{ tag: "p" }],
  renderHTML: ({ HTMLAttributes }) => ["p", mergeAttributes(HTMLAttributes), 0],
});
