"use client";
// A failed mutation: the message, and for an edit conflict a way to load the other person's version.
import { ErrorText } from "@/components/ui/form-controls";

export function MutationError({
  error,
  onRefresh,
}: {
  error: { message: string; conflict: boolean } | null;
  onRefresh: () => void;
}) {
  if (!error) return null;
  return (
    <div className="space-y-2">
      <ErrorText>{error.message}</ErrorText>
      {error.conflict ? (
        <button type="button" className="text-sm text-brand-700 underline" onClick={onRefresh}>
          载入最新内容（您未保存的修改请先自行复制）
        </button>
      ) : null}
    </div>
  );
}
