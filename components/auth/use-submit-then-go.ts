"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * Form submission for the sign-in and setup forms: optional client-side check, the request, then navigation to
 * `destination` with a refresh so server components see the new session. Errors become a Chinese message.
 */
export function useSubmitThenGo(
  destination: string,
  send: (form: FormData) => Promise<unknown>,
  check?: (form: FormData) => string | null,
) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const problem = check?.(form) ?? null;
    if (problem) {
      setError(problem);
      return;
    }
    setPending(true);
    setError(null);
    try {
      await send(form);
      router.replace(destination);
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
      setPending(false);
    }
  }

  return { onSubmit, error, pending };
}
