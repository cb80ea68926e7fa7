"use client";
// Edit a block's text, category and tags. The save names the version it started from: if someone else saved in
// between, the server refuses with a conflict and the draft stays here, so nothing typed is lost.
import { useState } from "react";
import { api } from "@/components/ui/api-client";
import { Field, FormActions, TextArea } from "@/components/ui/form-controls";
import { CategorySelect, parseTags, TagsInput } from "../block-form-fields";
import type { CategoryOption } from "../types";
import { MutationError } from "./mutation-error";
import { useBlockMutation } from "./use-block-mutation";
import { MAX_BLOCK_CHARS } from "@/lib/blocks/limits";

type Editable = { id: string; text: string; category: { id: string } | null; tags: string[]; version: number };

export function BlockEditor({
  block,
  categories,
  onDone,
}: {
  block: Editable;
  categories: CategoryOption[];
  onDone: () => void;
}) {
  const [text, setText] = useState(block.text);
  const [categoryId, setCategoryId] = useState(block.category?.id ?? "");
  const [tags, setTags] = useState(block.tags.join("、"));
  // The version this draft started from, kept even when the page refreshes underneath it.
  const [baseVersion] = useState(block.version);
  const { run, busy, error, refresh, clearError } = useBlockMutation();

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      api(`/api/blocks/${block.id}`, {
        method: "PATCH",
        body: { version: baseVersion, text, categoryId: categoryId || null, tags: parseTags(tags) },
      }),
    );
    if (ok) onDone();
  }

  function loadLatest() {
    // The page re-renders with the other person's version; start over from it.
    refresh();
    clearError();
    onDone();
  }

  return (
    <form onSubmit={save} aria-label="编辑素材" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <Field label="素材内容">
        <TextArea
          name="text"
          value={text}
          maxLength={MAX_BLOCK_CHARS}
          rows={Math.min(14, Math.max(5, Math.ceil(text.length / 40)))}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <CategorySelect categories={categories} value={categoryId} onChange={setCategoryId} />
        <TagsInput value={tags} onChange={setTags} />
      </div>
      <MutationError error={error} onRefresh={loadLatest} />
      <FormActions onCancel={onDone} submitLabel="保存修改" busyLabel="保存中…" busy={busy} />
    </form>
  );
}
