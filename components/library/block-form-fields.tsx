"use client";
// Category and tag inputs shared by "新建素材" and the block editor.
import { Field, Select, TextInput } from "@/components/ui/form-controls";
import type { CategoryOption } from "./types";
import { MAX_TAG_CHARS, MAX_TAGS } from "@/lib/blocks/limits";

/** Tags are typed separated by commas, 、 or spaces. */
export const parseTags = (input: string) => [
  ...new Set(
    input
      .split(/[,，、;；\s]+/)
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

export function CategorySelect({
  categories,
  value,
  onChange,
}: {
  categories: CategoryOption[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <Field label="类别">
      <Select value={value} onChange={(e) => onChange(e.target.value)} name="category">
        <option value="">未分类</option>
        {categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function TagsInput({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  return (
    <Field label="标签" hint="用逗号、顿号或空格分隔，如：燃气、汛期、县级">
      <TextInput
        name="tags"
        value={value}
        maxLength={MAX_TAGS * (MAX_TAG_CHARS + 1)}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}
