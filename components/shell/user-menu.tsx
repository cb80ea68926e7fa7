"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { api } from "@/components/ui/api-client";

export function UserMenu({
  displayName,
  username,
  roleLabel,
}: {
  displayName: string;
  username: string;
  roleLabel: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const close = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    const esc = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", esc);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", esc);
    };
  }, []);

  async function signOut() {
    try {
      await api("/api/auth/logout", { method: "POST" });
      router.replace("/login");
      router.refresh();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <div ref={ref} className="relative">
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((v) => !v)}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-stone-200"
      >
        <span className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-800">
          {displayName.slice(0, 1)}
        </span>
        <span className="hidden sm:inline" data-testid="user-name">
          {displayName}
        </span>
        <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs text-stone-700">{roleLabel}</span>
      </button>
      {open ? (
        <div
          role="menu"
          className="absolute right-0 z-20 mt-1 w-48 rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        >
          <p className="px-3 py-2 text-xs text-stone-500">已登录：{username}</p>
          <Link
            role="menuitem"
            href="/account"
            onClick={() => setOpen(false)}
            className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100"
          >
            账号设置
          </Link>
          <button
            role="menuitem"
            onClick={signOut}
            className="block w-full px-3 py-2 text-left text-sm hover:bg-stone-100"
          >
            退出登录
          </button>
          {error ? <p className="px-3 py-1 text-xs text-red-700">{error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
