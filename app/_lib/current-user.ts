// Session lookup for server components: validates the cookie against the database.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { PAGE_PATH_HEADER, signInPath } from "@/lib/auth/next-path";
import { can, type Permission } from "@/lib/auth/roles";
import { SESSION_COOKIE, userForSessionToken, type SessionUser } from "@/lib/auth/sessions";

export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return userForSessionToken(jar.get(SESSION_COOKIE)?.value);
}

/** The signed-in user; without one (an expired or revoked session), sign-in and back to this page (proxy.ts says
 *  which page in PAGE_PATH_HEADER). */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath((await headers()).get(PAGE_PATH_HEADER)));
  return user;
}

export async function userCan(permission: Permission): Promise<{ user: SessionUser; allowed: boolean }> {
  const user = await requireUser();
  return { user, allowed: can(user.role, permission) };
}
