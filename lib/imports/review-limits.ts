// The import review's limits, shared by its edits (review-draft.ts) and its page (kept apart from the edits' code).
/** The longest heading the review makes: a heading is a line of the outline, not a paragraph. */
export const MAX_HEADING_CHARS = 60;
