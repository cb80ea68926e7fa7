import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { needsSetup } from "@/lib/users/first-admin";
import { currentUser } from "../_lib/current-user";

export const metadata: Metadata = { title: "登录" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await needsSetup()) redirect("/setup");
  if (await currentUser()) redirect("/");
  const { next } = await searchParams;
  return (
    <AuthCard title="登录" subtitle="安全生产会议讲话稿的素材库与组稿工具">
      <LoginForm next={next} />
    </AuthCard>
  );
}
