import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { PageTitle } from "@/components/ui/empty-state";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { requireUser } from "../../_lib/current-user";

export const metadata: Metadata = { title: "账号设置" };

export default async function AccountPage() {
  const user = await requireUser();
  return (
    <>
      <PageTitle title="账号设置" description="修改您自己的登录密码。修改后，您在其他浏览器或设备上的登录会退出。" />
      <dl className="mb-6 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">用户名</dt>
        <dd data-testid="account-username">{user.username}</dd>
        <dt className="text-stone-500">姓名</dt>
        <dd>{user.displayName}</dd>
        <dt className="text-stone-500">角色</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
      </dl>
      <ChangePasswordForm />
    </>
  );
}
