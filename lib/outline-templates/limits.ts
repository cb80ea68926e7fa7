// The limits of a saved outline template: plain constants, so the browser can import them without zod (whose
// check for eval, run in the page, is a violation of our CSP).
export const MAX_TEMPLATE_NAME = 50;
export const MAX_TEMPLATE_HEADINGS = 200;
export const MAX_TEMPLATE_HEADING_CHARS = 300;
