"use client";
// The composer's Tiptap editor. Its options are made once: Tiptap's useEditor compares them after every render of
// the composer and, when they differ (a new list of extensions, a new editorProps object), hands them to the
// editor again, which redraws the view.
import { useEditor } from "@tiptap/react";
import { useState } from "react";
import type { SpeechDetail } from "@/lib/speeches/types";
import { speechExtensions } from "./extensions";
import type { BlockTransferOptions } from "./extensions/block-transfer";

const EDITOR_PROPS = { attributes: { class: "speech-editor", "aria-label": "讲话稿正文", spellcheck: "false" } };

export function useSpeechEditor(
  content: SpeechDetail["content"],
  editable: boolean,
  onDropBlock: BlockTransferOptions["onDropBlock"],
) {
  const [extensions] = useState(() => speechExtensions({ onDropBlock }));
  return useEditor({
    extensions,
    content,
    editable,
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    editorProps: EDITOR_PROPS,
  });
}
