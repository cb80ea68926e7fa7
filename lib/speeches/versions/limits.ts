// A version's name and note: the versions page's limits and the schemas' (kept apart from zod for the browser).
export const MAX_VERSION_NAME = 40;
export const MAX_VERSION_NOTE = 500;
