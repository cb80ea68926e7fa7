// The names behind the library's source filters (?document=…, ?speech=…), so a chip says 来自文件「…」 rather
// than an opaque id. A filter naming nothing that exists gets null (the chip says so).
import { db } from "../db/client";

export type SourceFilterNames = { document?: string | null; speech?: string | null };

export async function sourceFilterNames(filters: { document?: string; speech?: string }): Promise<SourceFilterNames> {
  const out: SourceFilterNames = {};
  if (filters.document) {
    const doc = await db().sourceDocument.findUnique({ where: { id: filters.document }, select: { fileName: true } });
    out.document = doc?.fileName ?? null;
  }
  if (filters.speech) {
    const speech = await db().corpusSpeech.findUnique({
      where: { id: filters.speech },
      select: { title: true, order: true, document: { select: { fileName: true } } },
    });
    out.speech = speech ? (speech.title ?? `${speech.document.fileName} 第 ${speech.order} 篇`) : null;
  }
  return out;
}
