"use client";
// Blanks left to fill and the speech's variables. Each blank jumps to its place (selected, so typing replaces
// it) or takes a variable's value; a variable filled here fills every blank it stands for and can be changed
// later, which rewrites every place it went.
import type { Editor } from "@tiptap/core";
import { memo, useState } from "react";
import type { SpeechPlaceholder } from "@/lib/speech-doc/placeholders";
import { VARIABLE_KEYS, VARIABLE_LABELS, type SpeechSettings, type VariableKey } from "@/lib/speech-doc/types";
import { jumpToIndex, posOfIndex } from "./editor-positions";
import { applyVariable, fillOne } from "./variables";
import { MAX_VARIABLE_CHARS } from "@/lib/speeches/limits";

type Props = {
  editor: Editor;
  placeholders: SpeechPlaceholder[];
  variables: SpeechSettings["variables"];
  onVariables: (next: SpeechSettings["variables"]) => void;
  /** Values the speech's meeting offers (variableSuggestions): shown in empty fields, used once 填入 is clicked. */
  suggestions: Partial<Record<VariableKey, string>>;
  readOnly: boolean;
};

export const PlaceholdersPanel = memo(function PlaceholdersPanel({
  editor,
  placeholders,
  variables,
  onVariables,
  suggestions,
  readOnly,
}: Props) {
  const [drafts, setDrafts] = useState<Partial<Record<VariableKey, string>>>(variables);
  const [notice, setNotice] = useState<string | null>(null);
  // A field the clerk has not touched and no saved value fills shows the meeting's value; clearing it keeps it empty.
  const shown = (key: VariableKey) => drafts[key] ?? suggestions[key] ?? "";
  const suggested = (key: VariableKey) => drafts[key] === undefined && !!suggestions[key];

  function fill(key: VariableKey) {
    const value = shown(key).trim();
    if (!value) return setNotice(`请先填写“${VARIABLE_LABELS[key]}”。`);
    const n = applyVariable(editor, key, value);
    onVariables({ ...variables, [key]: value });
    setNotice(
      n ? `已把“${VARIABLE_LABELS[key]}”填入 ${n} 处。` : `已保存“${VARIABLE_LABELS[key]}”；文中没有它对应的空白。`,
    );
  }

  function assign(p: SpeechPlaceholder, key: VariableKey) {
    const value = (drafts[key] ?? variables[key] ?? suggestions[key] ?? "").trim();
    if (!value) return setNotice(`请先在下方填写“${VARIABLE_LABELS[key]}”。`);
    const start = posOfIndex(editor, p.nodeIndex) + 1;
    if (!fillOne(editor, start + p.start, start + p.end, p.text, key, value))
      return setNotice("文稿刚刚有了改动，这个空白的位置变了，请再点一次。");
    onVariables({ ...variables, [key]: value });
  }

  return (
    <section aria-label="占位符与变量" className="space-y-4 overflow-y-auto text-sm [contain:content]">
      <div>
        <h3 className="mb-1 font-medium">待填写的空白（{placeholders.length}）</h3>
        {placeholders.length === 0 ? (
          <p className="text-stone-500">没有待填写的空白。</p>
        ) : (
          <ul className="space-y-1" aria-label="待填写的空白">
            {placeholders.map((p, i) => (
              <li
                key={`${p.nodeIndex}-${p.start}-${i}`}
                className="flex items-center gap-2 rounded border border-stone-200 bg-white px-2 py-1"
              >
                <button
                  type="button"
                  className="min-w-0 flex-1 truncate text-left hover:underline"
                  onClick={() => jumpToIndex(editor, p.nodeIndex, p)}
                  title="跳到这里（已选中，直接输入即可替换）"
                >
                  <span className="rounded bg-amber-200 px-0.5">{p.text}</span>
                  <span className="ml-1 text-stone-500">{p.context}</span>
                </button>
                {readOnly ? null : (
                  <select
                    aria-label={`用变量填写 ${p.text}`}
                    className="rounded border border-stone-300 text-xs"
                    value=""
                    onChange={(e) => e.target.value && assign(p, e.target.value as VariableKey)}
                  >
                    <option value="">填入变量…</option>
                    {VARIABLE_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {VARIABLE_LABELS[k]}
                      </option>
                    ))}
                  </select>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="mb-1 font-medium">讲话稿变量</h3>
        <p className="mb-2 text-xs text-stone-500">
          填写后点“填入”，所有对应的空白（如 ××县、20XX年X月X日）一次填好；以后修改变量，文中各处随之更新。
          {!readOnly && VARIABLE_KEYS.some(suggested) ? "已按本稿所属会议预先写好部分变量，核对后点“填入”。" : null}
        </p>
        <div className="space-y-2">
          {VARIABLE_KEYS.map((key) => (
            <label key={key} className="flex items-center gap-2">
              <span className="w-20 shrink-0 text-stone-600">{VARIABLE_LABELS[key]}</span>
              <input
                value={shown(key)}
                title={suggested(key) ? "取自本稿所属会议，点“填入”后才写进文稿" : undefined}
                disabled={readOnly}
                maxLength={MAX_VARIABLE_CHARS}
                onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
                onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), fill(key))}
                className="min-w-0 flex-1 rounded border border-stone-300 px-2 py-1"
                aria-label={VARIABLE_LABELS[key]}
              />
              {readOnly ? null : (
                <button
                  type="button"
                  onClick={() => fill(key)}
                  className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100"
                >
                  填入
                </button>
              )}
            </label>
          ))}
        </div>
        {notice ? (
          <p role="status" className="mt-2 text-xs text-stone-600">
            {notice}
          </p>
        ) : null}
      </div>
    </section>
  );
});
