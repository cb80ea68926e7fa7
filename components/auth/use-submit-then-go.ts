"use client";

import { useState } from "react";

/**
 * Form submission for the sign-in and setup forms: optional client-side check, the request, then a full page load
 * of `destination`. A full load rather than a client-side transition: the browser keeps this form on screen until
 * the destination's server-rendered page (navigation and heading included) paints, without waiting for its scripts,
 * and nothing the client router cached before the sign-in survives it. Errors become a Chinese message.
 */
export function useSubmitThenGo(
  destination: string,
  send: (form: FormData) => Promise<unknown>,
  check?: (form: FormData) => string | null,
) {
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
      // The button keeps saying “正在登录…” until the next page replaces this one.
      window.location.assign(destination);
    } catch (err) {
      setError((err as Error).message);
      setPending(false);
    }
  }

  return { onSubmit, error, pending };
}
