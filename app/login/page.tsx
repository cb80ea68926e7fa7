import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { LoginForm } from "@/components/auth/login-form";
import { afterSignInPath, FALLBACK_ORIGIN, HOME_PATH } from "@/lib/auth/next-path";
import { needsSetup } from "@/lib/users/first-admin";
import { currentUser } from "../_lib/current-user";

export const metadata: Metadata = { title: "登录" };
export const dynamic = "force-dynamic";

/** The origin the browser used to reach us, to resolve `next` against (an unknown host only narrows what passes). */
async function ownOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("host");
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return host ? `${proto}://${host}` : FALLBACK_ORIGIN;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await needsSetup()) redirect("/setup");
  if (await currentUser()) redirect(HOME_PATH);
  const { next } = await searchParams;
  return (
    <AuthCard title="登录" subtitle="安全生产会议讲话稿的素材库与组稿工具">
      <LoginForm next={afterSignInPath(next, await ownOrigin())} />
    </AuthCard>
  );
}
