// What a search hit shows beyond what the counts need, held by the library's copy (mirror-columns.ts) slot by slot:
// outline level, version, placeholder spans and the source's title. With them the copy makes a search's page
// (mirror-page.ts) and its near matches (near-matches.ts) without a statement of its own: each was a second round
// trip after the copy's catch-up. The title follows its speech or document: renaming one logs its blocks
// (migration 20261205090000_library_changes_hits).
import type { PlaceholderSpan } from "./search-blocks";

/** The spans of most blocks: one shared empty list rather than 100,000. */
const NO_SPANS: readonly PlaceholderSpan[] = Object.freeze([]);

export type HitFields = {
  level: number | null;
  version: number;
  spans: PlaceholderSpan[];
  sourceTitle: string | null;
};

export class MirrorHits {
  level = new Int16Array(0);
  version = new Int32Array(0);
  spans: (readonly PlaceholderSpan[])[] = [];
  sourceTitles: (string | null)[] = [];
  /** One string per distinct title: a speech's title is shared by all its blocks. */
  private readonly titles = new Map<string, string>();

  grow(capacity: number) {
    const level = new Int16Array(capacity);
    level.set(this.level.subarray(0, Math.min(this.level.length, capacity)));
    const version = new Int32Array(capacity);
    version.set(this.version.subarray(0, Math.min(this.version.length, capacity)));
    this.level = level;
    this.version = version;
  }

  /** Fields a row lacks (the unit tests' rows) are taken as a new paragraph's. */
  put(slot: number, r: Partial<HitFields>) {
    this.level[slot] = r.level ?? -1;
    this.version[slot] = r.version ?? 1;
    this.spans[slot] = r.spans?.length ? r.spans : NO_SPANS;
    let title = r.sourceTitle ?? null;
    if (title !== null) {
      const known = this.titles.get(title);
      if (known === undefined) this.titles.set(title, title);
      else title = known;
    }
    this.sourceTitles[slot] = title;
  }

  /** Moves the last slot into `to` (a block taken out), and forgets the last. */
  moveLast(last: number, to: number) {
    if (to !== last) {
      this.level[to] = this.level[last]!;
      this.version[to] = this.version[last]!;
      this.spans[to] = this.spans[last]!;
      this.sourceTitles[to] = this.sourceTitles[last]!;
    }
    this.spans.length = this.sourceTitles.length = last;
  }
}
