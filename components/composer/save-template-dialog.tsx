"use client";
// 存为提纲模板: names the template, saves the speech first (the server reads the outline as saved), then stores it
// with each section's category and current length.
import { useState, type FormEvent } from "react";
import { api } from "@/components/ui/api-client";
import { ErrorText, Field, FormActions, TextInput } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import { MAX_TEMPLATE_NAME } from "@/lib/outline-templates/limits";
import type { SavedOutlineTemplate } from "@/lib/outline-templates/types";

export function SaveTemplateDialog(p: {
  speechId: string;
  speechTitle: string;
  headingCount: number;
  /** Saves the speech now; resolves true when the server has the text the clerk sees. */
  saveFirst: () => Promise<boolean>;
  onSaved: (t: SavedOutlineTemplate) => void;
  onClose: () => void;
}) {
  const [name, setName] = useState(`${p.speechTitle}的提纲`.slice(0, MAX_TEMPLATE_NAME));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) return setError("请填写模板名称。");
    setBusy(true);
    setError(null);
    try {
      if (!(await p.saveFirst())) throw new Error("讲话稿还没有保存（可能离线或有保存冲突），请保存后再存为模板。");
      const res = await api<{ template: SavedOutlineTemplate }>("/api/outline-templates", {
        body: { name: name.trim(), speechId: p.speechId },
      });
      p.onSaved(res.template);
    } catch (err) {
      setError((err as Error).message);
      setBusy(false);
    }
  }

  return (
    <ModalForm title="存为提纲模板" onSubmit={submit} onClose={p.onClose}>
      <p className="text-sm text-stone-600">
        保存这篇讲话稿的 {p.headingCount}{" "}
        个标题，连同每部分的类别和现在的字数（作为目标字数）。以后新建讲话稿时可在“我的模板”中选用。
      </p>
      <Field label="模板名称">
        <TextInput
          name="templateName"
          value={name}
          maxLength={MAX_TEMPLATE_NAME}
          required
          autoFocus
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <ErrorText>{error}</ErrorText>
      <FormActions onCancel={p.onClose} submitLabel="保存模板" busyLabel="保存中…" busy={busy} />
    </ModalForm>
  );
}
