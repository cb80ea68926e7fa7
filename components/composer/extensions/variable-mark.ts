// Text filled from a speech variable (单位, 会议名称 …): changing the variable later rewrites every span that
// carries this mark. Not inclusive, so typing right after a filled value is ordinary text.
import { Mark, mergeAttributes } from "@tiptap/core";
import { VARIABLE_KEYS, VARIABLE_MARK } from "@/lib/speech-doc/types";

export const VariableMark = Mark.create({
  name: VARIABLE_MARK,
  inclusive: false,
  excludes: "_",
  addAttributes() {
    return {
      name: {
        default: "unit",
        parseHTML: (el) => {
          const v = el.getAttribute("data-variable");
          return (VARIABLE_KEYS as readonly string[]).includes(v ?? "") ? v : "unit";
        },
        renderHTML: (attrs) => ({ "data-variable": attrs.name }),
      },
    };
  },
  parseHTML: () => [{ tag: "span[data-variable]" }],
  renderHTML: ({ HTMLAttributes }) => ["span", mergeAttributes(HTMLAttributes, { class: "speech-variable" }), 0],
});
