"use client";
// "新建素材": a paragraph typed or pasted on the library page saved as a block with category and tags.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api } from "@/components/ui/api-client";
import { ErrorText, Field, FormActions, Select, TextArea } from "@/components/ui/form-controls";
import { ModalForm } from "@/components/ui/modal-form";
import { CategorySelect, parseTags, TagsInput } from "./block-form-fields";
import type { CategoryOption } from "./types";
import { MAX_BLOCK_CHARS } from "@/lib/blocks/limits";

type Created = { block: { id: string }; existing: boolean };

export function NewBlockDialog({
  categories,
  onClose,
  initialText = "",
  onCreated,
}: {
  categories: CategoryOption[];
  onClose: () => void;
  /** A paragraph of a speech being saved as a block (the composer's 存为素材). */
  initialText?: string;
  /** Called instead of opening the new block's page. */
  onCreated?: (existing: boolean) => void;
}) {
  const router = useRouter();
  const [text, setText] = useState(initialText);
  const [categoryId, setCategoryId] = useState("");
  const [tags, setTags] = useState("");
  const [kind, setKind] = useState<"PARAGRAPH" | "HEADING">("PARAGRAPH");
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setError("请填写素材内容。");
    setBusy(true);
    setError(null);
    try {
      const res = await api<Created>("/api/blocks", {
        body: { text, categoryId: categoryId || null, tags: parseTags(tags), kind },
      });
      if (onCreated) onCreated(res.existing);
      else if (res.existing) setExisting(res.block.id);
      else router.push(`/library/blocks/${res.block.id}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalForm title="新建素材" onSubmit={submit} onClose={onClose}>
      <Field label="素材内容">
        <TextArea
          ref={textRef}
          name="text"
          value={text}
          maxLength={MAX_BLOCK_CHARS}
          rows={7}
          onChange={(e) => setText(e.target.value)}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <CategorySelect categories={categories} value={categoryId} onChange={setCategoryId} />
        <Field label="类型">
          <Select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="PARAGRAPH">段落</option>
            <option value="HEADING">标题</option>
          </Select>
        </Field>
        <TagsInput value={tags} onChange={setTags} />
      </div>
      <ErrorText>{error}</ErrorText>
      {existing ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          素材库中已有内容相同的素材，未重复创建。
          <Link className="ml-1 underline" href={`/library/blocks/${existing}`}>
            查看该素材
          </Link>
        </p>
      ) : null}
      <FormActions onCancel={onClose} submitLabel="保存为素材" busyLabel="保存中…" busy={busy} />
    </ModalForm>
  );
}
