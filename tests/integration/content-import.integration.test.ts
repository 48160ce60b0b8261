import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bank } from "@/lib/content/bank";
import { bankHash } from "@/lib/content/bank-hash";
import { checkBank } from "@/lib/content/check";
import { importBank } from "@/lib/server/content-import";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/users";
import { uniqueEmail } from "./helpers";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../questions");

function loadRealBank(): { bank: Bank; hash: string } {
  const result = checkBank(root);
  const blocking = result.problems.filter((p) => p.rule !== "coverage");
  expect(blocking).toEqual([]);
  return { bank: result.bank!, hash: bankHash(root, result.files) };
}

async function snapshot() {
  const [questions, versions, imports, latest, certs] = await Promise.all([
    db().question.count(),
    db().questionVersion.count(),
    db().contentImport.count(),
    db().question.aggregate({ _max: { updatedAt: true } }),
    db().certification.aggregate({ _max: { updatedAt: true } }),
  ]);
  return {
    questions,
    versions,
    imports,
    latestQuestion: latest._max.updatedAt?.getTime(),
    latestCert: certs._max.updatedAt?.getTime(),
  };
}

describe("content import", () => {
  let bank: Bank;
  let hash: string;

  beforeAll(async () => {
    ({ bank, hash } = loadRealBank());
    await importBank(db(), bank, hash);
  });

  it("loads every certification, form, topic, role and item of the bank", async () => {
    expect(await db().certification.count()).toBe(bank.certifications.length);
    expect(await db().topic.count()).toBe(bank.topics.length);
    expect(await db().blueprint.count()).toBe(bank.blueprints.reduce((n, b) => n + b.forms.length, 0));
    expect(await db().careerRole.count()).toBe(bank.roles.roles.length);
    expect(await db().question.count()).toBe(bank.items.length);
    const figure = await db().salaryFigure.findFirst({
      where: { role: { slug: "pacs-administrator" }, kind: "AVERAGE" },
    });
    expect(figure).toMatchObject({
      amount: 85504,
      year: null,
      sourceUrl: "https://pacsbootcamp.com/how-much-do-pacs-professionals-earn/",
    });
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await snapshot();
    const summary = await importBank(db(), bank, hash);
    expect(summary.questions).toEqual({
      created: 0,
      newVersions: 0,
      metadataUpdated: 0,
      unchanged: bank.items.length,
      retired: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("gives an edited item a new version and leaves attempts on the version they saw", async () => {
    const target = bank.items[0]!.item;
    const question = await db().question.findUniqueOrThrow({
      where: { externalId: target.id },
      include: { currentVersion: true, versions: { select: { version: true } } },
    });
    // Other files share this database and may have versioned the same item before: compare with now.
    const seenVersion = question.currentVersion!.version;
    const nextVersion = Math.max(...question.versions.map((v) => v.version)) + 1;
    const user = await createUser({
      name: "Ver Sion",
      email: uniqueEmail("version"),
      password: "a long enough password",
    });
    const cert = await db().certification.findUniqueOrThrow({ where: { slug: target.certifications[0]! } });
    const attempt = await db().attempt.create({
      data: {
        userId: user.id,
        mode: "EXAM",
        immediateFeedback: false,
        certificationId: cert.id,
        title: "Version test",
        seed: "s",
        config: {},
        itemCount: 1,
        items: {
          create: { position: 0, questionVersionId: question.currentVersion!.id, optionOrder: [0, 1, 2, 3] },
        },
      },
      include: { items: true },
    });

    const edited: Bank = {
      ...bank,
      items: bank.items.map((li, i) =>
        i === 0 ? { ...li, item: { ...li.item, stem: `${li.item.stem.trim()} (Edited for clarity.)` } } : li,
      ),
    };
    const summary = await importBank(db(), edited, `${hash}-edited`);
    expect(summary.questions.newVersions).toBe(1);

    const after = await db().question.findUniqueOrThrow({
      where: { externalId: target.id },
      include: { currentVersion: true, versions: true },
    });
    expect(after.versions).toHaveLength(question.versions.length + 1);
    expect(after.currentVersion!.version).toBe(nextVersion);
    expect(after.currentVersion!.stem).toMatch(/Edited for clarity/);
    const item = await db().attemptItem.findUniqueOrThrow({
      where: { id: attempt.items[0]!.id },
      include: { questionVersion: true },
    });
    expect(item.questionVersion.version).toBe(seenVersion);
    expect(item.questionVersion.stem).toBe(target.stem.trim());

    // Reverting the edit points back at the version seen instead of minting another.
    await importBank(db(), bank, hash);
    const reverted = await db().question.findUniqueOrThrow({
      where: { externalId: target.id },
      include: { currentVersion: true, versions: true },
    });
    expect(reverted.versions).toHaveLength(question.versions.length + 1);
    expect(reverted.currentVersion!.version).toBe(seenVersion);
  });

  it("retires items that leave the bank and keeps their history", async () => {
    const removed = bank.items[1]!.item.id;
    const summary = await importBank(
      db(),
      { ...bank, items: bank.items.filter((li) => li.item.id !== removed) },
      `${hash}-removed`,
    );
    expect(summary.questions.retired).toBe(1);
    const q = await db().question.findUniqueOrThrow({
      where: { externalId: removed },
      include: { versions: true },
    });
    expect(q.status).toBe("RETIRED");
    expect(q.versions.length).toBeGreaterThan(0);
    await importBank(db(), bank, hash);
    expect((await db().question.findUniqueOrThrow({ where: { externalId: removed } })).status).toBe("ACTIVE");
  });

  it("rolls back everything when a write fails half-way", async () => {
    const before = await snapshot();
    const broken: Bank = {
      ...bank,
      certifications: bank.certifications.map((c, i) =>
        i === 0 ? { ...c, name: "Renamed before the failure" } : c,
      ),
      items: [
        ...bank.items,
        {
          ...bank.items[0]!,
          item: { ...bank.items[0]!.item, id: "no-such-topic-001", topic: "no-such-topic" },
        },
      ],
    };
    await expect(importBank(db(), broken, "broken")).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect((await db().certification.findFirstOrThrow({ orderBy: { sortOrder: "asc" } })).name).not.toBe(
      "Renamed before the failure",
    );
  });
});

describe("content:import command", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "bank-"));
    cpSync(root, dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses bad content with file:line and leaves the database unchanged", async () => {
    const file = path.join(dir, "bank/procurement/needs-assessment.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/correct: true/, "correct: maybe"));
    const before = await snapshot();
    const error = (await run(
      process.execPath,
      [
        path.resolve("node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        "scripts/content-import.ts",
      ],
      {
        env: { ...process.env, QUESTIONS_DIR: dir },
      },
    ).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/needs-assessment\.yaml:\d+ — .*correct.*\[schema\]/);
    expect(error.stderr).toMatch(/The database was not changed/);
    expect(await snapshot()).toEqual(before);
  });
});
