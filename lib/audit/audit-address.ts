// The address of the request an audited action came through, for the entries a use case writes without naming one
// (an administrator's change of a user, a curation step): the route wrapper (lib/http/route.ts) runs each handler
// inside it, so that no use case has to carry the address it does not otherwise need.
import { AsyncLocalStorage } from "node:async_hooks";

const current = new AsyncLocalStorage<{ ip: string | null }>();

/** Runs `work` with `ip` as the address of every audit entry written inside it. */
export function withAuditAddress<T>(ip: string | null, work: () => T): T {
  return current.run({ ip }, work);
}

/** The address of the request being served, or null outside a request (a script, a background job). */
export function auditAddress(): string | null {
  return current.getStore()?.ip ?? null;
}
