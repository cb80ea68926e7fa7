import { authed } from "@/lib/http/route";
import { reuseFilter, reuseWarnings } from "@/lib/speeches/reuse-warnings";
import { reuseQuery } from "@/lib/speeches/schemas";

/** ?block=ID (repeatable, at most 200): earlier uses by the same speaker; and the panel's matching library filter. */
export const GET = authed("read", { query: reuseQuery }, async ({ query, params }) => {
  const speechId = String(params.id);
  const [warnings, filter] = await Promise.all([
    reuseWarnings({ speechId, blockIds: query.block ?? [] }),
    reuseFilter(speechId),
  ]);
  return { warnings, filter };
});
