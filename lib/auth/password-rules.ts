// The password rule's numbers, free of Node imports so that forms in the browser can state them too.
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;
