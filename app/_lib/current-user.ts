// Session lookup for server components: validates the cookie against the database.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { can, type Permission } from "@/lib/auth/roles";
import { SESSION_COOKIE, userForSessionToken, type SessionUser } from "@/lib/auth/sessions";

export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return userForSessionToken(jar.get(SESSION_COOKIE)?.value);
}

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export async function userCan(permission: Permission): Promise<{ user: SessionUser; allowed: boolean }> {
  const user = await requireUser();
  return { user, allowed: can(user.role, permission) };
}
