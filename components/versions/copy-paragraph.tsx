"use client";
// Copies one paragraph of the older text, to paste it back into the speech in the composer.
import { useState } from "react";
import { copyText } from "@/components/ui/copy-text";

export function CopyParagraph({ text }: { text: string }) {
  const [done, setDone] = useState(false);
  return (
    <button
      type="button"
      className="ml-2 shrink-0 rounded border border-stone-300 px-1.5 py-0.5 text-xs text-stone-700 hover:bg-stone-100"
      title="复制原来的这一段，回到组稿页粘贴"
      onClick={async () => setDone(await copyText(text))}
    >
      {done ? "已复制" : "复制原段"}
    </button>
  );
}
