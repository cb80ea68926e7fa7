"use client";
// The composer's entry to 版本与对照: saves first (so a version named there holds what the clerk sees), then opens
// /speeches/<id>/versions. Kept apart from the composer's own files.
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";

export function VersionsButton({ save }: { save: () => void | Promise<void> }) {
  const router = useRouter();
  const pathname = usePathname();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      title="命名版本、对照两个版本、恢复旧版本"
      disabled={busy}
      onMouseDown={(e) => e.preventDefault()}
      onClick={async () => {
        setBusy(true);
        try {
          await save();
        } finally {
          router.push(`${pathname.replace(/\/$/, "")}/versions`);
        }
      }}
      className="rounded px-2 py-1 text-sm hover:bg-stone-200 disabled:opacity-40"
    >
      版本
    </button>
  );
}
