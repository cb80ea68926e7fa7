// A block's length and tags: the library's forms' limits and the schemas' (kept apart from zod for the browser).
export const MAX_BLOCK_CHARS = 5000;
export const MAX_TAGS = 20;
export const MAX_TAG_CHARS = 20;
