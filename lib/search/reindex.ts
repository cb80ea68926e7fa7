// Fills the search index of blocks that have none (after an upgrade, or rows written without it).
import { db } from "../db/client";
import { tsvectorLiteral } from "./ngram-index";

export async function reindexMissingSearchText(batch = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db().block.findMany({
      where: { searchText: "" },
      select: { id: true, text: true },
      take: batch,
    });
    if (!rows.length) return total;
    await db().$transaction(
      // '-' is a lexeme no query produces: it marks "indexed, nothing to find" so the row is not revisited.
      rows.map((r) =>
        db().block.update({ where: { id: r.id }, data: { searchText: tsvectorLiteral(r.text) || "'-'" } }),
      ),
    );
    total += rows.length;
    if (rows.length < batch) return total;
  }
}
