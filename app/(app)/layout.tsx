import { AppHeader } from "@/components/shell/app-header";
import { can, ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "../_lib/current-user";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <AppHeader
        user={{ displayName: user.displayName, username: user.username, roleLabel: ROLE_LABELS[user.role] }}
        isAdmin={can(user.role, "admin")}
      />
      <main className="mx-auto max-w-7xl px-4 py-6 md:px-6">{children}</main>
    </>
  );
}
