"use client";
// Find and replace (Ctrl+F / Ctrl+H): matches highlighted in the text, Enter for the next one.
import type { Editor } from "@tiptap/core";
import { useEffect, useRef, useState } from "react";
import { findState, replaceAll, replaceCurrent, setFindQuery, stepFind } from "./extensions/find-replace";

export function FindBar({ editor, onClose, readOnly }: { editor: Editor; onClose: () => void; readOnly: boolean }) {
  const [query, setQuery] = useState("");
  const [replacement, setReplacement] = useState("");
  const [, force] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  useEffect(() => {
    const rerender = () => force((n) => n + 1);
    editor.on("transaction", rerender);
    return () => {
      editor.off("transaction", rerender);
      editor.view.dispatch(setFindQuery(editor.state, "")); // clear highlights on close
    };
  }, [editor]);

  const run = (tr: ReturnType<typeof stepFind>) => tr && editor.view.dispatch(tr);
  const s = findState(editor.state);

  return (
    <div
      role="search"
      aria-label="查找替换"
      className="flex flex-wrap items-center gap-2 border-b border-stone-200 bg-stone-50 px-3 py-2 text-sm"
    >
      <input
        ref={inputRef}
        value={query}
        aria-label="查找"
        placeholder="查找"
        onChange={(e) => {
          setQuery(e.target.value);
          editor.view.dispatch(setFindQuery(editor.state, e.target.value));
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            run(stepFind(editor.state, e.shiftKey ? -1 : 1));
          }
          if (e.key === "Escape") onClose();
        }}
        className="w-40 rounded border border-stone-300 px-2 py-1"
      />
      <span className="text-xs text-stone-500" aria-live="polite">
        {query ? (s.matches.length ? `${s.current + 1}/${s.matches.length}` : "无结果") : ""}
      </span>
      <button type="button" onClick={() => run(stepFind(editor.state, -1))} className="rounded border px-2 py-1">
        上一个
      </button>
      <button type="button" onClick={() => run(stepFind(editor.state, 1))} className="rounded border px-2 py-1">
        下一个
      </button>
      {readOnly ? null : (
        <>
          <input
            value={replacement}
            aria-label="替换为"
            placeholder="替换为"
            onChange={(e) => setReplacement(e.target.value)}
            className="w-40 rounded border border-stone-300 px-2 py-1"
          />
          <button
            type="button"
            onClick={() => run(replaceCurrent(editor.state, replacement))}
            className="rounded border px-2 py-1"
          >
            替换
          </button>
          <button
            type="button"
            onClick={() => run(replaceAll(editor.state, replacement))}
            className="rounded border px-2 py-1"
          >
            全部替换
          </button>
        </>
      )}
      <button
        type="button"
        onClick={onClose}
        className="ml-auto rounded px-2 py-1 text-stone-500 hover:bg-stone-200"
        aria-label="关闭查找"
      >
        ✕
      </button>
    </div>
  );
}
