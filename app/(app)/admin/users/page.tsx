import type { Metadata } from "next";
import Link from "next/link";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { UserAdmin } from "@/components/admin/user-admin";
import { Forbidden, PageTitle } from "@/components/ui/empty-state";
import { listUsers } from "@/lib/users/manage-users";
import { userCan } from "../../../_lib/current-user";

export const metadata: Metadata = { title: "用户管理" };

export default async function UsersAdminPage() {
  const { user, allowed } = await userCan("admin");
  if (!allowed) return <Forbidden what="用户管理" />;
  const users = await listUsers();
  return (
    <>
      <PageTitle title="用户管理" description="添加同事、调整角色、停用账号或重置密码。每次操作都会记入审计日志。">
        <Link href="/admin/audit" className="text-sm text-brand-700 underline hover:text-brand-800">
          查看审计日志
        </Link>
      </PageTitle>
      <AdminTabs current="/admin/users" />
      <UserAdmin
        currentUserId={user.id}
        initialUsers={users.map((u) => ({
          ...u,
          lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
          createdAt: u.createdAt.toISOString(),
        }))}
      />
    </>
  );
}
