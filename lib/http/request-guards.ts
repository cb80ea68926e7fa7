// Checks the route wrapper (lib/http/route.ts) applies to every request before a handler runs:
// - no NUL character (U+0000) in any string the client sends: PostgreSQL cannot store it in text, so it would
//   otherwise surface as a 500 deep inside a query; nor half of a surrogate pair (no JSON PostgreSQL accepts), nor
//   U+FFFE / U+FFFF (no XML, so no DOCX, may hold them);
// - a state-changing request (POST, PUT, PATCH, DELETE) must come from our own pages: its Origin names our host,
//   or, without Origin, the browser says Sec-Fetch-Site: same-origin. Browsers send one of the two on every such
//   request, so only other sites and hand-made requests are refused;
// - its body, if any, is JSON or a multipart form (what our pages send), never a plain HTML form post.
import { AppError } from "../errors";

export const INVALID_CHAR_MESSAGE = "提交的内容含有无效字符（空字符或无法显示的字符），请删除后重试。";
/** NUL, a lone surrogate, a noncharacter U+FFFE / U+FFFF. */
const INVALID_CHAR_RE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/;
export const NO_ORIGIN_MESSAGE = "请求缺少来源信息，已拒绝。请在本系统的页面中操作。";
export const CROSS_SITE_MESSAGE = "拒绝来自其他网站的请求。";
export const BODY_TYPE_MESSAGE = "提交的内容类型不受支持，请以 JSON 或表单（multipart/form-data）方式提交。";

export const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Whether a string, or any key or string at any depth of a parsed JSON value, holds an invalid character. */
export function containsInvalidChar(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return INVALID_CHAR_RE.test(value);
  if (depth > 64 || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => containsInvalidChar(v, depth + 1));
  return Object.entries(value).some(([k, v]) => INVALID_CHAR_RE.test(k) || containsInvalidChar(v, depth + 1));
}

/** Refuses NUL and the other invalid characters in the given values (strings, arrays, objects, URLSearchParams) with a 400. */
export function assertValidChars(...values: unknown[]): void {
  for (const value of values) {
    const plain = value instanceof URLSearchParams ? [...value] : value;
    if (containsInvalidChar(plain)) throw new AppError("invalid_input", INVALID_CHAR_MESSAGE);
  }
}

/** A state-changing request must carry our own Origin, or, without Origin, Sec-Fetch-Site: same-origin. */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get("origin");
  if (!origin) {
    if (req.headers.get("sec-fetch-site") === "same-origin") return;
    throw new AppError("forbidden", NO_ORIGIN_MESSAGE);
  }
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host") ?? new URL(req.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("forbidden", "请求来源无效。");
  }
  if (originHost !== host) throw new AppError("forbidden", CROSS_SITE_MESSAGE);
}

const BODY_TYPES = new Set(["application/json", "multipart/form-data"]);

/** A body, when there is one, must be JSON or a multipart form (415 otherwise). */
export function assertBodyType(req: Request): void {
  const type = req.headers.get("content-type");
  if (type) {
    const media = type.split(";")[0]!.trim().toLowerCase();
    if (!BODY_TYPES.has(media)) throw new AppError("unsupported", BODY_TYPE_MESSAGE);
    return;
  }
  const length = req.headers.get("content-length");
  const hasBody = (length !== null && Number(length) > 0) || req.headers.has("transfer-encoding");
  if (hasBody) throw new AppError("unsupported", BODY_TYPE_MESSAGE);
}

/** The checks of a state-changing request, in the order a client can act on them. */
export function assertMutationAllowed(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  assertSameOrigin(req);
  assertBodyType(req);
}
