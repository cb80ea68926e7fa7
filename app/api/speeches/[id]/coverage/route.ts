import { authed } from "@/lib/http/route";
import { speechCoverage } from "@/lib/outline-templates/speech-coverage";

export const GET = authed("read", {}, async ({ params }) => ({ coverage: await speechCoverage(String(params.id)) }));
