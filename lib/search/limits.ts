// The search box's limit, shared by the library page and the search request (kept apart from jieba and zod).
/** The query's length in characters; the search request refuses longer ones with a message. */
export const MAX_QUERY_CHARS = 200;
