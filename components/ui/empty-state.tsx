import Link from "next/link";
import type { ReactNode } from "react";

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <h2 className="text-lg font-semibold text-stone-800">{title}</h2>
      {children ? <div className="mx-auto mt-2 max-w-md text-sm text-stone-600">{children}</div> : null}
      {action ? (
        <Link
          href={action.href}
          className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm text-white hover:bg-brand-700"
        >
          {action.label}
        </Link>
      ) : null}
    </div>
  );
}

export function PageTitle({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children?: ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        {description ? <p className="mt-1 text-sm text-stone-600">{description}</p> : null}
      </div>
      {children}
    </div>
  );
}

export function Forbidden({ what }: { what: string }) {
  return (
    <div
      role="alert"
      data-testid="forbidden"
      className="rounded-xl border border-amber-300 bg-amber-50 px-6 py-10 text-center"
    >
      <h1 className="text-xl font-semibold text-amber-900">没有访问权限</h1>
      <p className="mt-2 text-sm text-amber-900">{what}需要管理员权限。如需使用，请联系管理员为您调整角色。</p>
    </div>
  );
}
