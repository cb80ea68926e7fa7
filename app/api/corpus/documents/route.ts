import { listSourceDocuments } from "@/lib/corpus/list-documents";
import { authed } from "@/lib/http/route";

export const GET = authed("read", {}, async () => ({ documents: await listSourceDocuments() }));
