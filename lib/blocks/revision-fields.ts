// The fields a curator edits, as they are stored in a revision's before/after and compared when reverting.
import type { Prisma } from "../db/generated/client";
import type { DbTx } from "../db/client";
import { AppError } from "../errors";
import { derivedBlockFields } from "./block-fields";

export const EDITABLE_FIELDS = ["text", "categoryId", "confidence", "tags", "curated", "hidden"] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type FieldValues = {
  text: string;
  categoryId: string | null;
  confidence: number;
  tags: string[];
  curated: boolean;
  hidden: boolean;
};
export type FieldChange = Partial<FieldValues>;

export const editableSelect = {
  text: true,
  categoryId: true,
  confidence: true,
  tags: true,
  curated: true,
  hidden: true,
} satisfies Prisma.BlockSelect;

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of `wanted` whose value differs from `current`, as a before/after pair (empty when nothing changes). */
export function changedFields(current: FieldValues, wanted: FieldChange): { before: FieldChange; after: FieldChange } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of EDITABLE_FIELDS) {
    if (wanted[key] === undefined || sameValue(current[key], wanted[key])) continue;
    before[key] = current[key];
    after[key] = wanted[key];
  }
  return { before: before as FieldChange, after: after as FieldChange };
}

/** The editable fields present in a stored revision payload (other keys, such as ids, are ignored). */
export function pickFields(payload: Record<string, unknown>): FieldChange {
  const out: Record<string, unknown> = {};
  for (const key of EDITABLE_FIELDS) if (key in payload) out[key] = payload[key];
  return out as FieldChange;
}

/** True when every field of `expected` has that value on the block now. */
export const hasValues = (current: FieldValues, expected: FieldChange) =>
  (Object.keys(expected) as EditableField[]).every((k) => sameValue(current[k], expected[k]));

/** "curate" or "hide" when only that flag changes, else "update". */
export function revisionAction(change: FieldChange): "update" | "curate" | "hide" {
  const keys = Object.keys(change);
  if (keys.length === 1 && keys[0] === "curated") return "curate";
  if (keys.length === 1 && keys[0] === "hidden") return "hide";
  return "update";
}

/** The update for these field values, with the text's derived fields when the text changes. */
export function fieldsData(change: FieldChange): Prisma.BlockUncheckedUpdateManyInput {
  const data: Prisma.BlockUncheckedUpdateManyInput = { ...change };
  if (change.text !== undefined) {
    const derived = derivedBlockFields(change.text);
    Object.assign(data, derived, { placeholders: derived.placeholders as unknown as Prisma.InputJsonValue });
  }
  return data;
}

/** A category id as stored: an unknown id is refused, a merged category gives way to its survivor. */
export async function resolveCategoryId(tx: DbTx, id: string | null, missing: () => AppError): Promise<string | null> {
  if (id === null) return null;
  const category = await tx.category.findUnique({ where: { id }, select: { id: true, mergedIntoId: true } });
  if (!category) throw missing();
  return category.mergedIntoId ?? category.id;
}

export const asJson = (value: unknown) => value as Prisma.InputJsonValue;
