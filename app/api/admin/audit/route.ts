import { z } from "zod";
import { listAudit } from "@/lib/audit/audit-log";
import { authed } from "@/lib/http/route";

const query = z.object({
  take: z.coerce.number().int().min(1).max(500).optional(),
  action: z.string().max(64).optional(),
});

export const GET = authed("admin", { query }, async ({ query }) => ({
  entries: (await listAudit(query)).map((e) => ({ ...e, id: e.id.toString() })),
}));
