// The composer's one list of extensions: the speech schema, history, drop cursor, and our own plugins (the hints
// in empty nodes among them).
import Text from "@tiptap/extension-text";
// From their own entry points: the package's index brings every extension into the bundle, used or not.
import { Dropcursor } from "@tiptap/extensions/drop-cursor";
import { UndoRedo } from "@tiptap/extensions/undo-redo";
import { NODE } from "@/lib/speech-doc/types";
import { BlockTransfer, type BlockTransferOptions } from "./block-transfer";
import { EmptyHints } from "./empty-hints";
import { FindReplace } from "./find-replace";
import { SpeechPaste } from "./paste-handler";
import { SectionMoves } from "./section-moves";
import { SpeechDecorations } from "./speech-decorations";
import { Salutation, SpeakerLine, SpeechDocument, SpeechHeading, SpeechParagraph, SpeechTitle } from "./speech-nodes";
import { VariableMark } from "./variable-mark";

const EMPTY_HINTS: Record<string, string> = {
  [NODE.title]: "讲话标题，如：在全县安全生产工作会议上的讲话",
  [NODE.byline]: "讲话人和日期，如：县长 张三（2026年12月1日）",
  [NODE.salutation]: "称呼，如：同志们：",
  [NODE.heading]: "标题",
  [NODE.paragraph]: "正文，或从右侧素材库插入段落",
};

export function speechExtensions(options: BlockTransferOptions) {
  return [
    SpeechDocument,
    Text,
    SpeechTitle,
    SpeakerLine,
    Salutation,
    SpeechHeading,
    SpeechParagraph,
    VariableMark,
    UndoRedo.configure({ depth: 200 }),
    Dropcursor.configure({ color: "#b42318", width: 2 }),
    EmptyHints.configure({ hints: EMPTY_HINTS }),
    SpeechDecorations,
    BlockTransfer.configure(options),
    SpeechPaste,
    SectionMoves,
    FindReplace,
  ];
}
