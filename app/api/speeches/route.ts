import { authed } from "@/lib/http/route";
import { createSpeech } from "@/lib/speeches/create-speech";
import { listSpeeches } from "@/lib/speeches/list-speeches";
import { createSpeechInput, listSpeechesQuery } from "@/lib/speeches/schemas";

export const GET = authed("read", { query: listSpeechesQuery }, async ({ query }) => listSpeeches(query));

export const POST = authed("edit", { body: createSpeechInput }, async ({ body, user }) =>
  Response.json({ speech: await createSpeech(user.id, body) }, { status: 201 }),
);
