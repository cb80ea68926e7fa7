import { authed } from "@/lib/http/route";
import { outlineSources } from "@/lib/speeches/outline-sources";
import { outlineSourcesQuery } from "@/lib/speeches/schemas";

export const GET = authed("read", { query: outlineSourcesQuery }, async ({ query }) => outlineSources(query));
