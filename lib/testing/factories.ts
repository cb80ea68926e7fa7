// Factories for tests (integration and end-to-end alike): each call creates uniquely named rows, so tests
// never collide in a shared database. Override any field through the options.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { db } from "../db/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import { tsvectorLiteral } from "../search/ngram-index";
import { speakerOfDoc } from "../speech-doc/speaker-line";
import type { SpeechDoc } from "../speech-doc/types";

export const DEFAULT_TEST_PASSWORD = "test-password-123";

let counter = 0;
export const unique = (prefix: string) =>
  `${prefix}_${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString("hex")}`;

const hashCache = new Map<string, Promise<string>>();
const cachedHash = (password: string) => {
  if (!hashCache.has(password)) hashCache.set(password, hashPassword(password));
  return hashCache.get(password)!;
};

export async function createTestUser(
  opts: { role?: Role; username?: string; displayName?: string; password?: string; disabled?: boolean } = {},
) {
  const password = opts.password ?? DEFAULT_TEST_PASSWORD;
  const user = await db().user.create({
    data: {
      username: opts.username ?? unique("user"),
      displayName: opts.displayName ?? "测试用户",
      role: opts.role ?? "EDITOR",
      disabled: opts.disabled ?? false,
      passwordHash: await cachedHash(password),
    },
  });
  return { ...user, password };
}

export async function createTestDocument(opts: { text?: string; fileName?: string; importedById?: string } = {}) {
  const text = opts.text ?? `同志们：\n今天召开安全生产工作会议。${unique("doc")}\n`;
  return db().sourceDocument.create({
    data: {
      fileName: opts.fileName ?? `${unique("speech")}.txt`,
      sha256: createHash("sha256").update(text).update(randomBytes(8)).digest("hex"),
      format: "txt",
      encoding: "utf-8",
      sizeBytes: Buffer.byteLength(text),
      rawText: text,
      importedById: opts.importedById,
    },
  });
}

export async function createTestSpeechInCorpus(documentId: string, opts: { title?: string; order?: number } = {}) {
  return db().corpusSpeech.create({
    data: { documentId, order: opts.order ?? 1, title: opts.title ?? "在全县安全生产工作会议上的讲话" },
  });
}

export async function categoryId(key: string): Promise<string> {
  const c = await db().category.upsert({ where: { key }, update: {}, create: { key, name: key } });
  return c.id;
}

export async function createTestBlock(opts: Partial<Prisma.BlockUncheckedCreateInput> & { categoryKey?: string } = {}) {
  const { categoryKey, ...data } = opts;
  const text = data.text ?? `要深入开展隐患排查整治，${unique("block")}。`;
  return db().block.create({
    data: {
      kind: "PARAGRAPH",
      confidence: 1,
      ...data,
      text,
      charCount: [...text].length,
      searchText: data.searchText ?? tsvectorLiteral(text),
      categoryId: data.categoryId ?? (categoryKey ? await categoryId(categoryKey) : undefined),
    },
  });
}

/** Near-duplicate blocks in one group (the first is the canonical one), as the miner groups variants. */
export async function createTestVariants(texts: string[], opts: { categoryKey?: string } = {}) {
  const group = await db().duplicateGroup.create({ data: {} });
  const blocks = [];
  for (const [i, text] of texts.entries())
    blocks.push(
      await createTestBlock({ text, categoryKey: opts.categoryKey, dupGroupId: group.id, isCanonical: i === 0 }),
    );
  await db().duplicateGroup.update({ where: { id: group.id }, data: { canonicalBlockId: blocks[0]!.id } });
  return blocks;
}

export async function createTestMeeting(opts: Partial<Prisma.MeetingUncheckedCreateInput> = {}) {
  return db().meeting.create({
    data: {
      title: opts.title ?? `全县安全生产工作会议 ${unique("m")}`,
      level: "县/区",
      type: "安全生产工作会议",
      ...opts,
    },
  });
}

/** A speech written directly; with a text and no speaker given, the speaker is its line's, as a save makes it. */
export async function createTestSpeech(opts: Partial<Prisma.SpeechUncheckedCreateInput> = {}) {
  const speaker = opts.content && opts.speaker === undefined ? speakerOfDoc(opts.content as SpeechDoc) : "县长";
  return db().speech.create({
    data: { title: opts.title ?? `在全县安全生产工作会议上的讲话 ${unique("s")}`, speaker, ...opts },
  });
}

/** A block used in a speech (the "where used" report); creates the speech when none is given. */
export async function createTestBlockUsage(
  opts: { blockId: string } & Partial<Omit<Prisma.BlockUsageUncheckedCreateInput, "blockId">>,
) {
  const speechId = opts.speechId ?? (await createTestSpeech({ meetingId: opts.meetingId ?? undefined })).id;
  return db().blockUsage.create({ data: { speaker: "县长", ...opts, speechId } });
}
