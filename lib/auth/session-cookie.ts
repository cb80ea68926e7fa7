// The session cookie's name, in a module of its own so that the request proxy (proxy.ts) can read it without
// loading the database client that lib/auth/sessions.ts brings.
export const SESSION_COOKIE = "jgt_session";
