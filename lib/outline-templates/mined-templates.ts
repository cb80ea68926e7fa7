// 语料中的常见结构: the common shapes of the corpus speeches with their most typical speech's headings.
import { AppError } from "../errors";
import { corpusStructure } from "./corpus-structure";
import { TEMPLATE_MSG } from "./messages";
import type { MinedOutlineTemplate, MinedOutlineTemplates } from "./types";

export async function minedOutlineTemplates(): Promise<MinedOutlineTemplates> {
  return (await corpusStructure()).mined;
}

/** The mined template of a shape, as the create dialog named it; refused when the corpus no longer has it. */
export async function minedTemplateByShape(shapeKey: string): Promise<MinedOutlineTemplate> {
  const found = (await minedOutlineTemplates()).templates.find((t) => t.shapeKey === shapeKey);
  if (!found) throw new AppError("not_found", TEMPLATE_MSG.minedGone);
  return found;
}
