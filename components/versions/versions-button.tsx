"use client";
// The composer's entry to 版本与对照: saves first (so a version named there holds what the clerk sees), waits until
// the save is done (or cannot be done now: offline, conflict, 定稿), then opens /speeches/<id>/versions. Kept apart
// from the composer's own files.
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { SaveStatus } from "@/components/composer/speech-saver";

const PENDING: ReadonlySet<SaveStatus> = new Set(["dirty", "saving"]);

export function VersionsButton({ save, status }: { save: () => void; status: SaveStatus }) {
  const router = useRouter();
  const pathname = usePathname();
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (leaving && !PENDING.has(status)) router.push(`${pathname.replace(/\/$/, "")}/versions`);
  }, [leaving, status, router, pathname]);
  return (
    <button
      type="button"
      title="命名版本、对照两个版本、恢复旧版本"
      disabled={leaving}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => {
        if (PENDING.has(status)) save();
        setLeaving(true);
      }}
      className="rounded px-2 py-1 text-sm hover:bg-stone-200 disabled:opacity-40"
    >
      版本
    </button>
  );
}
