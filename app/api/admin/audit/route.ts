import { searchAudit, auditQuery } from "@/lib/audit/search-audit";
import { authed } from "@/lib/http/route";

export const GET = authed("admin", { query: auditQuery }, async ({ query }) => searchAudit(query));
