"use client";
// Changes the page's query string with router.replace, each change building on the previous one even when the
// previous navigation has not arrived yet (two quick changes of two filters must not lose the first).
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";

export function useReplaceParams() {
  const router = useRouter();
  const pathname = usePathname();
  const current = useSearchParams().toString();
  /** Query strings sent to the router and not yet shown, oldest first. */
  const pending = useRef<string[]>([]);

  useEffect(() => {
    const arrived = pending.current.indexOf(current);
    // Ours: it and everything before it have arrived. Not ours (the back button): the URL wins.
    pending.current = arrived >= 0 ? pending.current.slice(arrived + 1) : [];
  }, [current]);

  return useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(pending.current.at(-1) ?? current);
      change(next);
      next.delete("page");
      const qs = next.toString();
      pending.current.push(qs);
      router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
    },
    [current, pathname, router],
  );
}
