import Link from "next/link";
import { NavLinks, type NavItem } from "./nav-links";
import { UserMenu } from "./user-menu";

export function AppHeader({
  user,
  isAdmin,
}: {
  user: { displayName: string; username: string; roleLabel: string };
  isAdmin: boolean;
}) {
  const items: NavItem[] = [
    { href: "/library", label: "素材库" },
    { href: "/speeches", label: "讲话稿" },
    { href: "/meetings", label: "会议" },
    { href: "/corpus", label: "语料" },
    ...(isAdmin ? [{ href: "/admin", label: "管理" }] : []),
  ];
  return (
    <header className="sticky top-0 z-10 border-b border-stone-200 bg-stone-50/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2 md:px-6">
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/library" className="text-lg font-bold tracking-wide text-brand-700">
            讲稿工坊
          </Link>
          <NavLinks items={items} />
        </div>
        <UserMenu {...user} />
      </div>
    </header>
  );
}
