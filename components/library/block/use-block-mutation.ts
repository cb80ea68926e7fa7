"use client";
// Runs a block mutation, then re-renders the server page so every section shows the new state.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError } from "@/components/ui/api-client";

export function useBlockMutation() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  async function run(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setError(null);
    try {
      await action();
      router.refresh();
      return true;
    } catch (err) {
      setError({ message: (err as Error).message, conflict: err instanceof ApiError && err.status === 409 });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, error, clearError: () => setError(null), refresh: () => router.refresh() };
}
