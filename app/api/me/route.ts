import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async ({ user }) => ({ user }));
