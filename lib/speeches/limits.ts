// Lengths the speech forms and the editor limit, shared with the zod schemas (schemas.ts) but free of them, so
// that the browser's bundles do not carry the validation library for a few numbers.
export const MAX_SPEECH_TITLE = 200;
export const MAX_SPEAKER = 50;
export const MAX_KIND = 20;
export const MAX_REUSE_BLOCKS = 200;
/** A variable's value (占位符与变量). */
export const MAX_VARIABLE_CHARS = 100;
/** The search box of the outline sources (a speech's or a corpus file's title). */
export const MAX_OUTLINE_SOURCE_QUERY = 100;
