import { signIn } from "@/lib/auth/sign-in";
import { sessionCookie } from "@/lib/http/cookies";
import { publicRoute } from "@/lib/http/route";
import { createFirstAdmin } from "@/lib/users/first-admin";
import { setupInput } from "@/lib/users/schemas";

/** First run only: creates the administrator and signs them in. Refused (409) once any user exists. */
export const POST = publicRoute({ body: setupInput }, async ({ req, body, ip }) => {
  await createFirstAdmin(body);
  const session = await signIn({
    username: body.username,
    password: body.password,
    ip,
    userAgent: req.headers.get("user-agent"),
  });
  return Response.json(
    { user: session.user },
    { status: 201, headers: { "Set-Cookie": sessionCookie(req, session.token, session.expiresAt) } },
  );
});
