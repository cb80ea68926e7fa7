// The administrator's two screens, one tab each.
import Link from "next/link";

const TABS = [
  { href: "/admin/users", label: "用户管理" },
  { href: "/admin/audit", label: "审计日志" },
] as const;

export function AdminTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="管理" className="mb-4 flex gap-1 border-b border-stone-200">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-4 py-2 text-sm font-medium ${
            t.href === current
              ? "border-brand-600 text-brand-700"
              : "border-transparent text-stone-600 hover:text-stone-900"
          }`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
