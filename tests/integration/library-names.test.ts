// Issue 10 item 15: the library's URLs name a category by its key (old links by id keep working, a merged category's
// key or id leads to its survivor), and a machine-named corpus file goes by its first speech's title wherever a
// source document is named (block page, source chips, import report, corpus list).
import { randomBytes } from "node:crypto";
import { strToU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/blocks/search/route";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { getBlockDetail } from "@/lib/blocks/get-block-detail";
import { canonicalCategoryRefs, categoryIdsForRefs } from "@/lib/categories/category-refs";
import { importFiles } from "@/lib/corpus/import-files";
import { getImportReport } from "@/lib/corpus/import-report";
import { listSourceDocuments } from "@/lib/corpus/list-documents";
import { db } from "@/lib/db/client";
import { canonicalLibraryQuery } from "@/lib/library/library-page-data";
import type { SearchHit } from "@/lib/search/search-blocks";
import { sourceFilterNames } from "@/lib/search/source-filter-names";
import { createTestBlock, createTestUser, unique } from "@/lib/testing/factories";

let cookie = "";
let userId = "";
beforeAll(async () => {
  const user = await createTestUser({ role: "VIEWER" });
  userId = user.id;
  cookie = `${SESSION_COOKIE}=${(await createSession(user.id)).token}`;
});

async function search(params: [string, string][]) {
  const url = new URL("http://localhost/api/blocks/search");
  for (const [k, v] of params) url.searchParams.append(k, v);
  const res = await GET(new Request(url, { headers: { host: "localhost", cookie } }));
  return { status: res.status, body: (await res.json()) as { hits: SearchHit[] } };
}

/** A live category and one merged into it, each with a unique key. */
async function mergedPair() {
  const survivor = await db().category.create({ data: { key: unique("隐患排查"), name: "隐患排查" } });
  const merged = await db().category.create({
    data: { key: unique("排查整治"), name: "排查整治", mergedIntoId: survivor.id },
  });
  return { survivor, merged };
}

describe("category references in library URLs", () => {
  it("resolve a key, an id, and a merged category's key or id to the live category's id", async () => {
    const { survivor, merged } = await mergedPair();
    expect(await categoryIdsForRefs([survivor.key])).toEqual([survivor.id]);
    expect(await categoryIdsForRefs([survivor.id])).toEqual([survivor.id]);
    expect(await categoryIdsForRefs([merged.key, merged.id])).toEqual([survivor.id]);
    expect(await categoryIdsForRefs(["none", "no-such-category"])).toEqual(["none", "no-such-category"]);
  });

  it("rewrite ids and merged keys to the live key, leaving every other parameter in place", async () => {
    const { survivor, merged } = await mergedPair();
    const q = (s: string) => new URLSearchParams(s);
    expect(await canonicalLibraryQuery(q(`q=燃气&category=${survivor.id}&page=2`))).toBe(
      new URLSearchParams([
        ["q", "燃气"],
        ["category", survivor.key],
        ["page", "2"],
      ]).toString(),
    );
    expect(await canonicalLibraryQuery(q(`category=${encodeURIComponent(merged.key)}`))).toBe(
      new URLSearchParams({ category: survivor.key }).toString(),
    );
    // Already right, "none", a category that is gone, or no category at all: nothing to rewrite.
    expect(await canonicalLibraryQuery(q(`category=${encodeURIComponent(survivor.key)}&q=燃气`))).toBeNull();
    expect(await canonicalLibraryQuery(q("category=none"))).toBeNull();
    expect(await canonicalLibraryQuery(q("category=no-such-category"))).toBeNull();
    expect(await canonicalLibraryQuery(q("q=燃气"))).toBeNull();
    expect(await canonicalCategoryRefs([])).toBeNull();
  });

  it("filter the search API the same by key as by id, and by a merged key as by its survivor", async () => {
    const { survivor, merged } = await mergedPair();
    const tag = unique("t");
    const inside = await createTestBlock({ text: "燃气隐患要清零。", tags: [tag], categoryId: survivor.id });
    await createTestBlock({ text: "燃气管道要巡查。", tags: [tag] });
    const ids = async (category: string) => {
      const r = await search([
        ["tag", tag],
        ["category", category],
      ]);
      expect(r.status).toBe(200);
      return r.body.hits.map((h) => h.id);
    };
    for (const ref of [survivor.key, survivor.id, merged.key, merged.id]) expect(await ids(ref)).toEqual([inside.id]);
    expect(await ids("no-such-category")).toEqual([]);
  });
});

/** A file named the way the sample corpus and crawlers name files: a number and a hash. */
const machineName = () => `${Math.floor(Math.random() * 1000)}_${randomBytes(8).toString("hex")}.txt`;

const speechFile = (name: string, title: string, marker: string) => ({
  name,
  bytes: strToU8(
    [
      title,
      "同志们：",
      `今天召开会议，主要任务是分析形势、部署工作（${marker}）。`,
      `要聚焦城镇燃气、建筑施工等重点行业领域开展隐患排查，发现一处整改一处（${marker}）。`,
      "同志们，安全生产责任重于泰山。谢谢大家！",
    ].join("\n"),
  ),
});

describe("the names of machine-named corpus files", () => {
  it("are the first speech's title in the corpus list, the import report, the source chip and the block page", async () => {
    const m = unique("m");
    const hashed = machineName();
    const readable = `${unique("县长讲话")}.txt`;
    const title = `在全县安全生产工作会议上的讲话${m}`;
    const { importId, results } = await importFiles(
      [speechFile(hashed, title, `${m}a`), speechFile(readable, "在全县安委会全体会议上的讲话", `${m}b`)],
      null,
    );
    const [hashedId, readableId] = results.map((r) => r.documentId!);
    const named = { name: title, fileName: hashed, fromTitle: true };
    const plain = { name: readable, fileName: readable, fromTitle: false };

    const listed = await listSourceDocuments();
    expect(listed.find((d) => d.id === hashedId)?.name).toEqual(named);
    expect(listed.find((d) => d.id === readableId)?.name).toEqual(plain);

    const report = await getImportReport(importId);
    expect(report.files.map((f) => f.name)).toEqual([named, plain]);
    expect(report.documents.find((d) => d.id === hashedId)?.name).toEqual(named);

    expect(await sourceFilterNames({ document: hashedId })).toEqual({ document: named });
    expect(await sourceFilterNames({ document: "no-such-document" })).toEqual({ document: null });

    const block = await db().block.findFirstOrThrow({ where: { text: { contains: `${m}a` }, kind: "PARAGRAPH" } });
    const detail = await getBlockDetail(block.id, userId);
    expect(detail.sources[0]).toMatchObject({ fileName: hashed, speechTitle: title, documentName: named });
  });

  it("name a duplicate in the import report by the document it repeats", async () => {
    const m = unique("m");
    const file = speechFile(machineName(), `在全市安全生产工作会议上的讲话${m}`, m);
    await importFiles([file], null);
    const again = await importFiles([{ ...file, name: "副本.txt" }], null);
    const report = await getImportReport(again.importId);
    expect(report.files[0]).toMatchObject({
      status: "duplicate",
      name: { name: "副本.txt", fromTitle: false },
      duplicateOfName: { name: `在全市安全生产工作会议上的讲话${m}`, fileName: file.name, fromTitle: true },
    });
  });
});
