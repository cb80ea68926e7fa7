import { signIn } from "@/lib/auth/sign-in";
import { sessionCookie } from "@/lib/http/cookies";
import { publicRoute } from "@/lib/http/route";
import { signInInput } from "@/lib/users/schemas";

export const POST = publicRoute({ body: signInInput }, async ({ req, body, ip }) => {
  const session = await signIn({ ...body, ip, userAgent: req.headers.get("user-agent") });
  return Response.json(
    { user: session.user },
    { headers: { "Set-Cookie": sessionCookie(req, session.token, session.expiresAt) } },
  );
});
