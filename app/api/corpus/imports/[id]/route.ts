import { getImportReport } from "@/lib/corpus/import-report";
import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async ({ params }) => ({ report: await getImportReport(String(params.id)) }));
