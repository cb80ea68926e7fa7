// Prisma's `contains`, `startsWith` and `endsWith` become SQL LIKE patterns without escaping them: a % or _ that a
// clerk types (县长_张三, 100%) would match anything. Escaped with PostgreSQL's default escape character, they
// match themselves.
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, "\\$&");
