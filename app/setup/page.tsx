import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SetupForm } from "@/components/auth/setup-form";
import { needsSetup } from "@/lib/users/first-admin";

export const metadata: Metadata = { title: "初始化" };
export const dynamic = "force-dynamic";

export default async function SetupPage() {
  if (!(await needsSetup())) redirect("/login");
  return (
    <AuthCard
      title="首次使用：创建管理员"
      subtitle="系统中还没有任何账号。请先创建管理员账号，之后可在“管理”页添加其他用户。"
    >
      <SetupForm />
    </AuthCard>
  );
}
