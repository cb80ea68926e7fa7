"use client";
// The composer's toolbar: save state, undo and redo, heading levels, find, copy as text, export, full screen, status.
import type { Editor } from "@tiptap/core";
import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { memo, useEffect, useState } from "react";
import { NODE } from "@/lib/speech-doc/types";
import { SPEECH_STATUS_LABELS, type SpeechStatus } from "@/lib/speeches/types";
import { HelpPopover } from "./help-popover";
import type { SaverState } from "./speech-saver";
import { VersionsButton } from "@/components/versions/versions-button";

const SAVE_TEXT: Record<SaverState["status"], string> = {
  saved: "已保存",
  dirty: "未保存",
  saving: "保存中…",
  offline: "未保存（离线，已存在本机）",
  "signed-out": "未保存（登录已失效，已存在本机）",
  conflict: "保存冲突",
  final: "已定稿，修改未保存（留在本机）",
  error: "保存失败",
};

function Tool({
  label,
  onClick,
  disabled,
  active,
  title,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  active?: boolean;
  title?: string;
}) {
  return (
    <button
      type="button"
      title={title ?? label}
      disabled={disabled}
      aria-pressed={active}
      onMouseDown={(e) => e.preventDefault()} // keep the editor's selection
      onClick={onClick}
      className={`rounded px-2 py-1 text-sm disabled:opacity-40 ${active ? "bg-stone-800 text-white" : "hover:bg-stone-200"}`}
    >
      {label}
    </button>
  );
}

export const ComposerToolbar = memo(function ComposerToolbar(p: {
  editor: Editor;
  save: SaverState;
  status: SpeechStatus;
  readOnly: boolean;
  canEdit: boolean;
  fullScreen: boolean;
  onFullScreen: () => void;
  onFind: () => void;
  onCopyText: () => void;
  onSaveAsBlock: () => void;
  onStatus: (next: SpeechStatus) => void;
  onSaveNow: () => void;
  onExport: () => void;
}) {
  const { editor } = p;
  // Re-render only when what the buttons show changes, not on every keystroke. Whether undo and redo can run is
  // read from the history's depth (editor.can() would build every command for each keystroke).
  const [, setShown] = useState("");
  useEffect(() => {
    let shown = "";
    const rerender = () => {
      const { state } = editor;
      const { $from } = state.selection;
      const next = `${$from.parent.type.name}|${$from.parent.attrs.level}|${$from.parent.content.size > 0}|${undoDepth(state) > 0}|${redoDepth(state) > 0}`;
      if (next === shown) return; // nothing for React to schedule
      shown = next;
      setShown(next);
    };
    editor.on("selectionUpdate", rerender);
    editor.on("update", rerender);
    return () => {
      editor.off("selectionUpdate", rerender);
      editor.off("update", rerender);
    };
  }, [editor]);
  const parent = editor.state.selection.$from.parent;
  const level = parent.type.name === NODE.heading ? (parent.attrs.level as number) : 0;
  const body = parent.type.name === NODE.heading || parent.type.name === NODE.paragraph;
  const setLevel = (l: number) =>
    l
      ? editor.chain().focus().setNode(NODE.heading, { level: l }).run()
      : editor.chain().focus().setNode(NODE.paragraph).run();

  return (
    <div
      role="toolbar"
      aria-label="编辑工具"
      className="flex flex-wrap items-center gap-1 border-b border-stone-200 bg-white px-2 py-1"
    >
      <span
        role="status"
        data-save-status={p.save.status}
        title={p.save.message ?? undefined}
        className={`mr-2 min-w-16 text-sm ${p.save.status === "saved" ? "text-stone-500" : p.save.status === "conflict" || p.save.status === "error" || p.save.status === "signed-out" ? "text-brand-700" : "text-amber-700"}`}
      >
        {p.readOnly ? "只读" : SAVE_TEXT[p.save.status]}
      </span>
      {!p.readOnly ? (
        <>
          <Tool label="立即保存" onClick={p.onSaveNow} disabled={p.save.status === "saved"} />
          <Tool
            label="撤销"
            onClick={() => editor.chain().focus().undo().run()}
            disabled={undoDepth(editor.state) === 0}
          />
          <Tool
            label="重做"
            onClick={() => editor.chain().focus().redo().run()}
            disabled={redoDepth(editor.state) === 0}
          />
          <span className="mx-1 h-5 w-px bg-stone-300" />
          <Tool
            label="一级标题"
            active={level === 1}
            disabled={!body}
            onClick={() => setLevel(1)}
            title="一级标题（Ctrl+Alt+1）"
          />
          <Tool
            label="二级标题"
            active={level === 2}
            disabled={!body}
            onClick={() => setLevel(2)}
            title="二级标题（Ctrl+Alt+2）"
          />
          <Tool
            label="三级标题"
            active={level === 3}
            disabled={!body}
            onClick={() => setLevel(3)}
            title="三级标题（Ctrl+Alt+3）"
          />
          <Tool
            label="正文"
            active={parent.type.name === NODE.paragraph}
            disabled={!body}
            onClick={() => setLevel(0)}
            title="正文（Ctrl+Alt+0）"
          />
          <span className="mx-1 h-5 w-px bg-stone-300" />
        </>
      ) : null}
      <Tool label="查找替换" onClick={p.onFind} title="查找替换（Ctrl+F）" />
      <Tool label="复制为纯文本" onClick={p.onCopyText} title="复制全文（编号为文字），用于微信或 OA" />
      <Tool label="导出" onClick={p.onExport} title="导出 Word 文档（公文格式）、纯文本或打印" />
      <VersionsButton save={p.onSaveNow} status={p.save.status} />
      {!p.readOnly ? (
        <Tool
          label="存为素材"
          onClick={p.onSaveAsBlock}
          disabled={parent.type.name !== NODE.paragraph || !parent.textContent.trim()}
          title="把光标所在段落存入素材库"
        />
      ) : null}
      <Tool label={p.fullScreen ? "退出全屏" : "全屏写作"} onClick={p.onFullScreen} active={p.fullScreen} />
      <span className="ml-auto flex items-center gap-1 text-sm">
        <span className="rounded bg-stone-100 px-2 py-0.5" data-testid="speech-status">
          {SPEECH_STATUS_LABELS[p.status]}
        </span>
        {p.canEdit && p.status === "DRAFT" ? <Tool label="提交审阅" onClick={() => p.onStatus("REVIEW")} /> : null}
        {p.canEdit && p.status !== "FINAL" ? <Tool label="定稿" onClick={() => p.onStatus("FINAL")} /> : null}
        {p.canEdit && p.status === "FINAL" ? <Tool label="重新打开" onClick={() => p.onStatus("DRAFT")} /> : null}
        <HelpPopover />
      </span>
    </div>
  );
});
