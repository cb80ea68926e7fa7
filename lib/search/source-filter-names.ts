// The names behind the library's source filters (?document=…, ?speech=…), so a chip says 来自文件「…」 rather
// than an opaque id: a document by its on-screen name (a speech title for a machine-named file, the file name as
// a tooltip). A filter naming nothing that exists gets null (the chip says so).
import { db } from "../db/client";
import { documentDisplayName, type DocumentName } from "../corpus/document-display-name";
import { documentNames } from "../corpus/document-names";

export type SourceFilterNames = { document?: DocumentName | null; speech?: string | null };

export async function sourceFilterNames(filters: { document?: string; speech?: string }): Promise<SourceFilterNames> {
  const out: SourceFilterNames = {};
  if (filters.document) out.document = (await documentNames([filters.document])).get(filters.document) ?? null;
  if (filters.speech) {
    const speech = await db().corpusSpeech.findUnique({
      where: { id: filters.speech },
      select: { title: true, order: true, document: { select: { id: true, fileName: true } } },
    });
    if (!speech) out.speech = null;
    else if (speech.title) out.speech = speech.title;
    else {
      const doc = (await documentNames([speech.document.id])).get(speech.document.id);
      out.speech = `${(doc ?? documentDisplayName(speech.document.fileName, [])).name} 第 ${speech.order} 篇`;
    }
  }
  return out;
}
