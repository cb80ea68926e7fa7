// A list asked for a page past its end (a bookmark of page 9 after deletions, a hand-typed ?page=99) shows its last
// page, not an empty list that reads as "no results".
export function clampPage(page: number, total: number, pageSize: number): number {
  return Math.max(1, Math.min(page, Math.ceil(total / pageSize)));
}
