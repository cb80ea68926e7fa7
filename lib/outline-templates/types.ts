// What outline templates look like to the API and the UI: saved ones (存为提纲模板) and those mined from the corpus
// (语料中的常见结构), and the coverage hint beside the composer's outline.
import type { HeadingLevel } from "../speech-doc/types";
import type { UserRef } from "../speeches/types";

/** One heading of a template: its level, its text without a number, its category and its length. */
export type TemplateHeading = {
  level: HeadingLevel;
  text: string;
  /** The category key (stable across a reseed; a merged key stands for the survivor), null when none was found. */
  categoryKey: string | null;
  /** Characters of the heading and the paragraphs directly under it, as a target for the new speech. */
  targetChars: number | null;
};

export type SavedOutlineTemplate = {
  id: string;
  name: string;
  headings: TemplateHeading[];
  createdAt: string;
  createdBy: UserRef;
  /** Saved by the signed-in user (others' are listed to administrators only). */
  mine: boolean;
  canDelete: boolean;
};

export type MinedOutlineTemplate = {
  /** The shape's category keys joined with "—": how a new speech names the template it starts from. */
  shapeKey: string;
  /** The top-level sections' category keys in order (adjacent repeats counted once). */
  shape: string[];
  /** Corpus speeches whose top-level headings follow this shape. */
  speechCount: number;
  /** The most typical speech of the shape, whose headings (all levels) the template offers. */
  representative: { corpusSpeechId: string; title: string | null };
  headings: TemplateHeading[];
};

export type MinedOutlineTemplates = { templates: MinedOutlineTemplate[]; corpusSpeeches: number };

export type MissingCategory = {
  categoryId: string;
  key: string;
  name: string;
  /** Comparable corpus speeches that have this category, 0–1. */
  share: number;
};

export type CoverageHint = {
  /** The speech's meeting type (from its meeting, else read from the titles), null when unknown. */
  meetingType: string | null;
  /** How many corpus speeches it was compared with. */
  comparedWith: number;
  /** True when fewer than MIN_COMPARABLE corpus speeches share the meeting type: compared with the whole corpus. */
  wholeCorpus: boolean;
  missing: MissingCategory[];
};
