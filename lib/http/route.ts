// The one wrapper every route handler goes through: it resolves the session, checks the permission,
// refuses cross-site mutations and bodies other than JSON or forms, refuses NUL characters in any input
// (request-guards.ts), validates input with zod, turns errors into Chinese JSON messages and marks every answer
// Cache-Control: no-store.
// A handler cannot opt out of authentication by accident: `permission` is required, "public" is explicit.
import { z } from "zod";
import { can, type Permission } from "../auth/roles";
import { SESSION_COOKIE, userForSessionToken, type SessionUser } from "../auth/sessions";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "../db/unavailable";
import { AppError, isAppError } from "../errors";
import { clientIp, readCookie } from "./cookies";
import { assertMutationAllowed, assertValidChars } from "./request-guards";
import { withAuditAddress } from "../audit/audit-address";

export const MAX_JSON_BYTES = 1024 * 1024;

type Params = Record<string, string | string[] | undefined>;
type RouteContext = { params: Promise<Params> };

export type HandlerContext<B, Q, U> = {
  req: Request;
  user: U;
  body: B;
  query: Q;
  params: Params;
  ip: string | null;
};

type Options<BS extends z.ZodType | undefined, QS extends z.ZodType | undefined> = {
  body?: BS;
  query?: QS;
  /** A larger JSON body limit for the routes that carry a whole speech (saving it, keeping it as a version);
   *  default MAX_JSON_BYTES. */
  maxBodyBytes?: number;
};

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export function errorResponse(err: AppError): Response {
  return Response.json(
    { error: { code: err.code, message: err.message, details: err.details } },
    { status: err.status },
  );
}

function zodMessage(error: z.ZodError): string {
  const first = error.issues[0];
  return first?.message && /[\u4e00-\u9fa5]/.test(first.message)
    ? first.message
    : "提交的内容格式不正确，请检查后重试。";
}

const tooLarge = () => new AppError("too_large", "提交的内容过大，请分批提交。");

/** Reads the body as UTF-8, counting bytes as they arrive and stopping past the limit. */
export async function readBodyLimited(req: Request, limit: number): Promise<Uint8Array> {
  const length = Number(req.headers.get("content-length") ?? 0);
  if (length > limit) throw tooLarge();
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away mid-request (closed tab, lost connection): nothing to answer, nothing to log.
      throw new AppError("invalid_input", "请求在传输中断开了，请重试。");
    }
    const { done, value } = chunk;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

async function readJson(req: Request, limit: number): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyLimited(req, limit));
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "提交的内容不是有效的 JSON。");
  }
}

/** Query parameters as an object; a parameter given more than once (?tag=a&tag=b) becomes an array. */
function queryParams(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** API answers carry personal data and change with every edit: no browser or proxy may keep them. */
function noStore(res: Response): Response {
  try {
    res.headers.set("Cache-Control", "no-store");
    return res;
  } catch {
    // Headers of some responses (e.g. Response.redirect) are immutable: copy them.
    const copy = new Response(res.body, res);
    copy.headers.set("Cache-Control", "no-store");
    return copy;
  }
}

async function run<B, Q, U>(
  req: Request,
  ctx: RouteContext | undefined,
  resolveUser: () => Promise<U>,
  opts: Options<z.ZodType | undefined, z.ZodType | undefined>,
  handler: (c: HandlerContext<B, Q, U>) => Promise<unknown>,
): Promise<Response> {
  try {
    const user = await resolveUser();
    assertMutationAllowed(req);
    const params = ctx ? await ctx.params : {};
    assertValidChars(new URL(req.url).searchParams, params);
    let body: unknown = undefined;
    if (opts.body) {
      const raw = await readJson(req, opts.maxBodyBytes ?? MAX_JSON_BYTES);
      assertValidChars(raw);
      const parsed = opts.body.safeParse(raw);
      if (!parsed.success) throw new AppError("invalid_input", zodMessage(parsed.error), parsed.error.issues);
      body = parsed.data;
    }
    let query: unknown = undefined;
    if (opts.query) {
      const raw = queryParams(new URL(req.url).searchParams);
      const parsed = opts.query.safeParse(raw);
      if (!parsed.success) throw new AppError("invalid_input", zodMessage(parsed.error), parsed.error.issues);
      query = parsed.data;
    }
    const ip = clientIp(req);
    // Every audit entry the handler writes carries the address, whether or not its use case names it.
    const out = await withAuditAddress(ip, () =>
      handler({ req, user, body: body as B, query: query as Q, params, ip }),
    );
    return noStore(out instanceof Response ? out : Response.json(out ?? { ok: true }));
  } catch (err) {
    if (isAppError(err)) return noStore(errorResponse(err));
    if (isDatabaseUnavailable(err)) {
      // One line, no stack: `npm start`'s watchdog logs the database's own state (lib/db/watchdog.ts).
      console.error("[route]", req.method, new URL(req.url).pathname, "数据库暂时不可用");
      return noStore(errorResponse(new AppError("unavailable", DATABASE_UNAVAILABLE_MESSAGE)));
    }
    console.error("[route]", req.method, new URL(req.url).pathname, err);
    return noStore(errorResponse(new AppError("internal", "服务器出错了，请稍后重试；如果问题持续，请联系管理员。")));
  }
}

/** A route that needs a signed-in user holding `permission`. */
export function authed<BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined>(
  permission: Permission,
  opts: Options<BS, QS>,
  handler: (c: HandlerContext<Infer<BS>, Infer<QS>, SessionUser>) => Promise<unknown>,
) {
  return (req: Request, ctx?: RouteContext) =>
    run<Infer<BS>, Infer<QS>, SessionUser>(
      req,
      ctx,
      async () => {
        const user = await userForSessionToken(readCookie(req, SESSION_COOKIE));
        if (!user) throw new AppError("unauthenticated", "请先登录。");
        if (!can(user.role, permission)) throw new AppError("forbidden", "您没有执行此操作的权限，请联系管理员。");
        return user;
      },
      opts,
      handler,
    );
}

/** A route open to anonymous users (sign-in and first-run setup only). */
export function publicRoute<BS extends z.ZodType | undefined = undefined, QS extends z.ZodType | undefined = undefined>(
  opts: Options<BS, QS>,
  handler: (c: HandlerContext<Infer<BS>, Infer<QS>, null>) => Promise<unknown>,
) {
  return (req: Request, ctx?: RouteContext) =>
    run<Infer<BS>, Infer<QS>, null>(req, ctx, async () => null, opts, handler);
}
