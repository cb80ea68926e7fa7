// A whole first start on an empty database (no tables at all), then a restart.
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { prepareInstallation } from "@/lib/setup/prepare-installation";
import { useIsolatedDatabase, type IsolatedDatabase } from "../support/isolated-database";

const ENV_KEYS = ["ADMIN_USERNAME", "ADMIN_PASSWORD", "ADMIN_DISPLAY_NAME"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

let iso: IsolatedDatabase;
let root: string;
beforeAll(async () => {
  iso = await useIsolatedDatabase("prep");
  await iso.wipe();
  root = await mkdtemp(path.join(os.tmpdir(), "jgt-install-"));
  await cp(path.join(process.cwd(), "prisma", "migrations"), path.join(root, "prisma", "migrations"), {
    recursive: true,
  });
  await mkdir(path.join(root, "data", "corpus"), { recursive: true });
  await writeFile(
    path.join(root, "data", "corpus", "000_sample.txt"),
    [
      "在全市安全生产工作会议上的讲话",
      "同志们：",
      "今天召开全市安全生产工作会议，部署今年的安全生产工作。",
      "一、压实责任，确保安全生产形势持续稳定",
      "要坚持党政同责、一岗双责，严格考核问责。",
    ].join("\n"),
  );
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});
afterAll(async () => {
  await iso.restore();
  await rm(root, { recursive: true, force: true });
});

describe("prepareInstallation", () => {
  it("migrates, seeds categories, creates the env admin and imports the samples on first start", async () => {
    process.env.ADMIN_USERNAME = "installer";
    process.env.ADMIN_PASSWORD = "install-password-1";
    delete process.env.ADMIN_DISPLAY_NAME;
    const migrations = (await readdir(path.join(root, "prisma", "migrations"), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();

    const report = await prepareInstallation(iso.url, { root });
    expect(report).toEqual({
      migrationsApplied: migrations,
      categoriesSeeded: 10,
      adminCreated: "installer",
      sampleDocuments: 1,
    });
    expect(await db().user.findUniqueOrThrow({ where: { username: "installer" } })).toMatchObject({ role: "ADMIN" });
    expect(await db().sourceDocument.count()).toBe(1);
  });

  it("a restart changes nothing", async () => {
    process.env.ADMIN_USERNAME = "someone_else";
    process.env.ADMIN_PASSWORD = "install-password-2";
    const report = await prepareInstallation(iso.url, { root });
    expect(report).toEqual({ migrationsApplied: [], categoriesSeeded: 0, adminCreated: null, sampleDocuments: 0 });
    expect(await db().user.count()).toBe(1);
    expect(await db().category.count()).toBe(10);
    expect(await db().sourceDocument.count()).toBe(1);
  });
});
