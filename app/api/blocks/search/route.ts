import { authed } from "@/lib/http/route";
import { searchLibrary, searchRequest } from "@/lib/search/search-request";

export const GET = authed("read", { query: searchRequest }, async ({ query, user }) => searchLibrary(query, user.id));
