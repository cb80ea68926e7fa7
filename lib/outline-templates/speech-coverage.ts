// The coverage hint for a speech as saved: its categories (headings and the library blocks its paragraphs came
// from) against the corpus speeches of its meeting type.
import { db } from "../db/client";
import { usedBlockIds } from "../speech-doc/doc-text";
import { speechNotFound } from "../speeches/messages";
import { asDoc } from "./as-doc";
import { blockCategoriesOf } from "./block-categories";
import { corpusStructure } from "./corpus-structure";
import { coverageHint } from "./coverage";
import { meetingTypeOfSpeech } from "./meeting-type";
import { speechCategoryIds } from "./speech-categories";
import type { CoverageHint } from "./types";

export async function speechCoverage(speechId: string): Promise<CoverageHint> {
  const speech = await db().speech.findUnique({
    where: { id: speechId },
    select: { title: true, content: true, meeting: { select: { type: true, title: true } } },
  });
  if (!speech) throw speechNotFound();
  const doc = asDoc(speech.content);
  const [structure, blockCategories] = await Promise.all([corpusStructure(), blockCategoriesOf(usedBlockIds(doc))]);
  return coverageHint({
    speechCategoryIds: speechCategoryIds(doc, structure.categories, blockCategories),
    meetingType: meetingTypeOfSpeech(speech.meeting?.type, speech.meeting?.title, speech.title),
    corpus: structure.speeches,
    categories: structure.categories,
  });
}
