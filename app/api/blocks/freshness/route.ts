import { checkFreshness, freshnessQuery } from "@/lib/blocks/check-freshness";
import { authed } from "@/lib/http/route";

/** ?p=<blockId>.<version>.<hash> (repeatable, at most 200): the library paragraphs behind their blocks (素材库已更新). */
export const GET = authed("read", { query: freshnessQuery }, async ({ query }) => ({
  stale: await checkFreshness(query.p ?? []),
}));
