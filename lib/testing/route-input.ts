// What a route hands its use case: the request's input parsed with the route's own contract. Input is validated
// once, at the route, and the use cases trust it; tests and end-to-end set-up that call a use case directly parse
// here the same way, so they get the values (trimmed, cleaned, dates as Date) and the Chinese refusals a request
// would. The refusals themselves are tested against the real route wrapper (tests/support/route-call.ts).
import type { z } from "zod";
import { createBlockInput, parseInput, splitBlockInput, updateBlockInput } from "../blocks/schemas";
import {
  createSpeechInput,
  listSpeechesQuery,
  outlineSourcesQuery,
  saveSpeechInput,
  setSpeechStatusInput,
  updateSpeechMetaInput,
} from "../speeches/schemas";
import { createVersionInput, putBackInput, restoreVersionInput } from "../speeches/versions/schemas";

const parser =
  <S extends z.ZodType>(schema: S) =>
  (input: z.input<S>): z.output<S> =>
    parseInput(schema, input);

export const asCreateBlock = parser(createBlockInput);
export const asUpdateBlock = parser(updateBlockInput);
export const asSplitBlock = parser(splitBlockInput);

export const asCreateSpeech = parser(createSpeechInput);
export const asSpeechMeta = parser(updateSpeechMetaInput);
export const asSpeechStatus = parser(setSpeechStatusInput);
export const asListSpeeches = parser(listSpeechesQuery);
export const asOutlineSources = parser(outlineSourcesQuery);
export const asNamedVersion = parser(createVersionInput);

/** A save as PUT /api/speeches/[id] builds it: the body parsed, the speech's id and the user's added. */
export const asSave = ({ id, userId, ...body }: z.input<typeof saveSpeechInput> & { id: string; userId: string }) => ({
  ...parseInput(saveSpeechInput, body),
  id,
  userId,
});

type VersionTarget = { speechId: string; versionId: string; userId: string };

/** A restore as its route builds it: { baseVersion } parsed, the speech, version and user added. */
export const asRestore = ({
  speechId,
  versionId,
  userId,
  ...body
}: z.input<typeof restoreVersionInput> & VersionTarget) => ({
  ...parseInput(restoreVersionInput, body),
  speechId,
  versionId,
  userId,
});

/** A put-back as its route builds it: { baseVersion, row } parsed, the speech, version and user added. */
export const asPutBack = ({ speechId, versionId, userId, ...body }: z.input<typeof putBackInput> & VersionTarget) => ({
  ...parseInput(putBackInput, body),
  speechId,
  versionId,
  userId,
});
