// Route handlers driven with real Requests and a real session, as the browser calls them. Input is validated once,
// in the route wrapper (lib/http/route.ts), so a test of a bad request's Chinese refusal goes through here.
import { createSession, SESSION_COOKIE } from "../../lib/auth/sessions";

export type RouteHandler = (req: Request, ctx?: { params: Promise<Record<string, string>> }) => Promise<Response>;

export type RouteRequest = {
  method: string;
  /** Sent as JSON; `undefined` sends no body. */
  body?: unknown;
  /** The query string with its "?". */
  query?: string;
  params?: Record<string, string>;
};

/** What a route answered: the status and the JSON error, if any. */
export type RouteAnswer = { status: number; error?: { code: string; message: string } };

/** Calls handlers as the user `userId`, signed in with a session of their own. */
export async function routeCaller(userId: string) {
  const cookie = `${SESSION_COOKIE}=${(await createSession(userId)).token}`;
  return async (handler: RouteHandler, init: RouteRequest): Promise<RouteAnswer> => {
    const headers: Record<string, string> = { host: "localhost", origin: "http://localhost", cookie };
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined) headers["content-type"] = "application/json";
    const req = new Request(`http://localhost/api/x${init.query ?? ""}`, { method: init.method, headers, body });
    const res = await handler(req, { params: Promise.resolve(init.params ?? {}) });
    const json = (await res.json()) as { error?: RouteAnswer["error"] };
    return { status: res.status, error: json.error };
  };
}

/** A 400 with the wrapper's Chinese message, as toMatchObject expects it. */
export const refused = (message: string) => ({ status: 400, error: { code: "invalid_input", message } });
