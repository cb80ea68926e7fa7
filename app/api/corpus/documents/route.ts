import { listSourceDocuments } from "@/lib/corpus/import-raw-documents";
import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async () => ({ documents: await listSourceDocuments() }));
