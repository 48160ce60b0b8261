// The in-process exam content cache (lib/server/exam-content.ts) must never serve a pool that an
// import has changed: retired items leave new exams at once, edited items arrive in their new version.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Bank } from "@/lib/content/bank";
import { bankHash } from "@/lib/content/bank-hash";
import { checkBank } from "@/lib/content/check";
import { startAttempt } from "@/lib/server/attempts";
import { importBank } from "@/lib/server/content-import";
import { db } from "@/lib/server/db";
import { ZStartExam } from "@/lib/schemas/attempt";
import { createUser } from "@/lib/server/users";
import { uniqueEmail } from "./helpers";

const root = path.resolve(import.meta.dirname, "../../questions");
let bank: Bank;
let hash: string;
let userId: string;

/** Every CIIP item of one topic, via a custom quiz large enough to take them all. */
async function servedInTopic(topic: string) {
  const { id } = await startAttempt(
    userId,
    ZStartExam.parse({
      certification: "ciip",
      kind: "custom",
      topics: [topic],
      count: 200,
      timing: "untimed",
    }),
  );
  const items = await db().attemptItem.findMany({
    where: { attemptId: id },
    select: {
      questionVersion: { select: { id: true, stem: true, question: { select: { externalId: true } } } },
    },
  });
  return new Map(items.map((i) => [i.questionVersion.question.externalId, i.questionVersion]));
}

beforeAll(async () => {
  const result = checkBank(root);
  bank = result.bank!;
  hash = bankHash(root, result.files);
  await importBank(db(), bank, hash);
  userId = (
    await createUser({ name: "Cache", email: uniqueEmail("cache"), password: "a long enough password" })
  ).id;
}, 120_000);

afterAll(async () => {
  await importBank(db(), bank, hash);
}, 120_000);

describe("exam content cache", () => {
  it("stops serving an item as soon as a re-import retires it, and serves it again when it returns", async () => {
    const target = bank.items.find((li) => li.item.certifications.includes("ciip"))!.item;
    expect((await servedInTopic(target.topic)).has(target.id)).toBe(true); // cache warm

    await importBank(
      db(),
      { ...bank, items: bank.items.filter((li) => li.item.id !== target.id) },
      `${hash}-retired`,
    );
    const after = await servedInTopic(target.topic);
    expect(after.has(target.id)).toBe(false);
    expect(after.size).toBeGreaterThan(0);

    await importBank(db(), bank, hash);
    expect((await servedInTopic(target.topic)).has(target.id)).toBe(true);
  });

  it("serves an edited item in its new version right after the re-import", async () => {
    const target = bank.items.find((li) => li.item.certifications.includes("ciip"))!.item;
    const before = (await servedInTopic(target.topic)).get(target.id)!;

    const stem = `${target.stem.trim()} (edited for the cache test)`;
    const edited: Bank = {
      ...bank,
      items: bank.items.map((li) => (li.item.id === target.id ? { ...li, item: { ...li.item, stem } } : li)),
    };
    await importBank(db(), edited, `${hash}-edited-for-cache`);
    const served = (await servedInTopic(target.topic)).get(target.id)!;
    expect(served.id).not.toBe(before.id);
    expect(served.stem).toBe(stem);
  });
});
