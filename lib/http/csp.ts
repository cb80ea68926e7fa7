// The Content-Security-Policy of every page, with a fresh nonce per request (proxy.ts). Scripts run only with the
// nonce, which Next.js puts on its own script tags when it finds the policy among the request's headers;
// 'strict-dynamic' lets those scripts load the app's chunks. Styles allow 'unsafe-inline': React style attributes
// (the composer, the print view's page size) and the print view's <style> element are inline, and a style cannot
// run code; a nonce in style-src would make browsers ignore 'unsafe-inline', so styles carry none.
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // Development only: React's dev build evaluates code for its error overlay and call stacks.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** 128 random bits, base64: unguessable and new for each page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
