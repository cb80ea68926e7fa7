import { authed } from "@/lib/http/route";
import { compareVersions } from "@/lib/speeches/versions/compare-versions";
import { compareQuery } from "@/lib/speeches/versions/schemas";

/** ?from=<version id|current>&to=<version id|current, default current>: the two texts compared. */
export const GET = authed("read", { query: compareQuery }, async ({ query, params }) =>
  compareVersions(String(params.id), query.from, query.to),
);
