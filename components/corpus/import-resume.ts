// What the uploader shows again after a reload: the import this tab last uploaded into (kept in sessionStorage,
// closed now if the reload cut its upload short, since nothing will send its remaining files) and the signed-in
// user's imports still running, from this tab or any other.
import { api, ApiError } from "@/components/ui/api-client";
import type { ImportProgress } from "@/lib/imports/import-progress";

const KEY = "corpus-import:last";

export type UploadSession = { importId: string; filesChosen: number; closed: boolean };

export type ShownImport = {
  importId: string;
  initial: ImportProgress | null;
  /** Set when a reload cut this tab's upload short: how many files had been chosen */
  filesChosen?: number;
};

export function rememberUpload(session: UploadSession): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // No storage (a private window that refuses it): after a reload only the running imports are shown.
  }
}

function recalledUpload(): UploadSession | null {
  try {
    const s = JSON.parse(sessionStorage.getItem(KEY) ?? "null") as Partial<UploadSession> | null;
    return s && typeof s.importId === "string" && typeof s.filesChosen === "number"
      ? { importId: s.importId, filesChosen: s.filesChosen, closed: s.closed === true }
      : null;
  } catch {
    return null;
  }
}

export async function importsToShowAgain(): Promise<{ shown: ShownImport[]; note: string | null }> {
  const shown: ShownImport[] = [];
  const notes: string[] = [];
  const last = recalledUpload();
  if (last) {
    let present = true;
    if (!last.closed) {
      try {
        const closed = await api<{ removed?: true }>(`/api/corpus/imports/${last.importId}/finish`, {
          method: "POST",
        });
        rememberUpload({ ...last, closed: true });
        present = !closed.removed;
      } catch (err) {
        // An import undone or deleted meanwhile is simply not shown; other failures are said, and it shows anyway.
        present = !(err instanceof ApiError && (err.status === 404 || err.status === 409));
        if (present) notes.push((err as Error).message);
      }
    }
    if (present)
      shown.push({ importId: last.importId, initial: null, filesChosen: last.closed ? undefined : last.filesChosen });
  }
  try {
    const { running } = await api<{ running: ImportProgress[] }>("/api/corpus/imports?running=1");
    for (const p of running) if (!shown.some((s) => s.importId === p.id)) shown.push({ importId: p.id, initial: p });
  } catch {
    notes.push("暂时无法获取进行中的导入，请稍后刷新页面查看。");
  }
  return { shown, note: notes.length ? notes.join(" ") : null };
}
